from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ImageDetectionResultDetailFaceDetail")


@_attrs_define
class ImageDetectionResultDetailFaceDetail:
    """Face region of a detected person, in pixels (Huawei `ImageDetectionResultDetailFaceDetail`).

    Attributes:
        h (int | Unset): Height of the face region.
        w (int | Unset): Width of the face region.
        x (int | Unset): Horizontal distance of the region's top-left corner from the image's left edge.
        y (int | Unset): Vertical distance of the region's top-left corner from the image's top edge.
    """

    h: int | Unset = UNSET
    w: int | Unset = UNSET
    x: int | Unset = UNSET
    y: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        h = self.h

        w = self.w

        x = self.x

        y = self.y

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if h is not UNSET:
            field_dict["h"] = h
        if w is not UNSET:
            field_dict["w"] = w
        if x is not UNSET:
            field_dict["x"] = x
        if y is not UNSET:
            field_dict["y"] = y

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        h = d.pop("h", UNSET)

        w = d.pop("w", UNSET)

        x = d.pop("x", UNSET)

        y = d.pop("y", UNSET)

        image_detection_result_detail_face_detail = cls(
            h=h,
            w=w,
            x=x,
            y=y,
        )

        image_detection_result_detail_face_detail.additional_properties = d
        return image_detection_result_detail_face_detail

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

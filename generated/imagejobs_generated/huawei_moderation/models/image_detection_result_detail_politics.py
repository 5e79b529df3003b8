from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.image_detection_result_detail_face_detail import (
        ImageDetectionResultDetailFaceDetail,
    )


T = TypeVar("T", bound="ImageDetectionResultDetailPolitics")


@_attrs_define
class ImageDetectionResultDetailPolitics:
    """One politically sensitive person detected (Huawei `ImageDetectionResultDetailPolitics`).

    Attributes:
        confidence (float | Unset): Confidence, 0 to 1.
        label (str | Unset): The political figure recognised.
        face_detail (ImageDetectionResultDetailFaceDetail | Unset): Face region of a detected person, in pixels (Huawei
            `ImageDetectionResultDetailFaceDetail`).
    """

    confidence: float | Unset = UNSET
    label: str | Unset = UNSET
    face_detail: ImageDetectionResultDetailFaceDetail | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        confidence = self.confidence

        label = self.label

        face_detail: dict[str, Any] | Unset = UNSET
        if not isinstance(self.face_detail, Unset):
            face_detail = self.face_detail.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if confidence is not UNSET:
            field_dict["confidence"] = confidence
        if label is not UNSET:
            field_dict["label"] = label
        if face_detail is not UNSET:
            field_dict["face_detail"] = face_detail

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.image_detection_result_detail_face_detail import (
            ImageDetectionResultDetailFaceDetail,  # noqa: PLC0415
        )

        d = dict(src_dict)
        confidence = d.pop("confidence", UNSET)

        label = d.pop("label", UNSET)

        _face_detail = d.pop("face_detail", UNSET)
        face_detail: ImageDetectionResultDetailFaceDetail | Unset
        if isinstance(_face_detail, Unset):
            face_detail = UNSET
        else:
            face_detail = ImageDetectionResultDetailFaceDetail.from_dict(_face_detail)

        image_detection_result_detail_politics = cls(
            confidence=confidence,
            label=label,
            face_detail=face_detail,
        )

        image_detection_result_detail_politics.additional_properties = d
        return image_detection_result_detail_politics

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

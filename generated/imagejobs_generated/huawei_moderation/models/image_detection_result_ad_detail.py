from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ImageDetectionResultAdDetail")


@_attrs_define
class ImageDetectionResultAdDetail:
    """One detection entry of the `ad` scenario (Huawei `ImageDetectionResultAdDetail`).

    Attributes:
        confidence (float | Unset): Confidence, 0 to 1.
        label (str | Unset): Label of the entry (open string): ad scenario `normal`, `ad`; image-text scenario `normal`,
            `qr_code`, `politics`, `porn`, `ad`, `abuse`, `contraband`, or the name of a custom blocklist dictionary.
        hit_contexts (list[str] | Unset): Texts that matched, for the image-text scenario.
    """

    confidence: float | Unset = UNSET
    label: str | Unset = UNSET
    hit_contexts: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        confidence = self.confidence

        label = self.label

        hit_contexts: list[str] | Unset = UNSET
        if not isinstance(self.hit_contexts, Unset):
            hit_contexts = self.hit_contexts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if confidence is not UNSET:
            field_dict["confidence"] = confidence
        if label is not UNSET:
            field_dict["label"] = label
        if hit_contexts is not UNSET:
            field_dict["hit_contexts"] = hit_contexts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        confidence = d.pop("confidence", UNSET)

        label = d.pop("label", UNSET)

        hit_contexts = cast(list[str], d.pop("hit_contexts", UNSET))

        image_detection_result_ad_detail = cls(
            confidence=confidence,
            label=label,
            hit_contexts=hit_contexts,
        )

        image_detection_result_ad_detail.additional_properties = d
        return image_detection_result_ad_detail

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

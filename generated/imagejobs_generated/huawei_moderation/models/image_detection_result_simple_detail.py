from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ImageDetectionResultSimpleDetail")


@_attrs_define
class ImageDetectionResultSimpleDetail:
    """One detection entry of the `terrorism` or `porn` scenario (Huawei `ImageDetectionResultSimpleDetail`).

    Attributes:
        confidence (float | Unset): Confidence, 0 to 1.
        label (str | Unset): Label of the entry (open string). terrorism: `normal`, `knife`, `gun`, `fire`, `bloody`,
            `terrorist`, `fascist`, `cult`, `negative_politics`, `negative_political_events`, `special_characters`,
            `kidnap`, `corpse`, `riot`, `parade`, `sensitive_landmarks`, `military_weapon`, `army`, `positive_politics`,
            `crowd`; porn: `normal`, `porn`, `sexy`.
    """

    confidence: float | Unset = UNSET
    label: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        confidence = self.confidence

        label = self.label

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if confidence is not UNSET:
            field_dict["confidence"] = confidence
        if label is not UNSET:
            field_dict["label"] = label

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        confidence = d.pop("confidence", UNSET)

        label = d.pop("label", UNSET)

        image_detection_result_simple_detail = cls(
            confidence=confidence,
            label=label,
        )

        image_detection_result_simple_detail.additional_properties = d
        return image_detection_result_simple_detail

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AIImageResultItem")


@_attrs_define
class AIImageResultItem:
    """One element of the JSON array carried as a string in `AIImageJob.AIImageResult` (shape from the seed page's example
    [I: the vendor documents no schema for it]). Not sent on its own: the normalizer decodes `AIImageResult` and may
    parse each element with this model.

        Attributes:
            score (float | Unset): The score of the image (a number in the seed example).
            url (str | Unset): The OSS URL of the image file, without authentication information (not directly usable on a
                private bucket; `ListAIImageInfo` gives signed URLs).
    """

    score: float | Unset = UNSET
    url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        score = self.score

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if score is not UNSET:
            field_dict["Score"] = score
        if url is not UNSET:
            field_dict["Url"] = url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        score = d.pop("Score", UNSET)

        url = d.pop("Url", UNSET)

        ai_image_result_item = cls(
            score=score,
            url=url,
        )

        ai_image_result_item.additional_properties = d
        return ai_image_result_item

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

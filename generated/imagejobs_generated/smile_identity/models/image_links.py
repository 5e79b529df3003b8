from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ImageLinks")


@_attrs_define
class ImageLinks:
    """Signed, expiring links to the images captured during the job. Open (other image keys are kept).

    Attributes:
        selfie_image (None | str | Unset): An expiring link to the selfie image.
    """

    selfie_image: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        selfie_image: None | str | Unset
        if isinstance(self.selfie_image, Unset):
            selfie_image = UNSET
        else:
            selfie_image = self.selfie_image

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if selfie_image is not UNSET:
            field_dict["selfie_image"] = selfie_image

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_selfie_image(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        selfie_image = _parse_selfie_image(d.pop("selfie_image", UNSET))

        image_links = cls(
            selfie_image=selfie_image,
        )

        image_links.additional_properties = d
        return image_links

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

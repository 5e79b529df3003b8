from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.moderation_suggestion import ModerationSuggestion
from ..types import UNSET, Unset

T = TypeVar("T", bound="CategorySuggestions")


@_attrs_define
class CategorySuggestions:
    """Verdict of each checked scenario: keys are scenario names (`politics`, `terrorism`, `porn`, `ad`, and any scenario
    added later, kept in `additional_properties`), values `block`, `pass` or `review` (open).

        Attributes:
            politics (ModerationSuggestion | str | Unset): Verdict of the politics scenario.
            terrorism (ModerationSuggestion | str | Unset): Verdict of the terrorism scenario.
            porn (ModerationSuggestion | str | Unset): Verdict of the porn scenario.
            ad (ModerationSuggestion | str | Unset): Verdict of the ad (image-text) scenario.
    """

    politics: ModerationSuggestion | str | Unset = UNSET
    terrorism: ModerationSuggestion | str | Unset = UNSET
    porn: ModerationSuggestion | str | Unset = UNSET
    ad: ModerationSuggestion | str | Unset = UNSET
    additional_properties: dict[str, ModerationSuggestion | str] = _attrs_field(
        init=False, factory=dict
    )

    def to_dict(self) -> dict[str, Any]:
        politics: str | Unset
        if isinstance(self.politics, Unset):
            politics = UNSET
        elif isinstance(self.politics, ModerationSuggestion):
            politics = self.politics.value
        else:
            politics = self.politics

        terrorism: str | Unset
        if isinstance(self.terrorism, Unset):
            terrorism = UNSET
        elif isinstance(self.terrorism, ModerationSuggestion):
            terrorism = self.terrorism.value
        else:
            terrorism = self.terrorism

        porn: str | Unset
        if isinstance(self.porn, Unset):
            porn = UNSET
        elif isinstance(self.porn, ModerationSuggestion):
            porn = self.porn.value
        else:
            porn = self.porn

        ad: str | Unset
        if isinstance(self.ad, Unset):
            ad = UNSET
        elif isinstance(self.ad, ModerationSuggestion):
            ad = self.ad.value
        else:
            ad = self.ad

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            if isinstance(prop, ModerationSuggestion):
                field_dict[prop_name] = prop.value
            else:
                field_dict[prop_name] = prop

        field_dict.update({})
        if politics is not UNSET:
            field_dict["politics"] = politics
        if terrorism is not UNSET:
            field_dict["terrorism"] = terrorism
        if porn is not UNSET:
            field_dict["porn"] = porn
        if ad is not UNSET:
            field_dict["ad"] = ad

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_politics(data: object) -> ModerationSuggestion | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                politics_type_0 = ModerationSuggestion(data)

                return politics_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ModerationSuggestion | str | Unset, data)

        politics = _parse_politics(d.pop("politics", UNSET))

        def _parse_terrorism(data: object) -> ModerationSuggestion | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                terrorism_type_0 = ModerationSuggestion(data)

                return terrorism_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ModerationSuggestion | str | Unset, data)

        terrorism = _parse_terrorism(d.pop("terrorism", UNSET))

        def _parse_porn(data: object) -> ModerationSuggestion | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                porn_type_0 = ModerationSuggestion(data)

                return porn_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ModerationSuggestion | str | Unset, data)

        porn = _parse_porn(d.pop("porn", UNSET))

        def _parse_ad(data: object) -> ModerationSuggestion | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                ad_type_0 = ModerationSuggestion(data)

                return ad_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ModerationSuggestion | str | Unset, data)

        ad = _parse_ad(d.pop("ad", UNSET))

        category_suggestions = cls(
            politics=politics,
            terrorism=terrorism,
            porn=porn,
            ad=ad,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():

            def _parse_additional_property(data: object) -> ModerationSuggestion | str:
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    additional_property_type_0 = ModerationSuggestion(data)

                    return additional_property_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(ModerationSuggestion | str, data)

            additional_property = _parse_additional_property(prop_dict)

            additional_properties[prop_name] = additional_property

        category_suggestions.additional_properties = additional_properties
        return category_suggestions

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> ModerationSuggestion | str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: ModerationSuggestion | str) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

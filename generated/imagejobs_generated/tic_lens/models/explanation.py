from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.explanation_category import ExplanationCategory


T = TypeVar("T", bound="Explanation")


@_attrs_define
class Explanation:
    """Human-readable explanation of the verdict.

    Attributes:
        summary (None | str | Unset): Summary of the explanation.
        visual_review (None | str | Unset): Result of the visual (vision-language-model) review.
        categories (list[ExplanationCategory] | None | Unset): Explanation per category of findings.
        cross_corroboration (None | str | Unset): How the findings of different analyzers corroborate each other.
        anti_forensics_warning (None | str | Unset): Warning about signs of anti-forensic manipulation.
    """

    summary: None | str | Unset = UNSET
    visual_review: None | str | Unset = UNSET
    categories: list[ExplanationCategory] | None | Unset = UNSET
    cross_corroboration: None | str | Unset = UNSET
    anti_forensics_warning: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        summary: None | str | Unset
        if isinstance(self.summary, Unset):
            summary = UNSET
        else:
            summary = self.summary

        visual_review: None | str | Unset
        if isinstance(self.visual_review, Unset):
            visual_review = UNSET
        else:
            visual_review = self.visual_review

        categories: list[dict[str, Any]] | None | Unset
        if isinstance(self.categories, Unset):
            categories = UNSET
        elif isinstance(self.categories, list):
            categories = []
            for categories_type_0_item_data in self.categories:
                categories_type_0_item = categories_type_0_item_data.to_dict()
                categories.append(categories_type_0_item)

        else:
            categories = self.categories

        cross_corroboration: None | str | Unset
        if isinstance(self.cross_corroboration, Unset):
            cross_corroboration = UNSET
        else:
            cross_corroboration = self.cross_corroboration

        anti_forensics_warning: None | str | Unset
        if isinstance(self.anti_forensics_warning, Unset):
            anti_forensics_warning = UNSET
        else:
            anti_forensics_warning = self.anti_forensics_warning

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if summary is not UNSET:
            field_dict["summary"] = summary
        if visual_review is not UNSET:
            field_dict["visualReview"] = visual_review
        if categories is not UNSET:
            field_dict["categories"] = categories
        if cross_corroboration is not UNSET:
            field_dict["crossCorroboration"] = cross_corroboration
        if anti_forensics_warning is not UNSET:
            field_dict["antiForensicsWarning"] = anti_forensics_warning

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.explanation_category import ExplanationCategory  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_summary(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        summary = _parse_summary(d.pop("summary", UNSET))

        def _parse_visual_review(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        visual_review = _parse_visual_review(d.pop("visualReview", UNSET))

        def _parse_categories(data: object) -> list[ExplanationCategory] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                categories_type_0 = []
                _categories_type_0 = data
                for categories_type_0_item_data in _categories_type_0:
                    categories_type_0_item = ExplanationCategory.from_dict(
                        categories_type_0_item_data
                    )

                    categories_type_0.append(categories_type_0_item)

                return categories_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ExplanationCategory] | None | Unset, data)

        categories = _parse_categories(d.pop("categories", UNSET))

        def _parse_cross_corroboration(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cross_corroboration = _parse_cross_corroboration(
            d.pop("crossCorroboration", UNSET)
        )

        def _parse_anti_forensics_warning(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        anti_forensics_warning = _parse_anti_forensics_warning(
            d.pop("antiForensicsWarning", UNSET)
        )

        explanation = cls(
            summary=summary,
            visual_review=visual_review,
            categories=categories,
            cross_corroboration=cross_corroboration,
            anti_forensics_warning=anti_forensics_warning,
        )

        explanation.additional_properties = d
        return explanation

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

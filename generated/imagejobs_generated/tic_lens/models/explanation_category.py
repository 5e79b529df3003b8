from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ExplanationCategory")


@_attrs_define
class ExplanationCategory:
    """Explanation for one category of findings.

    Attributes:
        name (None | str | Unset): Category name.
        finding_count (int | None | Unset): Number of findings in the category.
        max_severity (None | str | Unset): Highest severity in the category (open string).
        explanation (None | str | Unset): Explanation text.
        finding_codes (list[str] | None | Unset): Codes of the findings in the category.
    """

    name: None | str | Unset = UNSET
    finding_count: int | None | Unset = UNSET
    max_severity: None | str | Unset = UNSET
    explanation: None | str | Unset = UNSET
    finding_codes: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        finding_count: int | None | Unset
        if isinstance(self.finding_count, Unset):
            finding_count = UNSET
        else:
            finding_count = self.finding_count

        max_severity: None | str | Unset
        if isinstance(self.max_severity, Unset):
            max_severity = UNSET
        else:
            max_severity = self.max_severity

        explanation: None | str | Unset
        if isinstance(self.explanation, Unset):
            explanation = UNSET
        else:
            explanation = self.explanation

        finding_codes: list[str] | None | Unset
        if isinstance(self.finding_codes, Unset):
            finding_codes = UNSET
        elif isinstance(self.finding_codes, list):
            finding_codes = self.finding_codes

        else:
            finding_codes = self.finding_codes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if finding_count is not UNSET:
            field_dict["findingCount"] = finding_count
        if max_severity is not UNSET:
            field_dict["maxSeverity"] = max_severity
        if explanation is not UNSET:
            field_dict["explanation"] = explanation
        if finding_codes is not UNSET:
            field_dict["findingCodes"] = finding_codes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_finding_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        finding_count = _parse_finding_count(d.pop("findingCount", UNSET))

        def _parse_max_severity(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        max_severity = _parse_max_severity(d.pop("maxSeverity", UNSET))

        def _parse_explanation(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        explanation = _parse_explanation(d.pop("explanation", UNSET))

        def _parse_finding_codes(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                finding_codes_type_0 = cast(list[str], data)

                return finding_codes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        finding_codes = _parse_finding_codes(d.pop("findingCodes", UNSET))

        explanation_category = cls(
            name=name,
            finding_count=finding_count,
            max_severity=max_severity,
            explanation=explanation,
            finding_codes=finding_codes,
        )

        explanation_category.additional_properties = d
        return explanation_category

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

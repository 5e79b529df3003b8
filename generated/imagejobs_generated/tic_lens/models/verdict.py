from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Verdict")


@_attrs_define
class Verdict:
    """Overall verdict of the analysis.

    Attributes:
        risk_score (float | None | Unset): Risk score (scale not documented).
        risk_level (None | str | Unset): Risk level (open string; values not documented).
        summary (None | str | Unset): Summary of the verdict.
        confidence (float | None | Unset): Confidence of the verdict (scale not documented).
        corroborating_stages (int | None | Unset): Number of analysis stages that corroborate the verdict.
        vlm_manipulation_probability (float | None | Unset): Manipulation probability given by the vision-language-model
            review.
        vlm_assessment_confidence (float | None | Unset): Confidence of the vision-language-model review.
    """

    risk_score: float | None | Unset = UNSET
    risk_level: None | str | Unset = UNSET
    summary: None | str | Unset = UNSET
    confidence: float | None | Unset = UNSET
    corroborating_stages: int | None | Unset = UNSET
    vlm_manipulation_probability: float | None | Unset = UNSET
    vlm_assessment_confidence: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        risk_score: float | None | Unset
        if isinstance(self.risk_score, Unset):
            risk_score = UNSET
        else:
            risk_score = self.risk_score

        risk_level: None | str | Unset
        if isinstance(self.risk_level, Unset):
            risk_level = UNSET
        else:
            risk_level = self.risk_level

        summary: None | str | Unset
        if isinstance(self.summary, Unset):
            summary = UNSET
        else:
            summary = self.summary

        confidence: float | None | Unset
        if isinstance(self.confidence, Unset):
            confidence = UNSET
        else:
            confidence = self.confidence

        corroborating_stages: int | None | Unset
        if isinstance(self.corroborating_stages, Unset):
            corroborating_stages = UNSET
        else:
            corroborating_stages = self.corroborating_stages

        vlm_manipulation_probability: float | None | Unset
        if isinstance(self.vlm_manipulation_probability, Unset):
            vlm_manipulation_probability = UNSET
        else:
            vlm_manipulation_probability = self.vlm_manipulation_probability

        vlm_assessment_confidence: float | None | Unset
        if isinstance(self.vlm_assessment_confidence, Unset):
            vlm_assessment_confidence = UNSET
        else:
            vlm_assessment_confidence = self.vlm_assessment_confidence

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if risk_score is not UNSET:
            field_dict["riskScore"] = risk_score
        if risk_level is not UNSET:
            field_dict["riskLevel"] = risk_level
        if summary is not UNSET:
            field_dict["summary"] = summary
        if confidence is not UNSET:
            field_dict["confidence"] = confidence
        if corroborating_stages is not UNSET:
            field_dict["corroboratingStages"] = corroborating_stages
        if vlm_manipulation_probability is not UNSET:
            field_dict["vlmManipulationProbability"] = vlm_manipulation_probability
        if vlm_assessment_confidence is not UNSET:
            field_dict["vlmAssessmentConfidence"] = vlm_assessment_confidence

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_risk_score(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        risk_score = _parse_risk_score(d.pop("riskScore", UNSET))

        def _parse_risk_level(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        risk_level = _parse_risk_level(d.pop("riskLevel", UNSET))

        def _parse_summary(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        summary = _parse_summary(d.pop("summary", UNSET))

        def _parse_confidence(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        confidence = _parse_confidence(d.pop("confidence", UNSET))

        def _parse_corroborating_stages(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        corroborating_stages = _parse_corroborating_stages(
            d.pop("corroboratingStages", UNSET)
        )

        def _parse_vlm_manipulation_probability(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        vlm_manipulation_probability = _parse_vlm_manipulation_probability(
            d.pop("vlmManipulationProbability", UNSET)
        )

        def _parse_vlm_assessment_confidence(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        vlm_assessment_confidence = _parse_vlm_assessment_confidence(
            d.pop("vlmAssessmentConfidence", UNSET)
        )

        verdict = cls(
            risk_score=risk_score,
            risk_level=risk_level,
            summary=summary,
            confidence=confidence,
            corroborating_stages=corroborating_stages,
            vlm_manipulation_probability=vlm_manipulation_probability,
            vlm_assessment_confidence=vlm_assessment_confidence,
        )

        verdict.additional_properties = d
        return verdict

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

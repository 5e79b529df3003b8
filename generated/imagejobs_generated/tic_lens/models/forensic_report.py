from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.annotations import Annotations
    from ..models.explanation import Explanation
    from ..models.finding import Finding
    from ..models.key_finding import KeyFinding
    from ..models.report_metadata import ReportMetadata
    from ..models.verdict import Verdict


T = TypeVar("T", bound="ForensicReport")


@_attrs_define
class ForensicReport:
    """The inner `report` - the forensic analysis of the file.

    Attributes:
        format_ (None | str | Unset): Detected file format (for example JPEG or PDF).
        content_type (None | str | Unset): MIME type of the file.
        image_width (int | None | Unset): Width of the image in pixels.
        image_height (int | None | Unset): Height of the image in pixels.
        metadata (None | ReportMetadata | Unset): Metadata extracted from the file.
        verdict (None | Unset | Verdict): Overall verdict of the analysis.
        key_findings (list[KeyFinding] | None | Unset): The most important findings, merged across analysis stages.
        findings (list[Finding] | None | Unset): Every finding of every analyzer.
        risk_score (float | None | Unset): Risk score of the report (scale not documented).
        risk_level (None | str | Unset): Risk level of the report (open string; values not documented).
        explanation (Explanation | None | Unset): Human-readable explanation of the verdict.
        annotations (Annotations | None | Unset): Annotations of the report (open object; shape not documented).
        vlm_stages_completed (list[int] | None | Unset): Stages whose vision-language-model (VLM) review completed
            (stage numbers).
    """

    format_: None | str | Unset = UNSET
    content_type: None | str | Unset = UNSET
    image_width: int | None | Unset = UNSET
    image_height: int | None | Unset = UNSET
    metadata: None | ReportMetadata | Unset = UNSET
    verdict: None | Unset | Verdict = UNSET
    key_findings: list[KeyFinding] | None | Unset = UNSET
    findings: list[Finding] | None | Unset = UNSET
    risk_score: float | None | Unset = UNSET
    risk_level: None | str | Unset = UNSET
    explanation: Explanation | None | Unset = UNSET
    annotations: Annotations | None | Unset = UNSET
    vlm_stages_completed: list[int] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.annotations import Annotations  # noqa: PLC0415
        from ..models.explanation import Explanation  # noqa: PLC0415
        from ..models.report_metadata import ReportMetadata  # noqa: PLC0415
        from ..models.verdict import Verdict  # noqa: PLC0415

        format_: None | str | Unset
        if isinstance(self.format_, Unset):
            format_ = UNSET
        else:
            format_ = self.format_

        content_type: None | str | Unset
        if isinstance(self.content_type, Unset):
            content_type = UNSET
        else:
            content_type = self.content_type

        image_width: int | None | Unset
        if isinstance(self.image_width, Unset):
            image_width = UNSET
        else:
            image_width = self.image_width

        image_height: int | None | Unset
        if isinstance(self.image_height, Unset):
            image_height = UNSET
        else:
            image_height = self.image_height

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, ReportMetadata):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        verdict: dict[str, Any] | None | Unset
        if isinstance(self.verdict, Unset):
            verdict = UNSET
        elif isinstance(self.verdict, Verdict):
            verdict = self.verdict.to_dict()
        else:
            verdict = self.verdict

        key_findings: list[dict[str, Any]] | None | Unset
        if isinstance(self.key_findings, Unset):
            key_findings = UNSET
        elif isinstance(self.key_findings, list):
            key_findings = []
            for key_findings_type_0_item_data in self.key_findings:
                key_findings_type_0_item = key_findings_type_0_item_data.to_dict()
                key_findings.append(key_findings_type_0_item)

        else:
            key_findings = self.key_findings

        findings: list[dict[str, Any]] | None | Unset
        if isinstance(self.findings, Unset):
            findings = UNSET
        elif isinstance(self.findings, list):
            findings = []
            for findings_type_0_item_data in self.findings:
                findings_type_0_item = findings_type_0_item_data.to_dict()
                findings.append(findings_type_0_item)

        else:
            findings = self.findings

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

        explanation: dict[str, Any] | None | Unset
        if isinstance(self.explanation, Unset):
            explanation = UNSET
        elif isinstance(self.explanation, Explanation):
            explanation = self.explanation.to_dict()
        else:
            explanation = self.explanation

        annotations: dict[str, Any] | None | Unset
        if isinstance(self.annotations, Unset):
            annotations = UNSET
        elif isinstance(self.annotations, Annotations):
            annotations = self.annotations.to_dict()
        else:
            annotations = self.annotations

        vlm_stages_completed: list[int] | None | Unset
        if isinstance(self.vlm_stages_completed, Unset):
            vlm_stages_completed = UNSET
        elif isinstance(self.vlm_stages_completed, list):
            vlm_stages_completed = self.vlm_stages_completed

        else:
            vlm_stages_completed = self.vlm_stages_completed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if format_ is not UNSET:
            field_dict["format"] = format_
        if content_type is not UNSET:
            field_dict["contentType"] = content_type
        if image_width is not UNSET:
            field_dict["imageWidth"] = image_width
        if image_height is not UNSET:
            field_dict["imageHeight"] = image_height
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if verdict is not UNSET:
            field_dict["verdict"] = verdict
        if key_findings is not UNSET:
            field_dict["keyFindings"] = key_findings
        if findings is not UNSET:
            field_dict["findings"] = findings
        if risk_score is not UNSET:
            field_dict["riskScore"] = risk_score
        if risk_level is not UNSET:
            field_dict["riskLevel"] = risk_level
        if explanation is not UNSET:
            field_dict["explanation"] = explanation
        if annotations is not UNSET:
            field_dict["annotations"] = annotations
        if vlm_stages_completed is not UNSET:
            field_dict["vlmStagesCompleted"] = vlm_stages_completed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.annotations import Annotations  # noqa: PLC0415
        from ..models.explanation import Explanation  # noqa: PLC0415
        from ..models.finding import Finding  # noqa: PLC0415
        from ..models.key_finding import KeyFinding  # noqa: PLC0415
        from ..models.report_metadata import ReportMetadata  # noqa: PLC0415
        from ..models.verdict import Verdict  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_format_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        format_ = _parse_format_(d.pop("format", UNSET))

        def _parse_content_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        content_type = _parse_content_type(d.pop("contentType", UNSET))

        def _parse_image_width(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        image_width = _parse_image_width(d.pop("imageWidth", UNSET))

        def _parse_image_height(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        image_height = _parse_image_height(d.pop("imageHeight", UNSET))

        def _parse_metadata(data: object) -> None | ReportMetadata | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = ReportMetadata.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ReportMetadata | Unset, data)

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        def _parse_verdict(data: object) -> None | Unset | Verdict:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                verdict_type_0 = Verdict.from_dict(data)

                return verdict_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | Verdict, data)

        verdict = _parse_verdict(d.pop("verdict", UNSET))

        def _parse_key_findings(data: object) -> list[KeyFinding] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                key_findings_type_0 = []
                _key_findings_type_0 = data
                for key_findings_type_0_item_data in _key_findings_type_0:
                    key_findings_type_0_item = KeyFinding.from_dict(
                        key_findings_type_0_item_data
                    )

                    key_findings_type_0.append(key_findings_type_0_item)

                return key_findings_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[KeyFinding] | None | Unset, data)

        key_findings = _parse_key_findings(d.pop("keyFindings", UNSET))

        def _parse_findings(data: object) -> list[Finding] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                findings_type_0 = []
                _findings_type_0 = data
                for findings_type_0_item_data in _findings_type_0:
                    findings_type_0_item = Finding.from_dict(findings_type_0_item_data)

                    findings_type_0.append(findings_type_0_item)

                return findings_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Finding] | None | Unset, data)

        findings = _parse_findings(d.pop("findings", UNSET))

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

        def _parse_explanation(data: object) -> Explanation | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                explanation_type_0 = Explanation.from_dict(data)

                return explanation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Explanation | None | Unset, data)

        explanation = _parse_explanation(d.pop("explanation", UNSET))

        def _parse_annotations(data: object) -> Annotations | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                annotations_type_0 = Annotations.from_dict(data)

                return annotations_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Annotations | None | Unset, data)

        annotations = _parse_annotations(d.pop("annotations", UNSET))

        def _parse_vlm_stages_completed(data: object) -> list[int] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                vlm_stages_completed_type_0 = cast(list[int], data)

                return vlm_stages_completed_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int] | None | Unset, data)

        vlm_stages_completed = _parse_vlm_stages_completed(
            d.pop("vlmStagesCompleted", UNSET)
        )

        forensic_report = cls(
            format_=format_,
            content_type=content_type,
            image_width=image_width,
            image_height=image_height,
            metadata=metadata,
            verdict=verdict,
            key_findings=key_findings,
            findings=findings,
            risk_score=risk_score,
            risk_level=risk_level,
            explanation=explanation,
            annotations=annotations,
            vlm_stages_completed=vlm_stages_completed,
        )

        forensic_report.additional_properties = d
        return forensic_report

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

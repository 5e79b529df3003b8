from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.job_status import JobStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.annotations import Annotations
    from ..models.forensic_report import ForensicReport
    from ..models.webhook_info import WebhookInfo


T = TypeVar("T", bound="SentinelReportEnvelope")


@_attrs_define
class SentinelReportEnvelope:
    """The outer `report` of a job: the Sentinel backend's job record. Its timestamps are plain strings on the vendor's
    page.

        Attributes:
            status (JobStatus | None | str | Unset): Backend status of the job; values not documented separately (open, like
                the job status).
            stage (None | str | Unset): Backend analysis stage (open string; names not documented).
            progress (float | None | Unset): Backend progress of the analysis.
            filename (None | str | Unset): Name of the analysed file.
            created_at (None | str | Unset): When the backend created the job (a string; ISO 8601 is likely, not
                documented).
            completed_at (None | str | Unset): When the backend completed the job (a string; ISO 8601 is likely, not
                documented).
            error (None | str | Unset): Backend error message, when the analysis failed.
            report (ForensicReport | None | Unset): The forensic report, once the analysis has completed.
            annotations (Annotations | None | Unset): Annotations of the job (open object; shape not documented).
            webhook (None | Unset | WebhookInfo): Delivery state of the job's webhook as the backend sees it.
    """

    status: JobStatus | None | str | Unset = UNSET
    stage: None | str | Unset = UNSET
    progress: float | None | Unset = UNSET
    filename: None | str | Unset = UNSET
    created_at: None | str | Unset = UNSET
    completed_at: None | str | Unset = UNSET
    error: None | str | Unset = UNSET
    report: ForensicReport | None | Unset = UNSET
    annotations: Annotations | None | Unset = UNSET
    webhook: None | Unset | WebhookInfo = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.annotations import Annotations  # noqa: PLC0415
        from ..models.forensic_report import ForensicReport  # noqa: PLC0415
        from ..models.webhook_info import WebhookInfo  # noqa: PLC0415

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, JobStatus):
            status = self.status.value
        else:
            status = self.status

        stage: None | str | Unset
        if isinstance(self.stage, Unset):
            stage = UNSET
        else:
            stage = self.stage

        progress: float | None | Unset
        if isinstance(self.progress, Unset):
            progress = UNSET
        else:
            progress = self.progress

        filename: None | str | Unset
        if isinstance(self.filename, Unset):
            filename = UNSET
        else:
            filename = self.filename

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        completed_at: None | str | Unset
        if isinstance(self.completed_at, Unset):
            completed_at = UNSET
        else:
            completed_at = self.completed_at

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        report: dict[str, Any] | None | Unset
        if isinstance(self.report, Unset):
            report = UNSET
        elif isinstance(self.report, ForensicReport):
            report = self.report.to_dict()
        else:
            report = self.report

        annotations: dict[str, Any] | None | Unset
        if isinstance(self.annotations, Unset):
            annotations = UNSET
        elif isinstance(self.annotations, Annotations):
            annotations = self.annotations.to_dict()
        else:
            annotations = self.annotations

        webhook: dict[str, Any] | None | Unset
        if isinstance(self.webhook, Unset):
            webhook = UNSET
        elif isinstance(self.webhook, WebhookInfo):
            webhook = self.webhook.to_dict()
        else:
            webhook = self.webhook

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if stage is not UNSET:
            field_dict["stage"] = stage
        if progress is not UNSET:
            field_dict["progress"] = progress
        if filename is not UNSET:
            field_dict["filename"] = filename
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if completed_at is not UNSET:
            field_dict["completedAt"] = completed_at
        if error is not UNSET:
            field_dict["error"] = error
        if report is not UNSET:
            field_dict["report"] = report
        if annotations is not UNSET:
            field_dict["annotations"] = annotations
        if webhook is not UNSET:
            field_dict["webhook"] = webhook

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.annotations import Annotations  # noqa: PLC0415
        from ..models.forensic_report import ForensicReport  # noqa: PLC0415
        from ..models.webhook_info import WebhookInfo  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_status(data: object) -> JobStatus | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = JobStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(JobStatus | None | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_stage(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        stage = _parse_stage(d.pop("stage", UNSET))

        def _parse_progress(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        progress = _parse_progress(d.pop("progress", UNSET))

        def _parse_filename(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        filename = _parse_filename(d.pop("filename", UNSET))

        def _parse_created_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_at = _parse_created_at(d.pop("createdAt", UNSET))

        def _parse_completed_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        completed_at = _parse_completed_at(d.pop("completedAt", UNSET))

        def _parse_error(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        def _parse_report(data: object) -> ForensicReport | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                report_type_0 = ForensicReport.from_dict(data)

                return report_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ForensicReport | None | Unset, data)

        report = _parse_report(d.pop("report", UNSET))

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

        def _parse_webhook(data: object) -> None | Unset | WebhookInfo:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                webhook_type_0 = WebhookInfo.from_dict(data)

                return webhook_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WebhookInfo, data)

        webhook = _parse_webhook(d.pop("webhook", UNSET))

        sentinel_report_envelope = cls(
            status=status,
            stage=stage,
            progress=progress,
            filename=filename,
            created_at=created_at,
            completed_at=completed_at,
            error=error,
            report=report,
            annotations=annotations,
            webhook=webhook,
        )

        sentinel_report_envelope.additional_properties = d
        return sentinel_report_envelope

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

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.job_status import JobStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.webhook_info import WebhookInfo


T = TypeVar("T", bound="SentinelJobSummary")


@_attrs_define
class SentinelJobSummary:
    """A job without its forensic report: the items of `GET /sentinel/jobs`, and the top-level fields of `SentinelJob`. The
    list page's example shows all of these but `language` and `webhook`.

        Attributes:
            sentinel_job_guid (UUID | Unset): The job's GUID (returned by `POST /sentinel/analyze`).
            filename (None | str | Unset): Name of the uploaded file.
            status (JobStatus | None | str | Unset): Job status; documented values `pending`, `processing`, `completed`,
                `failed`. Open: other values are kept as strings.
            stage (None | str | Unset): Current analysis stage. Stage names are not documented (open string).
            progress (float | Unset): Progress of the analysis (scale not documented; 0-100 is likely).
            page_count (int | None | Unset): Number of pages (PDF files).
            risk_score (float | None | Unset): Overall risk score of the file (scale not documented).
            risk_level (None | str | Unset): Overall risk level. Values are not documented (open string).
            verdict_summary (None | str | Unset): One-line summary of the verdict.
            error_message (None | str | Unset): Why the job failed, when it failed.
            file_size_bytes (int | None | Unset): Size of the uploaded file in bytes.
            created_at_utc (datetime.datetime | Unset): When the job was created (UTC, RFC 3339).
            completed_at_utc (datetime.datetime | None | Unset): When the job completed or failed (UTC, RFC 3339); absent
                while it runs.
            language (None | str | Unset): Language requested for the report's texts.
            webhook (WebhookInfo | Unset): Delivery state of a job's webhook. Its timestamps are plain strings on the
                vendor's page.
    """

    sentinel_job_guid: UUID | Unset = UNSET
    filename: None | str | Unset = UNSET
    status: JobStatus | None | str | Unset = UNSET
    stage: None | str | Unset = UNSET
    progress: float | Unset = UNSET
    page_count: int | None | Unset = UNSET
    risk_score: float | None | Unset = UNSET
    risk_level: None | str | Unset = UNSET
    verdict_summary: None | str | Unset = UNSET
    error_message: None | str | Unset = UNSET
    file_size_bytes: int | None | Unset = UNSET
    created_at_utc: datetime.datetime | Unset = UNSET
    completed_at_utc: datetime.datetime | None | Unset = UNSET
    language: None | str | Unset = UNSET
    webhook: WebhookInfo | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sentinel_job_guid: str | Unset = UNSET
        if not isinstance(self.sentinel_job_guid, Unset):
            sentinel_job_guid = str(self.sentinel_job_guid)

        filename: None | str | Unset
        if isinstance(self.filename, Unset):
            filename = UNSET
        else:
            filename = self.filename

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

        progress = self.progress

        page_count: int | None | Unset
        if isinstance(self.page_count, Unset):
            page_count = UNSET
        else:
            page_count = self.page_count

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

        verdict_summary: None | str | Unset
        if isinstance(self.verdict_summary, Unset):
            verdict_summary = UNSET
        else:
            verdict_summary = self.verdict_summary

        error_message: None | str | Unset
        if isinstance(self.error_message, Unset):
            error_message = UNSET
        else:
            error_message = self.error_message

        file_size_bytes: int | None | Unset
        if isinstance(self.file_size_bytes, Unset):
            file_size_bytes = UNSET
        else:
            file_size_bytes = self.file_size_bytes

        created_at_utc: str | Unset = UNSET
        if not isinstance(self.created_at_utc, Unset):
            created_at_utc = self.created_at_utc.isoformat()

        completed_at_utc: None | str | Unset
        if isinstance(self.completed_at_utc, Unset):
            completed_at_utc = UNSET
        elif isinstance(self.completed_at_utc, datetime.datetime):
            completed_at_utc = self.completed_at_utc.isoformat()
        else:
            completed_at_utc = self.completed_at_utc

        language: None | str | Unset
        if isinstance(self.language, Unset):
            language = UNSET
        else:
            language = self.language

        webhook: dict[str, Any] | Unset = UNSET
        if not isinstance(self.webhook, Unset):
            webhook = self.webhook.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sentinel_job_guid is not UNSET:
            field_dict["sentinelJobGuid"] = sentinel_job_guid
        if filename is not UNSET:
            field_dict["filename"] = filename
        if status is not UNSET:
            field_dict["status"] = status
        if stage is not UNSET:
            field_dict["stage"] = stage
        if progress is not UNSET:
            field_dict["progress"] = progress
        if page_count is not UNSET:
            field_dict["pageCount"] = page_count
        if risk_score is not UNSET:
            field_dict["riskScore"] = risk_score
        if risk_level is not UNSET:
            field_dict["riskLevel"] = risk_level
        if verdict_summary is not UNSET:
            field_dict["verdictSummary"] = verdict_summary
        if error_message is not UNSET:
            field_dict["errorMessage"] = error_message
        if file_size_bytes is not UNSET:
            field_dict["fileSizeBytes"] = file_size_bytes
        if created_at_utc is not UNSET:
            field_dict["createdAtUtc"] = created_at_utc
        if completed_at_utc is not UNSET:
            field_dict["completedAtUtc"] = completed_at_utc
        if language is not UNSET:
            field_dict["language"] = language
        if webhook is not UNSET:
            field_dict["webhook"] = webhook

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.webhook_info import WebhookInfo  # noqa: PLC0415

        d = dict(src_dict)
        _sentinel_job_guid = d.pop("sentinelJobGuid", UNSET)
        sentinel_job_guid: UUID | Unset
        if isinstance(_sentinel_job_guid, Unset):
            sentinel_job_guid = UNSET
        else:
            sentinel_job_guid = UUID(_sentinel_job_guid)

        def _parse_filename(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        filename = _parse_filename(d.pop("filename", UNSET))

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

        progress = d.pop("progress", UNSET)

        def _parse_page_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        page_count = _parse_page_count(d.pop("pageCount", UNSET))

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

        def _parse_verdict_summary(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        verdict_summary = _parse_verdict_summary(d.pop("verdictSummary", UNSET))

        def _parse_error_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error_message = _parse_error_message(d.pop("errorMessage", UNSET))

        def _parse_file_size_bytes(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        file_size_bytes = _parse_file_size_bytes(d.pop("fileSizeBytes", UNSET))

        _created_at_utc = d.pop("createdAtUtc", UNSET)
        created_at_utc: datetime.datetime | Unset
        if isinstance(_created_at_utc, Unset):
            created_at_utc = UNSET
        else:
            created_at_utc = datetime.datetime.fromisoformat(_created_at_utc)

        def _parse_completed_at_utc(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                completed_at_utc_type_0 = datetime.datetime.fromisoformat(data)

                return completed_at_utc_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        completed_at_utc = _parse_completed_at_utc(d.pop("completedAtUtc", UNSET))

        def _parse_language(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        language = _parse_language(d.pop("language", UNSET))

        _webhook = d.pop("webhook", UNSET)
        webhook: WebhookInfo | Unset
        if isinstance(_webhook, Unset):
            webhook = UNSET
        else:
            webhook = WebhookInfo.from_dict(_webhook)

        sentinel_job_summary = cls(
            sentinel_job_guid=sentinel_job_guid,
            filename=filename,
            status=status,
            stage=stage,
            progress=progress,
            page_count=page_count,
            risk_score=risk_score,
            risk_level=risk_level,
            verdict_summary=verdict_summary,
            error_message=error_message,
            file_size_bytes=file_size_bytes,
            created_at_utc=created_at_utc,
            completed_at_utc=completed_at_utc,
            language=language,
            webhook=webhook,
        )

        sentinel_job_summary.additional_properties = d
        return sentinel_job_summary

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

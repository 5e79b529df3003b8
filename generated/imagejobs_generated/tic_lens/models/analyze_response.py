from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.job_status import JobStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="AnalyzeResponse")


@_attrs_define
class AnalyzeResponse:
    """Body of the 202 answer of `POST /sentinel/analyze`. Not documented [I]: the vendor says the job is created and is
    then polled by its GUID, so `sentinelJobGuid` is expected; every field is optional and unknown fields are kept.

        Attributes:
            sentinel_job_guid (str | Unset): GUID of the new job (UUID text), for `GET /sentinel/jobs/{guid}`. Inferred [I];
                a plain string here so that an unexpected value cannot break parsing.
            status (JobStatus | None | str | Unset): Status of the new job, presumably `pending` [I].
            stage (None | str | Unset): Current processing stage [I]; stage names are not documented.
            progress (float | None | Unset): Progress of the job [I].
            filename (None | str | Unset): Name of the uploaded file [I].
            created_at_utc (datetime.datetime | None | Unset): When the job was created (UTC) [I].
    """

    sentinel_job_guid: str | Unset = UNSET
    status: JobStatus | None | str | Unset = UNSET
    stage: None | str | Unset = UNSET
    progress: float | None | Unset = UNSET
    filename: None | str | Unset = UNSET
    created_at_utc: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sentinel_job_guid = self.sentinel_job_guid

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

        created_at_utc: None | str | Unset
        if isinstance(self.created_at_utc, Unset):
            created_at_utc = UNSET
        elif isinstance(self.created_at_utc, datetime.datetime):
            created_at_utc = self.created_at_utc.isoformat()
        else:
            created_at_utc = self.created_at_utc

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sentinel_job_guid is not UNSET:
            field_dict["sentinelJobGuid"] = sentinel_job_guid
        if status is not UNSET:
            field_dict["status"] = status
        if stage is not UNSET:
            field_dict["stage"] = stage
        if progress is not UNSET:
            field_dict["progress"] = progress
        if filename is not UNSET:
            field_dict["filename"] = filename
        if created_at_utc is not UNSET:
            field_dict["createdAtUtc"] = created_at_utc

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        sentinel_job_guid = d.pop("sentinelJobGuid", UNSET)

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

        def _parse_created_at_utc(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_at_utc_type_0 = datetime.datetime.fromisoformat(data)

                return created_at_utc_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        created_at_utc = _parse_created_at_utc(d.pop("createdAtUtc", UNSET))

        analyze_response = cls(
            sentinel_job_guid=sentinel_job_guid,
            status=status,
            stage=stage,
            progress=progress,
            filename=filename,
            created_at_utc=created_at_utc,
        )

        analyze_response.additional_properties = d
        return analyze_response

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.job_status import JobStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="CheckTaskJobsItemsBody")


@_attrs_define
class CheckTaskJobsItemsBody:
    """One job in the job list (Huawei `CheckTaskJobsItemsBody`).

    Attributes:
        job_id (str | Unset): Job ID.
        status (JobStatus | str | Unset): Job status (`created`, `running`, `finish`, `failed`); open for values added
            later.
        create_time (str | Unset): Time the job was created, e.g. `2018-01-02T15:03:04Z` (UTC, ISO 8601; kept as a
            string and parsed tolerantly by the normalizer).
        update_time (str | Unset): Time the job was last updated, e.g. `2018-01-02T15:03:04Z` (same format as
            `create_time`).
    """

    job_id: str | Unset = UNSET
    status: JobStatus | str | Unset = UNSET
    create_time: str | Unset = UNSET
    update_time: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        job_id = self.job_id

        status: str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, JobStatus):
            status = self.status.value
        else:
            status = self.status

        create_time = self.create_time

        update_time = self.update_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if job_id is not UNSET:
            field_dict["job_id"] = job_id
        if status is not UNSET:
            field_dict["status"] = status
        if create_time is not UNSET:
            field_dict["create_time"] = create_time
        if update_time is not UNSET:
            field_dict["update_time"] = update_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        job_id = d.pop("job_id", UNSET)

        def _parse_status(data: object) -> JobStatus | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = JobStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(JobStatus | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        create_time = d.pop("create_time", UNSET)

        update_time = d.pop("update_time", UNSET)

        check_task_jobs_items_body = cls(
            job_id=job_id,
            status=status,
            create_time=create_time,
            update_time=update_time,
        )

        check_task_jobs_items_body.additional_properties = d
        return check_task_jobs_items_body

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

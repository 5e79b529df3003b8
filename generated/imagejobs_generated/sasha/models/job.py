from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.job_status import JobStatus
from ..models.job_type import JobType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.job_error import JobError


T = TypeVar("T", bound="Job")


@_attrs_define
class Job:
    """A signature job (embed or lookup), as on the seed page. Also the body of the `jobStatusChanged` callback.

    Attributes:
        job_id (str): The ID of the job.
        type_ (JobType | str): The type of the job (`JobType`); an unknown value is kept as a string.
        status (JobStatus | str): The status of the job (`JobStatus`); an unknown value is kept as a string.
        created_at (datetime.datetime): The date and time the job was created (RFC 3339).
        updated_at (datetime.datetime): The date and time the job was last updated (RFC 3339).
        error (JobError | None | Unset): The error that occurred while processing the job, if the job status is
            `failed`; absent or null otherwise.
        output_url (None | str | Unset): The URL of the result media file (only populated if the job status is
            `completed` and the type is `embed-signature`). Null is accepted tolerantly ([I]).
        output_url_expires_at (datetime.datetime | None | Unset): The date and time the output URL will expire (RFC
            3339). Null is accepted tolerantly ([I]).
        signature_id (None | str | Unset): The Signature identifier (SignatureID), populated when the job status is
            `completed`; null if no signature was found in the image (lookup). The SignatureID is the globally unique
            identifier of the SASHA Signature embedded into the image: an unsigned 64-bit integer (0 to
            18446744073709551615, i.e. 1 to 20 decimal digits) carried as a JSON string. Keep it a string, or convert it to
            an exact integer: never convert it to float (values above 2^53 would lose digits). The digit pattern is not
            enforced in the schema because the vendor's own examples use the placeholder "string" (see `x-imagejobs-
            pattern`).
    """

    job_id: str
    type_: JobType | str
    status: JobStatus | str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    error: JobError | None | Unset = UNSET
    output_url: None | str | Unset = UNSET
    output_url_expires_at: datetime.datetime | None | Unset = UNSET
    signature_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.job_error import JobError  # noqa: PLC0415

        job_id = self.job_id

        type_: str
        if isinstance(self.type_, JobType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        status: str
        if isinstance(self.status, JobStatus):
            status = self.status.value
        else:
            status = self.status

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        error: dict[str, Any] | None | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        elif isinstance(self.error, JobError):
            error = self.error.to_dict()
        else:
            error = self.error

        output_url: None | str | Unset
        if isinstance(self.output_url, Unset):
            output_url = UNSET
        else:
            output_url = self.output_url

        output_url_expires_at: None | str | Unset
        if isinstance(self.output_url_expires_at, Unset):
            output_url_expires_at = UNSET
        elif isinstance(self.output_url_expires_at, datetime.datetime):
            output_url_expires_at = self.output_url_expires_at.isoformat()
        else:
            output_url_expires_at = self.output_url_expires_at

        signature_id: None | str | Unset
        if isinstance(self.signature_id, Unset):
            signature_id = UNSET
        else:
            signature_id = self.signature_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "job_id": job_id,
                "type": type_,
                "status": status,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if error is not UNSET:
            field_dict["error"] = error
        if output_url is not UNSET:
            field_dict["output_url"] = output_url
        if output_url_expires_at is not UNSET:
            field_dict["output_url_expires_at"] = output_url_expires_at
        if signature_id is not UNSET:
            field_dict["signature_id"] = signature_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.job_error import JobError  # noqa: PLC0415

        d = dict(src_dict)
        job_id = d.pop("job_id")

        def _parse_type_(data: object) -> JobType | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = JobType(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(JobType | str, data)

        type_ = _parse_type_(d.pop("type"))

        def _parse_status(data: object) -> JobStatus | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = JobStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(JobStatus | str, data)

        status = _parse_status(d.pop("status"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        def _parse_error(data: object) -> JobError | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                error_type_0 = JobError.from_dict(data)

                return error_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(JobError | None | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        def _parse_output_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        output_url = _parse_output_url(d.pop("output_url", UNSET))

        def _parse_output_url_expires_at(
            data: object,
        ) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                output_url_expires_at_type_0 = datetime.datetime.fromisoformat(data)

                return output_url_expires_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        output_url_expires_at = _parse_output_url_expires_at(
            d.pop("output_url_expires_at", UNSET)
        )

        def _parse_signature_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        signature_id = _parse_signature_id(d.pop("signature_id", UNSET))

        job = cls(
            job_id=job_id,
            type_=type_,
            status=status,
            created_at=created_at,
            updated_at=updated_at,
            error=error,
            output_url=output_url,
            output_url_expires_at=output_url_expires_at,
            signature_id=signature_id,
        )

        job.additional_properties = d
        return job

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

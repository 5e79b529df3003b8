from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SubmitAIImageJobResponse")


@_attrs_define
class SubmitAIImageJobResponse:
    """The answer to `SubmitAIImageJob`.

    Attributes:
        job_id (str | Unset): The ID of the image AI processing job; pass it to `GetAIImageJobs` as one of `JobIds`.
        request_id (str | Unset): The ID of the request.
    """

    job_id: str | Unset = UNSET
    request_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        job_id = self.job_id

        request_id = self.request_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if job_id is not UNSET:
            field_dict["JobId"] = job_id
        if request_id is not UNSET:
            field_dict["RequestId"] = request_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        job_id = d.pop("JobId", UNSET)

        request_id = d.pop("RequestId", UNSET)

        submit_ai_image_job_response = cls(
            job_id=job_id,
            request_id=request_id,
        )

        submit_ai_image_job_response.additional_properties = d
        return submit_ai_image_job_response

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

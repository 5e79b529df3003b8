from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ai_image_job import AIImageJob


T = TypeVar("T", bound="GetAIImageJobsResponse")


@_attrs_define
class GetAIImageJobsResponse:
    """The returned data of `GetAIImageJobs` (seed page).

    Attributes:
        request_id (str | Unset): The ID of the request.
        ai_image_job_list (list[AIImageJob] | Unset): The image AI processing jobs.
    """

    request_id: str | Unset = UNSET
    ai_image_job_list: list[AIImageJob] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        request_id = self.request_id

        ai_image_job_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.ai_image_job_list, Unset):
            ai_image_job_list = []
            for ai_image_job_list_item_data in self.ai_image_job_list:
                ai_image_job_list_item = ai_image_job_list_item_data.to_dict()
                ai_image_job_list.append(ai_image_job_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if request_id is not UNSET:
            field_dict["RequestId"] = request_id
        if ai_image_job_list is not UNSET:
            field_dict["AIImageJobList"] = ai_image_job_list

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ai_image_job import AIImageJob  # noqa: PLC0415

        d = dict(src_dict)
        request_id = d.pop("RequestId", UNSET)

        _ai_image_job_list = d.pop("AIImageJobList", UNSET)
        ai_image_job_list: list[AIImageJob] | Unset = UNSET
        if _ai_image_job_list is not UNSET:
            ai_image_job_list = []
            for ai_image_job_list_item_data in _ai_image_job_list:
                ai_image_job_list_item = AIImageJob.from_dict(
                    ai_image_job_list_item_data
                )

                ai_image_job_list.append(ai_image_job_list_item)

        get_ai_image_jobs_response = cls(
            request_id=request_id,
            ai_image_job_list=ai_image_job_list,
        )

        get_ai_image_jobs_response.additional_properties = d
        return get_ai_image_jobs_response

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.check_task_jobs_items_body import CheckTaskJobsItemsBody


T = TypeVar("T", bound="ListImageBatchJobsResponse")


@_attrs_define
class ListImageBatchJobsResponse:
    """200 body of `listImageBatchJobs` (the seed page).

    Attributes:
        result (list[CheckTaskJobsItemsBody] | Unset): The jobs on this page (calling result of a successful API call);
            not included when the API call fails.
        count (int | Unset): Total number of jobs that meet the query criteria.
    """

    result: list[CheckTaskJobsItemsBody] | Unset = UNSET
    count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        result: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.result, Unset):
            result = []
            for result_item_data in self.result:
                result_item = result_item_data.to_dict()
                result.append(result_item)

        count = self.count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if result is not UNSET:
            field_dict["result"] = result
        if count is not UNSET:
            field_dict["count"] = count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.check_task_jobs_items_body import CheckTaskJobsItemsBody  # noqa: PLC0415

        d = dict(src_dict)
        _result = d.pop("result", UNSET)
        result: list[CheckTaskJobsItemsBody] | Unset = UNSET
        if _result is not UNSET:
            result = []
            for result_item_data in _result:
                result_item = CheckTaskJobsItemsBody.from_dict(result_item_data)

                result.append(result_item)

        count = d.pop("count", UNSET)

        list_image_batch_jobs_response = cls(
            result=result,
            count=count,
        )

        list_image_batch_jobs_response.additional_properties = d
        return list_image_batch_jobs_response

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

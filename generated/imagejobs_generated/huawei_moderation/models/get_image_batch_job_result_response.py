from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.check_result_result_body import CheckResultResultBody


T = TypeVar("T", bound="GetImageBatchJobResultResponse")


@_attrs_define
class GetImageBatchJobResultResponse:
    """200 body of `getImageBatchJobResult`.

    Attributes:
        result (CheckResultResultBody | Unset): The job and its per-image results (Huawei `CheckResultResultBody`);
            absent when the call fails.
    """

    result: CheckResultResultBody | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        result: dict[str, Any] | Unset = UNSET
        if not isinstance(self.result, Unset):
            result = self.result.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if result is not UNSET:
            field_dict["result"] = result

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.check_result_result_body import CheckResultResultBody  # noqa: PLC0415

        d = dict(src_dict)
        _result = d.pop("result", UNSET)
        result: CheckResultResultBody | Unset
        if isinstance(_result, Unset):
            result = UNSET
        else:
            result = CheckResultResultBody.from_dict(_result)

        get_image_batch_job_result_response = cls(
            result=result,
        )

        get_image_batch_job_result_response.additional_properties = d
        return get_image_batch_job_result_response

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ErrorResponse")


@_attrs_define
class ErrorResponse:
    """The error body of every Alibaba Cloud RPC action (HTTP 4xx and 5xx). All fields are optional; `Code` is an open
    string (the vendor adds codes over time).

        Attributes:
            request_id (str | Unset): The ID of the request; quote it to the vendor's support.
            host_id (str | Unset): The host that answered, e.g. `vod.cn-shanghai.aliyuncs.com`.
            code (str | Unset): The error code, e.g. `MissingParameter`, `InvalidParameter`, `Forbidden`, `OperationDenied`,
                `InvalidVideo.NotFound`, `InternalError`, `ServiceUnAvailable`, or an API gateway code such as
                `SignatureDoesNotMatch` or `Forbidden.RAM`. Not an enum.
            message (str | Unset): The error message.
            recommend (str | Unset): A link to the vendor's troubleshooting page for this error.
    """

    request_id: str | Unset = UNSET
    host_id: str | Unset = UNSET
    code: str | Unset = UNSET
    message: str | Unset = UNSET
    recommend: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        request_id = self.request_id

        host_id = self.host_id

        code = self.code

        message = self.message

        recommend = self.recommend

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if request_id is not UNSET:
            field_dict["RequestId"] = request_id
        if host_id is not UNSET:
            field_dict["HostId"] = host_id
        if code is not UNSET:
            field_dict["Code"] = code
        if message is not UNSET:
            field_dict["Message"] = message
        if recommend is not UNSET:
            field_dict["Recommend"] = recommend

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        request_id = d.pop("RequestId", UNSET)

        host_id = d.pop("HostId", UNSET)

        code = d.pop("Code", UNSET)

        message = d.pop("Message", UNSET)

        recommend = d.pop("Recommend", UNSET)

        error_response = cls(
            request_id=request_id,
            host_id=host_id,
            code=code,
            message=message,
            recommend=recommend,
        )

        error_response.additional_properties = d
        return error_response

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ErrorResponse")


@_attrs_define
class ErrorResponse:
    """Error body of Content Moderation and of the Huawei API Gateway. `error_code` is an open string: Content Moderation
    `AIS.*` codes (`AIS.0002` bad token, `AIS.0003` internal service error, `AIS.0004` not authorised / not subscribed,
    `AIS.0005` service does not exist, `AIS.0007` service not enabled, `AIS.0010` header missing or empty, ...) and API
    Gateway `APIGW.*` / `APIG.*` codes.

        Attributes:
            error_code (str | Unset): Error code of the failed API call (`AIS.*`, `APIGW.*`, `APIG.*`); not included on
                success.
            error_msg (str | Unset): Error message of the failed API call; not included on success.
            fail_category (str | Unset): The failure scenario, when the API call can fail in several scenarios.
            request_id (str | Unset): Request ID, sent by the API Gateway with its own errors (`APIGW.*` / `APIG.*`); quote
                it to Huawei support.
    """

    error_code: str | Unset = UNSET
    error_msg: str | Unset = UNSET
    fail_category: str | Unset = UNSET
    request_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error_code = self.error_code

        error_msg = self.error_msg

        fail_category = self.fail_category

        request_id = self.request_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if error_code is not UNSET:
            field_dict["error_code"] = error_code
        if error_msg is not UNSET:
            field_dict["error_msg"] = error_msg
        if fail_category is not UNSET:
            field_dict["fail_category"] = fail_category
        if request_id is not UNSET:
            field_dict["request_id"] = request_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        error_code = d.pop("error_code", UNSET)

        error_msg = d.pop("error_msg", UNSET)

        fail_category = d.pop("fail_category", UNSET)

        request_id = d.pop("request_id", UNSET)

        error_response = cls(
            error_code=error_code,
            error_msg=error_msg,
            fail_category=fail_category,
            request_id=request_id,
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

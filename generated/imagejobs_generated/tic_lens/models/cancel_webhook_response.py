from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CancelWebhookResponse")


@_attrs_define
class CancelWebhookResponse:
    """Answer of `DELETE /sentinel/jobs/{guid}/webhook`.

    Attributes:
        deliveries_cancelled (int | Unset): Number of pending or in-flight deliveries that were cancelled.
    """

    deliveries_cancelled: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        deliveries_cancelled = self.deliveries_cancelled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if deliveries_cancelled is not UNSET:
            field_dict["deliveriesCancelled"] = deliveries_cancelled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        deliveries_cancelled = d.pop("deliveriesCancelled", UNSET)

        cancel_webhook_response = cls(
            deliveries_cancelled=deliveries_cancelled,
        )

        cancel_webhook_response.additional_properties = d
        return cancel_webhook_response

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

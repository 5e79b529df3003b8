from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LookupByUrlRequest")


@_attrs_define
class LookupByUrlRequest:
    """JSON request body of `POST /signature/lookup` (image by URL); the same fields as embed.

    Attributes:
        media_url (str): URL of the image to check; SASHA fetches it (a failure gives the job error
            `failed_to_fetch_from_url`).
        media_mime_type (str): MIME type of the image at `media_url`, e.g. `image/jpeg` or `image/png`.
        callback_url (str | Unset): Optional HTTPS URL that receives the Job on every status change (the
            `jobStatusChanged` callback).
        callback_secret_id (str | Unset): Optional identifier of the Callback Secret SASHA should use to sign this job's
            callbacks. Each Callback Secret configured with SASHA has a unique ID; pinning one is useful while rotating
            secrets. If omitted, SASHA picks one of the partner's enabled secrets; the one actually used is always sent in
            the `SASHA-Callback-Secret-ID` header of the callback.
    """

    media_url: str
    media_mime_type: str
    callback_url: str | Unset = UNSET
    callback_secret_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        media_url = self.media_url

        media_mime_type = self.media_mime_type

        callback_url = self.callback_url

        callback_secret_id = self.callback_secret_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "media_url": media_url,
                "media_mime_type": media_mime_type,
            }
        )
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url
        if callback_secret_id is not UNSET:
            field_dict["callback_secret_id"] = callback_secret_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        media_url = d.pop("media_url")

        media_mime_type = d.pop("media_mime_type")

        callback_url = d.pop("callback_url", UNSET)

        callback_secret_id = d.pop("callback_secret_id", UNSET)

        lookup_by_url_request = cls(
            media_url=media_url,
            media_mime_type=media_mime_type,
            callback_url=callback_url,
            callback_secret_id=callback_secret_id,
        )

        lookup_by_url_request.additional_properties = d
        return lookup_by_url_request

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

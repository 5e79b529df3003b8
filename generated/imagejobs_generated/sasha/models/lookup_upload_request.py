from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, File, Unset

T = TypeVar("T", bound="LookupUploadRequest")


@_attrs_define
class LookupUploadRequest:
    """Multipart request body of `POST /signature/lookup` (image uploaded; the vendor's `LookupSignatureFromDataRequest`).

    Attributes:
        media (File): The media file to look up the SASHA Signature in.
        callback_url (str | Unset): Optional HTTPS URL that receives the Job on every status change (the
            `jobStatusChanged` callback).
        callback_secret_id (str | Unset): Optional identifier of the Callback Secret SASHA should use to sign this job's
            callbacks. Each Callback Secret configured with SASHA has a unique ID; pinning one is useful while rotating
            secrets. If omitted, SASHA picks one of the partner's enabled secrets; the one actually used is always sent in
            the `SASHA-Callback-Secret-ID` header of the callback.
    """

    media: File
    callback_url: str | Unset = UNSET
    callback_secret_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        media = self.media.to_tuple()

        callback_url = self.callback_url

        callback_secret_id = self.callback_secret_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "media": media,
            }
        )
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url
        if callback_secret_id is not UNSET:
            field_dict["callback_secret_id"] = callback_secret_id

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("media", self.media.to_tuple()))

        if not isinstance(self.callback_url, Unset):
            files.append(
                ("callback_url", (None, str(self.callback_url).encode(), "text/plain"))
            )

        if not isinstance(self.callback_secret_id, Unset):
            files.append(
                (
                    "callback_secret_id",
                    (None, str(self.callback_secret_id).encode(), "text/plain"),
                )
            )

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        media = File(payload=BytesIO(d.pop("media")))

        callback_url = d.pop("callback_url", UNSET)

        callback_secret_id = d.pop("callback_secret_id", UNSET)

        lookup_upload_request = cls(
            media=media,
            callback_url=callback_url,
            callback_secret_id=callback_secret_id,
        )

        lookup_upload_request.additional_properties = d
        return lookup_upload_request

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

from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, File, Unset

T = TypeVar("T", bound="AnalyzeRequest")


@_attrs_define
class AnalyzeRequest:
    """Form fields of `POST /sentinel/analyze` (`multipart/form-data`).

    Attributes:
        file (File): The image or PDF to analyse: JPEG, PNG, HEIC, TIFF, WebP, GIF, BMP or PDF; at most 100 MB.
        ttl_seconds (int | Unset): Time to live, in seconds. The vendor gives only the name and type; that it bounds how
            long the job and its data are kept is inferred from the name.
        language (str | Unset): Language for the report's texts (summaries, explanations), for example `en`. Accepted
            values are not documented.
        webhook_url (str | Unset): URL the vendor notifies about the job (see the `sentinelJobEvent` webhook).
        webhook_secret (str | Unset): Secret registered with the webhook. How deliveries use it (signature header,
            algorithm) is not documented.
    """

    file: File
    ttl_seconds: int | Unset = UNSET
    language: str | Unset = UNSET
    webhook_url: str | Unset = UNSET
    webhook_secret: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file = self.file.to_tuple()

        ttl_seconds = self.ttl_seconds

        language = self.language

        webhook_url = self.webhook_url

        webhook_secret = self.webhook_secret

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "file": file,
            }
        )
        if ttl_seconds is not UNSET:
            field_dict["ttlSeconds"] = ttl_seconds
        if language is not UNSET:
            field_dict["language"] = language
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url
        if webhook_secret is not UNSET:
            field_dict["webhookSecret"] = webhook_secret

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("file", self.file.to_tuple()))

        if not isinstance(self.ttl_seconds, Unset):
            files.append(
                ("ttlSeconds", (None, str(self.ttl_seconds).encode(), "text/plain"))
            )

        if not isinstance(self.language, Unset):
            files.append(
                ("language", (None, str(self.language).encode(), "text/plain"))
            )

        if not isinstance(self.webhook_url, Unset):
            files.append(
                ("webhookUrl", (None, str(self.webhook_url).encode(), "text/plain"))
            )

        if not isinstance(self.webhook_secret, Unset):
            files.append(
                (
                    "webhookSecret",
                    (None, str(self.webhook_secret).encode(), "text/plain"),
                )
            )

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        file = File(payload=BytesIO(d.pop("file")))

        ttl_seconds = d.pop("ttlSeconds", UNSET)

        language = d.pop("language", UNSET)

        webhook_url = d.pop("webhookUrl", UNSET)

        webhook_secret = d.pop("webhookSecret", UNSET)

        analyze_request = cls(
            file=file,
            ttl_seconds=ttl_seconds,
            language=language,
            webhook_url=webhook_url,
            webhook_secret=webhook_secret,
        )

        analyze_request.additional_properties = d
        return analyze_request

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

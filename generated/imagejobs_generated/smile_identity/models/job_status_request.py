from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="JobStatusRequest")


@_attrs_define
class JobStatusRequest:
    """Body of POST /job_status as filled by the caller. The overlay adds `signature`, `timestamp` and `partner_id`
    (or legacy `sec_key`) to the same JSON object.

        Attributes:
            job_id (str): The job_id that was assigned to, or passed in with, the job (the one sent with the job).
            user_id (str): The user_id that was assigned to, or passed in with, the job (the one sent with the job).
            signature (str | Unset): Body credential of the `SmileSignature` scheme, added by the overlay: base64(HMAC-
                SHA256(API key,
                timestamp + partner_id + "sid_request")).
            sec_key (str | Unset): Body credential of the legacy `SmileSecKey` scheme, added by the overlay instead of
                `signature`.
            timestamp (int | str | Unset): The timestamp the credential was computed with, added by the overlay: an ISO-8601
                string
                (`SmileSignature`) or integer Unix seconds (`SmileSecKey`).
            partner_id (str | Unset): The partner ID as a string, leading zeros kept (`085`); added by the overlay.
            image_links (bool | Unset): If true, the response includes `image_links` with signed, expiring links to the
                images captured during
                the job. (One version of Smile ID's docs types this as the string "true"; the seed page and vendors.md
                use a JSON boolean.)
            history (bool | Unset): If true, the response includes `history`: all results of the job (all information sent
                to the callback).
                (One version of Smile ID's docs types this as the string "true"; the seed page and vendors.md use a JSON
                boolean.)
    """

    job_id: str
    user_id: str
    signature: str | Unset = UNSET
    sec_key: str | Unset = UNSET
    timestamp: int | str | Unset = UNSET
    partner_id: str | Unset = UNSET
    image_links: bool | Unset = UNSET
    history: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        job_id = self.job_id

        user_id = self.user_id

        signature = self.signature

        sec_key = self.sec_key

        timestamp: int | str | Unset
        if isinstance(self.timestamp, Unset):
            timestamp = UNSET
        else:
            timestamp = self.timestamp

        partner_id = self.partner_id

        image_links = self.image_links

        history = self.history

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "job_id": job_id,
                "user_id": user_id,
            }
        )
        if signature is not UNSET:
            field_dict["signature"] = signature
        if sec_key is not UNSET:
            field_dict["sec_key"] = sec_key
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if partner_id is not UNSET:
            field_dict["partner_id"] = partner_id
        if image_links is not UNSET:
            field_dict["image_links"] = image_links
        if history is not UNSET:
            field_dict["history"] = history

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        job_id = d.pop("job_id")

        user_id = d.pop("user_id")

        signature = d.pop("signature", UNSET)

        sec_key = d.pop("sec_key", UNSET)

        def _parse_timestamp(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        timestamp = _parse_timestamp(d.pop("timestamp", UNSET))

        partner_id = d.pop("partner_id", UNSET)

        image_links = d.pop("image_links", UNSET)

        history = d.pop("history", UNSET)

        job_status_request = cls(
            job_id=job_id,
            user_id=user_id,
            signature=signature,
            sec_key=sec_key,
            timestamp=timestamp,
            partner_id=partner_id,
            image_links=image_links,
            history=history,
        )

        job_status_request.additional_properties = d
        return job_status_request

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

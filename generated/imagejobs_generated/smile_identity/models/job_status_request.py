from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

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
    image_links: bool | Unset = UNSET
    history: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        job_id = self.job_id

        user_id = self.user_id

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

        image_links = d.pop("image_links", UNSET)

        history = d.pop("history", UNSET)

        job_status_request = cls(
            job_id=job_id,
            user_id=user_id,
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

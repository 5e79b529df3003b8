from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.result_code import ResultCode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.image_links import ImageLinks
    from ..models.job_history_entry import JobHistoryEntry
    from ..models.job_result import JobResult


T = TypeVar("T", bound="JobStatusResponse")


@_attrs_define
class JobStatusResponse:
    """Answer of POST /job_status. No field is guaranteed (errors may come with HTTP 200 and only `code`), so all
    are optional. Fields and example: the seed page; `user_id`/`job_id`/`sec_key` from the seed's field table;
    `error` [I] from Smile ID's error body.

        Attributes:
            timestamp (int | str | Unset): The timestamp used to create this response's signature: an ISO-8601 string such
                as
                `2018-03-13T21:04:11.193Z` (legacy `sec_key` responses: integer Unix seconds). The overlay uses it to
                verify `signature`.
            signature (None | str | Unset): Smile ID's signature of this response: base64(HMAC-SHA256(API key, timestamp +
                partner_id +
                "sid_request")) computed with this response's `timestamp`. The overlay verifies it.
            sec_key (None | str | Unset): Legacy signature of this response (`base64(RSA(hash)) + "|" + hash`), sent instead
                of `signature` by legacy responses. The seed's field table calls it "The signature for this response".
            user_id (None | str | Unset): The unique user_id that was either assigned, or passed in to this job (listed in
                the seed's field table; not in its example).
            job_id (None | str | Unset): The unique job_id that was either assigned, or passed in to this job (listed in the
                seed's field table; not in its example).
            job_complete (bool | None | Unset): Whether or not Smile ID has reported a final status for this job.
            job_success (bool | None | Unset): Whether or not Smile ID was able to achieve a successful match and has
                enrolled or authenticated this user.
            result (JobResult | None | str | Unset): The details of the final (or latest) status. Usually a `JobResult`
                object; while the job has no result
                yet it may be a free-form string (e.g. "No zip uploaded yet", per the official Android SDK), or absent /
                null.
            image_links (ImageLinks | None | Unset): Signed, expiring links to the images captured during the job; present
                if `image_links` was true in the request.
            code (int | ResultCode | str | Unset): Result code of the job_status call (2302 = success); see `ResultCode` for
                the documented values. A
                string such as "2302"; the official Android SDK declares it as an integer, so a number is accepted too.
                Unknown codes are kept as they are.
            error (None | str | Unset): [I] Error text, present when Smile ID answers an error with HTTP 200 (same meaning
                as `ErrorResponse.error`).
            history (list[JobHistoryEntry] | None | Unset): All results of the job (everything sent to the callback), oldest
                first; present if `history` was true in the request.
    """

    timestamp: int | str | Unset = UNSET
    signature: None | str | Unset = UNSET
    sec_key: None | str | Unset = UNSET
    user_id: None | str | Unset = UNSET
    job_id: None | str | Unset = UNSET
    job_complete: bool | None | Unset = UNSET
    job_success: bool | None | Unset = UNSET
    result: JobResult | None | str | Unset = UNSET
    image_links: ImageLinks | None | Unset = UNSET
    code: int | ResultCode | str | Unset = UNSET
    error: None | str | Unset = UNSET
    history: list[JobHistoryEntry] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.image_links import ImageLinks  # noqa: PLC0415
        from ..models.job_result import JobResult  # noqa: PLC0415

        timestamp: int | str | Unset
        if isinstance(self.timestamp, Unset):
            timestamp = UNSET
        else:
            timestamp = self.timestamp

        signature: None | str | Unset
        if isinstance(self.signature, Unset):
            signature = UNSET
        else:
            signature = self.signature

        sec_key: None | str | Unset
        if isinstance(self.sec_key, Unset):
            sec_key = UNSET
        else:
            sec_key = self.sec_key

        user_id: None | str | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        job_id: None | str | Unset
        if isinstance(self.job_id, Unset):
            job_id = UNSET
        else:
            job_id = self.job_id

        job_complete: bool | None | Unset
        if isinstance(self.job_complete, Unset):
            job_complete = UNSET
        else:
            job_complete = self.job_complete

        job_success: bool | None | Unset
        if isinstance(self.job_success, Unset):
            job_success = UNSET
        else:
            job_success = self.job_success

        result: dict[str, Any] | None | str | Unset
        if isinstance(self.result, Unset):
            result = UNSET
        elif isinstance(self.result, JobResult):
            result = self.result.to_dict()
        else:
            result = self.result

        image_links: dict[str, Any] | None | Unset
        if isinstance(self.image_links, Unset):
            image_links = UNSET
        elif isinstance(self.image_links, ImageLinks):
            image_links = self.image_links.to_dict()
        else:
            image_links = self.image_links

        code: int | str | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        elif isinstance(self.code, ResultCode):
            code = self.code.value
        else:
            code = self.code

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        history: list[dict[str, Any]] | None | Unset
        if isinstance(self.history, Unset):
            history = UNSET
        elif isinstance(self.history, list):
            history = []
            for history_type_0_item_data in self.history:
                history_type_0_item = history_type_0_item_data.to_dict()
                history.append(history_type_0_item)

        else:
            history = self.history

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if signature is not UNSET:
            field_dict["signature"] = signature
        if sec_key is not UNSET:
            field_dict["sec_key"] = sec_key
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if job_id is not UNSET:
            field_dict["job_id"] = job_id
        if job_complete is not UNSET:
            field_dict["job_complete"] = job_complete
        if job_success is not UNSET:
            field_dict["job_success"] = job_success
        if result is not UNSET:
            field_dict["result"] = result
        if image_links is not UNSET:
            field_dict["image_links"] = image_links
        if code is not UNSET:
            field_dict["code"] = code
        if error is not UNSET:
            field_dict["error"] = error
        if history is not UNSET:
            field_dict["history"] = history

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.image_links import ImageLinks  # noqa: PLC0415
        from ..models.job_history_entry import JobHistoryEntry  # noqa: PLC0415
        from ..models.job_result import JobResult  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_timestamp(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        timestamp = _parse_timestamp(d.pop("timestamp", UNSET))

        def _parse_signature(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        signature = _parse_signature(d.pop("signature", UNSET))

        def _parse_sec_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sec_key = _parse_sec_key(d.pop("sec_key", UNSET))

        def _parse_user_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_id = _parse_user_id(d.pop("user_id", UNSET))

        def _parse_job_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        job_id = _parse_job_id(d.pop("job_id", UNSET))

        def _parse_job_complete(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        job_complete = _parse_job_complete(d.pop("job_complete", UNSET))

        def _parse_job_success(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        job_success = _parse_job_success(d.pop("job_success", UNSET))

        def _parse_result(data: object) -> JobResult | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                result_type_0 = JobResult.from_dict(data)

                return result_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(JobResult | None | str | Unset, data)

        result = _parse_result(d.pop("result", UNSET))

        def _parse_image_links(data: object) -> ImageLinks | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                image_links_type_0 = ImageLinks.from_dict(data)

                return image_links_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ImageLinks | None | Unset, data)

        image_links = _parse_image_links(d.pop("image_links", UNSET))

        def _parse_code(data: object) -> int | ResultCode | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                code_type_0 = ResultCode(data)

                return code_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(int | ResultCode | str | Unset, data)

        code = _parse_code(d.pop("code", UNSET))

        def _parse_error(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        def _parse_history(data: object) -> list[JobHistoryEntry] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                history_type_0 = []
                _history_type_0 = data
                for history_type_0_item_data in _history_type_0:
                    history_type_0_item = JobHistoryEntry.from_dict(
                        history_type_0_item_data
                    )

                    history_type_0.append(history_type_0_item)

                return history_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[JobHistoryEntry] | None | Unset, data)

        history = _parse_history(d.pop("history", UNSET))

        job_status_response = cls(
            timestamp=timestamp,
            signature=signature,
            sec_key=sec_key,
            user_id=user_id,
            job_id=job_id,
            job_complete=job_complete,
            job_success=job_success,
            result=result,
            image_links=image_links,
            code=code,
            error=error,
            history=history,
        )

        job_status_response.additional_properties = d
        return job_status_response

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.job_actions import JobActions
    from ..models.partner_params import PartnerParams


T = TypeVar("T", bound="JobCallback")


@_attrs_define
class JobCallback:
    """Body that Smile ID POSTs to the partner's callback URL (the `jobResult` webhook): a result with the
    fields of `JobResult` plus `signature` and `timestamp`, verified like a job_status response. [I] Shape from
    Smile ID's callback docs and official SDKs; ID lookups add the `JobHistoryEntry` ID fields.

        Attributes:
            result_code (int | None | str | Unset): The job result code (e.g. "1210", "0814", "1012"); a string, but some
                payloads carry a number. Leading zeros matter, keep strings.
            result_text (None | str | Unset): A human readable result.
            result_type (None | str | Unset): The type of result (e.g. "SAIA", "DIVA", "ID Verification"). Generally SAIA
                makes the final decision; other algorithms might report a fatal error.
            smile_job_id (None | str | Unset): Smile ID's internal job id (a zero-padded number as a string); supply it when
                raising a support ticket.
            json_version (None | str | Unset): Version of the result JSON format.
            is_final_result (bool | None | str | Unset): Whether this is the final result of the job; a boolean or a string
                "true"/"false".
            partner_params (None | PartnerParams | Unset): The partner parameters of the job; should include the same
                user_id and job_id used in the request.
            confidence_value (float | None | str | Unset): A number representing Smile ID's confidence in the final
                determination (0-100); a number or a numeric string ("100", "97.000000").
            is_machine_result (bool | None | str | Unset): Whether the final status was set by a machine (not a human
                reviewer); a boolean or a string "true"/"false".
            source (None | str | Unset): The source of the job (e.g. the SDK or API that submitted it). From the official
                SDKs; not on the seed page.
            actions (JobActions | None | Unset): Outcome of each step of the job. From the official SDKs and callback docs;
                not on the seed page.
            dob (None | str | Unset): Date of birth returned by the ID authority, as given (e.g. "1990-01-01"); not
                guaranteed to be a date.
            id_type (None | str | Unset): The ID type that was verified (e.g. "BVN").
            country (None | str | Unset): The country of the ID, as given (e.g. "Nigeria").
            full_name (None | str | Unset): Full name returned by the ID authority.
            expiration_date (None | str | Unset): ID expiration date as given; may be free text such as "Not Available".
            id_number (None | str | Unset): The ID number that was verified.
            signature (None | str | Unset): Smile ID's signature of the callback, computed with the callback's `timestamp`
                (as for job_status responses).
            timestamp (int | str | Unset): The timestamp used for the callback's signature (ISO-8601 string; integer seconds
                for legacy sec_key).
            sec_key (None | str | Unset): Legacy signature sent instead of `signature` by legacy integrations.
    """

    result_code: int | None | str | Unset = UNSET
    result_text: None | str | Unset = UNSET
    result_type: None | str | Unset = UNSET
    smile_job_id: None | str | Unset = UNSET
    json_version: None | str | Unset = UNSET
    is_final_result: bool | None | str | Unset = UNSET
    partner_params: None | PartnerParams | Unset = UNSET
    confidence_value: float | None | str | Unset = UNSET
    is_machine_result: bool | None | str | Unset = UNSET
    source: None | str | Unset = UNSET
    actions: JobActions | None | Unset = UNSET
    dob: None | str | Unset = UNSET
    id_type: None | str | Unset = UNSET
    country: None | str | Unset = UNSET
    full_name: None | str | Unset = UNSET
    expiration_date: None | str | Unset = UNSET
    id_number: None | str | Unset = UNSET
    signature: None | str | Unset = UNSET
    timestamp: int | str | Unset = UNSET
    sec_key: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.job_actions import JobActions  # noqa: PLC0415
        from ..models.partner_params import PartnerParams  # noqa: PLC0415

        result_code: int | None | str | Unset
        if isinstance(self.result_code, Unset):
            result_code = UNSET
        else:
            result_code = self.result_code

        result_text: None | str | Unset
        if isinstance(self.result_text, Unset):
            result_text = UNSET
        else:
            result_text = self.result_text

        result_type: None | str | Unset
        if isinstance(self.result_type, Unset):
            result_type = UNSET
        else:
            result_type = self.result_type

        smile_job_id: None | str | Unset
        if isinstance(self.smile_job_id, Unset):
            smile_job_id = UNSET
        else:
            smile_job_id = self.smile_job_id

        json_version: None | str | Unset
        if isinstance(self.json_version, Unset):
            json_version = UNSET
        else:
            json_version = self.json_version

        is_final_result: bool | None | str | Unset
        if isinstance(self.is_final_result, Unset):
            is_final_result = UNSET
        else:
            is_final_result = self.is_final_result

        partner_params: dict[str, Any] | None | Unset
        if isinstance(self.partner_params, Unset):
            partner_params = UNSET
        elif isinstance(self.partner_params, PartnerParams):
            partner_params = self.partner_params.to_dict()
        else:
            partner_params = self.partner_params

        confidence_value: float | None | str | Unset
        if isinstance(self.confidence_value, Unset):
            confidence_value = UNSET
        else:
            confidence_value = self.confidence_value

        is_machine_result: bool | None | str | Unset
        if isinstance(self.is_machine_result, Unset):
            is_machine_result = UNSET
        else:
            is_machine_result = self.is_machine_result

        source: None | str | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        else:
            source = self.source

        actions: dict[str, Any] | None | Unset
        if isinstance(self.actions, Unset):
            actions = UNSET
        elif isinstance(self.actions, JobActions):
            actions = self.actions.to_dict()
        else:
            actions = self.actions

        dob: None | str | Unset
        if isinstance(self.dob, Unset):
            dob = UNSET
        else:
            dob = self.dob

        id_type: None | str | Unset
        if isinstance(self.id_type, Unset):
            id_type = UNSET
        else:
            id_type = self.id_type

        country: None | str | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        else:
            country = self.country

        full_name: None | str | Unset
        if isinstance(self.full_name, Unset):
            full_name = UNSET
        else:
            full_name = self.full_name

        expiration_date: None | str | Unset
        if isinstance(self.expiration_date, Unset):
            expiration_date = UNSET
        else:
            expiration_date = self.expiration_date

        id_number: None | str | Unset
        if isinstance(self.id_number, Unset):
            id_number = UNSET
        else:
            id_number = self.id_number

        signature: None | str | Unset
        if isinstance(self.signature, Unset):
            signature = UNSET
        else:
            signature = self.signature

        timestamp: int | str | Unset
        if isinstance(self.timestamp, Unset):
            timestamp = UNSET
        else:
            timestamp = self.timestamp

        sec_key: None | str | Unset
        if isinstance(self.sec_key, Unset):
            sec_key = UNSET
        else:
            sec_key = self.sec_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if result_code is not UNSET:
            field_dict["ResultCode"] = result_code
        if result_text is not UNSET:
            field_dict["ResultText"] = result_text
        if result_type is not UNSET:
            field_dict["ResultType"] = result_type
        if smile_job_id is not UNSET:
            field_dict["SmileJobID"] = smile_job_id
        if json_version is not UNSET:
            field_dict["JSONVersion"] = json_version
        if is_final_result is not UNSET:
            field_dict["IsFinalResult"] = is_final_result
        if partner_params is not UNSET:
            field_dict["PartnerParams"] = partner_params
        if confidence_value is not UNSET:
            field_dict["ConfidenceValue"] = confidence_value
        if is_machine_result is not UNSET:
            field_dict["IsMachineResult"] = is_machine_result
        if source is not UNSET:
            field_dict["Source"] = source
        if actions is not UNSET:
            field_dict["Actions"] = actions
        if dob is not UNSET:
            field_dict["DOB"] = dob
        if id_type is not UNSET:
            field_dict["IDType"] = id_type
        if country is not UNSET:
            field_dict["Country"] = country
        if full_name is not UNSET:
            field_dict["FullName"] = full_name
        if expiration_date is not UNSET:
            field_dict["ExpirationDate"] = expiration_date
        if id_number is not UNSET:
            field_dict["IDNumber"] = id_number
        if signature is not UNSET:
            field_dict["signature"] = signature
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if sec_key is not UNSET:
            field_dict["sec_key"] = sec_key

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.job_actions import JobActions  # noqa: PLC0415
        from ..models.partner_params import PartnerParams  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_result_code(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        result_code = _parse_result_code(d.pop("ResultCode", UNSET))

        def _parse_result_text(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        result_text = _parse_result_text(d.pop("ResultText", UNSET))

        def _parse_result_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        result_type = _parse_result_type(d.pop("ResultType", UNSET))

        def _parse_smile_job_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        smile_job_id = _parse_smile_job_id(d.pop("SmileJobID", UNSET))

        def _parse_json_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        json_version = _parse_json_version(d.pop("JSONVersion", UNSET))

        def _parse_is_final_result(data: object) -> bool | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | str | Unset, data)

        is_final_result = _parse_is_final_result(d.pop("IsFinalResult", UNSET))

        def _parse_partner_params(data: object) -> None | PartnerParams | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                partner_params_type_0 = PartnerParams.from_dict(data)

                return partner_params_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PartnerParams | Unset, data)

        partner_params = _parse_partner_params(d.pop("PartnerParams", UNSET))

        def _parse_confidence_value(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        confidence_value = _parse_confidence_value(d.pop("ConfidenceValue", UNSET))

        def _parse_is_machine_result(data: object) -> bool | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | str | Unset, data)

        is_machine_result = _parse_is_machine_result(d.pop("IsMachineResult", UNSET))

        def _parse_source(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        source = _parse_source(d.pop("Source", UNSET))

        def _parse_actions(data: object) -> JobActions | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                actions_type_0 = JobActions.from_dict(data)

                return actions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(JobActions | None | Unset, data)

        actions = _parse_actions(d.pop("Actions", UNSET))

        def _parse_dob(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        dob = _parse_dob(d.pop("DOB", UNSET))

        def _parse_id_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id_type = _parse_id_type(d.pop("IDType", UNSET))

        def _parse_country(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        country = _parse_country(d.pop("Country", UNSET))

        def _parse_full_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        full_name = _parse_full_name(d.pop("FullName", UNSET))

        def _parse_expiration_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        expiration_date = _parse_expiration_date(d.pop("ExpirationDate", UNSET))

        def _parse_id_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id_number = _parse_id_number(d.pop("IDNumber", UNSET))

        def _parse_signature(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        signature = _parse_signature(d.pop("signature", UNSET))

        def _parse_timestamp(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        timestamp = _parse_timestamp(d.pop("timestamp", UNSET))

        def _parse_sec_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sec_key = _parse_sec_key(d.pop("sec_key", UNSET))

        job_callback = cls(
            result_code=result_code,
            result_text=result_text,
            result_type=result_type,
            smile_job_id=smile_job_id,
            json_version=json_version,
            is_final_result=is_final_result,
            partner_params=partner_params,
            confidence_value=confidence_value,
            is_machine_result=is_machine_result,
            source=source,
            actions=actions,
            dob=dob,
            id_type=id_type,
            country=country,
            full_name=full_name,
            expiration_date=expiration_date,
            id_number=id_number,
            signature=signature,
            timestamp=timestamp,
            sec_key=sec_key,
        )

        job_callback.additional_properties = d
        return job_callback

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

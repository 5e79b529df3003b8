from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="JobActions")


@_attrs_define
class JobActions:
    """Per-step outcomes of a job (e.g. "Passed", "Approved", "Returned", "Not Applicable"). Keys from the official
    Android SDK and the callback docs; open: any other step is kept.

        Attributes:
            human_review_compare (None | str | Unset): Outcome of the human review of the face comparison.
            human_review_liveness_check (None | str | Unset): Outcome of the human review of the liveness check.
            human_review_selfie_check (None | str | Unset): Outcome of the human review of the selfie check.
            human_review_update_selfie (None | str | Unset): Outcome of the human review of a selfie update.
            liveness_check (None | str | Unset): Outcome of the liveness check.
            selfie_check (None | str | Unset): Outcome of the selfie check.
            register_selfie (None | str | Unset): Outcome of the selfie registration.
            return_personal_info (None | str | Unset): Whether personal information was returned.
            selfie_provided (None | str | Unset): Whether a selfie was provided.
            selfie_to_id_authority_compare (None | str | Unset): Outcome of comparing the selfie with the ID authority's
                photo.
            selfie_to_id_card_compare (None | str | Unset): Outcome of comparing the selfie with the photo on the ID card.
            verify_id_number (None | str | Unset): Outcome of the ID number verification.
    """

    human_review_compare: None | str | Unset = UNSET
    human_review_liveness_check: None | str | Unset = UNSET
    human_review_selfie_check: None | str | Unset = UNSET
    human_review_update_selfie: None | str | Unset = UNSET
    liveness_check: None | str | Unset = UNSET
    selfie_check: None | str | Unset = UNSET
    register_selfie: None | str | Unset = UNSET
    return_personal_info: None | str | Unset = UNSET
    selfie_provided: None | str | Unset = UNSET
    selfie_to_id_authority_compare: None | str | Unset = UNSET
    selfie_to_id_card_compare: None | str | Unset = UNSET
    verify_id_number: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        human_review_compare: None | str | Unset
        if isinstance(self.human_review_compare, Unset):
            human_review_compare = UNSET
        else:
            human_review_compare = self.human_review_compare

        human_review_liveness_check: None | str | Unset
        if isinstance(self.human_review_liveness_check, Unset):
            human_review_liveness_check = UNSET
        else:
            human_review_liveness_check = self.human_review_liveness_check

        human_review_selfie_check: None | str | Unset
        if isinstance(self.human_review_selfie_check, Unset):
            human_review_selfie_check = UNSET
        else:
            human_review_selfie_check = self.human_review_selfie_check

        human_review_update_selfie: None | str | Unset
        if isinstance(self.human_review_update_selfie, Unset):
            human_review_update_selfie = UNSET
        else:
            human_review_update_selfie = self.human_review_update_selfie

        liveness_check: None | str | Unset
        if isinstance(self.liveness_check, Unset):
            liveness_check = UNSET
        else:
            liveness_check = self.liveness_check

        selfie_check: None | str | Unset
        if isinstance(self.selfie_check, Unset):
            selfie_check = UNSET
        else:
            selfie_check = self.selfie_check

        register_selfie: None | str | Unset
        if isinstance(self.register_selfie, Unset):
            register_selfie = UNSET
        else:
            register_selfie = self.register_selfie

        return_personal_info: None | str | Unset
        if isinstance(self.return_personal_info, Unset):
            return_personal_info = UNSET
        else:
            return_personal_info = self.return_personal_info

        selfie_provided: None | str | Unset
        if isinstance(self.selfie_provided, Unset):
            selfie_provided = UNSET
        else:
            selfie_provided = self.selfie_provided

        selfie_to_id_authority_compare: None | str | Unset
        if isinstance(self.selfie_to_id_authority_compare, Unset):
            selfie_to_id_authority_compare = UNSET
        else:
            selfie_to_id_authority_compare = self.selfie_to_id_authority_compare

        selfie_to_id_card_compare: None | str | Unset
        if isinstance(self.selfie_to_id_card_compare, Unset):
            selfie_to_id_card_compare = UNSET
        else:
            selfie_to_id_card_compare = self.selfie_to_id_card_compare

        verify_id_number: None | str | Unset
        if isinstance(self.verify_id_number, Unset):
            verify_id_number = UNSET
        else:
            verify_id_number = self.verify_id_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if human_review_compare is not UNSET:
            field_dict["Human_Review_Compare"] = human_review_compare
        if human_review_liveness_check is not UNSET:
            field_dict["Human_Review_Liveness_Check"] = human_review_liveness_check
        if human_review_selfie_check is not UNSET:
            field_dict["Human_Review_Selfie_Check"] = human_review_selfie_check
        if human_review_update_selfie is not UNSET:
            field_dict["Human_Review_Update_Selfie"] = human_review_update_selfie
        if liveness_check is not UNSET:
            field_dict["Liveness_Check"] = liveness_check
        if selfie_check is not UNSET:
            field_dict["Selfie_Check"] = selfie_check
        if register_selfie is not UNSET:
            field_dict["Register_Selfie"] = register_selfie
        if return_personal_info is not UNSET:
            field_dict["Return_Personal_Info"] = return_personal_info
        if selfie_provided is not UNSET:
            field_dict["Selfie_Provided"] = selfie_provided
        if selfie_to_id_authority_compare is not UNSET:
            field_dict["Selfie_To_ID_Authority_Compare"] = (
                selfie_to_id_authority_compare
            )
        if selfie_to_id_card_compare is not UNSET:
            field_dict["Selfie_To_ID_Card_Compare"] = selfie_to_id_card_compare
        if verify_id_number is not UNSET:
            field_dict["Verify_ID_Number"] = verify_id_number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_human_review_compare(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        human_review_compare = _parse_human_review_compare(
            d.pop("Human_Review_Compare", UNSET)
        )

        def _parse_human_review_liveness_check(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        human_review_liveness_check = _parse_human_review_liveness_check(
            d.pop("Human_Review_Liveness_Check", UNSET)
        )

        def _parse_human_review_selfie_check(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        human_review_selfie_check = _parse_human_review_selfie_check(
            d.pop("Human_Review_Selfie_Check", UNSET)
        )

        def _parse_human_review_update_selfie(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        human_review_update_selfie = _parse_human_review_update_selfie(
            d.pop("Human_Review_Update_Selfie", UNSET)
        )

        def _parse_liveness_check(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        liveness_check = _parse_liveness_check(d.pop("Liveness_Check", UNSET))

        def _parse_selfie_check(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        selfie_check = _parse_selfie_check(d.pop("Selfie_Check", UNSET))

        def _parse_register_selfie(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        register_selfie = _parse_register_selfie(d.pop("Register_Selfie", UNSET))

        def _parse_return_personal_info(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        return_personal_info = _parse_return_personal_info(
            d.pop("Return_Personal_Info", UNSET)
        )

        def _parse_selfie_provided(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        selfie_provided = _parse_selfie_provided(d.pop("Selfie_Provided", UNSET))

        def _parse_selfie_to_id_authority_compare(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        selfie_to_id_authority_compare = _parse_selfie_to_id_authority_compare(
            d.pop("Selfie_To_ID_Authority_Compare", UNSET)
        )

        def _parse_selfie_to_id_card_compare(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        selfie_to_id_card_compare = _parse_selfie_to_id_card_compare(
            d.pop("Selfie_To_ID_Card_Compare", UNSET)
        )

        def _parse_verify_id_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        verify_id_number = _parse_verify_id_number(d.pop("Verify_ID_Number", UNSET))

        job_actions = cls(
            human_review_compare=human_review_compare,
            human_review_liveness_check=human_review_liveness_check,
            human_review_selfie_check=human_review_selfie_check,
            human_review_update_selfie=human_review_update_selfie,
            liveness_check=liveness_check,
            selfie_check=selfie_check,
            register_selfie=register_selfie,
            return_personal_info=return_personal_info,
            selfie_provided=selfie_provided,
            selfie_to_id_authority_compare=selfie_to_id_authority_compare,
            selfie_to_id_card_compare=selfie_to_id_card_compare,
            verify_id_number=verify_id_number,
        )

        job_actions.additional_properties = d
        return job_actions

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.image_detection_result_ad_detail import ImageDetectionResultAdDetail
    from ..models.image_detection_result_detail_politics import (
        ImageDetectionResultDetailPolitics,
    )
    from ..models.image_detection_result_simple_detail import (
        ImageDetectionResultSimpleDetail,
    )


T = TypeVar("T", bound="ImageDetectionResultDetail")


@_attrs_define
class ImageDetectionResultDetail:
    """Detection results per scenario (Huawei `ImageDetectionResultDetail`): each scenario has a list of `{confidence,
    label, ...}` entries. Scenarios added later are kept in `additional_properties` as raw JSON.

        Attributes:
            politics (list[ImageDetectionResultDetailPolitics] | Unset): Politically sensitive persons detected.
            porn (list[ImageDetectionResultSimpleDetail] | Unset): Pornography detection results.
            terrorism (list[ImageDetectionResultSimpleDetail] | Unset): Politics / terrorism element detection results.
            ad (list[ImageDetectionResultAdDetail] | Unset): Advertisement and image-text detection results.
    """

    politics: list[ImageDetectionResultDetailPolitics] | Unset = UNSET
    porn: list[ImageDetectionResultSimpleDetail] | Unset = UNSET
    terrorism: list[ImageDetectionResultSimpleDetail] | Unset = UNSET
    ad: list[ImageDetectionResultAdDetail] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        politics: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.politics, Unset):
            politics = []
            for politics_item_data in self.politics:
                politics_item = politics_item_data.to_dict()
                politics.append(politics_item)

        porn: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.porn, Unset):
            porn = []
            for porn_item_data in self.porn:
                porn_item = porn_item_data.to_dict()
                porn.append(porn_item)

        terrorism: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.terrorism, Unset):
            terrorism = []
            for terrorism_item_data in self.terrorism:
                terrorism_item = terrorism_item_data.to_dict()
                terrorism.append(terrorism_item)

        ad: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.ad, Unset):
            ad = []
            for ad_item_data in self.ad:
                ad_item = ad_item_data.to_dict()
                ad.append(ad_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if politics is not UNSET:
            field_dict["politics"] = politics
        if porn is not UNSET:
            field_dict["porn"] = porn
        if terrorism is not UNSET:
            field_dict["terrorism"] = terrorism
        if ad is not UNSET:
            field_dict["ad"] = ad

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.image_detection_result_ad_detail import (
            ImageDetectionResultAdDetail,  # noqa: PLC0415
        )
        from ..models.image_detection_result_detail_politics import (
            ImageDetectionResultDetailPolitics,  # noqa: PLC0415
        )
        from ..models.image_detection_result_simple_detail import (
            ImageDetectionResultSimpleDetail,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _politics = d.pop("politics", UNSET)
        politics: list[ImageDetectionResultDetailPolitics] | Unset = UNSET
        if _politics is not UNSET:
            politics = []
            for politics_item_data in _politics:
                politics_item = ImageDetectionResultDetailPolitics.from_dict(
                    politics_item_data
                )

                politics.append(politics_item)

        _porn = d.pop("porn", UNSET)
        porn: list[ImageDetectionResultSimpleDetail] | Unset = UNSET
        if _porn is not UNSET:
            porn = []
            for porn_item_data in _porn:
                porn_item = ImageDetectionResultSimpleDetail.from_dict(porn_item_data)

                porn.append(porn_item)

        _terrorism = d.pop("terrorism", UNSET)
        terrorism: list[ImageDetectionResultSimpleDetail] | Unset = UNSET
        if _terrorism is not UNSET:
            terrorism = []
            for terrorism_item_data in _terrorism:
                terrorism_item = ImageDetectionResultSimpleDetail.from_dict(
                    terrorism_item_data
                )

                terrorism.append(terrorism_item)

        _ad = d.pop("ad", UNSET)
        ad: list[ImageDetectionResultAdDetail] | Unset = UNSET
        if _ad is not UNSET:
            ad = []
            for ad_item_data in _ad:
                ad_item = ImageDetectionResultAdDetail.from_dict(ad_item_data)

                ad.append(ad_item)

        image_detection_result_detail = cls(
            politics=politics,
            porn=porn,
            terrorism=terrorism,
            ad=ad,
        )

        image_detection_result_detail.additional_properties = d
        return image_detection_result_detail

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

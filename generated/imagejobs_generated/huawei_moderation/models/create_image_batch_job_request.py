from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ad_category import AdCategory
from ..models.image_moderation_category import ImageModerationCategory
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateImageBatchJobRequest")


@_attrs_define
class CreateImageBatchJobRequest:
    """Body of `createImageBatchJob` (Huawei `TaskSumbitReq`).

    Attributes:
        urls (list[str]): Image URLs to moderate (1 to 500): public HTTP/HTTPS URLs or Huawei Cloud OBS URLs (OBS data
            needs authorization: service, temporary or anonymous public). The call fails if downloading the images takes too
            long; Huawei recommends OBS.
        categories (list[ImageModerationCategory | str] | Unset): Moderation scenarios (`politics`, `terrorism`,
            `porn`). Empty or absent: `politics` and `terrorism` are checked (not `porn`).
        moderation_rule (str | Unset): Name of the moderation rule configured in the console (Huawei "Configuring
            Moderation Rules"); default `default`. Default: 'default'.
        ad_categories (list[AdCategory | str] | Unset): Image-text moderation scenarios, effective when `categories`
            contains `ad`: system scenarios (`qr_code`, `politics`, `porn`, `ad`, `abuse`, `contraband`) or names of custom
            blocklist dictionaries. From the official SDK (`TaskSumbitReq.ad_categories`).
        show_ocr_text (bool | Unset): Whether to return the OCR text recognised in each image (`ocr_text` of the result
            items).
    """

    urls: list[str]
    categories: list[ImageModerationCategory | str] | Unset = UNSET
    moderation_rule: str | Unset = "default"
    ad_categories: list[AdCategory | str] | Unset = UNSET
    show_ocr_text: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        urls = self.urls

        categories: list[str] | Unset = UNSET
        if not isinstance(self.categories, Unset):
            categories = []
            for categories_item_data in self.categories:
                categories_item: str
                if isinstance(categories_item_data, ImageModerationCategory):
                    categories_item = categories_item_data.value
                else:
                    categories_item = categories_item_data
                categories.append(categories_item)

        moderation_rule = self.moderation_rule

        ad_categories: list[str] | Unset = UNSET
        if not isinstance(self.ad_categories, Unset):
            ad_categories = []
            for ad_categories_item_data in self.ad_categories:
                ad_categories_item: str
                if isinstance(ad_categories_item_data, AdCategory):
                    ad_categories_item = ad_categories_item_data.value
                else:
                    ad_categories_item = ad_categories_item_data
                ad_categories.append(ad_categories_item)

        show_ocr_text = self.show_ocr_text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "urls": urls,
            }
        )
        if categories is not UNSET:
            field_dict["categories"] = categories
        if moderation_rule is not UNSET:
            field_dict["moderation_rule"] = moderation_rule
        if ad_categories is not UNSET:
            field_dict["ad_categories"] = ad_categories
        if show_ocr_text is not UNSET:
            field_dict["show_ocr_text"] = show_ocr_text

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        urls = cast(list[str], d.pop("urls"))

        _categories = d.pop("categories", UNSET)
        categories: list[ImageModerationCategory | str] | Unset = UNSET
        if _categories is not UNSET:
            categories = []
            for categories_item_data in _categories:

                def _parse_categories_item(
                    data: object,
                ) -> ImageModerationCategory | str:
                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        categories_item_type_0 = ImageModerationCategory(data)

                        return categories_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(ImageModerationCategory | str, data)

                categories_item = _parse_categories_item(categories_item_data)

                categories.append(categories_item)

        moderation_rule = d.pop("moderation_rule", UNSET)

        _ad_categories = d.pop("ad_categories", UNSET)
        ad_categories: list[AdCategory | str] | Unset = UNSET
        if _ad_categories is not UNSET:
            ad_categories = []
            for ad_categories_item_data in _ad_categories:

                def _parse_ad_categories_item(data: object) -> AdCategory | str:
                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        ad_categories_item_type_0 = AdCategory(data)

                        return ad_categories_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(AdCategory | str, data)

                ad_categories_item = _parse_ad_categories_item(ad_categories_item_data)

                ad_categories.append(ad_categories_item)

        show_ocr_text = d.pop("show_ocr_text", UNSET)

        create_image_batch_job_request = cls(
            urls=urls,
            categories=categories,
            moderation_rule=moderation_rule,
            ad_categories=ad_categories,
            show_ocr_text=show_ocr_text,
        )

        create_image_batch_job_request.additional_properties = d
        return create_image_batch_job_request

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.moderation_suggestion import ModerationSuggestion
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.category_suggestions import CategorySuggestions
    from ..models.image_detection_result_detail import ImageDetectionResultDetail


T = TypeVar("T", bound="CheckResultItemsBody")


@_attrs_define
class CheckResultItemsBody:
    """Moderation result of one image (Huawei `CheckResultItemsBody`). An image that could not be moderated carries
    `error_code` and `error_msg`; the batch job itself does not fail because of it.

        Attributes:
            url (str | Unset): URL of the image.
            suggestion (ModerationSuggestion | str | Unset): Overall verdict: `block`, `pass` or `review`. When several
                scenarios are checked the most severe wins: any `block` gives `block`, all `pass` gives `pass`, otherwise
                `review`.
            detail (ImageDetectionResultDetail | None | Unset): Per-scenario detection results (Huawei
                `ImageDetectionResultDetail`). `null` accepted ([I]).
            category_suggestions (CategorySuggestions | None | Unset): Verdict per scenario (scenario name ->
                `block`/`pass`/`review`). `null` accepted ([I]).
            ocr_text (str | Unset): Text recognised in the image (OCR), returned when `show_ocr_text` was true.
            error_code (str | Unset): Error code when this image could not be moderated (open string, e.g. an `AIS.*` code).
            error_msg (str | Unset): Error message when this image could not be moderated.
    """

    url: str | Unset = UNSET
    suggestion: ModerationSuggestion | str | Unset = UNSET
    detail: ImageDetectionResultDetail | None | Unset = UNSET
    category_suggestions: CategorySuggestions | None | Unset = UNSET
    ocr_text: str | Unset = UNSET
    error_code: str | Unset = UNSET
    error_msg: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.category_suggestions import CategorySuggestions  # noqa: PLC0415
        from ..models.image_detection_result_detail import ImageDetectionResultDetail  # noqa: PLC0415

        url = self.url

        suggestion: str | Unset
        if isinstance(self.suggestion, Unset):
            suggestion = UNSET
        elif isinstance(self.suggestion, ModerationSuggestion):
            suggestion = self.suggestion.value
        else:
            suggestion = self.suggestion

        detail: dict[str, Any] | None | Unset
        if isinstance(self.detail, Unset):
            detail = UNSET
        elif isinstance(self.detail, ImageDetectionResultDetail):
            detail = self.detail.to_dict()
        else:
            detail = self.detail

        category_suggestions: dict[str, Any] | None | Unset
        if isinstance(self.category_suggestions, Unset):
            category_suggestions = UNSET
        elif isinstance(self.category_suggestions, CategorySuggestions):
            category_suggestions = self.category_suggestions.to_dict()
        else:
            category_suggestions = self.category_suggestions

        ocr_text = self.ocr_text

        error_code = self.error_code

        error_msg = self.error_msg

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if url is not UNSET:
            field_dict["url"] = url
        if suggestion is not UNSET:
            field_dict["suggestion"] = suggestion
        if detail is not UNSET:
            field_dict["detail"] = detail
        if category_suggestions is not UNSET:
            field_dict["category_suggestions"] = category_suggestions
        if ocr_text is not UNSET:
            field_dict["ocr_text"] = ocr_text
        if error_code is not UNSET:
            field_dict["error_code"] = error_code
        if error_msg is not UNSET:
            field_dict["error_msg"] = error_msg

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.category_suggestions import CategorySuggestions  # noqa: PLC0415
        from ..models.image_detection_result_detail import ImageDetectionResultDetail  # noqa: PLC0415

        d = dict(src_dict)
        url = d.pop("url", UNSET)

        def _parse_suggestion(data: object) -> ModerationSuggestion | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                suggestion_type_0 = ModerationSuggestion(data)

                return suggestion_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ModerationSuggestion | str | Unset, data)

        suggestion = _parse_suggestion(d.pop("suggestion", UNSET))

        def _parse_detail(data: object) -> ImageDetectionResultDetail | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                detail_type_0 = ImageDetectionResultDetail.from_dict(data)

                return detail_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ImageDetectionResultDetail | None | Unset, data)

        detail = _parse_detail(d.pop("detail", UNSET))

        def _parse_category_suggestions(
            data: object,
        ) -> CategorySuggestions | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                category_suggestions_type_0 = CategorySuggestions.from_dict(data)

                return category_suggestions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CategorySuggestions | None | Unset, data)

        category_suggestions = _parse_category_suggestions(
            d.pop("category_suggestions", UNSET)
        )

        ocr_text = d.pop("ocr_text", UNSET)

        error_code = d.pop("error_code", UNSET)

        error_msg = d.pop("error_msg", UNSET)

        check_result_items_body = cls(
            url=url,
            suggestion=suggestion,
            detail=detail,
            category_suggestions=category_suggestions,
            ocr_text=ocr_text,
            error_code=error_code,
            error_msg=error_msg,
        )

        check_result_items_body.additional_properties = d
        return check_result_items_body

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

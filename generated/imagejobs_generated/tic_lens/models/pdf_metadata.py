from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PdfMetadata")


@_attrs_define
class PdfMetadata:
    """PDF document properties.

    Attributes:
        creator (None | str | Unset): Application that created the original document.
        producer (None | str | Unset): Application that produced the PDF.
        author (None | str | Unset): Document author.
        title (None | str | Unset): Document title.
        subject (None | str | Unset): Document subject.
        keywords (None | str | Unset): Document keywords.
        create_date (None | str | Unset): Creation date as stored in the PDF (a string).
        modify_date (None | str | Unset): Modification date as stored in the PDF (a string).
        page_count (int | None | Unset): Number of pages.
        pages_rendered (int | None | Unset): Number of pages rendered for analysis.
        embedded_images (int | None | Unset): Number of embedded images.
        pdf_version (None | str | Unset): PDF version.
        has_incremental_saves (bool | None | Unset): Whether the PDF has incremental saves (was modified after
            creation).
    """

    creator: None | str | Unset = UNSET
    producer: None | str | Unset = UNSET
    author: None | str | Unset = UNSET
    title: None | str | Unset = UNSET
    subject: None | str | Unset = UNSET
    keywords: None | str | Unset = UNSET
    create_date: None | str | Unset = UNSET
    modify_date: None | str | Unset = UNSET
    page_count: int | None | Unset = UNSET
    pages_rendered: int | None | Unset = UNSET
    embedded_images: int | None | Unset = UNSET
    pdf_version: None | str | Unset = UNSET
    has_incremental_saves: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        creator: None | str | Unset
        if isinstance(self.creator, Unset):
            creator = UNSET
        else:
            creator = self.creator

        producer: None | str | Unset
        if isinstance(self.producer, Unset):
            producer = UNSET
        else:
            producer = self.producer

        author: None | str | Unset
        if isinstance(self.author, Unset):
            author = UNSET
        else:
            author = self.author

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        subject: None | str | Unset
        if isinstance(self.subject, Unset):
            subject = UNSET
        else:
            subject = self.subject

        keywords: None | str | Unset
        if isinstance(self.keywords, Unset):
            keywords = UNSET
        else:
            keywords = self.keywords

        create_date: None | str | Unset
        if isinstance(self.create_date, Unset):
            create_date = UNSET
        else:
            create_date = self.create_date

        modify_date: None | str | Unset
        if isinstance(self.modify_date, Unset):
            modify_date = UNSET
        else:
            modify_date = self.modify_date

        page_count: int | None | Unset
        if isinstance(self.page_count, Unset):
            page_count = UNSET
        else:
            page_count = self.page_count

        pages_rendered: int | None | Unset
        if isinstance(self.pages_rendered, Unset):
            pages_rendered = UNSET
        else:
            pages_rendered = self.pages_rendered

        embedded_images: int | None | Unset
        if isinstance(self.embedded_images, Unset):
            embedded_images = UNSET
        else:
            embedded_images = self.embedded_images

        pdf_version: None | str | Unset
        if isinstance(self.pdf_version, Unset):
            pdf_version = UNSET
        else:
            pdf_version = self.pdf_version

        has_incremental_saves: bool | None | Unset
        if isinstance(self.has_incremental_saves, Unset):
            has_incremental_saves = UNSET
        else:
            has_incremental_saves = self.has_incremental_saves

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if creator is not UNSET:
            field_dict["creator"] = creator
        if producer is not UNSET:
            field_dict["producer"] = producer
        if author is not UNSET:
            field_dict["author"] = author
        if title is not UNSET:
            field_dict["title"] = title
        if subject is not UNSET:
            field_dict["subject"] = subject
        if keywords is not UNSET:
            field_dict["keywords"] = keywords
        if create_date is not UNSET:
            field_dict["createDate"] = create_date
        if modify_date is not UNSET:
            field_dict["modifyDate"] = modify_date
        if page_count is not UNSET:
            field_dict["pageCount"] = page_count
        if pages_rendered is not UNSET:
            field_dict["pagesRendered"] = pages_rendered
        if embedded_images is not UNSET:
            field_dict["embeddedImages"] = embedded_images
        if pdf_version is not UNSET:
            field_dict["pdfVersion"] = pdf_version
        if has_incremental_saves is not UNSET:
            field_dict["hasIncrementalSaves"] = has_incremental_saves

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_creator(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        creator = _parse_creator(d.pop("creator", UNSET))

        def _parse_producer(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        producer = _parse_producer(d.pop("producer", UNSET))

        def _parse_author(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        author = _parse_author(d.pop("author", UNSET))

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        def _parse_subject(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        subject = _parse_subject(d.pop("subject", UNSET))

        def _parse_keywords(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        keywords = _parse_keywords(d.pop("keywords", UNSET))

        def _parse_create_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        create_date = _parse_create_date(d.pop("createDate", UNSET))

        def _parse_modify_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        modify_date = _parse_modify_date(d.pop("modifyDate", UNSET))

        def _parse_page_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        page_count = _parse_page_count(d.pop("pageCount", UNSET))

        def _parse_pages_rendered(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        pages_rendered = _parse_pages_rendered(d.pop("pagesRendered", UNSET))

        def _parse_embedded_images(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        embedded_images = _parse_embedded_images(d.pop("embeddedImages", UNSET))

        def _parse_pdf_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pdf_version = _parse_pdf_version(d.pop("pdfVersion", UNSET))

        def _parse_has_incremental_saves(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        has_incremental_saves = _parse_has_incremental_saves(
            d.pop("hasIncrementalSaves", UNSET)
        )

        pdf_metadata = cls(
            creator=creator,
            producer=producer,
            author=author,
            title=title,
            subject=subject,
            keywords=keywords,
            create_date=create_date,
            modify_date=modify_date,
            page_count=page_count,
            pages_rendered=pages_rendered,
            embedded_images=embedded_images,
            pdf_version=pdf_version,
            has_incremental_saves=has_incremental_saves,
        )

        pdf_metadata.additional_properties = d
        return pdf_metadata

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

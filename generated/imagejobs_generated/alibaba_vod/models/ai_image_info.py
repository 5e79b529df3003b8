from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ai_image_format import AIImageFormat
from ..types import UNSET, Unset

T = TypeVar("T", bound="AIImageInfo")


@_attrs_define
class AIImageInfo:
    """The details of one AI image file (`ListAIImageInfo`).

    Attributes:
        creation_time (str | Unset): The time when the file was created. The time follows the ISO 8601 standard in the
            `yyyy-MM-ddTHH:mm:ssZ` format and is displayed in UTC. Kept as a string; the normalizer parses it.
        ai_image_info_id (str | Unset): The ID of the image information.
        file_url (str | Unset): The URL of the image file, signed (it carries an `auth_key` when URL signing is
            enabled).
        version (str | Unset): The ID of the data version.
        video_id (str | Unset): The ID of the video.
        job_id (str | Unset): The ID of the image AI processing job that produced the image.
        score (str | Unset): The score of the image, a decimal number carried as a string (documented as string here,
            whereas the scores inside `AIImageJob.AIImageResult` are JSON numbers).
        format_ (AIImageFormat | str | Unset): The format of the image. Documented values: `gif`, `png`. A value the
            vendor adds later is kept as a plain string.
    """

    creation_time: str | Unset = UNSET
    ai_image_info_id: str | Unset = UNSET
    file_url: str | Unset = UNSET
    version: str | Unset = UNSET
    video_id: str | Unset = UNSET
    job_id: str | Unset = UNSET
    score: str | Unset = UNSET
    format_: AIImageFormat | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        creation_time = self.creation_time

        ai_image_info_id = self.ai_image_info_id

        file_url = self.file_url

        version = self.version

        video_id = self.video_id

        job_id = self.job_id

        score = self.score

        format_: str | Unset
        if isinstance(self.format_, Unset):
            format_ = UNSET
        elif isinstance(self.format_, AIImageFormat):
            format_ = self.format_.value
        else:
            format_ = self.format_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if creation_time is not UNSET:
            field_dict["CreationTime"] = creation_time
        if ai_image_info_id is not UNSET:
            field_dict["AIImageInfoId"] = ai_image_info_id
        if file_url is not UNSET:
            field_dict["FileURL"] = file_url
        if version is not UNSET:
            field_dict["Version"] = version
        if video_id is not UNSET:
            field_dict["VideoId"] = video_id
        if job_id is not UNSET:
            field_dict["JobId"] = job_id
        if score is not UNSET:
            field_dict["Score"] = score
        if format_ is not UNSET:
            field_dict["Format"] = format_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        creation_time = d.pop("CreationTime", UNSET)

        ai_image_info_id = d.pop("AIImageInfoId", UNSET)

        file_url = d.pop("FileURL", UNSET)

        version = d.pop("Version", UNSET)

        video_id = d.pop("VideoId", UNSET)

        job_id = d.pop("JobId", UNSET)

        score = d.pop("Score", UNSET)

        def _parse_format_(data: object) -> AIImageFormat | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                format_type_0 = AIImageFormat(data)

                return format_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AIImageFormat | str | Unset, data)

        format_ = _parse_format_(d.pop("Format", UNSET))

        ai_image_info = cls(
            creation_time=creation_time,
            ai_image_info_id=ai_image_info_id,
            file_url=file_url,
            version=version,
            video_id=video_id,
            job_id=job_id,
            score=score,
            format_=format_,
        )

        ai_image_info.additional_properties = d
        return ai_image_info

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ai_image_job_status import AIImageJobStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="AIImageJob")


@_attrs_define
class AIImageJob:
    """The information about the image AI processing job (seed page, `AIImageJob`).

    Attributes:
        status (AIImageJobStatus | str | Unset): The status of the job. Documented values: `success`, `fail`. A value
            the vendor adds later is kept as a plain string.
        creation_time (str | Unset): The time when the image AI processing job was created. The time follows the ISO
            8601 standard in the `yyyy-MM-ddTHH:mm:ssZ` format and is displayed in UTC. Kept as a string; the normalizer
            parses it.
        ai_image_result (str | Unset): The Object Storage Service (OSS) URLs of the image files, as a JSON document
            encoded in a string: an array of objects `{Score, Url}` (see `AIImageResultItem`; shape from the seed example).
            The normalizer decodes it. The URLs do not include the complete authentication information: generate a signed
            URL, or call `ListAIImageInfo` to obtain usable image URLs.
        video_id (str | Unset): The ID of the video.
        job_id (str | Unset): The ID of the image AI processing job.
        user_data (str | Unset): The user data, a JSON document encoded in a string (the normalizer decodes it): the
            `MessageCallback` or `Extend` parameter given at submission, at most 512 bytes. See the "UserData: specifies the
            custom configurations for media upload" section of the vendor's Request parameters topic.
        code (str | Unset): The error code of the job (`Success` for a successful job). An open string: the vendor does
            not list the values.
        message (str | Unset): The error message of the job (`success` for a successful job).
        template_config (str | Unset): The configuration of the AI template that was used to submit the job, a JSON
            document encoded in a string (for example `{"Format":"gif","SetDefaultCover":"true"}`). The normalizer decodes
            it.
        template_id (str | Unset): The ID of the AI template.
    """

    status: AIImageJobStatus | str | Unset = UNSET
    creation_time: str | Unset = UNSET
    ai_image_result: str | Unset = UNSET
    video_id: str | Unset = UNSET
    job_id: str | Unset = UNSET
    user_data: str | Unset = UNSET
    code: str | Unset = UNSET
    message: str | Unset = UNSET
    template_config: str | Unset = UNSET
    template_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, AIImageJobStatus):
            status = self.status.value
        else:
            status = self.status

        creation_time = self.creation_time

        ai_image_result = self.ai_image_result

        video_id = self.video_id

        job_id = self.job_id

        user_data = self.user_data

        code = self.code

        message = self.message

        template_config = self.template_config

        template_id = self.template_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["Status"] = status
        if creation_time is not UNSET:
            field_dict["CreationTime"] = creation_time
        if ai_image_result is not UNSET:
            field_dict["AIImageResult"] = ai_image_result
        if video_id is not UNSET:
            field_dict["VideoId"] = video_id
        if job_id is not UNSET:
            field_dict["JobId"] = job_id
        if user_data is not UNSET:
            field_dict["UserData"] = user_data
        if code is not UNSET:
            field_dict["Code"] = code
        if message is not UNSET:
            field_dict["Message"] = message
        if template_config is not UNSET:
            field_dict["TemplateConfig"] = template_config
        if template_id is not UNSET:
            field_dict["TemplateId"] = template_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_status(data: object) -> AIImageJobStatus | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = AIImageJobStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AIImageJobStatus | str | Unset, data)

        status = _parse_status(d.pop("Status", UNSET))

        creation_time = d.pop("CreationTime", UNSET)

        ai_image_result = d.pop("AIImageResult", UNSET)

        video_id = d.pop("VideoId", UNSET)

        job_id = d.pop("JobId", UNSET)

        user_data = d.pop("UserData", UNSET)

        code = d.pop("Code", UNSET)

        message = d.pop("Message", UNSET)

        template_config = d.pop("TemplateConfig", UNSET)

        template_id = d.pop("TemplateId", UNSET)

        ai_image_job = cls(
            status=status,
            creation_time=creation_time,
            ai_image_result=ai_image_result,
            video_id=video_id,
            job_id=job_id,
            user_data=user_data,
            code=code,
            message=message,
            template_config=template_config,
            template_id=template_id,
        )

        ai_image_job.additional_properties = d
        return ai_image_job

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

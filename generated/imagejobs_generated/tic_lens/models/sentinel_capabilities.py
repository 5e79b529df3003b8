from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sentinel_analyzer import SentinelAnalyzer


T = TypeVar("T", bound="SentinelCapabilities")


@_attrs_define
class SentinelCapabilities:
    """Capabilities advertised by the Sentinel backend (field names from the vendor's capabilities page; its example shows
    placeholders only).

        Attributes:
            analyzers (list[SentinelAnalyzer] | None | Unset): Analyzers of the backend.
            gpu_available (bool | None | Unset): Whether a GPU is available.
            ml_available (bool | None | Unset): Whether the machine-learning analyzers are available.
            vlm_available (bool | None | Unset): Whether the vision-language-model review is available.
            supported_formats (list[str] | None | Unset): Supported file formats (spelling not documented).
            annotation_types (list[str] | None | Unset): Annotation types the backend can produce.
            max_upload_bytes (int | None | Unset): Maximum upload size in bytes (documented as 100 MB for `POST
                /sentinel/analyze`).
    """

    analyzers: list[SentinelAnalyzer] | None | Unset = UNSET
    gpu_available: bool | None | Unset = UNSET
    ml_available: bool | None | Unset = UNSET
    vlm_available: bool | None | Unset = UNSET
    supported_formats: list[str] | None | Unset = UNSET
    annotation_types: list[str] | None | Unset = UNSET
    max_upload_bytes: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        analyzers: list[dict[str, Any]] | None | Unset
        if isinstance(self.analyzers, Unset):
            analyzers = UNSET
        elif isinstance(self.analyzers, list):
            analyzers = []
            for analyzers_type_0_item_data in self.analyzers:
                analyzers_type_0_item = analyzers_type_0_item_data.to_dict()
                analyzers.append(analyzers_type_0_item)

        else:
            analyzers = self.analyzers

        gpu_available: bool | None | Unset
        if isinstance(self.gpu_available, Unset):
            gpu_available = UNSET
        else:
            gpu_available = self.gpu_available

        ml_available: bool | None | Unset
        if isinstance(self.ml_available, Unset):
            ml_available = UNSET
        else:
            ml_available = self.ml_available

        vlm_available: bool | None | Unset
        if isinstance(self.vlm_available, Unset):
            vlm_available = UNSET
        else:
            vlm_available = self.vlm_available

        supported_formats: list[str] | None | Unset
        if isinstance(self.supported_formats, Unset):
            supported_formats = UNSET
        elif isinstance(self.supported_formats, list):
            supported_formats = self.supported_formats

        else:
            supported_formats = self.supported_formats

        annotation_types: list[str] | None | Unset
        if isinstance(self.annotation_types, Unset):
            annotation_types = UNSET
        elif isinstance(self.annotation_types, list):
            annotation_types = self.annotation_types

        else:
            annotation_types = self.annotation_types

        max_upload_bytes: int | None | Unset
        if isinstance(self.max_upload_bytes, Unset):
            max_upload_bytes = UNSET
        else:
            max_upload_bytes = self.max_upload_bytes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if analyzers is not UNSET:
            field_dict["analyzers"] = analyzers
        if gpu_available is not UNSET:
            field_dict["gpuAvailable"] = gpu_available
        if ml_available is not UNSET:
            field_dict["mlAvailable"] = ml_available
        if vlm_available is not UNSET:
            field_dict["vlmAvailable"] = vlm_available
        if supported_formats is not UNSET:
            field_dict["supportedFormats"] = supported_formats
        if annotation_types is not UNSET:
            field_dict["annotationTypes"] = annotation_types
        if max_upload_bytes is not UNSET:
            field_dict["maxUploadBytes"] = max_upload_bytes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sentinel_analyzer import SentinelAnalyzer  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_analyzers(data: object) -> list[SentinelAnalyzer] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                analyzers_type_0 = []
                _analyzers_type_0 = data
                for analyzers_type_0_item_data in _analyzers_type_0:
                    analyzers_type_0_item = SentinelAnalyzer.from_dict(
                        analyzers_type_0_item_data
                    )

                    analyzers_type_0.append(analyzers_type_0_item)

                return analyzers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[SentinelAnalyzer] | None | Unset, data)

        analyzers = _parse_analyzers(d.pop("analyzers", UNSET))

        def _parse_gpu_available(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        gpu_available = _parse_gpu_available(d.pop("gpuAvailable", UNSET))

        def _parse_ml_available(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        ml_available = _parse_ml_available(d.pop("mlAvailable", UNSET))

        def _parse_vlm_available(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        vlm_available = _parse_vlm_available(d.pop("vlmAvailable", UNSET))

        def _parse_supported_formats(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                supported_formats_type_0 = cast(list[str], data)

                return supported_formats_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        supported_formats = _parse_supported_formats(d.pop("supportedFormats", UNSET))

        def _parse_annotation_types(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                annotation_types_type_0 = cast(list[str], data)

                return annotation_types_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        annotation_types = _parse_annotation_types(d.pop("annotationTypes", UNSET))

        def _parse_max_upload_bytes(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_upload_bytes = _parse_max_upload_bytes(d.pop("maxUploadBytes", UNSET))

        sentinel_capabilities = cls(
            analyzers=analyzers,
            gpu_available=gpu_available,
            ml_available=ml_available,
            vlm_available=vlm_available,
            supported_formats=supported_formats,
            annotation_types=annotation_types,
            max_upload_bytes=max_upload_bytes,
        )

        sentinel_capabilities.additional_properties = d
        return sentinel_capabilities

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

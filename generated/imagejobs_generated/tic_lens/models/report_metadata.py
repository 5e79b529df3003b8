from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.device_metadata import DeviceMetadata
    from ..models.gps_metadata import GpsMetadata
    from ..models.metadata_tag import MetadataTag
    from ..models.pdf_metadata import PdfMetadata
    from ..models.timestamp_entry import TimestampEntry


T = TypeVar("T", bound="ReportMetadata")


@_attrs_define
class ReportMetadata:
    """Metadata extracted from the file.

    Attributes:
        device (DeviceMetadata | None | Unset): Capture device (EXIF camera data).
        gps (GpsMetadata | None | Unset): GPS position stored in the file.
        timestamps (list[TimestampEntry] | None | Unset): Date/time fields found in the file.
        tags (list[MetadataTag] | None | Unset): Raw metadata tags (EXIF, XMP, IPTC, ...).
        pdf (None | PdfMetadata | Unset): PDF document properties (PDF files).
    """

    device: DeviceMetadata | None | Unset = UNSET
    gps: GpsMetadata | None | Unset = UNSET
    timestamps: list[TimestampEntry] | None | Unset = UNSET
    tags: list[MetadataTag] | None | Unset = UNSET
    pdf: None | PdfMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.device_metadata import DeviceMetadata  # noqa: PLC0415
        from ..models.gps_metadata import GpsMetadata  # noqa: PLC0415
        from ..models.pdf_metadata import PdfMetadata  # noqa: PLC0415

        device: dict[str, Any] | None | Unset
        if isinstance(self.device, Unset):
            device = UNSET
        elif isinstance(self.device, DeviceMetadata):
            device = self.device.to_dict()
        else:
            device = self.device

        gps: dict[str, Any] | None | Unset
        if isinstance(self.gps, Unset):
            gps = UNSET
        elif isinstance(self.gps, GpsMetadata):
            gps = self.gps.to_dict()
        else:
            gps = self.gps

        timestamps: list[dict[str, Any]] | None | Unset
        if isinstance(self.timestamps, Unset):
            timestamps = UNSET
        elif isinstance(self.timestamps, list):
            timestamps = []
            for timestamps_type_0_item_data in self.timestamps:
                timestamps_type_0_item = timestamps_type_0_item_data.to_dict()
                timestamps.append(timestamps_type_0_item)

        else:
            timestamps = self.timestamps

        tags: list[dict[str, Any]] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
            tags = []
            for tags_type_0_item_data in self.tags:
                tags_type_0_item = tags_type_0_item_data.to_dict()
                tags.append(tags_type_0_item)

        else:
            tags = self.tags

        pdf: dict[str, Any] | None | Unset
        if isinstance(self.pdf, Unset):
            pdf = UNSET
        elif isinstance(self.pdf, PdfMetadata):
            pdf = self.pdf.to_dict()
        else:
            pdf = self.pdf

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if device is not UNSET:
            field_dict["device"] = device
        if gps is not UNSET:
            field_dict["gps"] = gps
        if timestamps is not UNSET:
            field_dict["timestamps"] = timestamps
        if tags is not UNSET:
            field_dict["tags"] = tags
        if pdf is not UNSET:
            field_dict["pdf"] = pdf

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.device_metadata import DeviceMetadata  # noqa: PLC0415
        from ..models.gps_metadata import GpsMetadata  # noqa: PLC0415
        from ..models.metadata_tag import MetadataTag  # noqa: PLC0415
        from ..models.pdf_metadata import PdfMetadata  # noqa: PLC0415
        from ..models.timestamp_entry import TimestampEntry  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_device(data: object) -> DeviceMetadata | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                device_type_0 = DeviceMetadata.from_dict(data)

                return device_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DeviceMetadata | None | Unset, data)

        device = _parse_device(d.pop("device", UNSET))

        def _parse_gps(data: object) -> GpsMetadata | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                gps_type_0 = GpsMetadata.from_dict(data)

                return gps_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GpsMetadata | None | Unset, data)

        gps = _parse_gps(d.pop("gps", UNSET))

        def _parse_timestamps(data: object) -> list[TimestampEntry] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                timestamps_type_0 = []
                _timestamps_type_0 = data
                for timestamps_type_0_item_data in _timestamps_type_0:
                    timestamps_type_0_item = TimestampEntry.from_dict(
                        timestamps_type_0_item_data
                    )

                    timestamps_type_0.append(timestamps_type_0_item)

                return timestamps_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[TimestampEntry] | None | Unset, data)

        timestamps = _parse_timestamps(d.pop("timestamps", UNSET))

        def _parse_tags(data: object) -> list[MetadataTag] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tags_type_0 = []
                _tags_type_0 = data
                for tags_type_0_item_data in _tags_type_0:
                    tags_type_0_item = MetadataTag.from_dict(tags_type_0_item_data)

                    tags_type_0.append(tags_type_0_item)

                return tags_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[MetadataTag] | None | Unset, data)

        tags = _parse_tags(d.pop("tags", UNSET))

        def _parse_pdf(data: object) -> None | PdfMetadata | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                pdf_type_0 = PdfMetadata.from_dict(data)

                return pdf_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PdfMetadata | Unset, data)

        pdf = _parse_pdf(d.pop("pdf", UNSET))

        report_metadata = cls(
            device=device,
            gps=gps,
            timestamps=timestamps,
            tags=tags,
            pdf=pdf,
        )

        report_metadata.additional_properties = d
        return report_metadata

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

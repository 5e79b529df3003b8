from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GpsMetadata")


@_attrs_define
class GpsMetadata:
    """GPS position stored in the file.

    Attributes:
        latitude (float | None | Unset): Latitude in decimal degrees.
        longitude (float | None | Unset): Longitude in decimal degrees.
        altitude (None | str | Unset): Altitude, as text.
        timestamp (None | str | Unset): GPS time stamp, as text (format as in the file).
        datum (None | str | Unset): Geodetic datum (for example WGS-84).
        direction (None | str | Unset): Image direction, as text.
        position_raw (None | str | Unset): The position as written in the file.
    """

    latitude: float | None | Unset = UNSET
    longitude: float | None | Unset = UNSET
    altitude: None | str | Unset = UNSET
    timestamp: None | str | Unset = UNSET
    datum: None | str | Unset = UNSET
    direction: None | str | Unset = UNSET
    position_raw: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        latitude: float | None | Unset
        if isinstance(self.latitude, Unset):
            latitude = UNSET
        else:
            latitude = self.latitude

        longitude: float | None | Unset
        if isinstance(self.longitude, Unset):
            longitude = UNSET
        else:
            longitude = self.longitude

        altitude: None | str | Unset
        if isinstance(self.altitude, Unset):
            altitude = UNSET
        else:
            altitude = self.altitude

        timestamp: None | str | Unset
        if isinstance(self.timestamp, Unset):
            timestamp = UNSET
        else:
            timestamp = self.timestamp

        datum: None | str | Unset
        if isinstance(self.datum, Unset):
            datum = UNSET
        else:
            datum = self.datum

        direction: None | str | Unset
        if isinstance(self.direction, Unset):
            direction = UNSET
        else:
            direction = self.direction

        position_raw: None | str | Unset
        if isinstance(self.position_raw, Unset):
            position_raw = UNSET
        else:
            position_raw = self.position_raw

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if latitude is not UNSET:
            field_dict["latitude"] = latitude
        if longitude is not UNSET:
            field_dict["longitude"] = longitude
        if altitude is not UNSET:
            field_dict["altitude"] = altitude
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if datum is not UNSET:
            field_dict["datum"] = datum
        if direction is not UNSET:
            field_dict["direction"] = direction
        if position_raw is not UNSET:
            field_dict["positionRaw"] = position_raw

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_latitude(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        latitude = _parse_latitude(d.pop("latitude", UNSET))

        def _parse_longitude(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        longitude = _parse_longitude(d.pop("longitude", UNSET))

        def _parse_altitude(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        altitude = _parse_altitude(d.pop("altitude", UNSET))

        def _parse_timestamp(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        timestamp = _parse_timestamp(d.pop("timestamp", UNSET))

        def _parse_datum(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        datum = _parse_datum(d.pop("datum", UNSET))

        def _parse_direction(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        direction = _parse_direction(d.pop("direction", UNSET))

        def _parse_position_raw(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        position_raw = _parse_position_raw(d.pop("positionRaw", UNSET))

        gps_metadata = cls(
            latitude=latitude,
            longitude=longitude,
            altitude=altitude,
            timestamp=timestamp,
            datum=datum,
            direction=direction,
            position_raw=position_raw,
        )

        gps_metadata.additional_properties = d
        return gps_metadata

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

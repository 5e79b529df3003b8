from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DeviceMetadata")


@_attrs_define
class DeviceMetadata:
    """Capture device data, as text values.

    Attributes:
        make (None | str | Unset): Camera or phone maker.
        model (None | str | Unset): Camera or phone model.
        software (None | str | Unset): Software that wrote the file.
        lens (None | str | Unset): Lens description.
        serial (None | str | Unset): Device serial number.
        focal_length (None | str | Unset): Focal length.
        aperture (None | str | Unset): Aperture (f-number).
        iso (None | str | Unset): ISO sensitivity.
        exposure (None | str | Unset): Exposure time.
        flash (None | str | Unset): Flash state.
        file_source (None | str | Unset): EXIF FileSource (for example digital camera or scanner).
        scene_type (None | str | Unset): EXIF SceneType.
        orientation (None | str | Unset): Image orientation.
        color_space (None | str | Unset): Colour space.
        dpi (None | str | Unset): Resolution in dots per inch.
    """

    make: None | str | Unset = UNSET
    model: None | str | Unset = UNSET
    software: None | str | Unset = UNSET
    lens: None | str | Unset = UNSET
    serial: None | str | Unset = UNSET
    focal_length: None | str | Unset = UNSET
    aperture: None | str | Unset = UNSET
    iso: None | str | Unset = UNSET
    exposure: None | str | Unset = UNSET
    flash: None | str | Unset = UNSET
    file_source: None | str | Unset = UNSET
    scene_type: None | str | Unset = UNSET
    orientation: None | str | Unset = UNSET
    color_space: None | str | Unset = UNSET
    dpi: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        make: None | str | Unset
        if isinstance(self.make, Unset):
            make = UNSET
        else:
            make = self.make

        model: None | str | Unset
        if isinstance(self.model, Unset):
            model = UNSET
        else:
            model = self.model

        software: None | str | Unset
        if isinstance(self.software, Unset):
            software = UNSET
        else:
            software = self.software

        lens: None | str | Unset
        if isinstance(self.lens, Unset):
            lens = UNSET
        else:
            lens = self.lens

        serial: None | str | Unset
        if isinstance(self.serial, Unset):
            serial = UNSET
        else:
            serial = self.serial

        focal_length: None | str | Unset
        if isinstance(self.focal_length, Unset):
            focal_length = UNSET
        else:
            focal_length = self.focal_length

        aperture: None | str | Unset
        if isinstance(self.aperture, Unset):
            aperture = UNSET
        else:
            aperture = self.aperture

        iso: None | str | Unset
        if isinstance(self.iso, Unset):
            iso = UNSET
        else:
            iso = self.iso

        exposure: None | str | Unset
        if isinstance(self.exposure, Unset):
            exposure = UNSET
        else:
            exposure = self.exposure

        flash: None | str | Unset
        if isinstance(self.flash, Unset):
            flash = UNSET
        else:
            flash = self.flash

        file_source: None | str | Unset
        if isinstance(self.file_source, Unset):
            file_source = UNSET
        else:
            file_source = self.file_source

        scene_type: None | str | Unset
        if isinstance(self.scene_type, Unset):
            scene_type = UNSET
        else:
            scene_type = self.scene_type

        orientation: None | str | Unset
        if isinstance(self.orientation, Unset):
            orientation = UNSET
        else:
            orientation = self.orientation

        color_space: None | str | Unset
        if isinstance(self.color_space, Unset):
            color_space = UNSET
        else:
            color_space = self.color_space

        dpi: None | str | Unset
        if isinstance(self.dpi, Unset):
            dpi = UNSET
        else:
            dpi = self.dpi

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if make is not UNSET:
            field_dict["make"] = make
        if model is not UNSET:
            field_dict["model"] = model
        if software is not UNSET:
            field_dict["software"] = software
        if lens is not UNSET:
            field_dict["lens"] = lens
        if serial is not UNSET:
            field_dict["serial"] = serial
        if focal_length is not UNSET:
            field_dict["focalLength"] = focal_length
        if aperture is not UNSET:
            field_dict["aperture"] = aperture
        if iso is not UNSET:
            field_dict["iso"] = iso
        if exposure is not UNSET:
            field_dict["exposure"] = exposure
        if flash is not UNSET:
            field_dict["flash"] = flash
        if file_source is not UNSET:
            field_dict["fileSource"] = file_source
        if scene_type is not UNSET:
            field_dict["sceneType"] = scene_type
        if orientation is not UNSET:
            field_dict["orientation"] = orientation
        if color_space is not UNSET:
            field_dict["colorSpace"] = color_space
        if dpi is not UNSET:
            field_dict["dpi"] = dpi

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_make(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        make = _parse_make(d.pop("make", UNSET))

        def _parse_model(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        model = _parse_model(d.pop("model", UNSET))

        def _parse_software(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        software = _parse_software(d.pop("software", UNSET))

        def _parse_lens(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        lens = _parse_lens(d.pop("lens", UNSET))

        def _parse_serial(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        serial = _parse_serial(d.pop("serial", UNSET))

        def _parse_focal_length(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        focal_length = _parse_focal_length(d.pop("focalLength", UNSET))

        def _parse_aperture(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        aperture = _parse_aperture(d.pop("aperture", UNSET))

        def _parse_iso(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        iso = _parse_iso(d.pop("iso", UNSET))

        def _parse_exposure(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        exposure = _parse_exposure(d.pop("exposure", UNSET))

        def _parse_flash(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        flash = _parse_flash(d.pop("flash", UNSET))

        def _parse_file_source(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        file_source = _parse_file_source(d.pop("fileSource", UNSET))

        def _parse_scene_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        scene_type = _parse_scene_type(d.pop("sceneType", UNSET))

        def _parse_orientation(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        orientation = _parse_orientation(d.pop("orientation", UNSET))

        def _parse_color_space(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        color_space = _parse_color_space(d.pop("colorSpace", UNSET))

        def _parse_dpi(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        dpi = _parse_dpi(d.pop("dpi", UNSET))

        device_metadata = cls(
            make=make,
            model=model,
            software=software,
            lens=lens,
            serial=serial,
            focal_length=focal_length,
            aperture=aperture,
            iso=iso,
            exposure=exposure,
            flash=flash,
            file_source=file_source,
            scene_type=scene_type,
            orientation=orientation,
            color_space=color_space,
            dpi=dpi,
        )

        device_metadata.additional_properties = d
        return device_metadata

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

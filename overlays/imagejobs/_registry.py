"""The one place that knows the vendors: shared code reaches a vendor module or generated package only through here.

Each vendor is one line of :data:`VENDORS`; everything else about it is its module's ``DESCRIPTOR``
(:class:`imagejobs._vendor.VendorDescriptor`), read on first use so that ``import imagejobs`` loads no vendor.
"""

from __future__ import annotations

import importlib
from types import ModuleType
from typing import Final

from ._vendor import VendorDescriptor
from .errors import UnknownVendorError

#: Every vendor, by its spec name: ``specs/<name>.yaml`` -> ``imagejobs_generated.<name>`` -> ``imagejobs.<name>``
#: (and ``imagejobs.sandbox._<name>``). The order is the sandbox's port order and the order of tables.
VENDORS: Final = (
    "sasha",
    "huawei_moderation",
    "smile_identity",
    "alibaba_vod",
    "tic_lens",
)


def check_vendor(name: str) -> str:
    if name not in VENDORS:
        raise UnknownVendorError(name, VENDORS)
    return name


def generated_package(name: str) -> ModuleType:
    """The generated client package of a vendor (``imagejobs_generated.<name>``), imported on first use."""
    return importlib.import_module(f"imagejobs_generated.{check_vendor(name)}")


def vendor_module(name: str) -> ModuleType:
    """The overlay module of a vendor (``imagejobs.<name>``), imported on first use."""
    return importlib.import_module(f"imagejobs.{check_vendor(name)}")


def descriptor(name: str) -> VendorDescriptor:
    """What shared code needs to know about a vendor: its module's ``DESCRIPTOR``."""
    found = vendor_module(name).DESCRIPTOR
    if not isinstance(found, VendorDescriptor) or found.name != name:
        raise TypeError(f"imagejobs.{name}.DESCRIPTOR must be the VendorDescriptor named {name!r}")
    return found


def descriptors() -> list[VendorDescriptor]:
    """Every vendor's descriptor, in the order of :data:`VENDORS` (imports every vendor module)."""
    return [descriptor(name) for name in VENDORS]

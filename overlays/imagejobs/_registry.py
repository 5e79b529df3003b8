"""The one place that knows the vendors: shared code reaches a vendor module or generated package only through here."""

from __future__ import annotations

import importlib
from types import ModuleType
from typing import Final

from .errors import UnknownVendorError

#: Every vendor, by its spec name: ``specs/<name>.yaml`` -> ``imagejobs_generated.<name>`` -> ``imagejobs.<name>``.
VENDORS: Final = ("sasha", "huawei_moderation", "smile_identity", "alibaba_vod", "tic_lens")


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

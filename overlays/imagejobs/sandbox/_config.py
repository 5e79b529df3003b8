"""What a sandbox is configured with (timings, demo credentials) and the ``IMAGEJOBS_*`` variables that reach it.

Every vendor's part comes from its sandbox module (``SANDBOX``, named by the vendor's descriptor), so nothing here
lists vendors.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final

from .._registry import VENDORS, descriptor

if TYPE_CHECKING:
    from ._base import VendorSandbox

#: The vendors in port order: a sandbox on port N serves them on N, N+1, ...
ORDER: Final = VENDORS


@dataclass(frozen=True)
class Timings:
    """How fast sandbox jobs move, in seconds; fast by default so that a test or the demo waits a fraction of one."""

    pending: float = 0.2  # time in the first state
    running: float = 0.6  # time until final (from creation)
    token_lifetime: int = 3600  # SASHA expires_in and the Huawei IAM token lifetime
    huawei_result_ttl: float = 1800.0  # how long Huawei keeps a finished job's result
    suggested_poll_interval: float = 0.2  # what the sandbox advertises to clients (IMAGEJOBS_<VENDOR>_POLL_INTERVAL)


def sandbox_class(vendor: str) -> type[VendorSandbox]:
    """A vendor's sandbox class: ``SANDBOX`` of the module its descriptor names, imported on first use."""
    found: type[VendorSandbox] = importlib.import_module(descriptor(vendor).sandbox).SANDBOX
    return found


class _Demo(Mapping[str, Mapping[str, str]]):
    """Demo credentials per vendor (each sandbox class's ``credentials``); the keys are the keyword names of each
    vendor's ``client(...)`` factory."""

    def __getitem__(self, vendor: str) -> Mapping[str, str]:
        if vendor not in VENDORS:
            raise KeyError(vendor)
        return sandbox_class(vendor).credentials

    def __iter__(self) -> Iterator[str]:
        return iter(VENDORS)

    def __len__(self) -> int:
        return len(VENDORS)


DEMO: Final[Mapping[str, Mapping[str, str]]] = _Demo()


def base_urls(host: str, ports: dict[str, int]) -> dict[str, str]:
    """The base URL each client factory takes (with the sandbox class's ``base_path``)."""
    return {vendor: f"http://{host}:{port}{sandbox_class(vendor).base_path}" for vendor, port in ports.items()}


def consecutive_ports(port: int) -> dict[str, int]:
    return {vendor: port + offset for offset, vendor in enumerate(ORDER)}


def environment(urls: dict[str, str], timings: Timings) -> dict[str, str]:
    """``IMAGEJOBS_<VENDOR>_BASE_URL``, the demo credentials and ``..._POLL_INTERVAL`` for sandboxes at ``urls``."""
    env: dict[str, str] = {}
    for vendor in ORDER:
        prefix = f"IMAGEJOBS_{vendor.upper()}_"
        cls = sandbox_class(vendor)
        env[prefix + "BASE_URL"] = urls[vendor]
        env.update({prefix + name.upper(): value for name, value in cls.environment_credentials().items()})
        env.update({prefix + name: value for name, value in cls.extra_environment(urls[vendor]).items()})
        env[prefix + "POLL_INTERVAL"] = repr(timings.suggested_poll_interval)
    return env

"""Optional features and the extras that bring them.

The core install is what a sync client needs (httpx, attrs, pydantic). Everything else is an extra of the
distribution, imported only where it is used; a missing one is a :class:`~imagejobs.errors.MissingDependencyError`
naming the ``pip install`` command, never a bare ``ModuleNotFoundError`` from deep inside a call.
"""

from __future__ import annotations

import importlib
import importlib.util
from types import ModuleType

from .errors import MissingDependencyError

#: Each extra, with the modules it installs that imagejobs imports (the first is the one checked).
EXTRAS: dict[str, tuple[str, ...]] = {
    "aiohttp": ("httpx_aiohttp", "aiohttp"),
    "cli": ("rich",),
    "sandbox": ("starlette", "uvicorn", "openapi_core", "yaml", "rfc3986_validator"),
    "smile-legacy": ("cryptography",),
}


def installed(extra: str) -> bool:
    """Whether every module of ``extra`` can be imported (looked up, not imported)."""
    try:
        return all(importlib.util.find_spec(module) is not None for module in EXTRAS[extra])
    except (ImportError, ValueError):  # a parent package that fails to import, or a broken module spec
        return False


def require(extra: str, feature: str) -> None:
    """Raise the error naming ``pip install 'imagejobs[extra]'`` unless every module of ``extra`` imports."""
    for module in EXTRAS[extra]:
        _import(module, extra, feature)


def _import(module: str, extra: str, feature: str) -> ModuleType:
    try:
        return importlib.import_module(module)
    except ImportError as exc:
        raise MissingDependencyError(extra, feature, module) from exc

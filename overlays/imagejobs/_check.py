"""Argument checks at the public API: a wrong type or range is a :class:`UsageError` naming the parameter, raised
before anything is sent, never an AttributeError, TypeError or ValueError from deep inside (issue 12, point 4).

One small set of helpers, so that every entry point refuses the same way and says the same thing.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping
from typing import Any, TypeVar

from .errors import UsageError

__all__ = [
    "check_id",
    "check_instance",
    "check_mapping",
    "check_number",
    "check_optional_text",
    "check_sequence",
    "check_text",
    "check_timeout",
]

T = TypeVar("T")


def _where(vendor: str | None) -> str:
    return f"{vendor}: " if vendor else ""


def _kind(value: object) -> str:
    return type(value).__name__


def check_instance(
    name: str, value: object, types: type[T] | tuple[type, ...], what: str, *, vendor: str | None = None
) -> T:
    """``value`` if it is one of ``types`` (never a bool where a number is asked); else a UsageError."""
    if isinstance(value, types) and not (isinstance(value, bool) and bool not in _as_tuple(types)):
        return value  # type: ignore[return-value]
    raise UsageError(f"{_where(vendor)}{name} must be {what}, not {_kind(value)}")


def _as_tuple(types: type | tuple[type, ...]) -> tuple[type, ...]:
    return types if isinstance(types, tuple) else (types,)


def check_text(name: str, value: object, *, vendor: str | None = None, empty: bool = False) -> str:
    """Text without control characters (they would end up in a header, a URL or a signed string)."""
    text = check_instance(name, value, str, "text", vendor=vendor)
    if not empty and not text.strip():
        raise UsageError(f"{_where(vendor)}{name} must not be empty")
    if any(ord(c) < 32 or ord(c) == 127 for c in text):
        raise UsageError(f"{_where(vendor)}{name} must not hold control characters")
    return text


def check_optional_text(name: str, value: object, *, vendor: str | None = None) -> str | None:
    return None if value is None else check_text(name, value, vendor=vendor)


def check_number(
    name: str,
    value: object,
    *,
    minimum: float | None = None,
    maximum: float | None = None,
    integer: bool = False,
    vendor: str | None = None,
) -> float:
    """A finite number (an int where ``integer``) within ``minimum``..``maximum``; bools are refused."""
    types: tuple[type, ...] = (int,) if integer else (int, float)
    number: float = check_instance(name, value, types, "an integer" if integer else "a number", vendor=vendor)
    if not math.isfinite(number):
        raise UsageError(f"{_where(vendor)}{name} must be a finite number, not {number!r}")
    if minimum is not None and number < minimum:
        raise UsageError(f"{_where(vendor)}{name} must be at least {minimum:g}, not {number!r}")
    if maximum is not None and number > maximum:
        raise UsageError(f"{_where(vendor)}{name} must be at most {maximum:g}, not {number!r}")
    return number


def check_timeout(name: str, value: object, *, vendor: str | None = None) -> None:
    """None, an ``httpx.Timeout`` or a positive number of seconds."""
    import httpx  # here: this module is imported before anything needs httpx (``import imagejobs`` stays light)

    if value is None or isinstance(value, httpx.Timeout):
        return
    check_number(name, value, minimum=0.0, vendor=vendor)
    if value == 0:
        raise UsageError(f"{_where(vendor)}{name} must be more than 0 seconds")


def check_mapping(name: str, value: object, *, vendor: str | None = None) -> Mapping[Any, Any] | None:
    if value is None:
        return None
    return check_instance(name, value, Mapping, "a mapping", vendor=vendor)


def check_sequence(name: str, value: object, what: str, *, vendor: str | None = None) -> list[Any]:
    """An iterable of items as a list; a ``str`` (or bytes) is refused, since iterating it would give characters."""
    if isinstance(value, str | bytes | bytearray | Mapping) or not isinstance(value, Iterable):
        raise UsageError(f"{_where(vendor)}{name} must be {what}, not {_kind(value)}")
    return list(value)


def check_id(vendor: str, name: str, value: object, pattern: re.Pattern[str], described: str) -> str:
    """A job id the vendor's id format can hold: never empty, ``.`` or ``..`` (a path segment that moves the URL)."""
    text = check_instance(name, value, str, "text", vendor=vendor)
    if text in ("", ".", "..") or not pattern.fullmatch(text):
        raise UsageError(f"{vendor}: {name} {text!r} is not a valid job id ({described})")
    return text

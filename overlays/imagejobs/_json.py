"""JSON from vendors' bytes: the one decoder every body goes through, and what it may raise.

Nothing the vendor sent is lost in its numbers (issue 12, point 5). JSON allows any number of digits and any
exponent; a Python float holds about 17 significant digits and nothing past 1.8e308, and vendors also send the
non-standard ``NaN``/``Infinity`` literals. A number that a float (or an int) holds exactly decodes as one, as usual;
any other is kept as its exact text, an :class:`ExactNumber` (a ``str``), so that ``Job.raw`` keeps every digit and a
Job's JSON round-trips equal. The normalizer notes each place where that happened (``_normalize.job``).
"""

from __future__ import annotations

import json
import math
from decimal import Decimal, InvalidOperation
from typing import Any

__all__ = ["JSON_ERRORS", "ExactNumber", "exact_numbers_seen", "loads"]

#: What decoding a body may raise: ValueError (not JSON), RecursionError (nested deeper than the decoder goes).
JSON_ERRORS = (ValueError, RecursionError)

#: Integers longer than this stay text: Python refuses to convert more than 4300 digits (CVE-2020-10735), and an id
#: that long is text anyway.
_MAX_INT_DIGITS = 4000


class ExactNumber(str):
    """A JSON number no float or int can hold exactly (more digits than a float keeps, an exponent past its range,
    ``NaN``, ``Infinity``), kept as the exact text the vendor sent. It is a ``str``: it serializes as a JSON string,
    and ``Decimal(value)`` reads it exactly where arithmetic is needed."""

    __slots__ = ()

    def __repr__(self) -> str:
        return f"ExactNumber({str.__repr__(self)})"


_seen = [False]  # set once any ExactNumber was decoded: until then, nobody needs to look for them


def exact_numbers_seen() -> bool:
    """Whether this process ever decoded a number as :class:`ExactNumber` (so that the normalizer looks for them
    only once there can be any: the common case costs nothing)."""
    return _seen[0]


def _exact(text: str) -> ExactNumber:
    _seen[0] = True
    return ExactNumber(text)


def _float(text: str) -> float | ExactNumber:
    value = float(text)
    if math.isfinite(value):
        shortest = repr(value)
        if shortest == text:  # the usual case, and the fast path
            return value
        try:
            if Decimal(shortest) == Decimal(text):  # "1.50", "1E5": the same number, spelt otherwise
                return value
        except InvalidOperation:  # pragma: no cover - the scanner only hands over valid JSON numbers
            pass
    return _exact(text)


def _int(text: str) -> int | ExactNumber:
    return int(text) if len(text) <= _MAX_INT_DIGITS else _exact(text)


def _loads(content: bytes | str) -> Any:
    try:
        return json.loads(content, parse_float=_float, parse_constant=_exact)
    except ValueError as exc:
        if "integer string conversion" not in str(exc):
            raise
    # An integer of more digits than Python converts: only then pay for a hook on every integer.
    return json.loads(content, parse_float=_float, parse_int=_int, parse_constant=_exact)


def loads(content: bytes | str) -> Any:
    """``json.loads`` with exact numbers (above), except that a stray byte that is not UTF-8 becomes U+FFFD instead of
    costing the whole answer (one bad byte in a vendor's error message would otherwise lose its code, message and
    request id)."""
    try:
        return _loads(content)
    except UnicodeDecodeError:
        if not isinstance(content, bytes):
            raise
        return _loads(content.decode("utf-8", "replace"))

"""Every configured secret value, so that no exception, log record or CLI line ever repeats one.

A vendor may echo what it was sent (a request header in its error message, a query in a ``Location``): redaction by
header or parameter name cannot know every place a value turns up, so the values themselves are remembered (as given,
percent-encoded and, for HTTP Basic, base64-encoded by the auth flow that makes the pair) and replaced by
:data:`MARKER` wherever text leaves the package. Process-wide on purpose: a log filter on httpcore cannot tell which
client a record came from. Bounded: rotating tokens push the oldest out.
"""

from __future__ import annotations

import re
import threading
from collections import OrderedDict
from collections.abc import Mapping
from typing import Any
from urllib.parse import quote, quote_plus

__all__ = ["MARKER", "remember", "scrub", "scrub_bytes", "scrub_value"]

#: What a secret value is replaced with.
MARKER = "[REDACTED]"
#: Values shorter than this are not secrets worth the name, and replacing them would garble ordinary text.
MIN_LENGTH = 8
#: How many values are kept; the oldest are forgotten first (a rotated token is not used again).
MAX_VALUES = 4096

_values: OrderedDict[str, None] = OrderedDict()
_lock = threading.Lock()
_pattern: re.Pattern[str] | None = None
_bytes_pattern: re.Pattern[bytes] | None = None


def remember(value: str | None) -> None:
    """Add a secret value (and its percent-encoded forms) to what :func:`scrub` replaces."""
    global _pattern, _bytes_pattern
    if not value or len(value) < MIN_LENGTH:
        return
    with _lock:
        changed = False
        for form in {value, quote(value, safe=""), quote(value, safe="~"), quote_plus(value)}:
            if form in _values:
                _values.move_to_end(form)
            else:
                _values[form] = None
                changed = True
        while len(_values) > MAX_VALUES:
            _values.popitem(last=False)
        if changed:
            _pattern = _bytes_pattern = None


def _compiled() -> tuple[re.Pattern[str], re.Pattern[bytes]] | None:
    global _pattern, _bytes_pattern
    with _lock:
        if not _values:
            return None
        if _pattern is None or _bytes_pattern is None:
            ordered = sorted(_values, key=len, reverse=True)  # the longest form first: it may contain a shorter one
            _pattern = re.compile("|".join(re.escape(v) for v in ordered))
            _bytes_pattern = re.compile(b"|".join(re.escape(v.encode("utf-8")) for v in ordered))
        return _pattern, _bytes_pattern


def scrub(text: str) -> str:
    """``text`` with every remembered secret value replaced by :data:`MARKER`."""
    patterns = _compiled()
    return text if patterns is None else patterns[0].sub(MARKER, text)


def scrub_bytes(data: bytes) -> bytes:
    patterns = _compiled()
    return data if patterns is None else patterns[1].sub(MARKER.encode(), data)


def scrub_value(value: Any) -> Any:
    """Text, bytes, and the text inside mappings and lists, scrubbed; anything else unchanged."""
    if isinstance(value, str):
        return scrub(value)
    if isinstance(value, bytes):
        return scrub_bytes(value)
    if isinstance(value, Mapping):
        return {key: scrub_value(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return type(value)(scrub_value(item) for item in value)
    return value

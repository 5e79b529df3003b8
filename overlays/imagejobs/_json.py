"""JSON from vendors' bytes: the one decoder every body goes through, and what it may raise."""

from __future__ import annotations

import json
from typing import Any

__all__ = ["JSON_ERRORS", "loads"]

#: What decoding a body may raise: ValueError (not JSON), RecursionError (nested deeper than the decoder goes).
JSON_ERRORS = (ValueError, RecursionError)


def loads(content: bytes | str) -> Any:
    """``json.loads``, except that a stray byte that is not UTF-8 becomes U+FFFD instead of costing the whole answer
    (one bad byte in a vendor's error message would otherwise lose its code, message and request id)."""
    try:
        return json.loads(content)
    except UnicodeDecodeError:
        if not isinstance(content, bytes):
            raise
        return json.loads(content.decode("utf-8", "replace"))

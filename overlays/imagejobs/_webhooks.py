"""What every vendor's webhook verification needs: header lookup, the JSON body, replay protection.

Framework-neutral on purpose: a handler in any web framework passes the method, the URL, the headers and the raw body
bytes (before any JSON decoding, since signatures cover the exact bytes) to ``imagejobs.<vendor>.verify_and_parse``.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Iterable, Mapping
from typing import Any, Protocol

from imagejobs_generated.normalized_job import Job

from ._json import JSON_ERRORS, loads
from ._normalize import normalize
from .errors import ResponseError

Headers = Mapping[str, str] | Iterable[tuple[str, str]]

__all__ = ["Headers", "MemoryRequestIdStore", "RequestIdStore", "header", "one_job", "webhook_json"]


def header(headers: Headers, name: str) -> str | None:
    """A header's value, found case-insensitively in a mapping or a list of pairs (str or bytes)."""
    pairs = headers.items() if isinstance(headers, Mapping) else headers
    wanted = name.lower()
    for key, value in pairs:
        key_text = key.decode("latin-1") if isinstance(key, bytes) else str(key)
        if key_text.lower() == wanted:
            return value.decode("latin-1") if isinstance(value, bytes) else str(value)
    return None


def webhook_json(vendor: str, body: bytes) -> dict[str, Any]:
    try:
        data = loads(body)
    except JSON_ERRORS:
        raise ResponseError(vendor, "webhook body is not JSON", body=body) from None
    if not isinstance(data, dict):
        raise ResponseError(vendor, "webhook body is not a JSON object", body=body)
    return data


def one_job(vendor: str, data: Mapping[str, Any], body: bytes) -> Job:
    jobs = normalize(vendor, data)
    if len(jobs) != 1:
        raise ResponseError(vendor, f"webhook body holds {len(jobs)} jobs, expected one", body=body)
    return jobs[0]


class RequestIdStore(Protocol):
    """Remembers request ids so that a replayed webhook is refused; a shared store (Redis, SQL) fits many workers."""

    def add(self, request_id: str) -> bool:
        """Record ``request_id``; False if it was already there (atomically)."""
        ...


class MemoryRequestIdStore:
    """A thread-safe in-process :class:`RequestIdStore` that forgets ids after ``ttl`` seconds or past ``max_ids``."""

    def __init__(self, *, ttl: float = 24 * 3600, max_ids: int = 100_000) -> None:
        self._ttl = ttl
        self._max = max_ids
        self._seen: OrderedDict[str, float] = OrderedDict()
        self._lock = threading.Lock()

    def add(self, request_id: str) -> bool:
        now = time.monotonic()
        with self._lock:
            while self._seen and (len(self._seen) >= self._max or next(iter(self._seen.values())) < now - self._ttl):
                self._seen.popitem(last=False)
            if request_id in self._seen:
                return False
            self._seen[request_id] = now
            return True

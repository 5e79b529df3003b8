"""What every vendor's webhook verification needs: header lookup, the JSON body, replay protection.

Framework-neutral on purpose: a handler in any web framework passes the method, the URL, the headers and the raw body
bytes (before any JSON decoding, since signatures cover the exact bytes) to ``imagejobs.<vendor>.verify_and_parse``.
"""

from __future__ import annotations

import math
import threading
import time
from collections import OrderedDict
from collections.abc import Iterable, Iterator, Mapping
from datetime import datetime
from typing import Any, Protocol

from imagejobs_generated.normalized_job import Job

from ._check import check_instance, check_number, check_text
from ._json import JSON_ERRORS, loads
from ._normalize import normalize
from ._registry import vendor_module
from .errors import NotFoundError, ResponseError, SignatureError, UsageError

Headers = Mapping[str, str] | Iterable[tuple[str, str]]

__all__ = [
    "DEFAULT_MAX_BODY",
    "Headers",
    "MemoryRequestIdStore",
    "RequestIdStore",
    "capped_body",
    "check_request",
    "checked_window",
    "confirmed",
    "header",
    "one_job",
    "signed_header",
    "webhook_json",
]

#: The largest callback body read by default: a job's callback is a few KiB; anything near this is not one.
DEFAULT_MAX_BODY = 1024 * 1024


def check_request(vendor: str, method: object, url: object, headers: Headers, body: object) -> Headers:
    """What every ``verify_and_parse`` takes from the caller, checked: a wrong type is a UsageError naming it, not a
    crash inside. The headers are the sender's data, not the caller's: headers that cannot be read are a
    :class:`SignatureError` where they are read (``signed_header``). Returns the headers, a one-shot iterator of pairs
    read once, here."""
    check_text("method", method, vendor=vendor)
    check_text("url", url, vendor=vendor)
    check_instance("body", body, (bytes, bytearray, memoryview), "the raw body bytes", vendor=vendor)
    if isinstance(headers, Iterator):
        return list(headers)
    return headers


def header(headers: Headers, name: str) -> str | None:
    """A header's value, found case-insensitively in a mapping or a list of pairs (str or bytes)."""
    pairs = headers.items() if isinstance(headers, Mapping) else headers
    wanted = name.lower()
    for key, value in pairs:
        key_text = key.decode("latin-1") if isinstance(key, bytes) else str(key)
        if key_text.lower() == wanted:
            return value.decode("latin-1") if isinstance(value, bytes) else str(value)
    return None


def signed_header(vendor: str, headers: Headers, name: str) -> str | None:
    """A header that takes part in a signature check: None when absent; one printable-ASCII value, else
    :class:`SignatureError` (sent twice, non-ASCII, or headers of a shape that cannot be read)."""
    wanted = name.lower()
    found: list[str] = []
    try:
        pairs = list(headers.items() if isinstance(headers, Mapping) else headers)
        for key, value in pairs:
            key_text = key.decode("latin-1") if isinstance(key, bytes) else str(key)
            if key_text.strip().lower() == wanted:
                found.append(value.decode("latin-1") if isinstance(value, bytes) else str(value))
    except Exception:  # any header shape a framework or an attacker hands us ends in the one typed error
        raise SignatureError(vendor, "callback headers cannot be read as name/value pairs") from None
    if not found:
        return None
    if len(found) > 1:
        raise SignatureError(vendor, f"callback carries {name} {len(found)} times")
    value = found[0].strip()
    if not value.isascii() or not value.isprintable():
        raise SignatureError(vendor, f"callback {name} is not printable ASCII")
    return value


def capped_body(vendor: str, body: object, max_body: int) -> bytes:
    """The callback body as bytes, refused (:class:`SignatureError`) before anything reads it when over ``max_body``
    bytes: an unsigned sender must not make us parse megabytes."""
    if isinstance(max_body, bool) or not isinstance(max_body, int) or max_body <= 0:
        raise UsageError(f"{vendor}: max_body must be a positive number of bytes, not {max_body!r}")
    if not isinstance(body, bytes | bytearray | memoryview):
        raise UsageError(f"{vendor}: pass the raw body bytes (the signature covers them exactly), not {type(body)}")
    if len(body) > max_body:
        raise SignatureError(vendor, f"callback body of {len(body)} bytes is over the {max_body}-byte cap: not read")
    return bytes(body)


def checked_window(vendor: str, max_age: float, now: datetime | None) -> None:
    """A replay window must be a finite positive number of seconds (``nan`` would turn it off), and ``now`` aware."""
    if isinstance(max_age, bool) or not isinstance(max_age, int | float) or not math.isfinite(max_age) or max_age <= 0:
        raise UsageError(f"{vendor}: max_age must be a finite positive number of seconds, not {max_age!r}")
    if now is not None and (not isinstance(now, datetime) or now.tzinfo is None or now.utcoffset() is None):
        raise UsageError(f"{vendor}: now must be a timezone-aware datetime (datetime.now(UTC)), not {now!r}")


def confirmed(job: Job, client: Any) -> Job:
    """The job as the vendor's API reports it now, fetched through ``client`` (signed, over TLS), instead of the
    callback body: what a callback claimed counts only if the vendor says it too.

    A job the vendor does not know is a forged callback: :class:`SignatureError`. Any other failure (the vendor
    unreachable) propagates, so that the handler answers with an error and the vendor sends the callback again.
    """
    vendor = job.vendor.value
    source = vendor_module(vendor).jobs(client)
    try:
        fresh: Job = source.get(job.ref)
    except (NotFoundError, UsageError) as exc:
        raise SignatureError(vendor, f"callback names job {job.job_id!r}, which the vendor does not confirm") from exc
    return fresh


def webhook_json(vendor: str, body: bytes) -> dict[str, Any]:
    """The callback body as a JSON object, else :class:`ResponseError` (for a body whose signature already held)."""
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
        check_number("ttl", ttl, minimum=0.0)
        check_number("max_ids", max_ids, minimum=1, integer=True)
        self._ttl = ttl
        self._max = max_ids
        self._seen: OrderedDict[str, float] = OrderedDict()
        self._lock = threading.Lock()

    def add(self, request_id: str) -> bool:
        check_text("request_id", request_id)
        now = time.monotonic()
        with self._lock:
            while self._seen and (len(self._seen) >= self._max or next(iter(self._seen.values())) < now - self._ttl):
                self._seen.popitem(last=False)
            if request_id in self._seen:
                return False
            self._seen[request_id] = now
            return True

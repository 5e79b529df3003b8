"""Fault injection: make a sandbox misbehave on purpose, per operation, for a number of requests.

The reliability tests (and ``scripts/faults.py``) use this to prove that every kind of failure ends in a recovery or
in the right typed error: vendor error statuses in the vendor's own error shape, ``Retry-After``, answers slower than
the client's timeout, connections dropped mid-answer, broken or surprising bodies, and Smile answers whose signature
is wrong or stale, servers that hang or trickle their answers.
"""

from __future__ import annotations

import asyncio
import json
import threading
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass, replace
from typing import Any, Literal

from starlette.requests import Request
from starlette.responses import Response
from starlette.types import Receive, Scope, Send

FaultKind = Literal[
    "status",  # answer `status` in the vendor's error shape (with `retry_after` as Retry-After)
    "delay",  # answer `delay` seconds late (beyond the client's timeout)
    "drop",  # start the answer, then drop the connection mid-body
    "truncate",  # a 200 whose JSON is cut in half
    "non_json",  # a 200 that is not JSON
    "html",  # a 502 HTML error page, as a proxy would send
    "empty",  # a 200 with no body
    "content_type",  # the right JSON, labelled text/plain
    "unknown_enum",  # every status value replaced by one no spec documents
    "missing_field",  # timestamps (fields the generated parser requires) removed
    "extra_field",  # an unknown field added to every object
    "big_uint64",  # SASHA signature_id as a bare JSON number above 2**53
    "bad_signature",  # Smile: a signature that does not match
    "stale_signature",  # Smile: a signature made for another timestamp
    "oversize",  # a body larger than any client should read (30 MiB)
    "hang",  # never answer (until the client gives up, or `delay` seconds)
    "trickle",  # the right answer, one byte every `delay` seconds (each read is quick, the whole is not)
    "other_job",  # the answer is about another job: every job id in it replaced
    "exotic_numbers",  # numbers no float holds (0.123...23 digits, 1e400, NaN, -Infinity) added to every object
]

UNKNOWN = "brand_new_status"
#: What "other_job" puts in place of every job id (a GUID, so that Lens's answer still reads as one).
OTHER_JOB_ID = "00000000-0000-4000-8000-000000000000"
_JOB_ID_KEYS = {"job_id", "JobId", "sentinelJobGuid"}
#: What "exotic_numbers" adds, written into the JSON text as it stands (json.dumps cannot write these).
EXOTIC_NUMBERS = "[0.12345678901234567890123, 1e400, NaN, -Infinity]"
_EXOTIC_MARK = "__sandbox_exotic_numbers__"
BIG_UINT64 = 18446744073709551615
OVERSIZE_BYTES = 30 * 1024 * 1024
_STATUS_KEYS = {"status", "Status"}
_TIME_KEYS = {"created_at", "updated_at", "create_time", "update_time", "CreationTime", "createdAtUtc"}


@dataclass(frozen=True)
class Fault:
    kind: FaultKind
    operation: str | None = None  # the spec's operationId (Alibaba: the action); None: any
    times: int | None = 1  # requests it affects; None: until cleared
    status: int = 503
    retry_after: str | None = None
    delay: float = 5.0


class Faults:
    """The faults armed on one vendor sandbox, consumed request by request."""

    def __init__(self) -> None:
        self._armed: list[Fault] = []
        self._lock = threading.Lock()

    def add(self, fault: Fault) -> None:
        with self._lock:
            self._armed.append(fault)

    def clear(self) -> None:
        with self._lock:
            self._armed.clear()

    def take(self, operation: str) -> Fault | None:
        with self._lock:
            for index, fault in enumerate(self._armed):
                if fault.operation in (None, operation):
                    if fault.times is not None:
                        left = fault.times - 1
                        if left:
                            self._armed[index] = replace(fault, times=left)
                        else:
                            del self._armed[index]
                    return fault
        return None


def _error_body(vendor: str, status: int) -> dict[str, Any]:
    """An error in the vendor's own shape (code and message always present, so tests can check both)."""
    from ._config import sandbox_class

    return sandbox_class(vendor).error_body(status)


def error_code(vendor: str, status: int) -> str:
    """The code a status fault's body carries, as the client must report it."""
    body = _error_body(vendor, status)
    nested = body.get("error")
    value = (
        nested["code"] if isinstance(nested, dict) else body.get("code") or body.get("error_code") or body.get("Code")
    )
    return str(value or body["title"])


def _objects(value: Any) -> Iterator[dict[str, Any]]:
    if isinstance(value, dict):
        yield value
        for child in value.values():
            yield from _objects(child)
    elif isinstance(value, list):
        for child in value:
            yield from _objects(child)


def _walk(value: Any, visit: Callable[[dict[str, Any]], None]) -> None:
    for obj in list(_objects(value)):  # collected first: a visit may add objects of its own
        visit(obj)


def _mutate(kind: FaultKind, body: bytes) -> bytes:
    data = json.loads(body)
    if kind == "unknown_enum":

        def visit(obj: dict[str, Any]) -> None:
            for key in _STATUS_KEYS & obj.keys():
                obj[key] = UNKNOWN
            if "job_complete" in obj:
                obj["job_complete"] = UNKNOWN

    elif kind == "missing_field":

        def visit(obj: dict[str, Any]) -> None:
            for key in _TIME_KEYS & obj.keys():
                del obj[key]

    elif kind == "extra_field":

        def visit(obj: dict[str, Any]) -> None:
            obj["sandboxExtraField"] = {"added": "by a fault", "values": [1, 2, 3]}

    elif kind == "big_uint64":

        def visit(obj: dict[str, Any]) -> None:
            if "signature_id" in obj:
                obj["signature_id"] = BIG_UINT64  # a bare number: json.dumps writes Python ints exactly

    elif kind == "other_job":

        def visit(obj: dict[str, Any]) -> None:
            for key in _JOB_ID_KEYS & obj.keys():
                obj[key] = OTHER_JOB_ID

    elif kind == "exotic_numbers":

        def visit(obj: dict[str, Any]) -> None:
            obj["sandboxExactNumbers"] = _EXOTIC_MARK

    elif kind in ("bad_signature", "stale_signature"):

        def visit(obj: dict[str, Any]) -> None:
            if "signature" in obj and kind == "bad_signature":
                obj["signature"] = "A" * 43 + "="
            if "timestamp" in obj and kind == "stale_signature":  # the signature was made for the old one
                obj["timestamp"] = "2020-01-01T00:00:00.000Z"

    else:
        return body
    _walk(data, visit)
    return json.dumps(data).replace(f'"{_EXOTIC_MARK}"', EXOTIC_NUMBERS).encode()


class _Dropped(Response):
    """Starts a 200 that promises more bytes than it sends, then drops the connection."""

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        headers = [(b"content-type", b"application/json"), (b"content-length", b"100000")]
        await send({"type": "http.response.start", "status": 200, "headers": headers})
        await send({"type": "http.response.body", "body": b'{"partial": "answer', "more_body": True})
        raise ConnectionAbortedError("sandbox fault: connection dropped")


async def _until_gone(request: Request, seconds: float) -> None:
    """Sleep up to ``seconds``, or until the client has gone (a hang must not outlive its test)."""
    end = asyncio.get_running_loop().time() + seconds
    while asyncio.get_running_loop().time() < end and not await request.is_disconnected():
        await asyncio.sleep(0.05)


class _Trickled(Response):
    """The real answer, its body sent one byte at a time (stopping when the client has gone)."""

    def __init__(self, real: Response, every: float, request: Request) -> None:
        super().__init__(bytes(real.body), real.status_code, dict(real.headers), real.media_type)
        self._every, self._request = every, request

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        await send({"type": "http.response.start", "status": self.status_code, "headers": self.raw_headers})
        for index in range(len(self.body)):
            if await self._request.is_disconnected():
                return
            await asyncio.sleep(self._every)
            await send({"type": "http.response.body", "body": self.body[index : index + 1], "more_body": True})
        await send({"type": "http.response.body", "body": b""})


async def apply(
    vendor: str, fault: Fault | None, request: Request, answer: Callable[[], Awaitable[Response]]
) -> Response:
    """The answer to ``request`` with ``fault`` applied (or the plain answer)."""
    if fault is None:
        return await answer()
    kind = fault.kind
    if kind == "status":
        headers = {"Retry-After": fault.retry_after} if fault.retry_after is not None else {}
        return Response(json.dumps(_error_body(vendor, fault.status)), fault.status, headers, "application/json")
    if kind == "html":
        page = f"<html><head><title>{fault.status} Bad Gateway</title></head><body><h1>Bad Gateway</h1></body></html>"
        return Response(page, fault.status if fault.status >= 500 else 502, media_type="text/html")
    if kind == "delay":
        await asyncio.sleep(fault.delay)
        return await answer()
    if kind == "drop":
        return _Dropped()
    if kind == "hang":
        await _until_gone(request, fault.delay)
        return Response(b"", 504)
    if kind == "trickle":
        return _Trickled(await answer(), fault.delay, request)
    if kind == "oversize":
        return Response(b'{"padding": "' + b"x" * OVERSIZE_BYTES + b'"}', 200, media_type="application/json")
    real = await answer()
    body = bytes(real.body)
    headers = {k: v for k, v in real.headers.items() if k.lower() not in ("content-length", "content-type")}
    if kind == "truncate":
        return Response(body[: max(1, len(body) // 2)], real.status_code, headers, "application/json")
    if kind == "non_json":
        return Response(b"this is not JSON", real.status_code, headers, "application/json")
    if kind == "empty":
        return Response(b"", real.status_code, headers, "application/json")
    if kind == "content_type":
        return Response(body, real.status_code, headers, "text/plain")
    if real.status_code >= 300:
        return real
    return Response(_mutate(kind, body), real.status_code, headers, "application/json")

"""Reading an answer's body under a size cap, however it is encoded, for every answer a client reads: the vendor's,
a token endpoint's, the 401 an auth flow retries after.

httpx unpacks each network chunk in one call, so a small gzip body (a "gzip bomb") can take gigabytes before any
cap is checked; here compressed bytes are unpacked a slice at a time and counted as they come. The unpacking is
httpx's own (its decoders, from ``Response._get_content_decoder``), so what is accepted is what httpx accepts; a
body that does not decode as its Content-Encoding says is a :class:`ResponseError`.
"""

from __future__ import annotations

import time

import httpx

from .errors import ResponseError

__all__ = ["DEADLINE", "MAX_RESPONSE_BYTES", "aread_capped", "read_capped"]

#: The largest answer a client reads; a bigger one is a ResponseError, not an out-of-memory (job answers are small).
MAX_RESPONSE_BYTES = 16 * 1024 * 1024
#: Request extension: when the current attempt must be over (a ``time.perf_counter()`` value). The sync client's
#: reads honour it (the async client bounds the whole attempt with ``asyncio.timeout``); it travels with the
#: request's extensions into the token requests an auth flow makes for it.
DEADLINE = "imagejobs.deadline"
#: Compressed bytes unpacked at a time: deflate expands at most about 1032 times, so one step yields about 1 MiB.
_STEP = 1024


class _Body:
    """The decoded body as it arrives, refusing to grow past ``limit`` (free of I/O: both readers share it)."""

    def __init__(self, vendor: str, response: httpx.Response, limit: int) -> None:
        self.vendor, self.response, self.limit = vendor, response, limit
        # No Content-Encoding (nearly every answer): the raw bytes are the body, nothing to unpack.
        self.decoder = response._get_content_decoder() if "content-encoding" in response.headers else None
        self.chunks: list[bytes] = []
        self.size = 0
        self.raw_head = b""  # of an encoded body: kept for the error when it does not decode

    def add(self, raw: bytes) -> None:
        if self.decoder is None:
            self._keep(raw)
            return
        if len(self.raw_head) < 4096:
            self.raw_head += raw[: 4096 - len(self.raw_head)]
        for start in range(0, len(raw), _STEP):
            self._keep(self._decode(raw[start : start + _STEP]))

    def finish(self) -> bytes:
        if self.decoder is not None:
            self._keep(self._decode(b"", final=True))
        return b"".join(self.chunks)

    def _decode(self, raw: bytes, final: bool = False) -> bytes:
        assert self.decoder is not None
        try:
            return self.decoder.flush() if final else self.decoder.decode(raw)
        except httpx.DecodingError as exc:
            request = self.response.request
            raise ResponseError(
                self.vendor,
                f"answer to {request.method} {request.url.path} could not be decoded: {exc}",
                status_code=self.response.status_code,
                body=self.raw_head,
            ) from None

    def _keep(self, data: bytes) -> None:
        self.size += len(data)
        self.chunks.append(data)
        if self.size > self.limit:
            raise _too_large(self.vendor, self.response, self.limit, b"".join(self.chunks))


def _too_large(vendor: str, response: httpx.Response, limit: int, head: bytes) -> ResponseError:
    return ResponseError(
        vendor,
        f"answer to {response.request.method} {response.request.url.path} is larger than {limit} bytes",
        status_code=response.status_code,
        body=head[:4096],
    )


def _already_read(vendor: str, response: httpx.Response, limit: int) -> bool:
    """Whether the body is in hand (checked against the cap); a declared length past the cap is refused unread."""
    if response.is_stream_consumed:
        if len(response.content) > limit:
            raise _too_large(vendor, response, limit, response.content)
        return True
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise _too_large(vendor, response, limit, b"")
    return False


def read_capped(vendor: str, response: httpx.Response, limit: int) -> None:
    """``Response.read()`` with a cap on the decoded size and, when the request carries one, a deadline (a server
    trickling its answer); the response is closed on every failure."""
    try:
        if _already_read(vendor, response, limit):
            return
        deadline = response.request.extensions.get(DEADLINE)
        body = _Body(vendor, response, limit)
        for raw in response.iter_raw():
            body.add(raw)
            if deadline is not None and time.perf_counter() > deadline:
                raise httpx.ReadTimeout("the answer took longer than the attempt timeout", request=response.request)
        response._content = body.finish()  # what Response.read() does, once the cap has been checked
    except BaseException:
        response.close()
        raise


async def aread_capped(vendor: str, response: httpx.Response, limit: int) -> None:
    """The async twin of :func:`read_capped` (its deadline is the caller's ``asyncio.timeout``)."""
    try:
        if _already_read(vendor, response, limit):
            return
        body = _Body(vendor, response, limit)
        async for raw in response.aiter_raw():
            body.add(raw)
        response._content = body.finish()
    except BaseException:  # the attempt timeout cancels reads half-way: give the connection back
        await response.aclose()
        raise

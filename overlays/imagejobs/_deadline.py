"""Deadlines that hold for sync calls: every connect, write and read of the socket is bounded by what is left.

httpx's sync timeouts bound each read on its own, so a server trickling its headers a byte at a time keeps a call
alive indefinitely, and nothing outside the call can cut it. Here the current deadline (the attempt's, and the
caller's: a ``wait(timeout=...)``) lives in a context variable, set per thread by the client around each attempt and
by the poller around each round, and the sync transport the client factory builds talks to its sockets through
:class:`DeadlineBackend`, which gives each socket operation at most the time remaining and fails it once none is
left. The async clients need none of this: ``asyncio.timeout`` cuts any await.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

import httpcore

__all__ = ["DeadlineBackend", "bounded", "deadline", "expired", "remaining"]

#: When the current call must be over, as a ``time.monotonic()`` value (None: no deadline).
_DEADLINE: ContextVar[float | None] = ContextVar("imagejobs_deadline", default=None)


@contextmanager
def deadline(at: float | None) -> Iterator[None]:
    """Within the block the deadline is ``at`` (a ``time.monotonic()`` value), or an earlier one already set."""
    current = _DEADLINE.get()
    chosen = at if current is None else current if at is None else min(at, current)
    token = _DEADLINE.set(chosen)
    try:
        yield
    finally:
        _DEADLINE.reset(token)


def remaining() -> float | None:
    """Seconds left before the current deadline (never negative), or None without one."""
    at = _DEADLINE.get()
    return None if at is None else max(0.0, at - time.monotonic())


def expired() -> bool:
    at = _DEADLINE.get()
    return at is not None and time.monotonic() >= at


def bounded(timeout: float | None) -> float | None:
    """``timeout`` cut to the time remaining (a socket's timeout for its next operation)."""
    left = remaining()
    if left is None:
        return timeout
    return left if timeout is None else min(timeout, left)


def _left_or_raise(timeout: float | None, error: type[Exception]) -> float | None:
    bound = bounded(timeout)
    if bound is not None and bound <= 0:
        raise error("the call's deadline has passed")
    return bound


class _DeadlineStream(httpcore.NetworkStream):
    """A socket stream whose every operation ends by the deadline current in the calling thread."""

    def __init__(self, stream: httpcore.NetworkStream) -> None:
        self._stream = stream

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._stream.read(max_bytes, _left_or_raise(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._stream.write(buffer, _left_or_raise(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._stream.close()

    def start_tls(self, ssl_context: Any, server_hostname: str | None = None, timeout: float | None = None) -> Any:
        bound = _left_or_raise(timeout, httpcore.ConnectTimeout)
        return _DeadlineStream(self._stream.start_tls(ssl_context, server_hostname, bound))

    def get_extra_info(self, info: str) -> Any:
        return self._stream.get_extra_info(info)


class DeadlineBackend(httpcore.NetworkBackend):
    """httpcore's sync network backend, with every socket operation bounded by the current deadline."""

    def __init__(self, backend: httpcore.NetworkBackend | None = None) -> None:
        self._backend = backend or httpcore.SyncBackend()

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        bound = _left_or_raise(timeout, httpcore.ConnectTimeout)
        return _DeadlineStream(self._backend.connect_tcp(host, port, bound, local_address, socket_options))

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> httpcore.NetworkStream:
        bound = _left_or_raise(timeout, httpcore.ConnectTimeout)
        return _DeadlineStream(self._backend.connect_unix_socket(path, bound, socket_options))

    def sleep(self, seconds: float) -> None:
        self._backend.sleep(seconds)

"""Hostile servers at the socket level, sync and async clients alike: what each failure means for a retry (a submit
whose request may have been read is never sent again) and which typed error the caller gets."""

from __future__ import annotations

import asyncio
import contextlib
import gzip
import json
import socket
import threading
import time
import tracemalloc
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import pytest

import imagejobs
from imagejobs import RetryPolicy, tic_lens

GUID = "3c90c3cc-0d44-4b50-8888-8dd25736052a"
JOB = json.dumps({"sentinelJobGuid": GUID, "status": "processing", "progress": 40}).encode()
FAST = RetryPolicy(max_retries=2, initial_delay=0.01, max_delay=0.02)

Answer = Callable[[socket.socket], None]  # writes (or not) an answer to a request that has been read in full


def _read_request(conn: socket.socket) -> bytes | None:
    """The request line, once the whole request has been read; None when the client hung up first."""
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = conn.recv(65536)
        if not chunk:
            return None
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    lengths = [int(line.split(b":")[1]) for line in head.split(b"\r\n") if line.lower().startswith(b"content-length:")]
    length = lengths[0] if lengths else 0
    while len(body) < length:
        body += conn.recv(65536)
    return head.split(b"\r\n", 1)[0]


@contextmanager
def raw_server(answer: Answer, token: Answer | None = None) -> Iterator[tuple[str, list[int]]]:
    """A server on 127.0.0.1 that reads each request, lets ``answer`` misbehave (``token``, if given, for SASHA's
    token endpoint), then closes the connection."""
    listener = socket.create_server(("127.0.0.1", 0))
    requests = [0]
    lock = threading.Lock()

    def handle(conn: socket.socket) -> None:
        with conn:
            line = _read_request(conn)
            if line is not None:
                with lock:
                    requests[0] += 1
                with contextlib.suppress(OSError):  # the client hung up on a trickle
                    (token if token is not None and b" /oauth/token " in line else answer)(conn)

    def serve() -> None:
        while True:
            try:
                conn, _ = listener.accept()
            except OSError:
                return
            threading.Thread(target=handle, args=(conn,), daemon=True).start()

    threading.Thread(target=serve, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{listener.getsockname()[1]}", requests
    finally:
        listener.close()


def _drop(conn: socket.socket) -> None:
    """Close without a word, after reading the request."""


def _cut_short(conn: socket.socket) -> None:
    conn.sendall(b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 400\r\n\r\n" + JOB[:20])


def _not_http(conn: socket.socket) -> None:
    conn.sendall(b"SSH-2.0-OpenSSH_9.6\r\n\r\n")


def _bad_gzip(conn: socket.socket) -> None:
    conn.sendall(b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-encoding: gzip\r\n"
                 b"content-length: %d\r\n\r\n%s" % (len(JOB), JOB))  # fmt: skip


def _good_gzip(conn: socket.socket) -> None:
    body = gzip.compress(JOB)
    conn.sendall(b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-encoding: gzip\r\n"
                 b"content-length: %d\r\n\r\n%s" % (len(body), body))  # fmt: skip


def _run(
    flavour: str,
    url: str,
    action: Callable[[Any], Any],
    async_action: Callable[[Any], Any],
    retries: RetryPolicy = FAST,
) -> Any:
    client = tic_lens.client(api_key="k", base_url=url, retries=retries, timeout=2.0)
    source = tic_lens.jobs(client)
    if flavour == "sync":
        return action(source)

    async def main() -> Any:
        async with client.get_async_httpx_client():
            return await async_action(source)

    return asyncio.run(main())


def _submit(flavour: str, url: str) -> Any:
    return _run(flavour, url, lambda s: s.submit(file=b"x", file_name="a.png"),
                lambda s: s.asubmit(file=b"x", file_name="a.png"))  # fmt: skip


def _get(flavour: str, url: str) -> Any:
    return _run(flavour, url, lambda s: s.get(GUID), lambda s: s.aget(GUID))


FLAVOURS = ["sync", "async"]


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize("answer", [_drop, _cut_short, _not_http], ids=["drop", "cut_short", "not_http"])
def test_a_submit_the_server_may_have_read_is_never_sent_twice(flavour: str, answer: Answer) -> None:
    with raw_server(answer) as (url, requests), pytest.raises(imagejobs.OutcomeUnknownError) as err:
        _submit(flavour, url)
    assert requests[0] == 1
    assert "look the job up" in str(err.value)


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize("answer", [_drop, _cut_short, _not_http], ids=["drop", "cut_short", "not_http"])
def test_a_read_is_retried_then_a_typed_connection_error(flavour: str, answer: Answer) -> None:
    with raw_server(answer) as (url, requests), pytest.raises(imagejobs.APIConnectionError):
        _get(flavour, url)
    assert requests[0] == 1 + FAST.max_retries


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_a_body_that_does_not_decode_is_a_response_error(flavour: str) -> None:
    with raw_server(_bad_gzip) as (url, _), pytest.raises(imagejobs.ResponseError, match="could not be decoded"):
        _get(flavour, url)


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_a_compressed_answer_is_decoded(flavour: str) -> None:
    with raw_server(_good_gzip) as (url, _):
        job = _get(flavour, url)
    assert job.job_id == GUID and job.progress == 0.4


def test_a_refused_connection_is_retried_even_for_a_submit_async() -> None:
    """Nothing was sent, so a submit may be tried again; the end is a typed connection error, not a timeout."""
    with socket.create_server(("127.0.0.1", 0)) as placeholder:
        url = f"http://127.0.0.1:{placeholder.getsockname()[1]}"
    with pytest.raises(imagejobs.APIConnectionError) as err:
        _submit("async", url)
    assert not isinstance(err.value, imagejobs.APITimeoutError)


def _sized(size: int, declared: int | None = None) -> Answer:
    body = json.dumps({"sentinelJobGuid": GUID, "status": "processing", "pad": "x" * size}).encode()

    def answer(conn: socket.socket) -> None:
        head = b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: %d\r\n\r\n"
        conn.sendall(head % (declared if declared is not None else len(body)) + body)

    return answer


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_an_answer_too_large_to_read_at_once_still_streams(flavour: str) -> None:
    """Above the transport's read-at-once size (imagejobs/_aiohttp.py) the body streams, and still parses."""
    with raw_server(_sized(2 * 1024 * 1024)) as (url, _):
        job = _get(flavour, url)
    assert len(job.raw["pad"]) == 2 * 1024 * 1024


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_an_answer_declared_larger_than_the_cap_is_refused_unread(flavour: str) -> None:
    with raw_server(_sized(10, declared=64 * 1024 * 1024)) as (url, _), pytest.raises(imagejobs.ResponseError) as err:
        _get(flavour, url)
    assert "larger than" in str(err.value)


def _trickle(head: bytes, body: bytes, pause: float = 0.05) -> Answer:
    """Sends ``head`` (all at once, or byte by byte if it is incomplete), then ``body`` a byte per ``pause``."""

    def answer(conn: socket.socket) -> None:
        slow_head = not head.endswith(b"\r\n\r\n")
        for i in range(len(head)) if slow_head else [None]:
            conn.sendall(head[i : i + 1] if i is not None else head)
            if slow_head:
                time.sleep(pause)
        for byte in body:
            conn.sendall(bytes([byte]))
            time.sleep(pause)

    return answer


TRICKLE_BODY = _trickle(b"HTTP/1.1 200 OK\r\ncontent-length: %d\r\n\r\n" % len(JOB), JOB)
TRICKLE_HEAD = _trickle(b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\nx-padding: " + b"x" * 200, b"")
BOUNDED = RetryPolicy(max_retries=1, initial_delay=0.01, max_delay=0.02, attempt_timeout=0.5)


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_a_trickled_answer_is_cut_off_by_the_attempt_timeout(flavour: str) -> None:
    """Each byte arrives well within the read timeout; the attempt timeout still ends every attempt."""
    started = time.monotonic()
    with raw_server(TRICKLE_BODY) as (url, requests), pytest.raises(imagejobs.APITimeoutError):
        _run(flavour, url, lambda s: s.get(GUID), lambda s: s.aget(GUID), retries=BOUNDED)
    assert requests[0] == 2 and time.monotonic() - started < 3


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_a_trickled_answer_to_a_submit_is_outcome_unknown(flavour: str) -> None:
    with raw_server(TRICKLE_BODY) as (url, requests), pytest.raises(imagejobs.OutcomeUnknownError):
        _run(flavour, url, lambda s: s.submit(file=b"x", file_name="a.png"),
             lambda s: s.asubmit(file=b"x", file_name="a.png"), retries=BOUNDED)  # fmt: skip
    assert requests[0] == 1


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_a_trickled_answer_is_cut_off_by_the_call_budget(flavour: str) -> None:
    """No attempt timeout: the budget of the call (RetryPolicy.total_timeout) ends the attempt, and no retry follows."""
    budget = RetryPolicy(max_retries=3, initial_delay=0.01, max_delay=0.02, attempt_timeout=None, total_timeout=0.6)
    started = time.monotonic()
    with raw_server(TRICKLE_BODY) as (url, requests), pytest.raises(imagejobs.APITimeoutError):
        _run(flavour, url, lambda s: s.get(GUID), lambda s: s.aget(GUID), retries=budget)
    assert requests[0] == 1 and time.monotonic() - started < 1.5


def test_trickled_headers_are_cut_off_too_async() -> None:
    started = time.monotonic()
    with raw_server(TRICKLE_HEAD) as (url, _), pytest.raises(imagejobs.APITimeoutError):
        _run("async", url, lambda s: s.get(GUID), lambda s: s.aget(GUID), retries=BOUNDED)
    assert time.monotonic() - started < 3


# --- answers that unpack to far more than they weigh ---------------------------------------------------------------


def _gzip_bomb(mebibytes: int) -> bytes:
    """Zeros, gzip-compressed a mebibyte at a time (about 1000 to 1): ``mebibytes`` MiB once unpacked."""
    packer = zlib.compressobj(9, zlib.DEFLATED, 31)
    zeros = bytes(1024 * 1024)
    return b"".join(packer.compress(zeros) for _ in range(mebibytes)) + packer.flush()


BOMB = _gzip_bomb(128)


def _bomb(status: int) -> Answer:
    def answer(conn: socket.socket) -> None:
        conn.sendall(b"HTTP/1.1 %d X\r\ncontent-type: application/json\r\ncontent-encoding: gzip\r\n"
                     b"connection: close\r\ncontent-length: %d\r\n\r\n%s" % (status, len(BOMB), BOMB))  # fmt: skip

    return answer


def _token(conn: socket.socket) -> None:
    body = json.dumps({"access_token": "t", "expires_in": 3600}).encode()
    conn.sendall(b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\nconnection: close\r\n"
                 b"content-length: %d\r\n\r\n%s" % (len(body), body))  # fmt: skip


def _sasha_get(flavour: str, url: str, retries: RetryPolicy = FAST) -> Any:
    client = imagejobs.sasha.client(client_id="c", client_secret="s", base_url=url, retries=retries, timeout=2.0)
    source = imagejobs.sasha.jobs(client)
    if flavour == "sync":
        return source.get("j1")

    async def main() -> Any:
        async with client.get_async_httpx_client():
            return await source.aget("j1")

    return asyncio.run(main())


def _peak_while(call: Callable[[], Any]) -> tuple[Exception | None, int]:
    """What ``call`` raised, and the most memory Python held meanwhile."""
    error = None
    tracemalloc.start()
    try:
        call()
    except Exception as exc:
        error = exc
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return error, peak


BOMBED: dict[str, Callable[[int], Any]] = {
    "job": lambda status: raw_server(_bomb(status)),
    "token": lambda status: raw_server(_drop, token=_bomb(status)),
    "rejected": lambda status: raw_server(_bomb(status), token=_token),
}


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize(("where", "status"), [("job", 200), ("job", 500), ("token", 200), ("rejected", 401)])
def test_a_gzip_bomb_is_refused_without_unpacking_it(flavour: str, where: str, status: int) -> None:
    """128 MiB of zeros in 128 KiB: every answer a client reads (the job's, an error's, a token endpoint's, the 401
    an auth flow looks at) is unpacked a slice at a time and refused at its cap, long before the whole is in memory."""
    with BOMBED[where](status) as (url, _):
        if where == "job":
            error, peak = _peak_while(lambda: _get(flavour, url))
        else:
            error, peak = _peak_while(lambda: _sasha_get(flavour, url, RetryPolicy.off()))
    cap = 1024 * 1024 if where == "token" else 16 * 1024 * 1024
    assert isinstance(error, imagejobs.ResponseError) and f"larger than {cap} bytes" in str(error), repr(error)
    assert peak < 3 * cap + 8 * 1024 * 1024, f"peak {peak / 2**20:.0f} MiB"


def test_a_trickled_token_answer_is_cut_off_by_the_attempt_timeout_sync() -> None:
    """The token exchange is part of the attempt: the sync client's deadline reaches the auth flow's reads."""
    token = json.dumps({"access_token": "t", "expires_in": 3600, "pad": "x" * 100}).encode()
    slow = _trickle(b"HTTP/1.1 200 OK\r\ncontent-length: %d\r\n\r\n" % len(token), token)
    started = time.monotonic()
    with raw_server(_drop, token=slow) as (url, _), pytest.raises(imagejobs.APITimeoutError):
        _sasha_get("sync", url, RetryPolicy(max_retries=0, attempt_timeout=0.5))
    assert time.monotonic() - started < 3

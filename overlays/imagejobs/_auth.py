"""Shared pieces of the vendors' httpx ``Auth`` flows: token caching, RFC 3986 encoding, body rewriting.

Vendor modules hold the vendor-specific signing; what two or more of them need lives here once.
"""

from __future__ import annotations

import asyncio
import logging
import threading
import time
import weakref
from abc import ABC, abstractmethod
from collections.abc import AsyncGenerator, Generator, Iterable
from dataclasses import dataclass
from urllib.parse import quote

import httpx

from ._http import ErrorParser, redirect_target
from ._origin import origin_of
from ._read import MAX_RESPONSE_BYTES, aread_capped, read_capped
from ._redact import remember
from .errors import ResponseError

#: The largest token answer read: a token is a few KiB; anything near this is not one.
TOKEN_BYTES = 1024 * 1024


def percent_encode(value: str) -> str:
    """RFC 3986 over UTF-8: ``A-Za-z0-9-_.~`` kept, all else ``%XX`` upper-case (space ``%20``, ``*`` ``%2A``)."""
    return quote(value, safe="~")


def canonical_query(pairs: Iterable[tuple[str, str]]) -> str:
    """Sorted ``enc(k)=enc(v)`` joined by ``&``: the query that Huawei and Alibaba sign, and that we then send."""
    return "&".join(f"{percent_encode(k)}={percent_encode(v)}" for k, v in sorted(pairs))


#: The logger of the signers' canonical requests (a child of ``imagejobs``: on with ``IMAGEJOBS_LOG=debug``).
signing_logger = logging.getLogger("imagejobs.signing")


def log_signing(vendor: str, canonical_request: str, string_to_sign: str, redact: Iterable[str | None]) -> None:
    """At DEBUG, what a signer signed, so that a refused signature can be compared with what the vendor expected
    (Alibaba returns its own string to sign). ``redact``: security tokens, replaced (also percent-encoded, once or
    twice) by ``***``; the signing key never reaches here, only its results."""
    if not signing_logger.isEnabledFor(logging.DEBUG):
        return
    for value in filter(None, redact):
        for form in {value, percent_encode(value), percent_encode(percent_encode(value))}:
            canonical_request = canonical_request.replace(form, "***")
            string_to_sign = string_to_sign.replace(form, "***")
    signing_logger.debug("%s: canonical request:\n%s\nstring to sign:\n%s", vendor, canonical_request, string_to_sign)


def with_raw_query(request: httpx.Request, path: str, query: str) -> None:
    """Put exactly ``path?query`` on the wire: httpx would re-encode params (space as ``+``), breaking the signature."""
    raw = path + (f"?{query}" if query else "")
    url = request.url
    if url.userinfo or url.fragment:
        request.url = url.copy_with(raw_path=raw.encode("ascii"))
    else:  # the same URL from one parse of its text (copy_with validates each part apart: a third slower)
        request.url = httpx.URL(f"{url.scheme}://{url.netloc.decode('ascii')}{raw}")


def with_body(request: httpx.Request, body: bytes) -> httpx.Request:
    """A copy of ``request`` with a new body (and Content-Length), for flows that rewrite what is sent."""
    headers = httpx.Headers(request.headers)
    headers.pop("Content-Length", None)
    headers.pop("Transfer-Encoding", None)
    return httpx.Request(request.method, request.url, headers=headers, content=body, extensions=request.extensions)


@dataclass(frozen=True)
class Token:
    value: str
    expires_at: float  # time.monotonic() deadline
    lifetime: float

    def __repr__(self) -> str:
        return f"Token(value='**********', expires_in={self.expires_at - time.monotonic():.0f}s)"


class TokenAuth(httpx.Auth, ABC):
    """An auth flow that first fetches a token with a request of its own, then sends it with every request.

    The token is cached and refreshed ``refresh_margin`` seconds before it expires. Concurrent requests share one
    fetch (a thread lock for sync clients, a per-event-loop lock for async ones). The vendor's answer that the token is
    expired or invalid (a 401, or what :meth:`is_rejected` recognises: Huawei says so with HTTP 400 and ``AIS.0002``)
    triggers one refresh and one resend, never a loop: such an answer is given before any work is done, so the
    resend is safe even for a submit.
    """

    #: Statuses whose body the flow reads before asking :meth:`is_rejected` (the body says whether the token failed).
    rejection_statuses: frozenset[int] = frozenset()

    requires_request_body = True  # the request may be sent twice (after a 401)

    def __init__(self, vendor: str, error_parser: ErrorParser, *, refresh_margin: float = 60.0) -> None:
        self._vendor = vendor
        self._error_parser = error_parser
        self._refresh_margin = refresh_margin
        self._token: Token | None = None
        self._thread_lock = threading.Lock()
        self._loop_locks: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Lock] = (
            weakref.WeakKeyDictionary()
        )
        #: How many tokens this auth has fetched: tests and logs use it to prove caching.
        self.token_fetches = 0

    @abstractmethod
    def token_request(self, request: httpx.Request) -> httpx.Request:
        """The request that obtains a token (``request`` is the one waiting for it, for its URL and User-Agent)."""

    @abstractmethod
    def read_token(self, response: httpx.Response) -> tuple[str, float]:
        """The token and its lifetime in seconds, from a successful token response."""

    @abstractmethod
    def apply(self, request: httpx.Request, token: str) -> None:
        """Put the token on a request."""

    def bypass(self, request: httpx.Request) -> bool:
        """True for a request that must go out without the token (the token endpoint itself); it may adjust it."""
        return False

    def is_rejected(self, response: httpx.Response) -> bool:
        """The vendor's answer that the token is expired or invalid, whatever its status (a 401 by default); the body
        is read for the statuses in :attr:`rejection_statuses`."""
        return response.status_code == 401

    def __repr__(self) -> str:
        return f"{type(self).__name__}(vendor={self._vendor!r}, token={self._token!r})"

    def _fresh(self, rejected: Token | None) -> Token | None:
        token = self._token
        if token is None or token is rejected:
            return None
        # Refresh early; a token that lives less than two margins is refreshed at half its life.
        if time.monotonic() >= token.expires_at - min(self._refresh_margin, token.lifetime / 2):
            return None
        return token

    def _store(self, response: httpx.Response) -> Token:
        # A token endpoint redirecting elsewhere would have the credentials sent there: never followed, named.
        redirect_target(self._vendor, origin_of(response.request.url), response)
        error = self._error_parser(response)
        if error is not None:
            raise error
        if not response.is_success:
            raise ResponseError(
                self._vendor, f"token request answered HTTP {response.status_code}", body=response.content
            )
        value, lifetime = self.read_token(response)
        remember(value)
        lifetime = max(0.0, lifetime)
        self.token_fetches += 1
        self._token = Token(value, time.monotonic() + lifetime, lifetime)
        return self._token

    def _loop_lock(self) -> asyncio.Lock:
        loop = asyncio.get_running_loop()
        lock = self._loop_locks.get(loop)
        if lock is None:
            lock = self._loop_locks[loop] = asyncio.Lock()
        return lock

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.read()
        if self.bypass(request):
            yield request
            return
        rejected: Token | None = None
        for _attempt in range(2):
            with self._thread_lock:
                token = self._fresh(rejected)
                if token is None:
                    token_response = yield self.token_request(request)
                    read_capped(self._vendor, token_response, TOKEN_BYTES)
                    token = self._store(token_response)
            self.apply(request, token.value)
            response = yield request
            if response.status_code in self.rejection_statuses:
                read_capped(self._vendor, response, MAX_RESPONSE_BYTES)
            if not self.is_rejected(response):
                return
            rejected = token

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        await request.aread()
        if self.bypass(request):
            yield request
            return
        rejected: Token | None = None
        for _attempt in range(2):
            async with self._loop_lock():
                token = self._fresh(rejected)
                if token is None:
                    token_response = yield self.token_request(request)
                    await aread_capped(self._vendor, token_response, TOKEN_BYTES)
                    token = self._store(token_response)
            self.apply(request, token.value)
            response = yield request
            if response.status_code in self.rejection_statuses:
                await aread_capped(self._vendor, response, MAX_RESPONSE_BYTES)
            if not self.is_rejected(response):
                return
            rejected = token

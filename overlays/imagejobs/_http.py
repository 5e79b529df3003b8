"""The httpx clients behind every generated ``Client``: vendor errors become typed exceptions here.

The auth flow (signing) runs inside ``send``; everything that must happen once per logical call, above signing,
lives in ``send`` of these subclasses: mapping transport failures and vendor error answers onto
:mod:`imagejobs.errors`, with nothing secret in the messages.
"""

from __future__ import annotations

import asyncio
import logging
import random
import re
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

import httpx

from ._check import check_number
from ._deadline import bounded, deadline, expired, remaining
from ._direct import asend_direct, direct_ok, join_once, send_direct
from ._json import JSON_ERRORS, loads
from ._logging import logger
from ._origin import Origin, origin_of
from ._read import DEADLINE, MAX_RESPONSE_BYTES, aread_capped, read_capped
from ._redact import scrub
from .errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    CrossOriginRedirectError,
    OutcomeUnknownError,
    TransportError,
    UsageError,
    parse_retry_after,
    status_error_class,
)

#: Reads a vendor's answer and returns the error it means, or None for a success. Vendor modules provide one.
ErrorParser = Callable[[httpx.Response], APIStatusError | None]
#: Checks a read answer before anyone trusts it (Smile's response signatures); raises SignatureError.
ResponseCheck = Callable[[httpx.Response], None]


_SECRET_PARAM = re.compile(r"([?&][^=&#]*(?:token|signature|secret|password)[^=&#]*=)[^&#]*", re.IGNORECASE)


def redact_url(url: object) -> str:
    """A URL for logs and messages: the values of query parameters that carry credentials are replaced."""
    return _SECRET_PARAM.sub(r"\1***", str(url))


#: Headers whose values are credentials everywhere; each vendor adds its own (``redact_headers``, from its descriptor).
_SECRET_HEADERS = {"authorization", "proxy-authorization", "set-cookie", "cookie"}


def _secret_header_pattern() -> re.Pattern[bytes]:
    names = b"|".join(re.escape(name.encode("ascii")) for name in sorted(_SECRET_HEADERS))
    return re.compile(rb"(\(b'(?:" + names + rb")', b')[^']*", re.IGNORECASE)


_SECRET_HEADER = _secret_header_pattern()


def redact_headers(names: Iterable[str]) -> None:
    """Add header names whose values the log filter below replaces (a vendor's descriptor's ``secret_headers``)."""
    global _SECRET_HEADER
    new = {name.lower() for name in names} - _SECRET_HEADERS
    if new:
        _SECRET_HEADERS.update(new)
        _SECRET_HEADER = _secret_header_pattern()


class _RedactSecrets(logging.Filter):
    """httpx logs every request URL at INFO (Alibaba's RPC v1 puts the STS ``SecurityToken`` in the query) and
    httpcore logs response headers at DEBUG (Huawei IAM answers with the token in ``X-Subject-Token``, a ``Location``
    may repeat a query's token): credential headers and parameters by name, then every configured secret value
    wherever it stands (``imagejobs._redact``)."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, tuple):
            record.args = tuple(redact_url(a) if isinstance(a, httpx.URL) else a for a in record.args)
        if isinstance(record.msg, str) and "(b'" in record.msg:
            record.msg = _SECRET_HEADER.sub(rb"\1***", record.msg.encode("utf-8", "replace")).decode("utf-8")
        try:
            message = record.getMessage()
        except Exception:  # a broken record is the logging module's to report, not ours
            return True
        clean = scrub(message)
        if clean != message:
            record.msg, record.args = clean, None
        return True


# Logger filters do not apply to child loggers: name each logger that logs request or response details.
_LOGGERS = ("imagejobs", "httpx", "httpcore", "httpcore.http11", "httpcore.http2", "httpcore.connection",
            "httpcore.proxy", "aiohttp", "aiohttp.client", "aiohttp.internal")  # fmt: skip
for _name in _LOGGERS:
    logging.getLogger(_name).addFilter(_RedactSecrets())


_DECODED = "imagejobs.json"


def json_object(response: httpx.Response) -> dict[str, Any] | None:
    """The body as a JSON object, or None when it is not one (HTML error pages, empty bodies, arrays).

    Decoded once per response (kept in its extensions): the signature check and the error parser both read it.
    """
    if _DECODED in response.extensions:
        cached: dict[str, Any] | None = response.extensions[_DECODED]
        return cached
    try:
        value = loads(response.content)
    except JSON_ERRORS:
        value = None
    decoded = value if isinstance(value, dict) else None
    response.extensions[_DECODED] = decoded
    return decoded


def text_or_none(value: object) -> str | None:
    """A vendor field as text: numbers become strings (codes arrive as 2302 or "2302"), other types None."""
    if isinstance(value, str):
        return value or None
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | float):
        return str(value)
    return None


def status_error(
    vendor: str,
    response: httpx.Response,
    *,
    code: object = None,
    message: object = None,
    request_id: object = None,
    details: Mapping[str, Any] | None = None,
    error_class: type[APIStatusError] | None = None,
) -> APIStatusError:
    """The typed error for a vendor's error answer, keeping status, code, message, request id, headers and body."""
    cls = error_class or status_error_class(response.status_code)
    return cls(
        vendor,
        status_code=response.status_code,
        code=text_or_none(code),
        message=text_or_none(message),
        request_id=text_or_none(request_id),
        body=response.content,
        headers=response.headers,
        details=details,
    )


@dataclass(frozen=True)
class RetryPolicy:
    """Automatic retries of requests that are safe to repeat: exponential backoff with jitter, ``Retry-After``
    honoured up to ``retry_after_cap``. ``RetryPolicy.off()`` disables them.

    ``attempt_timeout`` bounds one attempt, token exchange included, from sending to the last byte of the answer,
    however slowly a server trickles it (httpx's timeouts apply to each read, not to the whole); ``None`` removes the
    bound. Async clients enforce it with ``asyncio.timeout``; sync clients whose transport the factory built bound
    every socket operation by the time left (``imagejobs._deadline``), so headers trickled a byte at a time are cut
    too. An attempt cut off is a timeout, retried like one. A caller's deadline (``wait(timeout=...)``) cuts attempts
    and retries the same way.

    ``total_timeout`` is the budget of one call: every attempt and every back-off between them (``None``: unbounded).
    It is a deadline like a caller's: no retry starts, and no back-off is slept, past it; an attempt running when it
    ends is cut off, and the call raises its last error (a timeout: :class:`APITimeoutError`).
    """

    max_retries: int = 2
    initial_delay: float = 0.5
    max_delay: float = 8.0
    jitter: float = 0.25
    retry_after_cap: float = 60.0
    attempt_timeout: float | None = 120.0
    total_timeout: float | None = 300.0

    def __post_init__(self) -> None:
        check_number("RetryPolicy.max_retries", self.max_retries, minimum=0, maximum=100, integer=True)
        check_number("RetryPolicy.initial_delay", self.initial_delay, minimum=0.0)
        check_number("RetryPolicy.max_delay", self.max_delay, minimum=0.0)
        check_number("RetryPolicy.jitter", self.jitter, minimum=0.0, maximum=1.0)
        check_number("RetryPolicy.retry_after_cap", self.retry_after_cap, minimum=0.0)
        if self.attempt_timeout is not None:
            check_number("RetryPolicy.attempt_timeout", self.attempt_timeout, minimum=0.001)

    @classmethod
    def off(cls) -> RetryPolicy:
        return cls(max_retries=0)

    def delay(self, retry: int, retry_after: float | None = None) -> float:
        """Seconds before retry number ``retry`` (1-based): the vendor's Retry-After if it gave one, else backoff."""
        if retry_after is not None:
            return min(retry_after, self.retry_after_cap)
        base = min(self.max_delay, self.initial_delay * 2.0 ** (retry - 1))
        return base * (1 + random.uniform(-self.jitter, self.jitter))


DEFAULT_RETRY = RetryPolicy()
#: Statuses worth another try for a request that is safe to repeat.
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
#: Request extension key for per-call settings: {"retry": RetryPolicy, "safe": bool, "operation": str}.
EXTENSION = "imagejobs"
IsSafe = Callable[[httpx.Request], bool]


def safe_by_method(request: httpx.Request) -> bool:
    return request.method in ("GET", "HEAD", "OPTIONS")


#: Where an answer's request id is looked for when the vendor's descriptor names no header of its own.
REQUEST_ID_HEADERS = ("x-request-id",)


def _request_id(response: httpx.Response, names: tuple[str, ...]) -> str | None:
    for name in names:
        if name in response.headers:
            return response.headers[name]
    return None


class _Attempts:
    """Decides, attempt after attempt, whether to send again; free of I/O so the sync and async clients share it."""

    def __init__(
        self,
        vendor: str,
        request: httpx.Request,
        policy: RetryPolicy,
        is_safe: IsSafe,
        request_id_headers: tuple[str, ...] = REQUEST_ID_HEADERS,
    ) -> None:
        options = request.extensions.get(EXTENSION, {})
        self.vendor = vendor
        self.request_id_headers = request_id_headers
        self.policy: RetryPolicy = options.get("retry") or policy
        self.safe: bool = options["safe"] if "safe" in options else is_safe(request)
        self.operation: str = options.get("operation") or request.url.path
        self.method = request.method
        self.url = request.url
        self.headers = request.headers.copy()
        self.content = request.content  # read by the caller: a retry re-sends (and re-signs) the same bytes
        self.extensions = request.extensions
        self.retries = 0
        self.started = time.perf_counter()

    def budget_deadline(self) -> float | None:
        """When the call's budget (``total_timeout``) ends, as a ``time.monotonic()`` value; None: no budget."""
        budget = self.policy.total_timeout
        return None if budget is None else time.monotonic() + budget

    def attempt_seconds(self) -> float | None:
        """How long the next attempt may take: its attempt timeout, cut to what the caller's deadline leaves."""
        return bounded(self.policy.attempt_timeout)

    def next_request(self, original: httpx.Request) -> httpx.Request:
        """The original for the first attempt; a pristine copy for each retry (the auth flow signs and rewrites the
        request it is given, so a retry starts again from what the caller built, with a fresh signature)."""
        if expired():  # the caller's deadline passed (between attempts, or before the first)
            raise httpx.ConnectTimeout("the call's deadline passed before this attempt", request=original)
        self.started = time.perf_counter()
        limit = self.policy.attempt_timeout
        # The auth flow's token requests share these extensions: the deadline bounds their reads too.
        self.extensions[DEADLINE] = None if limit is None else self.started + limit
        if self.retries == 0:
            return original
        return httpx.Request(
            self.method, self.url, headers=self.headers.copy(), content=self.content, extensions=self.extensions
        )

    def _log(self, status: object, request_id: str | None) -> None:
        if logger.isEnabledFor(logging.DEBUG):
            elapsed = (time.perf_counter() - self.started) * 1000
            logger.debug("%s %s %s -> %s in %.0f ms (request id %s)", self.vendor, self.method, self.operation,
                         status, elapsed, request_id or "-")  # fmt: skip

    def _retry(self, reason: str, retry_after: float | None = None) -> float:
        self.retries += 1
        delay = self.policy.delay(self.retries, retry_after)
        left = remaining()  # never sleep past the caller's deadline (the next attempt then ends the call)
        delay = delay if left is None else min(delay, left)
        logger.info("%s %s %s: %s; retry %d of %d in %.2f s", self.vendor, self.method, self.operation, reason,
                    self.retries, self.policy.max_retries, delay)  # fmt: skip
        return delay

    def after_transport_error(self, exc: httpx.TransportError) -> float:
        """The delay before the next attempt, or the typed error to raise (as an exception)."""
        self._log(type(exc).__name__, None)
        not_sent = isinstance(exc, httpx.ConnectError | httpx.ConnectTimeout | httpx.PoolTimeout)
        if self.retries < self.policy.max_retries and (self.safe or not_sent) and self._time_for_another():
            return self._retry(type(exc).__name__)
        if not self.safe and not not_sent:
            raise OutcomeUnknownError(
                f"{self.vendor}: {self.method} {self.operation}: {type(exc).__name__} after the request was sent; "
                "it may or may not have been carried out: look the job up before submitting again",
                method=self.method,
                url=redact_url(self.url.copy_with(fragment=None)),
                body=self.content,
            ) from exc
        raise _transport_error(self.vendor, self.method, self.url, exc) from exc

    def after_response(self, response: httpx.Response) -> float | None:
        """None when the response is final; else the delay before the next attempt (the body is already read)."""
        self._log(response.status_code, _request_id(response, self.request_id_headers))
        if response.status_code not in RETRY_STATUSES or self.retries >= self.policy.max_retries or not self.safe:
            return None
        retry_after = parse_retry_after(response.headers.get("retry-after"))
        if not self._time_for_another(self.policy.delay(self.retries + 1, retry_after)):
            return None
        return self._retry(f"HTTP {response.status_code}", retry_after)

    def _time_for_another(self, pause: float = 0.0) -> bool:
        """Whether the caller's deadline leaves room for a pause and another attempt."""
        left = remaining()
        return left is None or left > pause


def _transport_error(vendor: str, method: str, url: httpx.URL, exc: httpx.TransportError) -> TransportError:
    # The URL's query may carry signatures and STS tokens (Alibaba RPC): name the path only, never the query.
    where = f"{method} {url.copy_with(query=None, fragment=None)}"
    kind = APITimeoutError if isinstance(exc, httpx.TimeoutException) else APIConnectionError
    return kind(f"{vendor}: {where}: {type(exc).__name__}")


def _follow(client: httpx.Client | httpx.AsyncClient, kwargs: dict[str, Any]) -> bool:
    """Whether the caller asked for redirects to be followed; taken out of ``kwargs``: httpx never follows them here."""
    follow = kwargs.pop("follow_redirects", httpx.USE_CLIENT_DEFAULT)
    return client.follow_redirects if follow is httpx.USE_CLIENT_DEFAULT else bool(follow)


def _shown(url: httpx.URL) -> str:
    """A URL for a message: no userinfo, no fragment, credential parameters redacted."""
    if url.userinfo:
        url = url.copy_with(username="***", password=None)
    return redact_url(url.copy_with(fragment=None))


def check_origin(vendor: str, origin: Origin, request: httpx.Request) -> None:
    """Refuse, before it is signed, a request to any origin but the client's own: credentials go nowhere else."""
    if origin_of(request.url) != origin:
        scheme, host, port = origin
        raise UsageError(
            f"{vendor}: refused to send {request.method} {_shown(request.url)}: this client sends credentials only to "
            f"{scheme}://{host}:{port}"
        )


def redirect_target(
    vendor: str, origin: Origin, response: httpx.Response, request_id_headers: tuple[str, ...] = REQUEST_ID_HEADERS
) -> httpx.URL | None:
    """Where a redirect answer points, if it is one, on the client's origin; a redirect anywhere else is refused
    with :class:`CrossOriginRedirectError` (it would carry credentials, a signature or a signed body there)."""
    if not response.is_redirect:
        return None
    location = response.headers["location"]
    try:
        target: httpx.URL | None = response.request.url.join(location)
    except (httpx.InvalidURL, ValueError):
        target = None
    if target is not None and origin_of(target) == origin:
        return target.copy_with(fragment=None)
    raise CrossOriginRedirectError(
        vendor,
        location=_shown(target) if target is not None else "(a Location that is not a URL)",
        status_code=response.status_code,
        request_id=_request_id(response, request_id_headers),
        body=response.content,
        headers=response.headers,
    )


def _redirected(attempts: _Attempts, response: httpx.Response, target: httpx.URL) -> httpx.Request:
    """The request a same-origin redirect asks for, from what the caller built (signed afresh by the auth flow):
    the method and body kept on 307/308, a GET without body where httpx (and browsers) would switch to one."""
    method = attempts.method
    status = response.status_code
    if (status == 303 and method != "HEAD") or (status in (301, 302) and method == "POST"):
        method = "GET"
    headers = attempts.headers.copy()
    content = attempts.content
    if method != attempts.method:
        content = b""
        for name in ("content-length", "content-type", "transfer-encoding"):
            headers.pop(name, None)
    return httpx.Request(method, target, headers=headers, content=content, extensions=attempts.extensions)


class ImageJobsHTTPClient(httpx.Client):
    """``httpx.Client`` whose ``send`` retries what is safe to repeat (re-signed each time: retries sit above the
    auth flow) and raises :mod:`imagejobs.errors` for transport failures and vendor errors.

    Requests go only to the origin of ``base_url``: any other is refused before signing, a redirect to another origin
    raises :class:`CrossOriginRedirectError` whatever ``follow_redirects`` says, and same-origin redirects are followed
    (when asked) by this client, each hop signed afresh.

    ``direct_transport`` is the transport the client factory built for it (when nothing asked for proxies, mounts or a
    transport of one's own): with it, sends take the short path of :mod:`imagejobs._direct`.
    """

    def __init__(
        self,
        *,
        vendor: str,
        error_parser: ErrorParser | None,
        retry: RetryPolicy = DEFAULT_RETRY,
        is_safe: IsSafe = safe_by_method,
        max_response_bytes: int = MAX_RESPONSE_BYTES,
        response_check: ResponseCheck | None = None,
        direct_transport: httpx.BaseTransport | None = None,
        request_id_headers: tuple[str, ...] = REQUEST_ID_HEADERS,
        **kwargs: Any,
    ) -> None:
        if direct_transport is not None:
            kwargs["transport"] = direct_transport
        super().__init__(**kwargs)
        self._vendor = vendor
        self._origin = origin_of(self.base_url)
        self._response_check = response_check
        self._error_parser = error_parser
        self._retry = retry
        self._is_safe = is_safe
        self._max_response_bytes = max_response_bytes
        self._direct = direct_transport
        self._request_id_headers = request_id_headers

    def build_request(self, method: str, url: httpx.URL | str, **kwargs: Any) -> httpx.Request:
        return super().build_request(method, join_once(self, url, kwargs), **kwargs)

    def send(self, request: httpx.Request, **kwargs: Any) -> httpx.Response:
        request.read()
        follow = _follow(self, kwargs)
        stream = kwargs.pop("stream", False)
        check_origin(self._vendor, self._origin, request)
        response, attempts = self._exchange(request, stream, kwargs)
        for _hop in range(self.max_redirects):
            try:
                target = redirect_target(self._vendor, self._origin, response, self._request_id_headers)
            finally:
                if response.is_redirect:
                    response.close()
            if target is None or not follow:
                break
            response, attempts = self._exchange(_redirected(attempts, response, target), stream, kwargs)
        if self._response_check is not None and not stream:
            self._response_check(response)
        if self._error_parser is not None and (error := self._error_parser(response)) is not None:
            response.close()
            raise error
        return response

    def _exchange(self, request: httpx.Request, stream: bool, kwargs: Any) -> tuple[httpx.Response, _Attempts]:
        """One request, retried as its policy allows; the answer is read unless streamed (and a success)."""
        direct = self._direct if direct_ok(self, stream, kwargs) else None
        attempts = _Attempts(self._vendor, request, self._retry, self._is_safe, self._request_id_headers)
        with deadline(attempts.budget_deadline()):  # the call's budget: a deadline like a caller's
            return self._attempts(request, attempts, direct, stream, kwargs)

    def _attempts(
        self,
        request: httpx.Request,
        attempts: _Attempts,
        direct: httpx.BaseTransport | None,
        stream: bool,
        kwargs: Any,
    ) -> tuple[httpx.Response, _Attempts]:
        while True:
            try:
                attempt = attempts.next_request(request)
                limit = attempts.attempt_seconds()
                with deadline(None if limit is None else time.monotonic() + limit):
                    if direct is not None:
                        response = send_direct(self, direct, attempt, self._vendor, self._max_response_bytes)
                    else:
                        response = super().send(attempt, stream=True, follow_redirects=False, **kwargs)
                    if not stream or not response.is_success:
                        read_capped(self._vendor, response, self._max_response_bytes)
            except httpx.TransportError as exc:
                time.sleep(attempts.after_transport_error(exc))
                continue
            if direct is not None:
                response.elapsed = timedelta(seconds=time.perf_counter() - attempts.started)
            delay = attempts.after_response(response)
            if delay is None:
                return response, attempts
            response.close()
            time.sleep(delay)


class ImageJobsAsyncHTTPClient(httpx.AsyncClient):
    """The async twin of :class:`ImageJobsHTTPClient`."""

    def __init__(
        self,
        *,
        vendor: str,
        error_parser: ErrorParser | None,
        retry: RetryPolicy = DEFAULT_RETRY,
        is_safe: IsSafe = safe_by_method,
        max_response_bytes: int = MAX_RESPONSE_BYTES,
        response_check: ResponseCheck | None = None,
        direct_transport: httpx.AsyncBaseTransport | None = None,
        request_id_headers: tuple[str, ...] = REQUEST_ID_HEADERS,
        **kwargs: Any,
    ) -> None:
        if direct_transport is not None:
            kwargs["transport"] = direct_transport
        super().__init__(**kwargs)
        self._vendor = vendor
        self._origin = origin_of(self.base_url)
        self._response_check = response_check
        self._error_parser = error_parser
        self._retry = retry
        self._is_safe = is_safe
        self._max_response_bytes = max_response_bytes
        self._direct = direct_transport
        self._request_id_headers = request_id_headers

    def build_request(self, method: str, url: httpx.URL | str, **kwargs: Any) -> httpx.Request:
        return super().build_request(method, join_once(self, url, kwargs), **kwargs)

    async def send(self, request: httpx.Request, **kwargs: Any) -> httpx.Response:
        await request.aread()
        follow = _follow(self, kwargs)
        stream = kwargs.pop("stream", False)
        check_origin(self._vendor, self._origin, request)
        response, attempts = await self._exchange(request, stream, kwargs)
        for _hop in range(self.max_redirects):
            try:
                target = redirect_target(self._vendor, self._origin, response, self._request_id_headers)
            finally:
                if response.is_redirect:
                    await response.aclose()
            if target is None or not follow:
                break
            response, attempts = await self._exchange(_redirected(attempts, response, target), stream, kwargs)
        if self._response_check is not None and not stream:
            self._response_check(response)
        if self._error_parser is not None and (error := self._error_parser(response)) is not None:
            await response.aclose()
            raise error
        return response

    async def _exchange(self, request: httpx.Request, stream: bool, kwargs: Any) -> tuple[httpx.Response, _Attempts]:
        direct = self._direct if direct_ok(self, stream, kwargs) else None
        attempts = _Attempts(self._vendor, request, self._retry, self._is_safe, self._request_id_headers)
        with deadline(attempts.budget_deadline()):  # the call's budget: a deadline like a caller's
            return await self._attempts(request, attempts, direct, stream, kwargs)

    async def _attempts(
        self,
        request: httpx.Request,
        attempts: _Attempts,
        direct: httpx.AsyncBaseTransport | None,
        stream: bool,
        kwargs: Any,
    ) -> tuple[httpx.Response, _Attempts]:
        while True:
            try:
                attempt = attempts.next_request(request)
                try:
                    async with asyncio.timeout(attempts.attempt_seconds()):
                        response = await self._attempt(attempt, direct, stream, kwargs)
                except TimeoutError:
                    raise httpx.ReadTimeout(
                        "the attempt took longer than its attempt timeout", request=attempt
                    ) from None
            except httpx.TransportError as exc:
                await asyncio.sleep(attempts.after_transport_error(exc))
                continue
            if direct is not None:
                response.elapsed = timedelta(seconds=time.perf_counter() - attempts.started)
            delay = attempts.after_response(response)
            if delay is None:
                return response, attempts
            await response.aclose()
            await asyncio.sleep(delay)

    async def _attempt(
        self, request: httpx.Request, direct: httpx.AsyncBaseTransport | None, stream: bool, kwargs: Any
    ) -> httpx.Response:
        if direct is not None:
            response = await asend_direct(self, direct, request, self._vendor, self._max_response_bytes)
        else:
            response = await super().send(request, stream=True, follow_redirects=False, **kwargs)
        if not stream or not response.is_success:
            await aread_capped(self._vendor, response, self._max_response_bytes)
        return response

"""The one error hierarchy of imagejobs: everything the suite raises on purpose is an :class:`ImageJobsError`.

Nothing the vendor sent is lost: status errors keep the HTTP status, the vendor's code and message, the request id and
the raw body. No message ever contains a credential: messages are built from the vendor's code and message only.
"""

from __future__ import annotations

import email.utils
import time
from collections.abc import Mapping
from typing import Any

from ._redact import scrub, scrub_bytes, scrub_value

__all__ = [
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "CredentialsError",
    "CrossOriginRedirectError",
    "ImageJobsError",
    "JobExpiredError",
    "MissingDependencyError",
    "NotFoundError",
    "OutcomeUnknownError",
    "PermissionDeniedError",
    "RateLimitError",
    "ReplayError",
    "ResponseError",
    "ServerError",
    "SignatureError",
    "TransportError",
    "UnknownVendorError",
    "UnsupportedOperation",
    "UsageError",
]


class ImageJobsError(Exception):
    """Base of every error imagejobs raises on purpose.

    Any configured secret value in its arguments (a vendor echoing a header, a ``Location`` repeating a token) is
    replaced by a fixed marker, when raised and again when shown (a secret may be configured later).
    """

    def __init__(self, *args: object, **kwargs: Any) -> None:  # kwargs: ImportError's name= and path=
        super().__init__(*(scrub(arg) if isinstance(arg, str) else arg for arg in args), **kwargs)

    def __str__(self) -> str:
        return scrub(super().__str__())

    def __repr__(self) -> str:
        return scrub(super().__repr__())


class UnknownVendorError(ImageJobsError, ValueError):
    """A vendor name that is not one of ``imagejobs.VENDORS``."""

    def __init__(self, name: str, known: tuple[str, ...]) -> None:
        super().__init__(f"unknown vendor {name!r}; expected one of: {', '.join(known)}")
        self.name = name


class UsageError(ImageJobsError, ValueError):
    """A call refused before anything is sent: missing, contradictory or malformed arguments."""


class MissingDependencyError(ImageJobsError, ImportError):
    """A feature whose optional dependencies (an extra of the distribution) are not installed.

    Also an :class:`ImportError`, which is what code that probes for optional features already catches.
    """

    def __init__(self, extra: str, feature: str, module: str) -> None:
        super().__init__(
            f"{feature} needs the optional dependencies of imagejobs[{extra}] ({module} is not installed): "
            f"pip install 'imagejobs[{extra}]'",
            name=module,
        )
        self.extra = extra
        self.feature = feature
        self.module = module


class CredentialsError(ImageJobsError):
    """Credentials are missing or malformed; raised before any request is sent, naming what is missing."""

    def __init__(self, vendor: str, message: str, *, missing: tuple[str, ...] = ()) -> None:
        super().__init__(f"{vendor}: {message}")
        self.vendor = vendor
        self.missing = missing


class SignatureError(ImageJobsError):
    """A response or webhook signature is absent or wrong: the payload must not be trusted."""

    def __init__(self, vendor: str, message: str, *, body: bytes | None = None) -> None:
        super().__init__(f"{vendor}: {message}")
        self.vendor = vendor
        self.body = None if body is None else scrub_bytes(body)


class ReplayError(SignatureError):
    """A correctly signed webhook seen before, or outside the accepted time window: a possible replay."""


class ResponseError(ImageJobsError):
    """The vendor answered, but not with what the spec says (not JSON, wrong shape); the raw body is kept."""

    def __init__(
        self,
        vendor: str,
        message: str,
        *,
        status_code: int | None = None,
        body: bytes = b"",
        request_id: str | None = None,
    ) -> None:
        super().__init__(f"{vendor}: {message}")
        self.vendor = vendor
        self.status_code = status_code
        self.body = scrub_bytes(body)
        self.request_id = None if request_id is None else scrub(request_id)


class APIStatusError(ImageJobsError):
    """The vendor refused the request: an HTTP error status, or an error result code in a 200 answer (Smile)."""

    def __init__(
        self,
        vendor: str,
        *,
        status_code: int,
        code: str | None = None,
        message: str | None = None,
        request_id: str | None = None,
        body: bytes = b"",
        headers: Mapping[str, str] | None = None,
        details: Mapping[str, Any] | None = None,
    ) -> None:
        # Everything the vendor sent is kept, except the configured secret values it may have echoed.
        self.vendor = vendor
        self.status_code = status_code
        self.code = None if code is None else scrub(code)
        self.message = None if message is None else scrub(message)
        self.request_id = None if request_id is None else scrub(request_id)
        self.body = scrub_bytes(body)
        self.headers: dict[str, str] = {name.lower(): scrub(value) for name, value in (headers or {}).items()}
        #: Vendor fields beyond code and message (Alibaba ``Recommend`` and ``HostId``, Huawei ``fail_category``, ...).
        self.details: dict[str, Any] = scrub_value(dict(details or {}))
        super().__init__(self._describe())

    def _describe(self) -> str:
        parts = [f"{self.vendor}: HTTP {self.status_code}"]
        if self.code:
            parts.append(f"code={self.code}")
        if self.message:
            parts.append(self.message)
        if self.request_id:
            parts.append(f"(request id {self.request_id})")
        return " ".join(parts)


class CrossOriginRedirectError(APIStatusError):
    """The vendor answered with a redirect to another origin: never followed (it would carry credentials, a signature
    or a signed body elsewhere), whatever ``follow_redirects`` says. ``location`` is the target, credentials
    redacted."""

    def __init__(self, vendor: str, *, location: str, **kwargs: Any) -> None:
        self.location = location
        super().__init__(vendor, **kwargs)

    def _describe(self) -> str:
        return f"{super()._describe()}: redirect to another origin refused: {self.location}"


class BadRequestError(APIStatusError):
    """400, or a vendor result code saying the request itself was wrong."""


class AuthenticationError(APIStatusError):
    """401, or a vendor code saying the credentials or signature were rejected."""


class PermissionDeniedError(APIStatusError):
    """403: authenticated, but not allowed (not subscribed, add-on missing). A sibling of
    :class:`AuthenticationError`, as in openai-python: ``except AuthenticationError`` means "the credentials are
    wrong", which a 403 is not."""


class NotFoundError(APIStatusError):
    """404, or a vendor code saying the job does not exist."""


class JobExpiredError(NotFoundError):
    """The vendor no longer keeps this job's result (Huawei keeps batch results for 30 minutes)."""


class ConflictError(APIStatusError):
    """409."""


class RateLimitError(APIStatusError):
    """429: the vendor asks the caller to slow down; ``retry_after`` is its advice in seconds, when it gives one."""

    @property
    def retry_after(self) -> float | None:
        return parse_retry_after(self.headers.get("retry-after"))


class ServerError(APIStatusError):
    """5xx, or a vendor code for an internal error."""


class UnsupportedOperation(ImageJobsError):
    """The vendor has no such operation (Smile jobs are not submitted here; Smile and Alibaba have no job list)."""

    def __init__(self, vendor: str, operation: str, reason: str) -> None:
        super().__init__(f"{vendor}: {operation} is not supported: {reason}")
        self.vendor = vendor
        self.operation = operation
        self.reason = reason


class TransportError(ImageJobsError):
    """The request did not get an answer: connection refused or dropped, DNS, TLS."""


class APIConnectionError(TransportError):
    """No connection, or the connection broke before an answer."""


class APITimeoutError(APIConnectionError):
    """A connect, read, write or pool timeout, or an attempt or call over its budget. An
    :class:`APIConnectionError`, as in openai-python: ``except APIConnectionError`` catches timeouts too."""


class OutcomeUnknownError(TransportError):
    """A request that is not safe to repeat (a submit) was sent, but its answer never came (timeout, dropped
    connection): the job may or may not exist. Look it up instead of submitting again; ``method``, ``url`` (credentials
    redacted) and ``body`` say what was sent."""

    def __init__(self, message: str, *, method: str, url: str, body: bytes) -> None:
        super().__init__(message)
        self.method = method
        self.url = scrub(url)
        self.body = scrub_bytes(body)


def parse_retry_after(value: str | None, *, now: float | None = None) -> float | None:
    """``Retry-After`` as seconds from now: a number of seconds or an HTTP date; None when absent or unreadable."""
    if value is None:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        return None
    return max(0.0, when.timestamp() - (time.time() if now is None else now))


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    429: RateLimitError,
}


def status_error_class(status_code: int) -> type[APIStatusError]:
    """The most specific error class for an HTTP status."""
    if status_code in _BY_STATUS:
        return _BY_STATUS[status_code]
    if status_code >= 500:
        return ServerError
    if status_code == 422:
        return BadRequestError
    return APIStatusError

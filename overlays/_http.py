"""The httpx clients behind every generated ``Client``: vendor errors become typed exceptions here.

The auth flow (signing) runs inside ``send``; everything that must happen once per logical call, above signing,
lives in ``send`` of these subclasses: mapping transport failures and vendor error answers onto
:mod:`overlays.errors`, with nothing secret in the messages.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Callable, Mapping
from typing import Any

import httpx

from .errors import APIConnectionError, APIStatusError, APITimeoutError, TransportError, status_error_class

#: Reads a vendor's answer and returns the error it means, or None for a success. Vendor modules provide one.
ErrorParser = Callable[[httpx.Response], APIStatusError | None]


_SECRET_PARAM = re.compile(r"([?&][^=&#]*(?:token|signature|secret|password)[^=&#]*=)[^&#]*", re.IGNORECASE)


def redact_url(url: object) -> str:
    """A URL for logs and messages: the values of query parameters that carry credentials are replaced."""
    return _SECRET_PARAM.sub(r"\1***", str(url))


_SECRET_HEADER = re.compile(
    rb"(\(b'(?:authorization|x-auth-token|x-subject-token|x-api-key|x-security-token|x-acs-security-token|"
    rb"set-cookie|cookie)', b')[^']*",
    re.IGNORECASE,
)


class _RedactSecrets(logging.Filter):
    """httpx logs every request URL at INFO (Alibaba's RPC v1 puts the STS ``SecurityToken`` in the query) and
    httpcore logs response headers at DEBUG (Huawei IAM answers with the token in ``X-Subject-Token``)."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, tuple):
            record.args = tuple(redact_url(a) if isinstance(a, httpx.URL) else a for a in record.args)
        if isinstance(record.msg, str) and "(b'" in record.msg:
            record.msg = _SECRET_HEADER.sub(rb"\1***", record.msg.encode("utf-8", "replace")).decode("utf-8")
        return True


# Logger filters do not apply to child loggers: name each logger that logs request or response details.
for _name in ("httpx", "httpcore.http11", "httpcore.http2", "httpcore.connection", "httpcore.proxy"):
    logging.getLogger(_name).addFilter(_RedactSecrets())


def json_object(response: httpx.Response) -> dict[str, Any] | None:
    """The body as a JSON object, or None when it is not one (HTML error pages, empty bodies, arrays)."""
    try:
        value = json.loads(response.content)
    except ValueError:
        return None
    return value if isinstance(value, dict) else None


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


def _transport_error(vendor: str, request: httpx.Request, exc: httpx.TransportError) -> TransportError:
    # The URL's query may carry signatures and STS tokens (Alibaba RPC): name the path only, never the query.
    where = f"{request.method} {request.url.copy_with(query=None, fragment=None)}"
    kind = APITimeoutError if isinstance(exc, httpx.TimeoutException) else APIConnectionError
    return kind(f"{vendor}: {where}: {type(exc).__name__}")


class ImageJobsHTTPClient(httpx.Client):
    """``httpx.Client`` whose ``send`` raises :mod:`overlays.errors` for transport failures and vendor errors."""

    def __init__(self, *, vendor: str, error_parser: ErrorParser | None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._vendor = vendor
        self._error_parser = error_parser

    def send(self, request: httpx.Request, **kwargs: Any) -> httpx.Response:
        try:
            response = super().send(request, **kwargs)
        except httpx.TransportError as exc:
            raise _transport_error(self._vendor, request, exc) from exc
        if self._error_parser is not None:
            if not response.is_success and not response.is_closed:
                response.read()
            error = self._error_parser(response)
            if error is not None:
                response.close()
                raise error
        return response


class ImageJobsAsyncHTTPClient(httpx.AsyncClient):
    """The async twin of :class:`ImageJobsHTTPClient`."""

    def __init__(self, *, vendor: str, error_parser: ErrorParser | None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._vendor = vendor
        self._error_parser = error_parser

    async def send(self, request: httpx.Request, **kwargs: Any) -> httpx.Response:
        try:
            response = await super().send(request, **kwargs)
        except httpx.TransportError as exc:
            raise _transport_error(self._vendor, request, exc) from exc
        if self._error_parser is not None:
            if not response.is_success and not response.is_closed:
                await response.aread()
            error = self._error_parser(response)
            if error is not None:
                await response.aclose()
                raise error
        return response

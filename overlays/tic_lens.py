"""tic.io Lens Sentinel: the ``x-api-key`` header on ``generated.tic_lens``."""

from __future__ import annotations

from collections.abc import Generator, Mapping
from typing import Any

import httpx
from pydantic import SecretStr

from generated.tic_lens.client import Client

from ._client import ClientOptions, build_client
from ._credentials import Settings
from ._http import json_object, status_error
from .errors import APIStatusError

__all__ = ["DEFAULT_BASE_URL", "ApiKeyAuth", "Client", "client", "parse_error"]

VENDOR = "tic_lens"
DEFAULT_BASE_URL = "https://lens-api.tic.io"


def parse_error(response: httpx.Response) -> APIStatusError | None:
    """Lens does not document its error body; read ASP.NET ProblemDetails and the usual ``error``/``message`` keys."""
    if response.is_success:
        return None
    body = json_object(response) or {}
    message = body.get("detail") or body.get("errorMessage") or body.get("message") or body.get("title")
    code = body.get("code") or body.get("error") or body.get("type")
    request_id = body.get("traceId") or response.headers.get("x-request-id")
    details: dict[str, Any] = {k: body[k] for k in ("title", "type", "errors") if k in body}
    return status_error(VENDOR, response, code=code, message=message, request_id=request_id, details=details)


class ApiKeyAuth(httpx.Auth):
    """The ``x-api-key`` header on every request."""

    def __init__(self, api_key: SecretStr) -> None:
        self._api_key = api_key

    def __repr__(self) -> str:
        return "ApiKeyAuth(api_key='**********')"

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["x-api-key"] = self._api_key.get_secret_value()
        yield request


def client(
    *,
    api_key: str | SecretStr | None = None,
    base_url: str | None = None,
    timeout: httpx.Timeout | float | None = None,
    httpx_args: Mapping[str, Any] | None = None,
) -> Client:
    """A generated Lens ``Client``; arguments fall back to ``IMAGEJOBS_TIC_LENS_API_KEY`` and ``..._BASE_URL``."""
    settings = Settings(VENDOR)
    key = settings.secret("api_key", api_key, required=True)
    base = settings.value("base_url", base_url, default=DEFAULT_BASE_URL)
    settings.require_all()
    assert key is not None and base is not None
    options = ClientOptions(
        vendor=VENDOR,
        base_url=base,
        auth=ApiKeyAuth(key),
        timeout=timeout,
        httpx_args=httpx_args or {},
        error_parser=parse_error,
    )
    return build_client(Client, options)

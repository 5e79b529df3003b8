"""SASHA Partner API: OAuth2 client credentials on the generated ``generated.sasha`` client.

from overlays import sasha
from generated.sasha.api.jobs import get_job

client = sasha.client(client_id="...", client_secret="...")   # or IMAGEJOBS_SASHA_CLIENT_ID / _CLIENT_SECRET
job = get_job.sync(client=client, job_id="...")
"""

from __future__ import annotations

import base64
from collections.abc import Mapping
from typing import Any
from urllib.parse import urlencode

import httpx
from pydantic import SecretStr

from generated.sasha.client import Client

from ._auth import TokenAuth
from ._client import ClientOptions, build_client
from ._credentials import Settings
from ._http import json_object, status_error
from .errors import APIStatusError, ResponseError

__all__ = ["DEFAULT_BASE_URL", "Client", "SashaAuth", "client", "parse_error"]

VENDOR = "sasha"
DEFAULT_BASE_URL = "https://partner.api.sasha.eu"
TOKEN_PATH = "/oauth/token"


def parse_error(response: httpx.Response) -> APIStatusError | None:
    """SASHA's error body is not documented: read the usual shapes (``{error: {code, message}}``, ``{error, message}``,
    OAuth's ``{error, error_description}``) and keep the raw body whatever it is."""
    if response.is_success:
        return None
    body = json_object(response) or {}
    error = body.get("error")
    code: object = body.get("code")
    message: object = body.get("message") or body.get("error_description")
    if isinstance(error, dict):
        code = error.get("code", code)
        message = error.get("message", message)
    elif isinstance(error, str):
        code = code or error
    request_id = body.get("request_id") or response.headers.get("x-request-id")
    return status_error(VENDOR, response, code=code, message=message, request_id=request_id)


class SashaAuth(TokenAuth):
    """Client credentials: a Bearer token from ``POST /oauth/token`` (HTTP Basic ``client_id:client_secret``)."""

    def __init__(
        self, *, client_id: str, client_secret: SecretStr, token_url: str, refresh_margin: float = 60.0
    ) -> None:
        super().__init__(VENDOR, parse_error, refresh_margin=refresh_margin)
        self._client_id = client_id
        self._client_secret = client_secret
        self._token_url = httpx.URL(token_url)

    def __repr__(self) -> str:
        return f"SashaAuth(client_id={self._client_id!r}, client_secret='**********', token_url='{self._token_url}')"

    def _basic(self) -> str:
        pair = f"{self._client_id}:{self._client_secret.get_secret_value()}".encode()
        return "Basic " + base64.b64encode(pair).decode("ascii")

    def token_request(self, request: httpx.Request) -> httpx.Request:
        headers = {
            "Authorization": self._basic(),
            "Content-Type": "application/x-www-form-urlencoded",
            "Accept": "application/json",
        }
        if "user-agent" in request.headers:
            headers["User-Agent"] = request.headers["user-agent"]
        body = urlencode({"grant_type": "client_credentials"}).encode()
        return httpx.Request("POST", self._token_url, headers=headers, content=body, extensions=request.extensions)

    def read_token(self, response: httpx.Response) -> tuple[str, float]:
        body = json_object(response)
        token = body.get("access_token") if body else None
        if not isinstance(token, str) or not token:
            raise ResponseError(VENDOR, "token response has no access_token", status_code=response.status_code)
        expires_in = body.get("expires_in") if body else None
        if isinstance(expires_in, str) and expires_in.isdigit():
            expires_in = int(expires_in)
        lifetime = (
            float(expires_in) if isinstance(expires_in, int | float) and not isinstance(expires_in, bool) else 3600.0
        )
        return token, lifetime

    def apply(self, request: httpx.Request, token: str) -> None:
        request.headers["Authorization"] = f"Bearer {token}"

    def bypass(self, request: httpx.Request) -> bool:
        if request.url.path != self._token_url.path:
            return False
        request.headers["Authorization"] = self._basic()  # the token endpoint takes Basic auth, not a Bearer token
        return True


def client(
    *,
    client_id: str | None = None,
    client_secret: str | SecretStr | None = None,
    base_url: str | None = None,
    timeout: httpx.Timeout | float | None = None,
    httpx_args: Mapping[str, Any] | None = None,
    refresh_margin: float = 60.0,
) -> Client:
    """A generated SASHA ``Client`` that fetches, caches and refreshes its OAuth token by itself.

    Arguments fall back to ``IMAGEJOBS_SASHA_CLIENT_ID``, ``IMAGEJOBS_SASHA_CLIENT_SECRET`` and
    ``IMAGEJOBS_SASHA_BASE_URL``; a missing one raises :class:`~overlays.errors.CredentialsError` at once.
    """
    settings = Settings(VENDOR)
    cid = settings.value("client_id", client_id, required=True)
    secret = settings.secret("client_secret", client_secret, required=True)
    base = settings.value("base_url", base_url, default=DEFAULT_BASE_URL)
    settings.require_all()
    assert cid is not None and secret is not None and base is not None
    auth = SashaAuth(
        client_id=cid, client_secret=secret, token_url=base.rstrip("/") + TOKEN_PATH, refresh_margin=refresh_margin
    )
    options = ClientOptions(
        vendor=VENDOR, base_url=base, auth=auth, timeout=timeout, httpx_args=httpx_args or {}, error_parser=parse_error
    )
    return build_client(Client, options)

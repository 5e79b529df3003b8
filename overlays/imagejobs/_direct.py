"""The short path through an httpx client, used by :mod:`imagejobs._http`'s clients when the factory built their
transport (no proxies, mounts or transport of the caller's own).

``httpx.Client.send`` spends about 40 to 90 us per call on machinery these clients do not use: redirect and
event-hook handling, stream wrappers, a cookie-jar pass over every answer; ``build_request`` parses each URL up to
three times. Here the auth flow is driven as httpx drives it and each request goes straight to the transport; what
httpx would still do is kept (the request timeout extension, cookies from ``Set-Cookie``, httpx's log line, the
closed-client error). ``scripts/bench.py`` (P2, P4) measures it; tests/test_direct_send.py checks it against httpx.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

import httpx

from ._read import aread_capped, read_capped

__all__ = ["asend_direct", "direct_ok", "join_once", "send_direct"]

_HTTPX_LOG = logging.getLogger("httpx")


def _log_exchange(request: httpx.Request, response: httpx.Response) -> None:
    """httpx's own INFO line, so the direct path logs what ``httpx.Client`` would (through the redaction filter)."""
    if _HTTPX_LOG.isEnabledFor(logging.INFO):
        _HTTPX_LOG.info('HTTP Request: %s %s "%s %d %s"', request.method, request.url, response.http_version,
                        response.status_code, response.reason_phrase)  # fmt: skip


def direct_ok(client: httpx.Client | httpx.AsyncClient, stream: bool, kwargs: Mapping[str, Any]) -> bool:
    """Whether a send may take the short path: only when nothing httpx's ``send`` adds is in use (event hooks,
    per-call auth, streaming). Redirects are the calling client's own business (``imagejobs._http``), either way."""
    return (
        not stream
        and client.auth is not None
        and kwargs.get("auth", httpx.USE_CLIENT_DEFAULT) is httpx.USE_CLIENT_DEFAULT
        and not any(client.event_hooks.values())
    )


def join_once(
    client: httpx.Client | httpx.AsyncClient, url: httpx.URL | str, kwargs: dict[str, Any]
) -> httpx.URL | str:
    """For ``build_request``: ``base_url`` + ``url`` (+ the ``params`` in ``kwargs``, then taken out) parsed once, or
    ``url`` untouched where httpx's own merge must decide.

    httpx parses a relative URL, then the joined one, then that again with the params (about 12 us each; P2 and P4 in
    ``scripts/bench.py``). For the URLs the generated operations build (a path from the root, no query or fragment
    of its own, no client-wide params) one parse of the joined text gives the same URL: tests/test_direct_send.py
    checks that against httpx with generated paths and params.
    """
    if not isinstance(url, str) or not url.startswith("/") or url.startswith("//") or "?" in url or "#" in url:
        return url
    base = client.base_url
    if client.params or base.query or base.fragment or base.userinfo:
        return url
    joined = f"{base.scheme}://{base.netloc.decode('ascii')}{base.raw_path.decode('ascii')}{url[1:]}"
    params = kwargs.pop("params", None)
    if params is not None:
        query = httpx.QueryParams(params)
        if query:  # as httpx: params that encode to nothing (``{"a": []}``) still leave a bare "?"
            joined = f"{joined}?{query}"
    return httpx.URL(joined)


def _received(client: httpx.Client | httpx.AsyncClient, request: httpx.Request, response: httpx.Response) -> None:
    response.request = request
    if "set-cookie" in response.headers:  # httpx parses every answer for cookies; only these can carry one
        client.cookies.extract_cookies(response)
    _log_exchange(request, response)


def _prepare(client: httpx.Client | httpx.AsyncClient, request: httpx.Request) -> httpx.Auth:
    if client.is_closed:
        raise RuntimeError("Cannot send a request, as the client has been closed.")
    request.extensions.setdefault("timeout", client.timeout.as_dict())
    assert client.auth is not None  # direct_ok
    return client.auth


def send_direct(
    client: httpx.Client, transport: httpx.BaseTransport, request: httpx.Request, vendor: str, limit: int
) -> httpx.Response:
    """One attempt: the auth flow driven as httpx drives it (an answer the flow looked at is read, under the size
    cap ``limit``, before its next request), each request handed to the client's transport; the final answer is
    returned unread."""
    flow = _prepare(client, request).sync_auth_flow(request)
    try:
        request = next(flow)
        while True:
            try:
                response = transport.handle_request(request)
            except httpx.RequestError as exc:
                exc.request = request
                raise
            _received(client, request, response)
            try:
                request = flow.send(response)
            except StopIteration:
                return response
            except BaseException:
                response.close()
                raise
            read_capped(vendor, response, limit)
    finally:
        flow.close()


async def asend_direct(
    client: httpx.AsyncClient, transport: httpx.AsyncBaseTransport, request: httpx.Request, vendor: str, limit: int
) -> httpx.Response:
    """The async twin of :func:`send_direct`."""
    flow = _prepare(client, request).async_auth_flow(request)
    try:
        request = await flow.__anext__()
        while True:
            try:
                response = await transport.handle_async_request(request)
            except httpx.RequestError as exc:
                exc.request = request
                raise
            _received(client, request, response)
            try:
                request = await flow.asend(response)
            except StopAsyncIteration:
                return response
            except BaseException:
                await response.aclose()
                raise
            await aread_capped(vendor, response, limit)
    finally:
        await flow.aclose()

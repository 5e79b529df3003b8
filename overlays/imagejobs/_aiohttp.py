"""The default async transport: aiohttp's connection pool behind httpx's interface (httpx-aiohttp).

Chosen by measurement (``scripts/bench.py``, P4). What differs from httpx-aiohttp's own transport, and why:

- The URL goes to aiohttp as a ``yarl.URL`` marked as already encoded: aiohttp re-quotes a URL given as text (``%2A``
  becomes ``*``), and the signed vendors need the query on the wire to be exactly the one they signed.
- aiohttp's errors map onto httpx's by what they mean for a retry. httpx-aiohttp maps every
  ``ClientConnectionError`` to ``ConnectTimeout``, "never sent", so a submit whose connection the server dropped
  after reading it would be sent again; here only a failed connect is "not sent".
- A small answer with a declared length is read at once (one aiohttp read, no httpx stream machinery per chunk);
  anything else streams as before, so the client's size cap still applies before the body is read.
- aiohttp's own resend of an idempotent request after a dropped connection is off: the client's RetryPolicy is the
  one retry layer.

Imported only when an async client is first built, so sync users never load aiohttp.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Iterator

import aiohttp
import httpx
from aiohttp import ClientTimeout
from httpx_aiohttp import AiohttpTransport
from yarl import URL

from ._http import redact_url

__all__ = ["ExactURLAiohttpTransport"]

#: Answers up to this size (as declared by Content-Length) are read in one go by the transport.
EAGER_READ_BYTES = 1024 * 1024

#: First match wins: the more specific aiohttp errors come first.
_ERRORS: tuple[tuple[type[BaseException], type[httpx.TransportError]], ...] = (
    (aiohttp.ConnectionTimeoutError, httpx.ConnectTimeout),  # connecting, or waiting for a pooled connection
    (aiohttp.ServerTimeoutError, httpx.ReadTimeout),  # includes SocketTimeoutError (sock_read)
    (aiohttp.ClientProxyConnectionError, httpx.ProxyError),
    (aiohttp.ClientHttpProxyError, httpx.ProxyError),
    (aiohttp.ClientConnectorError, httpx.ConnectError),  # no connection: nothing was sent
    (aiohttp.ServerDisconnectedError, httpx.RemoteProtocolError),  # the request may have been read
    (aiohttp.ClientPayloadError, httpx.RemoteProtocolError),  # a body cut short
    (aiohttp.ClientResponseError, httpx.RemoteProtocolError),  # an answer that is not HTTP
    (aiohttp.NonHttpUrlClientError, httpx.UnsupportedProtocol),
    (aiohttp.InvalidUrlClientError, httpx.UnsupportedProtocol),
    (aiohttp.ClientConnectionError, httpx.ReadError),  # reset mid-exchange: the request may have been read
    (asyncio.TimeoutError, httpx.ReadTimeout),
)


@contextlib.contextmanager
def _mapped_errors() -> Iterator[None]:
    try:
        yield
    except httpx.TransportError:
        raise
    except Exception as exc:
        for source, target in _ERRORS:
            if isinstance(exc, source):
                # aiohttp's messages may carry the URL, whose query can hold a signature or STS token (Alibaba v1).
                raise target(f"{type(exc).__name__}: {redact_url(exc)}") from None
        raise


class _Body(httpx.AsyncByteStream):
    def __init__(self, response: aiohttp.ClientResponse) -> None:
        self._response = response

    async def __aiter__(self) -> AsyncIterator[bytes]:
        with _mapped_errors():
            async for chunk in self._response.content.iter_chunked(64 * 1024):
                yield chunk

    async def aclose(self) -> None:
        with _mapped_errors():
            await self._response.__aexit__(None, None, None)


class ExactURLAiohttpTransport(AiohttpTransport):
    def get_client(self) -> aiohttp.ClientSession:
        session = super().get_client()
        # One retry layer, the client's RetryPolicy: aiohttp would itself send an idempotent request once more after
        # a dropped connection, so a policy of 2 retries would make 6 requests (tests/test_transport_errors.py).
        session._retry_connection = False
        return session

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if self.client is None or callable(self.client):
            self.client = self.get_client()
        timeout = request.extensions.get("timeout", {})
        with _mapped_errors():
            response = await self.client.request(
                method=request.method,
                url=URL(str(request.url), encoded=True),
                headers=request.headers,
                data=request.content or None,  # the client reads every body before sending (retries, signing)
                allow_redirects=False,
                auto_decompress=False,
                compress=False,
                timeout=ClientTimeout(
                    sock_connect=timeout.get("connect"), sock_read=timeout.get("read"), connect=timeout.get("pool")
                ),
                server_hostname=request.extensions.get("sni_hostname"),
            ).__aenter__()
        extensions = {"http_version": b"HTTP/1.1"}
        if response.reason:
            extensions["reason_phrase"] = response.reason.encode()
        length = response.content_length
        if length is not None and length <= EAGER_READ_BYTES:
            try:
                with _mapped_errors():
                    body = await response.read()
            finally:
                response.release()
            # A stream, not content=: httpx decodes Content-Encoding when the client reads it, where a bad encoding
            # becomes the client's typed error.
            return httpx.Response(
                response.status,
                headers=response.raw_headers,
                stream=httpx.ByteStream(body),
                request=request,
                extensions=extensions,
            )
        return httpx.Response(
            status_code=response.status,
            headers=response.raw_headers,
            stream=_Body(response),
            request=request,
            extensions=extensions,
        )

"""The default async transport: aiohttp's connection pool behind httpx's interface (httpx-aiohttp).

Chosen by measurement (``scripts/bench.py``, P4). One change to httpx-aiohttp's transport: aiohttp re-quotes a URL
given as text (``%2A`` becomes ``*``), and the signed vendors need the query on the wire to be exactly the one they
signed, so the URL goes to aiohttp as a ``yarl.URL`` marked as already encoded. Imported only when an async client is
first built, so sync users never load aiohttp.
"""

from __future__ import annotations

import httpx
from aiohttp import ClientTimeout
from httpx_aiohttp import AiohttpTransport
from httpx_aiohttp.transport import AiohttpResponseStream, map_aiohttp_exceptions
from yarl import URL

__all__ = ["ExactURLAiohttpTransport"]


class ExactURLAiohttpTransport(AiohttpTransport):
    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if self.client is None or callable(self.client):
            self.client = self.get_client()
        timeout = request.extensions.get("timeout", {})
        with map_aiohttp_exceptions():
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
        return httpx.Response(
            status_code=response.status,
            headers=response.raw_headers,
            stream=AiohttpResponseStream(response),
            request=request,
            extensions=extensions,
        )

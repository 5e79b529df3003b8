"""A minimal, fast HTTP/1.1 keep-alive server on 127.0.0.1 for benchmarks: canned answers by path, no parsing
beyond what keep-alive needs, so the client side dominates what is measured."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable

Answer = tuple[int, bytes]  # status, JSON body
Router = Callable[[str, str], Answer]  # (method, target) -> answer


class _Protocol(asyncio.Protocol):
    def __init__(self, router: Router, counter: list[int]) -> None:
        self.router = router
        self.counter = counter
        self.buffer = b""
        self.transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        while True:
            head_end = self.buffer.find(b"\r\n\r\n")
            if head_end < 0:
                return
            head = self.buffer[:head_end].decode("latin-1")
            length = 0
            for line in head.split("\r\n")[1:]:
                name, _, value = line.partition(":")
                if name.strip().lower() == "content-length":
                    length = int(value.strip())
            if len(self.buffer) < head_end + 4 + length:
                return
            self.buffer = self.buffer[head_end + 4 + length :]
            method, target = head.split(" ", 2)[:2]
            status, body = self.router(method, target)
            self.counter[0] += 1
            assert self.transport is not None
            self.transport.write(
                f"HTTP/1.1 {status} OK\r\ncontent-type: application/json\r\ncontent-length: {len(body)}\r\n"
                f"connection: keep-alive\r\n\r\n".encode()
                + body
            )


class FastServer:
    """``with FastServer(router) as server: server.url``; ``server.requests`` counts what it answered."""

    def __init__(self, router: Router) -> None:
        self.router = router
        self._counter = [0]
        self._loop = asyncio.new_event_loop()
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self.port = 0

    def _run(self) -> None:
        asyncio.set_event_loop(self._loop)
        server = self._loop.run_until_complete(
            self._loop.create_server(lambda: _Protocol(self.router, self._counter), "127.0.0.1", 0, backlog=512)
        )
        self.port = server.sockets[0].getsockname()[1]
        self._ready.set()
        self._loop.run_forever()
        server.close()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def requests(self) -> int:
        return self._counter[0]

    def __enter__(self) -> FastServer:
        self._thread.start()
        self._ready.wait(5)
        return self

    def __exit__(self, *exc: object) -> None:
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(5)

"""uvicorn in daemon threads, one per vendor, on sockets bound before any thread starts (so ports are known at once)."""

from __future__ import annotations

import socket
import threading
import time

import uvicorn
from starlette.types import ASGIApp

_START_TIMEOUT = 10.0


def bind(host: str, port: int) -> socket.socket:
    """A listening TCP socket on ``host:port`` (port 0: any free port)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
        sock.listen(128)
    except OSError:
        sock.close()
        raise
    return sock


class ServerThread:
    """One uvicorn server on one pre-bound socket, in a daemon thread; quiet, and leaving logging config alone."""

    def __init__(self, name: str, app: ASGIApp, sock: socket.socket) -> None:
        config = uvicorn.Config(
            app, log_config=None, log_level="warning", access_log=False, lifespan="off", timeout_graceful_shutdown=1
        )
        self.socket = sock
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(
            target=self.server.run, kwargs={"sockets": [sock]}, name=f"sandbox-{name}", daemon=True
        )

    @property
    def port(self) -> int:
        port: int = self.socket.getsockname()[1]
        return port

    def start(self) -> None:
        self.thread.start()

    def stop(self) -> None:
        self.server.should_exit = True

    def join(self, timeout: float) -> None:
        self.thread.join(timeout)
        self.socket.close()


def wait_started(threads: list[ServerThread]) -> None:
    """Return once every server accepts connections; raise if one died or did not come up in time."""
    deadline = time.monotonic() + _START_TIMEOUT
    while not all(t.server.started for t in threads):
        dead = [t.thread.name for t in threads if not t.thread.is_alive() and not t.server.started]
        if dead:
            raise RuntimeError(f"sandbox server(s) failed to start: {', '.join(dead)}")
        if time.monotonic() > deadline:
            raise RuntimeError(f"sandbox servers did not start within {_START_TIMEOUT:.0f} s")
        time.sleep(0.005)

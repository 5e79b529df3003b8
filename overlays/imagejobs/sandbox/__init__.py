"""Local servers that behave like the vendors, for tests, the demo and ``imagejobs sandbox``.

Each vendor is a Starlette app that authenticates exactly as the vendor does (answering in the vendor's error shapes),
creates jobs, moves them through the vendor's states over :class:`Timings`, fails any job whose URL, file name or
video id contains "fail", pages its lists, counts requests per (method, operationId) and can be told to answer 429::

    from imagejobs import sasha
    from imagejobs.sandbox import DEMO, Sandbox

    with Sandbox() as sandbox:                       # 127.0.0.1, free ports
        client = sasha.client(**DEMO["sasha"], base_url=sandbox.base_urls["sasha"])

Each vendor's part is the ``SANDBOX`` class of the module its descriptor names (``imagejobs.sandbox._<vendor>``): its
app, demo credentials, demo jobs and error shape; nothing here lists vendors.

The sandbox stands apart from the client path: only the CLI and the demo import it (it imports the pure signing
helpers to verify requests), and Starlette and uvicorn are imported only here.
"""

# ruff: noqa: E402 - the modules below import Starlette: they come after the check that names the missing extra.
from __future__ import annotations

import sys
import time
from collections import Counter
from types import TracebackType

from .._extras import require

require("sandbox", "imagejobs.sandbox (the local vendor sandboxes)")

from starlette.types import ASGIApp

from .._registry import check_vendor
from ._base import VendorSandbox
from ._config import DEMO, ORDER, Timings, base_urls, consecutive_ports, environment, sandbox_class
from ._faults import Fault, FaultKind, error_code
from ._server import ServerThread, bind, wait_started

__all__ = [
    "DEMO",
    "Fault",
    "FaultKind",
    "Sandbox",
    "Timings",
    "VendorSandbox",
    "env_lines",
    "error_code",
    "sandbox_class",
    "serve_forever",
]

_DEFAULT_TIMINGS = Timings()  # frozen: one shared default is safe


class Sandbox:
    """Every vendor's sandbox. ``port=0``: any free ports; ``port=N``: N, N+1, ... in the order of ``ORDER``.

    ``base_urls`` (and :meth:`env`) are known once :meth:`start` has bound the ports (at once for a fixed port).
    """

    def __init__(self, *, host: str = "127.0.0.1", port: int = 0, timings: Timings = _DEFAULT_TIMINGS) -> None:
        self.host = host
        self.port = port
        self.timings = timings
        self._vendors = {name: sandbox_class(name)(timings) for name in ORDER}
        self._threads: list[ServerThread] = []
        self.base_urls: dict[str, str] = base_urls(host, consecutive_ports(port)) if port else {}

    def __repr__(self) -> str:
        state = "running" if self._threads else "stopped"
        return f"Sandbox(host={self.host!r}, port={self.port}, {state})"

    def start(self) -> Sandbox:
        """Serve every vendor (uvicorn in daemon threads); returns once all of them accept connections."""
        if self._threads:
            return self
        ports = consecutive_ports(self.port) if self.port else dict.fromkeys(ORDER, 0)
        sockets = []
        try:
            for vendor in ORDER:
                try:
                    sockets.append(bind(self.host, ports[vendor]))
                except OSError as exc:
                    where = f"{self.host}:{ports[vendor]}"
                    raise OSError(exc.errno, f"sandbox: cannot listen on {where} for {vendor}: {exc.strerror}") from exc
        except OSError:
            for sock in sockets:
                sock.close()
            raise
        self._threads = [ServerThread(v, self._vendors[v].app(), s) for v, s in zip(ORDER, sockets, strict=True)]
        self.base_urls = base_urls(self.host, {v: t.port for v, t in zip(ORDER, self._threads, strict=True)})
        for thread in self._threads:
            thread.start()
        try:
            wait_started(self._threads)
        except RuntimeError:
            self.stop()
            raise
        return self

    def stop(self) -> None:
        threads, self._threads = self._threads, []
        for thread in threads:
            thread.stop()
        for thread in threads:
            thread.join(5.0)

    def __enter__(self) -> Sandbox:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.stop()

    def env(self) -> dict[str, str]:
        """``IMAGEJOBS_*`` variables that make every client factory reach this sandbox with no arguments."""
        if not self.base_urls:
            raise RuntimeError("sandbox: start() it first, its ports are not bound yet")
        return environment(self.base_urls, self.timings)

    def counts(self, vendor: str) -> Counter[tuple[str, str]]:
        """Requests received by a vendor since the last reset, by (HTTP method, spec operationId)."""
        return self._vendors[check_vendor(vendor)].counts()

    def reset_counts(self) -> None:
        for sandbox in self._vendors.values():
            sandbox.reset_counts()

    def rate_limit(self, vendor: str, seconds: float) -> None:
        """Make a vendor answer 429 (with ``Retry-After``) to every request for the next ``seconds``."""
        self._vendors[check_vendor(vendor)].rate_limit(seconds)

    def inject(self, vendor: str, fault: Fault) -> None:
        """Arm a fault on one vendor: its next matching requests misbehave (see :class:`Fault`)."""
        self._vendors[check_vendor(vendor)].faults.add(fault)

    def clear_faults(self) -> None:
        for sandbox in self._vendors.values():
            sandbox.faults.clear()

    def app(self, vendor: str) -> ASGIApp:
        return self._vendors[check_vendor(vendor)].app()

    def vendor_sandbox(self, vendor: str) -> VendorSandbox:
        """One vendor's sandbox (its own state and helpers)."""
        return self._vendors[check_vendor(vendor)]


def env_lines(port: int, host: str = "127.0.0.1", timings: Timings = _DEFAULT_TIMINGS) -> list[str]:
    """``NAME=value`` lines for a sandbox on ``port`` (N..N+4), without starting anything."""
    if port <= 0:
        raise ValueError("sandbox: env_lines needs the fixed port the sandbox will listen on")
    return [f"{name}={value}" for name, value in environment(base_urls(host, consecutive_ports(port)), timings).items()]


def serve_forever(port: int, host: str = "127.0.0.1", timings: Timings = _DEFAULT_TIMINGS) -> None:
    """Serve in the foreground (``imagejobs sandbox``): print the ``IMAGEJOBS_*`` lines, then serve until Ctrl-C."""
    with Sandbox(host=host, port=port, timings=timings) as sandbox:
        for name, value in sandbox.env().items():
            print(f"{name}={value}", flush=True)
        print(f"# imagejobs sandbox on {host}:{port}..{port + len(ORDER) - 1}; Ctrl-C to stop", file=sys.stderr)
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            pass

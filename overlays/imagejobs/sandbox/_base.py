"""What every vendor sandbox shares: request counts, the optional 429, job timelines, timestamps and JSON answers."""

from __future__ import annotations

import json
import math
import threading
import time
import uuid
from abc import ABC, abstractmethod
from collections import Counter
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Literal

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route

from ._config import Timings
from ._faults import Faults, apply

Handler = Callable[[Request], Awaitable[Response]]
Phase = Literal["first", "running", "final"]


@dataclass(frozen=True)
class Timeline:
    """A job's life from its creation: first state until ``pending``, running until ``running``, then final."""

    created: float
    pending: float
    running: float

    @property
    def final_at(self) -> float:
        return self.created + max(self.pending, self.running)

    def phase(self, now: float) -> Phase:
        if now >= self.final_at:
            return "final"
        return "running" if now >= self.created + self.pending else "first"

    def changed_at(self, now: float) -> float:
        """When the job last changed state (its ``updated`` time)."""
        return {"first": self.created, "running": self.created + self.pending, "final": self.final_at}[self.phase(now)]

    def progress(self, now: float) -> float:
        """0 at the end of the first state, 1 when final, linear between."""
        span = self.final_at - (self.created + self.pending)
        if span <= 0:
            return 1.0 if now >= self.final_at else 0.0
        return min(1.0, max(0.0, (now - self.created - self.pending) / span))


def should_fail(*names: str | None) -> bool:
    """The sandbox's one failure rule: a URL, file name or id that contains "fail" ends failed."""
    return any(name is not None and "fail" in name.lower() for name in names)


def iso(timestamp: float, *, millis: bool = False) -> str:
    """UTC ``YYYY-MM-DDTHH:MM:SSZ`` (or with ``.mmm``), the format most of these vendors answer in."""
    moment = datetime.fromtimestamp(timestamp, UTC)
    text = moment.strftime("%Y-%m-%dT%H:%M:%S")
    return f"{text}.{moment.microsecond // 1000:03d}Z" if millis else f"{text}Z"


def new_id() -> str:
    return str(uuid.uuid4())


def compact(value: Any) -> Any:
    """The value without ``None`` members, at any depth: vendors that omit nulls answer like this."""
    if isinstance(value, Mapping):
        return {k: compact(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [compact(v) for v in value]
    return value


def json_answer(body: Any, status: int = 200, headers: Mapping[str, str] | None = None) -> Response:
    return JSONResponse(body, status_code=status, headers=dict(headers or {}))


async def json_body(request: Request) -> Any:
    """The decoded JSON body, or ``ValueError`` when it is not JSON (each vendor answers that its own way)."""
    raw = await request.body()
    return json.loads(raw) if raw else None


class VendorSandbox(ABC):
    """One vendor's sandbox: its state behind a lock, its counts per (method, operationId), and its ASGI app."""

    vendor: str

    def __init__(self, timings: Timings, *, clock: Callable[[], float] = time.time) -> None:
        self.timings = timings
        self.now = clock
        self.lock = threading.Lock()
        self._counts: Counter[tuple[str, str]] = Counter()
        self._blocked_until = 0.0
        self._app: Starlette | None = None
        self.faults = Faults()

    # --- counts and the optional 429 ------------------------------------------------------------------------------

    def counts(self) -> Counter[tuple[str, str]]:
        with self.lock:
            return Counter(self._counts)

    def reset_counts(self) -> None:
        with self.lock:
            self._counts.clear()

    def rate_limit(self, seconds: float) -> None:
        with self.lock:
            self._blocked_until = self.now() + seconds

    def admit(self, method: str, operation: str) -> int | None:
        """Count the request; while rate limited, the whole seconds the caller should wait (else None)."""
        with self.lock:
            self._counts[(method, operation)] += 1
            remaining = self._blocked_until - self.now()
        return max(1, math.ceil(remaining)) if remaining > 0 else None

    def timeline(self) -> Timeline:
        return Timeline(self.now(), self.timings.pending, self.timings.running)

    # --- the app --------------------------------------------------------------------------------------------------

    def operation(self, path: str, method: str, operation: str, handler: Handler) -> Route:
        """A route for one spec operation: counted, and answered with the vendor's 429 while rate limited."""

        async def endpoint(request: Request) -> Response:
            wait = self.admit(request.method, operation)
            if wait is not None:
                return self.too_many_requests(request, wait)
            return await apply(self.vendor, self.faults.take(operation), request, lambda: handler(request))

        return Route(path, endpoint, methods=[method], name=operation)

    @abstractmethod
    def routes(self) -> list[BaseRoute]: ...

    @abstractmethod
    def too_many_requests(self, request: Request, retry_after: int) -> Response: ...

    @abstractmethod
    def no_route(self, request: Request, status: int) -> Response:
        """The vendor's answer to a path or method it does not serve (404 or 405)."""

    def app(self) -> Starlette:
        if self._app is None:

            async def missing(request: Request, exc: Exception) -> Response:
                return self.no_route(request, getattr(exc, "status_code", 404))

            self._app = Starlette(routes=self.routes(), exception_handlers={404: missing, 405: missing})
        return self._app

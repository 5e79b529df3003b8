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
from typing import TYPE_CHECKING, Any, ClassVar, Literal

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route

from ._config import Timings
from ._faults import Faults, apply
from ._validation import operation_ids, request_problems, warm

if TYPE_CHECKING:
    from imagejobs_generated.normalized_job import Job, JobRef

    from .._jobs import JobSource

#: A PNG's first bytes: what the demo uploads.
DEMO_PNG = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000")

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
    """One vendor's sandbox: its state behind a lock, its counts per (method, operationId), and its ASGI app.

    A vendor's sandbox module exports its subclass as ``SANDBOX``; the class attributes and class methods below are
    what the shared sandbox runner, the demo, the fault matrix and the benchmarks read of a vendor.
    """

    vendor: str
    #: Demo credentials: keyword names of the vendor's ``client(...)`` factory.
    credentials: ClassVar[Mapping[str, str]]
    #: Faults only this vendor's answers can carry (``big_uint64``, ``bad_signature``, ``stale_signature``).
    extra_faults: ClassVar[frozenset[str]] = frozenset()
    #: Appended to ``http://host:port`` to make the base URL the client factory takes (Smile: ``/v1``).
    base_path: ClassVar[str] = ""

    @classmethod
    def environment_credentials(cls) -> Mapping[str, str]:
        """The credentials ``IMAGEJOBS_<VENDOR>_*`` variables carry (a vendor with several schemes picks one)."""
        return cls.credentials

    @classmethod
    def demo_credentials(cls) -> Mapping[str, str]:
        """The credentials the demo's client uses (a vendor with several schemes shows the one worth showing)."""
        return cls.credentials

    @classmethod
    def extra_environment(cls, base_url: str) -> Mapping[str, str]:
        """Variables beyond base URL and credentials, by name after ``IMAGEJOBS_<VENDOR>_``."""
        return {}

    @classmethod
    def seeded(cls) -> list[JobRef]:
        """Jobs the sandbox has from the start (a vendor that takes no submissions here)."""
        return []

    @classmethod
    def demo_jobs(cls, source: JobSource) -> list[Job | JobRef]:
        """What ``imagejobs demo`` waits for at this vendor: jobs it submits through ``source``, or seeded ones."""
        return list(cls.seeded())

    @classmethod
    def error_body(cls, status: int) -> dict[str, Any]:
        """A fault's error answer in the vendor's own shape, with a code and a message (default: RFC 9457)."""
        return {"type": "about:blank", "title": f"Fault{status}", "status": status,
                "detail": f"sandbox fault: HTTP {status}", "traceId": "fault-trace-id"}  # fmt: skip

    def __init__(self, timings: Timings, *, clock: Callable[[], float] = time.time) -> None:
        self.timings = timings
        self.now = clock
        self.lock = threading.Lock()
        self._counts: Counter[tuple[str, str]] = Counter()
        self._blocked_until = 0.0
        self._app: Starlette | None = None
        self.faults = Faults()
        warm(self.vendor)  # before any job's timeline starts: the first request must not wait for the spec

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
            return await apply(
                self.vendor, self.faults.take(operation), request, lambda: self.checked(request, operation, handler)
            )

        return Route(path, endpoint, methods=[method], name=operation)

    async def checked(self, request: Request, operation: str, handler: Handler) -> Response:
        """The handler's answer to a request the spec allows; the vendor's refusal (``invalid_request``) otherwise."""
        if operation in operation_ids(self.vendor):
            body = await request.body()
            problems = request_problems(
                self.vendor, request.method, request.url.path, request.query_params, request.headers, body
            )
            if problems:
                return self.invalid_request(request, operation, problems)
        return await handler(request)

    @abstractmethod
    def routes(self) -> list[BaseRoute]: ...

    @abstractmethod
    def too_many_requests(self, request: Request, retry_after: int) -> Response: ...

    @abstractmethod
    def invalid_request(self, request: Request, operation: str, problems: list[str]) -> Response:
        """The vendor's answer to a request its spec forbids (``problems`` say why, one sentence each)."""

    @abstractmethod
    def no_route(self, request: Request, status: int) -> Response:
        """The vendor's answer to a path or method it does not serve (404 or 405)."""

    def app(self) -> Starlette:
        if self._app is None:

            async def missing(request: Request, exc: Exception) -> Response:
                return self.no_route(request, getattr(exc, "status_code", 404))

            self._app = Starlette(routes=self.routes(), exception_handlers={404: missing, 405: missing})
        return self._app

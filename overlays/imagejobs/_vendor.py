"""What shared code needs to know about a vendor, held in one typed value: each vendor module's ``DESCRIPTOR``.

The poller, the CLI, the demo, the sandbox runner, the HTTP client, ``scripts/bench.py``, ``scripts/_fault_matrix.py``
and the tests read a vendor's facts from here (through :mod:`imagejobs._registry`) instead of listing vendors by hand,
so that adding a vendor is its spec, its overlay module, its sandbox module and one line in the registry.
Kept free of httpx and pydantic: ``import imagejobs`` stays cheap.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ._check import check_number

if TYPE_CHECKING:
    import httpx

    from imagejobs_generated.normalized_job import JobState

__all__ = ["BenchRequest", "FaultOperations", "PollPolicy", "SubmitFlag", "SubmitForm", "VendorDescriptor"]


@dataclass(frozen=True)
class PollPolicy:
    """How often one vendor is asked: from ``start`` seconds, times ``factor`` each quiet round, up to ``maximum``."""

    start: float
    maximum: float
    factor: float = 1.6
    jitter: float = 0.2  # +-20 %
    rate_limit_pause: float = 30.0  # after a 429 without Retry-After

    def __post_init__(self) -> None:
        check_number("PollPolicy.start", self.start, minimum=0.0)
        check_number("PollPolicy.maximum", self.maximum, minimum=self.start)
        check_number("PollPolicy.factor", self.factor, minimum=1.0)
        check_number("PollPolicy.jitter", self.jitter, minimum=0.0, maximum=1.0)
        check_number("PollPolicy.rate_limit_pause", self.rate_limit_pause, minimum=0.0)

    def with_env(self, vendor: str) -> PollPolicy:
        """``IMAGEJOBS_<VENDOR>_POLL_INTERVAL`` (seconds) overrides the start, and caps at four times it."""
        value = os.environ.get(f"IMAGEJOBS_{vendor.upper()}_POLL_INTERVAL")
        try:
            start = float(value) if value else None
        except ValueError:
            start = None
        if start is None or start <= 0:
            return self
        return PollPolicy(start, start * 4, self.factor, self.jitter, min(self.rate_limit_pause, start * 10))


@dataclass(frozen=True, kw_only=True)
class SubmitFlag:
    """One option of ``imagejobs submit VENDOR`` and the ``submit`` keyword it fills."""

    flag: str
    keyword: str
    help: str | None = None
    repeat: bool = False  # may be given several times: the keyword gets a list
    required: bool = False
    choices: tuple[str, ...] = ()
    default: str | None = None
    metavar: str | None = None


@dataclass(frozen=True, kw_only=True)
class SubmitForm:
    """How a vendor's job source submits: the CLI's help and flags, and one valid submission (tests, benchmarks)."""

    help: str
    flags: tuple[SubmitFlag, ...]
    example: Mapping[str, Any]
    #: Refuses (UsageError) what the job source would refuse, in the CLI's flag names; given the submit keywords.
    check_flags: Callable[[Mapping[str, Any]], None] | None = None


@dataclass(frozen=True, kw_only=True)
class FaultOperations:
    """The spec operations the fault matrix arms: what a ``get``, a poll round of one job and a ``submit`` call."""

    get: str
    poll: str
    submit: str | None
    #: The HTTP method the sandbox counts each of them under.
    methods: Mapping[str, str]


@dataclass(frozen=True, kw_only=True)
class BenchRequest:
    """The read ``scripts/bench.py`` measures (P2): a generated operation on our client, against the same read signed
    inline on a bare ``httpx.Client``."""

    operation: str  # the generated operation's module, imported by the benchmark
    kwargs: Callable[[], Mapping[str, Any]]
    credentials: Mapping[str, str]  # the client factory's keywords (no base_url)
    base_path: str = ""  # appended to the server's URL to make the client's base_url
    #: Further keywords of the client factory (Smile: the server's one answer, signed once, needs a wide replay window).
    client_options: Mapping[str, Any] = field(default_factory=dict)
    #: path prefix -> the JSON answer the benchmark's server gives (built once, before timing).
    answers: Callable[[], Mapping[str, Any]]
    bare: Callable[[httpx.Client, str], Any]  # (client on the server, server host) -> the decoded answer


@dataclass(frozen=True, kw_only=True)
class VendorDescriptor:
    """Everything shared code needs from one vendor; a vendor module exports exactly one, as ``DESCRIPTOR``."""

    name: str  # the spec name: specs/<name>.yaml -> imagejobs_generated.<name> -> imagejobs.<name>
    title: str  # the API, for humans
    states: Mapping[str, JobState]  # vendor status -> normalized state
    poll_policy: PollPolicy
    submit: SubmitForm | None  # None: the vendor takes no submissions here
    #: Headers that carry credentials: redacted from httpx's and httpcore's log records.
    secret_headers: frozenset[str] = frozenset()
    #: Where the vendor's answers carry their request id, first match wins (lower case).
    request_id_headers: tuple[str, ...] = ()
    #: The sandbox module (imported lazily, never by the client path): it exports ``SANDBOX``, its VendorSandbox
    #: class, which holds the app, the demo credentials and the demo jobs.
    sandbox: str
    faults: FaultOperations
    bench: BenchRequest
    #: The fewest requests one poll round of ``n`` outstanding jobs can take (the request economy, P3).
    poll_requests: Callable[[int], int]
    #: ``get_many`` adds what a poll answer leaves out (Alibaba: signed output URLs): ask again once jobs are final.
    get_after_wait: bool = False

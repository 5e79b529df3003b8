"""Waiting for many jobs across vendors: ``wait`` (sync) and ``await_jobs`` (async).

One scheduler (:class:`_Schedule`, no I/O) decides which vendor polls when; two thin drivers run its rounds on the
sync or the async job sources. Per vendor: the interval starts short and backs off with jitter (reset when a job
changes), Huawei's advice of 30 s is its default, a 429 pauses the whole vendor (``Retry-After``, else the vendor's
pause: SASHA blocks a partner for about a minute), and transient failures (transport, 5xx) only delay the next round.
Each round asks a vendor's source for all of that vendor's outstanding jobs at once (``poll``), which is where the
per-vendor request economy lives.
"""

from __future__ import annotations

import asyncio
import base64
import json
import os
import random
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from imagejobs_generated.normalized_job import Job, JobRef, JobState, Vendor

from ._http import RetryPolicy
from ._jobs import JobSource
from ._json import JSON_ERRORS
from ._registry import check_vendor, vendor_module
from .errors import ImageJobsError, RateLimitError, ServerError, TransportError, UsageError

__all__ = ["DEFAULT_POLICIES", "PollPolicy", "WaitResult", "await_jobs", "decode_token", "encode_token", "wait"]

FINAL = frozenset({JobState.completed, JobState.failed})
TOKEN_PREFIX = "ijw1."


@dataclass(frozen=True)
class PollPolicy:
    """How often one vendor is asked: from ``start`` seconds, times ``factor`` each quiet round, up to ``maximum``."""

    start: float
    maximum: float
    factor: float = 1.6
    jitter: float = 0.2  # +-20 %
    rate_limit_pause: float = 30.0  # after a 429 without Retry-After

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


DEFAULT_POLICIES: dict[str, PollPolicy] = {
    "sasha": PollPolicy(1.0, 30.0, rate_limit_pause=60.0),  # a 429 blocks the partner for about a minute
    "huawei_moderation": PollPolicy(30.0, 30.0),  # the vendor's advice: every 30 s
    "smile_identity": PollPolicy(2.0, 60.0),
    "alibaba_vod": PollPolicy(2.0, 60.0),
    "tic_lens": PollPolicy(1.0, 30.0),
}


@dataclass
class WaitResult:
    """Where every job ended up: ``done`` (final), ``pending`` (the deadline came first) and a ``token`` to resume."""

    done: list[Job]
    pending: list[Job | JobRef]
    token: str
    rounds: dict[str, int] = field(default_factory=dict)

    @property
    def failed(self) -> list[Job]:
        return [j for j in self.done if j.state is JobState.failed]

    @property
    def timed_out(self) -> bool:
        return bool(self.pending)


def _key(ref: JobRef) -> tuple[str, str]:
    return ref.vendor.value, ref.job_id


def encode_token(items: Iterable[Job | JobRef]) -> str:
    """A versioned, secret-free string of job references and last known states; :func:`wait` resumes from it."""
    jobs = []
    for item in items:
        ref = item.ref if isinstance(item, Job) else item
        entry: dict[str, Any] = {"vendor": ref.vendor.value, "job_id": ref.job_id}
        if ref.extra:
            entry["extra"] = dict(ref.extra)
        if isinstance(item, Job):
            entry |= {"state": item.state.value, "vendor_status": item.vendor_status}
        jobs.append(entry)
    raw = json.dumps({"v": 1, "jobs": jobs}, separators=(",", ":")).encode()
    return TOKEN_PREFIX + base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_token(token: str) -> list[tuple[JobRef, JobState | None, str | None]]:
    """The references and last known states in a continuation token; a foreign or damaged token is a UsageError."""
    if not token.startswith(TOKEN_PREFIX):
        raise UsageError("not an imagejobs continuation token (or one from a newer version)")
    body = token[len(TOKEN_PREFIX) :]
    try:
        data = json.loads(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)))
        entries = []
        for entry in data["jobs"]:
            ref = JobRef(vendor=Vendor(entry["vendor"]), job_id=entry["job_id"], extra=entry.get("extra", {}))
            state = JobState(entry["state"]) if entry.get("state") else None
            entries.append((ref, state, entry.get("vendor_status")))
    except (*JSON_ERRORS, KeyError, TypeError) as exc:
        raise UsageError(f"damaged continuation token ({type(exc).__name__})") from None
    return entries


@dataclass
class _VendorClock:
    policy: PollPolicy
    interval: float
    due: float = 0.0
    rounds: int = 0


class _Schedule:
    """The poller's decisions, free of I/O: who is due, what changed, when to wake."""

    def __init__(
        self,
        items: Iterable[Job | JobRef],
        *,
        final_states: frozenset[JobState],
        policies: Mapping[str, PollPolicy],
        on_change: Callable[[Job], None] | None,
        deadline: float | None,
    ) -> None:
        self.final_states = final_states
        self.on_change = on_change
        self.deadline = deadline
        self.known: dict[tuple[str, str], Job | JobRef] = {}
        self.done: dict[tuple[str, str], Job] = {}
        for item in items:
            ref = item.ref if isinstance(item, Job) else item
            if isinstance(item, Job) and item.state in final_states:
                self.done[_key(ref)] = item
            else:
                self.known[_key(ref)] = item
        now = time.monotonic()
        self.clocks = {
            vendor: _VendorClock(policies[vendor], policies[vendor].start, due=now)
            for vendor in {key[0] for key in self.known}
        }

    def outstanding(self, vendor: str) -> list[JobRef]:
        return [item.ref if isinstance(item, Job) else item for key, item in self.known.items() if key[0] == vendor]

    def finished(self, now: float) -> bool:
        return not self.known or (self.deadline is not None and now >= self.deadline)

    def due(self, now: float) -> list[str]:
        return [v for v, clock in self.clocks.items() if clock.due <= now and self.outstanding(v)]

    def wake_in(self, now: float) -> float:
        times = [clock.due for v, clock in self.clocks.items() if self.outstanding(v)]
        if self.deadline is not None:
            times.append(self.deadline)
        return max(0.0, min(times, default=now) - now)

    def _reschedule(self, vendor: str, now: float, delay: float) -> None:
        clock = self.clocks[vendor]
        spread = 1 + random.uniform(-clock.policy.jitter, clock.policy.jitter)
        clock.due = now + delay * spread

    def record(self, vendor: str, jobs: list[Job], now: float) -> None:
        clock = self.clocks[vendor]
        clock.rounds += 1
        changed = False
        for job in jobs:
            key = _key(job.ref)
            before = self.known.get(key)
            if before is None:
                continue
            asked = before.ref if isinstance(before, Job) else before
            if not asked.extra.items() <= job.ref.extra.items():  # keep what the caller addressed it by (user_id)
                job = job.model_copy(
                    update={"ref": asked.model_copy(update={"extra": {**asked.extra, **job.ref.extra}})}
                )
            if not isinstance(before, Job) or (before.state, before.vendor_status, before.progress) != (
                job.state,
                job.vendor_status,
                job.progress,
            ):
                changed = True
                if self.on_change is not None:
                    self.on_change(job)
            if job.state in self.final_states:
                del self.known[key]
                self.done[key] = job
            else:
                self.known[key] = job
        clock.interval = (
            clock.policy.start if changed else min(clock.policy.maximum, clock.interval * clock.policy.factor)
        )
        self._reschedule(vendor, now, clock.interval)

    def failed_round(self, vendor: str, error: ImageJobsError, now: float) -> None:
        """A transient failure: a 429 pauses the vendor as it asks; others back off like a quiet round."""
        clock = self.clocks[vendor]
        clock.rounds += 1
        if isinstance(error, RateLimitError):
            pause = error.retry_after if error.retry_after is not None else clock.policy.rate_limit_pause
            clock.due = now + max(pause, clock.interval)
            return
        clock.interval = min(clock.policy.maximum, clock.interval * clock.policy.factor)
        self._reschedule(vendor, now, clock.interval)

    def result(self) -> WaitResult:
        pending = list(self.known.values())
        return WaitResult(
            done=list(self.done.values()),
            pending=pending,
            token=encode_token(pending),
            rounds={v: c.rounds for v, c in self.clocks.items()},
        )


_TRANSIENT = (TransportError, ServerError, RateLimitError)


def _prepare(
    jobs: Iterable[Job | JobRef],
    token: str | None,
    sources: Mapping[str, JobSource] | Iterable[JobSource] | None,
    policies: Mapping[str, PollPolicy] | None,
    call_timeout: float | None,
    retries: RetryPolicy | None,
    final_states: Iterable[JobState],
    on_change: Callable[[Job], None] | None,
    timeout: float | None,
) -> tuple[_Schedule, dict[str, JobSource]]:
    """What both drivers start from: the schedule of every job to wait for, and a job source per vendor."""
    items: list[Job | JobRef] = list(jobs)
    if token is not None:
        items += [ref for ref, state, _ in decode_token(token) if state not in FINAL]
    given = sources.values() if isinstance(sources, Mapping) else sources or ()
    by_vendor = {source.vendor: source for source in given}
    vendors = {(i.ref if isinstance(i, Job) else i).vendor.value for i in items}
    for vendor in vendors - by_vendor.keys():  # a source from the environment's credentials
        module = vendor_module(check_vendor(vendor))
        by_vendor[vendor] = module.jobs(module.client())
    if call_timeout is not None or retries is not None:  # per call, without touching the shared clients
        by_vendor = {v: s.with_options(timeout=call_timeout, retries=retries) for v, s in by_vendor.items()}
    chosen = {v: (policies or {}).get(v, DEFAULT_POLICIES[v].with_env(v)) for v in vendors}
    schedule = _Schedule(
        items,
        final_states=frozenset(final_states),
        policies=chosen,
        on_change=on_change,
        deadline=None if timeout is None else time.monotonic() + timeout,
    )
    return schedule, by_vendor


def wait(
    jobs: Iterable[Job | JobRef] = (),
    *,
    token: str | None = None,
    sources: Mapping[str, JobSource] | Iterable[JobSource] | None = None,
    timeout: float | None = None,
    on_change: Callable[[Job], None] | None = None,
    final_states: Iterable[JobState] = FINAL,
    policies: Mapping[str, PollPolicy] | None = None,
    call_timeout: float | None = None,
    retries: RetryPolicy | None = None,
) -> WaitResult:
    """Poll until every job is final (``completed``/``failed``; ``unknown`` is not) or ``timeout`` seconds pass.

    ``jobs`` are Jobs or JobRefs of any vendors; ``token`` resumes from an earlier :class:`WaitResult`; ``sources``
    are the job sources to use (a vendor without one gets ``<vendor>.jobs(<vendor>.client())`` from the
    environment). ``on_change`` is called with every job whose state, vendor status or progress changed.
    ``call_timeout`` and ``retries`` apply to this wait's requests only.
    """
    schedule, by_vendor = _prepare(
        jobs, token, sources, policies, call_timeout, retries, final_states, on_change, timeout
    )
    while not schedule.finished(time.monotonic()):
        for vendor in schedule.due(time.monotonic()):
            try:
                polled = by_vendor[vendor].poll(schedule.outstanding(vendor))
            except _TRANSIENT as error:
                schedule.failed_round(vendor, error, time.monotonic())
            else:
                schedule.record(vendor, polled, time.monotonic())
        if not schedule.finished(time.monotonic()):
            time.sleep(schedule.wake_in(time.monotonic()))
    return schedule.result()


async def await_jobs(
    jobs: Iterable[Job | JobRef] = (),
    *,
    token: str | None = None,
    sources: Mapping[str, JobSource] | Iterable[JobSource] | None = None,
    timeout: float | None = None,
    on_change: Callable[[Job], None] | None = None,
    final_states: Iterable[JobState] = FINAL,
    policies: Mapping[str, PollPolicy] | None = None,
    call_timeout: float | None = None,
    retries: RetryPolicy | None = None,
) -> WaitResult:
    """The async :func:`wait`: due vendors poll concurrently, each within its source's concurrency limit."""
    schedule, by_vendor = _prepare(
        jobs, token, sources, policies, call_timeout, retries, final_states, on_change, timeout
    )

    async def round_of(vendor: str) -> None:
        try:
            polled = await by_vendor[vendor].apoll(schedule.outstanding(vendor))
        except _TRANSIENT as error:
            schedule.failed_round(vendor, error, time.monotonic())
        else:
            schedule.record(vendor, polled, time.monotonic())

    while not schedule.finished(time.monotonic()):
        await asyncio.gather(*(round_of(v) for v in schedule.due(time.monotonic())))
        if not schedule.finished(time.monotonic()):
            await asyncio.sleep(schedule.wake_in(time.monotonic()))
    return schedule.result()

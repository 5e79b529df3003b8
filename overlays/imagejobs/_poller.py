"""Waiting for many jobs across vendors: ``wait`` (sync) and ``await_jobs`` (async).

One scheduler (:class:`_Schedule`, no I/O) decides which vendor polls when; two thin drivers run its rounds on the
sync or the async job sources. Per vendor: the interval starts short and backs off with jitter (reset when a job
changes), Huawei's advice of 30 s is its default, a 429 pauses the whole vendor (``Retry-After``, else the vendor's
pause: SASHA blocks a partner for about a minute), and transient failures (transport, 5xx) only delay the next round.
Each round asks a vendor's source for all of that vendor's outstanding jobs at once (``poll_each``), which is where
the per-vendor request economy lives.

Failures are kept where they belong: one job's failure (not found, expired results, an unreadable answer, retries
exhausted on its own request) ends that job as a :class:`LostJob` and the others go on; a vendor-wide one
(credentials, 401/403, a response signature that does not verify) ends that vendor's jobs; ``wait`` raises only for
misuse. The timeout holds: each round runs under the wait's deadline (``imagejobs._deadline`` for sync calls,
``asyncio.timeout`` for async ones), so calls in flight are cut and their jobs stay pending. Sources built here from
the environment are closed on return, error or cancellation.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import contextvars
import json
import math
import random
import re
import time
import zlib
from collections.abc import Callable, Iterable, Iterator, Mapping
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor
from concurrent.futures import wait as futures_wait
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from imagejobs_generated.normalized_job import Job, JobRef, JobState, Vendor

from ._check import check_instance, check_number, check_sequence, check_timeout
from ._client import aclose_clients, close_clients
from ._deadline import deadline as deadline_scope
from ._http import RetryPolicy
from ._jobs import TRANSIENT, JobSource, Outcome, vendor_wide
from ._json import JSON_ERRORS
from ._registry import VENDORS, check_vendor, descriptor, vendor_module
from ._vendor import PollPolicy
from .errors import ImageJobsError, RateLimitError, UsageError

__all__ = [
    "DEFAULT_POLICIES",
    "LostJob",
    "PollPolicy",
    "WaitResult",
    "await_jobs",
    "decode_token",
    "encode_token",
    "wait",
]

FINAL = frozenset({JobState.completed, JobState.failed})
#: ``ijw<version>.``: version 2 is compressed JSON; version 1 (plain JSON) is still read.
TOKEN_VERSION = 2
_TOKEN_HEAD = re.compile(r"ijw(\d{1,4})\.")
#: The largest token body unpacked (some 200,000 jobs): a token must not make its reader run out of memory.
MAX_TOKEN_BYTES = 8 * 1024 * 1024
#: How long an async wait lets a cut call unwind past its deadline before abandoning it.
_GRACE = 0.25


class _DefaultPolicies(Mapping[str, PollPolicy]):
    """Each vendor's own policy (its descriptor's ``poll_policy``), read on first use: no vendor is imported before
    it is waited for."""

    def __getitem__(self, vendor: str) -> PollPolicy:
        if vendor not in VENDORS:
            raise KeyError(vendor)
        return descriptor(vendor).poll_policy

    def __iter__(self) -> Iterator[str]:
        return iter(VENDORS)

    def __len__(self) -> int:
        return len(VENDORS)


DEFAULT_POLICIES: Mapping[str, PollPolicy] = _DefaultPolicies()


@dataclass(frozen=True)
class LostJob:
    """A job the wait could not follow to the end: the error that ended it, and what was last known of it."""

    ref: JobRef
    error: ImageJobsError
    #: The job as last seen before the error (None if it was never seen).
    last: Job | None = None

    @property
    def vendor_wide(self) -> bool:
        """Whether the error concerned the whole vendor (credentials, 401/403, signatures), not this job."""
        return vendor_wide(self.error)


@dataclass
class WaitResult:
    """Where every job ended up: ``done`` (final), ``lost`` (ended by an error, with it), ``pending`` (the deadline
    came first) and a ``token`` to resume the pending and lost jobs."""

    done: list[Job]
    pending: list[Job | JobRef]
    token: str
    rounds: dict[str, int] = field(default_factory=dict)
    lost: list[LostJob] = field(default_factory=list)

    @property
    def failed(self) -> list[Job]:
        """Done jobs the vendor could not process (state ``failed``); a job the wait lost is in ``lost``."""
        return [j for j in self.done if j.state is JobState.failed]

    @property
    def timed_out(self) -> bool:
        return bool(self.pending)

    def error(self, ref: JobRef | Job) -> ImageJobsError | None:
        """The error that ended a job (by its JobRef or Job), or None if it was not lost."""
        key = _key(ref.ref if isinstance(ref, Job) else ref)
        return next((lost.error for lost in self.lost if _key(lost.ref) == key), None)


def _key(ref: JobRef) -> tuple[str, str]:
    return ref.vendor.value, ref.job_id


def encode_token(items: Iterable[Job | JobRef]) -> str:
    """A versioned, compact (compressed), secret-free string of job references and last known states; :func:`wait`
    resumes from it. Grouped by vendor, one ``[job_id, state, vendor_status, extra]`` row per job (trailing empty
    fields left out), JSON, zlib, URL-safe base64 without padding: one line, safe in a file, an argument or a URL."""
    vendors: dict[str, list[list[Any]]] = {}
    for item in items:
        ref = item.ref if isinstance(item, Job) else item
        row: list[Any] = [ref.job_id, "", "", dict(ref.extra)]
        if isinstance(item, Job):
            row[1:3] = [item.state.value, item.vendor_status or ""]
        while len(row) > 1 and not row[-1]:
            row.pop()
        vendors.setdefault(ref.vendor.value, []).append(row)
    raw = json.dumps({"jobs": vendors}, separators=(",", ":"), ensure_ascii=False).encode()
    body = base64.urlsafe_b64encode(zlib.compress(raw, 9)).decode().rstrip("=")
    return f"ijw{TOKEN_VERSION}.{body}"


TokenEntry = tuple[JobRef, JobState | None, str | None]


def decode_token(token: str) -> list[TokenEntry]:
    """The references and last known states in a continuation token (surrounding whitespace, as in a file, is
    ignored). A foreign or damaged token, or one of a version this imagejobs does not know, is a UsageError."""
    if not isinstance(token, str):
        raise UsageError(f"token must be a str, not {type(token).__name__}")
    token = token.strip()
    head = _TOKEN_HEAD.match(token)
    if head is None:
        raise UsageError("not an imagejobs continuation token (it starts with 'ijw<version>.')")
    version = int(head[1])
    if version not in (1, TOKEN_VERSION):
        raise UsageError(
            f"continuation token version {version} is not one this imagejobs reads (1 and {TOKEN_VERSION}): "
            "was it made by a newer imagejobs?"
        )
    body = token[head.end() :]
    try:
        packed = base64.urlsafe_b64decode(body + "=" * (-len(body) % 4))
        if version == 1:
            return [_v1_entry(entry) for entry in json.loads(packed)["jobs"]]
        data = json.loads(_unpack(packed))
        return [_v2_entry(vendor, row) for vendor, rows in data["jobs"].items() for row in rows]
    except UsageError:
        raise
    except (*JSON_ERRORS, LookupError, TypeError, AttributeError, binascii.Error, zlib.error) as exc:
        raise UsageError(f"damaged continuation token ({type(exc).__name__})") from None


def _unpack(packed: bytes) -> bytes:
    inflater = zlib.decompressobj()
    raw = inflater.decompress(packed, MAX_TOKEN_BYTES)
    if inflater.unconsumed_tail:
        raise UsageError(f"continuation token unpacks to more than {MAX_TOKEN_BYTES} bytes")
    if not inflater.eof:
        raise UsageError("damaged continuation token (cut short)")
    return raw


def _v1_entry(entry: dict[str, Any]) -> TokenEntry:
    ref = JobRef(vendor=Vendor(entry["vendor"]), job_id=entry["job_id"], extra=entry.get("extra", {}))
    state = JobState(entry["state"]) if entry.get("state") else None
    return ref, state, entry.get("vendor_status")


def _v2_entry(vendor: str, row: list[Any]) -> TokenEntry:
    job_id, state, status, extra = [*row, "", "", {}][:4]
    if not isinstance(job_id, str) or not isinstance(state, str) or not isinstance(status, str):
        raise TypeError("row")
    ref = JobRef(vendor=Vendor(vendor), job_id=job_id, extra=extra or {})
    return ref, JobState(state) if state else None, status or None


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
        self.lost: dict[tuple[str, str], LostJob] = {}
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

    def lose(self, item: Job | JobRef, error: ImageJobsError) -> None:
        """A job ended by an error: out of the waiting, into ``lost`` with what was last known of it."""
        ref = item.ref if isinstance(item, Job) else item
        self.known.pop(_key(ref), None)
        self.lost[_key(ref)] = LostJob(ref, error, item if isinstance(item, Job) else None)

    def lose_vendor(self, vendor: str, error: ImageJobsError) -> None:
        """A vendor-wide failure (credentials, 401/403, signatures) ends every outstanding job of the vendor."""
        for key, item in list(self.known.items()):
            if key[0] == vendor:
                self.lose(item, error)
        if vendor in self.clocks:
            self.clocks[vendor].rounds += 1

    def record_outcomes(self, vendor: str, refs: list[JobRef], outcomes: list[Outcome], now: float) -> None:
        """A round's news, job by job (``outcomes`` in the order of ``refs``): errors end their jobs, None is none."""
        for ref, outcome in zip(refs, outcomes, strict=True):
            if isinstance(outcome, ImageJobsError) and (item := self.known.get(_key(ref))) is not None:
                self.lose(item, outcome)
        self.record(vendor, [o for o in outcomes if isinstance(o, Job)], now)

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
        lost = list(self.lost.values())
        return WaitResult(
            done=list(self.done.values()),
            pending=pending,
            token=encode_token([*pending, *(job.last or job.ref for job in lost)]),
            rounds={v: c.rounds for v, c in self.clocks.items()},
            lost=lost,
        )


@dataclass
class _Sources:
    """The job source of every vendor waited for, and which of them this wait built (and so must close)."""

    by_vendor: dict[str, JobSource]
    built: list[JobSource]


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
) -> tuple[_Schedule, _Sources]:
    """What both drivers start from: the schedule of every job to wait for, and a job source per vendor. Misuse
    (a token that is not one, a reference the vendor's source refuses) is raised here, before anything is sent."""
    if isinstance(jobs, str | bytes) or not isinstance(jobs, Iterable):
        raise UsageError(f"jobs must be a list of Jobs or JobRefs, not {type(jobs).__name__}")
    items: list[Job | JobRef] = list(jobs)
    for item in items:
        if not isinstance(item, Job | JobRef):
            raise UsageError(f"jobs must hold Jobs or JobRefs, not {type(item).__name__}")
    final_states = frozenset(_state(s) for s in check_sequence("final_states", final_states, "a set of JobStates"))
    if sources is not None and not isinstance(sources, Mapping):  # read once: it may be an iterator
        sources = check_sequence("sources", sources, "job sources")
    _check_wait_arguments(token, sources, policies, call_timeout, retries, on_change, timeout)
    if token is not None:
        items += [ref for ref, state, _ in decode_token(token) if state not in FINAL]
    given = [] if sources is None else sources.values() if isinstance(sources, Mapping) else sources
    by_vendor = {source.vendor: source for source in given}
    vendors = {(i.ref if isinstance(i, Job) else i).vendor.value for i in items}
    built: list[JobSource] = []
    broken: dict[str, ImageJobsError] = {}
    try:
        for vendor in sorted(vendors - by_vendor.keys()):  # a source from the environment's credentials
            module = vendor_module(check_vendor(vendor))
            try:
                by_vendor[vendor] = module.jobs(module.client())
            except ImageJobsError as error:  # missing or malformed credentials: the vendor's jobs end with it
                broken[vendor] = error
            else:
                built.append(by_vendor[vendor])
        # Every ref checked (a UsageError names it) and in its vendor's canonical spelling (Lens GUIDs in lower
        # case), as answers will name it.
        items = [_canonical(item, by_vendor) for item in items]
    except BaseException:
        for source in built:
            close_clients(source.client)
        raise
    if call_timeout is not None or retries is not None:  # per call, without touching the shared clients
        by_vendor = {v: s.with_options(timeout=call_timeout, retries=retries) for v, s in by_vendor.items()}
    given_policies = policies or {}
    chosen = {v: given_policies[v] if v in given_policies else DEFAULT_POLICIES[v].with_env(v) for v in vendors}
    schedule = _Schedule(
        items,
        final_states=final_states,
        policies=chosen,
        on_change=on_change,
        deadline=None if timeout is None else time.monotonic() + timeout,
    )
    for vendor, refusal in broken.items():
        schedule.lose_vendor(vendor, refusal)
    return schedule, _Sources(by_vendor, built)


@contextmanager
def _round_failures(schedule: _Schedule, vendor: str) -> Iterator[None]:
    """How a round's raised failure ends: transient ones delay the vendor, any other ends all its jobs. Only the
    asking runs inside (an error raised by ``on_change`` is the caller's, not the vendor's)."""
    try:
        yield
    except TRANSIENT as error:
        schedule.failed_round(vendor, error, time.monotonic())
    except ImageJobsError as error:  # vendor-wide, or a batch failure no single job accounts for
        schedule.lose_vendor(vendor, error)


def _state(value: object) -> JobState:
    """A final state, as a JobState or its name."""
    if isinstance(value, str) and value in JobState.__members__.values():
        return JobState(value)
    return check_instance("final_states", value, JobState, "a set of JobStates")


def _canonical(item: Job | JobRef, by_vendor: Mapping[str, JobSource]) -> Job | JobRef:
    """A JobRef checked by its vendor's source and in the spelling answers use; a Job (from an answer) as it is."""
    ref = item.ref if isinstance(item, Job) else item
    source = by_vendor.get(ref.vendor.value)
    if source is None:  # its vendor's credentials are missing: the job ends with that error
        return item
    checked = source.ref(ref)
    return item if isinstance(item, Job) else checked


def _check_wait_arguments(
    token: object,
    sources: object,
    policies: object,
    call_timeout: object,
    retries: object,
    on_change: object,
    timeout: object,
) -> None:
    """Misuse of ``wait``/``await_jobs`` is a UsageError naming the argument, before any vendor is asked."""
    if token is not None:
        check_instance("token", token, str, "a continuation token (text)")
    if sources is not None:
        for source in (
            sources.values() if isinstance(sources, Mapping) else check_sequence("sources", sources, "sources")
        ):
            check_instance("sources", source, JobSource, "a list of job sources (<vendor>.jobs(client))")
    if policies is not None:
        check_instance("policies", policies, Mapping, "a mapping of vendor name to PollPolicy")
        assert isinstance(policies, Mapping)
        for vendor, policy in policies.items():
            if vendor not in VENDORS:
                raise UsageError(f"policies: {vendor!r} is not a vendor (one of {', '.join(VENDORS)})")
            check_instance(f"policies[{vendor!r}]", policy, PollPolicy, "a PollPolicy")
    check_timeout("call_timeout", call_timeout)
    if retries is not None:
        check_instance("retries", retries, RetryPolicy, "a RetryPolicy")
    if on_change is not None and not callable(on_change):
        raise UsageError(f"on_change must be callable, not {type(on_change).__name__}")
    if timeout is not None:
        check_number("timeout", timeout, minimum=0.0)


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
    """Poll until every job is final (``completed``/``failed``; ``unknown`` is not), lost, or ``timeout`` seconds pass.

    ``jobs`` are Jobs or JobRefs of any vendors; ``token`` resumes from an earlier :class:`WaitResult`; ``sources``
    are the job sources to use (a vendor without one gets ``<vendor>.jobs(<vendor>.client())`` from the
    environment, closed before returning). ``on_change`` is called with every job whose state, vendor status or
    progress changed. ``call_timeout`` and ``retries`` apply to this wait's requests only. A job's own failure ends
    it in ``WaitResult.lost`` and a vendor-wide one ends that vendor's jobs there; only misuse is raised. Returns
    within ``timeout`` (plus a fraction of a second): calls in flight are cut and their jobs stay pending.
    """
    schedule, prepared = _prepare(
        jobs, token, sources, policies, call_timeout, retries, final_states, on_change, timeout
    )
    try:
        with deadline_scope(schedule.deadline):
            if len(schedule.clocks) > 1:
                _rounds_in_threads(schedule, prepared.by_vendor)
            else:
                _rounds_inline(schedule, prepared.by_vendor)
    finally:
        for source in prepared.built:
            close_clients(source.client)
    return schedule.result()


def _rounds_inline(schedule: _Schedule, by_vendor: Mapping[str, JobSource]) -> None:
    """One vendor: its rounds in this thread."""
    while not schedule.finished(time.monotonic()):
        for vendor in schedule.due(time.monotonic()):
            refs = schedule.outstanding(vendor)
            outcomes = None
            with _round_failures(schedule, vendor):
                outcomes = by_vendor[vendor].poll_each(refs)
            if outcomes is not None:
                schedule.record_outcomes(vendor, refs, outcomes, time.monotonic())
        if not schedule.finished(time.monotonic()):
            time.sleep(schedule.wake_in(time.monotonic()))


def _rounds_in_threads(schedule: _Schedule, by_vendor: Mapping[str, JobSource]) -> None:
    """Several vendors: each round in a worker thread (one per vendor, under this wait's deadline), so that a vendor
    that hangs or trickles never holds back the others; outcomes are recorded, and ``on_change`` called, here."""
    pool = ThreadPoolExecutor(max_workers=len(schedule.clocks), thread_name_prefix="imagejobs-wait")
    in_flight: dict[Future[list[Outcome]], tuple[str, list[JobRef]]] = {}
    failed = True
    try:
        while not schedule.finished(time.monotonic()):
            for vendor in schedule.due(time.monotonic()):
                refs = schedule.outstanding(vendor)
                schedule.clocks[vendor].due = math.inf  # not due again until this round is recorded
                round_ = pool.submit(contextvars.copy_context().run, by_vendor[vendor].poll_each, refs)
                in_flight[round_] = (vendor, refs)
            wake = schedule.wake_in(time.monotonic())  # infinite while every round is in flight, with no deadline
            finished, _ = futures_wait(in_flight, None if math.isinf(wake) else wake, FIRST_COMPLETED)
            for round_ in finished:
                vendor, refs = in_flight.pop(round_)
                outcomes = None
                with _round_failures(schedule, vendor):
                    outcomes = round_.result()
                if outcomes is not None:
                    schedule.record_outcomes(vendor, refs, outcomes, time.monotonic())
        failed = False
    finally:
        # Rounds still in flight at the deadline end by it (it bounds every socket operation): their jobs are pending.
        # On an exception (an on_change that raised, an interrupt) nobody waits for them.
        pool.shutdown(wait=not failed, cancel_futures=True)


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
    schedule, prepared = _prepare(
        jobs, token, sources, policies, call_timeout, retries, final_states, on_change, timeout
    )

    async def round_of(vendor: str, refs: list[JobRef]) -> None:
        outcomes = None
        with _round_failures(schedule, vendor):
            try:
                left = None if schedule.deadline is None else schedule.deadline - time.monotonic() + _GRACE
                async with asyncio.timeout(left):  # the backstop: the clients already stop at the deadline
                    outcomes = await prepared.by_vendor[vendor].apoll_each(refs)
            except TimeoutError:
                schedule.clocks[vendor].due = time.monotonic()
                return  # cut at the deadline: its jobs stay pending
        if outcomes is not None:
            schedule.record_outcomes(vendor, refs, outcomes, time.monotonic())

    in_flight: set[asyncio.Task[None]] = set()
    try:
        with deadline_scope(schedule.deadline):  # copied into each round's task
            while not schedule.finished(time.monotonic()):
                for vendor in schedule.due(time.monotonic()):  # each vendor at its own pace: none waits for another
                    schedule.clocks[vendor].due = math.inf  # not due again until this round is recorded
                    in_flight.add(asyncio.create_task(round_of(vendor, schedule.outstanding(vendor))))
                wake = schedule.wake_in(time.monotonic())
                if in_flight:
                    finished, in_flight = await asyncio.wait(
                        in_flight, timeout=None if math.isinf(wake) else wake, return_when=asyncio.FIRST_COMPLETED
                    )
                    for task in finished:
                        task.result()  # a bug's exception, if any, is not swallowed
                elif not schedule.finished(time.monotonic()):
                    await asyncio.sleep(wake)
    finally:
        for task in in_flight:  # rounds still running at the deadline (or on cancellation): cut, jobs pending
            task.cancel()
        await asyncio.gather(*in_flight, return_exceptions=True)
        for source in prepared.built:
            await aclose_clients(source.client)
    return schedule.result()

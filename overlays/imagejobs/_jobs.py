"""Job sources: one interface for every vendor (submit, get, get_many, list, and their async twins).

Each vendor states its operations once, as *plans*: generators that yield the generated operation calls they need
and receive the vendor's answers (sans-I/O, like httpx's own auth flows). A source runs a plan on the sync or the
async httpx client of the generated ``Client``, so both flavours come from one description.

Requests are built by the generated operations (their ``_get_kwargs``) and sent on the client's httpx client; the
answer is normalized from its JSON, not from the strict generated parser, so a payload that parser would reject
still becomes a Job (issue: nothing the vendor sent is lost). Errors are the hierarchy's only.
"""

from __future__ import annotations

import asyncio
import copy
import functools
import inspect
import io
import os
import re
from abc import ABC, abstractmethod
from collections.abc import AsyncIterator, Callable, Generator, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any, BinaryIO, ClassVar, ParamSpec, Self, TypeVar, cast

import httpx

from imagejobs_generated.normalized_job import Job, JobRef, JobState, Vendor

from ._check import check_id, check_instance, check_number, check_sequence, check_text, check_timeout
from ._deadline import expired
from ._http import EXTENSION, RetryPolicy
from ._json import JSON_ERRORS, loads
from ._normalize import normalize
from .errors import (
    AuthenticationError,
    CredentialsError,
    ImageJobsError,
    RateLimitError,
    ResponseError,
    ServerError,
    SignatureError,
    TransportError,
    UnsupportedOperation,
    UsageError,
)

__all__ = [
    "TRANSIENT",
    "Call",
    "FileInput",
    "JobSource",
    "Outcome",
    "Plan",
    "RefLike",
    "answer_for",
    "by_id",
    "checked_keywords",
    "jobs_from",
    "json_body",
    "only_job",
    "read_file",
    "vendor_wide",
]

T = TypeVar("T")
P = ParamSpec("P")

# Aliases: inside JobSource, `list` names its method.
JobList = list[Job]
RefList = list[JobRef]

#: A job, addressed by its JobRef, or by its id alone where the vendor needs nothing else.
RefLike = JobRef | str

#: Failures that say nothing about any one job: the vendor is down, slow or rate-limiting; ask again later.
TRANSIENT = (TransportError, ServerError, RateLimitError)
#: A polling round's news of one job: where it is now, the error that ends it, or None (not asked: the round was cut).
Outcome = Job | ImageJobsError | None
OutcomeList = list[Outcome]


def vendor_wide(error: ImageJobsError) -> bool:
    """Whether an error concerns every job of the vendor (credentials refused, a response signature that does not
    verify), not the one job asked about. 401 and 403 (``PermissionDeniedError``) are both AuthenticationError."""
    return isinstance(error, CredentialsError | AuthenticationError | SignatureError)


@dataclass(frozen=True)
class Call:
    """One generated operation to call: its module (``imagejobs_generated.<vendor>.api.<tag>.<op>``) and arguments."""

    operation: ModuleType
    kwargs: Mapping[str, Any] = field(default_factory=dict)
    #: False for submits: a retry could create a second job (the reliability layer reads this).
    safe_to_repeat: bool = True


#: A vendor operation described once: yields Calls, receives each one's httpx.Response, returns the result.
Plan = Generator[Call, httpx.Response, T]


def json_body(vendor: str, response: httpx.Response) -> Any:
    """The answer's JSON; anything else is a :class:`ResponseError` keeping the raw body."""
    try:
        return loads(response.content)
    except JSON_ERRORS:
        raise ResponseError(
            vendor,
            f"answer to {response.request.method} {response.request.url.path} is not JSON",
            status_code=response.status_code,
            body=response.content,
        ) from None


def only_job(vendor: str, jobs: list[Job], response: httpx.Response) -> Job:
    if len(jobs) != 1:
        raise ResponseError(vendor, f"expected one job in the answer, found {len(jobs)}", body=response.content)
    return jobs[0]


def checked_keywords(method: Callable[P, T]) -> Callable[P, T]:
    """A vendor's ``submit``/``asubmit``, its signature unchanged for type checkers, refusing at run time a keyword it
    does not take with a :class:`UsageError` (not Python's ``TypeError``) before anything is sent."""
    signature = inspect.signature(method)

    @functools.wraps(method)
    def checked(*args: P.args, **kwargs: P.kwargs) -> T:
        try:
            signature.bind(*args, **kwargs)
        except TypeError as exc:
            vendor = getattr(args[0], "vendor", "imagejobs") if args else "imagejobs"
            raise UsageError(f"{vendor}: {method.__name__}: {exc}") from None
        return method(*args, **kwargs)

    return checked


def answer_for(vendor: str, ref: JobRef, jobs: list[Job], response: httpx.Response) -> Job:
    """The one job of an answer, checked to be the job asked for: a vendor (or a proxy, or a cache) answering with
    another job's status would otherwise be taken for this one. Another job is a :class:`ResponseError`."""
    job = only_job(vendor, jobs, response)
    if job.job_id != ref.job_id or any(job.ref.extra.get(k, v) != v for k, v in ref.extra.items()):
        raise ResponseError(
            vendor,
            f"asked for job {ref.job_id!r}, the answer is about job {job.job_id!r}",
            status_code=response.status_code,
            body=response.content,
        )
    return job


class JobSource(ABC):
    """The same methods for every vendor; where the vendor has no such operation, :class:`UnsupportedOperation`."""

    vendor: ClassVar[str]
    #: ``JobRef.extra`` keys this vendor needs besides the job id (Smile: ``user_id``).
    required_extra: ClassVar[tuple[str, ...]] = ()
    #: What the vendor's job ids can hold, checked before any request names one (an id goes into a URL path, a query
    #: or a comma-separated list): URL-unreserved characters unless the vendor says otherwise.
    id_pattern: ClassVar[re.Pattern[str]] = re.compile(r"[A-Za-z0-9._~-]{1,256}")
    id_described: ClassVar[str] = "1 to 256 of A-Z a-z 0-9 . _ ~ -"

    def __init__(
        self,
        client: Any,
        *,
        timeout: httpx.Timeout | float | None = None,
        concurrency: int = 8,
        retries: RetryPolicy | None = None,
    ) -> None:
        _check_options(self.vendor, timeout, retries)
        check_number("concurrency", concurrency, minimum=1, integer=True, vendor=self.vendor)
        if not callable(getattr(client, "get_httpx_client", None)):
            raise UsageError(f"{self.vendor}: client must be a client made by {self.vendor}.client(), not {client!r}")
        self.client = client
        #: Per-call timeout and retry policy for this source's calls (the client's own stay as they are).
        self.timeout = timeout
        self.retries = retries
        self.concurrency = concurrency

    def with_options(self, *, timeout: httpx.Timeout | float | None = None, retries: RetryPolicy | None = None) -> Self:
        """The same source (same client, same kept results) with other per-call timeout or retries."""
        _check_options(self.vendor, timeout, retries)
        clone = copy.copy(self)
        clone.timeout = timeout if timeout is not None else self.timeout
        clone.retries = retries if retries is not None else self.retries
        return clone

    def __repr__(self) -> str:
        return f"{type(self).__name__}(client={self.client!r})"

    # --- what a vendor describes --------------------------------------------------------------------------------

    # A vendor that takes submissions defines ``plan_submit(self, *, <its own keywords>) -> Plan[Job]`` and declares
    # ``submit``/``asubmit`` with the same keywords (so that a misspelt one is a type error); they are not declared
    # here because every vendor's keywords differ.
    no_submit_reason: ClassVar[str] = "this vendor takes no submissions through this suite"
    no_list_reason: ClassVar[str] = "this vendor has no job list"

    def _submit_plan(self, args: tuple[Any, ...], kwargs: Mapping[str, Any]) -> Plan[Job]:
        plan_submit = getattr(self, "plan_submit", None)
        if plan_submit is None:
            raise UnsupportedOperation(self.vendor, "submit", self.no_submit_reason)
        try:  # a wrong keyword, given to a source typed only as JobSource: refused before anything is sent
            inspect.signature(plan_submit).bind(*args, **kwargs)
        except TypeError as exc:
            raise UsageError(f"{self.vendor}: submit: {exc}") from None
        return cast(Plan[Job], plan_submit(**kwargs))

    # --- the result block ---------------------------------------------------------------------------------------

    def result_of(self, job: Job) -> Mapping[str, object]:
        """``job.result``, typed per vendor: each vendor's source narrows this to its own TypedDict."""
        if job.vendor.value != self.vendor:
            raise UsageError(f"{self.vendor}: a job of {job.vendor.value} was given to the {self.vendor} source")
        return job.result

    @abstractmethod
    def plan_get(self, ref: JobRef) -> Plan[Job]:
        """One job, by reference."""

    def plan_get_many(self, refs: RefList) -> Plan[JobList] | None:
        """Several jobs in fewer calls than one each, where the vendor allows; None: one ``get`` per job."""
        return None

    def plan_poll(self, refs: RefList) -> Plan[JobList] | None:
        """A polling round's status check: ``get_many`` unless the vendor can do it more cheaply."""
        return self.plan_get_many(refs)

    def plan_poll_one(self, ref: JobRef) -> Plan[Job]:
        """One job's status when a round is asked job by job (after its batch failed over one job): ``get`` unless
        the vendor can do it more cheaply."""
        return self.plan_get(ref)

    def plan_list_page(self, state: JobState | None, cursor: Any) -> Plan[tuple[JobList, Any]]:
        """One page of the job list and the cursor of the next (None at the end)."""
        raise UnsupportedOperation(self.vendor, "list", self.no_list_reason)

    # --- references ---------------------------------------------------------------------------------------------

    def canonical_id(self, job_id: str) -> str:
        """The one spelling of an id that answers, the poller and tokens match on (Lens: lower-case GUIDs)."""
        return job_id

    def ref(self, ref: RefLike | Job) -> JobRef:
        """A JobRef for this vendor, its id checked and canonical; a plain id is accepted where the vendor needs
        nothing else. A malformed id is a :class:`UsageError`, before anything is sent."""
        if isinstance(ref, Job):
            ref = ref.ref
        if isinstance(ref, str):
            ref = JobRef(vendor=Vendor(self.vendor), job_id=self._check_id(ref))
        elif not isinstance(ref, JobRef):
            raise UsageError(f"{self.vendor}: a job must be a JobRef or a job id, not {type(ref).__name__}")
        if ref.vendor.value != self.vendor:
            raise UsageError(f"{self.vendor}: a job of {ref.vendor.value} was given to the {self.vendor} source")
        for key, value in ref.extra.items():
            check_text(f"JobRef.extra[{key!r}]", value, vendor=self.vendor)
        missing = [key for key in self.required_extra if not ref.extra.get(key)]
        if missing:
            raise UsageError(
                f"{self.vendor}: job {ref.job_id!r} needs {', '.join(missing)}: "
                f"pass JobRef(vendor={self.vendor!r}, job_id=..., extra={{{missing[0]!r}: ...}})"
            )
        job_id = self._check_id(ref.job_id)
        return ref if job_id == ref.job_id else ref.model_copy(update={"job_id": job_id})

    def _check_id(self, job_id: str) -> str:
        return self.canonical_id(check_id(self.vendor, "job id", job_id, self.id_pattern, self.id_described))

    def refs(self, refs: Iterable[RefLike]) -> RefList:
        """Checked refs from a list of them; a lone ``str`` is refused (iterating it would ask for each character)."""
        return [self.ref(r) for r in check_sequence("refs", refs, "a list of JobRefs or job ids", vendor=self.vendor)]

    def _state(self, state: JobState | str | None) -> JobState | None:
        if state is None or isinstance(state, JobState):
            return state
        check_instance("state", state, str, "a JobState", vendor=self.vendor)
        try:
            return JobState(state)
        except ValueError:
            known = ", ".join(s.value for s in JobState)
            raise UsageError(f"{self.vendor}: state must be one of {known}, not {state!r}") from None

    # --- sync ---------------------------------------------------------------------------------------------------

    def submit(self, *args: Any, **kwargs: Any) -> Job:
        """Submits a job with the vendor's own keywords: each vendor's source declares them (a misspelt keyword is a
        type error there; on a source typed only as :class:`JobSource`, a :class:`UsageError`)."""
        return self._run(self._submit_plan(args, kwargs))

    def get(self, ref: RefLike) -> Job:
        return self._run(self.plan_get(self.ref(ref)))

    def get_many(self, refs: Iterable[RefLike]) -> JobList:
        """The jobs, in the order asked, in as few calls as the vendor allows."""
        resolved = self.refs(refs)
        plan = self.plan_get_many(resolved) if resolved else None
        if plan is None:
            return [self._run(self.plan_get(r)) for r in resolved]
        return self._run(plan)

    def poll(self, refs: Iterable[RefLike]) -> JobList:
        """Where the jobs are now, in the fewest calls (the poller's round; Alibaba skips URL resolution here)."""
        resolved = self.refs(refs)
        plan = self.plan_poll(resolved) if resolved else None
        if plan is None:
            return [self._run(self.plan_get(r)) for r in resolved]
        return self._run(plan)

    def poll_each(self, refs: RefList) -> OutcomeList:
        """The poller's round, one outcome per job: a failure about one job (not found, expired results, an answer
        that cannot be read, retries exhausted on its own request) is that job's outcome and the others go on.

        The round is asked in the fewest calls first; if that fails over one job, each job is asked on its own. A
        vendor-wide or (for the batch) transient failure is raised: the caller decides for all the vendor's jobs.
        """
        plan = self.plan_poll(refs) if refs else None
        if plan is not None:
            try:
                return list(self._run(plan))
            except ImageJobsError as error:
                if (alone := _batch_failed(error, refs)) is not None:
                    return alone
        outcomes: OutcomeList = []
        for ref in refs:
            if expired():  # the caller's deadline cut the round: the rest keep their last known state
                outcomes.append(None)
                continue
            try:
                outcomes.append(self._run(self.plan_poll_one(ref)))
            except ImageJobsError as error:
                outcomes.append(_job_outcome(error))
        return _vendor_answered(outcomes)

    def list(self, state: JobState | str | None = None) -> Iterator[Job]:
        """Every job (optionally in one normalized state), page after page as it is consumed."""
        return self._pages(self._state(state))

    def _pages(self, wanted: JobState | None) -> Iterator[Job]:
        cursor: Any = None
        while True:
            jobs, cursor = self._run(self.plan_list_page(wanted, cursor))
            yield from jobs
            if cursor is None:
                return

    def _run(self, plan: Plan[T]) -> T:
        try:
            call = next(plan)
            while True:
                try:
                    response = self._send(call)
                except ImageJobsError as exc:  # the plan may handle its calls' errors (Huawei: expired results)
                    call = plan.throw(exc)
                else:
                    call = plan.send(response)
        except StopIteration as done:
            result: T = done.value
            return result

    def _request_kwargs(self, call: Call) -> dict[str, Any]:
        kwargs: dict[str, Any] = call.operation._get_kwargs(**call.kwargs)
        if self.timeout is not None:
            kwargs["timeout"] = self.timeout
        options: dict[str, Any] = {"safe": call.safe_to_repeat, "operation": call.operation.__name__.rsplit(".", 1)[-1]}
        if self.retries is not None:
            options["retry"] = self.retries
        kwargs["extensions"] = {EXTENSION: options}
        return kwargs

    def _send(self, call: Call) -> httpx.Response:
        response: httpx.Response = self.client.get_httpx_client().request(**self._request_kwargs(call))
        return response

    # --- async --------------------------------------------------------------------------------------------------

    async def asubmit(self, *args: Any, **kwargs: Any) -> Job:
        """The async :meth:`submit`."""
        return await self._arun(self._submit_plan(args, kwargs))

    async def aget(self, ref: RefLike) -> Job:
        return await self._arun(self.plan_get(self.ref(ref)))

    async def aget_many(self, refs: Iterable[RefLike]) -> JobList:
        resolved = self.refs(refs)
        plan = self.plan_get_many(resolved) if resolved else None
        return await self._arun(plan) if plan is not None else await self._aget_each(resolved)

    async def apoll(self, refs: Iterable[RefLike]) -> JobList:
        resolved = self.refs(refs)
        plan = self.plan_poll(resolved) if resolved else None
        return await self._arun(plan) if plan is not None else await self._aget_each(resolved)

    async def apoll_each(self, refs: RefList) -> OutcomeList:
        """The async :meth:`poll_each`: one ``get`` per job at most ``concurrency`` at a time when it falls back."""
        plan = self.plan_poll(refs) if refs else None
        if plan is not None:
            try:
                return list(await self._arun(plan))
            except ImageJobsError as error:
                if (alone := _batch_failed(error, refs)) is not None:
                    return alone
        stop: list[ImageJobsError] = []  # a vendor-wide error: the jobs not yet asked are not asked
        outcomes: OutcomeList = [None] * len(refs)  # None: not asked (pending)
        queue = iter(enumerate(refs))  # shared by the workers: each job is taken once

        async def worker() -> None:
            # `concurrency` workers rather than a task per job: 10,000 jobs are not 10,000 tasks to make and, at a
            # deadline, to cancel (that took longer than the deadline's one-second grace).
            for index, ref in queue:
                if stop or expired():
                    return
                try:
                    outcomes[index] = await self._arun(self.plan_poll_one(ref))
                except ImageJobsError as error:
                    if vendor_wide(error):
                        stop.append(error)
                        return
                    outcomes[index] = _job_outcome(error)

        await asyncio.gather(*(worker() for _ in range(min(self.concurrency, len(refs)))))
        if stop:
            raise stop[0]
        return _vendor_answered(outcomes)

    async def _aget_each(self, refs: RefList) -> JobList:
        """One ``get`` per job, at most ``concurrency`` at a time."""
        limit = asyncio.Semaphore(self.concurrency)

        async def one(ref: JobRef) -> Job:
            async with limit:
                return await self._arun(self.plan_get(ref))

        return list(await asyncio.gather(*(one(r) for r in refs)))

    def alist(self, state: JobState | str | None = None) -> AsyncIterator[Job]:
        """The async :meth:`list` (``async for job in source.alist()``); a bad ``state`` is refused at the call."""
        return self._apages(self._state(state))

    async def _apages(self, wanted: JobState | None) -> AsyncIterator[Job]:
        cursor: Any = None
        while True:
            jobs, cursor = await self._arun(self.plan_list_page(wanted, cursor))
            for job in jobs:
                yield job
            if cursor is None:
                return

    async def _arun(self, plan: Plan[T]) -> T:
        try:
            call = next(plan)
            while True:
                try:
                    response = await self._asend(call)
                except ImageJobsError as exc:
                    call = plan.throw(exc)
                else:
                    call = plan.send(response)
        except StopIteration as done:
            result: T = done.value
            return result

    async def _asend(self, call: Call) -> httpx.Response:
        response: httpx.Response = await self.client.get_async_httpx_client().request(**self._request_kwargs(call))
        return response


def _batch_failed(error: ImageJobsError, refs: RefList) -> OutcomeList | None:
    """After a round's batch failed: a vendor-wide or transient failure is raised (it concerns every job); with one
    job asked, the failure is that job's outcome; else None: ask each job on its own."""
    if vendor_wide(error) or isinstance(error, TRANSIENT):
        raise error
    return [error] if len(refs) == 1 else None


def _job_outcome(error: ImageJobsError) -> Outcome:
    """What a failed ``get`` means for its job in a round: a vendor-wide error is raised for the whole vendor; a
    transient failure once the caller's deadline passed is no news; anything else (retries exhausted included) is the
    job's end."""
    if vendor_wide(error):
        raise error
    if isinstance(error, TRANSIENT) and expired():
        return None
    return error


def _vendor_answered(outcomes: OutcomeList) -> OutcomeList:
    """A round's outcomes, if the vendor answered about at least one job: then a transient failure is that job's
    own (its retries exhausted while the others were answered). If nothing but transient failures came back, the
    vendor is down or slow, not the jobs: the first failure is raised for the round, and every job stays waiting."""
    transient = [o for o in outcomes if isinstance(o, TRANSIENT)]
    if transient and all(o is None or isinstance(o, TRANSIENT) for o in outcomes):
        raise transient[0]
    return outcomes


def _check_options(vendor: str, timeout: object, retries: object) -> None:
    check_timeout("timeout", timeout, vendor=vendor)
    if retries is not None:
        check_instance("retries", retries, RetryPolicy, "a RetryPolicy", vendor=vendor)


def jobs_from(vendor: str, response: httpx.Response, *, ref: JobRef | None = None) -> JobList:
    """The normalized Jobs of an answer."""
    return normalize(vendor, json_body(vendor, response), ref=ref)


FileInput = str | os.PathLike[str] | bytes | BinaryIO


def read_file(file: FileInput, file_name: str | None = None) -> tuple[io.BytesIO, str]:
    """A file to upload, from a path, bytes or a binary file object, read into memory (signed flows and retries
    need the body more than once)."""
    if file_name is not None:
        check_text("file_name", file_name)
    if isinstance(file, bytes):
        return io.BytesIO(file), file_name or "upload.bin"
    if isinstance(file, str | os.PathLike):
        path = Path(file)
        try:
            return io.BytesIO(path.read_bytes()), file_name or path.name
        except OSError as exc:
            raise UsageError(f"cannot read {path}: {exc.strerror}") from None
    if not callable(getattr(file, "read", None)):
        raise UsageError(f"file must be a path, bytes or a binary file object, not {type(file).__name__}")
    data = file.read()
    if not isinstance(data, bytes):
        raise UsageError("file must be opened in binary mode")
    return io.BytesIO(data), file_name or Path(str(getattr(file, "name", "upload.bin"))).name


def by_id(jobs: Iterable[Job]) -> dict[str, Job]:
    return {job.job_id: job for job in jobs}

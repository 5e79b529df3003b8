"""The fault catalogue: every fault the sandbox can inject, against every vendor's job source and the poller.

Shared by ``tests/test_faults.py`` (one test per case) and ``scripts/faults.py`` (a table for humans). Each case
arms one fault on one operation of a fresh sandbox job source, runs the action and checks the outcome: recovered (with
the number of attempts the sandbox counted) or the right typed error, with the vendor's code, message and raw body;
never an untyped exception, never a hang, never a secret in the message.
"""

from __future__ import annotations

import functools
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from typing import Any, Literal

import imagejobs
from imagejobs import JobRef, JobState, PollPolicy, RetryPolicy
from imagejobs._registry import descriptor, descriptors
from imagejobs.sandbox import DEMO, Fault, Sandbox, Timings, error_code, sandbox_class
from imagejobs.sandbox._faults import BIG_UINT64

TIMINGS = Timings(pending=0.05, running=0.1, suggested_poll_interval=0.02)
ATTEMPT_TIMEOUT = 1.0
RETRIES = RetryPolicy(
    max_retries=2, initial_delay=0.01, max_delay=0.02, retry_after_cap=0.5, attempt_timeout=ATTEMPT_TIMEOUT
)
CALL_TIMEOUT = 0.4
#: The poller's deadline in the cases of a vendor that hangs or trickles.
WAIT_TIMEOUT = 1.5
POLICIES = {v: PollPolicy(0.02, 0.05, rate_limit_pause=0.1) for v in imagejobs.VENDORS}
SECRETS = [value for creds in DEMO.values() for key, value in creds.items() if key in
           ("client_secret", "sk", "token", "password", "api_key", "access_key_secret")]  # fmt: skip

Action = Literal["get", "submit", "poll"]


@dataclass(frozen=True)
class Expect:
    """Recovered (``error`` None) after ``attempts`` requests, or this typed error (for the poller: the error of the
    job it lost; ``vendor_wide`` says whether that error must have ended the vendor's jobs as a whole), or, with
    ``pending``, still pending when the wait's deadline came, by that deadline."""

    attempts: int | None
    error: type[Exception] | None = None
    code: str | None = None  # the vendor code the error must carry (None: not checked)
    message: str | None = None  # a substring of the error's message/body
    check: Callable[[Any], bool] | None = None  # on the recovered Job
    vendor_wide: bool | None = None
    pending: bool = False


@dataclass(frozen=True)
class Case:
    vendor: str
    action: Action
    fault: Fault
    expect: Expect
    label: str = ""

    @property
    def name(self) -> str:
        return f"{self.vendor}:{self.action}:{self.label or self.fault.kind}"


@dataclass
class Outcome:
    case: Case
    passed: bool
    attempts: int
    detail: str
    seconds: float = 0.0
    problems: list[str] = field(default_factory=list)


def _status(vendor: str, status: int, error: type[Exception], times: int | None = None) -> Expect:
    return Expect(None, error, code=error_code(vendor, status), message=f"sandbox fault: HTTP {status}")


def _case(
    vendor: str, action: Action, operation: str, kind: str, expect: Expect, label: str = "", **fault: Any
) -> Case:
    return Case(vendor, action, Fault(kind, operation, **fault), expect, label)  # type: ignore[arg-type]


def cases() -> Iterator[Case]:
    for vendor_descriptor in descriptors():
        vendor, operations = vendor_descriptor.name, vendor_descriptor.faults
        get_op, poll_op, submit_op = operations.get, operations.poll, operations.submit

        get = functools.partial(_case, vendor, "get", get_op)

        yield get("status", _status(vendor, 400, imagejobs.BadRequestError), "400", status=400, times=None)
        yield get("status", _status(vendor, 401, imagejobs.AuthenticationError), "401", status=401, times=None)
        yield get("status", _status(vendor, 403, imagejobs.PermissionDeniedError), "403", status=403, times=None)
        yield get("status", _status(vendor, 404, imagejobs.NotFoundError), "404", status=404, times=None)
        yield get("status", _status(vendor, 409, imagejobs.ConflictError), "409", status=409, times=None)
        yield get("status", Expect(2), "429 once, Retry-After 0", status=429, retry_after="0")
        yield get("status", Expect(3, imagejobs.RateLimitError, code=error_code(vendor, 429)), "429 always",
                  status=429, retry_after="0", times=None)  # fmt: skip
        yield get("status", Expect(2), "500 once", status=500)
        yield get("status", Expect(3, imagejobs.ServerError, code=error_code(vendor, 503)), "503 always",
                  status=503, times=None)  # fmt: skip
        yield get("delay", Expect(2), "slower than the timeout once", delay=CALL_TIMEOUT * 2.5)
        yield get("delay", Expect(3, imagejobs.APITimeoutError), "slower than the timeout always",
                  delay=CALL_TIMEOUT * 2.5, times=None)  # fmt: skip
        yield get("drop", Expect(2), "connection dropped once")
        yield get("truncate", Expect(1, imagejobs.ResponseError))
        yield get("non_json", Expect(1, imagejobs.ResponseError, message="this is not JSON"))
        yield get("html", Expect(3, imagejobs.ServerError, message="Bad Gateway"), "HTML error page", status=502,
                  times=None)  # fmt: skip
        yield get("empty", Expect(1, imagejobs.ResponseError))
        yield get("content_type", Expect(1, check=lambda job: job.state is not JobState.unknown))
        yield get("unknown_enum", Expect(1, check=lambda job: job.state is JobState.unknown
                                         and job.vendor_status == "brand_new_status"))  # fmt: skip
        yield get("missing_field", Expect(1, check=lambda job: job.created_at is None))
        yield get("extra_field", Expect(1, check=lambda job: "sandboxExtraField" in str(job.raw)))
        yield get("oversize", Expect(1, imagejobs.ResponseError, message="larger than"))
        yield get("other_job", Expect(1, imagejobs.ResponseError, message="the answer is"))
        yield get("exotic_numbers", Expect(1, check=_exact_numbers_kept))
        extra = sandbox_class(vendor).extra_faults
        if "big_uint64" in extra:  # an id above 2**53 is kept exactly, as text
            yield get("big_uint64", Expect(1, check=lambda job: str(BIG_UINT64) in job.result.values()))
        if "bad_signature" in extra:
            yield get("bad_signature", Expect(1, imagejobs.SignatureError))
            yield get("stale_signature", Expect(1, imagejobs.SignatureError))

        poll = functools.partial(_case, vendor, "poll", poll_op)

        yield poll("status", Expect(None), "503 twice", status=503, times=2)
        yield poll("status", Expect(None), "429 twice, Retry-After 0", status=429, retry_after="0", times=2)
        yield poll("drop", Expect(None), "connection dropped once")
        yield poll("delay", Expect(None), "slower than the timeout once", delay=CALL_TIMEOUT * 2.5)
        yield poll("status", _status(vendor, 400, imagejobs.BadRequestError), "400: the job is lost, not the wait",
                   status=400, times=None)  # fmt: skip
        yield poll("status", replace(_status(vendor, 404, imagejobs.NotFoundError), vendor_wide=False),
                   "404: the job is lost, not the wait", status=404, times=None)  # fmt: skip
        yield poll("status", replace(_status(vendor, 401, imagejobs.AuthenticationError), vendor_wide=True),
                   "401: the vendor's jobs end with it", status=401, times=None)  # fmt: skip
        yield poll("hang", Expect(None, pending=True), "hangs: pending at the deadline", delay=30.0, times=None)
        yield poll("trickle", Expect(None, pending=True), "trickles: pending at the deadline", delay=0.05,
                   times=None)  # fmt: skip
        yield get("hang", Expect(3, imagejobs.APITimeoutError), "hangs", delay=30.0, times=None)
        yield get("trickle", Expect(3, imagejobs.APITimeoutError), "trickles past the attempt timeout", delay=0.05,
                  times=None)  # fmt: skip

        if submit_op is None:
            continue

        submit = functools.partial(_case, vendor, "submit", submit_op)

        yield submit("status", Expect(1, imagejobs.ServerError), "503: never retried", status=503)
        yield submit("status", Expect(1, imagejobs.RateLimitError), "429: never retried", status=429, retry_after="0")
        yield submit("delay", Expect(1, imagejobs.OutcomeUnknownError), "answer never comes", delay=CALL_TIMEOUT * 2.5)
        yield submit("drop", Expect(1, imagejobs.OutcomeUnknownError), "connection dropped after sending")
        yield submit("status", _status(vendor, 400, imagejobs.BadRequestError), "400", status=400)


def _exact_numbers_kept(job: Any) -> bool:
    """Every exotic number is in raw as its exact text, with a note, and the Job's JSON round-trips equal."""
    raw = job.raw if isinstance(job.raw, dict) else {}
    kept = raw.get("sandboxExactNumbers") == ["0.12345678901234567890123", "1e400", "NaN", "-Infinity"]
    noted = any("kept as its exact text" in note for note in job.notes)
    return kept and noted and type(job).model_validate_json(job.model_dump_json()) == job


def _source(sandbox: Sandbox, vendor: str) -> Any:
    module = getattr(imagejobs, vendor)
    client = module.client(**DEMO[vendor], base_url=sandbox.base_urls[vendor], retries=RETRIES)
    return module.jobs(client, timeout=CALL_TIMEOUT)


def _finished_ref(sandbox: Sandbox, vendor: str) -> JobRef:
    """A job that exists at the vendor and is final, made without any fault armed."""
    form = descriptor(vendor).submit
    if form is None:
        return sandbox_class(vendor).seeded()[0]
    ref = _source(sandbox, vendor).submit(**form.example).ref
    time.sleep(TIMINGS.running + 0.05)
    return ref


def run_case(sandbox: Sandbox, case: Case) -> Outcome:
    sandbox.clear_faults()
    ref = _finished_ref(sandbox, case.vendor) if case.action != "submit" else None
    source = _source(sandbox, case.vendor)
    sandbox.reset_counts()
    sandbox.inject(case.vendor, case.fault)
    started = time.monotonic()
    result: Any = None
    error: BaseException | None = None
    vendor_wide: bool | None = None
    try:
        if case.action == "get":
            result = source.get(ref)
        elif case.action == "submit":
            result = source.submit(**_submit_example(case.vendor))
        else:
            timeout = WAIT_TIMEOUT if case.expect.pending else 15
            result = imagejobs.wait([ref], sources={case.vendor: source}, timeout=timeout, policies=POLICIES)
            if result.lost:  # judged as the error it is
                result, error = None, result.lost[0].error
                vendor_wide = imagejobs.LostJob(ref, error).vendor_wide  # type: ignore[arg-type]
    except Exception as exc:  # judged below: only the suite's own errors may come out
        error = exc
    finally:
        sandbox.clear_faults()
    seconds = time.monotonic() - started
    attempts = sandbox.counts(case.vendor)[(_method(case), case.fault.operation or "")]
    outcome = _judge(case, result, error, attempts, seconds)
    if case.expect.vendor_wide is not None and vendor_wide is not case.expect.vendor_wide:
        outcome.problems.append(f"vendor-wide {vendor_wide}, expected {case.expect.vendor_wide}")
        outcome.passed = False
    if case.expect.pending and seconds > WAIT_TIMEOUT + 1:
        outcome.problems.append(f"wait(timeout={WAIT_TIMEOUT}) took {seconds:.1f} s")
        outcome.passed = False
    return outcome


def _submit_example(vendor: str) -> dict[str, Any]:
    form = descriptor(vendor).submit
    assert form is not None, vendor
    return dict(form.example)


def _method(case: Case) -> str:
    return descriptor(case.vendor).faults.methods[case.fault.operation or ""]


def _judge(case: Case, result: Any, error: BaseException | None, attempts: int, seconds: float) -> Outcome:
    expect, problems = case.expect, []
    if error is not None:
        if not isinstance(error, imagejobs.ImageJobsError):
            problems.append(f"untyped {type(error).__name__}: {error}")
        if expect.error is None or not isinstance(error, expect.error):
            problems.append(f"expected {expect.error.__name__ if expect.error else 'recovery'}, got "
                            f"{type(error).__name__}: {error}")  # fmt: skip
        text = str(error) + " " + repr(getattr(error, "body", b""))
        if expect.code is not None and getattr(error, "code", None) != expect.code:
            problems.append(f"code {getattr(error, 'code', None)!r}, expected {expect.code!r}")
        if expect.message is not None and expect.message not in text:
            problems.append(f"{expect.message!r} not in the error or its raw body")
        if isinstance(error, imagejobs.APIStatusError) and not error.body:
            problems.append("raw body not kept")
        problems += [f"secret in the message: {s[:4]}..." for s in SECRETS if s in str(error)]
        detail = f"{type(error).__name__}" + (f" code={getattr(error, 'code', None)}" if expect.code else "")
    else:
        if expect.error is not None:
            problems.append(f"expected {expect.error.__name__}, but it recovered")
        job = result.done[0] if isinstance(result, imagejobs.WaitResult) and result.done else result
        if expect.pending:
            if not isinstance(result, imagejobs.WaitResult) or len(result.pending) != 1 or result.done:
                problems.append("the job should be pending at the deadline")
            job = None
        elif isinstance(result, imagejobs.WaitResult) and not result.done:
            problems.append("the poller did not finish the job")
        if expect.check is not None and not expect.check(job):
            problems.append(f"recovered Job fails its check: {job!r:.200}")
        detail = "pending at the deadline" if expect.pending else "recovered"
    if expect.attempts is not None and attempts != expect.attempts:
        problems.append(f"{attempts} attempts, expected {expect.attempts}")
    return Outcome(case, not problems, attempts, detail, seconds, problems)

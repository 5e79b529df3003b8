"""tic.io Lens Sentinel: the ``x-api-key`` header on ``imagejobs_generated.tic_lens``."""

from __future__ import annotations

import re
from collections.abc import Callable, Generator, Mapping
from typing import Any, Final, TypedDict, cast
from uuid import UUID

import httpx
from pydantic import SecretStr

from imagejobs_generated.normalized_job import Job, JobRef, JobState
from imagejobs_generated.tic_lens.client import Client

from ._check import check_number, check_optional_text
from ._client import ClientOptions, build_client
from ._credentials import Settings
from ._http import RetryPolicy, json_object, status_error
from ._jobs import (
    Call,
    FileInput,
    JobSource,
    Plan,
    answer_for,
    by_id,
    checked_keywords,
    jobs_from,
    json_body,
    only_job,
    read_file,
)
from ._normalize import Notes, each_job, job, no_job, plain, read_progress, read_text, read_timestamp, state_for
from ._vendor import BenchRequest, FaultOperations, PollPolicy, SubmitFlag, SubmitForm, VendorDescriptor
from ._webhooks import DEFAULT_MAX_BODY, Headers, capped_body, check_request, confirmed, one_job, webhook_json
from .errors import APIStatusError, ResponseError, SignatureError, UsageError

__all__ = [
    "DEFAULT_BASE_URL",
    "STATES",
    "ApiKeyAuth",
    "Client",
    "Jobs",
    "TicLensResult",
    "WebhookVerifier",
    "client",
    "jobs",
    "normalize",
    "parse_error",
    "verify_and_parse",
]

VENDOR = "tic_lens"
DEFAULT_BASE_URL = "https://lens-api.tic.io"


#: Lens status -> normalized state; others are ``unknown``.
STATES: Mapping[str, JobState] = {
    "pending": JobState.pending,
    "processing": JobState.running,
    "completed": JobState.completed,
    "failed": JobState.failed,
}
_SUMMARY_FIELDS = ("riskScore", "riskLevel", "verdictSummary", "stage", "filename", "pageCount", "fileSizeBytes")


def _mapping(value: object) -> Mapping[str, Any]:
    return value if isinstance(value, Mapping) else {}


def canonical_guid(guid: str) -> str:
    """A GUID in its canonical form (lower case, hyphenated), the form Lens answers with: refs, answers, the poller
    and tokens all match on it, whatever case the caller wrote. Text that is no GUID is kept as it is."""
    try:
        return str(UUID(guid))
    except ValueError:
        return guid


def _normalize_job(item: Mapping[str, Any]) -> Job | None:
    sent = read_text(item.get("sentinelJobGuid"))
    if not sent:
        return None
    notes: Notes = []
    guid = canonical_guid(sent)
    if guid != sent:
        notes.append(f"sentinelJobGuid: {sent!r} is matched in its canonical form {guid!r} (raw keeps it as sent)")
    envelope = _mapping(item.get("report"))  # the outer report: its own status, stage, progress and error
    status = read_text(item.get("status"))
    if status is None and (status := read_text(envelope.get("status"))) is not None:
        notes.append("status: absent, taken from report.status")  # the job's is null | string (seed 004)
    state = state_for(STATES, status)
    report = _mapping(envelope.get("report"))  # the forensic report, once completed
    result: dict[str, Any] = {field: item[field] for field in _SUMMARY_FIELDS if item.get(field) is not None}
    if report:
        for field in ("riskScore", "riskLevel"):
            result.setdefault(field, report.get(field))
        if isinstance(report.get("verdict"), Mapping):
            result["verdict"] = report["verdict"]
    message = read_text(item.get("errorMessage")) or read_text(envelope.get("error"))
    return job(
        VENDOR,
        guid,
        state=state,
        vendor_status=status,
        kind="sentinel_analysis",
        created_at=read_timestamp(item.get("createdAtUtc"), "createdAtUtc", notes),
        updated_at=read_timestamp(item.get("completedAtUtc"), "completedAtUtc", notes),
        progress=read_progress(item.get("progress"), "progress", notes, scale=100.0),
        error=(None, message) if message and state is not JobState.completed else None,
        result=result,
        notes=notes,
        raw=item,
    )


def normalize(payload: object, *, ref: JobRef | None = None) -> list[Job]:
    """Jobs from get (a SentinelJob), list (``{items: [...]}``) or a webhook body (undocumented: a job-shaped object,
    possibly wrapped in ``job`` or ``data``)."""
    data = plain(payload)
    if not isinstance(data, Mapping):
        raise no_job(VENDOR, data, "expected a JSON object")
    if isinstance(data.get("items"), list):
        items = data["items"]
    elif _is_empty_page(data):
        return []  # the spec allows a page's items to be null or absent: no jobs on it
    elif "sentinelJobGuid" not in data and isinstance(wrapped := data.get("job") or data.get("data"), Mapping):
        items = [wrapped]
    else:
        items = [data]
    return each_job(VENDOR, data, items, _normalize_job, "no job with a sentinelJobGuid")


def _is_empty_page(data: Mapping[str, Any]) -> bool:
    """A list page (``total``/``limit``/``offset``, or an ``items`` key) whose items are null or absent."""
    if "sentinelJobGuid" in data or data.get("items") is not None:
        return False
    return "items" in data or any(key in data for key in ("total", "limit", "offset"))


def parse_error(response: httpx.Response) -> APIStatusError | None:
    """Lens does not document its error body; read ASP.NET ProblemDetails and the usual ``error``/``message`` keys."""
    if response.is_success:
        return None
    body = json_object(response) or {}
    message = body.get("detail") or body.get("errorMessage") or body.get("message") or body.get("title")
    problem_type = body.get("type") if body.get("type") != "about:blank" else None  # ProblemDetails' default type
    code = body.get("code") or body.get("error") or body.get("errorCode") or problem_type or body.get("title")
    request_id = body.get("traceId") or response.headers.get("x-request-id")
    details: dict[str, Any] = {k: body[k] for k in ("title", "type", "errors") if k in body}
    return status_error(VENDOR, response, code=code, message=message, request_id=request_id, details=details)


class ApiKeyAuth(httpx.Auth):
    """The ``x-api-key`` header on every request."""

    def __init__(self, api_key: SecretStr) -> None:
        self._api_key = api_key

    def __repr__(self) -> str:
        return "ApiKeyAuth(api_key='**********')"

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["x-api-key"] = self._api_key.get_secret_value()
        yield request


def _is_safe(request: httpx.Request) -> bool:
    """Reads and deletes may be sent again; analyze (a submit) may not."""
    return request.method in ("GET", "DELETE")


def client(
    *,
    api_key: str | SecretStr | None = None,
    base_url: str | None = None,
    timeout: httpx.Timeout | float | None = None,
    httpx_args: Mapping[str, Any] | None = None,
    retries: RetryPolicy | None = None,
    allow_insecure_http: bool = False,
) -> Client:
    """A generated Lens ``Client``; arguments fall back to ``IMAGEJOBS_TIC_LENS_API_KEY`` and ``..._BASE_URL``.

    ``allow_insecure_http=True`` accepts a plain ``http://`` base URL to a host that is not loopback."""
    settings = Settings(VENDOR)
    key = settings.secret("api_key", api_key, required=True)
    base = settings.url("base_url", base_url, default=DEFAULT_BASE_URL, allow_insecure_http=allow_insecure_http)
    settings.require_all()
    assert key is not None and base is not None
    options = ClientOptions(
        vendor=VENDOR,
        base_url=base,
        auth=ApiKeyAuth(key),
        timeout=timeout,
        httpx_args={} if httpx_args is None else httpx_args,
        error_parser=parse_error,
        is_safe=_is_safe,
        retry=retries,
    )
    return build_client(Client, options)


# --- webhooks -----------------------------------------------------------------------------------------------------

#: Checks a webhook request (method, url, headers, raw body): True if it is authentic.
WebhookVerifier = Callable[[str, str, Headers, bytes], bool]


def verify_and_parse(
    method: str,
    url: str,
    headers: Headers,
    body: bytes,
    *,
    verifier: WebhookVerifier | None = None,
    max_body: int = DEFAULT_MAX_BODY,
    confirm: Client | None = None,
) -> Job:
    """Parse a Lens webhook and return its Job.

    tic.io documents neither the webhook payload nor how it is signed (``webhookSecret`` is sent at analyze time, but
    the header and algorithm are not published), so no scheme is invented here: pass ``verifier`` once you know it,
    and a request it rejects (or that makes it fail) raises :class:`SignatureError`. Without one, the body is NOT
    authenticated: pass ``confirm=client`` (recommended) to get the job as the Lens API reports it now instead of the
    body's (a job id the API does not know raises :class:`SignatureError`). A body over ``max_body`` bytes is refused
    before anything reads it.
    """
    headers = check_request(VENDOR, method, url, headers, body)
    if verifier is not None and not callable(verifier):
        raise UsageError(f"{VENDOR}: verifier must be callable(method, url, headers, body) -> bool")
    body = capped_body(VENDOR, body, max_body)
    if verifier is not None:
        try:
            accepted = verifier(method, url, headers, body)
        except Exception:  # a verifier choking on a hostile header is a refusal, not a 500
            accepted = False
        if not accepted:
            raise SignatureError(VENDOR, "webhook rejected by the verifier", body=body)
    job = one_job(VENDOR, webhook_json(VENDOR, body), body)
    return job if confirm is None else confirmed(job, confirm)


# --- job source ---------------------------------------------------------------------------------------------------

#: The largest page the Lens list serves.
MAX_PAGE = 100
_REVERSE_STATES = {state: status for status, state in STATES.items()}


def _guid(ref: JobRef) -> UUID:
    try:
        return UUID(ref.job_id)
    except ValueError:
        raise UsageError(f"{VENDOR}: {ref.job_id!r} is not a Sentinel job GUID") from None


class TicLensResult(TypedDict, total=False):
    """A Lens ``Job.result``: the summary fields the job carried, and the report's once completed."""

    riskScore: float | None
    riskLevel: str | None
    verdictSummary: str
    stage: str
    filename: str
    pageCount: int
    fileSizeBytes: int
    #: The forensic report's verdict object, as the vendor sent it.
    verdict: dict[str, object]


class Jobs(JobSource):
    """Lens Sentinel jobs: submit (a file), get, get_many (gets or list pages, whichever is fewer), list."""

    vendor = VENDOR
    id_pattern = re.compile(r"[0-9A-Fa-f]{8}-?[0-9A-Fa-f]{4}-?[0-9A-Fa-f]{4}-?[0-9A-Fa-f]{4}-?[0-9A-Fa-f]{12}")
    id_described = "a Sentinel job GUID"

    def canonical_id(self, job_id: str) -> str:
        return canonical_guid(job_id)

    def __init__(
        self,
        client: Any,
        *,
        timeout: httpx.Timeout | float | None = None,
        concurrency: int = 8,
        retries: RetryPolicy | None = None,
    ) -> None:
        super().__init__(client, timeout=timeout, concurrency=concurrency, retries=retries)
        self._total: int | None = None  # the list's size, learnt from its answers

    @checked_keywords
    def submit(
        self,
        *,
        file: FileInput,
        file_name: str | None = None,
        ttl_seconds: int | None = None,
        language: str | None = None,
        webhook_url: str | None = None,
        webhook_secret: str | None = None,
    ) -> Job:
        """Uploads ``file`` (a path, bytes or a binary file) for a Sentinel analysis."""
        return self._run(
            self.plan_submit(
                file=file,
                file_name=file_name,
                ttl_seconds=ttl_seconds,
                language=language,
                webhook_url=webhook_url,
                webhook_secret=webhook_secret,
            )
        )

    @checked_keywords
    async def asubmit(
        self,
        *,
        file: FileInput,
        file_name: str | None = None,
        ttl_seconds: int | None = None,
        language: str | None = None,
        webhook_url: str | None = None,
        webhook_secret: str | None = None,
    ) -> Job:
        """The async :meth:`submit`."""
        return await self._arun(
            self.plan_submit(
                file=file,
                file_name=file_name,
                ttl_seconds=ttl_seconds,
                language=language,
                webhook_url=webhook_url,
                webhook_secret=webhook_secret,
            )
        )

    def result_of(self, job: Job) -> TicLensResult:
        """The job's result block, typed."""
        return cast(TicLensResult, super().result_of(job))

    def plan_submit(
        self,
        *,
        file: FileInput,
        file_name: str | None = None,
        ttl_seconds: int | None = None,
        language: str | None = None,
        webhook_url: str | None = None,
        webhook_secret: str | None = None,
    ) -> Plan[Job]:
        from imagejobs_generated.tic_lens.api.jobs import analyze
        from imagejobs_generated.tic_lens.models import AnalyzeRequest
        from imagejobs_generated.tic_lens.types import UNSET, File

        if ttl_seconds is not None:
            check_number("ttl_seconds", ttl_seconds, minimum=1, maximum=2**31 - 1, integer=True, vendor=VENDOR)
        for text_name, value in (("language", language), ("webhook_url", webhook_url),
                                 ("webhook_secret", webhook_secret)):  # fmt: skip
            check_optional_text(text_name, value, vendor=VENDOR)
        payload, name = read_file(file, file_name)
        body = AnalyzeRequest(
            file=File(payload=payload, file_name=name),
            ttl_seconds=UNSET if ttl_seconds is None else ttl_seconds,
            language=language or UNSET,
            webhook_url=webhook_url or UNSET,
            webhook_secret=webhook_secret or UNSET,
        )
        response = yield Call(analyze, {"body": body}, safe_to_repeat=False)
        data = json_body(VENDOR, response)
        if not isinstance(data, dict) or not data.get("sentinelJobGuid"):
            raise ResponseError(VENDOR, "analyze answered without a sentinelJobGuid", body=response.content)
        job = only_job(VENDOR, normalize({"status": "pending", "filename": name} | data), response)
        return job.model_copy(update={"raw": data})

    def plan_get(self, ref: JobRef) -> Plan[Job]:
        from imagejobs_generated.tic_lens.api.jobs import get_job

        response = yield Call(get_job, {"guid": _guid(ref)})
        return answer_for(VENDOR, ref, jobs_from(VENDOR, response), response)

    def plan_get_many(self, refs: list[JobRef]) -> Plan[list[Job]] | None:
        pages = -(-self._total // MAX_PAGE) if self._total is not None else 1
        return None if len(refs) <= pages else self._from_pages(refs)

    def _from_pages(self, refs: list[JobRef]) -> Plan[list[Job]]:
        """Newest first, page by page until every job is found; then a get for any the list did not show."""
        from imagejobs_generated.tic_lens.api.jobs import list_jobs

        wanted = {r.job_id for r in refs}
        found: dict[str, Job] = {}
        offset = 0
        while not wanted <= found.keys():
            response = yield Call(list_jobs, {"limit": MAX_PAGE, "offset": offset})
            page = jobs_from(VENDOR, response)
            found |= by_id(page)
            body = json_body(VENDOR, response)
            if isinstance(body, dict) and isinstance(body.get("total"), int):
                self._total = body["total"]
            offset += len(page)
            if len(page) < MAX_PAGE or (self._total is not None and offset >= self._total):
                break
        jobs = []
        for ref in refs:
            jobs.append(found[ref.job_id] if ref.job_id in found else (yield from self.plan_get(ref)))
        return jobs

    def plan_list_page(self, state: JobState | None, cursor: Any) -> Plan[tuple[list[Job], Any]]:
        from imagejobs_generated.tic_lens.api.jobs import list_jobs
        from imagejobs_generated.tic_lens.types import UNSET

        status = _REVERSE_STATES.get(state) if state is not None else None
        if state is not None and status is None:
            return [], None
        offset = cursor or 0
        response = yield Call(list_jobs, {"status": status or UNSET, "limit": MAX_PAGE, "offset": offset})
        page = jobs_from(VENDOR, response)
        body = json_body(VENDOR, response)
        total = body.get("total") if isinstance(body, dict) else None
        more = len(page) == MAX_PAGE and not (isinstance(total, int) and offset + len(page) >= total)
        return page, (offset + len(page) if more else None)


#: ``jobs(client, ...)``: the job source of a client made by :func:`client` (the :class:`Jobs` class itself).
jobs = Jobs


# --- what shared code knows of Lens (imagejobs._registry) ---------------------------------------------------------

_BENCH_GUID = "3c90c3cc-0d44-4b50-8888-8dd25736052a"


def _bench_bare(http: httpx.Client, host: str) -> Any:
    return http.get(f"/sentinel/jobs/{_BENCH_GUID}", headers={"User-Agent": "bench", "x-api-key": "k"}).json()


DESCRIPTOR: Final = VendorDescriptor(
    name=VENDOR,
    title="tic.io Lens Sentinel (image and PDF forensics)",
    states=STATES,
    poll_policy=PollPolicy(1.0, 30.0),
    submit=SubmitForm(
        help="analyse an image or a PDF",
        flags=(
            SubmitFlag(flag="--file", keyword="file", required=True, metavar="PATH", help="the image or PDF to upload"),
            SubmitFlag(flag="--language", keyword="language", help="the report's language, such as en (optional)"),
            SubmitFlag(
                flag="--webhook-url",
                keyword="webhook_url",
                metavar="URL",
                help="where Lens posts the finished job (optional)",
            ),
        ),
        example={"file": b"\x89PNG fault test", "file_name": "x.png"},
    ),
    secret_headers=frozenset({"x-api-key"}),
    request_id_headers=("x-request-id", "x-trace-id"),
    sandbox="imagejobs.sandbox._tic_lens",
    faults=FaultOperations(get="getJob", poll="getJob", submit="analyze", methods={"getJob": "GET", "analyze": "POST"}),
    bench=BenchRequest(
        operation="imagejobs_generated.tic_lens.api.jobs.get_job",
        kwargs=lambda: {"guid": _BENCH_GUID},
        credentials={"api_key": "k"},
        answers=lambda: {"/sentinel/jobs/": {"sentinelJobGuid": _BENCH_GUID, "status": "processing", "progress": 40}},
        bare=_bench_bare,
    ),
    poll_requests=lambda n: min(n, 1),  # one list page answers for every job
)

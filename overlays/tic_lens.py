"""tic.io Lens Sentinel: the ``x-api-key`` header on ``generated.tic_lens``."""

from __future__ import annotations

from collections.abc import Callable, Generator, Mapping
from typing import Any

import httpx
from pydantic import SecretStr

from generated.normalized_job import Job, JobRef, JobState
from generated.tic_lens.client import Client

from ._client import ClientOptions, build_client
from ._credentials import Settings
from ._http import json_object, status_error
from ._normalize import Notes, job, no_job, plain, read_progress, read_text, read_timestamp, state_for
from ._webhooks import Headers, json_body, one_job
from .errors import APIStatusError, SignatureError

__all__ = [
    "DEFAULT_BASE_URL",
    "STATES",
    "ApiKeyAuth",
    "Client",
    "WebhookVerifier",
    "client",
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


def _normalize_job(item: Mapping[str, Any]) -> Job | None:
    guid = read_text(item.get("sentinelJobGuid"))
    if not guid:
        return None
    notes: Notes = []
    status = read_text(item.get("status"))
    state = state_for(STATES, status)
    envelope = _mapping(item.get("report"))  # the outer report: its own status, stage, progress and error
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
    elif "sentinelJobGuid" not in data and isinstance(wrapped := data.get("job") or data.get("data"), Mapping):
        items = [wrapped]
    else:
        items = [data]
    jobs = [j for item in items if isinstance(item, Mapping) and (j := _normalize_job(item)) is not None]
    if items and not jobs:
        raise no_job(VENDOR, data, "no job with a sentinelJobGuid")
    return jobs


def parse_error(response: httpx.Response) -> APIStatusError | None:
    """Lens does not document its error body; read ASP.NET ProblemDetails and the usual ``error``/``message`` keys."""
    if response.is_success:
        return None
    body = json_object(response) or {}
    message = body.get("detail") or body.get("errorMessage") or body.get("message") or body.get("title")
    code = body.get("code") or body.get("error") or body.get("type")
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


def client(
    *,
    api_key: str | SecretStr | None = None,
    base_url: str | None = None,
    timeout: httpx.Timeout | float | None = None,
    httpx_args: Mapping[str, Any] | None = None,
) -> Client:
    """A generated Lens ``Client``; arguments fall back to ``IMAGEJOBS_TIC_LENS_API_KEY`` and ``..._BASE_URL``."""
    settings = Settings(VENDOR)
    key = settings.secret("api_key", api_key, required=True)
    base = settings.value("base_url", base_url, default=DEFAULT_BASE_URL)
    settings.require_all()
    assert key is not None and base is not None
    options = ClientOptions(
        vendor=VENDOR,
        base_url=base,
        auth=ApiKeyAuth(key),
        timeout=timeout,
        httpx_args=httpx_args or {},
        error_parser=parse_error,
    )
    return build_client(Client, options)


# --- webhooks -----------------------------------------------------------------------------------------------------

#: Checks a webhook request (method, url, headers, raw body): True if it is authentic.
WebhookVerifier = Callable[[str, str, Headers, bytes], bool]


def verify_and_parse(
    method: str, url: str, headers: Headers, body: bytes, *, verifier: WebhookVerifier | None = None
) -> Job:
    """Parse a Lens webhook and return its Job.

    tic.io documents neither the webhook payload nor how it is signed (``webhookSecret`` is sent at analyze time, but
    the header and algorithm are not published), so no scheme is invented here: pass ``verifier`` once you know it,
    and a request it rejects raises :class:`SignatureError`. Without one, the body is NOT authenticated; treat it as
    a hint and confirm with ``get`` before acting on it.
    """
    if verifier is not None and not verifier(method, url, headers, body):
        raise SignatureError(VENDOR, "webhook rejected by the verifier", body=body)
    return one_job(VENDOR, json_body(VENDOR, body), body)

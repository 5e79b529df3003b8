"""tic.io Lens Sentinel sandbox: ``x-api-key``, multipart analyze, job reports, paged list, delete, capabilities.

Jobs go ``pending`` -> ``processing`` (progress rising 0..100 through the stages) -> ``completed`` | ``failed``.
Null values are omitted from every answer, as the vendor does; errors are ASP.NET ProblemDetails (the vendor runs
ASP.NET; the body is not documented).
"""

from __future__ import annotations

import hmac
import mimetypes
import secrets
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute

from ._base import DEMO_PNG, Timeline, VendorSandbox, compact, iso, json_answer, should_fail
from ._multipart import parse_form

if TYPE_CHECKING:
    from imagejobs._jobs import JobSource
    from imagejobs_generated.normalized_job import Job, JobRef

_MAX_UPLOAD = 100 * 1024 * 1024
_STAGES = ("metadata", "pixel", "vlm")  # [I] stage names are not documented
_FAILED = "The file could not be decoded."
_PROBLEM_TYPES = {
    400: ("https://tools.ietf.org/html/rfc9110#section-15.5.1", "Bad Request"),
    401: ("https://tools.ietf.org/html/rfc9110#section-15.5.2", "Unauthorized"),
    404: ("https://tools.ietf.org/html/rfc9110#section-15.5.5", "Not Found"),
    405: ("https://tools.ietf.org/html/rfc9110#section-15.5.6", "Method Not Allowed"),
    429: ("https://tools.ietf.org/html/rfc6585#section-4", "Too Many Requests"),
}
_CAPABILITIES = {
    "analyzers": [
        {"name": "metadata", "stage": "metadata", "available": True},
        {"name": "ela", "stage": "pixel", "available": True},
        {"name": "vlm-review", "stage": "vlm", "available": True},
    ],
    "gpuAvailable": False,
    "mlAvailable": True,
    "vlmAvailable": True,
    "supportedFormats": ["jpeg", "png", "heic", "tiff", "webp", "gif", "bmp", "pdf"],
    "annotationTypes": ["region", "polygon"],
    "maxUploadBytes": _MAX_UPLOAD,
}


def _problem(
    status: int,
    detail: str | None = None,
    *,
    title: str | None = None,
    errors: dict[str, list[str]] | None = None,
    headers: dict[str, str] | None = None,
) -> Response:
    kind, default_title = _PROBLEM_TYPES[status]
    body = {
        "type": kind,
        "title": title or default_title,
        "status": status,
        "detail": detail,
        "errors": errors,
        "traceId": f"00-{secrets.token_hex(16)}-{secrets.token_hex(8)}-00",
    }
    response = json_answer(compact(body), status, headers)
    response.headers["content-type"] = "application/problem+json; charset=utf-8"
    return response


def _invalid(field: str, message: str) -> Response:
    return _problem(400, title="One or more validation errors occurred.", errors={field: [message]})


@dataclass
class _Job:
    guid: str
    timeline: Timeline
    filename: str
    size: int
    content_type: str | None
    language: str | None


class TicLensSandbox(VendorSandbox):
    vendor = "tic_lens"
    credentials: ClassVar[Mapping[str, str]] = {"api_key": "lens_sandbox_demo_key_3c90c3cc"}

    @classmethod
    def demo_jobs(cls, source: JobSource) -> list[Job | JobRef]:
        return [
            source.submit(file=DEMO_PNG, file_name="invoice.png"),
            source.submit(file=DEMO_PNG, file_name="fail.png"),
        ]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._jobs: dict[str, _Job] = {}

    def invalid_request(self, request: Request, operation: str, problems: list[str]) -> Response:
        # ASP.NET's validation problem: field -> messages (the field is what openapi-core names before the colon)
        errors: dict[str, list[str]] = {}
        for problem in problems:
            field, _, message = problem.partition(": ")
            errors.setdefault(field, []).append(message)
        return _problem(400, title="One or more validation errors occurred.", errors=errors)

    def too_many_requests(self, request: Request, retry_after: int) -> Response:
        return _problem(429, "Rate limit exceeded for this API key.", headers={"Retry-After": str(retry_after)})

    def no_route(self, request: Request, status: int) -> Response:
        return _problem(status if status in _PROBLEM_TYPES else 404)

    def _key_refused(self, request: Request) -> Response | None:
        key = request.headers.get("x-api-key")
        if key is not None and hmac.compare_digest(key, self.credentials["api_key"]):
            return None
        return _problem(401, "The x-api-key header is missing or the API key is invalid.")

    def _job(self, request: Request) -> _Job | None:
        try:
            guid = str(uuid.UUID(request.path_params["guid"]))
        except ValueError:
            return None  # ASP.NET's {guid:guid} route constraint: no match
        with self.lock:
            return self._jobs.get(guid)

    # --- views ----------------------------------------------------------------------------------------------------

    def _summary(self, job: _Job, now: float) -> dict[str, Any]:
        phase = job.timeline.phase(now)
        failed = phase == "final" and should_fail(job.filename)
        summary: dict[str, Any] = {"sentinelJobGuid": job.guid, "filename": job.filename}
        if phase == "first":
            summary |= {"status": "pending", "progress": 0}
        elif phase == "running":
            percent = round(job.timeline.progress(now) * 100, 1)
            stage = _STAGES[min(len(_STAGES) - 1, int(percent / 100 * len(_STAGES)))]
            summary |= {"status": "processing", "stage": stage, "progress": percent}
        elif failed:
            summary |= {"status": "failed", "progress": 10, "errorMessage": _FAILED}
        else:
            score, level, verdict = self._verdict(job)
            summary |= {
                "status": "completed",
                "stage": "completed",
                "progress": 100,
                "riskScore": score,
                "riskLevel": level,
                "verdictSummary": verdict,
            }
        if job.filename.lower().endswith(".pdf"):
            summary["pageCount"] = 1
        summary |= {"fileSizeBytes": job.size, "createdAtUtc": iso(job.timeline.created)}
        if phase == "final":
            summary["completedAtUtc"] = iso(job.timeline.final_at)
        summary["language"] = job.language
        return summary

    @staticmethod
    def _verdict(job: _Job) -> tuple[float, str, str]:
        """A deterministic verdict: a file whose name says "edit" looks edited, anything else looks clean."""
        if "edit" in job.filename.lower():
            return 72.5, "high", "Likely edited - a region was altered after capture."
        return 8.0, "low", "No signs of manipulation were found."

    def _report(self, job: _Job, summary: dict[str, Any]) -> dict[str, Any]:
        """The outer ``report``: the backend's view of the job and, once completed, the forensic report."""
        envelope: dict[str, Any] = {
            "status": summary["status"],
            "stage": summary.get("stage"),
            "progress": summary.get("progress"),
            "filename": job.filename,
            "createdAt": summary["createdAtUtc"],
            "completedAt": summary.get("completedAtUtc"),
            "error": summary.get("errorMessage"),
        }
        if summary["status"] == "completed":
            score, level, verdict = self._verdict(job)
            extension = job.filename.rsplit(".", 1)[-1].upper() if "." in job.filename else None
            envelope["report"] = {
                "format": "JPEG" if extension == "JPG" else extension,
                "contentType": job.content_type or mimetypes.guess_type(job.filename)[0],
                "verdict": {
                    "riskScore": score,
                    "riskLevel": level,
                    "summary": verdict,
                    "confidence": 0.86,
                    "corroboratingStages": 3 if level == "high" else 0,
                },
                "keyFindings": [],
                "findings": [],
                "riskScore": score,
                "riskLevel": level,
                "explanation": {"summary": verdict},
                "annotations": {},
                "vlmStagesCompleted": [1, 2],
            }
            envelope["annotations"] = {}
        return envelope

    # --- operations -----------------------------------------------------------------------------------------------

    async def _analyze(self, request: Request) -> Response:
        if (refused := self._key_refused(request)) is not None:
            return refused
        form = parse_form(request.headers.get("content-type", ""), await request.body())
        upload = form.get("file") if form is not None else None
        if form is None or upload is None or upload.filename is None:
            return _invalid("file", "The file field is required.")
        if len(upload.data) > _MAX_UPLOAD:
            return _invalid("file", "The file exceeds the 100 MB upload limit.")
        language = form["language"].text() if "language" in form else None
        job = _Job(str(uuid.uuid4()), self.timeline(), upload.filename, len(upload.data), upload.content_type, language)
        with self.lock:
            self._jobs[job.guid] = job
        answer = {
            "sentinelJobGuid": job.guid,
            "status": "pending",
            "filename": job.filename,
            "createdAtUtc": iso(job.timeline.created),
        }
        return json_answer(answer, 202)

    async def _get(self, request: Request) -> Response:
        if (refused := self._key_refused(request)) is not None:
            return refused
        job = self._job(request)
        if job is None:
            return _problem(404)
        summary = self._summary(job, self.now())
        return json_answer(compact(summary | {"report": self._report(job, summary)}))

    async def _list(self, request: Request) -> Response:
        if (refused := self._key_refused(request)) is not None:
            return refused
        params = request.query_params  # limit (1..100) and offset (>= 0) were checked against the spec already
        limit, offset = int(params.get("limit") or 20), int(params.get("offset") or 0)
        now, status = self.now(), params.get("status")
        with self.lock:
            jobs = list(reversed(self._jobs.values()))  # newest first
        matching = [s for s in (self._summary(job, now) for job in jobs) if status is None or s["status"] == status]
        page = matching[offset : offset + limit]
        return json_answer(compact({"items": page, "total": len(matching), "limit": limit, "offset": offset}))

    async def _delete(self, request: Request) -> Response:
        if (refused := self._key_refused(request)) is not None:
            return refused
        job = self._job(request)
        if job is None:
            return _problem(404)
        with self.lock:
            self._jobs.pop(job.guid, None)  # soft-deleted at the vendor: gone from every answer
        return Response(status_code=204)

    async def _cancel_webhook(self, request: Request) -> Response:
        if (refused := self._key_refused(request)) is not None:
            return refused
        if self._job(request) is None:
            return _problem(404)
        return json_answer({"deliveriesCancelled": 0})  # the sandbox delivers no webhooks: nothing is ever pending

    async def _capabilities(self, request: Request) -> Response:
        if (refused := self._key_refused(request)) is not None:
            return refused
        return json_answer(_CAPABILITIES)

    def routes(self) -> list[BaseRoute]:
        job = "/sentinel/jobs/{guid}"
        return [
            self.operation("/sentinel/analyze", "POST", "analyze", self._analyze),
            self.operation("/sentinel/jobs", "GET", "listJobs", self._list),
            self.operation(job, "GET", "getJob", self._get),
            self.operation(job, "DELETE", "deleteJob", self._delete),
            self.operation(job + "/webhook", "DELETE", "cancelJobWebhook", self._cancel_webhook),
            self.operation("/sentinel/capabilities", "GET", "getCapabilities", self._capabilities),
        ]


SANDBOX = TicLensSandbox

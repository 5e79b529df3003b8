"""SASHA Partner API sandbox: OAuth2 client credentials, embed and lookup jobs, get and list.

Jobs go ``pending`` -> ``completed`` | ``failed`` (the current reference's statuses; ``in_progress`` is only in an
older one). The error body is not documented: ``{"error": {"code", "message"}}`` here, OAuth's
``{error, error_description}`` at the token endpoint (RFC 6749).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import secrets
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar
from urllib.parse import parse_qsl

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute

from ._base import DEMO_PNG, Timeline, VendorSandbox, iso, json_answer, json_body, should_fail
from ._multipart import parse_form

if TYPE_CHECKING:
    from imagejobs._jobs import JobSource
    from imagejobs_generated.normalized_job import Job, JobRef

_RATE_LIMIT = 600  # requests per minute advertised in X-RateLimit-Limit (the vendor's example value)


@dataclass
class _Job:
    job_id: str
    type: str
    timeline: Timeline
    media: str  # the URL or the uploaded file name: "fail" in it fails the job


def _error(status: int, code: str, message: str, headers: dict[str, str] | None = None) -> Response:
    return json_answer({"error": {"code": code, "message": message}}, status, headers)


def _signature_id(job_id: str) -> str:
    """A stable uint64 SignatureID for a job, as the decimal string SASHA sends (often above 2^53)."""
    return str(int.from_bytes(hashlib.sha256(job_id.encode()).digest()[:8], "big"))


class SashaSandbox(VendorSandbox):
    vendor = "sasha"
    extra_faults: ClassVar[frozenset[str]] = frozenset({"big_uint64"})
    credentials: ClassVar[Mapping[str, str]] = {
        "client_id": "sandbox-partner",
        "client_secret": "sandbox-client-secret-5f0c2a9d",
    }

    @classmethod
    def demo_jobs(cls, source: JobSource) -> list[Job | JobRef]:
        return [
            source.submit(media_url="https://images.example.com/cat.jpg", media_mime_type="image/jpeg"),
            source.submit(operation="lookup", file=DEMO_PNG, file_name="holiday.png"),
            source.submit(media_url="https://images.example.com/fail.jpg", media_mime_type="image/jpeg"),
        ]

    @classmethod
    def error_body(cls, status: int) -> dict[str, Any]:
        return {"error": {"code": f"Fault{status}", "message": f"sandbox fault: HTTP {status}"}}

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._tokens: dict[str, float] = {}  # access token -> expiry (epoch seconds)
        self._jobs: dict[str, _Job] = {}

    # --- answers --------------------------------------------------------------------------------------------------

    def _rate_headers(self) -> dict[str, str]:
        reset = str(int(self.now()) // 60 * 60 + 60)
        limit = str(_RATE_LIMIT)
        return {"X-RateLimit-Limit": limit, "X-RateLimit-Remaining": str(_RATE_LIMIT - 1), "X-RateLimit-Reset": reset}

    def too_many_requests(self, request: Request, retry_after: int) -> Response:
        headers = self._rate_headers() | {"X-RateLimit-Remaining": "0", "Retry-After": str(retry_after)}
        return _error(429, "rate_limited", "Too many requests: the partner is blocked for a while", headers)

    def invalid_request(self, request: Request, operation: str, problems: list[str]) -> Response:
        if operation == "getToken":  # the token endpoint answers in OAuth's shape (RFC 6749 section 5.2)
            return json_answer({"error": "invalid_request", "error_description": "; ".join(problems)}, 400)
        return _error(400, "invalid_request", "; ".join(problems))

    def no_route(self, request: Request, status: int) -> Response:
        return _error(status, "not_found" if status == 404 else "method_not_allowed", "no such endpoint")

    def _view(self, job: _Job) -> dict[str, Any]:
        now = self.now()
        final = job.timeline.phase(now) == "final"
        view: dict[str, Any] = {"job_id": job.job_id, "type": job.type}
        if not final:
            view["status"] = "pending"
        elif should_fail(job.media):
            view["status"] = "failed"
            view["error"] = {"code": "image_load_failed", "message": "The image is not a valid image"}
        else:
            view["status"] = "completed"
            if job.type == "embed-signature":
                name = job.media.rstrip("/").rsplit("/", 1)[-1].split("?", 1)[0] or "image"
                view["output_url"] = f"https://cdn.sasha.eu/outputs/{job.job_id}/{name}?sig={job.job_id[-6:]}"
                view["output_url_expires_at"] = iso(job.timeline.final_at + 86400, millis=True)
                view["signature_id"] = _signature_id(job.job_id)
        if job.type == "lookup-signature":
            # A lookup finds a signature only in an image that says it is protected; null otherwise.
            found = final and view["status"] == "completed" and "protected" in job.media.lower()
            view["signature_id"] = _signature_id(job.job_id) if found else None
        view["created_at"] = iso(job.timeline.created, millis=True)
        view["updated_at"] = iso(job.timeline.changed_at(now), millis=True)
        return view

    # --- authentication -------------------------------------------------------------------------------------------

    def _bearer_error(self, request: Request) -> Response | None:
        scheme, _, token = request.headers.get("authorization", "").partition(" ")
        if scheme.lower() != "bearer" or not token:
            return _error(401, "unauthorized", "missing bearer token", {"WWW-Authenticate": "Bearer"})
        with self.lock:
            expires = self._tokens.get(token.strip())
        if expires is None:
            message = "token is invalid"
        elif expires <= self.now():
            message = "token is expired"
        else:
            return None
        return _error(401, "unauthorized", message, {"WWW-Authenticate": 'Bearer error="invalid_token"'})

    async def _token(self, request: Request) -> Response:
        def oauth_error(status: int, error: str, description: str) -> Response:
            headers = {"WWW-Authenticate": 'Basic realm="sasha"'} if status == 401 else {}
            return json_answer({"error": error, "error_description": description}, status, headers)

        scheme, _, encoded = request.headers.get("authorization", "").partition(" ")
        try:
            client_id, _, secret = base64.b64decode(encoded, validate=True).decode().partition(":")
        except (binascii.Error, UnicodeDecodeError):
            client_id = secret = ""
        demo = self.credentials
        if scheme.lower() != "basic" or not (
            hmac.compare_digest(client_id, demo["client_id"]) and hmac.compare_digest(secret, demo["client_secret"])
        ):
            return oauth_error(401, "invalid_client", "client authentication failed")
        form = dict(parse_qsl((await request.body()).decode("utf-8", "replace")))
        if form.get("grant_type") != "client_credentials":
            return oauth_error(400, "unsupported_grant_type", "grant_type must be client_credentials")
        token = "sasha_" + secrets.token_urlsafe(32)
        lifetime = self.timings.token_lifetime
        with self.lock:
            self._tokens[token] = self.now() + lifetime
        body = {"access_token": token, "token_type": "Bearer", "expires_in": lifetime}
        return json_answer(body, headers=self._rate_headers())

    # --- operations -----------------------------------------------------------------------------------------------

    def _create(self, job_type: str, media: str) -> Response:
        job = _Job("job_" + secrets.token_hex(8), job_type, self.timeline(), media)
        with self.lock:
            self._jobs[job.job_id] = job
        return json_answer({"job": self._view(job)}, headers=self._rate_headers())

    async def _by_url(self, request: Request) -> dict[str, Any]:
        """The JSON body, which the spec check (``VendorSandbox.checked``) has already found a valid request."""
        body: dict[str, Any] = await json_body(request)
        return body

    async def _embed(self, request: Request) -> Response:
        if (denied := self._bearer_error(request)) is not None:
            return denied
        return self._create("embed-signature", (await self._by_url(request))["media_url"])

    async def _lookup(self, request: Request) -> Response:
        if (denied := self._bearer_error(request)) is not None:
            return denied
        content_type = request.headers.get("content-type", "")
        if content_type.lower().startswith("multipart/form-data"):
            form = parse_form(content_type, await request.body())
            media = form.get("media") if form is not None else None
            if media is None:
                return _error(400, "invalid_request", "media is required")
            return self._create("lookup-signature", media.filename or "")
        return self._create("lookup-signature", (await self._by_url(request))["media_url"])

    async def _get(self, request: Request) -> Response:
        if (denied := self._bearer_error(request)) is not None:
            return denied
        with self.lock:
            job = self._jobs.get(request.path_params["job_id"])
        if job is None:
            return _error(404, "not_found", "job not found")
        return json_answer({"job": self._view(job)}, headers=self._rate_headers())

    async def _list(self, request: Request) -> Response:
        if (denied := self._bearer_error(request)) is not None:
            return denied
        with self.lock:
            jobs = list(self._jobs.values())
        return json_answer({"jobs": [self._view(job) for job in jobs]}, headers=self._rate_headers())

    def routes(self) -> list[BaseRoute]:
        return [
            self.operation("/oauth/token", "POST", "getToken", self._token),
            self.operation("/signature/embed", "POST", "embedSignature", self._embed),
            self.operation("/signature/lookup", "POST", "lookupSignature", self._lookup),
            self.operation("/jobs/{job_id}", "GET", "getJob", self._get),
            self.operation("/jobs", "GET", "listJobs", self._list),
        ]


SANDBOX = SashaSandbox

"""Alibaba Cloud VOD (2017-03-21) RPC sandbox: ``/`` with an action, signed with signature v1 or ACS3-HMAC-SHA256.

Every request is verified as the gateway does: the AccessKey, the signature recomputed from what was received, the
timestamp (15 minutes either way) and the nonce (never twice). Jobs are ``Processing`` (an undocumented status the
client must treat as not final) until they end ``success`` or ``fail``.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import re
import uuid
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, ClassVar
from urllib.parse import parse_qsl, quote

from starlette.datastructures import QueryParams
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from imagejobs.alibaba_vod import ACS3, API_VERSION, TIMESTAMP_FORMAT, acs3_authorization, rpc_signature

from ._base import Timeline, VendorSandbox, iso, json_answer, should_fail
from ._faults import apply
from ._validation import request_problems

if TYPE_CHECKING:
    from imagejobs._jobs import JobSource
    from imagejobs_generated.normalized_job import Job, JobRef

_CLOCK_SKEW = 15 * 60
_TEMPLATE_CONFIG = '{"Format":"gif","SetDefaultCover":"true"}'
# The RPC common parameters (signature v1): the signer's, not the action's, so not in the spec's operations.
_COMMON = frozenset(
    {"Action", "Version", "Format", "AccessKeyId", "SignatureMethod", "Timestamp", "SignatureVersion",
     "SignatureNonce", "SecurityToken", "Signature", "RegionId"}
)  # fmt: skip
_SCORES = (5.035636554444242, 4.21875)  # one image per score, the first as on the seed page
_AUTHORIZATION = re.compile(
    rf"^{ACS3}\s+Credential=(?P<ak>[^,\s]+),\s*SignedHeaders=(?P<signed>[^,\s]+),\s*Signature=(?P<sig>[0-9a-fA-F]+)$"
)
# [I] How a failed AI image job reports itself: VOD's code for a video without a usable stream.
_JOB_FAILED = ("InvalidVideo.NoneStream", "The video has no stream that can be processed.")


class _Refusal(Exception):
    """An error answer: HTTP status, the vendor's Code and Message."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status, self.code, self.message = status, code, message


def _missing(name: str) -> _Refusal:
    message = f'The input parameter "{name}" that is mandatory for processing this request is not supplied.'
    return _Refusal(400, "MissingParameter", message)


def _invalid(name: str) -> _Refusal:
    return _Refusal(400, "InvalidParameter", f'The specified parameter "{name}" is not valid.')


@dataclass
class _Job:
    job_id: str
    timeline: Timeline
    video_id: str
    template_id: str
    user_data: str | None


def _parse_form(raw: str) -> list[tuple[str, str]]:
    """Query or form pairs: the official SDK form-encodes (space as ``+``), the overlay RFC 3986-encodes."""
    return parse_qsl(raw, keep_blank_values=True)


def _refusal_for(problems: list[str]) -> _Refusal:
    """Alibaba's answer to what openapi-core found: MissingParameter or InvalidParameter, naming the parameter."""
    name, _, what = problems[0].partition(": ")
    return _missing(name) if what.endswith((" is missing", " is empty")) else _invalid(name)


class AlibabaVodSandbox(VendorSandbox):
    vendor = "alibaba_vod"
    credentials: ClassVar[Mapping[str, str]] = {
        "access_key_id": "LTAI5tSandboxDemoKey01",
        "access_key_secret": "SandboxAccessKeySecret0000001",
    }

    @classmethod
    def demo_jobs(cls, source: JobSource) -> list[Job | JobRef]:
        return [
            source.submit(video_id="357a8748c5774b7e8e1a9d2726e6436a", template_id="5a86a00f15194f7e"),
            source.submit(video_id="fail0000video", template_id="5a86a00f15194f7e"),
        ]

    @classmethod
    def error_body(cls, status: int) -> dict[str, Any]:
        message = f"sandbox fault: HTTP {status}"
        return {"RequestId": "fault-request-id", "HostId": "vod.sandbox", "Code": f"Fault{status}", "Message": message,
                "Recommend": "https://sandbox.invalid/troubleshoot"}  # fmt: skip

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._jobs: dict[str, _Job] = {}
        self._nonces: dict[str, float] = {}  # nonce -> when it may be forgotten (its timestamp can no longer pass)

    # --- answers --------------------------------------------------------------------------------------------------

    def _answer(
        self, request: Request, status: int, body: dict[str, Any], headers: dict[str, str] | None = None
    ) -> Response:
        request_id = str(uuid.uuid4()).upper()
        if status >= 400:
            host = request.headers.get("host", "vod.cn-shanghai.aliyuncs.com")
            recommend = f"https://api.aliyun.com/troubleshoot?q={body['Code']}&product=vod&requestId={request_id}"
            body = {"RequestId": request_id, "HostId": host, **body, "Recommend": recommend}
        else:
            body = {"RequestId": request_id, **body}
        return json_answer(body, status, {"x-acs-request-id": request_id, **(headers or {})})

    def _refuse(self, request: Request, refusal: _Refusal) -> Response:
        return self._answer(request, refusal.status, {"Code": refusal.code, "Message": refusal.message})

    def invalid_request(self, request: Request, operation: str, problems: list[str]) -> Response:
        return self._refuse(request, _refusal_for(problems))

    def too_many_requests(self, request: Request, retry_after: int) -> Response:
        body = {"Code": "Throttling.User", "Message": "Request was denied due to user flow control."}
        return self._answer(request, 429, body, {"Retry-After": str(retry_after)})

    def no_route(self, request: Request, status: int) -> Response:
        message = "Specified api is not found, please check your url and method."
        return self._answer(request, 404, {"Code": "InvalidAction.NotFound", "Message": message})

    # --- signatures -----------------------------------------------------------------------------------------------

    def _check_time_and_key(
        self, access_key_id: str | None, stamp: str | None, nonce: str | None, names: tuple[str, str]
    ) -> None:
        if not access_key_id:
            raise _missing("AccessKeyId")
        if not hmac.compare_digest(access_key_id, self.credentials["access_key_id"]):
            raise _Refusal(404, "InvalidAccessKeyId.NotFound", "Specified access key is not found.")
        if not stamp:
            raise _missing(names[0])
        try:
            signed_at = datetime.strptime(stamp, TIMESTAMP_FORMAT).replace(tzinfo=UTC).timestamp()
        except ValueError:
            message = "Specified time stamp or date value is not well formatted."
            raise _Refusal(400, "InvalidTimeStamp.Format", message) from None
        if abs(self.now() - signed_at) > _CLOCK_SKEW:
            raise _Refusal(400, "InvalidTimeStamp.Expired", "Specified time stamp or date value is expired.")
        if not nonce:
            raise _missing(names[1])

    def _use_nonce(self, nonce: str) -> None:
        now = self.now()
        with self.lock:
            if len(self._nonces) > 10_000:
                self._nonces = {n: t for n, t in self._nonces.items() if t > now}
            if nonce in self._nonces:
                raise _Refusal(400, "SignatureNonceUsed", "Specified signature nonce was used already.")
            self._nonces[nonce] = now + 2 * _CLOCK_SKEW

    def _verify_v1(self, method: str, pairs: list[tuple[str, str]]) -> None:
        params = dict(pairs)
        names = ("Timestamp", "SignatureNonce")
        self._check_time_and_key(params.get("AccessKeyId"), params.get(names[0]), params.get(names[1]), names)
        unsigned = [(k, v) for k, v in pairs if k != "Signature"]
        expected = rpc_signature(method, unsigned, self.credentials["access_key_secret"])
        if params.get("SignatureMethod") != "HMAC-SHA1" or not hmac.compare_digest(
            expected, params.get("Signature", "")
        ):
            raise _Refusal(400, "SignatureDoesNotMatch", "Specified signature is not matched with our calculation.")
        self._use_nonce(params["SignatureNonce"])

    def _verify_acs3(self, request: Request, query: list[tuple[str, str]], body: bytes) -> None:
        match = _AUTHORIZATION.match(request.headers.get("authorization", "").strip())
        if match is None:
            raise _Refusal(400, "IncompleteSignature", "The request signature does not conform to Aliyun standards.")
        headers = request.headers
        names = ("x-acs-date", "x-acs-signature-nonce")
        self._check_time_and_key(match["ak"], headers.get(names[0]), headers.get(names[1]), names)
        payload = hashlib.sha256(body).hexdigest()
        signed = match["signed"].split(";")
        problem = headers.get("x-acs-content-sha256") != payload or any(name not in headers for name in signed)
        if not problem:
            authorization = acs3_authorization(
                request.method,
                request.scope["path"],
                query,
                {name: headers[name] for name in signed},
                payload,
                access_key_id=match["ak"],
                secret=self.credentials["access_key_secret"],
            )
            problem = not hmac.compare_digest(authorization.rsplit("Signature=", 1)[1], match["sig"].lower())
        if problem:
            raise _Refusal(400, "SignatureDoesNotMatch", "Specified signature is not matched with our calculation.")
        self._use_nonce(headers["x-acs-signature-nonce"])

    # --- actions --------------------------------------------------------------------------------------------------

    def _images(self, job: _Job) -> list[tuple[int, float, str]]:
        bucket = hashlib.md5(job.video_id.encode()).hexdigest()[:8]
        host = f"http://outin-{bucket}.oss-cn-shanghai.aliyuncs.com"
        return [
            (n, score, f"{host}/{job.video_id}/image/ai/{job.job_id}-{n:05d}.gif")
            for n, score in enumerate(_SCORES, start=1)
        ]

    def _status(self, job: _Job, now: float) -> str:
        if job.timeline.phase(now) != "final":
            return "Processing"  # undocumented: the documented values are the final ones
        return "fail" if should_fail(job.video_id) else "success"

    def _view(self, job: _Job, now: float) -> dict[str, Any]:
        status = self._status(job, now)
        view: dict[str, Any] = {"Status": status, "CreationTime": iso(job.timeline.created)}
        if status == "success":
            images = [{"Score": score, "Url": url} for _, score, url in self._images(job)]
            view["AIImageResult"] = json.dumps(images, separators=(",", ":"))
        view |= {"VideoId": job.video_id, "JobId": job.job_id}
        if job.user_data is not None:
            view["UserData"] = job.user_data
        if status == "success":
            view |= {"Code": "Success", "Message": "success"}
        elif status == "fail":
            view |= {"Code": _JOB_FAILED[0], "Message": _JOB_FAILED[1]}
        return view | {"TemplateConfig": _TEMPLATE_CONFIG, "TemplateId": job.template_id}

    def _submit(self, params: dict[str, str]) -> dict[str, Any]:
        # VideoId and AITemplateId were checked against the spec already; UserData's JSON and its 512 *bytes* cannot be
        # said there (contentSchema is not asserted, maxLength counts characters).
        video_id, template_id, user_data = params["VideoId"], params["AITemplateId"], params.get("UserData")
        if user_data is not None:
            try:
                valid = isinstance(json.loads(user_data), dict) and len(user_data.encode()) <= 512
            except ValueError:
                valid = False
            if not valid:
                raise _invalid("UserData")
        job = _Job(uuid.uuid4().hex, self.timeline(), video_id, template_id, user_data)
        with self.lock:
            self._jobs[job.job_id] = job
        return {"JobId": job.job_id}

    def _get_jobs(self, params: dict[str, str]) -> dict[str, Any]:
        ids = [i.strip() for i in params["JobIds"].split(",") if i.strip()]  # 1..10 ids: the spec's pattern
        now = self.now()
        with self.lock:
            jobs = [self._jobs[i] for i in dict.fromkeys(ids) if i in self._jobs]
        return {"AIImageJobList": [self._view(job, now) for job in jobs]}

    def _list_images(self, params: dict[str, str]) -> dict[str, Any]:
        video_id = params["VideoId"]  # required and non-empty: checked against the spec already
        now = self.now()
        with self.lock:
            jobs = [j for j in self._jobs.values() if j.video_id == video_id and self._status(j, now) == "success"]
        expires = int(now) + 3600
        infos = []
        for job in jobs:
            for n, score, url in self._images(job):
                # An OSS-style signed URL (it only looks signed: the sandbox hosts no files).
                path = url.split(".com", 1)[1]
                mac = hmac.new(b"sandbox-oss-secret", f"GET\n\n\n{expires}\n{path}".encode(), hashlib.sha1)
                query = f"Expires={expires}&OSSAccessKeyId=LTAI5tSandboxOssReader&Signature="
                query += quote(base64.b64encode(mac.digest()).decode(), safe="")
                infos.append(
                    {
                        "CreationTime": iso(job.timeline.final_at),
                        "AIImageInfoId": hashlib.md5(f"{job.job_id}/{n}".encode()).hexdigest()[:30],
                        "FileURL": f"{url}?{query}",
                        "Version": hashlib.md5(url.encode()).hexdigest(),
                        "VideoId": job.video_id,
                        "JobId": job.job_id,
                        "Score": repr(score),
                        "Format": "gif",
                    }
                )
        return {"AIImageInfoList": infos}

    # --- the one RPC endpoint -------------------------------------------------------------------------------------

    async def _rpc(self, request: Request) -> Response:
        body = await request.body()
        query = _parse_form(request.scope["query_string"].decode("latin-1"))
        form = []
        if request.headers.get("content-type", "").startswith("application/x-www-form-urlencoded"):
            form = _parse_form(body.decode("utf-8", "replace"))
        acs3 = request.headers.get("authorization", "").startswith(ACS3)
        params = dict(query + form)
        action = (request.headers.get("x-acs-action") if acs3 else params.get("Action")) or ""
        wait = self.admit(request.method, action or "(no Action)")
        if wait is not None:
            return self.too_many_requests(request, wait)

        async def answer() -> Response:
            return self._answer_rpc(request, body, query, form, params, action, acs3)

        return await apply(self.vendor, self.faults.take(action), request, answer)

    def _answer_rpc(
        self,
        request: Request,
        body: bytes,
        query: list[tuple[str, str]],
        form: list[tuple[str, str]],
        params: dict[str, str],
        action: str,
        acs3: bool,
    ) -> Response:
        actions: dict[str, Callable[[dict[str, str]], dict[str, Any]]] = {
            "SubmitAIImageJob": self._submit,
            "GetAIImageJobs": self._get_jobs,
            "ListAIImageInfo": self._list_images,
        }
        try:
            if acs3:
                self._verify_acs3(request, query, body)
            elif "Signature" in params:
                self._verify_v1(request.method, query + form)
            else:
                raise _missing("Signature")
            version = request.headers.get("x-acs-version") if acs3 else params.get("Version")
            if version != API_VERSION:
                raise _Refusal(400, "InvalidVersion", "Specified parameter Version is not valid.")
            if not action:
                raise _missing("Action")
            if action not in actions:
                message = "Specified api is not found, please check your url and method."
                raise _Refusal(404, "InvalidAction.NotFound", message)
            spec_query = QueryParams([(k, v) for k, v in query + form if k not in _COMMON])
            problems = request_problems(self.vendor, "POST", f"/{action}", spec_query, request.headers, b"")
            if problems:
                raise _refusal_for(problems)
            return self._answer(request, 200, actions[action](params))
        except _Refusal as refusal:
            return self._refuse(request, refusal)

    def routes(self) -> list[BaseRoute]:
        endpoint: Callable[[Request], Awaitable[Response]] = self._rpc
        return [Route("/", endpoint, methods=["GET", "POST"])]


SANDBOX = AlibabaVodSandbox

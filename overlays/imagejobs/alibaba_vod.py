"""Alibaba Cloud VOD (2017-03-21): RPC actions and their signatures on ``imagejobs_generated.alibaba_vod``.

The spec gives every RPC action a pseudo-path (``POST /GetAIImageJobs``) so that each is its own typed operation; the
auth flow here turns that into what the vendor expects, ``POST /?Action=GetAIImageJobs&...`` (signature v1) or
``POST /?...`` with ``x-acs-action`` (ACS3), signs it, and puts on the wire exactly the query it signed.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import re
import time
import uuid
from collections.abc import Callable, Generator, Iterable, Mapping
from datetime import UTC, datetime
from typing import Any, Final, Literal, TypedDict, cast

import httpx
from pydantic import SecretStr

from imagejobs_generated.alibaba_vod.client import Client
from imagejobs_generated.normalized_job import Job, JobOutput, JobRef, JobState

from ._auth import canonical_query, log_signing, percent_encode, with_raw_query
from ._check import check_optional_text, check_text
from ._client import ClientOptions, build_client
from ._credentials import AccessKey, AccessKeySource, Settings, current_key
from ._http import RetryPolicy, json_object, status_error
from ._jobs import Call, JobSource, Plan, by_id, checked_keywords, json_body
from ._json import JSON_ERRORS
from ._normalize import Notes, each_job, job, no_job, plain, read_text, read_timestamp, state_for
from ._vendor import BenchRequest, FaultOperations, PollPolicy, SubmitFlag, SubmitForm, VendorDescriptor
from .errors import APIStatusError, NotFoundError, ResponseError, UsageError

__all__ = [
    "ACS3",
    "API_VERSION",
    "STATES",
    "AlibabaAuth",
    "AlibabaVodResult",
    "Client",
    "Jobs",
    "acs3_authorization",
    "client",
    "jobs",
    "normalize",
    "parse_error",
    "rpc_signature",
]

VENDOR = "alibaba_vod"
API_VERSION = "2017-03-21"
ACS3 = "ACS3-HMAC-SHA256"
DEFAULT_REGION = "cn-shanghai"
TIMESTAMP_FORMAT = "%Y-%m-%dT%H:%M:%SZ"
_ACTION = re.compile(r"^(?P<prefix>.*/)(?P<action>[A-Z][A-Za-z0-9]*)$")
_ACS3_SIGNED = ("host", "content-type", "user-agent")


#: AIImageJob Status -> normalized state; others (an unfinished job's status is not documented) are ``unknown``.
STATES: Mapping[str, JobState] = {"success": JobState.completed, "fail": JobState.failed}
#: Said on every output: the OSS URL in AIImageResult carries no authorization.
UNSIGNED_URL_NOTE = "OSS URL from AIImageResult, without authorization: resolve it through ListAIImageInfo"


def _decoded(item: Mapping[str, Any], field: str, notes: Notes) -> Any:
    """A JSON document the vendor carries inside a string; unreadable: None and a note."""
    value = item.get(field)
    if not isinstance(value, str) or not value:
        return None
    try:
        return json.loads(value)
    except JSON_ERRORS:
        notes.append(f"{field}: not valid JSON (kept in raw)")
        return None


def _normalize_job(item: Mapping[str, Any]) -> Job | None:
    job_id = read_text(item.get("JobId"))
    if not job_id:
        return None
    notes: Notes = []
    status = read_text(item.get("Status"))
    state = state_for(STATES, status)
    images = _decoded(item, "AIImageResult", notes)
    outputs, scores = [], []
    if isinstance(images, list):
        for index, image in enumerate(images, start=1):
            if isinstance(image, Mapping) and isinstance(image.get("Url"), str):
                outputs.append(JobOutput(name=f"image-{index}", url=image["Url"], note=UNSIGNED_URL_NOTE))
                scores.append(image.get("Score"))
    elif images is not None:
        notes.append("AIImageResult: not a list of images (kept in raw)")
    error = (read_text(item.get("Code")), read_text(item.get("Message"))) if state is JobState.failed else None
    return job(
        VENDOR,
        job_id,
        state=state,
        vendor_status=status,
        kind="ai_image",
        created_at=read_timestamp(item.get("CreationTime"), "CreationTime", notes),
        error=error,
        outputs=outputs,
        result={
            "scores": scores,
            "video_id": read_text(item.get("VideoId")),
            "template_id": read_text(item.get("TemplateId")),
            "template_config": _decoded(item, "TemplateConfig", notes),
            "user_data": _decoded(item, "UserData", notes),
        },
        notes=notes,
        raw=item,
    )


def normalize(payload: object, *, ref: JobRef | None = None) -> list[Job]:
    """Jobs from GetAIImageJobs (``{AIImageJobList: [...]}``) or a single AIImageJob object."""
    data = plain(payload)
    if not isinstance(data, Mapping):
        raise no_job(VENDOR, data, "expected a JSON object")
    listed = data.get("AIImageJobList")
    if isinstance(listed, Mapping):  # the XML-shaped variant some Alibaba answers use: {"AIImageJob": [...]}
        listed = listed.get("AIImageJob")
        listed = [listed] if isinstance(listed, Mapping) else listed  # ... where one job may stand alone
    items = listed if isinstance(listed, list) else [data]
    return each_job(VENDOR, data, items, _normalize_job, "no AIImageJob with a JobId")


#: The fields of Alibaba's error answer: a 200 made of these alone, with a Code, is an error too (nothing else in it
#: would tell the caller what went wrong).
_ERROR_FIELDS = frozenset({"RequestId", "HostId", "Code", "Message", "Recommend", "AccessDeniedDetail"})


def _error_on_200(response: httpx.Response) -> bool:
    if response.status_code != 200 or not response.is_stream_consumed:  # a streamed answer is the caller's to read
        return False
    if b'"Code"' not in response.content:  # nearly every answer: no decoding here
        return False
    answer = json_object(response)
    return answer is not None and "Code" in answer and answer.keys() <= _ERROR_FIELDS


def parse_error(response: httpx.Response) -> APIStatusError | None:
    """``{RequestId, HostId, Code, Message, Recommend}``; Recommend and HostId are kept in ``details``."""
    if response.is_success and not _error_on_200(response):
        return None
    body = json_object(response) or {}
    details: dict[str, Any] = {k: body[k] for k in ("Recommend", "HostId", "AccessDeniedDetail") if k in body}
    request_id = body.get("RequestId") or response.headers.get("x-acs-request-id")
    return status_error(
        VENDOR, response, code=body.get("Code"), message=body.get("Message"), request_id=request_id, details=details
    )


def rpc_signature(method: str, params: Iterable[tuple[str, str]], secret: str) -> str:
    """Signature v1: base64(HMAC-SHA1(secret + "&", METHOD & enc("/") & enc(canonical query)))."""
    params = list(params)
    canonical = canonical_query(params)
    string_to_sign = f"{method.upper()}&{percent_encode('/')}&{percent_encode(canonical)}"
    log_signing(VENDOR, canonical, string_to_sign, [v for k, v in params if k == "SecurityToken"])
    return base64.b64encode(hmac.new(f"{secret}&".encode(), string_to_sign.encode(), hashlib.sha1).digest()).decode()


def acs3_authorization(
    method: str,
    path: str,
    query: Iterable[tuple[str, str]],
    headers: Mapping[str, str],
    payload_sha256: str,
    *,
    access_key_id: str,
    secret: str,
) -> str:
    """ACS3-HMAC-SHA256: the ``Authorization`` value over the given (to be signed) headers."""
    return _acs3(method, path, canonical_query(query), headers, payload_sha256, access_key_id, secret)


def _acs3(
    method: str, path: str, query: str, headers: Mapping[str, str], payload_sha256: str, access_key_id: str, secret: str
) -> str:
    """:func:`acs3_authorization` over a query already in canonical form (the signer has it: it is also sent)."""
    lowered: dict[str, str] = {}
    for name, value in headers.items():
        lowered[name.lower()] = value.strip()
    signed = sorted(lowered)
    canonical_headers = "".join(f"{name}:{lowered[name]}\n" for name in signed)
    canonical = "\n".join([method.upper(), path or "/", query, canonical_headers, ";".join(signed), payload_sha256])
    string_to_sign = f"{ACS3}\n{hashlib.sha256(canonical.encode()).hexdigest()}"
    signature = hmac.new(secret.encode(), string_to_sign.encode(), hashlib.sha256).hexdigest()
    log_signing(VENDOR, canonical, string_to_sign, [lowered.get("x-acs-security-token")])
    return f"{ACS3} Credential={access_key_id},SignedHeaders={';'.join(signed)},Signature={signature}"


class AlibabaAuth(httpx.Auth):
    """Rewrites ``/<Action>`` to the RPC form and signs it with signature v1 or ACS3, fresh nonce every attempt."""

    requires_request_body = True

    def __init__(
        self,
        key: AccessKeySource,
        *,
        signature: Literal["v1", "acs3"] = "acs3",
        now: Callable[[], datetime] | None = None,
        nonce: Callable[[], str] | None = None,
    ) -> None:
        self._key = key
        self._signature = signature
        self._now = now or (lambda: datetime.now(UTC))
        self._nonce = nonce or (lambda: uuid.uuid4().hex)

    def __repr__(self) -> str:
        key = repr(self._key) if isinstance(self._key, AccessKey) else "<provider>"
        return f"AlibabaAuth(key={key}, signature={self._signature!r})"

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        # The path as it goes on the wire (still percent-encoded): what is signed and what is sent again after the
        # rewrite; decoded, a prefix with %20 would be signed as a space, and %3F or %23 would cut the URL short.
        raw_path = request.url.raw_path.split(b"?", 1)[0].decode("ascii")
        match = _ACTION.match(raw_path)
        if match is None:
            raise UsageError(f"{VENDOR}: {raw_path!r} is not an RPC action path such as /GetAIImageJobs")
        action, path = match["action"], match["prefix"]
        key = current_key(VENDOR, self._key)
        params = request.url.params.multi_items()
        timestamp = self._now().strftime(TIMESTAMP_FORMAT)
        if self._signature == "v1":
            self._sign_v1(request, key, action, path, params, timestamp)
        else:
            self._sign_acs3(request, key, action, path, params, timestamp)
        yield request

    def _sign_v1(
        self, request: httpx.Request, key: AccessKey, action: str, path: str, params: list[tuple[str, str]], ts: str
    ) -> None:
        common = {
            "Action": action,
            "Version": API_VERSION,
            "Format": "JSON",
            "AccessKeyId": key.id,
            "SignatureMethod": "HMAC-SHA1",
            "Timestamp": ts,
            "SignatureVersion": "1.0",
            "SignatureNonce": self._nonce(),
        }
        if key.security_token is not None:
            common["SecurityToken"] = key.security_token.get_secret_value()
        pairs = [(k, v) for k, v in params if k not in common and k != "Signature"] + list(common.items())
        signature = rpc_signature(request.method, pairs, key.secret.get_secret_value())
        with_raw_query(request, path, canonical_query([*pairs, ("Signature", signature)]))

    def _sign_acs3(
        self, request: httpx.Request, key: AccessKey, action: str, path: str, params: list[tuple[str, str]], ts: str
    ) -> None:
        payload_sha256 = hashlib.sha256(request.content).hexdigest()
        acs = {
            "x-acs-action": action,
            "x-acs-version": API_VERSION,
            "x-acs-date": ts,
            "x-acs-signature-nonce": self._nonce(),
            "x-acs-content-sha256": payload_sha256,
        }
        if key.security_token is not None:
            acs["x-acs-accesskey-id"] = key.id
            acs["x-acs-security-token"] = key.security_token.get_secret_value()
        headers = request.headers
        for name, value in acs.items():  # one by one: Headers.update() rebuilds the list each time
            headers[name] = value
        query = canonical_query(params)
        with_raw_query(request, path, query)
        signed = {name: value for name, value in headers.items() if name in _ACS3_SIGNED or name.startswith("x-acs-")}
        headers["Authorization"] = _acs3(
            request.method, path, query, signed, payload_sha256, key.id, key.secret.get_secret_value()
        )


def _is_safe(request: httpx.Request) -> bool:
    """Get* and List* actions are reads (POSTs, as the SDK sends them); Submit* may not be repeated."""
    match = _ACTION.match(request.url.path)
    return match is not None and match["action"].startswith(("Get", "List", "Describe"))


def client(
    *,
    access_key_id: str | None = None,
    access_key_secret: str | SecretStr | None = None,
    region: str | None = None,
    security_token: str | SecretStr | None = None,
    signature: Literal["v1", "acs3"] | None = None,
    credentials: Callable[[], AccessKey] | None = None,
    base_url: str | None = None,
    timeout: httpx.Timeout | float | None = None,
    httpx_args: Mapping[str, Any] | None = None,
    retries: RetryPolicy | None = None,
    allow_insecure_http: bool = False,
) -> Client:
    """A generated VOD ``Client`` that signs every action: ACS3-HMAC-SHA256 (default, as the official SDK) or v1.

    ``credentials`` is a provider of :class:`~imagejobs.AccessKey` (STS keys) asked before every request. Arguments fall
    back to ``IMAGEJOBS_ALIBABA_VOD_<NAME>``; ``base_url`` replaces ``https://vod.{region}.aliyuncs.com``;
    ``allow_insecure_http=True`` accepts a plain ``http://`` one to a host that is not loopback.
    """
    settings = Settings(VENDOR)
    settings.check_types(access_key_id=access_key_id, access_key_secret=access_key_secret,
                         security_token=security_token)  # fmt: skip
    settings.check_callable("credentials", credentials)
    settings.require_all()
    scheme = settings.value("signature", signature, default="acs3")
    region_name = settings.region("region", region, default=DEFAULT_REGION)
    regional = region_name and f"https://vod.{region_name}.aliyuncs.com"
    base = settings.url("base_url", base_url, default=regional, allow_insecure_http=allow_insecure_http)
    if scheme not in ("v1", "acs3"):
        settings.invalid(f"signature must be 'v1' or 'acs3', not {scheme!r}")
    key: AccessKeySource
    if credentials is not None:
        key = credentials
    else:
        key_id = settings.value("access_key_id", access_key_id, required=True)
        secret = settings.secret("access_key_secret", access_key_secret, required=True)
        token = settings.secret("security_token", security_token)
        settings.require_all()
        assert key_id is not None and secret is not None
        key = AccessKey(key_id, secret, token)
    settings.require_all()
    assert base is not None
    options = ClientOptions(
        vendor=VENDOR,
        base_url=base,
        auth=AlibabaAuth(key, signature="v1" if scheme == "v1" else "acs3"),
        timeout=timeout,
        httpx_args={} if httpx_args is None else httpx_args,
        error_parser=parse_error,
        is_safe=_is_safe,
        retry=retries,
    )
    return build_client(Client, options)


# --- job source ---------------------------------------------------------------------------------------------------

#: GetAIImageJobs takes at most this many job ids per call.
MAX_JOB_IDS = 10
SIGNED_URL_NOTE = "signed URL from ListAIImageInfo"


class AlibabaVodResult(TypedDict):
    """An Alibaba ``Job.result``."""

    #: Each output image's ``Score`` as the vendor sent it (a numeric string), in the order of ``Job.outputs``.
    scores: list[str | float | None]
    video_id: str | None
    template_id: str | None
    #: ``TemplateConfig`` and ``UserData`` decoded from their JSON strings (None: absent or not JSON, then noted).
    template_config: object
    user_data: object


class Jobs(JobSource):
    """Alibaba image AI jobs: submit, get and get_many (10 ids a call). ``get``/``get_many`` replace the unsigned OSS
    URLs of finished jobs with the signed ones of ListAIImageInfo (one call per video); ``poll`` skips that. No list."""

    vendor = VENDOR
    # JobIds travel comma-separated: a comma (or anything but the id alphabet) would address other jobs.
    id_pattern = re.compile(r"[A-Za-z0-9_-]{1,128}")
    id_described = "1 to 128 of A-Z a-z 0-9 _ -, never a comma"
    no_list_reason = "VOD has no list of image AI jobs; ask by job id (get, get_many)"

    @checked_keywords
    def submit(
        self,
        *,
        video_id: str,
        template_id: str,
        user_data: str | Mapping[str, Any] | None = None,
        pipeline_id: str | None = None,
    ) -> Job:
        """Starts an image AI job on the video ``video_id`` with the AI template ``template_id``."""
        return self._run(
            self.plan_submit(
                video_id=video_id,
                template_id=template_id,
                user_data=user_data,
                pipeline_id=pipeline_id,
            )
        )

    @checked_keywords
    async def asubmit(
        self,
        *,
        video_id: str,
        template_id: str,
        user_data: str | Mapping[str, Any] | None = None,
        pipeline_id: str | None = None,
    ) -> Job:
        """The async :meth:`submit`."""
        return await self._arun(
            self.plan_submit(
                video_id=video_id,
                template_id=template_id,
                user_data=user_data,
                pipeline_id=pipeline_id,
            )
        )

    def result_of(self, job: Job) -> AlibabaVodResult:
        """The job's result block, typed."""
        return cast(AlibabaVodResult, super().result_of(job))

    def plan_submit(
        self,
        *,
        video_id: str,
        template_id: str,
        user_data: str | Mapping[str, Any] | None = None,
        pipeline_id: str | None = None,
    ) -> Plan[Job]:
        from imagejobs_generated.alibaba_vod.api.jobs import submit_ai_image_job
        from imagejobs_generated.alibaba_vod.types import UNSET

        check_text("video_id", video_id, vendor=VENDOR)
        check_text("template_id", template_id, vendor=VENDOR)
        check_optional_text("pipeline_id", pipeline_id, vendor=VENDOR)
        if user_data is not None and not isinstance(user_data, str | Mapping):
            raise UsageError(f"{VENDOR}: user_data must be text or a mapping, not {type(user_data).__name__}")
        try:
            data = user_data if isinstance(user_data, str) or user_data is None else json.dumps(user_data)
        except (TypeError, ValueError) as exc:
            raise UsageError(f"{VENDOR}: user_data cannot be written as JSON ({exc})") from None
        if data is not None and len(data.encode()) > 512:
            raise UsageError(f"{VENDOR}: UserData is {len(data.encode())} bytes; the vendor allows 512")
        kwargs = {"video_id": video_id, "ai_template_id": template_id, "user_data": data or UNSET,
                  "ai_pipeline_id": pipeline_id or UNSET}  # fmt: skip
        response = yield Call(submit_ai_image_job, kwargs, safe_to_repeat=False)
        body = json_body(VENDOR, response)
        job_id = body.get("JobId") if isinstance(body, dict) else None
        if not isinstance(job_id, str) or not job_id:
            raise ResponseError(VENDOR, "SubmitAIImageJob answered without a JobId", body=response.content)
        item = {"JobId": job_id, "VideoId": video_id, "TemplateId": template_id, "UserData": data}
        (job,) = normalize({"AIImageJobList": [item]})
        return job.model_copy(update={"state": JobState.pending, "raw": body, "notes": ["state after submit"]})

    def plan_get(self, ref: JobRef) -> Plan[Job]:
        (job,) = yield from self._jobs([ref], resolve=True)
        return job

    def plan_get_many(self, refs: list[JobRef]) -> Plan[list[Job]] | None:
        return self._jobs(refs, resolve=True)

    def plan_poll(self, refs: list[JobRef]) -> Plan[list[Job]] | None:
        return self._jobs(refs, resolve=False)

    def plan_poll_one(self, ref: JobRef) -> Plan[Job]:
        (job,) = yield from self._jobs([ref], resolve=False)
        return job

    def _jobs(self, refs: list[JobRef], *, resolve: bool) -> Plan[list[Job]]:
        from imagejobs_generated.alibaba_vod.api.jobs import get_ai_image_jobs

        found: dict[str, Job] = {}
        ids = list(dict.fromkeys(r.job_id for r in refs))
        for start in range(0, len(ids), MAX_JOB_IDS):
            batch = ids[start : start + MAX_JOB_IDS]
            response = yield Call(get_ai_image_jobs, {"job_ids": ",".join(batch)})
            body = json_body(VENDOR, response)
            if isinstance(body, dict) and not body.get("AIImageJobList"):
                continue  # every id of this batch unknown: the list is absent, null or empty (NonExistAIImageJobIds)
            answered = by_id(normalize(body))
            if strangers := answered.keys() - set(batch):
                raise ResponseError(
                    VENDOR,
                    f"asked for jobs {', '.join(batch)}, the answer is also about {', '.join(sorted(strangers))}",
                    status_code=response.status_code,
                    body=response.content,
                )
            found |= answered
        missing = [i for i in ids if i not in found]
        if missing:
            raise NotFoundError(VENDOR, status_code=200, message=f"no such image AI job: {', '.join(missing)}")
        if resolve:
            yield from self._resolve_urls(found)
        return [found[r.job_id] for r in refs]

    def _resolve_urls(self, found: dict[str, Job]) -> Plan[None]:
        """Replace the unsigned AIImageResult URLs of finished jobs with ListAIImageInfo's signed ones."""
        from imagejobs_generated.alibaba_vod.api.images import list_ai_image_info

        videos: dict[str, list[str]] = {}
        for done in found.values():
            video = done.result.get("video_id")
            if done.state is JobState.completed and isinstance(video, str):
                videos.setdefault(video, []).append(done.job_id)
        for video, job_ids in videos.items():
            response = yield Call(list_ai_image_info, {"video_id": video})
            body = json_body(VENDOR, response)
            infos = body.get("AIImageInfoList") if isinstance(body, dict) else None
            if isinstance(infos, Mapping):  # the XML-shaped variant: {"AIImageInfo": [...]}
                infos = infos.get("AIImageInfo")
            for job_id in job_ids:
                signed = [
                    JobOutput(name=f"image-{n}", url=info["FileURL"], note=SIGNED_URL_NOTE)
                    for n, info in enumerate(
                        (i for i in infos or [] if isinstance(i, Mapping) and i.get("JobId") == job_id
                         and isinstance(i.get("FileURL"), str)), start=1)
                ]  # fmt: skip
                if signed:
                    found[job_id] = found[job_id].model_copy(update={"outputs": signed})


#: ``jobs(client, ...)``: the job source of a client made by :func:`client` (the :class:`Jobs` class itself).
jobs = Jobs


# --- what shared code knows of Alibaba (imagejobs._registry) ------------------------------------------------------


def _bench_bare(http: httpx.Client, host: str) -> Any:
    params = [("JobIds", "a")]
    empty = hashlib.sha256(b"").hexdigest()
    nonce = hashlib.sha256(str(time.perf_counter_ns()).encode()).hexdigest()[:32]
    headers = {"User-Agent": "bench", "host": host, "x-acs-action": "GetAIImageJobs", "x-acs-version": API_VERSION,
               "x-acs-date": datetime.now(UTC).strftime(TIMESTAMP_FORMAT), "x-acs-signature-nonce": nonce,
               "x-acs-content-sha256": empty}  # fmt: skip
    headers["Authorization"] = acs3_authorization("POST", "/", params, dict(headers), empty, access_key_id="AK",
                                                  secret="SK")  # fmt: skip
    return http.post(f"/?{canonical_query(params)}", headers=headers).json()


DESCRIPTOR: Final = VendorDescriptor(
    name=VENDOR,
    title="Alibaba Cloud ApsaraVideo VOD (2017-03-21) image AI jobs",
    states=STATES,
    poll_policy=PollPolicy(2.0, 60.0),
    submit=SubmitForm(
        help="run an image AI template on a video",
        flags=(
            SubmitFlag(
                flag="--video-id", keyword="video_id", required=True, metavar="ID", help="the VOD video to analyse"
            ),
            SubmitFlag(
                flag="--template-id", keyword="template_id", required=True, metavar="ID", help="the AI template to run"
            ),
            SubmitFlag(
                flag="--user-data",
                keyword="user_data",
                metavar="JSON",
                help="a JSON string the vendor keeps with the job (512 bytes)",
            ),
        ),
        example={"video_id": "video-x", "template_id": "tpl"},
    ),
    secret_headers=frozenset({"x-acs-security-token"}),
    request_id_headers=("x-acs-request-id",),
    sandbox="imagejobs.sandbox._alibaba_vod",
    faults=FaultOperations(
        get="GetAIImageJobs",
        poll="GetAIImageJobs",
        submit="SubmitAIImageJob",
        methods={"GetAIImageJobs": "POST", "SubmitAIImageJob": "POST"},
    ),
    bench=BenchRequest(
        operation="imagejobs_generated.alibaba_vod.api.jobs.get_ai_image_jobs",
        kwargs=lambda: {"job_ids": "a"},
        credentials={"access_key_id": "AK", "access_key_secret": "SK"},
        answers=lambda: {"/?": {"RequestId": "r", "AIImageJobList": [{"JobId": "a", "Status": "success"}]}},
        bare=_bench_bare,
    ),
    poll_requests=lambda n: -(-n // MAX_JOB_IDS),  # GetAIImageJobs takes ten ids a call
    get_after_wait=True,
)

"""Smile Identity ``job_status``: signed bodies and verified answers on ``imagejobs_generated.smile_identity``.

Smile authenticates in the JSON body, not in a header: the auth flow adds ``partner_id``, ``timestamp`` and
``signature`` (or, for the legacy scheme, ``sec_key``) to every body it sends, and checks the signature of every answer
before anyone reads it. Result codes are errors even on HTTP 200: 2304 is a :class:`~imagejobs.errors.NotFoundError`.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import re
import time
from collections.abc import Generator, Mapping
from datetime import UTC, datetime
from typing import Any, Final, Literal, Never, Required, TypedDict, cast

import httpx
from pydantic import SecretStr

from imagejobs_generated.normalized_job import Job, JobOutput, JobRef, JobState
from imagejobs_generated.smile_identity.client import Client

from ._auth import with_body
from ._check import check_instance
from ._client import ClientOptions, build_client
from ._credentials import Settings
from ._extras import require
from ._http import RetryPolicy, json_object, status_error
from ._jobs import Call, JobSource, Plan, answer_for, jobs_from
from ._json import JSON_ERRORS, loads
from ._normalize import Notes, job, no_job, plain, read_text, read_timestamp
from ._vendor import BenchRequest, FaultOperations, PollPolicy, VendorDescriptor
from ._version import __version__
from ._webhooks import (
    DEFAULT_MAX_BODY,
    Headers,
    capped_body,
    check_request,
    checked_window,
    confirmed,
    one_job,
    webhook_json,
)
from .errors import (
    APIStatusError,
    AuthenticationError,
    BadRequestError,
    CredentialsError,
    NotFoundError,
    PermissionDeniedError,
    ReplayError,
    ResponseError,
    ServerError,
    SignatureError,
    UnsupportedOperation,
    UsageError,
)

__all__ = [
    "BASE_URLS",
    "Client",
    "Jobs",
    "SecKeyAuth",
    "SignatureAuth",
    "SmileIdentityResult",
    "client",
    "generate_sec_key",
    "generate_signature",
    "jobs",
    "normalize",
    "parse_error",
    "verify_and_parse",
    "verify_sec_key",
    "verify_signature",
]

VENDOR = "smile_identity"
BASE_URLS = {"test": "https://testapi.smileidentity.com/v1", "production": "https://api.smileidentity.com/v1"}
SUCCESS = "2302"
#: How old a signed answer may be, in seconds, before it is taken for a replay.
DEFAULT_RESPONSE_MAX_AGE = 300.0
#: Result codes that mean the call failed, and the error each becomes (on any HTTP status, 200 included).
RESULT_CODE_ERRORS: dict[str, type[APIStatusError]] = {
    "2301": ServerError,  # System error
    "2303": BadRequestError,  # Invalid JSON
    "2304": NotFoundError,  # Job not found
    "2305": AuthenticationError,  # Invalid sec_key / signature
    "2307": PermissionDeniedError,  # Enrolled user is disabled
    "2310": NotFoundError,  # No enrolled user found
    "2313": BadRequestError,  # Missing required parameters
}


def _code(body: Mapping[str, Any]) -> str | None:
    code = body.get("code")
    return str(code) if isinstance(code, str | int) and not isinstance(code, bool) else None


def parse_error(response: httpx.Response) -> APIStatusError | None:
    """An error status, or a 200 whose ``code`` is an error result code; other codes are not errors."""
    body = json_object(response) or {}
    code = _code(body)
    request_id = response.headers.get("x-amzn-requestid") or response.headers.get("x-request-id")
    message = body.get("error") or body.get("message")
    error_class = RESULT_CODE_ERRORS.get(code or "")
    if response.is_success:
        if error_class is None and (code == SUCCESS or not isinstance(body.get("error"), str)):
            return None
        error_class = error_class or BadRequestError
    return status_error(VENDOR, response, code=code, message=message, request_id=request_id, error_class=error_class)


# --- normalizer -------------------------------------------------------------------------------------------------

#: Smile's job types (PartnerParams.job_type), for the Job's ``kind``; others become ``job_type_<n>``.
JOB_TYPES = {
    "1": "biometric_kyc",
    "2": "smart_selfie_authentication",
    "4": "smart_selfie_registration",
    "5": "enhanced_kyc",
    "6": "document_verification",
    "11": "enhanced_document_verification",
}
_RESULT_FIELDS = ("ResultCode", "ResultText", "ResultType", "ConfidenceValue", "IsFinalResult", "IsMachineResult",
                  "SmileJobID", "Source")  # fmt: skip


_FLAGS = {"true": True, "false": False, "1": True, "0": False}


def _flag(value: object) -> bool | None:
    """Smile sends its flags as booleans, as numbers or as strings ("true", "1"); anything else: None."""
    if isinstance(value, bool):
        return value
    if isinstance(value, int) and value in (0, 1):
        return bool(value)
    if isinstance(value, str):
        return _FLAGS.get(value.strip().lower())
    return None


def normalize(payload: object, *, ref: JobRef | None = None) -> list[Job]:
    """The one Job of a ``job_status`` answer or a callback body.

    ``job_complete`` false -> running, true -> completed whatever the verdict: ``job_success`` false (no match, the
    user neither enrolled nor authenticated) is a job Smile processed to the end, so its verdict stays in ``result``
    (``job_success``, ``ResultCode``, ``ResultText``), never in the state. ``vendor_status`` is the completion flag
    as text. The job id is ``result.PartnerParams.job_id`` (the id the partner polls with), else the answer's
    ``job_id``, else ``ref``'s. An error result code (2301 system error, 2304 job not found, ...) raises its typed
    error: that is Smile saying it could not answer, not a verdict.
    """
    data = plain(payload)
    if not isinstance(data, Mapping):
        raise no_job(VENDOR, data, "expected a JSON object")
    code = _code(data)
    if code in RESULT_CODE_ERRORS:
        raise RESULT_CODE_ERRORS[code](
            VENDOR, status_code=200, code=code, message=read_text(data.get("error")), body=json.dumps(data).encode()
        )
    notes: Notes = []
    result = data.get("result")
    is_callback = "result" not in data and ("PartnerParams" in data or "ResultCode" in data)
    block: Mapping[str, Any] = data if is_callback else result if isinstance(result, Mapping) else {}
    params = block.get("PartnerParams") if isinstance(block.get("PartnerParams"), Mapping) else {}
    assert isinstance(params, Mapping)
    job_id = read_text(params.get("job_id")) or read_text(data.get("job_id")) or (ref.job_id if ref else None)
    if not job_id:
        raise no_job(VENDOR, data, "no PartnerParams.job_id")
    user_id = read_text(params.get("user_id")) or read_text(data.get("user_id"))
    if user_id is None and ref is not None:
        user_id = ref.extra.get("user_id")
    raw_complete = block.get("IsFinalResult") if is_callback else data.get("job_complete")
    complete = _flag(raw_complete)
    success = _flag(data.get("job_success"))
    state = JobState.unknown if complete is None else JobState.completed if complete else JobState.running
    summary: dict[str, Any] = {"code": code, "job_success": success}
    summary.update({field: block[field] for field in _RESULT_FIELDS if field in block})
    if isinstance(result, str):
        summary["result_text"] = result
    elif result is not None and not isinstance(result, Mapping):
        notes.append(f"result: unreadable {type(result).__name__} (kept in raw)")
    links = data.get("image_links")
    outputs = (
        [JobOutput(name=str(k), url=v) for k, v in links.items() if isinstance(v, str) and v]
        if isinstance(links, Mapping)
        else []
    )
    job_type = read_text(params.get("job_type"))
    return [
        job(
            VENDOR,
            job_id,
            state=state,
            # Smile has no status string: its completion flag, as text ("true", "false", or what it sent)
            vendor_status=str(raw_complete).lower() if isinstance(raw_complete, bool) else read_text(raw_complete),
            kind=None if job_type is None else JOB_TYPES.get(job_type, f"job_type_{job_type}"),
            extra={"user_id": user_id} if user_id else None,
            outputs=outputs,
            result=summary,
            notes=notes,
            raw=data,
        )
    ]


# --- the signature scheme -----------------------------------------------------------------------------------------


def generate_signature(api_key: str, partner_id: str, timestamp: str) -> str:
    """base64(HMAC-SHA256(api_key, timestamp + partner_id + "sid_request"))."""
    mac = hmac.new(api_key.encode(), f"{timestamp}{partner_id}sid_request".encode(), hashlib.sha256)
    return base64.b64encode(mac.digest()).decode("ascii")


def verify_signature(api_key: str, partner_id: str, timestamp: str, signature: str) -> bool:
    """Whether ``signature`` is Smile's for ``timestamp``, compared in constant time."""
    return hmac.compare_digest(generate_signature(api_key, partner_id, timestamp).encode(), signature.encode())


def _now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


# --- the legacy sec_key scheme ------------------------------------------------------------------------------------


def _sec_key_hash(partner_id: str, timestamp: int) -> str:
    return hashlib.sha256(f"{int(partner_id)}:{timestamp}".encode()).hexdigest()


def _load_public_key(api_key: str) -> Any:
    """Smile hands out the partner public key base64-encoded PEM; PEM itself is accepted too."""
    require("smile-legacy", "Smile's legacy sec_key scheme")
    from cryptography.hazmat.primitives.serialization import load_pem_public_key

    text = api_key.strip()
    pem = text.encode() if text.startswith("-----BEGIN") else base64.b64decode(text, validate=False)
    return load_pem_public_key(pem)


def generate_sec_key(public_key_pem: str, partner_id: str, timestamp: int) -> str:
    """base64(RSA PKCS#1 v1.5 encrypt(public key, hash)) + "|" + hash, hash = sha256hex(partner_id:timestamp)."""
    require("smile-legacy", "Smile's legacy sec_key scheme")
    from cryptography.hazmat.primitives.asymmetric import padding

    digest = _sec_key_hash(partner_id, timestamp)
    encrypted = _load_public_key(public_key_pem).encrypt(digest.encode(), padding.PKCS1v15())
    return base64.b64encode(encrypted).decode("ascii") + "|" + digest


def verify_sec_key(public_key_pem: str, partner_id: str, timestamp: int | str, sec_key: str) -> bool:
    """A legacy response's ``sec_key``, checked as the vendor's JavaScript SDK does: the first part, decrypted with
    the public key (RSA public-key recovery), must equal the hash, and the hash must be ours for ``timestamp``."""
    require("smile-legacy", "Smile's legacy sec_key scheme")
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric import padding

    encrypted, _, claimed = sec_key.partition("|")
    try:
        expected = _sec_key_hash(partner_id, int(timestamp))
        recovered = _load_public_key(public_key_pem).recover_data_from_signature(
            base64.b64decode(encrypted, validate=True), padding.PKCS1v15(), None
        )
    except (ValueError, TypeError, InvalidSignature, binascii.Error):
        return False
    return hmac.compare_digest(recovered, expected.encode()) and hmac.compare_digest(claimed, expected)


# --- auth flows ---------------------------------------------------------------------------------------------------


#: A JSON string (kept as it is), or a comma before a closing bracket (dropped).
_TRAILING_COMMA = re.compile(r'("(?:[^"\\]|\\.)*")|,(\s*[\]}])')

#: Where :func:`read_sloppy_json` keeps the bytes Smile sent when it had to repair them.
RAW_CONTENT = "imagejobs.raw_content"


def read_sloppy_json(response: httpx.Response) -> None:
    """Make an answer with trailing commas (as on Smile's own documentation page) readable JSON.

    Only when the body is not JSON as sent and dropping the commas before ``}`` or ``]`` is all it takes; the exact
    bytes Smile sent stay in ``response.extensions["imagejobs.raw_content"]``. The signature is checked afterwards as
    for any answer: it covers ``timestamp`` and ``partner_id``, not the body's punctuation.
    """
    content = response.content
    if not content:
        return
    try:
        loads(content)
        return
    except JSON_ERRORS:
        pass
    text = content.decode("utf-8", "replace")
    repaired = _TRAILING_COMMA.sub(lambda m: m.group(1) or m.group(2), text)
    try:
        loads(repaired)
    except JSON_ERRORS:
        return  # not (only) trailing commas: the client's parser reports it with the raw body
    response.extensions = {**response.extensions, RAW_CONTENT: content}
    response._content = repaired.encode()  # what Response.read() would hold, so every reader sees the same JSON


class _BodyAuth(httpx.Auth):
    """Adds Smile's credentials to the JSON body; :meth:`check` verifies the answer's (the client runs it on every
    answer once read, within the size limit, before anything parses it)."""

    requires_request_body = True

    def __init__(
        self, partner_id: str, api_key: SecretStr, *, verify_responses: bool, max_age: float = DEFAULT_RESPONSE_MAX_AGE
    ) -> None:
        self._partner_id = partner_id
        self._api_key = api_key
        self._verify = verify_responses
        self._max_age = max_age

    def __repr__(self) -> str:
        return f"{type(self).__name__}(partner_id={self._partner_id!r}, api_key='**********', verify={self._verify})"

    def credentials(self) -> dict[str, Any]:
        raise NotImplementedError

    def verify(self, body: Mapping[str, Any]) -> bool:
        raise NotImplementedError

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        try:
            payload = json.loads(request.content) if request.content else {}
        except ValueError:  # JSONDecodeError, or bytes that are not UTF-8 at all
            payload = None
        if not isinstance(payload, dict):
            # Smile's credentials travel inside the JSON body: a body that is not a JSON object cannot carry them.
            raise UsageError(f"{VENDOR}: a request body must be a JSON object to carry Smile's signature")
        payload.update(self.credentials())
        payload.setdefault("source_sdk", "imagejobs")
        payload.setdefault("source_sdk_version", __version__)
        yield with_body(request, json.dumps(payload).encode())

    def check(self, response: httpx.Response) -> None:
        read_sloppy_json(response)
        if not self._verify or not response.is_success:
            return
        body = json_object(response)
        if body is None:
            return  # not JSON: the client's parser reports it; nothing here to trust or distrust
        if _code(body) in RESULT_CODE_ERRORS:
            return  # an error answer is not signed; parse_error turns it into the typed error
        if not self.verify(body):
            raise SignatureError(VENDOR, "response signature is missing or wrong", body=response.content)
        # The signature covers the timestamp, not the body: an old signed answer replayed is refused by its age.
        age = _age_seconds(body.get("timestamp"))
        if age is None or abs(age) > self._max_age:
            raise ReplayError(
                VENDOR,
                f"response timestamp {body.get('timestamp')!r} is outside the {self._max_age:.0f} s window",
                body=response.content,
            )


class SignatureAuth(_BodyAuth):
    """The current scheme: ``signature`` = base64(HMAC-SHA256(api_key, timestamp + partner_id + "sid_request"))."""

    def credentials(self) -> dict[str, Any]:
        timestamp = _now_iso()
        key = self._api_key.get_secret_value()
        return {
            "partner_id": self._partner_id,
            "timestamp": timestamp,
            "signature": generate_signature(key, self._partner_id, timestamp),
        }

    def verify(self, body: Mapping[str, Any]) -> bool:
        timestamp, signature = body.get("timestamp"), body.get("signature")
        if not isinstance(timestamp, str) or not isinstance(signature, str):
            return False
        return verify_signature(self._api_key.get_secret_value(), self._partner_id, timestamp, signature)


class SecKeyAuth(_BodyAuth):
    """The legacy scheme: ``sec_key`` made with the partner's RSA public key, integer-second timestamps."""

    def credentials(self) -> dict[str, Any]:
        timestamp = int(time.time())
        sec_key = generate_sec_key(self._api_key.get_secret_value(), self._partner_id, timestamp)
        return {"partner_id": self._partner_id, "timestamp": timestamp, "sec_key": sec_key}

    def verify(self, body: Mapping[str, Any]) -> bool:
        # Legacy answers carry their sec_key in `signature` (as every vendor SDK reads it), some in `sec_key`.
        timestamp, sec_key = body.get("timestamp"), body.get("signature") or body.get("sec_key")
        if not isinstance(timestamp, int | str) or isinstance(timestamp, bool) or not isinstance(sec_key, str):
            return False
        return verify_sec_key(self._api_key.get_secret_value(), self._partner_id, timestamp, sec_key)


def _age_seconds(timestamp: object) -> float | None:
    """Seconds since a signed timestamp (ISO 8601 text, or integer seconds in the legacy scheme); None if unreadable."""
    if isinstance(timestamp, int) and not isinstance(timestamp, bool):
        return time.time() - timestamp
    if isinstance(timestamp, str) and timestamp.strip().isdigit():
        return time.time() - int(timestamp.strip())
    when = read_timestamp(timestamp, "timestamp", [])
    return None if when is None else (datetime.now(UTC) - when).total_seconds()


def _is_safe(request: httpx.Request) -> bool:
    """``job_status`` is a read, though a POST."""
    return request.method == "GET" or request.url.path.endswith("/job_status")


def client(
    *,
    partner_id: str | None = None,
    api_key: str | SecretStr | None = None,
    environment: Literal["test", "production"] | None = None,
    scheme: Literal["signature", "sec_key"] = "signature",
    verify_responses: bool = True,
    base_url: str | None = None,
    timeout: httpx.Timeout | float | None = None,
    httpx_args: Mapping[str, Any] | None = None,
    retries: RetryPolicy | None = None,
    allow_insecure_http: bool = False,
    response_max_age: float = DEFAULT_RESPONSE_MAX_AGE,
) -> Client:
    """A generated Smile ``Client`` that signs every request and verifies every answer.

    ``environment`` picks the vendor's test (default) or production base URL; ``base_url`` overrides both.
    ``scheme="sec_key"`` uses the legacy scheme, with ``api_key`` the partner's RSA public key (base64 PEM, as Smile
    issues it). ``verify_responses=False`` turns response verification off, explicitly. Arguments fall back to
    ``IMAGEJOBS_SMILE_IDENTITY_<NAME>``. An answer whose signed timestamp is more than ``response_max_age`` seconds
    old (or ahead) is refused as a replay (:class:`~imagejobs.errors.ReplayError`).
    ``allow_insecure_http=True`` accepts a plain ``http://`` base URL to a host that is not loopback.
    """
    settings = Settings(VENDOR)
    settings.check_types(scheme=scheme)
    if not isinstance(verify_responses, bool):
        settings.invalid(f"verify_responses must be True or False, not {type(verify_responses).__name__}")
    settings.require_all()
    partner = settings.value("partner_id", partner_id, required=True)
    key = settings.secret("api_key", api_key, required=True)
    env = settings.value("environment", environment, default="test")
    base = settings.url("base_url", base_url, allow_insecure_http=allow_insecure_http)
    if env not in BASE_URLS:
        settings.invalid(f"environment must be one of {', '.join(BASE_URLS)}, not {env!r}")
    if scheme not in ("signature", "sec_key"):
        settings.invalid(f"scheme must be 'signature' or 'sec_key', not {scheme!r}")
    if partner is not None and scheme == "sec_key" and not partner.strip().isdigit():
        settings.invalid("partner_id must be numeric for the sec_key scheme")
    if key is not None and scheme == "sec_key":
        try:
            _load_public_key(key.get_secret_value())
        except (ValueError, TypeError, binascii.Error):
            settings.invalid("api_key is not an RSA public key (base64 PEM or PEM) as the sec_key scheme needs")
    checked_window(VENDOR, response_max_age, None)
    settings.require_all()
    assert partner is not None and key is not None and env is not None
    auth_class = SecKeyAuth if scheme == "sec_key" else SignatureAuth
    auth = auth_class(partner, key, verify_responses=verify_responses, max_age=response_max_age)
    options = ClientOptions(
        vendor=VENDOR,
        base_url=base or BASE_URLS[env],
        auth=auth,
        response_check=auth.check,
        timeout=timeout,
        httpx_args={} if httpx_args is None else httpx_args,
        error_parser=parse_error,
        is_safe=_is_safe,
        retry=retries,
    )
    return build_client(Client, options)


# --- callbacks ----------------------------------------------------------------------------------------------------


def verify_and_parse(
    method: str,
    url: str,
    headers: Headers,
    body: bytes,
    *,
    partner_id: str,
    api_key: str | SecretStr,
    max_age: float = 300.0,
    now: datetime | None = None,
    max_body: int = DEFAULT_MAX_BODY,
    confirm: Client | None = None,
) -> Job:
    """Verify a Smile callback (its body's ``signature`` and ``timestamp``, as a response) and return its Job.

    What this proves is little: Smile's signature covers the timestamp and the partner id only, not the body, so a
    timestamp/signature pair seen anywhere (every job_status exchange carries one) authenticates any body for
    ``max_age`` seconds. Pass ``confirm=client`` (recommended) to get the job as Smile's API reports it now, through
    the signed client, instead of trusting the body. A timestamp more than ``max_age`` seconds from ``now`` (either
    way) is refused as a possible replay; a body over ``max_body`` bytes is refused before it is parsed. Anything
    wrong with the body's shape or its signature raises :class:`SignatureError`.
    """
    check_request(VENDOR, method, url, headers, body)
    check_instance("partner_id", partner_id, str, "text", vendor=VENDOR)
    check_instance("api_key", api_key, (str, SecretStr), "text or a SecretStr", vendor=VENDOR)
    if not isinstance(partner_id, str) or not partner_id.strip():
        raise CredentialsError(VENDOR, "partner_id must not be empty")
    key = api_key.get_secret_value() if isinstance(api_key, SecretStr) else api_key
    if not isinstance(key, str) or not key.strip():
        raise CredentialsError(VENDOR, "api_key must not be empty")
    checked_window(VENDOR, max_age, now)
    body = capped_body(VENDOR, body, max_body)
    try:
        data = webhook_json(VENDOR, body)
    except ResponseError:
        raise SignatureError(VENDOR, "callback body is not a JSON object carrying a signature", body=body) from None
    timestamp, signature = data.get("timestamp"), data.get("signature")
    if not isinstance(timestamp, str) or not isinstance(signature, str):
        raise SignatureError(VENDOR, "callback without signature and timestamp", body=body)
    if not verify_signature(key, partner_id, timestamp, signature):
        raise SignatureError(VENDOR, "callback signature does not match", body=body)
    when = read_timestamp(timestamp, "timestamp", [])
    current = now or datetime.now(UTC)
    if when is None or abs((current - when).total_seconds()) > max_age:
        raise ReplayError(VENDOR, f"callback timestamp {timestamp!r} is outside the {max_age:.0f} s window", body=body)
    job = one_job(VENDOR, data, body)
    return job if confirm is None else confirmed(job, confirm)


# --- job source ---------------------------------------------------------------------------------------------------


class SmileIdentityResult(TypedDict, total=False):
    """A Smile ``Job.result``: the answer's code and success flag, and the result fields it carried."""

    #: The answer's ``code`` (``"2302"``: the job status was returned).
    code: Required[str | None]
    #: ``job_success`` read as a flag (None: absent or unreadable).
    job_success: Required[bool | None]
    #: Leading zeros matter: a string, though some payloads carry a number.
    ResultCode: str | int | None
    ResultText: str | None
    ResultType: str | None
    ConfidenceValue: float | str | None
    IsFinalResult: bool | str | None
    IsMachineResult: bool | str | None
    SmileJobID: str | None
    Source: str | None
    #: The answer's ``result`` when it is a plain string rather than an object.
    result_text: str


class Jobs(JobSource):
    """Smile jobs, by ``job_id`` and ``user_id`` (``JobRef(vendor="smile_identity", job_id=..., extra={"user_id":
    ...})``). Smile's jobs come from its other products, so there is no submit here, and Smile has no job list."""

    vendor = VENDOR
    required_extra = ("user_id",)
    # Smile's job ids are the partner's own (any text): only what cannot travel in a JSON string safely is refused.
    id_pattern = re.compile(r"[^\x00-\x1f\x7f]{1,256}")
    id_described = "1 to 256 characters, no control characters"
    no_submit_reason = "Smile jobs are created by Smile's other products (SmartSelfie, KYC), not submitted here"
    no_list_reason = "Smile has no job list; ask for each job by job_id and user_id"

    def __init__(
        self,
        client: Any,
        *,
        timeout: httpx.Timeout | float | None = None,
        concurrency: int = 8,
        retries: RetryPolicy | None = None,
        image_links: bool = True,
        history: bool = False,
    ) -> None:
        super().__init__(client, timeout=timeout, concurrency=concurrency, retries=retries)
        check_instance("image_links", image_links, bool, "True or False", vendor=VENDOR)
        check_instance("history", history, bool, "True or False", vendor=VENDOR)
        self.image_links = image_links
        self.history = history

    def submit(self, *args: Never, **kwargs: Never) -> Never:
        """Smile takes no submissions here: always :class:`UnsupportedOperation` (and a type error with keywords)."""
        raise UnsupportedOperation(self.vendor, "submit", self.no_submit_reason)

    async def asubmit(self, *args: Never, **kwargs: Never) -> Never:
        """The async :meth:`submit`: always :class:`UnsupportedOperation`."""
        raise UnsupportedOperation(self.vendor, "submit", self.no_submit_reason)

    def result_of(self, job: Job) -> SmileIdentityResult:
        """The job's result block, typed."""
        return cast(SmileIdentityResult, super().result_of(job))

    def plan_get(self, ref: JobRef) -> Plan[Job]:
        from imagejobs_generated.smile_identity.api.utilities import get_job_status
        from imagejobs_generated.smile_identity.models import JobStatusRequest

        body = JobStatusRequest(
            job_id=ref.job_id, user_id=ref.extra["user_id"], image_links=self.image_links, history=self.history
        )
        response = yield Call(get_job_status, {"body": body})
        return answer_for(VENDOR, ref, jobs_from(VENDOR, response, ref=ref), response)


#: ``jobs(client, ...)``: the job source of a client made by :func:`client` (the :class:`Jobs` class itself).
jobs = Jobs


# --- what shared code knows of Smile (imagejobs._registry) --------------------------------------------------------

_BENCH_PARTNER, _BENCH_KEY, _BENCH_STAMP = "085", "bench-api-key", "2024-01-01T00:00:00.000Z"


def _bench_kwargs() -> dict[str, Any]:
    from imagejobs_generated.smile_identity.models import JobStatusRequest

    return {"body": JobStatusRequest(job_id="m", user_id="u")}


def _bench_answers() -> dict[str, Any]:
    result = {"ResultCode": "1012", "PartnerParams": {"job_id": "m", "user_id": "u", "job_type": 4}}
    return {"/v1/job_status": {"timestamp": _BENCH_STAMP, "code": "2302", "job_complete": True, "job_success": True,
                               "signature": generate_signature(_BENCH_KEY, _BENCH_PARTNER, _BENCH_STAMP),
                               "result": result}}  # fmt: skip


def _bench_bare(http: httpx.Client, host: str) -> Any:
    stamp = _now_iso()
    body = {"job_id": "m", "user_id": "u", "partner_id": _BENCH_PARTNER, "timestamp": stamp,
            "signature": generate_signature(_BENCH_KEY, _BENCH_PARTNER, stamp)}  # fmt: skip
    answer = http.post("/v1/job_status", json=body, headers={"User-Agent": "bench"}).json()
    assert verify_signature(_BENCH_KEY, _BENCH_PARTNER, answer["timestamp"], answer["signature"])
    return answer


DESCRIPTOR: Final = VendorDescriptor(
    name=VENDOR,
    title="Smile Identity `job_status`",
    states={},  # not a status field: job_complete and job_success (see normalize)
    poll_policy=PollPolicy(2.0, 60.0),
    submit=None,
    secret_headers=frozenset(),  # credentials travel in the JSON body
    request_id_headers=("x-amzn-requestid", "x-request-id"),
    sandbox="imagejobs.sandbox._smile_identity",
    faults=FaultOperations(get="getJobStatus", poll="getJobStatus", submit=None, methods={"getJobStatus": "POST"}),
    bench=BenchRequest(
        operation="imagejobs_generated.smile_identity.api.utilities.get_job_status",
        kwargs=_bench_kwargs,
        credentials={"partner_id": _BENCH_PARTNER, "api_key": _BENCH_KEY},
        base_path="/v1",
        client_options={"response_max_age": 1e9},  # the replay window is widened, not measured
        answers=_bench_answers,
        bare=_bench_bare,
    ),
    poll_requests=lambda n: n,  # one job_status call per job
)

"""SASHA Partner API: OAuth2 client credentials on the generated ``imagejobs_generated.sasha`` client.

from imagejobs import sasha
from imagejobs_generated.sasha.api.jobs import get_job

client = sasha.client(client_id="...", client_secret="...")   # or IMAGEJOBS_SASHA_CLIENT_ID / _CLIENT_SECRET
job = get_job.sync(client=client, job_id="...")
"""

from __future__ import annotations

import base64
import hashlib
import hmac
from collections.abc import Mapping
from typing import Any, Final, Literal, TypedDict, cast
from urllib.parse import urlencode, urlsplit, urlunsplit

import httpx
from pydantic import SecretStr

from imagejobs_generated.normalized_job import Job, JobOutput, JobRef, JobState
from imagejobs_generated.sasha.client import Client

from ._auth import TokenAuth
from ._check import check_instance, check_mapping, check_number, check_optional_text
from ._client import ClientOptions, build_client
from ._credentials import Settings
from ._http import RetryPolicy, json_object, status_error
from ._jobs import Call, FileInput, JobSource, Plan, answer_for, by_id, checked_keywords, jobs_from, only_job, read_file
from ._normalize import Notes, each_job, job, no_job, plain, read_text, read_timestamp, state_for
from ._redact import remember
from ._vendor import BenchRequest, FaultOperations, PollPolicy, SubmitFlag, SubmitForm, VendorDescriptor
from ._webhooks import (
    DEFAULT_MAX_BODY,
    Headers,
    RequestIdStore,
    capped_body,
    check_request,
    confirmed,
    one_job,
    signed_header,
    webhook_json,
)
from .errors import APIStatusError, CredentialsError, ReplayError, ResponseError, SignatureError, UsageError

__all__ = [
    "DEFAULT_BASE_URL",
    "STATES",
    "Client",
    "Jobs",
    "SashaAuth",
    "SashaResult",
    "callback_signature",
    "client",
    "jobs",
    "normalize",
    "parse_error",
    "verify_and_parse",
]

VENDOR = "sasha"
DEFAULT_BASE_URL = "https://partner.api.sasha.eu"
TOKEN_PATH = "/oauth/token"


#: SASHA status -> normalized state (``in_progress`` is from an older version of the docs); others are ``unknown``.
STATES: Mapping[str, JobState] = {
    "pending": JobState.pending,
    "in_progress": JobState.running,
    "completed": JobState.completed,
    "failed": JobState.failed,
}


def _normalize_job(item: Mapping[str, Any]) -> Job | None:
    job_id = read_text(item.get("job_id"))
    if not job_id:
        return None
    notes: Notes = []
    status = read_text(item.get("status"))
    error = item.get("error")
    error_pair = None
    if isinstance(error, Mapping):
        error_pair = (read_text(error.get("code")), read_text(error.get("message")))
    elif isinstance(error, str):
        error_pair = (error, None)
    elif error is not None:
        notes.append(f"error: unreadable {type(error).__name__} (kept in raw)")
    outputs = []
    output_url = item.get("output_url")
    if isinstance(output_url, str) and output_url:
        expires = read_timestamp(item.get("output_url_expires_at"), "output_url_expires_at", notes)
        outputs.append(JobOutput(name="output", url=output_url, expires_at=expires))
    signature_id = item.get("signature_id")
    if isinstance(signature_id, float):
        notes.append("signature_id: arrived as a JSON float, digits may be lost (the raw value is in raw)")
    return job(
        VENDOR,
        job_id,
        state=state_for(STATES, status),
        vendor_status=status,
        kind=read_text(item.get("type")),
        created_at=read_timestamp(item.get("created_at"), "created_at", notes),
        updated_at=read_timestamp(item.get("updated_at"), "updated_at", notes),
        error=error_pair,
        outputs=outputs,
        result={"signature_id": read_text(signature_id)} if "signature_id" in item else {},
        notes=notes,
        raw=item,
    )


def normalize(payload: object, *, ref: JobRef | None = None) -> list[Job]:
    """Jobs from ``{job}`` (get, embed, lookup), ``{jobs: [...]}`` (list) or a bare Job (the callback body)."""
    data = plain(payload)
    if not isinstance(data, Mapping):
        raise no_job(VENDOR, data, "expected a JSON object")
    if isinstance(data.get("jobs"), list):
        items = data["jobs"]
    elif isinstance(data.get("job"), Mapping):
        items = [data["job"]]
    else:
        items = [data]
    return each_job(VENDOR, data, items, _normalize_job, "no job with a job_id")


def parse_error(response: httpx.Response) -> APIStatusError | None:
    """SASHA's error body is not documented: read the usual shapes (``{error: {code, message}}``, ``{error, message}``,
    OAuth's ``{error, error_description}``) and keep the raw body whatever it is."""
    if response.is_success:
        return None
    body = json_object(response) or {}
    error = body.get("error")
    code: object = body.get("code")
    message: object = body.get("message") or body.get("error_description")
    if isinstance(error, dict):
        code = error.get("code", code)
        message = error.get("message", message)
    elif isinstance(error, str):
        code = code or error
    request_id = body.get("request_id") or response.headers.get("x-request-id")
    return status_error(VENDOR, response, code=code, message=message, request_id=request_id)


class SashaAuth(TokenAuth):
    """Client credentials: a Bearer token from ``POST /oauth/token`` (HTTP Basic ``client_id:client_secret``)."""

    def __init__(
        self, *, client_id: str, client_secret: SecretStr, token_url: str, refresh_margin: float = 60.0
    ) -> None:
        super().__init__(VENDOR, parse_error, refresh_margin=refresh_margin)
        self._client_id = client_id
        self._client_secret = client_secret
        self._token_url = httpx.URL(token_url)
        remember(self._basic().removeprefix("Basic "))  # a vendor echoing the header would show the pair in base64

    def __repr__(self) -> str:
        return f"SashaAuth(client_id={self._client_id!r}, client_secret='**********', token_url='{self._token_url}')"

    def _basic(self) -> str:
        pair = f"{self._client_id}:{self._client_secret.get_secret_value()}".encode()
        return "Basic " + base64.b64encode(pair).decode("ascii")

    def token_request(self, request: httpx.Request) -> httpx.Request:
        headers = {
            "Authorization": self._basic(),
            "Content-Type": "application/x-www-form-urlencoded",
            "Accept": "application/json",
        }
        if "user-agent" in request.headers:
            headers["User-Agent"] = request.headers["user-agent"]
        body = urlencode({"grant_type": "client_credentials"}).encode()
        return httpx.Request("POST", self._token_url, headers=headers, content=body, extensions=request.extensions)

    def read_token(self, response: httpx.Response) -> tuple[str, float]:
        body = json_object(response)
        token = body.get("access_token") if body else None
        if not isinstance(token, str) or not token:
            raise ResponseError(VENDOR, "token response has no access_token", status_code=response.status_code)
        expires_in = body.get("expires_in") if body else None
        if isinstance(expires_in, str) and expires_in.isdigit():
            expires_in = int(expires_in)
        lifetime = (
            float(expires_in) if isinstance(expires_in, int | float) and not isinstance(expires_in, bool) else 3600.0
        )
        return token, lifetime

    def apply(self, request: httpx.Request, token: str) -> None:
        request.headers["Authorization"] = f"Bearer {token}"

    def bypass(self, request: httpx.Request) -> bool:
        if request.url.path != self._token_url.path:
            return False
        request.headers["Authorization"] = self._basic()  # the token endpoint takes Basic auth, not a Bearer token
        return True


def _is_safe(request: httpx.Request) -> bool:
    """Reads, and the token request, may be sent again; an embed or lookup submit may not."""
    return request.method == "GET" or request.url.path.endswith(TOKEN_PATH)


def client(
    *,
    client_id: str | None = None,
    client_secret: str | SecretStr | None = None,
    base_url: str | None = None,
    timeout: httpx.Timeout | float | None = None,
    httpx_args: Mapping[str, Any] | None = None,
    retries: RetryPolicy | None = None,
    refresh_margin: float = 60.0,
    allow_insecure_http: bool = False,
) -> Client:
    """A generated SASHA ``Client`` that fetches, caches and refreshes its OAuth token by itself.

    Arguments fall back to ``IMAGEJOBS_SASHA_CLIENT_ID``, ``IMAGEJOBS_SASHA_CLIENT_SECRET`` and
    ``IMAGEJOBS_SASHA_BASE_URL``; a missing one raises :class:`~imagejobs.errors.CredentialsError` at once.
    ``allow_insecure_http=True`` accepts a plain ``http://`` base URL to a host that is not loopback (credentials
    then travel in the clear).
    """
    check_number("refresh_margin", refresh_margin, minimum=0.0, vendor=VENDOR)
    settings = Settings(VENDOR)
    cid = settings.value("client_id", client_id, required=True)
    secret = settings.secret("client_secret", client_secret, required=True)
    base = settings.url("base_url", base_url, default=DEFAULT_BASE_URL, allow_insecure_http=allow_insecure_http)
    settings.require_all()
    assert cid is not None and secret is not None and base is not None
    auth = SashaAuth(
        client_id=cid, client_secret=secret, token_url=base.rstrip("/") + TOKEN_PATH, refresh_margin=refresh_margin
    )
    options = ClientOptions(
        vendor=VENDOR,
        base_url=base,
        auth=auth,
        timeout=timeout,
        httpx_args={} if httpx_args is None else httpx_args,
        error_parser=parse_error,
        is_safe=_is_safe,
        retry=retries,
    )
    return build_client(Client, options)


# --- callbacks ----------------------------------------------------------------------------------------------------


def callback_signature(secret_hex: str, method: str, url: str, request_id: str, body: bytes) -> str:
    """hex(HMAC-SHA256(bytes.fromhex(secret), METHOD + url + request_id + raw body)); url without query and fragment."""
    return _signature(bytes.fromhex(secret_hex), method, url, request_id, body)


def _signature(key: bytes, method: str, url: str, request_id: str, body: bytes) -> str:
    parts = urlsplit(url)
    bare = urlunsplit((parts.scheme, parts.netloc, parts.path, "", ""))
    mac = hmac.new(key, method.upper().encode() + bare.encode() + request_id.encode(), hashlib.sha256)
    mac.update(body)  # fed as it is: no copy of a body that may be up to max_body bytes
    return mac.hexdigest()


#: The shortest callback secret accepted, in bytes once hex-decoded: anything shorter can be guessed.
MIN_SECRET_BYTES = 16
_SIGNATURE_HEX = 64


def _secret_bytes(secret_id: str, secret: str | SecretStr) -> bytes:
    """A Callback Secret, checked when passed: hex decoding to at least 16 bytes (an empty or one-byte secret would
    let anyone forge callbacks)."""
    text = secret.get_secret_value() if isinstance(secret, SecretStr) else secret
    try:
        key = bytes.fromhex(text) if isinstance(text, str) else b""
    except ValueError:
        key = b""
    if len(key) < MIN_SECRET_BYTES:
        raise CredentialsError(
            VENDOR, f"callback secret {secret_id!r} must be hex decoding to at least {MIN_SECRET_BYTES} bytes"
        )
    return key


def verify_and_parse(
    method: str,
    url: str,
    headers: Headers,
    body: bytes,
    *,
    secrets: Mapping[str, str | SecretStr],
    seen: RequestIdStore | None = None,
    max_body: int = DEFAULT_MAX_BODY,
    confirm: Client | None = None,
) -> Job:
    """Verify a SASHA callback and return its Job.

    ``url`` is the callback URL as SASHA called it (the one registered, not an internal proxy address); ``secrets``
    maps each Callback Secret ID to its secret (hex, at least 16 bytes; SASHA issues 32), chosen by
    ``SASHA-Callback-Secret-ID``. SASHA sends no timestamp, so replays are refused by request id: pass a ``seen`` store
    (``MemoryRequestIdStore`` or a shared one). A body over ``max_body`` bytes is refused unread; the signature is
    checked before the body is parsed. ``confirm=client`` returns the job as SASHA's API reports it now instead of the
    body's. Raises :class:`SignatureError` (bad, missing or malformed signature headers, or an oversize body),
    :class:`ReplayError` (request id seen before), :class:`ResponseError` (a signed body that is not a Job),
    :class:`CredentialsError` (a secret that is not one).
    """
    headers = check_request(VENDOR, method, url, headers, body)
    check_mapping("secrets", secrets, vendor=VENDOR)
    for secret_value in secrets.values():
        check_instance("secrets", secret_value, (str, SecretStr), "a mapping of secret id to secret", vendor=VENDOR)
    if seen is not None and not callable(getattr(seen, "add", None)):
        raise UsageError(f"{VENDOR}: seen must be a request id store (with add(request_id) -> bool)")
    keys = {secret_id: _secret_bytes(secret_id, secret) for secret_id, secret in secrets.items()}
    if not keys:
        raise CredentialsError(VENDOR, "no callback secrets given")
    body = capped_body(VENDOR, body, max_body)
    request_id = signed_header(VENDOR, headers, "SASHA-Request-ID")
    signature = signed_header(VENDOR, headers, "SASHA-Request-Signature")
    secret_id = signed_header(VENDOR, headers, "SASHA-Callback-Secret-ID")
    if not request_id or not signature:
        raise SignatureError(VENDOR, "callback without SASHA-Request-ID or SASHA-Request-Signature", body=body)
    if len(signature) != _SIGNATURE_HEX:
        raise SignatureError(VENDOR, f"callback signature is not {_SIGNATURE_HEX} hex characters", body=body)
    if secret_id is not None and secret_id in keys:
        key = keys[secret_id]
    elif secret_id is None and len(keys) == 1:
        key = next(iter(keys.values()))
    else:
        raise SignatureError(VENDOR, f"callback signed with an unknown Callback Secret ID {secret_id!r}", body=body)
    expected = _signature(key, method, url, request_id, body)
    if not hmac.compare_digest(expected, signature.lower()):
        raise SignatureError(VENDOR, "callback signature does not match", body=body)
    if seen is not None and not seen.add(request_id):
        raise ReplayError(VENDOR, f"callback request {request_id!r} was already received", body=body)
    job = one_job(VENDOR, webhook_json(VENDOR, body), body)
    return job if confirm is None else confirmed(job, confirm)


# --- job source ---------------------------------------------------------------------------------------------------


class SashaResult(TypedDict, total=False):
    """A SASHA ``Job.result``: empty until the vendor sent a signature id."""

    #: The embedded or found signature: a uint64, kept as its exact decimal text (None: the vendor sent null).
    signature_id: str | None


class Jobs(JobSource):
    """SASHA jobs: submit (embed by URL, lookup by URL or upload), get, get_many, list."""

    vendor = VENDOR

    @checked_keywords
    def submit(
        self,
        *,
        operation: Literal["embed", "lookup"] = "embed",
        media_url: str | None = None,
        media_mime_type: str | None = None,
        file: FileInput | None = None,
        file_name: str | None = None,
        callback_url: str | None = None,
        callback_secret_id: str | None = None,
    ) -> Job:
        """Embeds a signature into ``media_url``, or (``operation="lookup"``) looks one up by URL or in ``file``."""
        return self._run(
            self.plan_submit(
                operation=operation,
                media_url=media_url,
                media_mime_type=media_mime_type,
                file=file,
                file_name=file_name,
                callback_url=callback_url,
                callback_secret_id=callback_secret_id,
            )
        )

    @checked_keywords
    async def asubmit(
        self,
        *,
        operation: Literal["embed", "lookup"] = "embed",
        media_url: str | None = None,
        media_mime_type: str | None = None,
        file: FileInput | None = None,
        file_name: str | None = None,
        callback_url: str | None = None,
        callback_secret_id: str | None = None,
    ) -> Job:
        """The async :meth:`submit`."""
        return await self._arun(
            self.plan_submit(
                operation=operation,
                media_url=media_url,
                media_mime_type=media_mime_type,
                file=file,
                file_name=file_name,
                callback_url=callback_url,
                callback_secret_id=callback_secret_id,
            )
        )

    def result_of(self, job: Job) -> SashaResult:
        """The job's result block, typed."""
        return cast(SashaResult, super().result_of(job))

    def plan_submit(
        self,
        *,
        operation: Literal["embed", "lookup"] = "embed",
        media_url: str | None = None,
        media_mime_type: str | None = None,
        file: FileInput | None = None,
        file_name: str | None = None,
        callback_url: str | None = None,
        callback_secret_id: str | None = None,
    ) -> Plan[Job]:
        from imagejobs_generated.sasha.api.signature import embed_signature, lookup_signature
        from imagejobs_generated.sasha.models import EmbedSignatureRequest, LookupByUrlRequest, LookupUploadRequest
        from imagejobs_generated.sasha.types import UNSET, File

        for name, value in (("media_url", media_url), ("media_mime_type", media_mime_type),
                            ("callback_url", callback_url), ("callback_secret_id", callback_secret_id)):  # fmt: skip
            check_optional_text(name, value, vendor=VENDOR)
        callback = {"callback_url": callback_url or UNSET, "callback_secret_id": callback_secret_id or UNSET}
        body: EmbedSignatureRequest | LookupByUrlRequest | LookupUploadRequest
        if operation not in ("embed", "lookup"):
            raise UsageError(f"{VENDOR}: operation must be 'embed' or 'lookup', not {operation!r}")
        if file is not None:
            if operation == "embed" or media_url is not None:
                raise UsageError(f"{VENDOR}: a file upload is a lookup, and takes no media_url")
            payload, name = read_file(file, file_name)
            body = LookupUploadRequest(
                media=File(payload=payload, file_name=name, mime_type=media_mime_type), **callback
            )
        elif media_url is None or media_mime_type is None:
            raise UsageError(f"{VENDOR}: give media_url and media_mime_type (or, for a lookup, file)")
        elif operation == "embed":
            body = EmbedSignatureRequest(media_url=media_url, media_mime_type=media_mime_type, **callback)
        else:
            body = LookupByUrlRequest(media_url=media_url, media_mime_type=media_mime_type, **callback)
        module = embed_signature if operation == "embed" else lookup_signature
        response = yield Call(module, {"body": body}, safe_to_repeat=False)
        return only_job(VENDOR, jobs_from(VENDOR, response), response)

    def plan_get(self, ref: JobRef) -> Plan[Job]:
        from imagejobs_generated.sasha.api.jobs import get_job

        response = yield Call(get_job, {"job_id": ref.job_id})
        return answer_for(VENDOR, ref, jobs_from(VENDOR, response), response)

    def plan_get_many(self, refs: list[JobRef]) -> Plan[list[Job]] | None:
        # The list has no pages: for two jobs or more, one list call beats one get each.
        return None if len(refs) < 2 else self._from_list(refs)

    def _from_list(self, refs: list[JobRef]) -> Plan[list[Job]]:
        from imagejobs_generated.sasha.api.jobs import list_jobs

        response = yield Call(list_jobs)
        found = by_id(jobs_from(VENDOR, response))
        jobs = []
        for ref in refs:  # a job the list left out is asked for alone
            jobs.append(found[ref.job_id] if ref.job_id in found else (yield from self.plan_get(ref)))
        return jobs

    def plan_list_page(self, state: JobState | None, cursor: Any) -> Plan[tuple[list[Job], Any]]:
        from imagejobs_generated.sasha.api.jobs import list_jobs

        response = yield Call(list_jobs)  # no status filter, no pages: filtered here
        jobs = jobs_from(VENDOR, response)
        return [j for j in jobs if state is None or j.state is state], None


#: ``jobs(client, ...)``: the job source of a client made by :func:`client` (the :class:`Jobs` class itself).
jobs = Jobs


# --- what shared code knows of SASHA (imagejobs._registry) --------------------------------------------------------

_BENCH_JOB = {"job_id": "j", "type": "embed-signature", "status": "pending", "created_at": "2024-07-29T15:51:28Z",
              "updated_at": "2024-07-29T15:51:28Z"}  # fmt: skip


def _bench_answers() -> dict[str, Any]:
    token = {"access_token": "t", "token_type": "Bearer", "expires_in": 3600}
    return {TOKEN_PATH: token, "/jobs/": {"job": _BENCH_JOB}}


def _check_cli_flags(kwargs: Mapping[str, Any]) -> None:
    """``imagejobs submit sasha``: what the job source would refuse, said with the command's flags."""
    if kwargs.get("file") is not None:
        if kwargs.get("operation") == "embed" or kwargs.get("media_url") is not None:
            raise UsageError("sasha: --file is a lookup (add --operation lookup) and takes no --media-url")
    elif kwargs.get("media_url") is None or kwargs.get("media_mime_type") is None:
        raise UsageError("sasha: give --media-url and --mime-type (or, with --operation lookup, --file)")


def _bench_bare(http: httpx.Client, host: str) -> Any:
    return http.get("/jobs/j", headers={"User-Agent": "bench", "Authorization": "Bearer t"}).json()


DESCRIPTOR: Final = VendorDescriptor(
    name=VENDOR,
    title="SASHA Partner API (invisible image watermark: embed and look up signatures)",
    states=STATES,
    poll_policy=PollPolicy(1.0, 30.0, rate_limit_pause=60.0),  # a 429 blocks the partner for about a minute
    submit=SubmitForm(
        help="embed a signature by URL, or look one up by URL or by file",
        flags=(
            SubmitFlag(
                flag="--operation",
                keyword="operation",
                choices=("embed", "lookup"),
                default="embed",
                help="embed (default) or lookup",
            ),
            SubmitFlag(
                flag="--media-url", keyword="media_url", metavar="URL", help="the image's URL (embed, or lookup by URL)"
            ),
            SubmitFlag(
                flag="--mime-type",
                keyword="media_mime_type",
                metavar="TYPE",
                help="the image's media type, such as image/jpeg (with --media-url)",
            ),
            SubmitFlag(
                flag="--file",
                keyword="file",
                metavar="PATH",
                help="an image to look up, uploaded (with --operation lookup)",
            ),
            SubmitFlag(
                flag="--callback-url",
                keyword="callback_url",
                metavar="URL",
                help="where SASHA posts the finished job (optional)",
            ),
        ),
        check_flags=_check_cli_flags,
        example={"media_url": "https://img.example.com/x.jpg", "media_mime_type": "image/jpeg"},
    ),
    secret_headers=frozenset({"authorization"}),
    request_id_headers=("x-request-id",),
    sandbox="imagejobs.sandbox._sasha",
    faults=FaultOperations(
        get="getJob", poll="getJob", submit="embedSignature", methods={"getJob": "GET", "embedSignature": "POST"}
    ),
    bench=BenchRequest(
        operation="imagejobs_generated.sasha.api.jobs.get_job",
        kwargs=lambda: {"job_id": "j"},
        credentials={"client_id": "c", "client_secret": "s"},
        answers=_bench_answers,
        bare=_bench_bare,
    ),
    poll_requests=lambda n: min(n, 1),  # one list page answers for every job
)

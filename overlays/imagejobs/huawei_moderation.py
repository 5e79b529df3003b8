"""Huawei Cloud Content Moderation v2 batch jobs: token and AK/SK auth on ``imagejobs_generated.huawei_moderation``.

Three ways to authenticate, chosen by the arguments of :func:`client`:

- ``token=``: a ready IAM token (or a callable returning a fresh one), sent as ``X-Auth-Token``;
- ``username=``, ``password=``, ``domain_name=``: a project-scoped token from IAM ``POST /v3/auth/tokens``
  (``X-Subject-Token``), cached for its lifetime;
- ``ak=``, ``sk=`` (``security_token=`` for temporary keys, or ``credentials=`` a provider): every request signed with
  ``SDK-HMAC-SHA256`` exactly as the official SDK's signer does.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
import re
from collections.abc import AsyncGenerator, Callable, Generator, Iterable, Mapping
from datetime import UTC, datetime
from typing import Any, Final, TypedDict, cast

import httpx
from pydantic import SecretStr

from imagejobs_generated.huawei_moderation.client import Client
from imagejobs_generated.normalized_job import Job, JobRef, JobState

from ._auth import TokenAuth, canonical_query, log_signing, percent_encode, with_raw_query
from ._check import check_instance, check_number, check_optional_text, check_sequence, check_text
from ._client import ClientOptions, build_client
from ._credentials import AccessKey, AccessKeySource, Settings, call_provider, current_key
from ._http import RetryPolicy, json_object, status_error
from ._jobs import Call, JobSource, Plan, answer_for, by_id, checked_keywords, jobs_from, json_body, only_job
from ._normalize import Notes, each_job, job, no_job, plain, read_text, read_timestamp, state_for
from ._read import MAX_RESPONSE_BYTES, aread_capped, read_capped
from ._redact import remember
from ._vendor import BenchRequest, FaultOperations, PollPolicy, SubmitFlag, SubmitForm, VendorDescriptor
from .errors import (
    APIStatusError,
    AuthenticationError,
    CredentialsError,
    JobExpiredError,
    NotFoundError,
    ResponseError,
    UsageError,
)

__all__ = [
    "ALGORITHM",
    "STATES",
    "AKSKAuth",
    "Client",
    "HuaweiImageResult",
    "HuaweiModerationResult",
    "IAMPasswordAuth",
    "Jobs",
    "StaticTokenAuth",
    "canonical_request",
    "client",
    "jobs",
    "normalize",
    "parse_error",
    "sign",
]

VENDOR = "huawei_moderation"
DEFAULT_REGION = "ap-southeast-1"
DEFAULT_IAM_URL = "https://iam.myhuaweicloud.com"
ALGORITHM = "SDK-HMAC-SHA256"
DATE_FORMAT = "%Y%m%dT%H%M%SZ"
_EMPTY_SHA256 = hashlib.sha256(b"").hexdigest()
# Headers that the transport owns or a proxy may change: never part of the signature.
_UNSIGNED_HEADERS = frozenset(
    {"authorization", "connection", "content-length", "transfer-encoding", "accept-encoding", "keep-alive", "te",
     "upgrade", "expect", "proxy-authorization"}
)  # fmt: skip


#: Huawei batch job status -> normalized state; others are ``unknown``.
STATES: Mapping[str, JobState] = {
    "created": JobState.pending,
    "running": JobState.running,
    "finish": JobState.completed,
    "failed": JobState.failed,
}
_SUGGESTION_RANK = {"pass": 1, "review": 2, "block": 3}
_ITEM_FIELDS = ("url", "suggestion", "category_suggestions", "detail", "ocr_text", "error_code", "error_msg")


def _worst(suggestions: list[str]) -> str | None:
    """The batch's overall suggestion: the strictest of its images' (an unknown value counts as ``review``, and so
    does an image the service could not moderate)."""
    return max(suggestions, key=lambda s: _SUGGESTION_RANK.get(s, 2), default=None)


def _normalize_job(item: Mapping[str, Any]) -> Job | None:
    job_id = read_text(item.get("job_id"))
    if not job_id:
        return None
    notes: Notes = []
    status = read_text(item.get("status"))
    state = state_for(STATES, status)
    result: dict[str, Any] = {}
    error = None
    images = item.get("items")
    if isinstance(images, list):
        entries = [{k: image[k] for k in _ITEM_FIELDS if k in image} for image in images if isinstance(image, Mapping)]
        failures = [e for e in entries if e.get("error_code") or e.get("error_msg")]
        suggestions = [s for e in entries if isinstance(s := e.get("suggestion"), str)]
        # An image the service could not moderate was not passed: it needs a person, so it counts as "review".
        suggestions += ["review" for e in failures if not isinstance(e.get("suggestion"), str)]
        per_category: dict[str, list[str]] = {}
        for entry in entries:
            categories = entry.get("category_suggestions")
            if isinstance(categories, Mapping):
                for name, value in categories.items():
                    if isinstance(value, str):
                        per_category.setdefault(str(name), []).append(value)
        result = {
            "suggestion": _worst(suggestions),
            "category_suggestions": {name: _worst(values) for name, values in per_category.items()},
            "items": entries,
        }
        if failures:
            first = (read_text(failures[0].get("error_code")), read_text(failures[0].get("error_msg")))
            if state is JobState.failed:
                error = first
            else:
                notes.append(f"items: {len(failures)} of {len(entries)} images not moderated (first: {first[0]}: "
                             f"{first[1]}); they count as review")  # fmt: skip
    elif images is not None:
        notes.append(f"items: unreadable {type(images).__name__} (kept in raw)")
    if state is JobState.failed and error is None:
        error = (read_text(item.get("error_code")), read_text(item.get("error_msg")))
    return job(
        VENDOR,
        job_id,
        state=state,
        vendor_status=status,
        kind="image_batch_moderation",
        created_at=read_timestamp(item.get("create_time"), "create_time", notes),
        updated_at=read_timestamp(item.get("update_time"), "update_time", notes),
        error=error,
        result=result,
        notes=notes,
        raw=item,
    )


def normalize(payload: object, *, ref: JobRef | None = None) -> list[Job]:
    """Jobs from the list (``{result: [...], count}``), the result query and create answers (``{result: {...}}``)."""
    data = plain(payload)
    if not isinstance(data, Mapping):
        raise no_job(VENDOR, data, "expected a JSON object")
    result = data.get("result")
    if result is None and data.get("count") == 0:  # an empty list may come without its (empty) result
        return []
    items = result if isinstance(result, list) else [result] if isinstance(result, Mapping) else [data]
    return each_job(VENDOR, data, items, _normalize_job, "no job with a job_id")


#: Huawei's answers that the X-Auth-Token is expired or invalid. The API documents them as HTTP 400 (``AIS.0002``:
#: "The authentication token is abnormal."); the API Gateway's token codes come with 401.
TOKEN_ERRORS = frozenset({"AIS.0002", "APIGW.0307", "APIGW.0308"})


def is_token_error(response: httpx.Response) -> bool:
    """The vendor's expired-or-invalid-token answer, whatever its HTTP status (its body must have been read)."""
    if response.status_code == 401:
        return True
    if response.status_code not in (400, 403):
        return False
    body = json_object(response) or {}
    return body.get("error_code") in TOKEN_ERRORS


def parse_error(response: httpx.Response) -> APIStatusError | None:
    """``{error_code, error_msg, fail_category?, request_id?}`` (moderation, gateway) or IAM's ``{error: {...}}``."""
    if response.is_success:
        return None
    body = json_object(response) or {}
    code, message = body.get("error_code"), body.get("error_msg")
    if isinstance(body.get("error"), dict):  # IAM: {"error": {"code": 401, "message": "...", "title": "..."}}
        code, message = body["error"].get("code", code), body["error"].get("message", message)
    details = {k: v for k, v in body.items() if k in ("fail_category", "encoded_authorization_message")}
    request_id = body.get("request_id") or response.headers.get("x-request-id")
    # A token refused is an AuthenticationError whatever the status (Huawei documents AIS.0002 as HTTP 400).
    error_class = AuthenticationError if code in TOKEN_ERRORS and response.status_code in (400, 403) else None
    return status_error(
        VENDOR, response, code=code, message=message, request_id=request_id, details=details, error_class=error_class
    )


# --- SDK-HMAC-SHA256 --------------------------------------------------------------------------------------------


def _canonical_uri(path: str) -> str:
    uri = "/".join(percent_encode(segment) for segment in path.split("/"))
    return uri if uri.endswith("/") else uri + "/"


def canonical_request(
    method: str, path: str, query: Iterable[tuple[str, str]], headers: Mapping[str, str], body: bytes
) -> tuple[str, list[str]]:
    """The canonical request and its signed header names, as the official SDK signer builds them.

    ``path`` is the decoded path, ``query`` the decoded query pairs (repeated keys allowed), ``headers`` every header
    to sign (names in any case).
    """
    lowered = {name.lower(): str(value).strip() for name, value in headers.items()}
    signed = sorted(name for name in lowered if "_" not in name)
    canonical_headers = "".join(f"{name}:{lowered[name]}\n" for name in signed)
    if not body:
        payload_hash = _EMPTY_SHA256
    else:
        payload_hash = lowered.get("x-sdk-content-sha256") or hashlib.sha256(body).hexdigest()
    text = "\n".join(
        [
            method.upper(),
            _canonical_uri(path),
            canonical_query(query),
            canonical_headers,
            ";".join(signed),
            payload_hash,
        ]
    )
    return text, signed


def sign(
    method: str,
    path: str,
    query: Iterable[tuple[str, str]],
    headers: Mapping[str, str],
    body: bytes,
    *,
    access_key: str,
    secret_key: str,
) -> str:
    """The ``Authorization`` value for a request whose headers already hold ``X-Sdk-Date`` and ``Host``."""
    text, signed = canonical_request(method, path, query, headers, body)
    date = next(value for name, value in headers.items() if name.lower() == "x-sdk-date")
    string_to_sign = f"{ALGORITHM}\n{date}\n{hashlib.sha256(text.encode()).hexdigest()}"
    signature = hmac.new(secret_key.encode(), string_to_sign.encode(), hashlib.sha256).hexdigest()
    tokens = [value for name, value in headers.items() if name.lower() == "x-security-token"]
    log_signing(VENDOR, text, string_to_sign, tokens)
    return f"{ALGORITHM} Access={access_key}, SignedHeaders={';'.join(signed)}, Signature={signature}"


class AKSKAuth(httpx.Auth):
    """Signs every request with an access key, as the official SDK does (``X-Sdk-Date``, ``X-Project-Id``, ...)."""

    requires_request_body = True

    def __init__(
        self, key: AccessKeySource, *, project_id: str | None, now: Callable[[], datetime] | None = None
    ) -> None:
        self._key = key
        self._project_id = project_id
        self._now = now or (lambda: datetime.now(UTC))

    def __repr__(self) -> str:
        key = repr(self._key) if isinstance(self._key, AccessKey) else "<provider>"
        return f"AKSKAuth(key={key}, project_id={self._project_id!r})"

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        key = current_key(VENDOR, self._key)
        request.headers.pop("Authorization", None)
        request.headers["X-Sdk-Date"] = self._now().strftime(DATE_FORMAT)
        if self._project_id:
            request.headers["X-Project-Id"] = self._project_id
        if key.security_token is not None:
            request.headers["X-Security-Token"] = key.security_token.get_secret_value()
        content_type = request.headers.get("content-type")
        if content_type and not content_type.startswith(("application/json", "application/bson")):
            request.headers["X-Sdk-Content-Sha256"] = "UNSIGNED-PAYLOAD"
        query = request.url.params.multi_items()
        canonical = canonical_query(query)
        if request.url.query != canonical.encode():  # put the signed query on the wire only where httpx's differs
            with_raw_query(request, request.url.raw_path.split(b"?")[0].decode("ascii"), canonical)
        headers = {name: value for name, value in request.headers.items() if name.lower() not in _UNSIGNED_HEADERS}
        request.headers["Authorization"] = sign(
            request.method,
            request.url.path,
            query,
            headers,
            request.content,
            access_key=key.id,
            secret_key=key.secret.get_secret_value(),
        )
        yield request


class StaticTokenAuth(httpx.Auth):
    """``X-Auth-Token`` from a fixed token or a provider asked before each request. With a provider, Huawei's
    expired-token answer (HTTP 400 ``AIS.0002``, or a 401) asks it once more and resends once with a new token."""

    requires_request_body = True  # the request may be sent twice

    def __init__(self, token: SecretStr | Callable[[], str]) -> None:
        self._token = token

    def __repr__(self) -> str:
        return "StaticTokenAuth(token='**********')"

    def _current(self) -> str:
        if isinstance(self._token, SecretStr):
            return self._token.get_secret_value()
        token = call_provider(VENDOR, self._token)
        if not isinstance(token, str) or not token:
            raise CredentialsError(VENDOR, "the token provider returned no token")
        remember(token)
        return token

    def _renewable(self, response: httpx.Response) -> bool:
        return not isinstance(self._token, SecretStr) and response.status_code in (400, 401, 403)

    def _renewed(self, request: httpx.Request, response: httpx.Response, sent: str) -> bool:
        """Put a fresh token on ``request`` if the answer refused ``sent`` and the provider has another."""
        if not is_token_error(response):
            return False
        fresh = self._current()
        request.headers["X-Auth-Token"] = fresh
        return fresh != sent

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.read()
        token = self._current()
        request.headers["X-Auth-Token"] = token
        response = yield request
        if self._renewable(response):
            read_capped(VENDOR, response, MAX_RESPONSE_BYTES)
            if self._renewed(request, response, token):
                yield request

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        await request.aread()
        token = self._current()
        request.headers["X-Auth-Token"] = token
        response = yield request
        if self._renewable(response):
            await aread_capped(VENDOR, response, MAX_RESPONSE_BYTES)
            if self._renewed(request, response, token):
                yield request


class IAMPasswordAuth(TokenAuth):
    """A project-scoped IAM token from ``POST {iam_url}/v3/auth/tokens`` with a password identity, cached; renewed
    once on Huawei's expired-token answer (HTTP 400 ``AIS.0002``, or a 401)."""

    rejection_statuses = frozenset({400, 403})

    def __init__(
        self,
        *,
        username: str,
        password: SecretStr,
        domain_name: str,
        project_id: str,
        iam_url: str = DEFAULT_IAM_URL,
        refresh_margin: float = 300.0,
    ) -> None:
        super().__init__(VENDOR, parse_error, refresh_margin=refresh_margin)
        self._username = username
        self._password = password
        self._domain_name = domain_name
        self._project_id = project_id
        self._token_url = httpx.URL(iam_url.rstrip("/") + "/v3/auth/tokens")

    def __repr__(self) -> str:
        return (
            f"IAMPasswordAuth(username={self._username!r}, password='**********', domain_name={self._domain_name!r}, "
            f"project_id={self._project_id!r})"
        )

    def is_rejected(self, response: httpx.Response) -> bool:
        return is_token_error(response)

    def token_request(self, request: httpx.Request) -> httpx.Request:
        identity = {
            "methods": ["password"],
            "password": {
                "user": {
                    "name": self._username,
                    "password": self._password.get_secret_value(),
                    "domain": {"name": self._domain_name},
                }
            },
        }
        body = {"auth": {"identity": identity, "scope": {"project": {"id": self._project_id}}}}
        headers = {"Content-Type": "application/json;charset=utf8"}
        if "user-agent" in request.headers:
            headers["User-Agent"] = request.headers["user-agent"]
        return httpx.Request(
            "POST", self._token_url, headers=headers, content=json.dumps(body).encode(), extensions=request.extensions
        )

    def read_token(self, response: httpx.Response) -> tuple[str, float]:
        token = response.headers.get("x-subject-token")
        if not token:
            raise ResponseError(VENDOR, "IAM answered without X-Subject-Token", status_code=response.status_code)
        lifetime = 24 * 3600.0
        body = json_object(response) or {}
        expires_at = body["token"].get("expires_at") if isinstance(body.get("token"), dict) else None
        if isinstance(expires_at, str):
            with contextlib.suppress(ValueError, TypeError):  # naive or unreadable: keep the documented 24 h
                lifetime = (datetime.fromisoformat(expires_at) - datetime.now(UTC)).total_seconds()
        return token, lifetime

    def apply(self, request: httpx.Request, token: str) -> None:
        request.headers["X-Auth-Token"] = token


_PROJECT_ID = re.compile(r"[A-Za-z0-9_-]+")


def _base_url(endpoint: str, project_id: str) -> str:
    endpoint = endpoint.rstrip("/")
    return endpoint if "/v2/" in endpoint + "/" else f"{endpoint}/v2/{project_id}"


def _is_safe(request: httpx.Request) -> bool:
    """Reads may be sent again; creating a batch job may not."""
    return request.method == "GET"


def client(
    *,
    project_id: str | None = None,
    region: str | None = None,
    token: str | SecretStr | Callable[[], str] | None = None,
    ak: str | None = None,
    sk: str | SecretStr | None = None,
    security_token: str | SecretStr | None = None,
    credentials: Callable[[], AccessKey] | None = None,
    username: str | None = None,
    password: str | SecretStr | None = None,
    domain_name: str | None = None,
    iam_url: str | None = None,
    base_url: str | None = None,
    timeout: httpx.Timeout | float | None = None,
    httpx_args: Mapping[str, Any] | None = None,
    retries: RetryPolicy | None = None,
    allow_insecure_http: bool = False,
) -> Client:
    """A generated Moderation ``Client`` for one project; region and project live in its base URL.

    ``base_url`` (or ``IMAGEJOBS_HUAWEI_MODERATION_BASE_URL``) replaces the regional endpoint
    ``https://moderation.{region}.myhuaweicloud.com``; ``/v2/{project_id}`` is appended unless it holds ``/v2/``.
    Every argument falls back to ``IMAGEJOBS_HUAWEI_MODERATION_<NAME>``. ``allow_insecure_http=True`` accepts plain
    ``http://`` base and IAM URLs to hosts that are not loopback.
    """
    settings = Settings(VENDOR)
    settings.check_types(ak=ak, sk=sk, security_token=security_token, username=username, password=password,
                         domain_name=domain_name, iam_url=iam_url)  # fmt: skip
    settings.check_callable("token", token, text=True)
    settings.check_callable("credentials", credentials)
    settings.require_all()
    project = settings.value("project_id", project_id, required=True)
    if project is not None and not _PROJECT_ID.fullmatch(project):
        # It becomes a path segment: "/", "?", "#" or a dot segment would send the request somewhere else.
        raise CredentialsError(VENDOR, "project_id must be letters, digits, '-' or '_' (Huawei's are 32 hex digits)")
    region_name = settings.region("region", region, default=DEFAULT_REGION)
    regional = region_name and f"https://moderation.{region_name}.myhuaweicloud.com"
    endpoint = settings.url("base_url", base_url, default=regional, allow_insecure_http=allow_insecure_http)
    auth: httpx.Auth
    static = None if callable(token) else settings.secret("token", token)
    access, secret = settings.value("ak", ak), settings.secret("sk", sk)
    user = settings.value("username", username)
    if callable(token):
        auth = StaticTokenAuth(token)
    elif static is not None:
        auth = StaticTokenAuth(static)
    elif credentials is not None:
        auth = AKSKAuth(credentials, project_id=project)
    elif access is not None or secret is not None:
        settings.missing.extend(name for name, value in (("ak", access), ("sk", secret)) if value is None)
        settings.require_all()
        assert access is not None and secret is not None
        key = AccessKey(access, secret, settings.secret("security_token", security_token))
        auth = AKSKAuth(key, project_id=project)
    elif user is not None:
        pwd = settings.secret("password", password, required=True)
        domain = settings.value("domain_name", domain_name, required=True)
        iam = settings.url("iam_url", iam_url, default=DEFAULT_IAM_URL, allow_insecure_http=allow_insecure_http)
        settings.require_all()
        assert pwd is not None and domain is not None and project is not None and iam is not None
        auth = IAMPasswordAuth(username=user, password=pwd, domain_name=domain, project_id=project, iam_url=iam)
    else:
        settings.missing.append("token")
        settings.require_all("give token=, ak= and sk=, or username=, password= and domain_name=")
        raise AssertionError("unreachable")
    settings.require_all()
    assert project is not None and endpoint is not None
    options = ClientOptions(
        vendor=VENDOR,
        base_url=_base_url(endpoint, project),
        auth=auth,
        timeout=timeout,
        httpx_args={} if httpx_args is None else httpx_args,
        error_parser=parse_error,
        is_safe=_is_safe,
        retry=retries,
    )
    return build_client(Client, options)


# --- job source ---------------------------------------------------------------------------------------------------

#: Huawei keeps a batch job's results this long after it finishes, and advises polling this often.
RESULT_TTL_SECONDS = 1800.0
POLL_INTERVAL_SECONDS = 30.0
_REVERSE_STATES = {state: status for status, state in STATES.items()}


class HuaweiImageResult(TypedDict, total=False):
    """One image of a Huawei batch, as the vendor sent it (the keys it sent, of these)."""

    url: str
    #: ``pass``, ``review`` or ``block`` (or a value Huawei adds later).
    suggestion: str
    category_suggestions: dict[str, str]
    detail: dict[str, object]
    ocr_text: str
    error_code: str
    error_msg: str


class HuaweiModerationResult(TypedDict, total=False):
    """A Huawei ``Job.result``: empty until the job's per-image results were read."""

    #: The strictest of the images' suggestions (an image not moderated counts as ``review``); None: no image had one.
    suggestion: str | None
    #: Per category, the strictest suggestion of the images.
    category_suggestions: dict[str, str | None]
    items: list[HuaweiImageResult]


class Jobs(JobSource):
    """Huawei batch moderation jobs. A job's per-image results are fetched as soon as it finishes (Huawei keeps them
    only 30 minutes) and kept on the Job; asking for them after they expired raises :class:`JobExpiredError`."""

    vendor = VENDOR

    def __init__(
        self,
        client: Any,
        *,
        timeout: httpx.Timeout | float | None = None,
        concurrency: int = 8,
        retries: RetryPolicy | None = None,
        page_size: int | None = None,
    ) -> None:
        super().__init__(client, timeout=timeout, concurrency=concurrency, retries=retries)
        if page_size is not None:
            check_number("page_size", page_size, minimum=1, integer=True, vendor=VENDOR)
        #: Jobs per list page; None lets Huawei answer with every job in one page (its documented default).
        self.page_size = page_size
        self._finished: dict[str, Job] = {}

    @checked_keywords
    def submit(
        self,
        *,
        urls: list[str],
        categories: list[str] | None = None,
        moderation_rule: str | None = None,
        ad_categories: list[str] | None = None,
        show_ocr_text: bool | None = None,
    ) -> Job:
        """Starts one batch moderation job for ``urls`` (up to Huawei's batch limit)."""
        return self._run(
            self.plan_submit(
                urls=urls,
                categories=categories,
                moderation_rule=moderation_rule,
                ad_categories=ad_categories,
                show_ocr_text=show_ocr_text,
            )
        )

    @checked_keywords
    async def asubmit(
        self,
        *,
        urls: list[str],
        categories: list[str] | None = None,
        moderation_rule: str | None = None,
        ad_categories: list[str] | None = None,
        show_ocr_text: bool | None = None,
    ) -> Job:
        """The async :meth:`submit`."""
        return await self._arun(
            self.plan_submit(
                urls=urls,
                categories=categories,
                moderation_rule=moderation_rule,
                ad_categories=ad_categories,
                show_ocr_text=show_ocr_text,
            )
        )

    def result_of(self, job: Job) -> HuaweiModerationResult:
        """The job's result block, typed."""
        return cast(HuaweiModerationResult, super().result_of(job))

    def plan_submit(
        self,
        *,
        urls: list[str],
        categories: list[str] | None = None,
        moderation_rule: str | None = None,
        ad_categories: list[str] | None = None,
        show_ocr_text: bool | None = None,
    ) -> Plan[Job]:
        from imagejobs_generated.huawei_moderation.api.image_batch_jobs import create_image_batch_job
        from imagejobs_generated.huawei_moderation.models import CreateImageBatchJobRequest
        from imagejobs_generated.huawei_moderation.types import UNSET

        urls = check_sequence("urls", urls, "a non-empty list of image URLs", vendor=VENDOR)
        if not urls:
            raise UsageError(f"{VENDOR}: urls must be a non-empty list of image URLs")
        for url in urls:
            check_text("urls", url, vendor=VENDOR)
        for name, values in (("categories", categories), ("ad_categories", ad_categories)):
            for value in [] if values is None else check_sequence(name, values, "a list of names", vendor=VENDOR):
                check_text(name, value, vendor=VENDOR)
        check_optional_text("moderation_rule", moderation_rule, vendor=VENDOR)
        if show_ocr_text is not None:
            check_instance("show_ocr_text", show_ocr_text, bool, "True or False", vendor=VENDOR)
        body = CreateImageBatchJobRequest(
            urls=list(urls),
            categories=list(categories) if categories else UNSET,
            moderation_rule=moderation_rule or "default",
            ad_categories=list(ad_categories) if ad_categories else UNSET,
            show_ocr_text=UNSET if show_ocr_text is None else show_ocr_text,
        )
        response = yield Call(create_image_batch_job, {"body": body}, safe_to_repeat=False)
        created = only_job(VENDOR, jobs_from(VENDOR, response), response)
        # The create answer has no status: a job it created waits to be processed.
        return created.model_copy(update={"state": JobState.pending, "notes": [*created.notes, "state after submit"]})

    def plan_get(self, ref: JobRef) -> Plan[Job]:
        if ref.job_id in self._finished:
            return self._finished[ref.job_id]
        job = yield from self._result(ref)
        return job

    def _result(self, ref: JobRef) -> Plan[Job]:
        from imagejobs_generated.huawei_moderation.api.image_batch_jobs import get_image_batch_job_result

        job_id = ref.job_id
        try:
            response = yield Call(get_image_batch_job_result, {"job_id": job_id})
        except NotFoundError as not_found:
            summary = yield from self._find_in_list(job_id)
            if summary is not None and summary.state in (JobState.completed, JobState.failed):
                raise JobExpiredError(
                    VENDOR,
                    status_code=not_found.status_code,
                    code=not_found.code,
                    message=f"the results of job {job_id} are gone: Huawei keeps them 30 minutes after the job ends",
                    request_id=not_found.request_id,
                    body=not_found.body,
                    headers=not_found.headers,
                ) from not_found
            raise
        job = answer_for(VENDOR, ref, jobs_from(VENDOR, response), response)
        if job.state in (JobState.completed, JobState.failed):
            self._finished[job_id] = job
        return job

    def _list_pages(self) -> Plan[list[Job]]:
        """Every job of the list, page after page (one page when ``page_size`` is None)."""
        found: list[Job] = []
        cursor: Any = None
        while True:
            page, cursor = yield from self.plan_list_page(None, cursor)
            found += page
            if cursor is None:
                return found

    def _find_in_list(self, job_id: str) -> Plan[Job | None]:
        jobs = yield from self._list_pages()
        return by_id(jobs).get(job_id)

    def plan_get_many(self, refs: list[JobRef]) -> Plan[list[Job]] | None:
        return self._statuses_then_results(refs)

    def _statuses_then_results(self, refs: list[JobRef]) -> Plan[list[Job]]:
        """One list call per page for every status, then one result call per job that finished since."""
        waiting = [r for r in refs if r.job_id not in self._finished]
        listed = by_id((yield from self._list_pages())) if waiting else {}
        jobs = []
        for ref in refs:
            if ref.job_id in self._finished:
                jobs.append(self._finished[ref.job_id])
            elif (summary := listed.get(ref.job_id)) is not None and summary.state not in (
                JobState.completed,
                JobState.failed,
            ):
                jobs.append(summary)
            else:  # finished since the last round (fetch its results, and errors, now), or not in the list at all
                jobs.append((yield from self._result(ref)))
        return jobs

    def plan_list_page(self, state: JobState | None, cursor: Any) -> Plan[tuple[list[Job], Any]]:
        from imagejobs_generated.huawei_moderation.api.image_batch_jobs import list_image_batch_jobs
        from imagejobs_generated.huawei_moderation.types import UNSET

        status = _REVERSE_STATES.get(state) if state is not None else None
        if state is not None and status is None:
            return [], None  # no Huawei status maps to "unknown"
        offset = cursor or 0
        kwargs: dict[str, Any] = {"status": status or UNSET}
        if self.page_size:
            kwargs |= {"offset": offset, "limit": self.page_size}
        response = yield Call(list_image_batch_jobs, kwargs)
        page = jobs_from(VENDOR, response)
        body = json_body(VENDOR, response)
        count = body.get("count") if isinstance(body, dict) else None
        more = (
            bool(self.page_size)
            and len(page) == self.page_size
            and not (isinstance(count, int) and offset + len(page) >= count)
        )
        return page, (offset + len(page) if more else None)


#: ``jobs(client, ...)``: the job source of a client made by :func:`client` (the :class:`Jobs` class itself).
jobs = Jobs


# --- what shared code knows of Huawei (imagejobs._registry) -------------------------------------------------------


def _bench_answers() -> dict[str, Any]:
    job = {"job_id": "h", "status": "running", "create_time": "2018-11-22T06:17:09Z"}
    return {"/v2/": {"result": [job], "count": 1}}


def _bench_bare(http: httpx.Client, host: str) -> Any:
    headers = {"User-Agent": "bench", "Host": host, "X-Sdk-Date": datetime.now(UTC).strftime(DATE_FORMAT),
               "X-Project-Id": "p"}  # fmt: skip
    path = "/v2/p/moderation/image/batch/jobs"
    headers["Authorization"] = sign("GET", path, [], headers, b"", access_key="AK", secret_key="SK")
    return http.get(path, headers=headers).json()


DESCRIPTOR: Final = VendorDescriptor(
    name=VENDOR,
    title="Huawei Cloud Content Moderation v2, image batch jobs",
    states=STATES,
    poll_policy=PollPolicy(POLL_INTERVAL_SECONDS, POLL_INTERVAL_SECONDS),  # the vendor's advice: every 30 s
    submit=SubmitForm(
        help="moderate a batch of image URLs",
        flags=(
            SubmitFlag(
                flag="--url", keyword="urls", repeat=True, required=True, help="an image URL (repeat for a batch)"
            ),
            SubmitFlag(
                flag="--category",
                keyword="categories",
                repeat=True,
                help="politics, terrorism or porn (repeat; default: all)",
            ),
        ),
        example={"urls": ["https://img.example.com/x.jpg"]},
    ),
    secret_headers=frozenset({"x-auth-token", "x-subject-token", "x-security-token"}),
    request_id_headers=("x-request-id",),
    sandbox="imagejobs.sandbox._huawei_moderation",
    faults=FaultOperations(
        get="getImageBatchJobResult",
        poll="listImageBatchJobs",
        submit="createImageBatchJob",
        methods={"getImageBatchJobResult": "GET", "listImageBatchJobs": "GET", "createImageBatchJob": "POST"},
    ),
    bench=BenchRequest(
        operation="imagejobs_generated.huawei_moderation.api.image_batch_jobs.list_image_batch_jobs",
        kwargs=dict,
        credentials={"project_id": "p", "ak": "AK", "sk": "SK"},
        answers=_bench_answers,
        bare=_bench_bare,
    ),
    poll_requests=lambda n: 1,  # one list call per page (plus a result call per job that finished)
)

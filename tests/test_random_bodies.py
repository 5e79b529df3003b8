"""Hypothesis: random bytes and random JSON as the answer to every job-source operation of every vendor end in a
typed error or a valid result, never anything else (answers served through an httpx transport)."""

from __future__ import annotations

import contextlib
import json
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import imagejobs
from imagejobs import RetryPolicy
from imagejobs._registry import descriptor

GUID = "3c90c3cc-0d44-4b50-8888-8dd25736052a"
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=12),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4),
    max_leaves=12,
)
# bodies shaped a little like each vendor's, so the fuzzing reaches past "not a JSON object"
shaped = st.fixed_dictionaries(
    {},
    optional={
        "job": json_values, "jobs": st.lists(json_values, max_size=3), "result": json_values, "count": json_values,
        "items": st.lists(json_values, max_size=3), "total": json_values, "AIImageJobList": json_values,
        "AIImageInfoList": json_values, "JobId": json_values, "sentinelJobGuid": st.sampled_from([GUID, 3, None]),
        "job_complete": json_values, "code": json_values, "status": json_values, "signature": json_values,
        "access_token": json_values,
    },
)  # fmt: skip
bodies = st.one_of(
    st.binary(max_size=200),
    json_values.map(lambda v: json.dumps(v).encode()),
    shaped.map(lambda v: json.dumps(v).encode()),
)
statuses = st.sampled_from([200, 200, 200, 201, 202, 204, 400, 401, 404, 429, 500, 503])


def _client(vendor: str, handler: Any) -> Any:
    creds = descriptor(vendor).bench.credentials  # placeholder credentials of the right shape
    module = getattr(imagejobs, vendor)
    transport = httpx.MockTransport(handler)
    return module.jobs(module.client(**creds, base_url="http://127.0.0.1:9", retries=RetryPolicy.off(),
                                     httpx_args={"transport": transport}))  # fmt: skip


ACTIONS: dict[str, list[tuple[str, Any]]] = {
    "sasha": [("get", lambda s: s.get("j")), ("get_many", lambda s: s.get_many(["a", "b"])),
              ("list", lambda s: list(s.list())),
              ("submit", lambda s: s.submit(media_url="https://x/a.jpg", media_mime_type="image/jpeg"))],
    "huawei_moderation": [("get", lambda s: s.get("j")), ("poll", lambda s: s.poll(["a", "b"])),
                          ("list", lambda s: list(s.list())), ("submit", lambda s: s.submit(urls=["https://x/a"]))],
    "smile_identity": [("get", lambda s: s.get(imagejobs.JobRef(vendor="smile_identity", job_id="j",
                                                               extra={"user_id": "u"})))],
    "alibaba_vod": [("get", lambda s: s.get("j")), ("poll", lambda s: s.poll(["a", "b"])),
                    ("submit", lambda s: s.submit(video_id="v", template_id="t"))],
    "tic_lens": [("get", lambda s: s.get(GUID)), ("get_many", lambda s: s.get_many([GUID, GUID])),
                 ("list", lambda s: list(s.list())), ("submit", lambda s: s.submit(file=b"x", file_name="a.png"))],
}  # fmt: skip
CASES = [(vendor, name, action) for vendor, actions in ACTIONS.items() for name, action in actions]


@pytest.mark.parametrize(("vendor", "name", "action"), CASES, ids=[f"{v}:{n}" for v, n, _ in CASES])
@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
@given(status=statuses, body=bodies)
def test_random_answers_end_in_a_typed_error_or_a_valid_result(
    vendor: str, name: str, action: Any, status: int, body: bytes
) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/oauth/token":  # SASHA's token: answered properly, so the fuzzed answer is reached
            return httpx.Response(200, json={"access_token": "t", "expires_in": 3600})
        return httpx.Response(status, content=body, headers={"content-type": "application/json"})

    source = _client(vendor, handler)
    try:
        result = action(source)
    except imagejobs.ImageJobsError:
        return
    jobs = result if isinstance(result, list) else [result]
    assert all(isinstance(job, imagejobs.Job) for job in jobs), f"{vendor} {name}: {result!r:.200}"
    for job in jobs:
        imagejobs.Job.model_validate_json(job.model_dump_json())


# --- every generated operation, through imagejobs.call -------------------------------------------------------------


def _operation_cases() -> list[Any]:
    from imagejobs._operations import operations

    cases = []
    for vendor in imagejobs.VENDORS:
        for op in operations(vendor):
            cases.append(pytest.param(vendor, op.module, id=f"{vendor}:{op.name}"))
    return cases


def _arguments(module: Any) -> dict[str, Any]:
    """Plausible arguments for any generated operation: its required parameters, built from their annotations."""
    import inspect
    import uuid

    args: dict[str, Any] = {}
    for name, parameter in inspect.signature(module._get_kwargs).parameters.items():
        if parameter.default is not inspect.Parameter.empty:
            continue
        annotation = str(parameter.annotation)
        if "UUID" in annotation:
            args[name] = uuid.UUID(GUID)
        elif name == "body":
            args[name] = _body(module)
        else:
            args[name] = "x"
    return args


def _body(module: Any) -> Any:
    import inspect
    import io

    annotation = inspect.signature(module._get_kwargs).parameters["body"].annotation
    model = next(t for t in getattr(annotation, "__args__", (annotation,)) if hasattr(t, "from_dict"))
    sample = {"urls": ["https://x/a"], "job_id": "j", "user_id": "u", "media_url": "https://x/a",
              "media_mime_type": "image/jpeg", "grant_type": "client_credentials"}  # fmt: skip
    if hasattr(model, "to_multipart"):
        types = __import__(module.__name__.rsplit(".api.", 1)[0] + ".types", fromlist=["File"])
        field = "file" if "file" in inspect.signature(model).parameters else "media"
        return model(**{field: types.File(payload=io.BytesIO(b"x"), file_name="a.png")})
    return model.from_dict({k: v for k, v in sample.items() if k in inspect.signature(model).parameters})


OPERATIONS = _operation_cases()


@pytest.mark.parametrize(("vendor", "module"), OPERATIONS)
@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
@given(status=statuses, body=bodies)
def test_random_answers_to_every_generated_operation(vendor: str, module: Any, status: int, body: bytes) -> None:
    fuzzing_the_token_endpoint = module.__name__.endswith(".get_token")

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/oauth/token" and not fuzzing_the_token_endpoint:  # SASHA's auth flow needs a token
            return httpx.Response(200, json={"access_token": "t", "expires_in": 3600})
        return httpx.Response(status, content=body, headers={"content-type": "application/json"})

    client = _client(vendor, handler).client
    with contextlib.suppress(imagejobs.ImageJobsError):  # a typed error is a pass; anything else fails the test
        imagejobs.call(module, client=client, **_arguments(module))


# --- valid JSON that is hostile to a decoder: deeper than it recurses, numbers past a float's range -----------------

_DEEP = "[" * 5000 + "]" * 5000
HOSTILE = {
    "deep array": f'{{"x": {_DEEP}}}',
    "deep object": '{"a":' * 5000 + "1" + "}" * 5000,
    "deep string field": json.dumps({"AIImageJobList": [{"JobId": "a", "Status": "success", "UserData": _DEEP}]}),
    "huge numbers": json.dumps(
        {
            "job": {"job_id": "a", "status": "completed", "created_at": 10**400, "progress": 10**400},
            "result": [{"job_id": "a", "status": "running", "create_time": 10**400}],
            "AIImageJobList": [{"JobId": "a", "Status": "success", "CreationTime": 10**400}],
            "sentinelJobGuid": GUID,
            "status": "processing",
            "progress": 10**400,
            "createdAtUtc": -(10**400),
        }
    ),
}


@pytest.mark.parametrize("body", HOSTILE.values(), ids=HOSTILE.keys())
@pytest.mark.parametrize("status", [200, 500])
@pytest.mark.parametrize(("vendor", "name", "action"), CASES, ids=[f"{v}:{n}" for v, n, _ in CASES])
def test_hostile_json_ends_in_a_typed_error_or_a_valid_result(
    vendor: str, name: str, action: Any, status: int, body: str
) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/oauth/token":
            return httpx.Response(200, json={"access_token": "t", "expires_in": 3600})
        return httpx.Response(status, content=body.encode(), headers={"content-type": "application/json"})

    try:
        result = action(_client(vendor, handler))
    except imagejobs.ImageJobsError:
        return
    for job in result if isinstance(result, list) else [result]:
        assert isinstance(job, imagejobs.Job)
        imagejobs.Job.model_validate_json(job.model_dump_json())


# --- vendor error bodies that are a little off ----------------------------------------------------------------------

ERROR_BODIES = {
    "sasha": {"error": {"code": "invalid_media", "message": "bad image"}, "request_id": "rid-1"},
    "huawei_moderation": {"error_code": "AIS.0005", "error_msg": "bad image", "request_id": "rid-1"},
    "alibaba_vod": {"RequestId": "rid-1", "Code": "InvalidParameter", "Message": "bad image"},
    "tic_lens": {"code": "invalid_media", "detail": "bad image", "traceId": "rid-1"},
}


@pytest.mark.parametrize("vendor", ERROR_BODIES)
def test_an_error_body_with_a_stray_byte_keeps_code_message_and_request_id(vendor: str) -> None:
    """One byte that is not UTF-8 in the message costs that character, not the vendor's whole error."""
    body = json.dumps(ERROR_BODIES[vendor]).encode().replace(b"bad image", b"bad \xffimage")

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/oauth/token":
            return httpx.Response(200, json={"access_token": "t", "expires_in": 3600})
        return httpx.Response(400, content=body, headers={"content-type": "application/json", "x-request-id": "rid-1"})

    with pytest.raises(imagejobs.BadRequestError) as err:
        _client(vendor, handler).get(GUID if vendor == "tic_lens" else "j")
    assert err.value.message == "bad \ufffdimage" and err.value.request_id == "rid-1" and err.value.body == body
    assert err.value.code is not None


def test_alibaba_error_fields_alone_on_a_200_are_the_vendors_error() -> None:
    body = json.dumps({"RequestId": "rid-2", "Code": "Forbidden.RAM", "Message": "User not authorized"}).encode()
    source = _client("alibaba_vod", lambda request: httpx.Response(200, content=body))
    with pytest.raises(imagejobs.APIStatusError) as err:
        source.get("j")
    assert (err.value.code, err.value.request_id, err.value.body) == ("Forbidden.RAM", "rid-2", body)
    assert not isinstance(err.value, imagejobs.NotFoundError)


@pytest.mark.parametrize("listed", [None, [], {"AIImageJob": []}])
def test_alibaba_empty_or_null_job_list_is_not_found(listed: Any) -> None:
    body = {"RequestId": "r", "AIImageJobList": listed, "NonExistAIImageJobIds": ["j"]}
    with pytest.raises(imagejobs.NotFoundError):
        _client("alibaba_vod", lambda request: httpx.Response(200, json=body)).get("j")

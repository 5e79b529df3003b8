"""Issue 12, point 4: wrong types and ranges at every public entry are a UsageError or CredentialsError naming the
parameter, raised before anything is sent (a loopback server counts what arrives), never AttributeError, TypeError
or ValueError from inside. Hypothesis draws the wrong values."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from _loopback import LoopbackServer, Reply, serve
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import imagejobs
from imagejobs import CredentialsError, PollPolicy, RetryPolicy, UsageError
from imagejobs.errors import ImageJobsError
from imagejobs.sandbox import DEMO

#: Values of the wrong type for any text, number, list or object parameter (None is left out: it often means default).
WRONG = st.one_of(
    st.integers(),
    st.floats(allow_nan=True),
    st.booleans(),
    st.binary(max_size=4),
    st.lists(st.integers(), min_size=1, max_size=2),
    st.dictionaries(st.integers(), st.integers(), min_size=1, max_size=2),
    st.builds(object),
)
WRONG_TEXT = WRONG
WRONG_NUMBER = st.one_of(
    st.text(max_size=3),
    st.booleans(),
    st.lists(st.integers(), max_size=2),
    st.builds(object),
    st.floats(max_value=-0.001),
    st.just(float("nan")),
    st.just(float("inf")),
)
REFUSED = (UsageError, CredentialsError)
SETTINGS = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@pytest.fixture(scope="module")
def server() -> Iterator[LoopbackServer]:
    with serve(lambda received: Reply(500, {"error": "nothing should arrive here"})) as running:
        yield running


def _refused(server: LoopbackServer, call: Callable[[], Any], name: str) -> None:
    before = len(server.received)
    with pytest.raises(REFUSED) as refused:
        call()
    assert name.split("[")[0].split(".")[-1] in str(refused.value), (name, str(refused.value))
    assert len(server.received) == before, "a request was sent before the refusal"


def _factory_kwargs(vendor: str, server: LoopbackServer) -> dict[str, Any]:
    return {**DEMO[vendor], "base_url": server.url}


FACTORY_TEXT = {
    "sasha": ["client_id", "client_secret"],
    "huawei_moderation": ["project_id", "region", "ak", "sk", "username", "domain_name"],
    "smile_identity": ["partner_id", "api_key", "environment", "scheme"],
    "alibaba_vod": ["access_key_id", "access_key_secret", "region", "security_token", "signature"],
    "tic_lens": ["api_key"],
}
FACTORY_PARAMS = [(v, p) for v, params in FACTORY_TEXT.items() for p in params]


@pytest.mark.parametrize(("vendor", "name"), FACTORY_PARAMS)
@SETTINGS
@given(value=WRONG_TEXT)
def test_factories_refuse_wrong_typed_text(server: LoopbackServer, vendor: str, name: str, value: object) -> None:
    module = getattr(imagejobs, vendor)
    kwargs = _factory_kwargs(vendor, server) | {name: value}
    _refused(server, lambda: module.client(**kwargs), name)


@pytest.mark.parametrize("vendor", imagejobs.VENDORS)
@pytest.mark.parametrize("name", ["timeout", "retries", "httpx_args"])
@SETTINGS
@given(data=st.data())
def test_factories_refuse_wrong_options(server: LoopbackServer, vendor: str, name: str, data: st.DataObject) -> None:
    wrong = {
        "timeout": WRONG_NUMBER,
        "retries": WRONG.filter(lambda v: not isinstance(v, dict | list) or bool(v)),
        "httpx_args": WRONG.filter(lambda v: not isinstance(v, dict | list)),
    }[name]
    module = getattr(imagejobs, vendor)
    kwargs = _factory_kwargs(vendor, server) | {name: data.draw(wrong)}
    _refused(server, lambda: module.client(**kwargs), name)


def _source(vendor: str, server: LoopbackServer) -> Any:
    module = getattr(imagejobs, vendor)
    return module.jobs(module.client(**_factory_kwargs(vendor, server)))


@pytest.mark.parametrize("vendor", imagejobs.VENDORS)
@SETTINGS
@given(value=WRONG)
def test_job_source_methods_refuse_wrong_types(server: LoopbackServer, vendor: str, value: object) -> None:
    source = _source(vendor, server)
    _refused(server, lambda: source.get(value), "job")
    _refused(server, lambda: asyncio.run(source.aget(value)), "job")
    if not isinstance(value, list):  # a list of wrong items is refused too, below
        _refused(server, lambda: source.get_many(value), "refs")
        _refused(server, lambda: asyncio.run(source.aget_many(value)), "refs")
    _refused(server, lambda: source.get_many([value]), "job")
    if vendor not in ("smile_identity", "alibaba_vod"):  # no list there: UnsupportedOperation
        _refused(server, lambda: source.list(state=value), "state")
        _refused(server, lambda: source.alist(state=value), "state")
    module = getattr(imagejobs, vendor)
    client = module.client(**_factory_kwargs(vendor, server))
    _refused(server, lambda: module.jobs(value), "client")
    if not isinstance(value, int | float) or isinstance(value, bool) or value <= 0:
        _refused(server, lambda: module.jobs(client, timeout=value), "timeout")
    if not isinstance(value, int) or isinstance(value, bool) or value < 1:
        _refused(server, lambda: module.jobs(client, concurrency=value), "concurrency")
    _refused(server, lambda: module.jobs(client, retries=value), "retries")


@SETTINGS
@given(value=WRONG)
def test_vendor_specific_options_refuse_wrong_types(server: LoopbackServer, value: object) -> None:
    huawei = imagejobs.huawei_moderation.client(**_factory_kwargs("huawei_moderation", server))
    if not isinstance(value, int) or isinstance(value, bool) or value < 1:
        _refused(server, lambda: imagejobs.huawei_moderation.jobs(huawei, page_size=value), "page_size")
    smile = imagejobs.smile_identity.client(**_factory_kwargs("smile_identity", server))
    if not isinstance(value, bool):
        _refused(server, lambda: imagejobs.smile_identity.jobs(smile, image_links=value), "image_links")
        _refused(server, lambda: imagejobs.smile_identity.jobs(smile, history=value), "history")
        _refused(server, lambda: imagejobs.smile_identity.client(**DEMO["smile_identity"], verify_responses=value),
                 "verify_responses")  # fmt: skip
    if not isinstance(value, int | float) or isinstance(value, bool) or value < 0 or value != value:
        _refused(server, lambda: imagejobs.sasha.client(**DEMO["sasha"], refresh_margin=value), "refresh_margin")
    if not callable(value):
        _refused(server, lambda: imagejobs.alibaba_vod.client(**DEMO["alibaba_vod"], credentials=value),
                 "credentials")  # fmt: skip


@pytest.mark.parametrize("vendor", imagejobs.VENDORS)
def test_a_str_where_a_list_of_refs_is_expected_is_refused(server: LoopbackServer, vendor: str) -> None:
    source = _source(vendor, server)
    _refused(server, lambda: source.get_many("job_1"), "refs")
    _refused(server, lambda: source.poll("job_1"), "refs")
    _refused(server, lambda: asyncio.run(source.aget_many("job_1")), "refs")
    _refused(server, lambda: source.list(state="bogus"), "state")
    _refused(server, lambda: imagejobs.wait("j1", sources=[source]), "jobs")
    _refused(server, lambda: imagejobs.wait(["j1"], sources=[source]), "jobs")
    _refused(server, lambda: asyncio.run(imagejobs.await_jobs("j1", sources=[source])), "jobs")


SUBMIT_WRONG = {
    "sasha": [("media_url", None), ("file", None)],
    "huawei_moderation": [("urls", None)],
    "alibaba_vod": [("video_id", None), ("template_id", None), ("user_data", None), ("pipeline_id", None)],
    "tic_lens": [("file", None), ("file_name", None), ("ttl_seconds", None), ("language", None)],
}
VALID_SUBMIT: dict[str, dict[str, Any]] = {
    "sasha": {"media_url": "https://img.example.com/a.jpg", "media_mime_type": "image/jpeg"},
    "huawei_moderation": {"urls": ["https://img.example.com/a.jpg"]},
    "alibaba_vod": {"video_id": "v1", "template_id": "t1"},
    "tic_lens": {"file": b"\x89PNG", "file_name": "a.png"},
}


@pytest.mark.parametrize(("vendor", "name"), [(v, n) for v, pairs in SUBMIT_WRONG.items() for n, _ in pairs])
@SETTINGS
@given(value=WRONG)
def test_submit_refuses_wrong_types(server: LoopbackServer, vendor: str, name: str, value: object) -> None:
    if name == "ttl_seconds" and isinstance(value, int) and not isinstance(value, bool) and value > 0:
        return  # a valid ttl
    if name == "user_data" and isinstance(value, dict):
        return  # a mapping is valid user data
    if name == "file" and isinstance(value, bytes):
        return  # bytes are a file's content
    source = _source(vendor, server)
    kwargs = VALID_SUBMIT[vendor] | {name: value}
    if vendor == "sasha" and name == "file":
        kwargs = {"operation": "lookup", "file": value}
    _refused(server, lambda: source.submit(**kwargs), name)
    _refused(server, lambda: asyncio.run(source.asubmit(**kwargs)), name)


@pytest.mark.parametrize("vendor", sorted(SUBMIT_WRONG))
def test_submit_refuses_missing_and_unknown_keywords(server: LoopbackServer, vendor: str) -> None:
    source = _source(vendor, server)
    _refused(server, lambda: source.submit(**VALID_SUBMIT[vendor], colour="blue"), "colour")
    if vendor == "sasha":
        _refused(server, lambda: source.submit(file=None), "media_url")


WAIT_PARAMS = [
    "jobs",
    "token",
    "sources",
    "timeout",
    "on_change",
    "final_states",
    "policies",
    "call_timeout",
    "retries",
]


@pytest.mark.parametrize("name", WAIT_PARAMS)
@SETTINGS
@given(data=st.data())
def test_wait_and_await_jobs_refuse_wrong_types(server: LoopbackServer, name: str, data: st.DataObject) -> None:
    strategy = WRONG_NUMBER if name in ("timeout", "call_timeout") else WRONG
    value = data.draw(strategy)
    if name in ("timeout", "call_timeout") and value == 0:
        return
    source = _source("sasha", server)
    kwargs: dict[str, Any] = {"sources": [source], name: value}
    jobs = kwargs.pop("jobs", [imagejobs.JobRef(vendor="sasha", job_id="j1")])
    _refused(server, lambda: imagejobs.wait(jobs, **kwargs), name)
    _refused(server, lambda: asyncio.run(imagejobs.await_jobs(jobs, **kwargs)), name)


@SETTINGS
@given(vendor=WRONG, ref=WRONG)
def test_normalize_refuses_wrong_types(vendor: object, ref: object) -> None:
    with pytest.raises(UsageError, match="vendor"):
        imagejobs.normalize(vendor, {})  # type: ignore[arg-type]
    with pytest.raises(UsageError, match="ref"):
        imagejobs.normalize("sasha", {"job_id": "j1"}, ref=ref)  # type: ignore[arg-type]


WEBHOOK_VALID: dict[str, dict[str, Any]] = {
    "sasha": {"secrets": {"cs_1": "00" * 32}},
    "smile_identity": {"partner_id": "085", "api_key": "k"},
    "tic_lens": {},
}


@pytest.mark.parametrize("vendor", sorted(WEBHOOK_VALID))
@pytest.mark.parametrize("name", ["method", "url", "body"])  # headers are the sender's: SignatureError (security)
@SETTINGS
@given(value=WRONG)
def test_verify_and_parse_refuses_wrong_types(vendor: str, name: str, value: object) -> None:
    if name == "body" and isinstance(value, bytes | bytearray | memoryview):
        return  # the valid type
    args: dict[str, Any] = {"method": "POST", "url": "https://partner.example.com/hook", "headers": {}, "body": b"{}"}
    args[name] = value
    module = getattr(imagejobs, vendor)
    with pytest.raises(UsageError, match=name):
        module.verify_and_parse(args["method"], args["url"], args["headers"], args["body"], **WEBHOOK_VALID[vendor])


@pytest.mark.parametrize(
    "name", ["max_retries", "initial_delay", "max_delay", "jitter", "retry_after_cap", "attempt_timeout"]
)
@SETTINGS
@given(value=WRONG_NUMBER)
def test_retry_policy_refuses_wrong_types_and_ranges(name: str, value: object) -> None:
    with pytest.raises(UsageError, match=name):
        RetryPolicy(**{name: value})


@pytest.mark.parametrize("name", ["start", "maximum", "factor", "jitter", "rate_limit_pause"])
@SETTINGS
@given(value=WRONG_NUMBER)
def test_poll_policy_refuses_wrong_types_and_ranges(name: str, value: object) -> None:
    kwargs: dict[str, Any] = {"start": 1.0, "maximum": 10.0, name: value}
    with pytest.raises(UsageError, match=name):
        PollPolicy(**kwargs)


def test_refusals_are_imagejobs_errors_naming_the_parameter() -> None:
    assert issubclass(UsageError, ImageJobsError) and issubclass(CredentialsError, ImageJobsError)
    with pytest.raises(CredentialsError, match="client_id must be text, not int"):
        imagejobs.sasha.client(client_id=123, client_secret="s")  # type: ignore[arg-type]
    with pytest.raises(UsageError, match="max_retries must be at least 0"):
        RetryPolicy(max_retries=-1)


@SETTINGS
@given(value=WRONG)
def test_access_key_and_request_id_store_refuse_wrong_types(value: object) -> None:
    with pytest.raises(UsageError, match="AccessKey"):
        imagejobs.AccessKey.of(value, "secret")  # type: ignore[arg-type]
    with pytest.raises(UsageError, match="AccessKey"):
        imagejobs.AccessKey.of("id", value)  # type: ignore[arg-type]
    if not isinstance(value, int | float) or isinstance(value, bool) or value < 0 or value != value:
        with pytest.raises(UsageError, match="ttl"):
            imagejobs.MemoryRequestIdStore(ttl=value)  # type: ignore[arg-type]
    with pytest.raises(UsageError, match="request_id"):
        imagejobs.MemoryRequestIdStore().add(value)  # type: ignore[arg-type]

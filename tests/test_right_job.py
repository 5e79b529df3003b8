"""Issue 12, point 3: every answer is about the job asked for, ids cannot go astray, Lens GUIDs match in lower case.

Loopback servers answer with another job, and count what arrives: a hostile id is refused before anything is sent.
Sync and async throughout.
"""

from __future__ import annotations

import asyncio
import json
import uuid
from collections.abc import Awaitable, Callable, Iterator
from typing import Any, TypeVar

import pytest
from _loopback import LoopbackServer, Received, Reply, serve
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import imagejobs
from imagejobs import JobRef, JobState, PollPolicy, ResponseError, UsageError
from imagejobs.sandbox import DEMO, Sandbox, Timings

T = TypeVar("T")
GUID = "3f2b8c1e-9a7d-4e21-b0c4-5d6e7f8a9b0c"
OTHER_GUID = "00000000-1111-2222-3333-444444444444"


def _sasha_job(job_id: str) -> dict[str, Any]:
    return {"job_id": job_id, "status": "completed", "type": "embed-signature"}


def _lens_job(guid: str) -> dict[str, Any]:
    return {"sentinelJobGuid": guid, "status": "completed", "progress": 100}


def _huawei_job(job_id: str) -> dict[str, Any]:
    return {"result": {"job_id": job_id, "status": "finish", "items": []}}


def _smile_job(job_id: str, user_id: str) -> dict[str, Any]:
    return {
        "code": "2302",
        "job_complete": True,
        "job_success": True,
        "result": {"ResultCode": "0810", "PartnerParams": {"job_id": job_id, "user_id": user_id, "job_type": 4}},
    }


def _alibaba_jobs(*job_ids: str) -> dict[str, Any]:
    return {"RequestId": "r", "AIImageJobList": [{"JobId": j, "Status": "fail"} for j in job_ids]}


def _arun(source: Any, make: Callable[[], Awaitable[T]]) -> T:
    """Run ``make()`` in a fresh event loop, then close the async client it used (no unclosed-session warnings)."""

    async def run() -> T:
        try:
            return await make()
        finally:
            await source.client.get_async_httpx_client().aclose()

    return asyncio.run(run())


def _answer_sasha(received: Received) -> Reply:
    if received.path == "/oauth/token":
        return Reply(200, {"access_token": "tok", "token_type": "Bearer", "expires_in": 3600})
    return Reply(200, {"job": _sasha_job("j2")})  # whatever was asked for


#: vendor -> (handler answering about another job, client kwargs, the ref asked for)
WRONG_JOB: dict[str, tuple[Callable[[Received], Reply], dict[str, Any], JobRef | str]] = {
    "sasha": (_answer_sasha, {}, "j1"),
    "tic_lens": (lambda r: Reply(200, _lens_job(OTHER_GUID)), {}, GUID),
    "huawei_moderation": (lambda r: Reply(200, _huawei_job("other-job")), {"token": "t"}, "job-1"),
    "alibaba_vod": (lambda r: Reply(200, _alibaba_jobs("other")), {}, "abc123"),
    "smile_identity": (
        lambda r: Reply(200, _smile_job("other-job", "u-1")),
        {"verify_responses": False},
        JobRef(vendor="smile_identity", job_id="job-1", extra={"user_id": "u-1"}),
    ),
}


def _source(vendor: str, url: str, extra: dict[str, Any]) -> Any:
    module = getattr(imagejobs, vendor)
    kwargs = {**DEMO[vendor], **extra, "base_url": url}
    if vendor == "huawei_moderation":
        kwargs = {"project_id": DEMO[vendor]["project_id"], **extra, "base_url": url}
    return module.jobs(module.client(**kwargs), retries=imagejobs.RetryPolicy.off())


@pytest.mark.parametrize("vendor", sorted(WRONG_JOB))
def test_an_answer_about_another_job_is_a_response_error(vendor: str) -> None:
    handler, extra, ref = WRONG_JOB[vendor]
    with serve(handler) as server:
        source = _source(vendor, server.url, extra)
        with pytest.raises(ResponseError, match="answer is") as sync_error:
            source.get(ref)
        with pytest.raises(ResponseError, match="answer is") as async_error:
            _arun(source, lambda: source.aget(ref))
    for error in (sync_error.value, async_error.value):
        assert error.body  # the raw answer is kept
        assert json.loads(error.body)  # exactly as sent


def test_smile_answer_for_another_user_is_a_response_error() -> None:
    with serve(lambda r: Reply(200, _smile_job("job-1", "someone-else"))) as server:
        source = _source("smile_identity", server.url, {"verify_responses": False})
        ref = JobRef(vendor="smile_identity", job_id="job-1", extra={"user_id": "u-1"})
        with pytest.raises(ResponseError, match="answer is"):
            source.get(ref)


def test_alibaba_answer_with_an_extra_job_is_a_response_error() -> None:
    with serve(lambda r: Reply(200, _alibaba_jobs("abc123", "stranger"))) as server:
        source = _source("alibaba_vod", server.url, {})
        with pytest.raises(ResponseError, match="stranger") as error:
            source.get_many(["abc123"])
        assert b"stranger" in error.value.body


HOSTILE: dict[str, list[str]] = {
    "sasha": ["", ".", "..", "a/b", "../jobs", "j1?x=1", "j1#f", "a b", "j\n1", "%2e%2e", "j\x00"],
    "tic_lens": ["", ".", "..", "not-a-guid", GUID + "/x", "../" + GUID],
    "huawei_moderation": ["", ".", "..", "a&job_id=b", "a b", "a/b"],
    "alibaba_vod": ["", ".", "..", "a,b", "abc,", "a b", "a/b", "a&b"],
    "smile_identity": ["", ".", "..", "j\n1", "j\x7f"],
}


@pytest.mark.parametrize(("vendor", "job_id"), [(v, i) for v, ids in HOSTILE.items() for i in ids])
def test_hostile_ids_are_refused_before_anything_is_sent(vendor: str, job_id: str) -> None:
    with serve(lambda r: Reply(500, {"error": "nothing should arrive"})) as server:
        extra = {"token": "t"} if vendor == "huawei_moderation" else {}
        source = _source(vendor, server.url, extra)
        ref: JobRef | str = job_id
        if vendor == "smile_identity":
            ref = JobRef(vendor="smile_identity", job_id=job_id, extra={"user_id": "u-1"})
        with pytest.raises(UsageError, match="job id"):
            source.get(ref)
        with pytest.raises(UsageError, match="job id"):
            _arun(source, lambda: source.aget(ref))
        with pytest.raises(UsageError, match="job id"):
            source.get_many([ref])
        with pytest.raises(UsageError, match="job id"):
            imagejobs.wait([JobRef(vendor=vendor, job_id=job_id, extra={"user_id": "u"})], sources=[source])
        assert server.received == []


def test_lens_guids_match_in_canonical_lower_case_everywhere() -> None:
    """An upper-case GUID is asked for in lower case, its answer matched, waited for and put in tokens as Lens spells
    it; a wait on it completes (it never did: the vendor answers in lower case)."""
    asked: list[str] = []

    def handler(received: Received) -> Reply:
        asked.append(received.path)
        if received.path.endswith("/sentinel/jobs"):
            return Reply(200, {"items": [_lens_job(GUID)], "total": 1, "limit": 100, "offset": 0})
        return Reply(200, _lens_job(GUID))

    upper = GUID.upper()
    with serve(handler) as server:
        source = _source("tic_lens", server.url, {})
        assert source.get(upper).job_id == GUID
        assert source.ref(upper).job_id == GUID
        policies = {"tic_lens": PollPolicy(0.01, 0.05)}
        ref = JobRef(vendor="tic_lens", job_id=upper)
        result = imagejobs.wait([ref, ref], sources=[source], timeout=5, policies=policies)
        assert [j.job_id for j in result.done] == [GUID] and not result.pending
        # sources as an iterator, final states by name: both read as before
        result = imagejobs.wait([ref], sources=iter([source]), final_states=["completed"], timeout=5, policies=policies)
        assert [j.job_id for j in result.done] == [GUID]

        async def in_async() -> None:
            assert (await source.aget(upper.replace("-", ""))).job_id == GUID
            waited = await imagejobs.await_jobs([ref], sources=[source], timeout=5, policies=policies)
            assert [j.job_id for j in waited.done] == [GUID]

        _arun(source, in_async)
        token = imagejobs.encode_token([source.ref(upper)])
        assert [r.job_id for r, _, _ in imagejobs.decode_token(token)] == [GUID]
    assert all(GUID in path for path in asked if "/sentinel/jobs/" in path)
    # An answer that spells the GUID in upper case still matches, with a note; raw keeps what was sent.
    (job,) = imagejobs.normalize("tic_lens", _lens_job(upper))
    assert job.job_id == GUID and job.raw["sentinelJobGuid"] == upper and any("canonical" in n for n in job.notes)


def test_lens_list_page_with_null_or_absent_items_is_an_empty_page() -> None:
    pages = iter(
        [
            {"items": None, "total": 0, "limit": 100, "offset": 0},
            {"total": 0, "limit": 100, "offset": 0},
            {"items": None, "total": 0, "limit": 100, "offset": 0},
            {"total": 0},
        ]
    )
    with serve(lambda r: Reply(200, next(pages))) as server:
        source = _source("tic_lens", server.url, {})
        assert list(source.list()) == []
        assert list(source.list(state=JobState.completed)) == []

        async def collect() -> list[list[Any]]:
            return [[job async for job in source.alist()] for _ in range(2)]

        assert _arun(source, collect) == [[], []]


def test_wrong_job_answers_from_the_sandboxes_do_not_pass_for_the_asked_job() -> None:
    """Against the real sandboxes, a get of one job returns that job, and no other (the positive side)."""
    with Sandbox(timings=Timings(pending=0.05, running=0.1)) as sandbox:
        module = imagejobs.sasha
        source = module.jobs(module.client(**DEMO["sasha"], base_url=sandbox.base_urls["sasha"]))
        first = source.submit(media_url="https://img.example.com/a.jpg", media_mime_type="image/jpeg")
        second = source.submit(media_url="https://img.example.com/b.jpg", media_mime_type="image/jpeg")
        assert source.get(first.job_id).job_id == first.job_id
        assert [j.job_id for j in source.get_many([second.ref, first.ref])] == [second.job_id, first.job_id]
        lens = imagejobs.tic_lens
        lens_source = lens.jobs(lens.client(**DEMO["tic_lens"], base_url=sandbox.base_urls["tic_lens"]))
        made = lens_source.submit(file=b"\x89PNG", file_name="a.png")
        assert lens_source.get(made.job_id.upper()).job_id == made.job_id == str(uuid.UUID(made.job_id))


def _echo(received: Received) -> Reply:
    """SASHA and Alibaba answering about exactly the job the request named (as the request arrived on the wire)."""
    if received.path == "/oauth/token":
        return Reply(200, {"access_token": "tok", "token_type": "Bearer", "expires_in": 3600})
    if received.path.startswith("/jobs/"):
        return Reply(200, {"job": _sasha_job(received.path.removeprefix("/jobs/"))})
    asked = dict(received.query).get("JobIds", "")
    return Reply(200, _alibaba_jobs(*asked.split(",")))


@pytest.fixture(scope="module")
def echo() -> Iterator[LoopbackServer]:
    with serve(_echo) as server:
        yield server


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(job_id=st.text(max_size=12))
def test_any_id_is_refused_or_reaches_exactly_that_job(echo: LoopbackServer, job_id: str) -> None:
    """Whatever text is given as an id: a UsageError before sending, or a request that names exactly that job."""
    for vendor in ("sasha", "alibaba_vod"):
        source = _source(vendor, echo.url, {})
        before = len(echo.received)
        try:
            job = source.get(job_id)
        except UsageError:
            assert len(echo.received) == before, "refused, yet sent"
            continue
        sent = [r for r in echo.received[before:] if r.path != "/oauth/token"]
        assert len(sent) == 1 and job.job_id == job_id
        if vendor == "sasha":
            assert sent[0].path == f"/jobs/{job_id}"
        else:
            assert dict(sent[0].query)["JobIds"] == job_id

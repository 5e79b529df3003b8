"""Issue 12, point 8: vendor behaviour the seeds document.

- Huawei documents its token errors (AIS.0002) as HTTP 400: a token-authenticated client renews once on them.
- Smile's errors come with a non-200 status from the sandbox; the official SDK gets its own clean error.
- Job.state is the lifecycle, never the verdict.
"""

from __future__ import annotations

import asyncio
import itertools
import time
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

import httpx
import pytest
from _loopback import Received, Reply, serve

import imagejobs
from imagejobs import AuthenticationError, JobRef, JobState, huawei_moderation
from imagejobs.sandbox import DEMO, Sandbox, Timings
from imagejobs.sandbox._smile_identity import SMILE_SEEDED

T = TypeVar("T")
LIST = {"result": [{"job_id": "j", "status": "running"}], "count": 1}
TOKEN_ERROR = {"error_code": "AIS.0002", "error_msg": "The authentication token is abnormal."}


def _arun(source: Any, make: Callable[[], Awaitable[T]]) -> T:
    """Run ``make()`` in a fresh event loop, then close the async client it used (no unclosed-session warnings)."""

    async def run() -> T:
        try:
            return await make()
        finally:
            await source.client.get_async_httpx_client().aclose()

    return asyncio.run(run())


def _iam_handler(refuse: Callable[[str], bool]) -> tuple[Callable[[Received], Reply], list[str]]:
    """IAM issues tok-1, tok-2, ...; the API answers 400 AIS.0002 (as Huawei documents it) for a refused token."""
    issued: list[str] = []
    counter = itertools.count(1)

    def handler(received: Received) -> Reply:
        if received.path == "/v3/auth/tokens":
            issued.append(f"tok-{next(counter)}")
            return Reply(201, {"token": {"expires_at": "2999-01-01T00:00:00.000000Z"}}, {"X-Subject-Token": issued[-1]})
        if refuse(received.header("X-Auth-Token") or ""):
            return Reply(400, TOKEN_ERROR)
        return Reply(200, LIST)

    return handler, issued


def _iam_client(url: str) -> Any:
    return huawei_moderation.client(
        project_id="proj", username="alice", password="pw", domain_name="dom", iam_url=url, base_url=url
    )


def test_huawei_iam_token_renewed_once_on_a_400_token_error_sync_and_async() -> None:
    handler, issued = _iam_handler(lambda token: token == "tok-1")  # the first token has expired by the time it is used
    with serve(handler) as server:
        jobs = huawei_moderation.jobs(_iam_client(server.url))
        assert [j.job_id for j in jobs.list()] == ["j"]
        assert issued == ["tok-1", "tok-2"]

    handler, issued = _iam_handler(lambda token: token == "tok-1")
    with serve(handler) as server:
        jobs = huawei_moderation.jobs(_iam_client(server.url))

        async def listed() -> list[str]:
            return [j.job_id async for j in jobs.alist()]

        assert _arun(jobs, listed) == ["j"]
        assert issued == ["tok-1", "tok-2"]


def test_huawei_token_error_twice_is_an_authentication_error_never_a_loop() -> None:
    handler, issued = _iam_handler(lambda token: True)
    with serve(handler) as server:
        with pytest.raises(AuthenticationError) as error:
            list(huawei_moderation.jobs(_iam_client(server.url)).list())
        assert issued == ["tok-1", "tok-2"]
        assert (error.value.status_code, error.value.code) == (400, "AIS.0002") and error.value.body
        api_calls = [r for r in server.received if r.path != "/v3/auth/tokens"]
        assert len(api_calls) == 2


def test_huawei_token_provider_is_asked_again_once_on_a_token_error() -> None:
    tokens = iter(["old", "new", "newer"])
    with serve(lambda r: Reply(400, TOKEN_ERROR) if r.header("X-Auth-Token") == "old" else Reply(200, LIST)) as server:
        client = huawei_moderation.client(project_id="proj", token=lambda: next(tokens), base_url=server.url)
        assert [j.job_id for j in huawei_moderation.jobs(client).list()] == ["j"]
        assert [r.header("X-Auth-Token") for r in server.received] == ["old", "new"]


def test_huawei_other_400s_are_not_token_errors() -> None:
    handler_calls: list[str] = []

    def handler(received: Received) -> Reply:
        handler_calls.append(received.path)
        if received.path == "/v3/auth/tokens":
            return Reply(201, {"token": {}}, {"X-Subject-Token": "tok"})
        return Reply(400, {"error_code": "AIS.0011", "error_msg": "Lack the request parameter"})

    with serve(handler) as server:
        with pytest.raises(imagejobs.BadRequestError) as error:
            list(huawei_moderation.jobs(_iam_client(server.url)).list())
        assert error.value.code == "AIS.0011" and handler_calls.count("/v3/auth/tokens") == 1


def test_huawei_sandbox_answers_an_expired_token_as_documented() -> None:
    with Sandbox(timings=Timings(token_lifetime=1)) as sandbox:
        demo, url = DEMO["huawei_moderation"], sandbox.base_urls["huawei_moderation"]
        user = {"name": demo["username"], "password": demo["password"], "domain": {"name": demo["domain_name"]}}
        identity = {"methods": ["password"], "password": {"user": user}}
        body = {"auth": {"identity": identity, "scope": {"project": {"id": demo["project_id"]}}}}
        issued = httpx.post(f"{url}/v3/auth/tokens", json=body).headers["X-Subject-Token"]
        time.sleep(1.2)  # the sandbox's token lifetime is 1 s here
        for token in (issued, "MIIforged"):
            client = huawei_moderation.client(project_id=demo["project_id"], token=token, base_url=url)
            with pytest.raises(AuthenticationError) as error:
                list(huawei_moderation.jobs(client).list())
            assert (error.value.status_code, error.value.code) == (400, "AIS.0002")
        fresh = iter([issued, httpx.post(f"{url}/v3/auth/tokens", json=body).headers["X-Subject-Token"]])
        renewing = huawei_moderation.client(project_id=demo["project_id"], token=lambda: next(fresh), base_url=url)
        assert list(huawei_moderation.jobs(renewing).list()) is not None  # renewed once after the 400


def test_smile_official_sdk_gets_its_own_clean_error_for_an_unknown_job() -> None:
    from smile_id_core import Utilities
    from smile_id_core.ServerError import ServerError

    demo = DEMO["smile_identity"]
    with Sandbox() as sandbox:
        utilities = Utilities(demo["partner_id"], demo["api_key"], sid_server=sandbox.base_urls["smile_identity"])
        options = {"return_job_status": True, "return_history": False, "return_images": False}
        with pytest.raises(ServerError, match="404") as error:
            utilities.get_job_status({"job_id": "no-such-job", "user_id": SMILE_SEEDED[0][1], "job_type": 4}, options)
        assert "2304" in str(error.value)
        # Our client reads the same answer as a NotFoundError with the vendor's code and message.
        client = imagejobs.smile_identity.client(**demo, base_url=sandbox.base_urls["smile_identity"])
        ref = JobRef(vendor="smile_identity", job_id="no-such-job", extra={"user_id": SMILE_SEEDED[0][1]})
        with pytest.raises(imagejobs.NotFoundError) as ours:
            imagejobs.smile_identity.jobs(client).get(ref)
        assert (ours.value.status_code, ours.value.code, ours.value.message) == (404, "2304", "Job not found")


def test_smile_reads_both_forms_of_job_not_found() -> None:
    """The 200 form (Smile's production answer) and the non-200 form (the sandbox's) are both NotFoundError."""
    for status in (200, 404):
        with serve(lambda r, s=status: Reply(s, {"code": "2304", "error": "Job not found"})) as server:
            client = imagejobs.smile_identity.client(**DEMO["smile_identity"], base_url=server.url)
            ref = JobRef(vendor="smile_identity", job_id="j", extra={"user_id": "u"})
            with pytest.raises(imagejobs.NotFoundError) as error:
                imagejobs.smile_identity.jobs(client).get(ref)
            assert (error.value.status_code, error.value.code) == (status, "2304")


VERDICTS: list[tuple[str, dict[str, Any]]] = [
    (
        "smile_identity",
        {"code": "2302", "job_complete": True, "job_success": False,
         "result": {"ResultCode": "0811", "ResultText": "Failed Enroll",
                    "PartnerParams": {"job_id": "s", "user_id": "u"}}},
    ),
    (
        "huawei_moderation",
        {"result": {"job_id": "h", "status": "finish",
                    "items": [{"url": "https://x/a.jpg", "suggestion": "block",
                               "category_suggestions": {"porn": "block"}}]}},
    ),
    (
        "tic_lens",
        {"sentinelJobGuid": "3f2b8c1e-9a7d-4e21-b0c4-5d6e7f8a9b0c", "status": "completed", "riskScore": 97,
         "riskLevel": "high", "verdictSummary": "Likely manipulated"},
    ),
    ("sasha", {"job": {"job_id": "l", "type": "lookup-signature", "status": "completed", "signature_id": None}}),
]  # fmt: skip


@pytest.mark.parametrize(("vendor", "payload"), VERDICTS, ids=[v for v, _ in VERDICTS])
def test_state_is_the_lifecycle_never_the_verdict(vendor: str, payload: dict[str, Any]) -> None:
    """A failed match, a block, a high risk, a lookup that found nothing: processed to the end, so completed."""
    (job,) = imagejobs.normalize(vendor, payload)
    assert job.state is JobState.completed and job.error is None
    assert job.result  # the verdict is kept there


def test_smile_sandbox_failed_match_is_completed_through_the_job_source() -> None:
    with Sandbox() as sandbox:
        client = imagejobs.smile_identity.client(**DEMO["smile_identity"], base_url=sandbox.base_urls["smile_identity"])
        job_id, user_id = SMILE_SEEDED[2]  # the seeded "0811 Failed Enroll"
        job = imagejobs.smile_identity.jobs(client).get(
            JobRef(vendor="smile_identity", job_id=job_id, extra={"user_id": user_id})
        )
        if job.state is JobState.running:  # the sandbox finishes it shortly
            job = imagejobs.wait([job], sources=[imagejobs.smile_identity.jobs(client)], timeout=10).done[0]
        assert job.state is JobState.completed and job.result["job_success"] is False

"""Every operation's declared security is what each client really sends, captured on a loopback server.

Each client (in each of its authentication modes) calls every operation of its vendor's spec against a loopback
server that records the bytes; openapi-core then judges each recorded request by the spec: it must satisfy the
declared security (and parameters and body), and exactly the alternative the client's mode stands for.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from _loopback import Received, Reply, serve
from _spec_requests import describe, operation_of, problems, requirements, satisfied
from test_signing_differential import PUBLIC_KEY_B64

import imagejobs
from imagejobs import alibaba_vod, huawei_moderation, sasha, smile_identity, tic_lens
from imagejobs.sandbox._validation import load_spec
from imagejobs_generated.alibaba_vod.api.images import list_ai_image_info
from imagejobs_generated.alibaba_vod.api.jobs import get_ai_image_jobs, submit_ai_image_job
from imagejobs_generated.huawei_moderation.api.image_batch_jobs import (
    create_image_batch_job,
    get_image_batch_job_result,
    list_image_batch_jobs,
)
from imagejobs_generated.huawei_moderation.models import CreateImageBatchJobRequest
from imagejobs_generated.sasha.api.jobs import get_job as sasha_get_job
from imagejobs_generated.sasha.api.jobs import list_jobs as sasha_list_jobs
from imagejobs_generated.sasha.api.signature import embed_signature, lookup_signature
from imagejobs_generated.sasha.models import EmbedSignatureRequest, LookupByUrlRequest, LookupUploadRequest
from imagejobs_generated.smile_identity.api.utilities import get_job_status
from imagejobs_generated.smile_identity.models import JobStatusRequest
from imagejobs_generated.tic_lens.api.capabilities import get_capabilities
from imagejobs_generated.tic_lens.api.jobs import analyze, cancel_job_webhook, delete_job, list_jobs
from imagejobs_generated.tic_lens.api.jobs import get_job as lens_get_job
from imagejobs_generated.tic_lens.models import AnalyzeRequest
from imagejobs_generated.tic_lens.types import File

PNG = File(payload=b"\x89PNG", file_name="a.png")
IMAGE = {"media_url": "https://x/a.jpg", "media_mime_type": "image/jpeg"}
IAM_TOKENS = "/v3/auth/tokens"
GUID = "3fa85f64-5717-4562-b3fc-2c963f66afa6"
Calls = list[Callable[[Any], object]]


def _answer(received: Received) -> Reply:
    """A token where a token is asked for; a 404 everywhere else (the client's answer does not matter here)."""
    if received.path.endswith("/oauth/token"):
        return Reply(200, {"access_token": "tok", "token_type": "Bearer", "expires_in": 3600})
    if received.path == IAM_TOKENS:  # Huawei's IAM, outside the moderation spec: the token it hands out is checked
        return Reply(201, {"token": {"expires_at": "2999-01-01T00:00:00.000000Z"}}, {"X-Subject-Token": "iam-tok"})
    return Reply(404, {})


SASHA_CALLS: Calls = [
    lambda c: embed_signature.sync(client=c, body=EmbedSignatureRequest(**IMAGE)),
    lambda c: lookup_signature.sync(client=c, body=LookupByUrlRequest(**IMAGE)),
    lambda c: lookup_signature.sync(client=c, body=LookupUploadRequest(media=PNG)),
    lambda c: sasha_get_job.sync("job_1", client=c),
    lambda c: sasha_list_jobs.sync(client=c),
]  # fmt: skip
HUAWEI_CALLS: Calls = [
    lambda c: create_image_batch_job.sync(client=c, body=CreateImageBatchJobRequest(urls=["https://x/a.jpg"])),
    lambda c: list_image_batch_jobs.sync(client=c, limit=10),
    lambda c: get_image_batch_job_result.sync(client=c, job_id="j"),
]
SMILE_CALLS: Calls = [lambda c: get_job_status.sync(client=c, body=JobStatusRequest(job_id="j", user_id="u"))]
ALIBABA_CALLS: Calls = [
    lambda c: submit_ai_image_job.sync(client=c, video_id="v", ai_template_id="t", user_data='{"Extend":{}}'),
    lambda c: get_ai_image_jobs.sync(client=c, job_ids="a,b"),
    lambda c: list_ai_image_info.sync(client=c, video_id="v"),
]
LENS_CALLS: Calls = [
    lambda c: analyze.sync(client=c, body=AnalyzeRequest(file=File(payload=b"%PDF", file_name="a.pdf"))),
    lambda c: list_jobs.sync(client=c),
    lambda c: lens_get_job.sync(GUID, client=c),
    lambda c: delete_job.sync(GUID, client=c),
    lambda c: cancel_job_webhook.sync(GUID, client=c),
    lambda c: get_capabilities.sync(client=c),
]

# vendor, mode, factory, calls, the security alternative each request must satisfy (by operationId, else "*")
CASES: list[tuple[str, str, Callable[[str], Any], Calls, dict[str, str]]] = [
    ("sasha", "oauth2", lambda url: sasha.client(client_id="id", client_secret="secret", base_url=url), SASHA_CALLS,
     {"getToken": "sashaClientBasic", "*": "sashaOAuth2"}),
    ("huawei_moderation", "token", lambda url: huawei_moderation.client(project_id="p", token="t", base_url=url),
     HUAWEI_CALLS, {"*": "iamToken"}),
    ("huawei_moderation", "iam-password",
     lambda url: huawei_moderation.client(project_id="p", username="u", password="pw", domain_name="d", iam_url=url,
                                          base_url=url), HUAWEI_CALLS, {"*": "iamToken"}),
    ("huawei_moderation", "aksk",
     lambda url: huawei_moderation.client(project_id="p", ak="AK", sk="SK", base_url=url), HUAWEI_CALLS,
     {"*": "akskSignature"}),
    ("smile_identity", "signature",
     lambda url: smile_identity.client(partner_id="085", api_key="k", base_url=url + "/v1"), SMILE_CALLS, {"*": ""}),
    ("smile_identity", "sec_key",
     lambda url: smile_identity.client(
         partner_id="085", api_key=PUBLIC_KEY_B64, scheme="sec_key", base_url=url + "/v1"),
     SMILE_CALLS, {"*": ""}),
    ("alibaba_vod", "acs3",
     lambda url: alibaba_vod.client(access_key_id="AK", access_key_secret="S", signature="acs3", base_url=url),
     ALIBABA_CALLS, {"*": "AlibabaCloudAcs3"}),
    ("alibaba_vod", "v1",
     lambda url: alibaba_vod.client(access_key_id="AK", access_key_secret="S", signature="v1", base_url=url),
     ALIBABA_CALLS, {"*": "AlibabaCloudSignature+AlibabaCloudSignatureV1"}),
    ("tic_lens", "api_key", lambda url: tic_lens.client(api_key="key", base_url=url), LENS_CALLS, {"*": "ApiKey"}),
]  # fmt: skip


def _spec_operations(vendor: str) -> set[str]:
    paths = load_spec(vendor)["paths"].values()
    return {op["operationId"] for item in paths for op in item.values() if isinstance(op, dict) and "operationId" in op}


@pytest.mark.parametrize(
    ("vendor", "mode", "factory", "calls", "expected"), CASES, ids=[f"{c[0]}-{c[1]}" for c in CASES]
)
def test_declared_security_is_what_the_client_sends(
    vendor: str, mode: str, factory: Callable[[str], Any], calls: Calls, expected: dict[str, str]
) -> None:
    with serve(_answer) as server:
        client = factory(server.url)
        for call in calls:
            with contextlib.suppress(imagejobs.ImageJobsError):  # the 404 is refused as the vendor's error: fine
                call(client)
    seen: set[str] = set()
    for received in (r for r in server.received if r.path != IAM_TOKENS):
        operation = operation_of(vendor, received)
        seen.add(operation)
        assert problems(vendor, received) == [], describe(received)
        wanted = expected.get(operation, expected["*"])
        assert wanted in requirements(vendor, operation), f"{operation}: {wanted!r} is not declared"
        alternatives = satisfied(vendor, received) - ({""} if wanted else set())
        assert alternatives == {wanted}, (operation, describe(received))
    assert seen == _spec_operations(vendor), "every operation of the spec was called and checked"


def test_an_unauthenticated_request_fails_the_declared_security() -> None:
    """The check has teeth: the same requests without their credentials do not satisfy the spec."""

    def strip(request: httpx.Request) -> None:
        for name in ("authorization", "x-auth-token", "x-api-key"):
            request.headers.pop(name, None)

    with serve(_answer) as server:
        lens = tic_lens.client(api_key="key", base_url=server.url, httpx_args={"event_hooks": {"request": [strip]}})
        with contextlib.suppress(imagejobs.ImageJobsError):
            get_capabilities.sync(client=lens)
    (received,) = server.received
    assert satisfied("tic_lens", received) == set()
    assert any("Security not found" in p for p in problems("tic_lens", received))

"""The vendor sandboxes over real HTTP on 127.0.0.1, through the real overlay clients and the generated operations."""

from __future__ import annotations

import io
import json
import os
import random
import re
import time
import uuid
from collections import Counter
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest

import imagejobs
from imagejobs import alibaba_vod, huawei_moderation, sasha, smile_identity, tic_lens
from imagejobs.alibaba_vod import AlibabaAuth
from imagejobs.sandbox import DEMO, Sandbox, Timings, env_lines
from imagejobs.sandbox._huawei_moderation import IAM_OPERATION
from imagejobs.sandbox._smile_identity import SMILE_SEEDED, SmileIdentitySandbox
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
from imagejobs_generated.sasha.models import EmbedSignatureRequest, LookupUploadRequest
from imagejobs_generated.sasha.types import File as SashaFile
from imagejobs_generated.smile_identity.api.utilities import get_job_status
from imagejobs_generated.smile_identity.models import JobStatusRequest
from imagejobs_generated.tic_lens.api.capabilities import get_capabilities
from imagejobs_generated.tic_lens.api.jobs import analyze, cancel_job_webhook, delete_job
from imagejobs_generated.tic_lens.api.jobs import get_job as lens_get_job
from imagejobs_generated.tic_lens.api.jobs import list_jobs as lens_list_jobs
from imagejobs_generated.tic_lens.models import AnalyzeRequest
from imagejobs_generated.tic_lens.types import File as LensFile

TIMINGS = Timings(pending=0.2, running=0.5, huawei_result_ttl=0.8, suggested_poll_interval=0.05)
PNG = bytes.fromhex("89504e470d0a1a0a0000000d49484452") + b"\r\n--not-a-boundary\r\n"


def _smile(sandbox: Sandbox) -> SmileIdentitySandbox:
    smile = sandbox.vendor_sandbox("smile_identity")
    assert isinstance(smile, SmileIdentitySandbox)
    return smile


@pytest.fixture(scope="module")
def sandbox() -> Iterator[Sandbox]:
    with Sandbox(timings=TIMINGS) as running:
        yield running


def clients(sandbox: Sandbox, vendor: str, **changes: Any) -> Any:
    module = getattr(imagejobs, vendor)
    return module.client(**(DEMO[vendor] | changes), base_url=sandbox.base_urls[vendor])


def huawei_client(sandbox: Sandbox, **credentials: str) -> Any:
    """A Huawei client with exactly one scheme (DEMO holds all three and the token would win)."""
    demo = DEMO["huawei_moderation"]
    return huawei_moderation.client(
        project_id=credentials.pop("project_id", demo["project_id"]),
        base_url=sandbox.base_urls["huawei_moderation"],
        **credentials,
    )


def aksk(sandbox: Sandbox, **changes: str) -> Any:
    demo = DEMO["huawei_moderation"]
    return huawei_client(sandbox, **({"ak": demo["ak"], "sk": demo["sk"]} | changes))


def text(value: Any) -> Any:
    """An open enum's raw value (generated ``Enum | str`` fields)."""
    return getattr(value, "value", value)


def observe(*reads: Callable[[], str], final: set[str], timeout: float = 5.0) -> list[list[str]]:
    """The distinct consecutive statuses each job shows when polled quickly (all in one loop), until all are final."""
    seen: list[list[str]] = [[] for _ in reads]
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for read, statuses in zip(reads, seen, strict=True):
            if statuses and statuses[-1] in final:
                continue
            status = read()
            if not statuses or statuses[-1] != status:
                statuses.append(status)
        if all(statuses[-1] in final for statuses in seen):
            return seen
        time.sleep(0.02)
    raise AssertionError(f"not all final within {timeout} s: {seen}")


def has_null(value: Any) -> bool:
    if isinstance(value, dict):
        return any(v is None or has_null(v) for v in value.values())
    return isinstance(value, list) and any(has_null(v) for v in value)


# --- jobs move through each vendor's states ----------------------------------------------------------------------


def test_sasha_embed_and_lookup_move_pending_to_completed_or_failed(sandbox: Sandbox) -> None:
    client = clients(sandbox, "sasha")

    def embed(url: str) -> str:
        answer = embed_signature.sync(
            client=client, body=EmbedSignatureRequest(media_url=url, media_mime_type="image/jpeg")
        )
        return answer.job.job_id

    def status(job_id: str) -> Callable[[], str]:
        return lambda: text(sasha_get_job.sync(job_id, client=client).job.status)

    good, bad = embed("https://img.example.com/cat.jpg"), embed("https://img.example.com/fail.jpg")
    seen = observe(status(good), status(bad), final={"completed", "failed"})
    assert seen == [["pending", "completed"], ["pending", "failed"]]
    done, failed = sasha_get_job.sync(good, client=client).job, sasha_get_job.sync(bad, client=client).job
    assert re.fullmatch(r"[0-9]{1,20}", done.signature_id) and done.output_url.startswith("https://")
    assert text(failed.error.code) == "image_load_failed" and failed.error.message

    def lookup(name: str) -> str:
        body = LookupUploadRequest(media=SashaFile(payload=io.BytesIO(PNG), file_name=name, mime_type="image/png"))
        return lookup_signature.sync(client=client, body=body).job.job_id

    protected, plain, broken = lookup("protected.png"), lookup("holiday.png"), lookup("fail.png")
    seen = observe(status(protected), status(plain), status(broken), final={"completed", "failed"})
    assert [s[-1] for s in seen] == ["completed", "completed", "failed"]
    found, none = sasha_get_job.sync(protected, client=client).job, sasha_get_job.sync(plain, client=client).job
    assert text(found.status) == "completed" and found.signature_id and found.type_.value == "lookup-signature"
    assert text(none.status) == "completed" and none.signature_id is None  # no signature in the image
    listed = {job.job_id for job in sasha_list_jobs.sync(client=client).jobs}
    assert {good, bad, protected, plain, broken} <= listed  # the list has no pages: every job


def test_huawei_batch_jobs_move_created_running_finish_or_failed(sandbox: Sandbox) -> None:
    client = aksk(sandbox)

    def create(*urls: str) -> str:
        body = CreateImageBatchJobRequest(urls=list(urls), categories=["politics", "terrorism", "porn"])
        return create_image_batch_job.sync(client=client, body=body).result.job_id

    def status(job_id: str) -> Callable[[], str]:
        return lambda: text(get_image_batch_job_result.sync(client=client, job_id=job_id).result.status)

    good = create("https://img.example.com/a.jpg", "https://img.example.com/fail-b.jpg")
    bad = create("https://img.example.com/fail.jpg")
    seen = observe(status(good), status(bad), final={"finish", "failed"})
    assert seen == [["created", "running", "finish"], ["created", "running", "failed"]]
    items = get_image_batch_job_result.sync(client=client, job_id=good).result.items
    assert [i.url for i in items] == ["https://img.example.com/a.jpg", "https://img.example.com/fail-b.jpg"]
    assert text(items[0].suggestion) == "pass" and set(items[0].detail.to_dict()) == {"politics", "terrorism", "porn"}
    assert items[1].error_code and items[1].error_msg  # one image failed; the batch did not
    (failed,) = get_image_batch_job_result.sync(client=client, job_id=bad).result.items
    assert failed.error_code and failed.error_msg


def test_alibaba_jobs_are_processing_then_success_or_fail(sandbox: Sandbox) -> None:
    client = clients(sandbox, "alibaba_vod")
    user_data = json.dumps({"Extend": {"localId": "42"}})
    good = submit_ai_image_job.sync(client=client, video_id="video-ok", ai_template_id="tpl", user_data=user_data)
    bad = submit_ai_image_job.sync(client=client, video_id="video-fail", ai_template_id="tpl")

    def status(job_id: str) -> Callable[[], str]:
        return lambda: text(get_ai_image_jobs.sync(client=client, job_ids=job_id).ai_image_job_list[0].status)

    seen = observe(status(good.job_id), status(bad.job_id), final={"success", "fail"})
    assert seen == [["Processing", "success"], ["Processing", "fail"]]
    ok, failed = get_ai_image_jobs.sync(client=client, job_ids=f"{good.job_id},{bad.job_id}").ai_image_job_list
    assert ok.user_data == user_data and json.loads(ok.template_config)["Format"] == "gif"
    images = json.loads(ok.ai_image_result)  # a JSON document inside a string, as on the seed page
    assert images and all(set(i) == {"Score", "Url"} and "oss-" in i["Url"] and "?" not in i["Url"] for i in images)
    assert (ok.code, ok.message) == ("Success", "success") and failed.code and failed.message != "success"
    infos = list_ai_image_info.sync(client=client, video_id="video-ok").ai_image_info_list
    mine = [i for i in infos if i.job_id == good.job_id]
    assert len(mine) == len(images) and all("Expires=" in i.file_url and "Signature=" in i.file_url for i in mine)


def test_lens_jobs_move_pending_processing_completed_with_rising_progress(sandbox: Sandbox) -> None:
    client = clients(sandbox, "tic_lens")

    def submit(name: str) -> uuid.UUID:
        body = AnalyzeRequest(file=LensFile(payload=io.BytesIO(PNG), file_name=name), language="en")
        return uuid.UUID(analyze.sync(client=client, body=body).sentinel_job_guid)

    good, bad = submit("receipt.png"), submit("fail.png")
    progress: list[float] = []

    def status(guid: uuid.UUID) -> Callable[[], str]:
        def read() -> str:
            job = lens_get_job.sync(guid, client=client)
            if guid == good:
                progress.append(job.progress)
            return text(job.status)

        return read

    seen = observe(status(good), status(bad), final={"completed", "failed"})
    assert seen == [["pending", "processing", "completed"], ["pending", "processing", "failed"]]
    assert progress == sorted(progress) and progress[0] == 0 and progress[-1] == 100
    done = lens_get_job.sync(good, client=client)
    verdict = done.report.report.verdict
    assert done.risk_level and verdict.risk_score == done.risk_score and done.completed_at_utc
    assert lens_get_job.sync(bad, client=client).error_message


#: The seeded Smile jobs' timelines start when the sandbox is built: states long enough to be seen even when a
#: loaded machine takes a while between building the sandbox and the first poll.
SEEDED_TIMINGS = Timings(pending=1.0, running=2.5, huawei_result_ttl=0.8, suggested_poll_interval=0.05)


def test_smile_seeded_jobs_complete_signed_in_both_schemes() -> None:
    with Sandbox(timings=SEEDED_TIMINGS) as sandbox:
        url = sandbox.base_urls["smile_identity"]
        current = smile_identity.client(**DEMO["smile_identity"], base_url=url)
        job_id, user_id = SMILE_SEEDED[0]
        request = JobStatusRequest(job_id=job_id, user_id=user_id, image_links=True, history=True)

        def result() -> str:
            answer = get_job_status.sync(client=current, body=request)  # the client verified its signature
            inner = answer.result
            return f"{answer.job_complete}:{inner if isinstance(inner, str) else inner.result_code}"

        assert observe(result, final={"True:0810"}, timeout=10.0) == [
            ["False:No zip uploaded yet", "False:0814", "True:0810"]
        ]
        partner_id, key = DEMO["smile_identity"]["partner_id"], _smile(sandbox).legacy_api_key  # RSA, made on first use
        legacy = smile_identity.client(partner_id=partner_id, api_key=key, scheme="sec_key", base_url=url)
        signed = get_job_status.sync(client=legacy, body=request)  # verified with the RSA public key
        assert isinstance(signed.timestamp, int) and signed.job_complete and signed.job_success
        assert signed.image_links.selfie_image.startswith("https://") and len(signed.history) == 2
        last = get_job_status.sync(client=current, body=JobStatusRequest(*SMILE_SEEDED[2]))
        assert last.job_complete is True and last.job_success is False  # the seeded job that fails

        raw = current.get_httpx_client().post("/job_status", json={"job_id": job_id, "user_id": user_id}).json()
        assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z", raw["timestamp"])
        expected = smile_identity.generate_signature(DEMO["smile_identity"]["api_key"], "085", raw["timestamp"])
        assert raw["signature"] == expected and raw["code"] == "2302"
        raw = legacy.get_httpx_client().post("/job_status", json={"job_id": job_id, "user_id": user_id}).json()
        assert smile_identity.verify_sec_key(key, "085", raw["timestamp"], raw["signature"])


# --- authentication, as each vendor does it ----------------------------------------------------------------------


def test_sasha_credentials_and_bearer_tokens() -> None:
    with Sandbox(timings=Timings(token_lifetime=1)) as sandbox:
        with pytest.raises(imagejobs.AuthenticationError) as err:
            sasha_list_jobs.sync(client=clients(sandbox, "sasha", client_secret="wrong"))
        assert err.value.status_code == 401 and err.value.code == "invalid_client"
        base, demo = sandbox.base_urls["sasha"], DEMO["sasha"]
        form = {"grant_type": "client_credentials"}
        token = httpx.post(f"{base}/oauth/token", data=form, auth=(demo["client_id"], demo["client_secret"])).json()
        assert token["token_type"] == "Bearer" and token["expires_in"] == 1
        bearer = {"Authorization": f"Bearer {token['access_token']}"}
        assert httpx.get(f"{base}/jobs", headers=bearer).status_code == 200
        for headers in ({}, {"Authorization": "Bearer forged"}):
            refused = httpx.get(f"{base}/jobs", headers=headers)
            assert refused.status_code == 401 and refused.json()["error"]["code"] == "unauthorized"
        client = clients(sandbox, "sasha")
        assert sasha_list_jobs.sync(client=client) is not None
        time.sleep(1.1)
        expired = httpx.get(f"{base}/jobs", headers=bearer)
        assert expired.status_code == 401 and "expired" in expired.json()["error"]["message"]
        assert sasha_list_jobs.sync(client=client) is not None  # the client fetched a new token by itself
        assert sandbox.counts("sasha")[("POST", "getToken")] == 4


def test_huawei_token_aksk_and_iam(sandbox: Sandbox) -> None:
    demo = DEMO["huawei_moderation"]
    for good in (aksk(sandbox), huawei_client(sandbox, token=demo["token"])):
        assert list_image_batch_jobs.sync(client=good).count is not None
    sandbox.reset_counts()
    iam = huawei_client(sandbox, username=demo["username"], password=demo["password"], domain_name=demo["domain_name"],
                        iam_url=sandbox.base_urls["huawei_moderation"])  # fmt: skip
    list_image_batch_jobs.sync(client=iam)
    list_image_batch_jobs.sync(client=iam)
    counts = sandbox.counts("huawei_moderation")
    assert counts == Counter({("POST", IAM_OPERATION): 1, ("GET", "listImageBatchJobs"): 2})

    with pytest.raises(imagejobs.AuthenticationError) as err:
        list_image_batch_jobs.sync(client=aksk(sandbox, sk="wrong" * 8))
    assert (err.value.status_code, err.value.code) == (401, "APIGW.0301") and err.value.request_id
    with pytest.raises(imagejobs.AuthenticationError) as err:
        list_image_batch_jobs.sync(client=huawei_client(sandbox, token="MIIforged"))
    assert (err.value.status_code, err.value.code) == (400, "AIS.0002")  # as Huawei documents its token errors
    with pytest.raises(imagejobs.AuthenticationError):
        list_image_batch_jobs.sync(client=huawei_client(sandbox, username=demo["username"], password="wrong",
                                                        domain_name=demo["domain_name"],
                                                        iam_url=sandbox.base_urls["huawei_moderation"]))  # fmt: skip
    with pytest.raises(imagejobs.NotFoundError) as err:
        list_image_batch_jobs.sync(client=aksk(sandbox, project_id="f" * 32))
    assert err.value.code == "APIGW.0101"

    def tamper(request: httpx.Request) -> None:  # after signing: the query is no longer the one signed
        request.url = request.url.copy_add_param("limit", "1")

    tampered = huawei_moderation.client(project_id=demo["project_id"], ak=demo["ak"], sk=demo["sk"],
                                        base_url=sandbox.base_urls["huawei_moderation"],
                                        httpx_args={"event_hooks": {"request": [tamper]}})  # fmt: skip
    with pytest.raises(imagejobs.AuthenticationError, match="signature"):
        list_image_batch_jobs.sync(client=tampered)

    stale = datetime.now(UTC) - timedelta(minutes=20)
    key = imagejobs.AccessKey.of(demo["ak"], demo["sk"])
    client = aksk(sandbox)
    client.get_httpx_client().auth = huawei_moderation.AKSKAuth(key, project_id=demo["project_id"], now=lambda: stale)
    with pytest.raises(imagejobs.AuthenticationError, match="expired"):
        list_image_batch_jobs.sync(client=client)


def test_smile_refusals_use_result_codes(sandbox: Sandbox) -> None:
    job_id, user_id = SMILE_SEEDED[1]
    with pytest.raises(imagejobs.AuthenticationError) as err:
        get_job_status.sync(client=clients(sandbox, "smile_identity", api_key="wrong"),
                            body=JobStatusRequest(job_id=job_id, user_id=user_id))  # fmt: skip
    assert (err.value.status_code, err.value.code) == (401, "2305")
    client = clients(sandbox, "smile_identity")
    with pytest.raises(imagejobs.NotFoundError) as err:
        get_job_status.sync(client=client, body=JobStatusRequest(job_id="no-such-job", user_id=user_id))
    # Not HTTP 200 (the official SDK reads every 200 as a signed status), the vendor's {code, error} body kept
    assert (err.value.status_code, err.value.code, err.value.message) == (404, "2304", "Job not found")
    assert json.loads(err.value.body) == {"code": "2304", "error": "Job not found"}
    with pytest.raises(imagejobs.BadRequestError) as err:
        client.get_httpx_client().post("/job_status", json={"job_id": job_id})
    assert err.value.code == "2313"
    other_key = _smile(Sandbox()).legacy_api_key  # a valid RSA key, but not this sandbox's
    legacy = clients(sandbox, "smile_identity", api_key=other_key, scheme="sec_key")
    with pytest.raises(imagejobs.AuthenticationError):
        get_job_status.sync(client=legacy, body=JobStatusRequest(job_id=job_id, user_id=user_id))


@pytest.mark.parametrize("scheme", ["acs3", "v1"])
def test_alibaba_signatures_keys_nonces_and_parameters(sandbox: Sandbox, scheme: str) -> None:
    demo = DEMO["alibaba_vod"]
    with pytest.raises(imagejobs.BadRequestError) as err:
        get_ai_image_jobs.sync(client=clients(sandbox, "alibaba_vod", access_key_secret="wrong", signature=scheme),
                               job_ids="x")  # fmt: skip
    assert err.value.code == "SignatureDoesNotMatch" and {"RequestId", "HostId", "Code", "Message", "Recommend"} <= set(
        json.loads(err.value.body)
    )
    with pytest.raises(imagejobs.NotFoundError) as err:
        get_ai_image_jobs.sync(client=clients(sandbox, "alibaba_vod", access_key_id="LTAI-unknown"), job_ids="x")
    assert err.value.code == "InvalidAccessKeyId.NotFound"

    client = clients(sandbox, "alibaba_vod", signature=scheme)
    key = imagejobs.AccessKey.of(demo["access_key_id"], demo["access_key_secret"])
    client.get_httpx_client().auth = AlibabaAuth(key, signature=scheme, nonce=lambda: f"fixed-{scheme}")
    assert get_ai_image_jobs.sync(client=client, job_ids="x").ai_image_job_list == []
    with pytest.raises(imagejobs.BadRequestError) as err:
        get_ai_image_jobs.sync(client=client, job_ids="x")  # the same nonce again: a replay
    assert err.value.code == "SignatureNonceUsed"
    late = datetime.now(UTC) - timedelta(minutes=20)
    client.get_httpx_client().auth = AlibabaAuth(key, signature=scheme, now=lambda: late)
    with pytest.raises(imagejobs.BadRequestError) as err:
        get_ai_image_jobs.sync(client=client, job_ids="x")
    assert err.value.code == "InvalidTimeStamp.Expired"

    client = clients(sandbox, "alibaba_vod", signature=scheme)
    with pytest.raises(imagejobs.BadRequestError) as err:
        get_ai_image_jobs.sync(client=client, job_ids=",".join(str(i) for i in range(11)))
    assert err.value.code == "InvalidParameter" and "JobIds" in str(err.value)
    with pytest.raises(imagejobs.BadRequestError) as err:
        client.get_httpx_client().post("/SubmitAIImageJob", params={"VideoId": "v"})
    assert err.value.code == "MissingParameter" and "AITemplateId" in str(err.value)


def test_lens_api_key_problem_details_and_missing_file(sandbox: Sandbox) -> None:
    with pytest.raises(imagejobs.AuthenticationError) as err:
        get_capabilities.sync(client=clients(sandbox, "tic_lens", api_key="wrong"))
    body = json.loads(err.value.body)
    assert err.value.status_code == 401 and {"title", "status", "detail", "traceId"} <= set(body)
    client = clients(sandbox, "tic_lens")
    with pytest.raises(imagejobs.BadRequestError) as err:
        client.get_httpx_client().post("/sentinel/analyze", files={"language": (None, "en")})
    assert "file" in json.loads(err.value.body)["errors"]
    with pytest.raises(imagejobs.NotFoundError):
        lens_get_job.sync(uuid.uuid4(), client=client)
    assert get_capabilities.sync(client=client).max_upload_bytes == 100 * 1024 * 1024


def test_lens_delete_cancel_webhook_and_nulls_omitted(sandbox: Sandbox) -> None:
    client = clients(sandbox, "tic_lens")
    body = AnalyzeRequest(file=LensFile(io.BytesIO(PNG), "x.png"))
    guid = uuid.UUID(analyze.sync(client=client, body=body).sentinel_job_guid)
    raw = client.get_httpx_client().get(f"/sentinel/jobs/{guid}").json()
    assert raw["status"] == "pending" and not has_null(raw) and "completedAtUtc" not in raw
    assert cancel_job_webhook.sync(guid, client=client).deliveries_cancelled == 0
    assert delete_job.sync_detailed(guid, client=client).status_code == 204
    with pytest.raises(imagejobs.NotFoundError):
        lens_get_job.sync(guid, client=client)


# --- lists page --------------------------------------------------------------------------------------------------


def test_huawei_list_pages_with_offset_and_limit(sandbox: Sandbox) -> None:
    client = aksk(sandbox)
    for n in range(5):
        create_image_batch_job.sync(client=client, body=CreateImageBatchJobRequest(urls=[f"https://i.example/{n}.jpg"]))
    everything = list_image_batch_jobs.sync(client=client)  # no limit: every job
    assert everything.count == len(everything.result) >= 5
    pages = [list_image_batch_jobs.sync(client=client, offset=o, limit=2) for o in range(0, everything.count, 2)]
    assert all(p.count == everything.count and len(p.result) <= 2 for p in pages)
    assert [j.job_id for p in pages for j in p.result] == [j.job_id for j in everything.result]
    for status in ("created", "running", "finish", "failed"):
        page = list_image_batch_jobs.sync(client=client, status=status)
        assert page.count == len(page.result) and {text(j.status) for j in page.result} <= {status}
    with pytest.raises(imagejobs.BadRequestError):
        list_image_batch_jobs.sync(client=client, offset=-1)


def test_lens_list_pages_newest_first(sandbox: Sandbox) -> None:
    client = clients(sandbox, "tic_lens")
    bodies = [AnalyzeRequest(file=LensFile(io.BytesIO(PNG), f"p{n}.png")) for n in range(5)]
    guids = [analyze.sync(client=client, body=body).sentinel_job_guid for body in bodies]
    first = lens_list_jobs.sync(client=client)
    assert first.limit == 20 and first.offset == 0 and str(first.items[0].sentinel_job_guid) == guids[-1]
    everything = lens_list_jobs.sync(client=client, limit=100)
    pages = [lens_list_jobs.sync(client=client, limit=3, offset=o) for o in range(0, everything.total, 3)]
    assert [j.sentinel_job_guid for p in pages for j in p.items] == [j.sentinel_job_guid for j in everything.items]
    for limit in (0, 101):
        with pytest.raises(imagejobs.BadRequestError):
            lens_list_jobs.sync(client=client, limit=limit)


# --- Huawei result expiry, counts, 429 ---------------------------------------------------------------------------


def test_huawei_result_expires_after_its_ttl_while_the_list_keeps_the_job(sandbox: Sandbox) -> None:
    client = aksk(sandbox)
    body = CreateImageBatchJobRequest(urls=["https://i.example/e.jpg"])
    job_id = create_image_batch_job.sync(client=client, body=body).result.job_id

    def read() -> str:
        return text(get_image_batch_job_result.sync(client=client, job_id=job_id).result.status)

    assert observe(read, final={"finish"})[0][-1] == "finish"
    time.sleep(TIMINGS.huawei_result_ttl + 0.2)
    with pytest.raises(imagejobs.NotFoundError) as err:
        get_image_batch_job_result.sync(client=client, job_id=job_id)
    assert err.value.status_code == 404 and "expired" in (err.value.message or "")
    listed = {j.job_id: text(j.status) for j in list_image_batch_jobs.sync(client=client).result}
    assert listed[job_id] == "finish"


def test_counts_by_method_and_operation_id(sandbox: Sandbox) -> None:
    sasha_client, lens = clients(sandbox, "sasha"), clients(sandbox, "tic_lens")
    sandbox.reset_counts()
    sasha_list_jobs.sync(client=sasha_client)
    sasha_list_jobs.sync(client=sasha_client)
    get_capabilities.sync(client=lens)
    get_ai_image_jobs.sync(client=clients(sandbox, "alibaba_vod", signature="v1"), job_ids="a,b")
    assert sandbox.counts("sasha") == Counter({("POST", "getToken"): 1, ("GET", "listJobs"): 2})
    assert sandbox.counts("tic_lens") == Counter({("GET", "getCapabilities"): 1})
    assert sandbox.counts("alibaba_vod") == Counter({("POST", "GetAIImageJobs"): 1})
    assert sandbox.counts("smile_identity") == Counter()
    sandbox.reset_counts()
    assert sum(sandbox.counts("sasha").values()) == 0
    with pytest.raises(imagejobs.UnknownVendorError):
        sandbox.counts("acme")


RAW_CALLS = {  # a cheap call per vendor, and where its 429 body carries the vendor's code
    "sasha": ("GET", "/jobs", lambda b: b["error"]["code"] == "rate_limited"),
    "huawei_moderation": ("GET", "/v2/p/moderation/image/batch/jobs", lambda b: b["error_code"] == "APIGW.0308"),
    "smile_identity": ("POST", "/job_status", lambda b: bool(b["error"])),
    "alibaba_vod": ("POST", "/?Action=GetAIImageJobs", lambda b: b["Code"] == "Throttling.User"),
    "tic_lens": ("GET", "/sentinel/capabilities", lambda b: b["title"] == "Too Many Requests" and b["status"] == 429),
}


@pytest.mark.parametrize("vendor", sorted(RAW_CALLS))
def test_rate_limit_answers_429_with_retry_after_in_the_vendor_shape(sandbox: Sandbox, vendor: str) -> None:
    method, path, vendor_shaped = RAW_CALLS[vendor]
    url = sandbox.base_urls[vendor] + path
    sandbox.rate_limit(vendor, 2.5)
    try:
        limited = httpx.request(method, url)  # the limit applies before authentication
        assert limited.status_code == 429 and limited.headers["retry-after"] == "3" and vendor_shaped(limited.json())
    finally:
        sandbox.rate_limit(vendor, 0)
    assert httpx.request(method, url).status_code in (400, 401, 404)  # no credentials: refused, no longer limited


def test_rate_limit_reaches_the_client_as_a_typed_error(sandbox: Sandbox) -> None:
    body = AnalyzeRequest(file=LensFile(io.BytesIO(PNG), "x.png"))
    sandbox.rate_limit("tic_lens", 1.5)
    try:
        with pytest.raises(imagejobs.RateLimitError) as err:
            analyze.sync(client=clients(sandbox, "tic_lens"), body=body)  # a submit: never retried
    finally:
        sandbox.rate_limit("tic_lens", 0)
    assert err.value.status_code == 429 and err.value.retry_after == 2.0
    sandbox.rate_limit("sasha", 60)  # SASHA blocks a partner for about a minute
    try:
        with pytest.raises(imagejobs.RateLimitError) as err:
            sasha_list_jobs.sync(client=clients(sandbox, "sasha"))  # the token request is refused first
    finally:
        sandbox.rate_limit("sasha", 0)
    assert err.value.retry_after == 60.0


# --- environment -------------------------------------------------------------------------------------------------


def test_env_makes_every_factory_work_without_arguments(sandbox: Sandbox, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in [n for n in os.environ if n.startswith("IMAGEJOBS_")]:
        monkeypatch.delenv(name)
    env = sandbox.env()
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    assert env["IMAGEJOBS_TIC_LENS_POLL_INTERVAL"] == "0.05"
    assert "IMAGEJOBS_HUAWEI_MODERATION_TOKEN" not in env and env["IMAGEJOBS_HUAWEI_MODERATION_AK"]
    assert sasha_list_jobs.sync(client=sasha.client()) is not None
    assert list_image_batch_jobs.sync(client=huawei_moderation.client()) is not None
    assert get_job_status.sync(client=smile_identity.client(), body=JobStatusRequest(*SMILE_SEEDED[0])).code
    assert get_ai_image_jobs.sync(client=alibaba_vod.client(), job_ids="x") is not None
    assert get_capabilities.sync(client=tic_lens.client()) is not None


def test_env_lines_match_env_for_the_same_port() -> None:
    for _attempt in range(5):
        port = random.randrange(20000, 60000, 5)
        try:
            with Sandbox(port=port, timings=TIMINGS) as sandbox:
                assert sandbox.base_urls["tic_lens"] == f"http://127.0.0.1:{port + 4}"
                assert sandbox.base_urls["smile_identity"] == f"http://127.0.0.1:{port + 2}/v1"
                assert env_lines(port, timings=TIMINGS) == [f"{k}={v}" for k, v in sandbox.env().items()]
                assert httpx.get(f"{sandbox.base_urls['tic_lens']}/sentinel/capabilities").status_code == 401
                return
        except OSError:
            continue
    pytest.skip("no five consecutive free ports found")

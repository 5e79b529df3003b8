"""Each vendor's client against a loopback server that re-verifies the request from the bytes it received.

The servers check signatures with the vendors' official SDKs (tests/_official.py), answer in the vendor's own error
shape when a check fails, and a request tampered with after signing (an httpx request hook) is refused.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import json
from collections.abc import Callable
from typing import Any
from uuid import UUID

import httpx
import pytest
from _loopback import Received, Reply, serve
from _official import alibaba_acs3_signature_ok, alibaba_v1_signature_ok, huawei_signature_ok, smile_signature_ok
from test_signing_differential import PRIVATE_KEY, PUBLIC_KEY_B64, private_encrypt

import imagejobs
from imagejobs import alibaba_vod, huawei_moderation, sasha, smile_identity, tic_lens
from imagejobs_generated.alibaba_vod.api.images import list_ai_image_info
from imagejobs_generated.alibaba_vod.api.jobs import get_ai_image_jobs, submit_ai_image_job
from imagejobs_generated.huawei_moderation.api.image_batch_jobs import get_image_batch_job_result, list_image_batch_jobs
from imagejobs_generated.sasha.api.jobs import get_job as sasha_get_job
from imagejobs_generated.smile_identity.api.utilities import get_job_status
from imagejobs_generated.smile_identity.models import JobStatusRequest
from imagejobs_generated.tic_lens.api.jobs import get_job as lens_get_job

UA_PREFIX = f"imagejobs/{imagejobs.__version__} "


def _tamper_query(request: httpx.Request) -> None:
    request.url = request.url.copy_add_param("Injected", "1")


def _tamper_json(field: str, value: Any) -> Callable[[httpx.Request], None]:
    def hook(request: httpx.Request) -> None:
        body = json.loads(request.content)
        body[field] = value
        new = json.dumps(body).encode()
        request.stream = httpx.ByteStream(new)
        request._content = new
        request.headers["Content-Length"] = str(len(new))

    return hook


# --- SASHA ------------------------------------------------------------------------------------------------------

SASHA_JOB = {
    "job_id": "j-1",
    "type": "embed-signature",
    "status": "completed",
    "signature_id": "18446744073709551615",
    "created_at": "2024-07-29T15:51:28.071Z",
    "updated_at": "2024-07-29T15:51:28.071Z",
}


def sasha_handler(received: Received) -> Reply:
    if received.path == "/oauth/token":
        expected = "Basic " + base64.b64encode(b"cid:csecret").decode()
        if received.header("Authorization") != expected or received.body != b"grant_type=client_credentials":
            return Reply(401, {"error": "invalid_client", "error_description": "bad client credentials"})
        return Reply(200, {"access_token": "tok-1", "token_type": "Bearer", "expires_in": 3600})
    if received.header("Authorization") != "Bearer tok-1":
        return Reply(401, {"error": {"code": "unauthorized", "message": "bad token"}})
    return Reply(200, {"job": SASHA_JOB})


def test_sasha_sync_and_async_on_the_wire() -> None:
    with serve(sasha_handler) as server:
        client = sasha.client(client_id="cid", client_secret="csecret", base_url=server.url)
        job = sasha_get_job.sync("j-1", client=client)
        assert job.job.signature_id == "18446744073709551615"
        assert asyncio.run(sasha_get_job.asyncio("j-1", client=client)).job.job_id == "j-1"
    paths = [r.path for r in server.received]
    assert paths == ["/oauth/token", "/jobs/j-1", "/jobs/j-1"]  # one token, shared by the sync and async clients
    assert all((r.header("User-Agent") or "").startswith(UA_PREFIX) for r in server.received)


def test_sasha_bad_client_secret_is_a_typed_auth_error() -> None:
    with serve(sasha_handler) as server:
        client = sasha.client(client_id="cid", client_secret="wrong", base_url=server.url)
        with pytest.raises(imagejobs.AuthenticationError) as err:
            sasha_get_job.sync("j-1", client=client)
    assert err.value.code == "invalid_client" and err.value.message == "bad client credentials"
    assert err.value.status_code == 401 and b"invalid_client" in err.value.body


# --- Huawei -----------------------------------------------------------------------------------------------------

HUAWEI_LIST = {"result": [{"job_id": "j", "status": "running"}], "count": 1}


def huawei_aksk_handler(received: Received) -> Reply:
    if not huawei_signature_ok(received, ak="AKID", sk="SECRET/+key"):
        return Reply(401, {"error_code": "APIGW.0301", "error_msg": "Incorrect IAM authentication information",
                           "request_id": "req-401"})  # fmt: skip
    if received.header("X-Project-Id") != "proj" or received.header("X-Security-Token") != "sts-token":
        return Reply(403, {"error_code": "APIGW.0302", "error_msg": "project or token"})
    if received.path.endswith("/moderation/image/batch"):
        return Reply(200, {"result": {"job_id": "j", "status": "finish", "items": []}})
    return Reply(200, HUAWEI_LIST)


def _huawei_aksk(server_url: str, **kwargs: Any) -> huawei_moderation.Client:
    return huawei_moderation.client(
        project_id="proj", ak="AKID", sk="SECRET/+key", security_token="sts-token", base_url=server_url, **kwargs
    )


def test_huawei_aksk_sync_and_async_on_the_wire() -> None:
    with serve(huawei_aksk_handler) as server:
        client = _huawei_aksk(server.url)
        listing = list_image_batch_jobs.sync(client=client, status="running", offset=0, limit=10)
        assert listing.count == 1
        result = asyncio.run(get_image_batch_job_result.asyncio(client=client, job_id="j with space*~"))
        assert result.result.status == "finish"
    first, second = server.received
    assert first.target == "/v2/proj/moderation/image/batch/jobs?limit=10&offset=0&status=running"
    assert second.raw_query == "job_id=j%20with%20space%2A~"  # RFC 3986, exactly as signed
    assert all((r.header("User-Agent") or "").startswith(UA_PREFIX) for r in server.received)
    assert "user-agent" in (first.header("Authorization") or "")  # the User-Agent is signed


def test_huawei_tampered_request_is_refused() -> None:
    with serve(huawei_aksk_handler) as server:
        client = _huawei_aksk(server.url, httpx_args={"event_hooks": {"request": [_tamper_query]}})
        with pytest.raises(imagejobs.AuthenticationError) as err:
            list_image_batch_jobs.sync(client=client)
    assert err.value.code == "APIGW.0301" and err.value.request_id == "req-401"


def test_huawei_iam_password_token_is_fetched_once_and_sent() -> None:
    def handler(received: Received) -> Reply:
        if received.path == "/v3/auth/tokens":
            identity = received.json()["auth"]["identity"]["password"]["user"]
            if identity != {"name": "alice", "password": "pw", "domain": {"name": "dom"}}:
                return Reply(401, {"error": {"code": 401, "message": "The username or password is wrong.",
                                             "title": "Unauthorized"}})  # fmt: skip
            assert received.json()["auth"]["scope"] == {"project": {"id": "proj"}}
            return Reply(201, {"token": {"expires_at": "2999-01-01T00:00:00.000000Z"}}, {"X-Subject-Token": "iam-tok"})
        if received.header("X-Auth-Token") != "iam-tok":
            return Reply(401, {"error_code": "AIS.0002", "error_msg": "The authentication token is abnormal."})
        return Reply(200, HUAWEI_LIST)

    with serve(handler) as server:
        client = huawei_moderation.client(
            project_id="proj", username="alice", password="pw", domain_name="dom", iam_url=server.url,
            base_url=server.url,
        )  # fmt: skip
        for _ in range(3):
            assert list_image_batch_jobs.sync(client=client).count == 1
        assert [r.path for r in server.received].count("/v3/auth/tokens") == 1

        wrong = huawei_moderation.client(
            project_id="proj", username="alice", password="nope", domain_name="dom", iam_url=server.url,
            base_url=server.url,
        )  # fmt: skip
        with pytest.raises(imagejobs.AuthenticationError) as err:
            list_image_batch_jobs.sync(client=wrong)
    assert err.value.message == "The username or password is wrong."


def test_huawei_static_token_and_token_provider() -> None:
    tokens = iter(["t1", "t2"])

    def handler(received: Received) -> Reply:
        return Reply(200, HUAWEI_LIST | {"seen": received.header("X-Auth-Token")})

    with serve(handler) as server:
        static = huawei_moderation.client(project_id="proj", token="static-token", base_url=server.url)
        assert list_image_batch_jobs.sync(client=static).additional_properties["seen"] == "static-token"
        rotating = huawei_moderation.client(project_id="proj", token=lambda: next(tokens), base_url=server.url)
        assert list_image_batch_jobs.sync(client=rotating).additional_properties["seen"] == "t1"
        assert list_image_batch_jobs.sync(client=rotating).additional_properties["seen"] == "t2"


def test_huawei_credentials_provider_is_asked_before_each_request() -> None:
    calls: list[int] = []

    def provider() -> imagejobs.AccessKey:
        calls.append(1)
        return imagejobs.AccessKey.of("AKID", "SECRET/+key", "sts-token")

    with serve(huawei_aksk_handler) as server:
        client = huawei_moderation.client(project_id="proj", credentials=provider, base_url=server.url)
        list_image_batch_jobs.sync(client=client)
        list_image_batch_jobs.sync(client=client)
    assert len(calls) == 2 and len(server.received) == 2


# --- Smile ------------------------------------------------------------------------------------------------------

PARTNER, API_KEY = "085", "smile-api-key"


def smile_reply(body: dict[str, Any], *, good_signature: bool = True) -> Reply:
    from smile_id_core.Signature import Signature

    signed = Signature(PARTNER, API_KEY if good_signature else "other-key").generate_signature()
    return Reply(200, body | {"timestamp": signed["timestamp"], "signature": signed["signature"]})


def smile_handler(received: Received) -> Reply:
    body = received.json()
    if not smile_signature_ok(body, partner_id=PARTNER, api_key=API_KEY):
        return Reply(401, {"code": "2205", "error": "You are not authorized to do that."})
    if body["job_id"] == "missing":
        return Reply(200, {"code": "2304", "error": "Job not found"})
    answer = {
        "code": "2302",
        "job_complete": True,
        "job_success": True,
        "result": {"ResultCode": "1012", "PartnerParams": {"job_id": body["job_id"], "user_id": body["user_id"]}},
    }
    if body["job_id"] == "forged":
        return smile_reply(answer, good_signature=False)
    if body["job_id"] == "unsigned":
        return Reply(200, answer)
    return smile_reply(answer)  # fmt: skip


def test_smile_signs_body_and_verifies_the_answer() -> None:
    with serve(smile_handler) as server:
        client = smile_identity.client(partner_id=PARTNER, api_key=API_KEY, base_url=server.url)
        answer = get_job_status.sync(client=client, body=JobStatusRequest(job_id="j", user_id="u", history=False))
        assert answer.job_complete is True and answer.code == "2302"
        answer = asyncio.run(get_job_status.asyncio(client=client, body=JobStatusRequest(job_id="j", user_id="u")))
        assert answer.job_success is True
    sent = server.received[0].json()
    assert sent["partner_id"] == "085" and sent["job_id"] == "j" and sent["history"] is False
    assert sent["timestamp"].endswith("Z") and "sec_key" not in sent
    assert (server.received[0].header("User-Agent") or "").startswith(UA_PREFIX)


@pytest.mark.parametrize("job_id", ["forged", "unsigned"])
def test_smile_answer_with_bad_or_missing_signature_is_refused(job_id: str) -> None:
    with serve(smile_handler) as server:
        client = smile_identity.client(partner_id=PARTNER, api_key=API_KEY, base_url=server.url)
        with pytest.raises(imagejobs.SignatureError) as err:
            get_job_status.sync(client=client, body=JobStatusRequest(job_id=job_id, user_id="u"))
        assert b"job_complete" in err.value.body
        lax = smile_identity.client(partner_id=PARTNER, api_key=API_KEY, base_url=server.url, verify_responses=False)
        assert get_job_status.sync(client=lax, body=JobStatusRequest(job_id=job_id, user_id="u")).code == "2302"


def test_smile_result_code_2304_on_http_200_is_not_found() -> None:
    with serve(smile_handler) as server:
        client = smile_identity.client(partner_id=PARTNER, api_key=API_KEY, base_url=server.url)
        with pytest.raises(imagejobs.NotFoundError) as err:
            get_job_status.sync(client=client, body=JobStatusRequest(job_id="missing", user_id="u"))
    assert err.value.status_code == 200 and err.value.code == "2304" and err.value.message == "Job not found"


def test_smile_tampered_timestamp_is_refused() -> None:
    with serve(smile_handler) as server:
        hook = _tamper_json("timestamp", "2020-01-01T00:00:00.000Z")
        client = smile_identity.client(
            partner_id=PARTNER, api_key=API_KEY, base_url=server.url, httpx_args={"event_hooks": {"request": [hook]}}
        )
        with pytest.raises(imagejobs.AuthenticationError) as err:
            get_job_status.sync(client=client, body=JobStatusRequest(job_id="j", user_id="u"))
    assert err.value.status_code == 401 and err.value.code == "2205"


def test_smile_legacy_sec_key_on_the_wire() -> None:
    from cryptography.hazmat.primitives.asymmetric import padding

    def handler(received: Received) -> Reply:
        body = received.json()
        encrypted, _, digest = body["sec_key"].partition("|")
        expected = hashlib.sha256(f"{int(body['partner_id'])}:{body['timestamp']}".encode()).hexdigest()
        decrypted = PRIVATE_KEY.decrypt(base64.b64decode(encrypted), padding.PKCS1v15()).decode()
        if not (digest == expected == decrypted) or not isinstance(body["timestamp"], int):
            return Reply(401, {"code": "2305", "error": "Invalid sec_key"})
        ts = body["timestamp"] + 1
        answer_hash = hashlib.sha256(f"{int(body['partner_id'])}:{ts}".encode()).hexdigest()
        sec_key = base64.b64encode(private_encrypt(PRIVATE_KEY, answer_hash.encode())).decode() + "|" + answer_hash
        return Reply(200, {"code": "2302", "job_complete": False, "timestamp": ts, "signature": sec_key})

    with serve(handler) as server:
        client = smile_identity.client(partner_id="85", api_key=PUBLIC_KEY_B64, scheme="sec_key", base_url=server.url)
        answer = get_job_status.sync(client=client, body=JobStatusRequest(job_id="j", user_id="u"))
    assert answer.job_complete is False


# --- Alibaba ----------------------------------------------------------------------------------------------------

ALIBABA_JOBS = {"RequestId": "r-1", "AIImageJobList": [{"JobId": "a", "Status": "success"}]}


def alibaba_handler(received: Received) -> Reply:
    if received.target.startswith("/?") is False:
        return Reply(404, {"Code": "InvalidAction.NotFound", "Message": received.target})
    if received.header("Authorization"):
        ok = alibaba_acs3_signature_ok(received, access_key_id="LTAIkey", secret="s3cr3t+/=")
        action = received.header("x-acs-action")
    else:
        ok = alibaba_v1_signature_ok(received, secret="s3cr3t+/=")
        action = dict(received.query).get("Action")
    if not ok:
        return Reply(400, {"RequestId": "r-err", "HostId": "vod.cn-shanghai.aliyuncs.com",
                           "Code": "SignatureDoesNotMatch",
                           "Message": "Specified signature is not matched with our calculation.",
                           "Recommend": "https://api.aliyun.com/troubleshoot?q=SignatureDoesNotMatch"})  # fmt: skip
    if action == "SubmitAIImageJob":
        return Reply(200, {"RequestId": "r-2", "JobId": "new-job"})
    if action == "ListAIImageInfo":
        return Reply(200, {"RequestId": "r-3", "AIImageInfoList": []})
    return Reply(200, ALIBABA_JOBS)


@pytest.mark.parametrize("scheme", ["v1", "acs3"])
def test_alibaba_actions_on_the_wire(scheme: str) -> None:
    with serve(alibaba_handler) as server:
        client = alibaba_vod.client(
            access_key_id="LTAIkey", access_key_secret="s3cr3t+/=", signature=scheme, base_url=server.url
        )
        assert get_ai_image_jobs.sync(client=client, job_ids="a,b c*").ai_image_job_list[0].job_id == "a"
        submitted = submit_ai_image_job.sync(client=client, video_id="v 1", ai_template_id="t~1", user_data='{"k": 1}')
        assert submitted.job_id == "new-job"
        listed = asyncio.run(list_ai_image_info.asyncio(client=client, video_id="v"))
        assert listed.request_id == "r-3"
    first = server.received[0]
    assert first.method == "POST" and first.path == "/"
    assert "JobIds=a%2Cb%20c%2A" in first.raw_query and "+" not in first.raw_query
    if scheme == "v1":
        assert dict(first.query)["Action"] == "GetAIImageJobs"
    else:
        assert first.header("x-acs-action") == "GetAIImageJobs"
        assert "user-agent" in (first.header("Authorization") or "")


@pytest.mark.parametrize("scheme", ["v1", "acs3"])
def test_alibaba_tampered_request_is_refused(scheme: str) -> None:
    with serve(alibaba_handler) as server:
        client = alibaba_vod.client(
            access_key_id="LTAIkey",
            access_key_secret="s3cr3t+/=",
            signature=scheme,
            base_url=server.url,
            httpx_args={"event_hooks": {"request": [_tamper_query]}},
        )
        with pytest.raises(imagejobs.BadRequestError) as err:
            get_ai_image_jobs.sync(client=client, job_ids="a")
    assert err.value.code == "SignatureDoesNotMatch" and err.value.request_id == "r-err"
    assert err.value.details["Recommend"].startswith("https://")


@pytest.mark.parametrize("scheme", ["v1", "acs3"])
@pytest.mark.parametrize("prefix", ["/sp%20ace", "/v%C3%A9", "/q%3Fx", "/h%23x"])
def test_alibaba_base_url_with_an_encoded_prefix_is_signed_as_sent(scheme: str, prefix: str) -> None:
    """The prefix is signed and sent still encoded: decoded, %20 would be signed as a space, %3F and %23 would cut
    the URL short (a query or fragment of their own)."""

    def handler(received: Received) -> Reply:
        if scheme == "acs3":
            ok = alibaba_acs3_signature_ok(received, access_key_id="LTAIkey", secret="s3cr3t+/=")
        else:
            ok = alibaba_v1_signature_ok(received, secret="s3cr3t+/=")
        if not ok or not received.target.startswith(f"{prefix}/?"):
            return Reply(400, {"Code": "SignatureDoesNotMatch", "Message": received.target})
        return Reply(200, ALIBABA_JOBS)

    with serve(handler) as server:
        client = alibaba_vod.client(access_key_id="LTAIkey", access_key_secret="s3cr3t+/=", signature=scheme,
                                    base_url=server.url + prefix)  # fmt: skip
        assert get_ai_image_jobs.sync(client=client, job_ids="a").ai_image_job_list[0].job_id == "a"
        answer = asyncio.run(get_ai_image_jobs.asyncio(client=client, job_ids="a"))
        assert answer.ai_image_job_list[0].job_id == "a"
    assert len(server.received) == 2


def test_alibaba_sts_credentials_provider_rotates() -> None:
    keys = iter(["tok-1", "tok-2"])
    seen: list[str | None] = []

    def handler(received: Received) -> Reply:
        seen.append(dict(received.query).get("SecurityToken"))
        return alibaba_handler(received)

    with serve(handler) as server:
        client = alibaba_vod.client(
            credentials=lambda: imagejobs.AccessKey.of("LTAIkey", "s3cr3t+/=", next(keys)),
            signature="v1",
            base_url=server.url,
        )
        get_ai_image_jobs.sync(client=client, job_ids="a")
        get_ai_image_jobs.sync(client=client, job_ids="a")
    assert seen == ["tok-1", "tok-2"]


# --- Lens -------------------------------------------------------------------------------------------------------

GUID = "3c90c3cc-0d44-4b50-8888-8dd25736052a"


def lens_handler(received: Received) -> Reply:
    if received.header("x-api-key") != "lens-key":
        return Reply(401, {"title": "Unauthorized", "status": 401, "detail": "Invalid API key", "traceId": "t-1"})
    return Reply(200, {"sentinelJobGuid": GUID, "status": "processing", "progress": 40})


def test_lens_sync_async_and_bad_key() -> None:
    with serve(lens_handler) as server:
        client = tic_lens.client(api_key="lens-key", base_url=server.url)
        assert lens_get_job.sync(UUID(GUID), client=client).progress == 40
        assert asyncio.run(lens_get_job.asyncio(UUID(GUID), client=client)).status == "processing"
        with pytest.raises(imagejobs.AuthenticationError) as err:
            lens_get_job.sync(UUID(GUID), client=tic_lens.client(api_key="nope", base_url=server.url))
    assert err.value.message == "Invalid API key" and err.value.request_id == "t-1"
    assert (server.received[0].header("User-Agent") or "").startswith(UA_PREFIX)


def test_raw_httpx_requests_are_authenticated_too() -> None:
    with serve(alibaba_handler) as server:
        client = alibaba_vod.client(access_key_id="LTAIkey", access_key_secret="s3cr3t+/=", base_url=server.url)
        response = client.get_httpx_client().request("POST", "/GetAIImageJobs", params={"JobIds": "a"})
    assert response.status_code == 200 and response.json() == ALIBABA_JOBS

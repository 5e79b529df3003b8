"""No secret in repr() of any client or auth object, in any log record at DEBUG, or in any exception message."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import pytest
from _loopback import Received, Reply, serve
from test_signing_differential import PUBLIC_KEY_B64

import imagejobs
from imagejobs import alibaba_vod, huawei_moderation, sasha, smile_identity, tic_lens
from imagejobs_generated.alibaba_vod.api.jobs import get_ai_image_jobs
from imagejobs_generated.huawei_moderation.api.image_batch_jobs import list_image_batch_jobs
from imagejobs_generated.sasha.api.jobs import list_jobs
from imagejobs_generated.smile_identity.api.utilities import get_job_status
from imagejobs_generated.smile_identity.models import JobStatusRequest
from imagejobs_generated.tic_lens.api.capabilities import get_capabilities

SECRETS = {
    "sasha_secret": "S3CRET-sasha-client-secret",
    "sasha_token": "S3CRET-sasha-bearer-token",
    "huawei_sk": "S3CRET-huawei-sk",
    "huawei_sts": "S3CRET-huawei-security-token",
    "huawei_token": "S3CRET-huawei-x-auth-token",
    "huawei_password": "S3CRET-huawei-password",
    "iam_token": "S3CRET-iam-subject-token",
    "smile_key": "S3CRET-smile-api-key",
    "alibaba_secret": "S3CRET-alibaba-secret",
    "alibaba_sts": "S3CRET-alibaba-sts-token",
    "lens_key": "S3CRET-lens-api-key",
}


def _refuse_everything(received: Received) -> Reply:
    """A vendor that refuses every call and echoes nothing back: every error path runs."""
    if received.path == "/oauth/token":
        return Reply(200, {"access_token": SECRETS["sasha_token"], "expires_in": 3600})
    if received.path == "/v3/auth/tokens":
        return Reply(201, {"token": {}}, {"X-Subject-Token": SECRETS["iam_token"]})
    return Reply(401, {"code": "401", "message": "denied", "error_code": "X", "error_msg": "denied", "Code": "X"})


def _clients(url: str) -> list[Any]:
    return [
        sasha.client(client_id="cid", client_secret=SECRETS["sasha_secret"], base_url=url),
        huawei_moderation.client(
            project_id="p", ak="AK", sk=SECRETS["huawei_sk"], security_token=SECRETS["huawei_sts"], base_url=url
        ),
        huawei_moderation.client(project_id="p", token=SECRETS["huawei_token"], base_url=url),
        huawei_moderation.client(
            project_id="p", username="u", password=SECRETS["huawei_password"], domain_name="d", iam_url=url,
            base_url=url,
        ),
        smile_identity.client(partner_id="1", api_key=SECRETS["smile_key"], base_url=url),
        alibaba_vod.client(
            access_key_id="AK", access_key_secret=SECRETS["alibaba_secret"], security_token=SECRETS["alibaba_sts"],
            signature="v1", base_url=url,
        ),
        alibaba_vod.client(
            access_key_id="AK", access_key_secret=SECRETS["alibaba_secret"], security_token=SECRETS["alibaba_sts"],
            base_url=url,
        ),
        tic_lens.client(api_key=SECRETS["lens_key"], base_url=url),
    ]  # fmt: skip


def _call(client: Any) -> None:
    vendor = type(client).__module__.split(".")[1]
    if vendor == "sasha":
        list_jobs.sync(client=client)
    elif vendor == "huawei_moderation":
        list_image_batch_jobs.sync(client=client)
    elif vendor == "smile_identity":
        get_job_status.sync(client=client, body=JobStatusRequest(job_id="j", user_id="u"))
    elif vendor == "alibaba_vod":
        get_ai_image_jobs.sync(client=client, job_ids="a")
    else:
        get_capabilities.sync(client=client)


def _assert_clean(text: str) -> None:
    for name, secret in SECRETS.items():
        assert secret not in text, f"{name} leaked"


def test_no_secret_in_reprs_logs_or_errors(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    texts: list[str] = []
    with serve(_refuse_everything) as server:
        for client in _clients(server.url):
            texts += [repr(client), str(client), repr(client.get_httpx_client().auth)]
            with pytest.raises(imagejobs.ImageJobsError) as err:
                _call(client)
            texts += [str(err.value), repr(err.value), repr(err.value.args)]
            client.get_httpx_client().close()
    assert len([t for t in texts if "HTTP 401" in t]) >= 8
    texts += [record.getMessage() for record in caplog.records]
    assert any("HTTP Request" in record.getMessage() for record in caplog.records)  # httpx did log, redacted
    _assert_clean("\n".join(texts))


@pytest.mark.slow
def test_transport_errors_carry_no_secret() -> None:
    import socket

    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        url = f"http://127.0.0.1:{sock.getsockname()[1]}"
    for client in _clients(url):
        with pytest.raises(imagejobs.TransportError) as err:
            _call(client)
        _assert_clean(str(err.value) + repr(err.value))


def test_async_errors_carry_no_secret(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)

    async def main(url: str) -> list[str]:
        client = alibaba_vod.client(
            access_key_id="AK", access_key_secret=SECRETS["alibaba_secret"], security_token=SECRETS["alibaba_sts"],
            signature="v1", base_url=url,
        )  # fmt: skip
        with pytest.raises(imagejobs.AuthenticationError) as err:
            await get_ai_image_jobs.asyncio(client=client, job_ids="a")
        return [str(err.value)]

    with serve(_refuse_everything) as server:
        texts = asyncio.run(main(server.url))
    _assert_clean("\n".join(texts + [r.getMessage() for r in caplog.records]))


def test_access_key_and_auth_reprs() -> None:
    key = imagejobs.AccessKey.of("AKID", SECRETS["alibaba_secret"], SECRETS["alibaba_sts"])
    legacy = smile_identity.client(partner_id="1", api_key=PUBLIC_KEY_B64, scheme="sec_key")
    texts = [repr(key), str(key), repr(legacy), repr(legacy.get_httpx_client().auth)]
    _assert_clean("\n".join(texts))
    assert PUBLIC_KEY_B64 not in "\n".join(texts)
    assert "AKID" in repr(key)

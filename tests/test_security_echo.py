"""Issue 13, point 6: a vendor that echoes what it was sent never makes us repeat a secret.

The loopback server answers every request with an error whose message, body, headers (``Location`` included) and
request id repeat every request header, the request target and the body. The configured secrets must then appear in
no exception (message, repr, attributes), in no log record of any logger at DEBUG (ours, httpx's, httpcore's,
aiohttp's), and nowhere in the CLI's output; the fixed marker shows that the echo was there and was replaced.
"""

from __future__ import annotations

import asyncio
import base64
import logging
from collections.abc import Iterator
from typing import Any

import pytest
from _loopback import LoopbackServer, Received, Reply, serve

import imagejobs
from imagejobs import alibaba_vod, cli, huawei_moderation, sasha, smile_identity, tic_lens
from imagejobs._redact import MARKER
from imagejobs_generated.alibaba_vod.api.jobs import get_ai_image_jobs
from imagejobs_generated.huawei_moderation.api.image_batch_jobs import list_image_batch_jobs
from imagejobs_generated.sasha.api.jobs import list_jobs
from imagejobs_generated.smile_identity.api.utilities import get_job_status
from imagejobs_generated.smile_identity.models import JobStatusRequest
from imagejobs_generated.tic_lens.api.capabilities import get_capabilities

SECRETS = {
    "sasha_secret": "S3CRET-echo-sasha-client-secret",
    "sasha_token": "S3CRET-echo-sasha-bearer",
    "huawei_token": "S3CRET-echo-huawei-token",
    "huawei_sk": "S3CRET-echo-huawei-sk",
    "huawei_sts": "S3CRET-echo-huawei-sts/+=",
    "huawei_password": "S3CRET-echo-huawei-password",
    "iam_token": "S3CRET-echo-iam-subject-token",
    "smile_key": "S3CRET-echo-smile-api-key",
    "alibaba_secret": "S3CRET-echo-alibaba-secret",
    "alibaba_sts": "S3CRET-echo-alibaba-sts+/=",
    "lens_key": "S3CRET-echo-lens-key",
}


def _echo(received: Received) -> Reply:
    """The request, repeated everywhere an error answer can carry text."""
    if received.path == "/oauth/token" and received.header("authorization") != _basic("echo"):
        return Reply(200, {"access_token": SECRETS["sasha_token"], "expires_in": 3600})
    if received.path == "/v3/auth/tokens" and b'"name": "echo"' not in received.body:
        return Reply(201, {"token": {}}, {"X-Subject-Token": SECRETS["iam_token"]})
    echoed = "; ".join(f"{name}: {value}" for name, value in received.headers)
    echoed += f"; target: {received.target}; body: {received.body.decode('utf-8', 'replace')}"
    body = {"code": "E", "message": echoed, "error_code": "E", "error_msg": echoed, "Code": "E", "Message": echoed,
            "detail": echoed, "RequestId": echoed, "request_id": echoed, "Recommend": echoed}  # fmt: skip
    headers = {"Location": received.target, "X-Echo": echoed[:2000].encode("latin-1", "replace").decode("latin-1"),
               "X-Request-Id": echoed[:200]}  # fmt: skip
    return Reply(400, body, headers)


def _basic(client_id: str) -> str:
    return "Basic " + base64.b64encode(f"{client_id}:{SECRETS['sasha_secret']}".encode()).decode()


def _clients(url: str) -> dict[str, Any]:
    return {
        "sasha": sasha.client(client_id="cid", client_secret=SECRETS["sasha_secret"], base_url=url),
        "sasha_token_endpoint": sasha.client(client_id="echo", client_secret=SECRETS["sasha_secret"], base_url=url),
        "huawei_token": huawei_moderation.client(project_id="p", token=SECRETS["huawei_token"], base_url=url),
        "huawei_aksk": huawei_moderation.client(
            project_id="p", ak="AK", sk=SECRETS["huawei_sk"], security_token=SECRETS["huawei_sts"], base_url=url
        ),
        "huawei_iam": huawei_moderation.client(
            project_id="p", username="u", password=SECRETS["huawei_password"], domain_name="d", iam_url=url,
            base_url=url,
        ),
        "huawei_iam_endpoint": huawei_moderation.client(
            project_id="p", username="echo", password=SECRETS["huawei_password"], domain_name="d", iam_url=url,
            base_url=url,
        ),
        "smile": smile_identity.client(partner_id="085", api_key=SECRETS["smile_key"], base_url=url),
        "alibaba_v1": alibaba_vod.client(
            access_key_id="AK", access_key_secret=SECRETS["alibaba_secret"], security_token=SECRETS["alibaba_sts"],
            signature="v1", base_url=url,
        ),
        "alibaba_acs3": alibaba_vod.client(
            access_key_id="AK", access_key_secret=SECRETS["alibaba_secret"], security_token=SECRETS["alibaba_sts"],
            base_url=url,
        ),
        "lens": tic_lens.client(api_key=SECRETS["lens_key"], base_url=url),
    }  # fmt: skip


def _operation(name: str) -> tuple[Any, dict[str, Any]]:
    if name.startswith("sasha"):
        return list_jobs, {}
    if name.startswith("huawei"):
        return list_image_batch_jobs, {}
    if name == "smile":
        return get_job_status, {"body": JobStatusRequest(job_id="j", user_id="u")}
    if name.startswith("alibaba"):
        return get_ai_image_jobs, {"job_ids": "a"}
    return get_capabilities, {}


def _exception_texts(exc: BaseException) -> list[str]:
    texts = [str(exc), repr(exc), repr(exc.args)]
    for attribute in ("message", "code", "request_id", "location", "url", "headers", "details"):
        texts.append(repr(getattr(exc, attribute, None)))
    body = getattr(exc, "body", None)
    if isinstance(body, bytes):
        texts.append(body.decode("utf-8", "replace"))
    return texts


def _clean(texts: list[str]) -> None:
    joined = "\n".join(texts)
    leaked = [name for name, secret in SECRETS.items() if secret in joined]
    encoded = [name for name, secret in SECRETS.items() if secret.replace("/", "%2F").replace("+", "%2B") in joined]
    assert leaked == [] and encoded == [], f"leaked: {leaked + encoded}"
    assert base64.b64encode(f"echo:{SECRETS['sasha_secret']}".encode()).decode() not in joined


@pytest.fixture
def echo_server() -> Iterator[LoopbackServer]:
    with serve(_echo) as server:
        yield server


def test_echoed_secrets_reach_no_exception_and_no_log_sync(
    echo_server: LoopbackServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)  # the root logger: every logger's records
    texts: list[str] = []
    for name, client in _clients(echo_server.url).items():
        operation, kwargs = _operation(name)
        with pytest.raises(imagejobs.APIStatusError) as err:
            imagejobs.call(operation, client=client, **kwargs)
        exc_texts = _exception_texts(err.value)
        # Smile's key never travels (only an HMAC made with it): nothing of it to echo
        assert name == "smile" or MARKER in "\n".join(exc_texts), f"{name}: nothing was echoed to replace"
        texts += exc_texts
        client.get_httpx_client().close()
    records = [record.getMessage() for record in caplog.records]
    assert any(record.name.startswith("httpcore") for record in caplog.records)  # httpcore did log at DEBUG
    assert any(MARKER in message for message in records)  # and the echoed headers were replaced
    _clean(texts + records)


def test_echoed_secrets_reach_no_exception_and_no_log_async(
    echo_server: LoopbackServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)

    async def main() -> list[str]:
        texts: list[str] = []
        for name, client in _clients(echo_server.url).items():
            operation, kwargs = _operation(name)
            async with client.get_async_httpx_client():
                with pytest.raises(imagejobs.APIStatusError) as err:
                    await imagejobs.acall(operation, client=client, **kwargs)
            exc_texts = _exception_texts(err.value)
            assert name == "smile" or MARKER in "\n".join(exc_texts), name
            texts += exc_texts
        return texts

    texts = asyncio.run(main())
    _clean(texts + [record.getMessage() for record in caplog.records])


def test_echoed_secrets_reach_no_cli_output(
    echo_server: LoopbackServer, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    url = echo_server.url
    environments = {
        "sasha": {"CLIENT_ID": "cid", "CLIENT_SECRET": SECRETS["sasha_secret"]},
        "huawei_moderation": {"PROJECT_ID": "p", "TOKEN": SECRETS["huawei_token"]},
        "smile_identity": {"PARTNER_ID": "085", "API_KEY": SECRETS["smile_key"]},
        "alibaba_vod": {
            "ACCESS_KEY_ID": "AK",
            "ACCESS_KEY_SECRET": SECRETS["alibaba_secret"],
            "SECURITY_TOKEN": SECRETS["alibaba_sts"],
            "SIGNATURE": "v1",
        },
        "tic_lens": {"API_KEY": SECRETS["lens_key"]},
    }
    outputs = []
    for vendor, variables in environments.items():
        for name, value in {**variables, "BASE_URL": url}.items():
            monkeypatch.setenv(f"IMAGEJOBS_{vendor.upper()}_{name}", value)
        job_id = "3c90c3cc-0d44-4b50-8888-8dd25736052a" if vendor == "tic_lens" else "job-1"
        argv = ["status", vendor, job_id] + (["--user-id", "u"] if vendor == "smile_identity" else [])
        code = cli.main(argv)
        captured = capsys.readouterr()
        assert code != 0, vendor
        assert vendor == "smile_identity" or MARKER in captured.err, f"{vendor}: {captured.err}"
        outputs += [captured.out, captured.err]
    _clean(outputs)

"""At DEBUG the Huawei and Alibaba signers log the canonical request and the string to sign, security tokens redacted,
so that a refused signature can be compared with what the vendor says it expected."""

from __future__ import annotations

import hashlib
import logging
from urllib.parse import parse_qsl, quote

import pytest
from _loopback import Received, Reply, serve

from imagejobs import alibaba_vod, huawei_moderation
from imagejobs_generated.alibaba_vod.api.jobs import get_ai_image_jobs
from imagejobs_generated.huawei_moderation.api.image_batch_jobs import list_image_batch_jobs

TOKEN = "sts/token+with=odd chars"
JOBS = {"RequestId": "r", "AIImageJobList": [{"JobId": "a", "Status": "success"}]}


def _signed(caplog: pytest.LogCaptureFixture) -> list[tuple[str, str]]:
    """(canonical request, string to sign) of every signing record."""
    found = []
    for record in caplog.records:
        if record.name == "imagejobs.signing":
            text = record.getMessage()
            assert TOKEN not in text and quote(TOKEN, safe="~") not in text  # never the token itself
            canonical, string_to_sign = text.split(": canonical request:\n", 1)[1].split("\nstring to sign:\n")
            found.append((canonical, string_to_sign))
    return found


def _restored(text: str) -> str:
    """The redacted canonical request with the token put back (for comparing hashes with what was signed)."""
    return text.replace("***", TOKEN)


def test_huawei_logs_canonical_request_and_string_to_sign(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="imagejobs.signing")
    with serve(lambda received: Reply(200, {"result": [], "count": 0})) as server:
        client = huawei_moderation.client(project_id="p", ak="AK", sk="SK", security_token=TOKEN, base_url=server.url)
        list_image_batch_jobs.sync(client=client, status="running", limit=5)
    [(canonical, string_to_sign)] = _signed(caplog)
    lines = canonical.split("\n")
    assert lines[0] == "GET" and lines[1] == "/v2/p/moderation/image/batch/jobs/"
    assert lines[2] == "limit=5&status=running" and "x-security-token:***" in lines
    algorithm, date, digest = string_to_sign.split("\n")
    assert algorithm == "SDK-HMAC-SHA256" and date == server.received[0].header("X-Sdk-Date")
    assert digest == hashlib.sha256(_restored(canonical).encode()).hexdigest()


def _alibaba_v1_expected(received: Received) -> str:
    """The string to sign as Alibaba computes it from the request it received (and returns on a mismatch)."""
    pairs = sorted((k, v) for k, v in parse_qsl(received.raw_query, keep_blank_values=True) if k != "Signature")
    query = "&".join(f"{quote(k, safe='~')}={quote(v, safe='~')}" for k, v in pairs)
    return f"{received.method}&%2F&{quote(query, safe='~')}"


def test_alibaba_v1_logs_the_string_alibaba_would_return(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="imagejobs")
    with serve(lambda received: Reply(200, JOBS)) as server:
        client = alibaba_vod.client(access_key_id="AK", access_key_secret="SK", security_token=TOKEN, signature="v1",
                                    base_url=server.url)  # fmt: skip
        get_ai_image_jobs.sync(client=client, job_ids="a")
    [(canonical, string_to_sign)] = _signed(caplog)
    assert "SecurityToken=***" in canonical and "SecurityToken%3D***" in string_to_sign
    expected = _alibaba_v1_expected(server.received[0])
    assert string_to_sign == expected.replace(quote(quote(TOKEN, safe="~"), safe="~"), "***")


def test_alibaba_acs3_logs_canonical_request_and_string_to_sign(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="imagejobs.signing")
    with serve(lambda received: Reply(200, JOBS)) as server:
        client = alibaba_vod.client(access_key_id="AK", access_key_secret="SK", security_token=TOKEN,
                                    base_url=server.url)  # fmt: skip
        get_ai_image_jobs.sync(client=client, job_ids="a")
    [(canonical, string_to_sign)] = _signed(caplog)
    lines = canonical.split("\n")
    assert lines[:3] == ["POST", "/", "JobIds=a"] and "x-acs-security-token:***" in lines
    assert "x-acs-action:GetAIImageJobs" in lines
    algorithm, digest = string_to_sign.split("\n")
    assert algorithm == "ACS3-HMAC-SHA256"
    assert digest == hashlib.sha256(_restored(canonical).encode()).hexdigest()


def test_nothing_is_logged_above_debug(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="imagejobs")
    with serve(lambda received: Reply(200, JOBS)) as server:
        client = alibaba_vod.client(access_key_id="AK", access_key_secret="SK", base_url=server.url)
        get_ai_image_jobs.sync(client=client, job_ids="a")
    assert _signed(caplog) == []

"""Webhooks and callbacks: good, tampered, missing and replayed signatures."""

from __future__ import annotations

import hashlib
import hmac
import json
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

import imagejobs
from imagejobs import JobState, sasha, smile_identity, tic_lens

SECRET_ID, SECRET = "cs_1", "8f3b" * 16  # a Callback Secret: 64 hex characters
URL = "https://partner.example.com/hooks/sasha"
JOB = {"job_id": "s-1", "type": "embed-signature", "status": "completed", "signature_id": "18446744073709551615",
       "created_at": "2024-07-29T15:51:28.071Z", "updated_at": "2024-07-29T15:52:00Z"}  # fmt: skip


def sasha_headers(body: bytes, *, request_id: str = "req-1", secret: str = SECRET, url: str = URL) -> dict[str, str]:
    # Computed here from the documented algorithm, independently of imagejobs.sasha.
    message = b"POST" + url.encode() + request_id.encode() + body
    signature = hmac.new(bytes.fromhex(secret), message, hashlib.sha256).hexdigest()
    return {"SASHA-Request-ID": request_id, "SASHA-Request-Signature": signature, "SASHA-Callback-Secret-ID": SECRET_ID}


def test_sasha_good_callback_gives_the_job() -> None:
    body = json.dumps(JOB).encode()
    job = sasha.verify_and_parse("POST", URL, sasha_headers(body), body, secrets={SECRET_ID: SECRET})
    assert job.job_id == "s-1" and job.state is JobState.completed
    assert job.result["signature_id"] == "18446744073709551615" and job.raw == JOB


def test_sasha_signature_ignores_query_and_fragment_and_header_case() -> None:
    body = json.dumps(JOB).encode()
    headers = [(k.lower().encode(), v.encode()) for k, v in sasha_headers(body).items()]  # ASGI-style raw headers
    job = sasha.verify_and_parse("post", URL + "?attempt=2#x", headers, body, secrets={SECRET_ID: SECRET})
    assert job.job_id == "s-1"


@pytest.mark.parametrize(
    "tamper",
    [
        lambda h, b: (h, b.replace(b"completed", b"failed")),  # body changed
        lambda h, b: ({**h, "SASHA-Request-ID": "req-2"}, b),  # request id changed
        lambda h, b: ({**h, "SASHA-Request-Signature": "0" * 64}, b),  # signature forged
        lambda h, b: (sasha_headers(b, secret="00" * 32), b),  # signed with another secret
        lambda h, b: (sasha_headers(b, url="https://evil.example.com/hooks/sasha"), b),  # for another URL
    ],
)
def test_sasha_tampered_callback_is_refused(tamper: Any) -> None:
    body = json.dumps(JOB).encode()
    headers, body = tamper(sasha_headers(body), body)
    with pytest.raises(imagejobs.SignatureError):
        sasha.verify_and_parse("POST", URL, headers, body, secrets={SECRET_ID: SECRET})


@pytest.mark.parametrize("missing", ["SASHA-Request-ID", "SASHA-Request-Signature"])
def test_sasha_missing_signature_headers_are_refused(missing: str) -> None:
    body = json.dumps(JOB).encode()
    headers = {k: v for k, v in sasha_headers(body).items() if k != missing}
    with pytest.raises(imagejobs.SignatureError, match="without"):
        sasha.verify_and_parse("POST", URL, headers, body, secrets={SECRET_ID: SECRET})


def test_sasha_secret_is_chosen_by_id() -> None:
    body = json.dumps(JOB).encode()
    secrets = {"cs_0": "11" * 32, SECRET_ID: SECRET}
    assert sasha.verify_and_parse("POST", URL, sasha_headers(body), body, secrets=secrets).job_id == "s-1"
    with pytest.raises(imagejobs.SignatureError, match="unknown Callback Secret ID"):
        sasha.verify_and_parse("POST", URL, sasha_headers(body), body, secrets={"cs_0": "11" * 32})


def test_sasha_replayed_request_id_is_refused() -> None:
    body = json.dumps(JOB).encode()
    seen = imagejobs.MemoryRequestIdStore()
    sasha.verify_and_parse("POST", URL, sasha_headers(body), body, secrets={SECRET_ID: SECRET}, seen=seen)
    with pytest.raises(imagejobs.ReplayError):
        sasha.verify_and_parse("POST", URL, sasha_headers(body), body, secrets={SECRET_ID: SECRET}, seen=seen)
    other = sasha_headers(body, request_id="req-2")
    assert sasha.verify_and_parse("POST", URL, other, body, secrets={SECRET_ID: SECRET}, seen=seen).job_id == "s-1"


def test_sasha_malformed_secret_and_body() -> None:
    body = json.dumps(JOB).encode()
    with pytest.raises(imagejobs.CredentialsError):
        sasha.verify_and_parse("POST", URL, sasha_headers(body), body, secrets={SECRET_ID: "not-hex"})
    junk = b"<html>oops</html>"
    with pytest.raises(imagejobs.ResponseError):
        sasha.verify_and_parse("POST", URL, sasha_headers(junk), junk, secrets={SECRET_ID: SECRET})


def test_memory_store_forgets_after_its_limit() -> None:
    store = imagejobs.MemoryRequestIdStore(max_ids=2)
    assert store.add("a") and store.add("b") and not store.add("b")
    assert store.add("c") and store.add("a")  # "a" was forgotten to make room


# --- Smile ------------------------------------------------------------------------------------------------------

# The documented check value (vendors.md): key test-api-key, partner 085, this timestamp.
DOC_TIMESTAMP, DOC_SIGNATURE = "2024-01-01T00:00:00.000Z", "xrmz+m4KBT88bYAM+RCRIlfcyZF3DpAxrgvkyFzZZFE="
CALLBACK = {"ResultCode": "0810", "ResultText": "Enroll User", "SmileJobID": "0000001897", "IsFinalResult": "true",
            "PartnerParams": {"job_id": "m-1", "user_id": "u-1", "job_type": 4}, "ConfidenceValue": "99.2"}  # fmt: skip
NOW = datetime(2024, 1, 1, 0, 1, tzinfo=UTC)


def smile_body(**overrides: Any) -> bytes:
    return json.dumps(CALLBACK | {"timestamp": DOC_TIMESTAMP, "signature": DOC_SIGNATURE} | overrides).encode()


def test_smile_good_callback_with_the_documented_signature() -> None:
    job = smile_identity.verify_and_parse(
        "POST", "https://x/cb", {}, smile_body(), partner_id="085", api_key="test-api-key", now=NOW
    )
    assert job.job_id == "m-1" and job.ref.extra == {"user_id": "u-1"} and job.state is JobState.completed
    assert job.result["ResultCode"] == "0810" and job.result["SmileJobID"] == "0000001897"


@pytest.mark.parametrize(
    "body",
    [
        smile_body(signature="A" + DOC_SIGNATURE[1:]),  # forged
        smile_body(timestamp="2024-01-01T00:00:01.000Z"),  # timestamp changed after signing
        json.dumps(CALLBACK | {"timestamp": DOC_TIMESTAMP}).encode(),  # signature missing
        json.dumps(CALLBACK).encode(),  # both missing
    ],
)
def test_smile_bad_or_missing_signature_is_refused(body: bytes) -> None:
    with pytest.raises(imagejobs.SignatureError):
        smile_identity.verify_and_parse(
            "POST", "https://x/cb", {}, body, partner_id="085", api_key="test-api-key", now=NOW
        )


@pytest.mark.parametrize("delta", [timedelta(minutes=6), timedelta(minutes=-8), timedelta(days=400)])
def test_smile_replayed_or_future_callback_is_refused(delta: timedelta) -> None:
    with pytest.raises(imagejobs.ReplayError):
        smile_identity.verify_and_parse(
            "POST", "https://x/cb", {}, smile_body(), partner_id="085", api_key="test-api-key", now=NOW + delta
        )
    wide = smile_identity.verify_and_parse(
        "POST", "https://x/cb", {}, smile_body(), partner_id="085", api_key="test-api-key", now=NOW + delta,
        max_age=abs(delta.total_seconds()) + 120,
    )  # fmt: skip
    assert wide.job_id == "m-1"


# --- Lens -------------------------------------------------------------------------------------------------------

LENS = {"sentinelJobGuid": "3c90c3cc-0d44-4b50-8888-8dd25736052a", "status": "completed", "riskLevel": "low"}


def test_lens_webhook_without_a_verifier_is_parsed() -> None:
    job = tic_lens.verify_and_parse("POST", "https://x/lens", {}, json.dumps(LENS).encode())
    assert job.state is JobState.completed and job.result["riskLevel"] == "low"


def test_lens_verifier_decides() -> None:
    calls: list[tuple[Any, ...]] = []

    def verifier(method: str, url: str, headers: Any, body: bytes) -> bool:
        calls.append((method, url, dict(headers), body))
        return dict(headers).get("x-lens-signature") == "ok"

    body = json.dumps(LENS).encode()
    assert tic_lens.verify_and_parse("POST", "https://x", {"x-lens-signature": "ok"}, body, verifier=verifier)
    with pytest.raises(imagejobs.SignatureError):
        tic_lens.verify_and_parse("POST", "https://x", {"x-lens-signature": "no"}, body, verifier=verifier)
    assert calls[0] == ("POST", "https://x", {"x-lens-signature": "ok"}, body)


# --- every vendor -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("body", [b'{"x":' + b"[" * 5000 + b"]" * 5000 + b"}", b"[" * 100_000], ids=["deep", "open"])
def test_json_nested_past_the_decoders_depth_is_a_typed_error(body: bytes) -> None:
    """Smile decodes the body before checking its signature: an unauthenticated sender reaches the decoder."""
    calls: list[Any] = [
        lambda: sasha.verify_and_parse("POST", URL, sasha_headers(body), body, secrets={SECRET_ID: SECRET}),
        lambda: tic_lens.verify_and_parse("POST", "https://x", {}, body),
    ]
    for call in calls:
        with pytest.raises(imagejobs.ResponseError, match="not JSON"):
            call()
    # Smile's signature is in the body: a body that is not a JSON object carries none
    with pytest.raises(imagejobs.SignatureError, match="not a JSON object"):
        smile_identity.verify_and_parse("POST", "https://x", {}, body, partner_id="085", api_key="k", now=NOW)

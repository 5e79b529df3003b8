"""Issue 13, points 4 and 5: no forged or replayed callback is taken for the vendor's word.

Secrets are checked when passed; any header or body shape ends in SignatureError; bodies are capped before anything
reads them (measured in memory); ``confirm=client`` returns the job as the vendor's API reports it (against the
sandboxes); Smile answers replayed from the past are refused.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import math
import tracemalloc
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import imagejobs
from imagejobs import JobState, sasha, smile_identity, tic_lens
from imagejobs.sandbox import DEMO, Fault, Sandbox, Timings
from imagejobs.sandbox._smile_identity import SMILE_SEEDED

SECRET_ID, SECRET = "cs_1", "8f3b" * 16
URL = "https://partner.example.com/hooks/sasha"
JOB = {"job_id": "s-1", "type": "embed-signature", "status": "completed", "signature_id": "1"}
BODY = json.dumps(JOB).encode()
SMILE_KEY, SMILE_PARTNER = "test-api-key", "085"
NOW = datetime(2024, 1, 1, 0, 1, tzinfo=UTC)
STAMP = "2024-01-01T00:00:00.000Z"
SMILE_CALLBACK = {"ResultCode": "0810", "ResultText": "Enroll User", "IsFinalResult": "true",
                  "PartnerParams": {"job_id": "m-1", "user_id": "u-1", "job_type": 4}}  # fmt: skip


def sasha_headers(body: bytes, request_id: str = "req-1") -> dict[str, str]:
    message = b"POST" + URL.encode() + request_id.encode() + body
    signature = hmac.new(bytes.fromhex(SECRET), message, hashlib.sha256).hexdigest()
    return {"SASHA-Request-ID": request_id, "SASHA-Request-Signature": signature, "SASHA-Callback-Secret-ID": SECRET_ID}


def smile_body(**overrides: Any) -> bytes:
    signature = smile_identity.generate_signature(SMILE_KEY, SMILE_PARTNER, STAMP)
    return json.dumps(SMILE_CALLBACK | {"timestamp": STAMP, "signature": signature} | overrides).encode()


# --- secrets checked when passed ---------------------------------------------------------------------------------


@pytest.mark.parametrize("secret", ["", "ab", "00" * 15, "zz" * 16, "8f3b" * 4 + "x", " " * 32])
def test_a_sasha_secret_that_is_too_short_or_not_hex_is_refused(secret: str) -> None:
    with pytest.raises(imagejobs.CredentialsError, match="at least 16 bytes"):
        sasha.verify_and_parse("POST", URL, sasha_headers(BODY), BODY, secrets={SECRET_ID: secret})


def test_no_sasha_secret_at_all_is_refused() -> None:
    with pytest.raises(imagejobs.CredentialsError, match="no callback secrets"):
        sasha.verify_and_parse("POST", URL, sasha_headers(BODY), BODY, secrets={})


def test_a_16_byte_sasha_secret_is_enough() -> None:
    secret = "00" * 16
    message = b"POST" + URL.encode() + b"r" + BODY
    headers = {"SASHA-Request-ID": "r", "SASHA-Request-Signature": hmac.new(bytes(16), message, "sha256").hexdigest()}
    assert sasha.verify_and_parse("POST", URL, headers, BODY, secrets={"id": secret}).job_id == "s-1"


@pytest.mark.parametrize(("partner_id", "api_key"), [("", SMILE_KEY), (" ", SMILE_KEY), ("085", ""), ("085", "  ")])
def test_an_empty_smile_partner_id_or_api_key_is_refused(partner_id: str, api_key: str) -> None:
    with pytest.raises(imagejobs.CredentialsError, match="must not be empty"):
        smile_identity.verify_and_parse("POST", "https://x", {}, smile_body(), partner_id=partner_id, api_key=api_key,
                                        now=NOW)  # fmt: skip


@pytest.mark.parametrize("max_age", [math.nan, math.inf, -math.inf, 0, -1.0, True, "300"])
def test_a_replay_window_must_be_finite_and_positive(max_age: Any) -> None:
    with pytest.raises(imagejobs.UsageError, match="max_age"):
        smile_identity.verify_and_parse("POST", "https://x", {}, smile_body(), partner_id=SMILE_PARTNER,
                                        api_key=SMILE_KEY, now=NOW, max_age=max_age)  # fmt: skip
    with pytest.raises(imagejobs.UsageError, match="max_age"):
        smile_identity.client(partner_id=SMILE_PARTNER, api_key=SMILE_KEY, response_max_age=max_age)


def test_a_naive_now_is_a_usage_error() -> None:
    with pytest.raises(imagejobs.UsageError, match="timezone-aware"):
        smile_identity.verify_and_parse("POST", "https://x", {}, smile_body(), partner_id=SMILE_PARTNER,
                                        api_key=SMILE_KEY, now=datetime(2024, 1, 1, 0, 1))  # fmt: skip


# --- any header shape ends in SignatureError -----------------------------------------------------------------------

NAMES = ["SASHA-Request-ID", "SASHA-Request-Signature", "SASHA-Callback-Secret-ID"]
_name = st.sampled_from(NAMES).flatmap(lambda n: st.sampled_from([n, n.lower(), n.upper(), f" {n}"])) | st.text(
    max_size=20
)
_value: st.SearchStrategy[Any] = (
    st.text(max_size=80)
    | st.binary(max_size=80)
    | st.sampled_from(["é" * 64, "0" * 63 + "é", "0" * 64, "g" * 64, "0" * 65, "\x00" * 64, " ", "", SECRET_ID])
)
_headers = st.lists(st.tuples(_name | st.binary(max_size=20), _value), max_size=8)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(headers=_headers, body=st.binary(max_size=200) | st.just(BODY))
def test_sasha_fuzzed_headers_end_in_a_signature_error(headers: list[tuple[Any, Any]], body: bytes) -> None:
    for shape in (headers, dict(headers)):
        with pytest.raises(imagejobs.SignatureError):
            sasha.verify_and_parse("POST", URL, shape, body, secrets={SECRET_ID: SECRET, "cs_2": "11" * 16})


@settings(max_examples=200, deadline=None)
@given(mutation=st.sampled_from(["dup", "nonascii", "short", "long", "space"]), name=st.sampled_from(NAMES))
def test_sasha_good_headers_made_malformed_end_in_a_signature_error(mutation: str, name: str) -> None:
    good = sasha_headers(BODY)
    pairs = list(good.items())
    if mutation == "dup":
        pairs.append((name.lower(), good[name]))
    else:
        value = {"nonascii": good[name][:-1] + "é", "short": good[name][:-1], "long": good[name] + "0",
                 "space": good[name][:2] + " " + good[name][2:]}[mutation]  # fmt: skip
        pairs = [(k, value if k == name else v) for k, v in pairs]
    with pytest.raises(imagejobs.SignatureError):
        sasha.verify_and_parse("POST", URL, pairs, BODY, secrets={SECRET_ID: SECRET})


def test_a_non_ascii_signature_is_a_signature_error_not_a_type_error() -> None:
    headers = sasha_headers(BODY) | {"SASHA-Request-Signature": "é" * 64}
    with pytest.raises(imagejobs.SignatureError):
        sasha.verify_and_parse("POST", URL, headers, BODY, secrets={SECRET_ID: SECRET})


def test_headers_that_cannot_be_read_are_a_signature_error() -> None:
    for headers in ([("a",)], [1, 2], ["ab"], [(None, None)], object()):
        with pytest.raises(imagejobs.SignatureError):
            sasha.verify_and_parse("POST", URL, headers, BODY, secrets={SECRET_ID: SECRET})  # type: ignore[arg-type]


@settings(max_examples=300, deadline=None)
@given(
    body=st.binary(max_size=300)
    | st.recursive(
        st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
        lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4),
        max_leaves=12,
    ).map(lambda v: json.dumps(v).encode())
    | st.fixed_dictionaries({"timestamp": st.text(max_size=30), "signature": st.text(max_size=50)}).map(
        lambda v: json.dumps(v).encode()
    ),
    headers=_headers,
)
def test_smile_fuzzed_bodies_end_in_a_signature_error(body: bytes, headers: list[tuple[Any, Any]]) -> None:
    with pytest.raises(imagejobs.SignatureError):
        smile_identity.verify_and_parse("POST", "https://x", headers, body, partner_id=SMILE_PARTNER,
                                        api_key=SMILE_KEY, now=NOW)  # fmt: skip


def test_a_lens_verifier_that_fails_is_a_refusal() -> None:
    def verifier(method: str, url: str, headers: Any, body: bytes) -> bool:
        raise UnicodeDecodeError("utf-8", b"\xff", 0, 1, "hostile header")

    with pytest.raises(imagejobs.SignatureError):
        tic_lens.verify_and_parse("POST", "https://x", {}, b"{}", verifier=verifier)


# --- bodies capped before anything reads them, measured in memory --------------------------------------------------


def _peak_while(call: Any) -> tuple[int, BaseException | None]:
    tracemalloc.start()
    tracemalloc.reset_peak()
    try:
        call()
        raised = None
    except BaseException as exc:
        raised = exc
    finally:
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    return peak, raised


def test_an_oversize_smile_body_is_refused_without_reading_it() -> None:
    big = b'{"a": [' + b"1," * (8 * 1024 * 1024) + b'1], "timestamp": "x", "signature": "y"}'  # 16 MiB, unsigned
    peak, raised = _peak_while(
        lambda: smile_identity.verify_and_parse(
            "POST", "https://x", {}, big, partner_id=SMILE_PARTNER, api_key=SMILE_KEY, now=NOW
        )
    )
    assert isinstance(raised, imagejobs.SignatureError) and "cap" in str(raised)
    assert peak < 256 * 1024, f"{peak} bytes allocated refusing a {len(big)}-byte body"


def test_the_body_cap_is_a_parameter() -> None:
    body = smile_body()
    with pytest.raises(imagejobs.SignatureError, match="cap"):
        smile_identity.verify_and_parse("POST", "https://x", {}, body, partner_id=SMILE_PARTNER, api_key=SMILE_KEY,
                                        now=NOW, max_body=len(body) - 1)  # fmt: skip
    job = smile_identity.verify_and_parse("POST", "https://x", {}, body, partner_id=SMILE_PARTNER, api_key=SMILE_KEY,
                                          now=NOW, max_body=len(body))  # fmt: skip
    assert job.job_id == "m-1"
    for bad in (0, -1, 1.5, True):
        with pytest.raises(imagejobs.UsageError, match="max_body"):
            tic_lens.verify_and_parse("POST", "https://x", {}, b"{}", max_body=bad)  # type: ignore[arg-type]


@pytest.mark.parametrize("vendor", ["sasha", "tic_lens"])
def test_other_vendors_refuse_an_oversize_body_unread(vendor: str) -> None:
    big = b"[" * (16 * 1024 * 1024)
    headers = sasha_headers(big)
    calls = {
        "sasha": lambda: sasha.verify_and_parse("POST", URL, headers, big, secrets={SECRET_ID: SECRET}),
        "tic_lens": lambda: tic_lens.verify_and_parse("POST", "https://x", {}, big),
    }
    peak, raised = _peak_while(calls[vendor])
    assert isinstance(raised, imagejobs.SignatureError) and "cap" in str(raised)
    assert peak < 256 * 1024


def test_sasha_checks_the_signature_before_parsing_the_body() -> None:
    """A body just under the cap, badly signed: refused without being decoded (decoding it would take megabytes)."""
    body = b"[" + b"1," * (500 * 1024) + b"1]"
    headers = sasha_headers(body) | {"SASHA-Request-Signature": "0" * 64}
    peak, raised = _peak_while(lambda: sasha.verify_and_parse("POST", URL, headers, body, secrets={SECRET_ID: SECRET}))
    assert isinstance(raised, imagejobs.SignatureError) and "does not match" in str(raised)
    assert peak < 256 * 1024, f"{peak} bytes allocated refusing a badly signed body"


# --- Smile's weak scheme: answers replayed, confirm= -----------------------------------------------------------------

TIMINGS = Timings(pending=0.1, running=0.2, huawei_result_ttl=5.0, suggested_poll_interval=0.05)


@pytest.fixture(scope="module")
def sandbox() -> Iterator[Sandbox]:
    with Sandbox(timings=TIMINGS) as running:
        yield running


def test_a_smile_answer_replayed_from_the_past_is_refused(sandbox: Sandbox) -> None:
    sandbox.inject("smile_identity", Fault("stale_signature"))
    client = smile_identity.client(**DEMO["smile_identity"], base_url=sandbox.base_urls["smile_identity"],
                                   retries=imagejobs.RetryPolicy.off())  # fmt: skip
    job_id, user_id = SMILE_SEEDED[0]
    source = smile_identity.jobs(client)
    ref = imagejobs.JobRef(vendor="smile_identity", job_id=job_id, extra={"user_id": user_id})
    try:
        with pytest.raises(imagejobs.SignatureError):  # the stale answer's signature cannot match its timestamp
            source.get(ref)
    finally:
        sandbox.clear_faults()


def test_a_correctly_signed_smile_answer_older_than_the_window_is_a_replay() -> None:
    """The signature covers only the timestamp: a genuine answer captured in 2020 still verifies, and is refused."""
    import httpx

    old = "2020-01-01T00:00:00.000Z"
    answer = {"code": "2302", "job_complete": True, "job_success": True, "timestamp": old,
              "signature": smile_identity.generate_signature(SMILE_KEY, SMILE_PARTNER, old),
              "result": {"PartnerParams": {"job_id": "j", "user_id": "u"}}}  # fmt: skip

    def replaying(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=answer)

    client = smile_identity.client(partner_id=SMILE_PARTNER, api_key=SMILE_KEY, base_url="https://x.example.com/v1",
                                   httpx_args={"transport": httpx.MockTransport(replaying)})  # fmt: skip
    ref = imagejobs.JobRef(vendor="smile_identity", job_id="j", extra={"user_id": "u"})
    with pytest.raises(imagejobs.ReplayError, match="window"):
        smile_identity.jobs(client).get(ref)
    wide = smile_identity.client(partner_id=SMILE_PARTNER, api_key=SMILE_KEY, base_url="https://x.example.com/v1",
                                 response_max_age=10 * 365 * 86400.0,
                                 httpx_args={"transport": httpx.MockTransport(replaying)})  # fmt: skip
    assert smile_identity.jobs(wide).get(ref).state is JobState.completed


def test_smile_confirm_returns_the_job_as_the_api_reports_it(sandbox: Sandbox) -> None:
    """A callback signed with a captured timestamp/signature pair, its body forged: confirm= asks the sandbox."""
    demo = DEMO["smile_identity"]
    client = smile_identity.client(**demo, base_url=sandbox.base_urls["smile_identity"])
    job_id, user_id = SMILE_SEEDED[0]
    stamp = datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")
    forged = {"ResultCode": "9999", "ResultText": "Forged approval", "IsFinalResult": "true",
              "PartnerParams": {"job_id": job_id, "user_id": user_id, "job_type": 4}, "timestamp": stamp,
              "signature": smile_identity.generate_signature(demo["api_key"], demo["partner_id"], stamp)}  # fmt: skip
    body = json.dumps(forged).encode()
    trusted = smile_identity.verify_and_parse("POST", "https://x", {}, body, **demo)
    assert trusted.result["ResultText"] == "Forged approval"  # what the body alone would have us believe
    confirmed = smile_identity.verify_and_parse("POST", "https://x", {}, body, **demo, confirm=client)
    assert confirmed.job_id == job_id and confirmed.ref.extra == {"user_id": user_id}
    assert confirmed.result.get("ResultText") != "Forged approval" and "job_complete" in confirmed.raw
    unknown = json.dumps(forged | {"PartnerParams": {"job_id": "nope", "user_id": user_id}}).encode()
    with pytest.raises(imagejobs.SignatureError, match="does not confirm"):
        smile_identity.verify_and_parse("POST", "https://x", {}, unknown, **demo, confirm=client)


def test_lens_confirm_returns_the_job_as_the_api_reports_it(sandbox: Sandbox) -> None:
    client = tic_lens.client(**DEMO["tic_lens"], base_url=sandbox.base_urls["tic_lens"])
    submitted = tic_lens.jobs(client).submit(file=b"\x89PNG forged-callback-test", file_name="a.png")
    forged = {"sentinelJobGuid": submitted.job_id, "status": "completed", "riskLevel": "forged-low"}
    body = json.dumps(forged).encode()
    assert tic_lens.verify_and_parse("POST", "https://x", {}, body).result["riskLevel"] == "forged-low"
    confirmed = tic_lens.verify_and_parse("POST", "https://x", {}, body, confirm=client)
    assert confirmed.job_id == submitted.job_id and confirmed.raw != forged
    assert (
        confirmed.raw.get("sentinelJobGuid") == submitted.job_id and confirmed.result.get("riskLevel") != "forged-low"
    )
    for job_id in (str(uuid.uuid4()), "not-a-guid"):
        other = json.dumps(forged | {"sentinelJobGuid": job_id}).encode()
        with pytest.raises(imagejobs.SignatureError, match="does not confirm"):
            tic_lens.verify_and_parse("POST", "https://x", {}, other, confirm=client)


def test_sasha_confirm_returns_the_job_as_the_api_reports_it(sandbox: Sandbox) -> None:
    client = sasha.client(**DEMO["sasha"], base_url=sandbox.base_urls["sasha"])
    submitted = sasha.jobs(client).submit(media_url="https://example.com/cat.jpg", media_mime_type="image/jpeg")
    forged = JOB | {"job_id": submitted.job_id, "status": "failed"}
    body = json.dumps(forged).encode()
    confirmed = sasha.verify_and_parse("POST", URL, sasha_headers(body), body, secrets={SECRET_ID: SECRET},
                                       confirm=client)  # fmt: skip
    assert confirmed.job_id == submitted.job_id and confirmed.raw != forged
    assert confirmed.state is not JobState.failed


def test_smile_callback_replay_window_still_holds() -> None:
    with pytest.raises(imagejobs.ReplayError):
        smile_identity.verify_and_parse("POST", "https://x", {}, smile_body(), partner_id=SMILE_PARTNER,
                                        api_key=SMILE_KEY, now=NOW + timedelta(minutes=6))  # fmt: skip

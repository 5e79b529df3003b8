"""Retries and timeouts: reads retried with backoff and Retry-After, re-signed each time; submits never blindly."""

from __future__ import annotations

import email.utils
import logging
import os
import subprocess
import sys
import threading
import time
from typing import Any

import pytest
from _loopback import Received, Reply, serve

import imagejobs
from imagejobs import RetryPolicy, alibaba_vod, sasha, tic_lens
from imagejobs_generated.alibaba_vod.api.jobs import get_ai_image_jobs

FAST = RetryPolicy(max_retries=2, initial_delay=0.01, max_delay=0.05, retry_after_cap=1.0)
JOBS = {"RequestId": "r", "AIImageJobList": [{"JobId": "a", "Status": "success"}]}


class Flaky:
    """Answers the first ``failures`` requests with ``status`` (and headers), then ``ok``."""

    def __init__(self, failures: int, status: int = 503, headers: dict[str, str] | None = None, ok: Any = JOBS) -> None:
        self.failures, self.status, self.headers, self.ok = failures, status, headers or {}, ok
        self.seen: list[Received] = []
        self.lock = threading.Lock()

    def __call__(self, received: Received) -> Reply:
        with self.lock:
            self.seen.append(received)
            n = len(self.seen)
        if n <= self.failures:
            return Reply(self.status, {"Code": "ServiceUnavailable", "Message": "try later"}, self.headers)
        return Reply(200, self.ok)


def alibaba(url: str, **kwargs: Any) -> Any:
    return alibaba_vod.client(access_key_id="AK", access_key_secret="SK", signature="v1", base_url=url, **kwargs)


def test_a_read_is_retried_and_re_signed_each_time() -> None:
    flaky = Flaky(failures=2)
    with serve(flaky) as server:
        answer = get_ai_image_jobs.sync(client=alibaba(server.url, retries=FAST), job_ids="a")
    assert answer.request_id == "r" and len(flaky.seen) == 3
    nonces = [dict(r.query)["SignatureNonce"] for r in flaky.seen]
    assert len(set(nonces)) == 3  # a fresh nonce (and signature) on every attempt


def test_retries_give_up_after_max_with_the_typed_error() -> None:
    flaky = Flaky(failures=10)
    with serve(flaky) as server, pytest.raises(imagejobs.ServerError) as err:
        get_ai_image_jobs.sync(client=alibaba(server.url, retries=FAST), job_ids="a")
    assert len(flaky.seen) == 3 and err.value.code == "ServiceUnavailable" and err.value.status_code == 503


def test_retries_off_switch() -> None:
    flaky = Flaky(failures=1)
    with serve(flaky) as server, pytest.raises(imagejobs.ServerError):
        get_ai_image_jobs.sync(client=alibaba(server.url, retries=RetryPolicy.off()), job_ids="a")
    assert len(flaky.seen) == 1


@pytest.mark.parametrize("retry_after", ["0.3", "http-date"])
def test_retry_after_is_honoured(retry_after: str) -> None:
    # an HTTP date has whole seconds: 2.5 s ahead is at least 1.5 s ahead
    value = email.utils.formatdate(time.time() + 2.5, usegmt=True) if retry_after == "http-date" else retry_after
    flaky = Flaky(failures=1, status=429, headers={"Retry-After": value})
    policy = RetryPolicy(max_retries=1, initial_delay=0.0, retry_after_cap=5.0)
    with serve(flaky) as server:
        started = time.monotonic()
        get_ai_image_jobs.sync(client=alibaba(server.url, retries=policy), job_ids="a")
        waited = time.monotonic() - started
    assert len(flaky.seen) == 2 and waited >= (1.0 if retry_after == "http-date" else 0.25)


def test_retry_after_is_capped() -> None:
    flaky = Flaky(failures=1, status=503, headers={"Retry-After": "3600"})
    with serve(flaky) as server:
        started = time.monotonic()
        get_ai_image_jobs.sync(client=alibaba(server.url, retries=FAST), job_ids="a")
    assert time.monotonic() - started < 3 and len(flaky.seen) == 2


def test_a_submit_is_not_retried_on_a_5xx() -> None:
    flaky = Flaky(failures=1, ok={"RequestId": "r", "JobId": "j"})
    with serve(flaky) as server:
        source = alibaba_vod.jobs(alibaba(server.url, retries=FAST))
        with pytest.raises(imagejobs.ServerError):
            source.submit(video_id="v", template_id="t")
    assert len(flaky.seen) == 1


def test_a_submit_whose_answer_never_comes_is_outcome_unknown() -> None:
    def slow(received: Received) -> Reply:
        time.sleep(1.0)
        return Reply(202, {"sentinelJobGuid": "3c90c3cc-0d44-4b50-8888-8dd25736052a"})

    with serve(slow) as server:
        source = tic_lens.jobs(tic_lens.client(api_key="k", base_url=server.url, retries=FAST), timeout=0.2)
        with pytest.raises(imagejobs.OutcomeUnknownError) as err:
            source.submit(file=b"image bytes", file_name="a.png")
        assert len(server.received) == 1  # sent once, never again
    assert err.value.method == "POST" and b"image bytes" in err.value.body
    assert isinstance(err.value, imagejobs.TransportError) and "look the job up" in str(err.value)


def test_a_read_that_times_out_is_retried_then_a_typed_timeout() -> None:
    def slow(received: Received) -> Reply:
        time.sleep(0.5)
        return Reply(200, {"sentinelJobGuid": "3c90c3cc-0d44-4b50-8888-8dd25736052a", "status": "pending"})

    with serve(slow) as server:
        source = tic_lens.jobs(tic_lens.client(api_key="k", base_url=server.url, retries=FAST), timeout=0.1)
        with pytest.raises(imagejobs.APITimeoutError):
            source.get("3c90c3cc-0d44-4b50-8888-8dd25736052a")
        time.sleep(0.6)
        assert len(server.received) == 3
        # per call: the same source with a longer timeout succeeds, and the client's default is untouched
        assert source.with_options(timeout=2.0).get("3c90c3cc-0d44-4b50-8888-8dd25736052a").job_id
    assert source.timeout == 0.1


def test_connection_refused_is_retried_then_typed() -> None:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        url = f"http://127.0.0.1:{sock.getsockname()[1]}"
    with pytest.raises(imagejobs.APIConnectionError):
        get_ai_image_jobs.sync(client=alibaba(url, retries=FAST), job_ids="a")


def test_async_retries() -> None:
    import asyncio

    flaky = Flaky(failures=2)
    with serve(flaky) as server:
        answer = asyncio.run(get_ai_image_jobs.asyncio(client=alibaba(server.url, retries=FAST), job_ids="a"))
    assert answer.request_id == "r" and len(flaky.seen) == 3


def test_per_call_retry_settings_through_the_source() -> None:
    flaky = Flaky(failures=1)
    with serve(flaky) as server:
        source = alibaba_vod.jobs(alibaba(server.url, retries=FAST))
        with pytest.raises(imagejobs.ServerError):
            source.with_options(retries=RetryPolicy.off()).get("a")
        assert source.get("a").state is imagejobs.JobState.completed


def test_logging_one_line_per_request_and_per_retry(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="imagejobs")
    flaky = Flaky(failures=1)
    with serve(flaky) as server:
        source = alibaba_vod.jobs(alibaba(server.url, retries=FAST, security_token="STS-SECRET-TOKEN"))
        source.get("a")
    mine = [r for r in caplog.records if r.name == "imagejobs"]
    debug = [r.getMessage() for r in mine if r.levelno == logging.DEBUG]
    info = [r.getMessage() for r in mine if r.levelno == logging.INFO]
    assert len(debug) == 2 and "alibaba_vod POST get_ai_image_jobs -> 503" in debug[0] and "-> 200" in debug[1]
    assert len(info) == 1 and "retry 1 of 2" in info[0]
    assert all("STS-SECRET-TOKEN" not in r.getMessage() and "SK" not in r.getMessage().split() for r in caplog.records)


def test_environment_variable_turns_logging_on() -> None:
    script = "import imagejobs, logging; logging.getLogger('imagejobs').debug('hello from imagejobs')"
    env = os.environ | {"IMAGEJOBS_LOG": "debug"}
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=60)
    assert "hello from imagejobs" in out.stderr


def test_sasha_token_fetch_is_not_a_submit() -> None:
    calls: list[str] = []

    def handler(received: Received) -> Reply:
        calls.append(received.path)
        if received.path == "/oauth/token" and calls.count("/oauth/token") == 1:
            return Reply(503, {"error": "busy"})
        if received.path == "/oauth/token":
            return Reply(200, {"access_token": "t", "expires_in": 3600})
        return Reply(200, {"jobs": []})

    with serve(handler) as server:
        client = sasha.client(client_id="c", client_secret="s", base_url=server.url, retries=FAST)
        with pytest.raises(imagejobs.ServerError):  # the token request is made inside the auth flow: not retried there
            list(sasha.jobs(client).list())
        assert list(sasha.jobs(client).list()) == []


# --- the budget of one call (RetryPolicy.total_timeout) --------------------------------------------------------------

STEADY = {"initial_delay": 0.3, "max_delay": 0.3, "jitter": 0.0}


def test_the_default_budget_bounds_a_call_well_below_every_attempt_at_its_limit() -> None:
    policy = RetryPolicy()
    assert policy.total_timeout is not None and policy.attempt_timeout is not None
    worst = (policy.max_retries + 1) * policy.attempt_timeout + policy.max_retries * policy.max_delay
    assert policy.total_timeout < worst


def test_no_retry_starts_past_the_budget_sync() -> None:
    flaky = Flaky(failures=100)
    policy = RetryPolicy(max_retries=20, total_timeout=1.0, **STEADY)
    with serve(flaky) as server, pytest.raises(imagejobs.ServerError):
        started = time.monotonic()
        try:
            get_ai_image_jobs.sync(client=alibaba(server.url, retries=policy), job_ids="a")
        finally:
            elapsed = time.monotonic() - started
    assert 2 <= len(flaky.seen) <= 4 and elapsed < 1.3  # 0.3 s apart: at most 0, 0.3, 0.6 and 0.9 s


def test_a_retry_after_beyond_the_budget_ends_the_call_at_once() -> None:
    flaky = Flaky(failures=1, status=429, headers={"Retry-After": "5"})
    policy = RetryPolicy(max_retries=2, retry_after_cap=10.0, total_timeout=1.0)
    with serve(flaky) as server, pytest.raises(imagejobs.RateLimitError):
        started = time.monotonic()
        get_ai_image_jobs.sync(client=alibaba(server.url, retries=policy), job_ids="a")
    assert len(flaky.seen) == 1 and time.monotonic() - started < 1.0


def test_no_retry_starts_past_the_budget_async() -> None:
    import asyncio

    flaky = Flaky(failures=100)
    policy = RetryPolicy(max_retries=20, total_timeout=1.0, **STEADY)
    with serve(flaky) as server, pytest.raises(imagejobs.ServerError):
        started = time.monotonic()
        try:
            asyncio.run(get_ai_image_jobs.asyncio(client=alibaba(server.url, retries=policy), job_ids="a"))
        finally:
            elapsed = time.monotonic() - started
    assert 2 <= len(flaky.seen) <= 4 and elapsed < 1.3


def test_an_attempt_running_when_the_budget_ends_is_cut_off_async() -> None:
    import asyncio

    def slow(received: Received) -> Reply:
        time.sleep(1.0)
        return Reply(200, JOBS)

    policy = RetryPolicy(max_retries=2, attempt_timeout=None, total_timeout=0.3, **STEADY)
    with serve(slow) as server:
        client = alibaba(server.url, retries=policy, timeout=5.0)
        started = time.monotonic()
        with pytest.raises(imagejobs.APITimeoutError) as err:
            asyncio.run(get_ai_image_jobs.asyncio(client=client, job_ids="a"))
        elapsed = time.monotonic() - started
    assert isinstance(err.value, imagejobs.APIConnectionError)
    assert elapsed < 0.9 and len(server.received) == 1

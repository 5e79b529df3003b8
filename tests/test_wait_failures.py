"""wait/await_jobs under real conditions (issue 12): one lost job never costs the others, a vendor-wide failure ends
only that vendor's jobs, deadlines hold against hanging and trickling servers, and clients built from the
environment are closed. Real HTTP only: the sandboxes and raw loopback servers on 127.0.0.1."""

from __future__ import annotations

import asyncio
import gc
import socket
import threading
import time
import warnings
from collections.abc import Callable, Iterator
from typing import Any

import pytest

import imagejobs
from imagejobs import JobRef, JobState, PollPolicy, RetryPolicy
from imagejobs.sandbox import DEMO, Sandbox, Timings

FAST = Timings(pending=0.05, running=0.2, huawei_result_ttl=0.6, suggested_poll_interval=0.05)
POLICIES = {v: PollPolicy(0.05, 0.2) for v in imagejobs.VENDORS}
PNG = bytes.fromhex("89504e470d0a1a0a0000000d49484452")
LENS_GUID = "3f2504e0-4f89-41d3-9a0c-0305e82c3301"
MODES = ("sync", "async")


@pytest.fixture(scope="module")
def sandbox() -> Iterator[Sandbox]:
    with Sandbox(timings=FAST) as running:
        yield running


def _source(sandbox: Sandbox, vendor: str, **credentials: str) -> Any:
    module = getattr(imagejobs, vendor)
    client = module.client(**(DEMO[vendor] | credentials), base_url=sandbox.base_urls[vendor])
    return module.jobs(client)


def _wait(mode: str, jobs: list[Any], **kwargs: Any) -> imagejobs.WaitResult:
    kwargs.setdefault("policies", POLICIES)
    if mode == "sync":
        return imagejobs.wait(jobs, **kwargs)

    async def run() -> imagejobs.WaitResult:
        try:
            return await imagejobs.await_jobs(jobs, **kwargs)
        finally:  # the caller's own clients are the caller's to close
            for source in kwargs.get("sources") or ():
                await source.client.get_async_httpx_client().aclose()

    return asyncio.run(run())


# --- failure isolation ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
def test_a_sasha_404_among_many_loses_that_job_only(mode: str, sandbox: Sandbox) -> None:
    source = _source(sandbox, "sasha")
    jobs = [source.submit(media_url=f"https://img.example.com/{n}.jpg", media_mime_type="image/jpeg")
            for n in range(50)]  # fmt: skip
    ghost = JobRef(vendor="sasha", job_id="job_no_such_job_0001")
    seen: list[str] = []
    result = _wait(mode, [*jobs, ghost], sources=[source], timeout=20, on_change=lambda j: seen.append(j.job_id))
    assert sorted(j.job_id for j in result.done) == sorted(j.job_id for j in jobs)
    assert all(j.state is JobState.completed for j in result.done) and not result.pending
    (lost,) = result.lost
    assert lost.ref == ghost and isinstance(lost.error, imagejobs.NotFoundError) and lost.error.body
    assert not lost.vendor_wide and result.error(ghost) is lost.error
    assert {j.job_id for j in jobs} <= set(seen)  # on_change saw every job that finished
    ((again, _, _),) = imagejobs.decode_token(result.token)  # the token comes back, with the lost job to retry
    assert again == ghost


@pytest.mark.parametrize("mode", MODES)
def test_an_alibaba_id_the_vendor_does_not_return_is_lost_alone(mode: str, sandbox: Sandbox) -> None:
    source = _source(sandbox, "alibaba_vod")
    jobs = [source.submit(video_id=f"video-{n}", template_id="tpl-1") for n in range(12)]
    ghost = JobRef(vendor="alibaba_vod", job_id="0123456789abcdef0123456789abcdef")
    sandbox.reset_counts()
    result = _wait(mode, [jobs[0], ghost, *jobs[1:]], sources=[source], timeout=20)
    assert len(result.done) == 12 and not result.pending
    assert {op for _, op in sandbox.counts("alibaba_vod")} == {"GetAIImageJobs"}  # job by job: still no URL look-ups
    assert [lost.ref.job_id for lost in result.lost] == [ghost.job_id]
    assert isinstance(result.lost[0].error, imagejobs.NotFoundError)


@pytest.mark.parametrize("mode", MODES)
def test_a_huawei_job_resumed_after_its_results_expired_is_one_lost_job(mode: str, sandbox: Sandbox) -> None:
    early = _source(sandbox, "huawei_moderation").submit(urls=["https://img.example.com/early.jpg"])
    time.sleep(FAST.running + FAST.huawei_result_ttl + 0.2)  # finished, and its results gone
    source = _source(sandbox, "huawei_moderation")  # a new process: nothing kept
    fresh = [source.submit(urls=[f"https://img.example.com/{n}.jpg"]) for n in range(3)]
    token = imagejobs.encode_token([early.ref, *fresh])
    result = _wait(mode, [], token=token, sources=[source], timeout=20)
    assert sorted(j.job_id for j in result.done) == sorted(j.job_id for j in fresh)
    (lost,) = result.lost
    assert lost.ref.job_id == early.job_id and isinstance(lost.error, imagejobs.JobExpiredError)


@pytest.mark.parametrize("mode", MODES)
def test_a_vendor_refusing_credentials_loses_its_jobs_and_keeps_the_others(mode: str, sandbox: Sandbox) -> None:
    sasha = _source(sandbox, "sasha")
    job = sasha.submit(media_url="https://img.example.com/a.jpg", media_mime_type="image/jpeg")
    refused = _source(sandbox, "sasha", client_secret="not-the-secret")
    lens = _source(sandbox, "tic_lens")
    scans = [lens.submit(file=PNG, file_name=f"s{n}.png") for n in range(3)]
    threads: set[int] = set()
    result = _wait(mode, [job, *scans], sources=[refused, lens], timeout=20,
                   on_change=lambda j: threads.add(threading.get_ident()))  # fmt: skip
    assert sorted(j.job_id for j in result.done) == sorted(j.job_id for j in scans)
    assert threads == {threading.get_ident()}  # on_change runs in the caller's thread, whatever polls
    (lost,) = result.lost
    assert lost.ref.job_id == job.job_id and lost.vendor_wide and lost.last is not None
    assert isinstance(lost.error, imagejobs.AuthenticationError | imagejobs.CredentialsError)
    assert "not-the-secret" not in str(lost.error)


def test_credentials_missing_from_the_environment_end_that_vendor_only(
    sandbox: Sandbox, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name, value in sandbox.env().items():
        monkeypatch.setenv(name, value)
    monkeypatch.delenv("IMAGEJOBS_TIC_LENS_API_KEY")
    job = _source(sandbox, "sasha").submit(media_url="https://img.example.com/a.jpg", media_mime_type="image/jpeg")
    result = imagejobs.wait([job, JobRef(vendor="tic_lens", job_id=LENS_GUID)], timeout=20, policies=POLICIES)
    assert [j.job_id for j in result.done] == [job.job_id]
    assert isinstance(result.lost[0].error, imagejobs.CredentialsError) and result.lost[0].vendor_wide


@pytest.mark.parametrize("mode", MODES)
def test_an_error_raised_by_on_change_is_the_callers_not_the_vendors(mode: str, sandbox: Sandbox) -> None:
    sasha, lens = _source(sandbox, "sasha"), _source(sandbox, "tic_lens")
    job = sasha.submit(media_url="https://img.example.com/a.jpg", media_mime_type="image/jpeg")
    scan = lens.submit(file=PNG, file_name="a.png")

    def refuse(changed: imagejobs.Job) -> None:
        raise imagejobs.UsageError("the caller's own refusal")

    with pytest.raises(imagejobs.UsageError, match="the caller's own refusal"):
        _wait(mode, [job, scan], sources=[sasha, lens], timeout=20, on_change=refuse)


@pytest.mark.parametrize("bad", ["job_1", [object()], None])
def test_wait_raises_only_for_misuse(bad: Any) -> None:
    with pytest.raises(imagejobs.UsageError):
        imagejobs.wait(bad, timeout=1)


def test_a_reference_its_source_refuses_is_misuse_raised_before_anything_is_sent(sandbox: Sandbox) -> None:
    source = _source(sandbox, "smile_identity")
    sandbox.reset_counts()
    with pytest.raises(imagejobs.UsageError, match="user_id"):
        imagejobs.wait([JobRef(vendor="smile_identity", job_id="000001")], sources=[source], timeout=5)
    assert not sandbox.counts("smile_identity")
    with pytest.raises(imagejobs.UsageError, match="version 7"):
        imagejobs.wait(token="ijw7.AAAA", sources=[source], timeout=5)


# --- deadlines ------------------------------------------------------------------------------------------------------


class RawServer:
    """A loopback server that reads a request and then hangs, or trickles its answer's headers a byte at a time."""

    def __init__(self, behaviour: str, byte_every: float = 0.1) -> None:
        self.behaviour, self.byte_every = behaviour, byte_every
        self.stopped = threading.Event()
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.sock.settimeout(0.1)
        self.thread = threading.Thread(target=self._accept, daemon=True)
        self.requests = 0

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.sock.getsockname()[1]}"

    def _accept(self) -> None:
        while not self.stopped.is_set():
            try:
                conn, _ = self.sock.accept()
            except TimeoutError:
                continue
            self.requests += 1
            threading.Thread(target=self._serve, args=(conn,), daemon=True).start()

    def _serve(self, conn: socket.socket) -> None:
        head = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n" + b"X-Slow: " + b"a" * 4000 + b"\r\n"
        with conn:
            conn.settimeout(0.5)
            try:
                conn.recv(65536)
                for n in range(600):  # bounded: at most 600 steps
                    if self.stopped.wait(self.byte_every):
                        return
                    if self.behaviour == "trickle":
                        conn.sendall(head[n % len(head) : n % len(head) + 1])
            except OSError:
                return

    def __enter__(self) -> RawServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stopped.set()
        self.thread.join(2)
        self.sock.close()


def _lens(url: str, **kwargs: Any) -> Any:
    return imagejobs.tic_lens.jobs(imagejobs.tic_lens.client(api_key="lens_test_key", base_url=url, **kwargs))


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("behaviour", ["hang", "trickle"])
def test_wait_returns_by_its_timeout_while_a_vendor_hangs_or_trickles(
    mode: str, behaviour: str, sandbox: Sandbox
) -> None:
    sasha = _source(sandbox, "sasha")
    job = sasha.submit(media_url="https://img.example.com/a.jpg", media_mime_type="image/jpeg")
    with RawServer(behaviour) as server:
        stuck = JobRef(vendor="tic_lens", job_id=LENS_GUID)
        started = time.monotonic()
        result = _wait(mode, [job, stuck], sources=[sasha, _lens(server.url)], timeout=1.5)
        took = time.monotonic() - started
    assert took < 2.5, f"wait(timeout=1.5) took {took:.1f} s"
    assert [j.job_id for j in result.done] == [job.job_id]  # the healthy vendor's job is not lost
    assert [p.job_id for p in result.pending] == [stuck.job_id] and not result.lost
    assert [r.job_id for r, _, _ in imagejobs.decode_token(result.token)] == [stuck.job_id]


async def _aget_and_close(source: Any, job_id: str) -> Any:
    async with source.client:
        return await source.aget(job_id)


@pytest.mark.parametrize("mode", MODES)
def test_a_deadline_holds_for_10000_jobs_asked_one_by_one(mode: str, sandbox: Sandbox) -> None:
    ghosts = [JobRef(vendor="sasha", job_id=f"job_ghost_{n:06d}") for n in range(10_000)]
    started = time.monotonic()
    result = _wait(mode, ghosts, sources=[_source(sandbox, "sasha")], timeout=1.2)
    took = time.monotonic() - started
    assert took < 2.2, f"wait(timeout=1.2) on 10,000 jobs took {took:.1f} s"
    assert len(result.pending) + len(result.lost) == 10_000 and result.pending  # asked job by job: not all in time
    assert all(isinstance(lost.error, imagejobs.NotFoundError) for lost in result.lost)
    assert len(imagejobs.decode_token(result.token)) == 10_000


@pytest.mark.parametrize("mode", MODES)
def test_every_attempt_ends_by_its_attempt_timeout_while_headers_trickle(mode: str) -> None:
    policy = RetryPolicy(max_retries=1, initial_delay=0.01, attempt_timeout=0.8)
    with RawServer("trickle") as server:
        source = _lens(server.url, retries=policy)
        started = time.monotonic()
        with pytest.raises(imagejobs.APITimeoutError):
            if mode == "sync":
                source.get(LENS_GUID)
            else:
                asyncio.run(_aget_and_close(source, LENS_GUID))
        took = time.monotonic() - started
        assert server.requests == 2
    assert took < 2 * 0.8 + 1.0, f"two attempts of 0.8 s took {took:.1f} s"


@pytest.mark.parametrize("mode", MODES)
def test_a_token_exchange_that_trickles_ends_by_the_attempt_timeout(mode: str) -> None:
    policy = RetryPolicy(max_retries=0, attempt_timeout=0.8)
    with RawServer("trickle") as server:
        client = imagejobs.sasha.client(client_id="p", client_secret="s", base_url=server.url, retries=policy)
        source = imagejobs.sasha.jobs(client)
        started = time.monotonic()
        with pytest.raises(imagejobs.TransportError):
            if mode == "sync":
                source.get("job_1")
            else:
                asyncio.run(_aget_and_close(source, "job_1"))
        took = time.monotonic() - started
    assert took < 0.8 + 1.0, f"an attempt of 0.8 s took {took:.1f} s"


# --- closed resources -----------------------------------------------------------------------------------------------


def _no_unclosed(run: Callable[[], Any]) -> Any:
    """Run with ResourceWarnings as errors and the event loop's unclosed-session reports collected."""
    reports: list[str] = []

    def unraisable(hook: Any) -> None:
        reports.append(repr(hook.exc_value))

    import sys

    gc.collect()  # what earlier tests left behind is not this run's
    before = sys.unraisablehook
    sys.unraisablehook = unraisable
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", ResourceWarning)
            result = run()
            gc.collect()
    finally:
        sys.unraisablehook = before
    return result, reports


@pytest.mark.parametrize("mode", MODES)
def test_clients_built_from_the_environment_are_closed(
    mode: str, sandbox: Sandbox, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    for name, value in sandbox.env().items():
        monkeypatch.setenv(name, value)
    job = _source(sandbox, "sasha").submit(media_url="https://img.example.com/a.jpg", media_mime_type="image/jpeg")
    scan = _source(sandbox, "tic_lens").submit(file=PNG, file_name="a.png")
    gc.collect()  # what earlier tests left behind is not this wait's
    caplog.clear()
    built: list[Any] = []
    real_jobs = imagejobs.sasha.jobs

    def spy(client: Any, **kwargs: Any) -> Any:
        built.append(client)
        return real_jobs(client, **kwargs)

    monkeypatch.setattr(imagejobs.sasha, "jobs", spy)
    result, reports = _no_unclosed(lambda: _wait(mode, [job, scan], timeout=20))
    assert len(result.done) == 2 and reports == []
    assert "Unclosed" not in caplog.text
    httpx_client = built[0]._client if mode == "sync" else built[0]._async_client
    assert httpx_client.is_closed


def test_clients_built_from_the_environment_are_closed_on_cancellation(
    sandbox: Sandbox, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    for name, value in sandbox.env().items():
        monkeypatch.setenv(name, value)
    gc.collect()
    caplog.clear()
    with RawServer("hang") as server:
        monkeypatch.setenv("IMAGEJOBS_TIC_LENS_BASE_URL", server.url)
        built: list[Any] = []
        real_jobs = imagejobs.tic_lens.jobs
        monkeypatch.setattr(imagejobs.tic_lens, "jobs", lambda c, **k: built.append(c) or real_jobs(c, **k))

        async def cancelled() -> None:
            task = asyncio.create_task(imagejobs.await_jobs([JobRef(vendor="tic_lens", job_id=LENS_GUID)]))
            await asyncio.sleep(0.5)
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task

        _, reports = _no_unclosed(lambda: asyncio.run(cancelled()))
    assert reports == [] and "Unclosed" not in caplog.text
    assert built[0]._async_client.is_closed


# --- the README's wait examples, run as they are -------------------------------------------------------------------


def _readme_blocks(containing: str) -> list[str]:
    from conftest import ROOT

    text = (ROOT / "README.md").read_text()
    blocks = text.split("```python\n")[1:]
    return [b.split("```", 1)[0] for b in blocks if containing in b.split("```", 1)[0]]


@pytest.mark.parametrize("marker", ["wait([job]", "await_jobs([job]"])
def test_the_readme_wait_examples_run_and_close_their_clients(
    marker: str,
    sandbox: Sandbox,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Any,
    caplog: pytest.LogCaptureFixture,
    capsys: pytest.CaptureFixture[str],
) -> None:
    for name, value in sandbox.env().items():
        monkeypatch.setenv(name, value)
    monkeypatch.chdir(tmp_path)
    (tmp_path / "scan.pdf").write_bytes(b"%PDF-1.4 readme example")
    (code,) = _readme_blocks(marker)
    gc.collect()
    caplog.clear()
    _, reports = _no_unclosed(lambda: exec(compile(code, "README.md", "exec"), {"__name__": "readme"}))
    assert reports == [] and "Unclosed" not in caplog.text
    assert "completed" in capsys.readouterr().out

"""Every job source method, sync and async, for every vendor, against the local sandboxes (real HTTP)."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import time
import typing
from collections import Counter
from collections.abc import Iterator
from typing import Any

import pytest
from _typeddict import mismatches

import imagejobs
from imagejobs import JobRef, JobSource, JobState, PollPolicy
from imagejobs._registry import vendor_module
from imagejobs.sandbox import DEMO, Sandbox, Timings
from imagejobs.sandbox._smile_identity import SMILE_SEEDED

FAST = Timings(pending=0.1, running=0.3, huawei_result_ttl=1.5, suggested_poll_interval=0.05)
POLICIES = {v: PollPolicy(0.05, 0.2) for v in imagejobs.VENDORS}
PNG = bytes.fromhex("89504e470d0a1a0a0000000d49484452")


@pytest.fixture(scope="module")
def sandbox() -> Iterator[Sandbox]:
    with Sandbox(timings=FAST) as running:
        yield running


@pytest.fixture()
def sources(sandbox: Sandbox) -> dict[str, Any]:
    out = {}
    for vendor in imagejobs.VENDORS:
        module = getattr(imagejobs, vendor)
        out[vendor] = module.jobs(module.client(**DEMO[vendor], base_url=sandbox.base_urls[vendor]))
    return out


def smile_refs() -> list[JobRef]:
    return [JobRef(vendor="smile_identity", job_id=j, extra={"user_id": u}) for j, u in SMILE_SEEDED]


SUBMITS: dict[str, tuple[dict[str, Any], dict[str, Any]]] = {
    "sasha": ({"media_url": "https://img.example.com/ok.jpg", "media_mime_type": "image/jpeg"},
              {"media_url": "https://img.example.com/fail.jpg", "media_mime_type": "image/jpeg"}),
    "huawei_moderation": ({"urls": ["https://img.example.com/a.jpg", "https://img.example.com/b.jpg"]},
                          {"urls": ["https://img.example.com/fail.jpg"]}),
    "alibaba_vod": ({"video_id": "video-ok", "template_id": "tpl-1", "user_data": {"Extend": {"k": "v"}}},
                    {"video_id": "video-fail", "template_id": "tpl-1"}),
    "tic_lens": ({"file": PNG, "file_name": "scan.png"}, {"file": PNG, "file_name": "fail.png"}),
}  # fmt: skip


def _wait(jobs: list[Any], sources: dict[str, Any]) -> imagejobs.WaitResult:
    return imagejobs.wait(jobs, sources=sources, timeout=20, policies=POLICIES)


def _assert_typed_results(source: Any, jobs: list[imagejobs.Job]) -> None:
    """Each job's result block matches the TypedDict its source's ``result_of`` promises (types and keys)."""
    view = typing.get_type_hints(type(source).result_of)["return"]
    assert view.__name__.endswith("Result") and jobs
    for job in jobs:
        assert not mismatches(source.result_of(job), view), (job.result, mismatches(source.result_of(job), view))


@pytest.mark.parametrize("vendor", sorted(SUBMITS))
def test_submit_get_and_wait_sync(vendor: str, sources: dict[str, Any]) -> None:
    good_args, bad_args = SUBMITS[vendor]
    source = sources[vendor]
    good, bad = source.submit(**good_args), source.submit(**bad_args)
    assert good.state is JobState.pending and good.vendor.value == vendor
    assert source.get(good.ref).job_id == good.job_id
    assert source.get(good.job_id).job_id == good.job_id  # a plain id where the vendor needs nothing else
    result = _wait([good, bad], sources)
    states = {j.job_id: j for j in result.done}
    assert states[good.job_id].state is JobState.completed
    assert states[bad.job_id].state is JobState.failed and states[bad.job_id].error is not None
    _assert_typed_results(source, result.done)
    again = source.get_many([good.ref, bad.ref])
    assert [j.state for j in again] == [JobState.completed, JobState.failed]


@pytest.mark.parametrize("vendor", sorted(SUBMITS))
def test_submit_get_and_wait_async(vendor: str, sandbox: Sandbox) -> None:
    async def main() -> list[imagejobs.Job]:
        module = getattr(imagejobs, vendor)
        source = module.jobs(module.client(**DEMO[vendor], base_url=sandbox.base_urls[vendor]))
        good = await source.asubmit(**SUBMITS[vendor][0])
        assert (await source.aget(good.ref)).job_id == good.job_id
        result = await imagejobs.await_jobs([good], sources={vendor: source}, timeout=20, policies=POLICIES)
        assert result.done[0].state is JobState.completed
        return await source.aget_many([good.ref, good.ref])

    jobs = asyncio.run(main())
    assert len(jobs) == 2 and all(j.state is JobState.completed for j in jobs)


LISTING = [v for v in imagejobs.VENDORS if vendor_module(v).Jobs.plan_list_page is not JobSource.plan_list_page]


@pytest.mark.parametrize("vendor", LISTING)
def test_list_sync_and_async(vendor: str, sources: dict[str, Any]) -> None:
    source = sources[vendor]
    submitted = source.submit(**SUBMITS[vendor][0])
    listed = {j.job_id: j for j in source.list()}
    assert submitted.job_id in listed
    pending = list(source.list("pending"))
    assert all(j.state is JobState.pending for j in pending)

    async def collect() -> list[imagejobs.Job]:
        return [j async for j in source.alist()]

    assert submitted.job_id in {j.job_id for j in asyncio.run(collect())}


def test_smile_get_and_wait_seeded_jobs(sources: dict[str, Any]) -> None:
    source = sources["smile_identity"]
    refs = smile_refs()
    first = source.get(refs[0])
    assert first.job_id == refs[0].job_id and first.ref.extra["user_id"] == refs[0].extra["user_id"]
    result = _wait(refs, sources)
    assert {j.job_id for j in result.done} == {r.job_id for r in refs}
    _assert_typed_results(source, result.done)
    assert asyncio.run(source.aget_many(refs))[0].state is JobState.completed


@pytest.mark.parametrize(
    ("vendor", "method"),
    [("smile_identity", "submit"), ("smile_identity", "list"), ("alibaba_vod", "list")],
)
def test_unsupported_operations_are_typed(vendor: str, method: str, sources: dict[str, Any]) -> None:
    source = sources[vendor]
    with pytest.raises(imagejobs.UnsupportedOperation) as err:
        source.submit() if method == "submit" else list(source.list())
    assert err.value.vendor == vendor and err.value.operation == method and err.value.reason

    async def async_twin() -> None:
        if method == "submit":
            await source.asubmit()
        else:
            [j async for j in source.alist()]

    with pytest.raises(imagejobs.UnsupportedOperation):
        asyncio.run(async_twin())


def test_smile_ref_without_user_id_is_a_usage_error(sources: dict[str, Any]) -> None:
    with pytest.raises(imagejobs.UsageError, match="user_id"):
        sources["smile_identity"].get("some-job")


def test_huawei_result_is_kept_and_expiry_is_typed(sandbox: Sandbox) -> None:
    def fresh() -> Any:
        return imagejobs.huawei_moderation.jobs(
            imagejobs.huawei_moderation.client(
                **DEMO["huawei_moderation"], base_url=sandbox.base_urls["huawei_moderation"]
            )
        )

    source = fresh()
    job = source.submit(urls=["https://img.example.com/x.jpg"])
    done = _wait([job], {"huawei_moderation": source}).done[0]
    assert done.state is JobState.completed and done.result["items"][0]["url"] == "https://img.example.com/x.jpg"
    time.sleep(FAST.huawei_result_ttl + 0.3)
    assert source.get(job.ref).result["items"]  # the source kept the result on the Job
    with pytest.raises(imagejobs.JobExpiredError) as err:
        fresh().get(job.ref)  # a new process asking the vendor after the results expired
    assert isinstance(err.value, imagejobs.NotFoundError) and "30 minutes" in str(err.value)


def test_alibaba_urls_are_resolved_through_list_ai_image_info(sources: dict[str, Any]) -> None:
    source = sources["alibaba_vod"]
    job = source.submit(video_id="video-urls", template_id="tpl")
    polled = _wait([job], sources).done[0]
    assert polled.outputs and all("without authorization" in o.note for o in polled.outputs)
    resolved = source.get(job.ref)
    assert resolved.outputs and all(o.note == "signed URL from ListAIImageInfo" for o in resolved.outputs)


# --- request economy: one polling round for N outstanding jobs, counted by the sandbox ---------------------------


def _round(sandbox: Sandbox, source: Any, refs: list[Any]) -> Counter[tuple[str, str]]:
    sandbox.reset_counts()
    source.poll(refs)
    return sandbox.counts(source.vendor)


@pytest.mark.slow
def test_economy_alibaba_ceil_n_over_10(sandbox: Sandbox, sources: dict[str, Any]) -> None:
    source = sources["alibaba_vod"]
    jobs = [source.submit(video_id=f"v{i}", template_id="t") for i in range(95)]
    counts = _round(sandbox, source, [j.ref for j in jobs])
    assert sum(counts.values()) == 10 and all(op == "GetAIImageJobs" for _, op in counts)


def test_economy_smile_one_call_per_job(sandbox: Sandbox, sources: dict[str, Any]) -> None:
    counts = _round(sandbox, sources["smile_identity"], smile_refs())
    assert sum(counts.values()) == len(SMILE_SEEDED)


def test_economy_sasha_min_of_gets_and_list_pages(sandbox: Sandbox, sources: dict[str, Any]) -> None:
    source = sources["sasha"]
    jobs = [source.submit(**SUBMITS["sasha"][0]) for _ in range(6)]
    assert sum(_round(sandbox, source, [jobs[0].ref]).values()) == 1  # one job: one get
    counts = _round(sandbox, source, [j.ref for j in jobs])  # six: the one (unpaged) list
    assert sum(counts.values()) == 1 and next(iter(counts))[1] == "listJobs"


def test_economy_lens_min_of_gets_and_list_pages(sandbox: Sandbox, sources: dict[str, Any]) -> None:
    source = sources["tic_lens"]
    jobs = [source.submit(file=PNG, file_name=f"f{i}.png") for i in range(30)]
    counts = _round(sandbox, source, [j.ref for j in jobs])
    assert sum(counts.values()) == 1 and next(iter(counts))[1] == "listJobs"
    assert sum(_round(sandbox, source, [jobs[0].ref]).values()) == 1


def test_economy_huawei_list_pages_plus_one_result_per_newly_finished(
    sandbox: Sandbox, sources: dict[str, Any]
) -> None:
    source = sources["huawei_moderation"]
    jobs = [source.submit(urls=[f"https://img.example.com/{i}.jpg"]) for i in range(4)]
    refs = [j.ref for j in jobs]
    first = _round(sandbox, source, refs)
    assert sum(first.values()) == 1 and next(iter(first))[1] == "listImageBatchJobs"
    time.sleep(FAST.running + 0.2)
    finished = _round(sandbox, source, refs)
    assert finished == Counter({("GET", "listImageBatchJobs"): 1, ("GET", "getImageBatchJobResult"): 4})
    assert sum(_round(sandbox, source, refs).values()) == 0  # all final and kept: nothing left to ask


# --- the poller across processes ----------------------------------------------------------------------------------


def test_poller_resumes_from_a_token_in_a_new_process(sandbox: Sandbox, sources: dict[str, Any]) -> None:
    submitted = [sources["sasha"].submit(**SUBMITS["sasha"][0]), sources["tic_lens"].submit(**SUBMITS["tic_lens"][0])]
    first = imagejobs.wait([*submitted, *smile_refs()[:1]], sources=sources, timeout=0, policies=POLICIES)
    assert first.timed_out and len(first.pending) == 3
    script = (
        "import json, sys, imagejobs\n"
        "result = imagejobs.wait(token=sys.argv[1], timeout=20)\n"
        "print(json.dumps([[j.vendor.value, j.job_id, j.state.value] for j in result.done]))\n"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("IMAGEJOBS_")} | sandbox.env()
    out = subprocess.run(
        [sys.executable, "-c", script, first.token], capture_output=True, text=True, env=env, timeout=60
    )
    assert out.returncode == 0, out.stderr
    done = {tuple(row) for row in json.loads(out.stdout)}
    assert {(j.vendor.value, j.job_id, "completed") for j in submitted} <= done
    assert len(done) == 3

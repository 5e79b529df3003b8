"""``imagejobs demo``: the whole suite against the local sandboxes, on a fresh machine with no vendor account.

Starts the five sandboxes, submits jobs to the four vendors that take submissions (one of each set fails on purpose:
its URL or file name says "fail"), adds the Smile jobs the sandbox seeded, waits for all of them with the poller,
through the real clients, and returns the normalized Jobs.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from imagejobs_generated.normalized_job import Job, JobRef, Vendor

from ._poller import PollPolicy, wait
from ._registry import VENDORS, vendor_module

_PNG = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000")  # a PNG's first bytes


def run_demo(
    *, on_table: Callable[[Any, bool], Any] | None = None, as_json: bool = False, timeout: float = 50.0
) -> list[Job]:
    from .sandbox import DEMO, SMILE_SEEDED, Sandbox, Timings

    timings = Timings()
    with Sandbox(timings=timings) as sandbox:
        sources = {}
        for vendor in VENDORS:
            module = vendor_module(vendor)
            credentials = dict(DEMO[vendor])
            if vendor == "huawei_moderation":  # show AK/SK signing rather than the demo's static token
                credentials = {k: credentials[k] for k in ("project_id", "ak", "sk")}
            sources[vendor] = module.jobs(module.client(**credentials, base_url=sandbox.base_urls[vendor]))
        submitted = [
            sources["sasha"].submit(media_url="https://images.example.com/cat.jpg", media_mime_type="image/jpeg"),
            sources["sasha"].submit(operation="lookup", file=_PNG, file_name="holiday.png"),
            sources["sasha"].submit(media_url="https://images.example.com/fail.jpg", media_mime_type="image/jpeg"),
            sources["huawei_moderation"].submit(urls=["https://images.example.com/a.jpg", "https://images.example.com/b.jpg"]),
            sources["huawei_moderation"].submit(urls=["https://images.example.com/fail.jpg"]),
            sources["alibaba_vod"].submit(video_id="357a8748c5774b7e8e1a9d2726e6436a", template_id="5a86a00f15194f7e"),
            sources["alibaba_vod"].submit(video_id="fail0000video", template_id="5a86a00f15194f7e"),
            sources["tic_lens"].submit(file=_PNG, file_name="invoice.png"),
            sources["tic_lens"].submit(file=_PNG, file_name="fail.png"),
        ]  # fmt: skip
        smile = [JobRef(vendor=Vendor.smile_identity, job_id=j, extra={"user_id": u}) for j, u in SMILE_SEEDED]
        interval = timings.suggested_poll_interval
        policies = {v: PollPolicy(interval, interval * 4) for v in VENDORS}

        def run(on_change: Callable[[Job], None]) -> Any:
            return wait([*submitted, *smile], sources=sources, timeout=timeout, on_change=on_change, policies=policies)

        result = on_table(run, as_json) if on_table is not None else run(lambda job: None)
        finished = {(j.vendor.value, j.job_id) for j in result.done}
        # get_many resolves Alibaba's output URLs through ListAIImageInfo (the poller skips that)
        resolved = {
            j.job_id: j
            for j in sources["alibaba_vod"].get_many([j.ref for j in result.done if j.vendor.value == "alibaba_vod"])
        }
        jobs = [resolved.get(j.job_id, j) if j.vendor.value == "alibaba_vod" else j for j in result.done]
        jobs += [p for p in result.pending if isinstance(p, Job) and (p.vendor.value, p.job_id) not in finished]
    return sorted(jobs, key=lambda j: (VENDORS.index(j.vendor.value), j.job_id))

"""``imagejobs demo``: the whole suite against the local sandboxes, on a fresh machine with no vendor account.

Starts every vendor's sandbox, submits each vendor's demo jobs (some fail on purpose: their URL or file name says
"fail") or takes the jobs its sandbox seeded, waits for all of them with the poller, through the real clients, and
returns the normalized Jobs. Each vendor's part comes from its sandbox class (``demo_jobs``, ``demo_credentials``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from imagejobs_generated.normalized_job import Job, JobRef

from ._jobs import JobSource
from ._poller import PollPolicy, wait
from ._registry import VENDORS, descriptor, vendor_module


def run_demo(
    *, on_table: Callable[[Any, bool], Any] | None = None, as_json: bool = False, timeout: float = 50.0
) -> list[Job]:
    from .sandbox import Sandbox, Timings, sandbox_class

    timings = Timings()
    with Sandbox(timings=timings) as sandbox:
        sources: dict[str, JobSource] = {}
        submitted: list[Job | JobRef] = []
        for vendor in VENDORS:
            module = vendor_module(vendor)
            cls = sandbox_class(vendor)
            sources[vendor] = module.jobs(module.client(**cls.demo_credentials(), base_url=sandbox.base_urls[vendor]))
            submitted += cls.demo_jobs(sources[vendor])
        interval = timings.suggested_poll_interval
        policies = {v: PollPolicy(interval, interval * 4) for v in VENDORS}

        def run(on_change: Callable[[Job], None]) -> Any:
            return wait(submitted, sources=sources, timeout=timeout, on_change=on_change, policies=policies)

        result = on_table(run, as_json) if on_table is not None else run(lambda job: None)
        finished = {(j.vendor.value, j.job_id) for j in result.done}
        # A vendor whose get_many adds what a poll leaves out (Alibaba: signed output URLs) is asked once more.
        resolved: dict[tuple[str, str], Job] = {}
        for vendor in VENDORS:
            done = [j.ref for j in result.done if j.vendor.value == vendor]
            if descriptor(vendor).get_after_wait and done:
                resolved |= {(vendor, j.job_id): j for j in sources[vendor].get_many(done)}
        jobs = [resolved.get((j.vendor.value, j.job_id), j) for j in result.done]
        jobs += [p for p in result.pending if isinstance(p, Job) and (p.vendor.value, p.job_id) not in finished]
    return sorted(jobs, key=lambda j: (VENDORS.index(j.vendor.value), j.job_id))

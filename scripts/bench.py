#!/usr/bin/env python3
"""Benchmarks, side by side in one run, as ratios (this machine is noisy): prints one table; never fails on a number.

    python scripts/bench.py            # everything
    python scripts/bench.py --quick    # smaller counts (a smoke run)

P1 generation time; P2 per-call overhead against bare httpx and the official SDKs; P3 request economy of a polling
round; P4 async throughput against bare aiohttp; P5 normalizer cost per job; P6 import cost; P7 a wait on 10,000
jobs across the sandboxes: its peak memory, its continuation token's bytes per job, and its deadline while every
vendor hangs.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import platform
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

from _fastserver import FastServer  # noqa: E402

Row = tuple[str, str, str, str, str]  # id, what, measured, ratio, target
ROWS: list[Row] = []


def row(key: str, what: str, measured: str, ratio: float | None, target: str) -> None:
    ROWS.append((key, what, measured, "" if ratio is None else f"{ratio:.2f}x", target))
    print(f"  {key} {what}: {measured} {'' if ratio is None else f'({ratio:.2f}x)'}", file=sys.stderr, flush=True)


def best_of(runs: int, fn: Callable[[], float]) -> float:
    return min(fn() for _ in range(runs))


def per_call(fn: Callable[[], Any], n: int) -> float:
    fn()  # warm up (token fetch, connection)
    started = time.perf_counter()
    for _ in range(n):
        fn()
    return (time.perf_counter() - started) / n


def in_turns(one: Callable[[], Any], other: Callable[[], Any], n: int, runs: int = 3) -> tuple[float, float]:
    """Seconds per call of each, best of ``runs``, measured in turns so that the machine's drift falls on both."""
    rounds = [(per_call(one, n), per_call(other, n)) for _ in range(runs)]
    return min(a for a, _ in rounds), min(b for _, b in rounds)


# --- P1 -----------------------------------------------------------------------------------------------------------


def p1_generation() -> None:
    import generate

    def run(*args: str) -> float:
        started = time.perf_counter()
        script = str(ROOT / "scripts" / "generate.py")
        subprocess.run([sys.executable, script, *args], check=True, capture_output=True)
        return time.perf_counter() - started

    full, check = best_of(2, run), best_of(2, lambda: run("--check", "--full"))
    digest = best_of(3, lambda: run("--check"))  # an unchanged tree: answered from the recorded digest
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        raw = 0.0
        for spec in generate.vendor_specs():
            started = time.perf_counter()
            generate.generate_client(spec, out)
            raw += time.perf_counter() - started
        started = time.perf_counter()
        generate.generate_job_models(out)
        raw += time.perf_counter() - started
    row("P1", "full regeneration (wall)", f"{full:.2f} s", full / raw, "< 5 s")
    row("P1", "generate --check, unchanged tree: recorded digest (wall)", f"{digest:.2f} s", digest / raw, "< 0.5 s")
    row("P1", "generate --check --full: regenerate and compare (wall)", f"{check:.2f} s", check / raw, "< 5 s")
    row("P1", "raw generator runs, one after another", f"{raw:.2f} s", None, "(baseline)")


# --- P2 -----------------------------------------------------------------------------------------------------------


GUID = "3c90c3cc-0d44-4b50-8888-8dd25736052a"  # P4: the Lens job polled
SASHA_JOB = {
    "job_id": "j",
    "type": "embed-signature",
    "status": "pending",
    "created_at": "2024-07-29T15:51:28Z",
    "updated_at": "2024-07-29T15:51:28Z",
}  # fmt: skip  (P5: the SASHA job normalized)


def _answers() -> Callable[[str, str], tuple[int, bytes]]:
    """The benchmark server's answers: every vendor's (descriptor ``bench.answers``), by path prefix."""
    from imagejobs._registry import descriptors

    encoded = {prefix: json.dumps(body).encode() for d in descriptors() for prefix, body in d.bench.answers().items()}

    def route(method: str, target: str) -> tuple[int, bytes]:
        for prefix, body in encoded.items():
            if target.startswith(prefix):
                return 200, body
        return 404, b"{}"

    return route


def p2_overhead(n: int) -> None:
    import importlib

    import httpx

    from imagejobs._registry import descriptors, vendor_module

    with FastServer(_answers()) as server:
        url = server.url
        host = url.removeprefix("http://")
        bare = httpx.Client(base_url=url)
        clients, calls = {}, {}
        for d in descriptors():
            clients[d.name] = vendor_module(d.name).client(
                **d.bench.credentials, **d.bench.client_options, base_url=url + d.bench.base_path
            )
            calls[d.name] = (importlib.import_module(d.bench.operation), d.bench.kwargs())

        def signed_call(vendor: str) -> Callable[[], Any]:
            module, kwargs = calls[vendor]
            http = clients[vendor].get_httpx_client()
            return lambda: http.request(**module._get_kwargs(**kwargs)).json()

        def bare_call(vendor: str) -> Callable[[], Any]:
            signed_inline = next(d for d in descriptors() if d.name == vendor).bench.bare
            return lambda: signed_inline(bare, host)

        ours = {vendor: (signed_call(vendor), bare_call(vendor)) for vendor in calls}

        def generated_call(vendor: str) -> Callable[[], Any]:
            module, kwargs = calls[vendor]
            return lambda: module.sync_detailed(client=clients[vendor], **kwargs)

        full = {vendor: generated_call(vendor) for vendor in calls}
        for vendor, (mine, theirs) in ours.items():
            mine_s, bare_s = in_turns(mine, theirs, n)
            row("P2", f"{vendor}: ours / bare httpx, signed inline", f"{mine_s * 1e6:.0f} us vs {bare_s * 1e6:.0f} us",
                mine_s / bare_s, "<= 1.10x")  # fmt: skip
            whole = best_of(3, lambda f=full[vendor]: per_call(f, n))
            row("P2", f"{vendor}: the generated operation, parsed into its model", f"{whole * 1e6:.0f} us",
                whole / bare_s, "(information)")  # fmt: skip
        for vendor, sdk_call, target in _official_sdks(url):
            mine_s, sdk_s = in_turns(full[vendor], sdk_call, n)
            row("P2", f"{vendor}: ours (generated operation) / official SDK",
                f"{mine_s * 1e6:.0f} us vs {sdk_s * 1e6:.0f} us", mine_s / sdk_s, target)  # fmt: skip


#: The vendors' official SDKs making the same read as the descriptor's benchmark request. Optional by nature (a vendor
#: without an SDK has no entry, and a new vendor needs none): the one vendor table outside the registry, allowed by
#: tests/test_one_place.py.
def _official_sdks(url: str) -> list[tuple[str, Callable[[], Any], str]]:
    sdks: list[tuple[str, Callable[[], Any], str]] = []
    try:
        from huaweicloudsdkcore.auth.credentials import BasicCredentials
        from huaweicloudsdkmoderation.v2 import ModerationClient, RunCheckTaskJobsRequest

        moderation = (ModerationClient.new_builder().with_credentials(BasicCredentials("AK", "SK", "p"))
                      .with_endpoint(url).build())  # fmt: skip
        sdks.append(("huawei_moderation", lambda: moderation.run_check_task_jobs(RunCheckTaskJobsRequest()), "<= 0.6x"))
    except ImportError as exc:
        print(f"  (Huawei SDK not installed: {exc})", file=sys.stderr)
    try:
        from smile_id_core import Utilities

        utilities = Utilities("085", "bench-api-key", sid_server=url + "/v1")
        options = {"return_job_status": True, "return_history": False, "return_images": False}
        params = {"job_id": "m", "user_id": "u", "job_type": 4}
        sdks.append(("smile_identity", lambda: utilities.get_job_status(params, options), "<= 0.6x"))
    except ImportError as exc:
        print(f"  (Smile SDK not installed: {exc})", file=sys.stderr)
    try:
        from alibabacloud_tea_openapi.models import Config
        from alibabacloud_vod20170321 import models
        from alibabacloud_vod20170321.client import Client

        vod = Client(Config(access_key_id="AK", access_key_secret="SK", endpoint=url.removeprefix("http://"),
                            protocol="http"))  # fmt: skip
        sdks.append(("alibaba_vod", lambda: vod.get_aiimage_jobs(models.GetAIImageJobsRequest(job_ids="a")), "<= 1.0x"))
    except ImportError as exc:
        print(f"  (Alibaba SDK not installed: {exc})", file=sys.stderr)
    return sdks


# --- P3 -----------------------------------------------------------------------------------------------------------


def p3_economy() -> None:
    from imagejobs._registry import descriptors, vendor_module
    from imagejobs.sandbox import DEMO, Sandbox, Timings, sandbox_class

    timings = Timings(pending=30, running=60)  # nothing finishes during the measurement
    with Sandbox(timings=timings) as sandbox:
        for d in descriptors():
            module = vendor_module(d.name)
            source = module.jobs(module.client(**DEMO[d.name], base_url=sandbox.base_urls[d.name]))
            if d.submit is not None:
                count = 95 if d.poll_requests(95) > 1 else 40  # enough to need several calls where batches are capped
                refs = [source.submit(**d.submit.example).ref for _ in range(count)]
            else:  # jobs the sandbox seeded
                refs = sandbox_class(d.name).seeded()
            sandbox.reset_counts()
            source.poll(refs)
            made, minimum = sum(sandbox.counts(d.name).values()), d.poll_requests(len(refs))
            row("P3", f"{d.name}: requests for one round of {len(refs)} jobs / minimum", f"{made} / {minimum}",
                made / minimum, "1.00")  # fmt: skip


# --- P4 -----------------------------------------------------------------------------------------------------------


def p4_throughput(polls: int, concurrency: int = 50) -> None:
    import aiohttp
    import httpx

    from imagejobs import tic_lens

    async def ours(url: str, transport: httpx.AsyncBaseTransport | None) -> float:
        args = {"transport": transport} if transport is not None else {}
        source = tic_lens.jobs(tic_lens.client(api_key="k", base_url=url, httpx_args=args), concurrency=concurrency)
        limit = asyncio.Semaphore(concurrency)

        async def one() -> None:
            async with limit:
                await source.aget(GUID)

        await one()
        started = time.perf_counter()
        await asyncio.gather(*(one() for _ in range(polls)))
        rate = polls / (time.perf_counter() - started)
        await source.client.get_async_httpx_client().aclose()
        return rate

    async def floor(url: str) -> float:
        """What any client with httpx's interface pays at least: an httpx Request (its URL parsed) and Response per
        poll, over the same aiohttp transport; no auth, retries, errors or normalizing."""
        from imagejobs._aiohttp import ExactURLAiohttpTransport

        transport = ExactURLAiohttpTransport(limits=httpx.Limits(max_connections=100), trust_env=False)
        limit = asyncio.Semaphore(concurrency)

        async def one() -> None:
            async with limit:
                request = httpx.Request("GET", f"{url}/sentinel/jobs/{GUID}", headers={"x-api-key": "k"})
                answer = await transport.handle_async_request(request)
                json.loads(await answer.aread())

        started = time.perf_counter()
        await asyncio.gather(*(one() for _ in range(polls)))
        rate = polls / (time.perf_counter() - started)
        await transport.aclose()
        return rate

    async def bare(url: str) -> float:
        limit = asyncio.Semaphore(concurrency)
        async with aiohttp.ClientSession(url) as session:

            async def one() -> None:
                async with limit, session.get(f"/sentinel/jobs/{GUID}", headers={"x-api-key": "k"}) as answer:
                    json.loads(await answer.read())

            started = time.perf_counter()
            await asyncio.gather(*(one() for _ in range(polls)))
            return polls / (time.perf_counter() - started)

    with FastServer(_answers()) as server:
        default = asyncio.run(ours(server.url, None))
        httpx_own = asyncio.run(ours(server.url, httpx.AsyncHTTPTransport(limits=httpx.Limits(max_connections=100))))
        floor_rate = asyncio.run(floor(server.url))
        aiohttp_rate = asyncio.run(bare(server.url))
    row("P4", f"{polls} polls via async job source, default transport (aiohttp)", f"{default:.0f}/s",
        default / aiohttp_rate, ">= 0.8x")  # fmt: skip
    row("P4", f"{polls} polls via async job source, httpx's own transport (no [aiohttp])", f"{httpx_own:.0f}/s",
        httpx_own / aiohttp_rate, "(core install)")  # fmt: skip
    row("P4", "httpx Request/Response over the same transport, nothing else", f"{floor_rate:.0f}/s",
        floor_rate / aiohttp_rate, "(httpx's interface alone)")  # fmt: skip
    row("P4", "bare aiohttp, same server, same concurrency", f"{aiohttp_rate:.0f}/s", None, "(baseline)")


# --- P5 -----------------------------------------------------------------------------------------------------------


def p5_normalizer(jobs: int) -> None:
    """Measured in a fresh interpreter: the garbage collector's full passes grow with every object alive, and the
    earlier steps leave three vendor SDKs and their servers' objects behind, which no caller's process carries."""
    code = f"import sys; sys.path.insert(0, {str(ROOT / 'scripts')!r}); import bench; bench.p5_measure({jobs})"
    seconds, peak = json.loads(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                                              check=True, cwd=ROOT).stdout)  # fmt: skip
    row("P5", f"normalizer, JSON bytes -> Job, {jobs} SASHA jobs", f"{seconds / jobs * 1e6:.1f} us/job", None,
        "<= 10 us/job")  # fmt: skip
    row("P5", "normalizer peak memory", f"{peak / 2**20:.1f} MiB ({peak / jobs / 1024:.1f} KiB/job)", None, "")


def p5_measure(jobs: int) -> None:
    from imagejobs import normalize

    payload = json.dumps({"jobs": [dict(SASHA_JOB, job_id=f"j{i}", signature_id=str(2**63 + i)) for i in range(jobs)]})
    raw = payload.encode()

    def once() -> float:
        started = time.perf_counter()
        normalize("sasha", json.loads(raw))
        return time.perf_counter() - started

    seconds = best_of(3, once)
    tracemalloc.start()
    normalize("sasha", json.loads(raw))
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(json.dumps([seconds, peak]))


# --- P7 -----------------------------------------------------------------------------------------------------------


def p7_wait(jobs: int) -> None:
    """Measured in a fresh interpreter, as P5 (tracemalloc's peak is of the wait alone)."""
    code = f"import sys; sys.path.insert(0, {str(ROOT / 'scripts')!r}); import bench; bench.p7_measure({jobs})"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT).stdout
    m = json.loads(out)
    row("P7", f"wait on {m['jobs']} jobs at 4 sandboxes, until all final: wall time (traced)",
        f"{m['seconds']:.1f} s", None, "(information)")  # fmt: skip
    row("P7", "  its peak memory (tracemalloc)", f"{m['peak'] / 2**20:.1f} MiB ({m['peak'] / m['jobs'] / 1024:.1f} "
        "KiB/job)", None, "(information)")  # fmt: skip
    row("P7", f"continuation token of {m['jobs']} jobs: bytes per job, v2 (compressed) / v1",
        f"{m['token'] / m['jobs']:.1f} B vs {m['token_v1'] / m['jobs']:.1f} B", m["token"] / m["token_v1"],
        "(compact)")  # fmt: skip
    row("P7", "  1,000 Lens GUIDs in one token (one command-line argument holds 128 KiB)",
        f"{m['lens_1000'] / 1024:.1f} KiB", None, "< 128 KiB")  # fmt: skip
    row("P7", f"wait(timeout=1.0) on {m['jobs']} jobs while every vendor hangs: returned after",
        f"{m['deadline']:.2f} s", None, "<= 2.0 s")  # fmt: skip


def _submitter(form: Any) -> Callable[[Any, int], Any]:
    """An async submit of the vendor's example submission (its descriptor's ``submit.example``)."""
    return lambda source, i: source.asubmit(**form.example)


def p7_measure(jobs: int) -> None:
    import base64 as b64
    import uuid

    import imagejobs
    from imagejobs import JobRef
    from imagejobs._registry import descriptor
    from imagejobs.sandbox import DEMO, Fault, Sandbox, Timings

    vendors = [v for v in imagejobs.VENDORS if descriptor(v).submit is not None]
    submits: dict[str, Callable[[Any, int], Any]] = {v: _submitter(descriptor(v).submit) for v in vendors}
    policies = {v: imagejobs.PollPolicy(0.2, 1.0) for v in vendors}
    with Sandbox(timings=Timings(pending=0.1, running=0.5)) as sandbox:
        sources = {}
        for vendor in vendors:
            module = getattr(imagejobs, vendor)
            sources[vendor] = module.jobs(module.client(**DEMO[vendor], base_url=sandbox.base_urls[vendor]))
        refs = asyncio.run(_submit_all(sources, submits, jobs))
        token = imagejobs.encode_token(refs)
        entries = [{"vendor": r.vendor.value, "job_id": r.job_id} for r in refs]
        token_v1 = "ijw1." + b64.urlsafe_b64encode(json.dumps({"v": 1, "jobs": entries}).encode()).decode()
        lens = [JobRef(vendor="tic_lens", job_id=str(uuid.uuid4())) for _ in range(1000)]
        time.sleep(0.6)
        tracemalloc.start()
        started = time.perf_counter()
        result = imagejobs.wait(token=token, sources=sources, timeout=600, policies=policies)
        seconds = time.perf_counter() - started
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        assert len(result.done) == jobs, (len(result.done), len(result.pending), len(result.lost))
        for vendor in vendors:
            sandbox.inject(vendor, Fault("hang", delay=30.0, times=None))
        fresh = {v: type(s)(s.client) for v, s in sources.items()}  # nothing kept from the first wait
        started = time.perf_counter()
        imagejobs.wait(refs, sources=fresh, timeout=1.0, policies=policies)
        deadline = time.perf_counter() - started
        sandbox.clear_faults()
    print(json.dumps({"jobs": jobs, "seconds": seconds, "peak": peak, "token": len(token), "token_v1": len(token_v1),
                      "lens_1000": len(imagejobs.encode_token(lens)), "deadline": deadline}))  # fmt: skip


async def _submit_all(sources: dict[str, Any], submits: dict[str, Callable[[Any, int], Any]], jobs: int) -> list[Any]:
    """The jobs, submitted 50 at a time (one at a time, a sandbox answers in about 45 ms on this machine)."""
    vendors = list(submits)
    limit = asyncio.Semaphore(50)

    async def one(i: int) -> Any:
        async with limit:
            vendor = vendors[i % len(vendors)]
            return (await submits[vendor](sources[vendor], i)).ref

    try:
        return list(await asyncio.gather(*(one(i) for i in range(jobs))))
    finally:
        for source in sources.values():
            await source.client.get_async_httpx_client().aclose()


# --- P6 -----------------------------------------------------------------------------------------------------------


def _import_time(statement: str) -> float:
    code = f"import time; t = time.perf_counter(); {statement}; print(time.perf_counter() - t)"
    times = [float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout)
             for _ in range(5)]  # fmt: skip
    return statistics.median(times)


def p6_imports() -> None:
    httpx_s = _import_time("import httpx")
    for what, statement in [("import imagejobs", "import imagejobs"),
                            ("one vendor client (from imagejobs import alibaba_vod)",
                             "from imagejobs import alibaba_vod; alibaba_vod.client(access_key_id='a', "
                             "access_key_secret='b')"),
                            ("the Alibaba SDK client", "import alibabacloud_vod20170321.client")]:  # fmt: skip
        try:
            seconds = _import_time(statement)
        except subprocess.CalledProcessError:
            continue
        row("P6", f"{what} / import httpx", f"{seconds * 1000:.0f} ms vs {httpx_s * 1000:.0f} ms", seconds / httpx_s,
            "<= 2.5x" if "SDK" not in what else "(about 4x)")  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="smaller counts, for a smoke run")
    args = parser.parse_args()
    n, polls, jobs = (100, 2000, 2000) if args.quick else (500, 10_000, 10_000)
    started = time.perf_counter()
    for step in (p1_generation, lambda: p2_overhead(n), p3_economy, lambda: p4_throughput(polls),
                 lambda: p5_normalizer(jobs), p6_imports, lambda: p7_wait(jobs)):  # fmt: skip
        step()
    machine = f"Python {platform.python_version()}, {platform.machine()}, {platform.processor() or 'cpu'}"
    print(f"imagejobs benchmarks, {datetime.now(UTC):%Y-%m-%d}, {machine}; {time.perf_counter() - started:.0f} s\n")
    header = ("id", "measure", "measured", "ratio", "target")
    widths = [max(len(r[i]) for r in [header, *ROWS]) for i in range(5)]
    for line in [header, tuple("-" * w for w in widths), *ROWS]:
        print("| " + " | ".join(cell.ljust(w) for cell, w in zip(line, widths, strict=True)) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())

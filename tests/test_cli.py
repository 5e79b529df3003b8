"""The `imagejobs` command end to end, in subprocesses, against the sandboxes."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from imagejobs.sandbox import SMILE_SEEDED, Sandbox, Timings

FAST = Timings(pending=0.1, running=0.3, suggested_poll_interval=0.05)
IMAGEJOBS = shutil.which("imagejobs", path=str(Path(sys.executable).parent)) or "imagejobs"


def run(*args: str, env: dict[str, str] | None = None, timeout: float = 90) -> subprocess.CompletedProcess[str]:
    base = {k: v for k, v in os.environ.items() if not k.startswith("IMAGEJOBS_")}
    return subprocess.run([IMAGEJOBS, *args], capture_output=True, text=True, env=base | (env or {}), timeout=timeout)


def jobs_of(out: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in out.splitlines() if line.strip()]


@pytest.fixture(scope="module")
def sandbox_env() -> Iterator[dict[str, str]]:
    with Sandbox(timings=FAST) as sandbox:
        yield sandbox.env()


def test_demo_json_runs_every_vendor_end_to_end() -> None:
    result = run("demo", "--json")
    assert result.returncode == 0, result.stderr
    jobs = jobs_of(result.stdout)
    assert {j["vendor"] for j in jobs} == {"sasha", "huawei_moderation", "smile_identity", "alibaba_vod", "tic_lens"}
    assert {j["state"] for j in jobs} == {"completed", "failed"}
    assert all({"vendor", "job_id", "ref", "state", "raw", "outputs", "result"} <= j.keys() for j in jobs)


def test_demo_table() -> None:
    result = run("demo")
    assert result.returncode == 0, result.stderr
    assert "imagejobs demo" in result.stdout and "completed" in result.stdout and "failed" in result.stdout


def test_sandbox_print_env() -> None:
    result = run("sandbox", "--print-env", "--port", "8700")
    assert result.returncode == 0
    lines = dict(line.split("=", 1) for line in result.stdout.splitlines())
    assert lines["IMAGEJOBS_SASHA_BASE_URL"] == "http://127.0.0.1:8700"
    assert lines["IMAGEJOBS_TIC_LENS_BASE_URL"] == "http://127.0.0.1:8704"
    assert "IMAGEJOBS_ALIBABA_VOD_ACCESS_KEY_ID" in lines and "IMAGEJOBS_SMILE_IDENTITY_API_KEY" in lines


def test_submit_status_list_watch(sandbox_env: dict[str, str]) -> None:
    submitted = run("submit", "sasha", "--media-url", "https://img.example.com/a.jpg", "--mime-type", "image/jpeg",
                    "--json", env=sandbox_env)  # fmt: skip
    assert submitted.returncode == 0, submitted.stderr
    (job,) = jobs_of(submitted.stdout)
    assert job["state"] == "pending"
    status = run("status", "sasha", str(job["job_id"]), "--json", env=sandbox_env)
    assert status.returncode == 0 and jobs_of(status.stdout)[0]["job_id"] == job["job_id"]
    watched = run("watch", "sasha", str(job["job_id"]), "--json", "--timeout", "20", env=sandbox_env)
    assert watched.returncode == 0, watched.stderr
    assert jobs_of(watched.stdout)[-1]["state"] == "completed"
    listed = run("list", "sasha", "--json", env=sandbox_env)
    assert job["job_id"] in {j["job_id"] for j in jobs_of(listed.stdout)}
    table = run("status", "sasha", str(job["job_id"]), env=sandbox_env)
    assert "completed" in table.stdout and "job id" in table.stdout


def test_watch_exits_non_zero_when_a_job_failed(sandbox_env: dict[str, str]) -> None:
    submitted = run("submit", "tic_lens", "--file", __file__, "--json", env=sandbox_env)
    bad = run("submit", "huawei_moderation", "--url", "https://img.example.com/fail.jpg", "--json", env=sandbox_env)
    assert submitted.returncode == 0 and bad.returncode == 0, bad.stderr
    (job,) = jobs_of(bad.stdout)
    watched = run("watch", "huawei_moderation", str(job["job_id"]), "--timeout", "20", env=sandbox_env)
    assert watched.returncode == 1 and "failed" in watched.stdout


def test_smile_status_with_user_id(sandbox_env: dict[str, str]) -> None:
    job_id, user_id = SMILE_SEEDED[0]
    result = run("status", "smile_identity", job_id, "--user-id", user_id, "--json", env=sandbox_env)
    assert result.returncode == 0, result.stderr
    assert jobs_of(result.stdout)[0]["ref"]["extra"] == {"user_id": user_id}


def test_clear_messages_for_bad_input() -> None:
    missing = run("list", "tic_lens")
    assert missing.returncode == 2 and "IMAGEJOBS_TIC_LENS_API_KEY" in missing.stderr
    unknown = run("list", "acme")
    assert unknown.returncode == 2 and "unknown vendor 'acme'" in unknown.stderr
    unsupported = run("submit", "smile_identity", env={"IMAGEJOBS_SMILE_IDENTITY_PARTNER_ID": "1",
                                                        "IMAGEJOBS_SMILE_IDENTITY_API_KEY": "k"})  # fmt: skip
    assert unsupported.returncode == 2 and "not supported" in unsupported.stderr
    bad_args = run("submit", "huawei_moderation")
    assert bad_args.returncode == 2 and "--url" in bad_args.stderr


CUT_MID_EMOJI = '{"job": {"job_id": "a", "status": "failed", "error": {"code": "x", "message": "bad \\ud83d"}}}'


@pytest.mark.parametrize("as_json", [True, False])
def test_vendor_text_cut_mid_emoji_prints(as_json: bool) -> None:
    """A lone surrogate is valid JSON but not UTF-8: the Job's own JSON and a strict stdout would both refuse it."""
    script = ("import json, sys; from imagejobs import cli, normalize; cli._tolerant_stdout(); "
              f"cli._print_jobs(normalize('sasha', json.loads(sys.argv[1])), {as_json})")  # fmt: skip
    env = {k: v for k, v in os.environ.items() if k != "PYTHONIOENCODING"} | {"COLUMNS": "200"}
    out = subprocess.run([sys.executable, "-c", script, CUT_MID_EMOJI], capture_output=True, text=True, env=env,
                         errors="backslashreplace", check=True).stdout  # fmt: skip
    if as_json:
        assert json.loads(out)["error"]["message"] == "bad \ud83d"
    else:
        assert "bad \\ud83d" in out

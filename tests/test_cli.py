"""The `imagejobs` command end to end, in subprocesses, against the sandboxes."""

from __future__ import annotations

import argparse
import json
import os
import re
import select
import shlex
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

import imagejobs
from imagejobs import cli
from imagejobs.sandbox import Sandbox, Timings
from imagejobs.sandbox._smile_identity import SMILE_SEEDED

FAST = Timings(pending=0.1, running=0.3, suggested_poll_interval=0.05)
#: Jobs that take a few seconds: long enough for a watch to time out first, short enough to resume.
SLOW = Timings(pending=1.0, running=10.0, suggested_poll_interval=0.05)
IMAGEJOBS = shutil.which("imagejobs", path=str(Path(sys.executable).parent)) or "imagejobs"
ROOT = Path(__file__).resolve().parent.parent
ANSI = re.compile(r"\x1b(\[[0-9;?]*[ -/]*[@-~]|\][^\x07]*\x07|[()][A-Z0-9])")


def _env(env: dict[str, str] | None) -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if not k.startswith("IMAGEJOBS_")} | (env or {})


def run(
    *args: str, env: dict[str, str] | None = None, timeout: float = 90, input: str | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [IMAGEJOBS, *args], capture_output=True, text=True, env=_env(env), timeout=timeout, input=input
    )


def run_in_terminal(*args: str, env: dict[str, str], columns: int = 80, timeout: float = 60) -> tuple[int, str]:
    """The command on a pseudo-terminal of ``columns`` columns: what a person sees (ANSI sequences removed)."""
    import fcntl
    import pty
    import struct
    import termios

    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, columns, 0, 0))
    terminal = _env(env) | {"COLUMNS": str(columns), "LINES": "24", "TERM": "xterm-256color"}
    terminal.pop("NO_COLOR", None)
    proc = subprocess.Popen([IMAGEJOBS, *args], stdin=slave, stdout=slave, stderr=slave, env=terminal)
    os.close(slave)
    chunks: list[bytes] = []
    deadline = time.monotonic() + timeout
    try:
        while time.monotonic() < deadline:
            if select.select([master], [], [], 0.2)[0]:
                try:
                    data = os.read(master, 65536)
                except OSError:  # EIO: the command ended and closed the terminal
                    break
                if not data:
                    break
                chunks.append(data)
        else:
            proc.kill()
            raise AssertionError(f"{args} still running after {timeout} s")
        code = proc.wait(timeout=10)
    finally:
        os.close(master)
    return code, ANSI.sub("", b"".join(chunks).decode(errors="replace")).replace("\r", "")


def jobs_of(out: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in out.splitlines() if line.strip()]


@pytest.fixture(scope="module")
def sandbox_env() -> Iterator[dict[str, str]]:
    with Sandbox(timings=FAST) as sandbox:
        yield sandbox.env()


@pytest.fixture(scope="module")
def slow_env() -> Iterator[dict[str, str]]:
    with Sandbox(timings=SLOW) as sandbox:
        yield sandbox.env()


def submit_sasha(env: dict[str, str]) -> str:
    submitted = run("submit", "sasha", "--media-url", "https://img.example.com/a.jpg", "--mime-type", "image/jpeg",
                    "--json", env=env)  # fmt: skip
    assert submitted.returncode == 0, submitted.stderr
    return str(jobs_of(submitted.stdout)[0]["job_id"])


@pytest.mark.slow
def test_demo_json_runs_every_vendor_end_to_end() -> None:
    result = run("demo", "--json")
    assert result.returncode == 0, result.stderr
    jobs = jobs_of(result.stdout)
    assert {j["vendor"] for j in jobs} == set(imagejobs.VENDORS)
    assert {j["state"] for j in jobs} == {"completed", "failed"}
    assert all({"vendor", "job_id", "ref", "state", "raw", "outputs", "result"} <= j.keys() for j in jobs)


@pytest.mark.slow
def test_demo_table() -> None:
    result = run("demo")
    assert result.returncode == 0, result.stderr
    assert "imagejobs demo" in result.stdout and "completed" in result.stdout and "failed" in result.stdout


@pytest.mark.slow
def test_sandbox_print_env_is_what_eval_accepts() -> None:
    script = f'eval "$({shlex.quote(IMAGEJOBS)} sandbox --print-env --port 8700)" && env'
    result = subprocess.run(["sh", "-c", script], capture_output=True, text=True, env=_env(None), timeout=60)
    assert result.returncode == 0, result.stderr
    exported = dict(line.split("=", 1) for line in result.stdout.splitlines() if line.startswith("IMAGEJOBS_"))
    assert exported["IMAGEJOBS_SASHA_BASE_URL"] == "http://127.0.0.1:8700"
    assert exported["IMAGEJOBS_TIC_LENS_BASE_URL"] == "http://127.0.0.1:8704"
    assert "IMAGEJOBS_ALIBABA_VOD_ACCESS_KEY_ID" in exported and "IMAGEJOBS_SMILE_IDENTITY_API_KEY" in exported
    printed = run("sandbox", "--print-env", "--port", "8700").stdout.splitlines()
    assert len(exported) == sum(line.startswith("export ") for line in printed)
    for job_id, user_id in SMILE_SEEDED:  # the seeded Smile jobs, as comments the shell ignores
        assert f"#   imagejobs status smile_identity {job_id} --user-id {user_id}" in printed


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


def test_a_busy_port_is_one_line_and_exit_2() -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        result = run("sandbox", "--port", str(port), timeout=60)
    assert result.returncode == 2, result.stdout + result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr
    assert str(port) in result.stderr and "--port" in result.stderr


@pytest.mark.slow
def test_the_sandbox_prints_its_seeded_smile_jobs_and_the_printed_command_works() -> None:
    for _ in range(3):  # five consecutive free ports: retried if another process took one meanwhile
        port = _free_port()
        proc = subprocess.Popen([IMAGEJOBS, "sandbox", "--port", str(port)], stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True, env=_env(None))  # fmt: skip
        assert proc.stdout is not None
        lines: list[str] = []
        try:
            while len([line for line in lines if "imagejobs status smile_identity" in line]) < len(SMILE_SEEDED):
                line = proc.stdout.readline()
                if not line:
                    break
                lines.append(line.rstrip("\n"))
            if proc.poll() == 2:
                continue
            env = dict(shlex.split(line.removeprefix("export "))[0].split("=", 1) for line in lines
                       if line.startswith("export "))  # fmt: skip
            seeded = [line.removeprefix("#").strip() for line in lines if "imagejobs status smile_identity" in line]
            command = shlex.split(seeded[0])
            assert command[-3:-1] == [SMILE_SEEDED[0][0], "--user-id"] or command[3] == SMILE_SEEDED[0][0]
            result = run(*command[1:], "--json", env=env)
            assert result.returncode == 0, result.stderr
            assert jobs_of(result.stdout)[0]["job_id"] == SMILE_SEEDED[0][0]
        finally:
            proc.send_signal(signal.SIGINT)
            proc.communicate(timeout=20)
        assert proc.returncode == 0
        return
    pytest.fail("no five consecutive free ports")


def test_the_readme_example_uses_the_seeded_smile_ids() -> None:
    job_id, user_id = SMILE_SEEDED[0]
    assert f"imagejobs status smile_identity {job_id} --user-id {user_id}" in (ROOT / "README.md").read_text()


@pytest.mark.slow
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


@pytest.mark.slow
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


@pytest.mark.slow
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


# --- watch: resume from a token ----------------------------------------------------------------------------------


@pytest.mark.slow
def test_watch_resumes_from_the_command_it_printed(slow_env: dict[str, str]) -> None:
    job_id = submit_sasha(slow_env)
    first = run("watch", "sasha", job_id, "--timeout", "0.3", env=slow_env)
    assert first.returncode == 4, first.stderr
    assert first.stdout.splitlines()[0] == "timed out after 0.3 s: 0/1 done, 1 still pending"
    advice = first.stderr.strip().splitlines()[-1]
    assert advice.startswith("still pending after the timeout; resume with: imagejobs watch --token ")
    command = shlex.split(advice.split("resume with: ", 1)[1])
    token = command[-1]

    other = run("watch", "tic_lens", "--token", token, env=slow_env)  # a vendor that does not match the token
    assert other.returncode == 2 and "the token holds jobs of sasha, not tic_lens" in other.stderr

    resumed = run(*command[1:], "--timeout", "30", env=slow_env)  # exactly what it printed (plus a timeout)
    assert resumed.returncode == 0, resumed.stderr
    assert resumed.stdout.splitlines()[0].startswith("done: 1/1 in ")
    assert job_id in resumed.stdout and "completed" in resumed.stdout
    same_vendor = run("watch", "sasha", "--token", token, "--json", "--timeout", "30", env=slow_env)
    assert same_vendor.returncode == 0 and jobs_of(same_vendor.stdout)[-1]["state"] == "completed"


@pytest.mark.slow
def test_watch_reads_and_writes_its_token_file(slow_env: dict[str, str], tmp_path: Path) -> None:
    job_id = submit_sasha(slow_env)
    token_file = tmp_path / "watch.token"
    first = run("watch", "sasha", job_id, "--timeout", "0.3", "--token-file", str(token_file), env=slow_env)
    assert first.returncode == 4, first.stderr
    assert f"resume with: imagejobs watch --token-file {token_file}" in first.stderr
    token = token_file.read_text().strip()
    assert token and token not in first.stderr  # written to the file, not printed

    from_stdin = run("watch", "--token-file", "-", "--json", "--timeout", "30", env=slow_env, input=token + "\n")
    assert from_stdin.returncode == 0, from_stdin.stderr
    assert jobs_of(from_stdin.stdout)[-1]["job_id"] == job_id
    again = run("watch", "--token-file", str(token_file), "--timeout", "30", env=slow_env)
    assert again.returncode == 0, again.stderr
    assert token_file.read_text().strip() != token  # rewritten: nothing left pending in it


@pytest.mark.slow
def test_watch_usage_errors_name_the_flags(sandbox_env: dict[str, str]) -> None:
    nothing = run("watch", env=sandbox_env)
    assert nothing.returncode == 2 and "--token" in nothing.stderr and "VENDOR" in nothing.stderr
    empty = run("watch", "--token-file", "-", env=sandbox_env, input="")
    assert empty.returncode == 2 and "--token-file -: empty" in empty.stderr


# --- help, list, errors ------------------------------------------------------------------------------------------


def _parsers() -> dict[tuple[str, ...], argparse.ArgumentParser]:
    found: dict[tuple[str, ...], argparse.ArgumentParser] = {}

    def walk(path: tuple[str, ...], parser: argparse.ArgumentParser) -> None:
        found[path] = parser
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                for name, sub in action.choices.items():
                    walk((*path, name), sub)

    walk((), cli._parser())
    return found


@pytest.mark.slow
def test_every_command_and_flag_has_help_and_help_lists_exit_codes() -> None:
    parsers = _parsers()
    assert ("submit", "sasha") in parsers and ("watch",) in parsers
    for path, parser in parsers.items():
        for action in parser._actions:
            assert action.help and action.help != argparse.SUPPRESS, (path, action.dest)
        result = run(*path, "--help")
        assert result.returncode == 0
        assert "exit codes:" in result.stdout and "4    watch: the timeout came first" in result.stdout, path
        for action in parser._actions:
            for option in action.option_strings:
                assert option in result.stdout, (path, option)


@pytest.mark.slow
def test_list_offers_every_state_and_says_when_it_stopped_at_the_limit(sandbox_env: dict[str, str]) -> None:
    from imagejobs_generated.normalized_job import JobState

    for _ in range(3):
        assert run("submit", "tic_lens", "--file", __file__, env=sandbox_env).returncode == 0
    help_text = run("list", "--help").stdout
    for state in JobState:
        assert state.value in help_text
    limited = run("list", "tic_lens", "--limit", "2", "--json", env=sandbox_env)
    assert limited.returncode == 0 and len(jobs_of(limited.stdout)) == 2
    assert "stopped at --limit 2; more jobs exist" in limited.stderr
    table = run("list", "tic_lens", "--limit", "2", env=sandbox_env)
    assert table.stdout.splitlines()[0] == "first 2 jobs (--limit 2; more exist)"
    everything = run("list", "tic_lens", "--limit", "0", "--json", env=sandbox_env)
    assert len(jobs_of(everything.stdout)) >= 3 and "stopped" not in everything.stderr
    unknown = run("list", "tic_lens", "--state", "unknown", "--json", env=sandbox_env)
    assert unknown.returncode == 0, unknown.stderr


@pytest.mark.slow
def test_errors_name_the_command_line_flags(sandbox_env: dict[str, str]) -> None:
    no_type = run("submit", "sasha", "--media-url", "https://img.example.com/a.jpg", env=sandbox_env)
    assert no_type.returncode == 2 and "--mime-type" in no_type.stderr and "media_mime_type" not in no_type.stderr
    no_user = run("status", "smile_identity", SMILE_SEEDED[0][0], env=sandbox_env)
    assert no_user.returncode == 2 and "--user-id" in no_user.stderr and "JobRef" not in no_user.stderr
    upload = run("submit", "sasha", "--file", __file__, env=sandbox_env)
    assert upload.returncode == 2 and "--operation lookup" in upload.stderr


# --- tables ------------------------------------------------------------------------------------------------------


def test_piped_tables_are_plain_text_at_natural_width(sandbox_env: dict[str, str]) -> None:
    job_id, user_id = SMILE_SEEDED[0]
    result = run("status", "smile_identity", job_id, "--user-id", user_id, env=sandbox_env)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["vendor", "job", "id", "kind", "state", "vendor", "status", "progress", "updated",
                                "outputs", "/", "error"]  # fmt: skip
    row = next(line for line in lines if job_id in line)
    assert row.split()[:2] == ["smile_identity", job_id] and len(row) > 80  # not folded to a terminal's width
    assert not ANSI.search(result.stdout) and not set("│┃━─┏") & set(result.stdout)


def test_ids_never_wrap_in_80_columns(sandbox_env: dict[str, str]) -> None:
    job_id, user_id = SMILE_SEEDED[0]
    code, screen = run_in_terminal("status", "smile_identity", job_id, "--user-id", user_id, env=sandbox_env)
    assert code == 0, screen
    assert job_id in screen, screen  # whole, on one line
    assert max(len(line) for line in screen.splitlines()) <= 80


@pytest.mark.slow
def test_live_view_shows_elapsed_time_and_done_of_total(slow_env: dict[str, str]) -> None:
    job_id = submit_sasha(slow_env)
    code, screen = run_in_terminal("watch", "sasha", job_id, "--timeout", "30", env=slow_env, columns=160)
    assert code == 0, screen
    assert re.search(r"waiting: 0/1 done, \d+\.\d s elapsed", screen), screen
    assert re.search(r"done: 1/1 in \d+\.\d s", screen), screen


def test_help_needs_no_rich() -> None:
    """rich is the [cli] extra's: it is imported only where a table is drawn, so --help works without it."""
    script = "import sys; sys.modules['rich'] = None; from imagejobs import cli; sys.exit(cli.main(sys.argv[1:]))"
    for args in (["--help"], ["watch", "--help"], ["submit", "sasha", "--help"]):
        result = subprocess.run([sys.executable, "-c", script, *args], capture_output=True, text=True, timeout=60)
        assert result.returncode == 0, result.stderr
        assert "exit codes:" in result.stdout

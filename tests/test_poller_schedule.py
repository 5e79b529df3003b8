"""The poller's scheduler (no I/O) and its continuation tokens."""

from __future__ import annotations

import base64
import json
import random
import uuid
import zlib
from pathlib import Path

import pytest

import imagejobs
from imagejobs import JobRef, JobState, PollPolicy
from imagejobs._normalize import job as make_job
from imagejobs._poller import _Schedule

POLICY = PollPolicy(start=1.0, maximum=8.0, factor=2.0, jitter=0.0, rate_limit_pause=60.0)


def ref(vendor: str = "sasha", job_id: str = "j1", **extra: str) -> JobRef:
    return JobRef(vendor=vendor, job_id=job_id, extra=extra)


def job(state: JobState, job_id: str = "j1", vendor: str = "sasha", status: str | None = None) -> imagejobs.Job:
    return make_job(vendor, job_id, state=state, vendor_status=status or state.value, raw={}, notes=[])


def schedule(*items: object, on_change: object = None) -> _Schedule:
    policies = {"sasha": POLICY, "smile_identity": POLICY}
    final = frozenset({JobState.completed, JobState.failed})
    return _Schedule(items, final_states=final, policies=policies, on_change=on_change, deadline=None)  # type: ignore


def test_backs_off_while_quiet_and_resets_on_change() -> None:
    s = schedule(ref())
    assert s.due(s.clocks["sasha"].due) == ["sasha"]
    s.record("sasha", [job(JobState.pending)], now=0.0)  # first sighting counts as a change
    assert s.clocks["sasha"].due == 1.0
    s.record("sasha", [job(JobState.pending)], now=1.0)
    assert s.clocks["sasha"].due == 3.0  # 2 s
    s.record("sasha", [job(JobState.pending)], now=3.0)
    s.record("sasha", [job(JobState.pending)], now=7.0)
    s.record("sasha", [job(JobState.pending)], now=15.0)
    assert s.clocks["sasha"].interval == 8.0  # capped
    s.record("sasha", [job(JobState.running)], now=23.0)
    assert s.clocks["sasha"].interval == 1.0


def test_unknown_is_not_final_and_is_reported() -> None:
    changes: list[imagejobs.Job] = []
    s = schedule(ref(), on_change=changes.append)
    s.record("sasha", [job(JobState.unknown, status="archived")], now=0.0)
    assert s.outstanding("sasha") and not s.done
    s.record("sasha", [job(JobState.completed)], now=1.0)
    assert not s.outstanding("sasha") and [c.state for c in changes] == [JobState.unknown, JobState.completed]
    assert s.finished(2.0)


def test_a_429_pauses_the_whole_vendor_for_retry_after_or_its_default() -> None:
    s = schedule(ref(), ref(job_id="j2"))
    limited = imagejobs.RateLimitError("sasha", status_code=429, headers={"Retry-After": "12"})
    s.failed_round("sasha", limited, now=100.0)
    assert s.clocks["sasha"].due == 112.0 and s.due(111.0) == []
    s.failed_round("sasha", imagejobs.RateLimitError("sasha", status_code=429), now=200.0)
    assert s.clocks["sasha"].due == 260.0  # SASHA-like: about a minute


def test_transient_failure_backs_off() -> None:
    s = schedule(ref())
    s.failed_round("sasha", imagejobs.APIConnectionError("sasha: refused"), now=0.0)
    assert s.clocks["sasha"].due == 2.0


def test_final_jobs_given_at_the_start_are_done_without_polling() -> None:
    s = schedule(job(JobState.completed), ref(job_id="j2"))
    assert [j.job_id for j in s.done.values()] == ["j1"] and [r.job_id for r in s.outstanding("sasha")] == ["j2"]


def test_deadline_ends_the_wait_with_a_token_of_the_rest() -> None:
    s = _Schedule([ref("smile_identity", "m1", user_id="u1")], final_states=frozenset({JobState.completed}),
                  policies={"smile_identity": POLICY}, on_change=None, deadline=10.0)  # fmt: skip
    s.record("smile_identity", [job(JobState.running, "m1", "smile_identity")], now=0.0)
    assert s.finished(10.0)
    result = s.result()
    assert result.timed_out and result.pending[0].state is JobState.running
    ((again, state, status),) = imagejobs.decode_token(result.token)
    assert again == JobRef(vendor="smile_identity", job_id="m1", extra={"user_id": "u1"})
    assert state is JobState.running and status == "running"


def test_token_holds_no_secret_and_rejects_damage() -> None:
    token = imagejobs.encode_token([ref(), job(JobState.pending, "j2")])
    assert token.startswith("ijw2.") and "\n" not in token
    assert [r.job_id for r, _, _ in imagejobs.decode_token(token)] == ["j1", "j2"]
    deep = base64.urlsafe_b64encode(b'{"jobs": ' + b"[" * 5000 + b"]" * 5000 + b"}").decode()
    packed = base64.urlsafe_b64encode(zlib.compress(b'{"jobs": {"sasha": [[1]]}}')).decode()
    bomb = base64.urlsafe_b64encode(zlib.compress(b" " * (imagejobs._poller.MAX_TOKEN_BYTES + 10))).decode()
    for bad in ("nope", "ijw1.!!!!", "ijw1." + "e30", "ijw1." + deep, "ijw2.!!!!", "ijw2." + deep, "ijw2." + packed,
                "ijw2." + bomb, "ijw2." + token[5:-8]):  # fmt: skip
        with pytest.raises(imagejobs.UsageError):
            imagejobs.decode_token(bad)


def test_a_token_of_an_unknown_version_is_a_clear_error() -> None:
    token = imagejobs.encode_token([ref()])
    with pytest.raises(imagejobs.UsageError, match=r"version 3 .*newer imagejobs"):
        imagejobs.decode_token("ijw3." + token[5:])


def test_version_1_tokens_are_still_read() -> None:
    old = {"v": 1, "jobs": [{"vendor": "smile_identity", "job_id": "m1", "extra": {"user_id": "u1"},
                             "state": "running", "vendor_status": "false"}]}  # fmt: skip
    token = "ijw1." + base64.urlsafe_b64encode(json.dumps(old).encode()).decode().rstrip("=")
    ((again, state, status),) = imagejobs.decode_token(token)
    assert again == ref("smile_identity", "m1", user_id="u1") and state is JobState.running and status == "false"


def test_a_10000_job_token_round_trips_through_a_file_and_stays_compact(tmp_path: Path) -> None:
    vendors = ["sasha", "huawei_moderation", "alibaba_vod", "tic_lens"]
    items: list[imagejobs.Job | JobRef] = []
    for n in range(10_000):
        vendor = vendors[n % 4]
        job_id = str(uuid.UUID(int=random.Random(n).getrandbits(128))) if vendor == "tic_lens" else f"job_{n:08x}"
        items.append(job(JobState.running, job_id, vendor) if n % 3 else ref(vendor, job_id))
    items.append(ref("smile_identity", "m1", user_id="u1"))
    path = tmp_path / "token.txt"
    path.write_text(imagejobs.encode_token(items) + "\n")  # as a shell or an editor leaves it
    entries = imagejobs.decode_token(path.read_text())
    assert [e[0] for e in entries] == [i.ref if isinstance(i, imagejobs.Job) else i for i in _by_vendor(items)]
    assert [e[1] for e in entries] == [i.state if isinstance(i, imagejobs.Job) else None for i in _by_vendor(items)]
    assert path.stat().st_size / len(items) < 20  # bytes per job (version 1: about 110)
    lens = imagejobs.encode_token([i for i in items[:4000] if i.vendor.value == "tic_lens"])
    assert len(lens) < 32 * 1024  # 1,000 Lens GUIDs fit in one command-line argument (128 KiB on Linux)


def _by_vendor(items: list[imagejobs.Job | JobRef]) -> list[imagejobs.Job | JobRef]:
    order = list(dict.fromkeys(i.vendor.value for i in items))
    return sorted(items, key=lambda i: order.index(i.vendor.value))

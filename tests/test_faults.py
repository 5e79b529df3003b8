"""The fault catalogue (scripts/_fault_matrix.py): every fault against every vendor's job source and the poller."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from _fault_matrix import TIMINGS, Case, cases, run_case

import imagejobs
from imagejobs.sandbox import Sandbox

CASES = list(cases())


@pytest.fixture(scope="module")
def sandbox() -> Iterator[Sandbox]:
    with Sandbox(timings=TIMINGS) as running:
        yield running


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_fault(case: Case, sandbox: Sandbox) -> None:
    outcome = run_case(sandbox, case)
    assert outcome.passed, "; ".join(outcome.problems)
    assert outcome.seconds < 15, "a fault must never hang a call"


def test_the_catalogue_covers_every_fault_and_vendor() -> None:
    kinds = {c.fault.kind for c in CASES}
    assert kinds >= {"status", "delay", "drop", "truncate", "non_json", "html", "empty", "content_type",
                     "unknown_enum", "missing_field", "extra_field", "big_uint64", "bad_signature", "stale_signature",
                     "oversize", "hang", "trickle", "other_job",
                     "exotic_numbers"}  # fmt: skip
    labels = {c.name for c in CASES}
    for vendor in imagejobs.VENDORS:  # issue 12
        assert {f"{vendor}:poll:404: the job is lost, not the wait",
                f"{vendor}:poll:401: the vendor's jobs end with it",
                f"{vendor}:poll:hangs: pending at the deadline",
                f"{vendor}:poll:trickles: pending at the deadline",
                f"{vendor}:get:trickles past the attempt timeout"} <= labels  # fmt: skip
    assert {c.vendor for c in CASES} == set(imagejobs.VENDORS)
    assert {c.action for c in CASES} == {"get", "poll", "submit"}

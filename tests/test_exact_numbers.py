"""Issue 12, point 5: nothing lost in numbers or text.

Job.raw keeps every vendor number exactly as sent (decimals beyond float precision, huge exponents, NaN/Infinity,
integers longer than Python converts), a note says where a value is kept as its exact text, and a Job's JSON
round-trips equal. ``Job.model_dump_json()`` works on any vendor text, lone surrogates included, and raw is unchanged.
Real HTTP: a loopback server sends the bytes exactly as written here; sync and async.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Awaitable, Callable
from decimal import Decimal
from typing import Any, TypeVar

import pytest
from _loopback import Received, Reply, serve
from hypothesis import given, settings
from hypothesis import strategies as st

import imagejobs
from imagejobs import ExactNumber, Job
from imagejobs._json import loads
from imagejobs.sandbox import DEMO

T = TypeVar("T")
HUGE_INT = "9" * 5000
EXOTIC = (
    b'{"job": {"job_id": "j1", "status": "completed", "type": "embed-signature",'
    b' "precise": 0.12345678901234567890123, "huge": 1e400, "tiny": 1e-400, "nan": NaN,'
    b' "inf": Infinity, "minus_inf": -Infinity, "plain": 0.5, "spelt": 1.50, "count": 12345678901234567890123,'
    b' "long": ' + HUGE_INT.encode() + b', "list": [1, 2.5, 3.00000000000000000001]}}'
)
EXACT = {
    "precise": "0.12345678901234567890123",
    "huge": "1e400",
    "tiny": "1e-400",
    "nan": "NaN",
    "inf": "Infinity",
    "minus_inf": "-Infinity",
    "long": HUGE_INT,
}


def _arun(source: Any, make: Callable[[], Awaitable[T]]) -> T:
    """Run ``make()`` in a fresh event loop, then close the async client it used (no unclosed-session warnings)."""

    async def run() -> T:
        try:
            return await make()
        finally:
            await source.client.get_async_httpx_client().aclose()

    return asyncio.run(run())


def _answer(body: bytes) -> Any:
    def handler(received: Received) -> Reply:
        if received.path == "/oauth/token":
            return Reply(200, {"access_token": "tok", "token_type": "Bearer", "expires_in": 3600})
        return Reply(200, body)

    return handler


def _sasha(url: str) -> Any:
    return imagejobs.sasha.jobs(imagejobs.sasha.client(**DEMO["sasha"], base_url=url))


def _check_exotic(job: Job) -> None:
    raw = job.raw
    for key, text in EXACT.items():
        assert raw[key] == text and isinstance(raw[key], ExactNumber), key
        assert any(note.startswith(f"raw.{key}: ") for note in job.notes), key
    assert raw["plain"] == 0.5 and raw["spelt"] == 1.5 and raw["count"] == 12345678901234567890123
    assert raw["list"][:2] == [1, 2.5] and raw["list"][2] == "3.00000000000000000001"
    assert "raw.list[2]: the number 3.00000000000000000001 is kept as its exact text (no float holds it)" in job.notes
    assert Decimal(raw["precise"]) == Decimal("0.12345678901234567890123")
    text = job.model_dump_json()
    assert Job.model_validate_json(text) == job  # the JSON round-trips equal
    assert json.loads(text)["raw"]["precise"] == "0.12345678901234567890123"


def test_exotic_numbers_are_kept_exactly_sync_and_async() -> None:
    with serve(_answer(EXOTIC)) as server:
        source = _sasha(server.url)
        _check_exotic(source.get("j1"))
        _check_exotic(_arun(source, lambda: source.aget("j1")))


SURROGATE = b'{"job": {"job_id": "j1", "status": "failed", "error": {"code": "x", "message": "bad \\ud800 text"}}}'


def test_lone_surrogates_dump_to_json_without_altering_raw_sync_and_async() -> None:
    with serve(_answer(SURROGATE)) as server:
        source = _sasha(server.url)
        for job in (source.get("j1"), _arun(source, lambda: source.aget("j1"))):
            assert job.raw["error"]["message"] == "bad \ud800 text"  # exactly what the vendor sent
            text = job.model_dump_json()
            assert "\\ud800" in text
            assert Job.model_validate(json.loads(text)) == job
            assert job.raw["error"]["message"] == "bad \ud800 text"  # unchanged by dumping
            assert json.loads(job.model_dump_json(indent=2)) == json.loads(text)


def test_huge_integers_do_not_cost_the_answer() -> None:
    data = loads(b'{"a": ' + HUGE_INT.encode() + b', "b": 7}')
    assert data == {"a": HUGE_INT, "b": 7} and isinstance(data["a"], ExactNumber)


def test_exact_number_reads_as_decimal() -> None:
    assert Decimal(loads(b"[0.1000000000000000000001]")[0]) == Decimal("0.1000000000000000000001")
    assert repr(loads(b"[NaN]")[0]) == "ExactNumber('NaN')"


NUMBER = st.one_of(
    st.decimals(allow_nan=False, allow_infinity=False).map(str),
    st.integers().map(str),
    st.floats(allow_nan=False, allow_infinity=False).map(repr),
    st.tuples(st.integers(-(10**30), 10**30), st.integers(-500, 500)).map(lambda t: f"{t[0]}e{t[1]}"),
).filter(lambda text: text.lower() not in ("nan", "inf", "-inf", "snan", "-nan", "-snan", "infinity", "-infinity"))


@settings(max_examples=300, deadline=None)
@given(text=NUMBER)
def test_every_json_number_is_kept_with_its_exact_value(text: str) -> None:
    value = loads(f'{{"n": {text}}}'.encode())["n"]
    if isinstance(value, ExactNumber):
        assert value == text
    else:
        assert Decimal(repr(value) if isinstance(value, float) else value) == Decimal(text)


@pytest.mark.parametrize("literal", ["NaN", "Infinity", "-Infinity"])
def test_non_standard_literals_are_kept_as_sent(literal: str) -> None:
    (job,) = imagejobs.normalize("sasha", loads(f'{{"job_id": "j", "score": {literal}}}'.encode()))
    assert job.raw["score"] == literal and Job.model_validate_json(job.model_dump_json()) == job

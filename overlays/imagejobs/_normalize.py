"""The shared half of the normalizer: tolerant readers for vendor values, and the dispatcher.

State mapping: each vendor's descriptor holds its table (``DESCRIPTOR.states``, its module's ``STATES``); the
README's table is checked against them (tests/test_one_place.py).

Anything else -> `unknown`, with `vendor_status` keeping the raw string (for Smile: the completion flag as text).
`state` is the job's lifecycle, never its verdict: a job the vendor processed to the end is `completed` whatever it
found (a Smile match that failed, `job_success` false; a Huawei `block`; a high Lens risk; a SASHA lookup that found no
signature), the verdict staying in `result`; `failed` means the vendor could not process the job.

Each vendor module maps its own payloads (``imagejobs.<vendor>.normalize``); what every mapping needs lives here once:
reading a timestamp in any of the vendors' formats as timezone-aware UTC, reading text and numbers that arrive with
the wrong type, and noting (never raising) what could not be read. Only a payload with no recognisable job raises
:class:`~imagejobs.errors.ResponseError`.
"""

from __future__ import annotations

import contextlib
import json
import math
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from typing import Any, TypeGuard

from imagejobs_generated.normalized_job import Job, JobOutput, JobRef, JobState

from ._check import check_instance
from ._json import ExactNumber, exact_numbers_seen
from ._registry import check_vendor, vendor_module
from .errors import ResponseError

__all__ = [
    "Notes",
    "each_job",
    "job",
    "normalize",
    "plain",
    "read_progress",
    "read_text",
    "read_timestamp",
    "state_for",
]

Notes = list[str]


def plain(payload: object) -> Any:
    """A generated model back to its dict (the normalizer reads dicts, so a strict parser's view never limits it)."""
    to_dict = getattr(payload, "to_dict", None)
    if callable(to_dict):
        return to_dict()
    return payload


def read_text(value: object) -> str | None:
    """Text as sent; numbers (ids and codes that arrive as numbers) become their decimal text; anything else None."""
    if isinstance(value, str):
        return value
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float) and math.isfinite(value):
        return repr(value)
    return None


def _finite_number(value: object) -> TypeGuard[int | float]:
    """A JSON number a float can hold: not a bool, not NaN or infinite, not an integer past float's range (JSON
    allows any number of digits; ``math.isfinite`` raises OverflowError on those)."""
    if not isinstance(value, int | float) or isinstance(value, bool):
        return False
    try:
        return math.isfinite(value)
    except OverflowError:
        return False


def read_timestamp(value: object, field: str, notes: Notes) -> datetime | None:
    """ISO 8601 / RFC 3339 in any of the vendors' variants, ``YYYY-MM-DD HH:MM:SS``, or epoch seconds or
    milliseconds, as an aware UTC datetime; naive values are taken as UTC. Unreadable: None, and a note."""
    if value is None or value == "":
        return None
    parsed: datetime | None = None
    if isinstance(value, str):
        try:
            parsed = datetime.fromisoformat(value.strip())
        except ValueError:
            parsed = None
    elif _finite_number(value):
        seconds = value / 1000 if abs(value) > 1e11 else value
        try:
            parsed = datetime.fromtimestamp(seconds, UTC)
        except (OverflowError, OSError, ValueError):
            parsed = None
    if parsed is None:
        notes.append(f"{field}: unreadable timestamp {value!r} (kept in raw)")
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    try:
        return parsed.astimezone(UTC)
    except (OverflowError, ValueError):
        notes.append(f"{field}: timestamp {value!r} out of range (kept in raw)")
        return None


def read_progress(value: object, field: str, notes: Notes, *, scale: float = 1.0) -> float | None:
    """A progress value divided by ``scale`` and clamped to 0..1; None when absent or not a number."""
    if value is None:
        return None
    if isinstance(value, str):
        with contextlib.suppress(ValueError):  # "45.5" is read; "half" is noted below
            value = float(value)
    if not _finite_number(value):
        notes.append(f"{field}: unreadable progress {value!r} (kept in raw)")
        return None
    return min(1.0, max(0.0, value / scale))


def state_for(table: Mapping[str, JobState], status: str | None) -> JobState:
    """The normalized state of a vendor status; anything not in the table is ``unknown`` (never an exception)."""
    if status is None:
        return JobState.unknown
    return table.get(status, JobState.unknown)


_validate_job = Job.__pydantic_validator__.validate_python


def _exact_numbers(raw: object) -> list[str]:
    """Notes for every number in ``raw`` that the decoder had to keep as its exact text (see ``_json``)."""
    if not exact_numbers_seen():
        return []
    stack, found = [raw], False
    while stack and not found:  # a quick look first: paths are built only where there is something to say
        value = stack.pop()
        if isinstance(value, dict):
            stack.extend(value.values())
        elif isinstance(value, list):
            stack.extend(value)
        else:
            found = isinstance(value, ExactNumber)
    return _exact_number_notes(raw, "raw") if found else []


def _exact_number_notes(value: object, path: str) -> list[str]:
    if isinstance(value, ExactNumber):
        return [f"{path}: the number {value} is kept as its exact text (no float holds it)"]
    if isinstance(value, dict):
        return [note for key, item in value.items() for note in _exact_number_notes(item, f"{path}.{key}")]
    if isinstance(value, list):
        return [note for n, item in enumerate(value) for note in _exact_number_notes(item, f"{path}[{n}]")]
    return []


def job(
    vendor: str,
    job_id: str,
    *,
    state: JobState,
    raw: object,
    notes: Notes,
    vendor_status: str | None = None,
    kind: str | None = None,
    extra: Mapping[str, str] | None = None,
    created_at: datetime | None = None,
    updated_at: datetime | None = None,
    progress: float | None = None,
    error: tuple[str | None, str | None] | None = None,
    outputs: list[JobOutput] | None = None,
    result: dict[str, Any] | None = None,
) -> Job:
    """The validated :class:`Job`; every vendor module builds its Jobs through here.

    One validation of a plain dict: pydantic-core validates it in one pass, faster than building the nested models
    one by one, and calling the model's validator itself skips ``model_validate``'s per-call argument handling
    (together about a third of the normalizer's time; ``scripts/bench.py``, P5).
    """
    validated: Job = _validate_job(
        {
            "vendor": vendor,
            "job_id": job_id,
            "ref": {"vendor": vendor, "job_id": job_id, "extra": dict(extra or {})},
            "kind": kind,
            "state": state,
            "vendor_status": vendor_status,
            "created_at": created_at,
            "updated_at": updated_at,
            "progress": progress,
            "error": None if error is None or error == (None, None) else {"code": error[0], "message": error[1]},
            "outputs": outputs or [],
            "result": result or {},
            "notes": [*notes, *_exact_numbers(raw)],
            "raw": raw,
        }
    )
    return validated


def no_job(vendor: str, payload: object, what: str) -> ResponseError:
    try:
        body = json.dumps(payload, default=str).encode()
    except (TypeError, ValueError):
        body = repr(payload).encode()
    return ResponseError(vendor, f"no recognisable job in the payload: {what}", body=body)


def each_job(
    vendor: str, payload: object, items: list[Any], read: Callable[[Mapping[str, Any]], Job | None], what: str
) -> list[Job]:
    """The Jobs ``read`` finds in ``items`` (a payload's job objects); items that are no job are skipped, and a
    non-empty list with no job at all is a :class:`ResponseError` (``what`` says what was missing)."""
    jobs = [j for item in items if isinstance(item, Mapping) and (j := read(item)) is not None]
    if items and not jobs:
        raise no_job(vendor, payload, what)
    return jobs


def normalize(vendor: str, payload: object, *, ref: JobRef | None = None) -> list[Job]:
    """Every job in a vendor payload (a decoded JSON body or a generated model), as normalized Jobs.

    ``ref`` is the job the payload answers for, where the payload may not say (a Smile answer for an unfinished job).
    """
    check_instance("vendor", vendor, str, "a vendor name")
    if ref is not None:
        check_instance("ref", ref, JobRef, "a JobRef")
    module = vendor_module(check_vendor(vendor))
    jobs: list[Job] = module.normalize(payload, ref=ref)
    return jobs

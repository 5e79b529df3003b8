"""Hypothesis: payloads generated from the spec schemas, and mutations of them, through the normalizer.

Valid payloads always normalize (or, where the schema lets the job id be absent, end in ResponseError); mutated ones
(extra fields, wrong types, unknown enum values) never raise anything but the suite's typed errors.
"""

from __future__ import annotations

import contextlib
import functools
import json
from typing import Any

import pytest
from _schema_strategy import from_schema
from conftest import load_spec
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import imagejobs

_DROP = {"example", "examples", "contentMediaType", "discriminator", "xml", "externalDocs", "deprecated",
         "readOnly", "writeOnly"}  # fmt: skip


def _to_json_schema(node: Any) -> Any:
    if isinstance(node, dict):
        out = {}
        for key, value in node.items():
            if key in _DROP or key.startswith("x-"):
                continue
            if key == "$ref":
                value = value.replace("#/components/schemas/", "#/$defs/")
            out[key] = value if key in ("enum", "const", "default", "required") else _to_json_schema(value)
        return out
    if isinstance(node, list):
        return [_to_json_schema(v) for v in node]
    return node


@functools.cache
def payloads(vendor: str, name: str) -> st.SearchStrategy[Any]:
    components = load_spec(vendor)["components"]["schemas"]
    return from_schema({"$ref": f"#/$defs/{name}", "$defs": _to_json_schema(components)})


# (vendor, response schema, where the job id lives: a function telling whether the payload has a job)
TARGETS = [
    ("sasha", "ListJobsResponse", lambda p: any(isinstance(j, dict) and isinstance(j.get("job_id"), str) and j["job_id"]
                                               for j in p.get("jobs", []))),
    ("sasha", "GetJobResponse", lambda p: isinstance(p.get("job"), dict) and bool(p["job"].get("job_id"))),
    ("huawei_moderation", "ListImageBatchJobsResponse",
     lambda p: any(isinstance(j, dict) and j.get("job_id") for j in (p.get("result") or []))),
    ("huawei_moderation", "GetImageBatchJobResultResponse",
     lambda p: isinstance(p.get("result"), dict) and bool(p["result"].get("job_id"))),
    ("alibaba_vod", "GetAIImageJobsResponse",
     lambda p: any(isinstance(j, dict) and j.get("JobId") for j in (p.get("AIImageJobList") or []))),
    ("tic_lens", "SentinelJob", lambda p: bool(p.get("sentinelJobGuid"))),
    ("tic_lens", "JobList",
     lambda p: any(isinstance(j, dict) and j.get("sentinelJobGuid") for j in (p.get("items") or []))),
    ("smile_identity", "JobStatusResponse", lambda p: _smile_has_job(p)),
]  # fmt: skip


def _smile_has_job(payload: dict[str, Any]) -> bool:
    def usable(value: Any) -> bool:
        return (isinstance(value, str) and value != "") or (isinstance(value, int) and not isinstance(value, bool))

    result = payload.get("result")
    params = result.get("PartnerParams") if isinstance(result, dict) else None
    return usable(params.get("job_id") if isinstance(params, dict) else None) or usable(payload.get("job_id"))


FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=10),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=8), children, max_size=3),
    max_leaves=8,
)


@st.composite
def mutated(draw: st.DrawFn, value: Any, depth: int = 0) -> Any:
    """The value with random damage: extra fields, wrong types, unknown strings where enums were."""
    choice = draw(st.integers(0, 9))
    if choice == 0:
        return draw(json_values)  # a wrong type
    if isinstance(value, str) and choice == 1:
        return draw(st.sampled_from(["brand_new_value", "", "é漢字", "<string>", "null"]))
    if isinstance(value, dict):
        out = {k: (draw(mutated(v, depth + 1)) if depth < 6 else v) for k, v in value.items()}
        if choice == 2:
            out[draw(st.text(max_size=8))] = draw(json_values)
        if choice == 3 and out:
            out.pop(draw(st.sampled_from(sorted(out))))
        return out
    if isinstance(value, list):
        return [draw(mutated(v, depth + 1)) if depth < 6 else v for v in value]
    return value


@pytest.mark.parametrize(("vendor", "schema", "has_job"), TARGETS, ids=[f"{v}:{s}" for v, s, _ in TARGETS])
@FUZZ
@given(data=st.data())
def test_valid_payloads_normalize(vendor: str, schema: str, has_job: Any, data: st.DataObject) -> None:
    payload = data.draw(payloads(vendor, schema))
    json.dumps(payload)
    try:
        jobs = imagejobs.normalize(vendor, payload)
    except imagejobs.ResponseError:
        assert not has_job(payload), "a payload with a job must normalize"
        return
    except imagejobs.APIStatusError:
        assert vendor == "smile_identity"  # an error result code in a schema-valid answer
        return
    for job in jobs:
        assert job.raw is not None
        assert imagejobs.Job.model_validate_json(job.model_dump_json()) == job


@pytest.mark.parametrize(("vendor", "schema", "has_job"), TARGETS, ids=[f"{v}:{s}" for v, s, _ in TARGETS])
@FUZZ
@given(data=st.data())
def test_mutated_payloads_end_in_typed_errors(vendor: str, schema: str, has_job: Any, data: st.DataObject) -> None:
    payload = data.draw(mutated(data.draw(payloads(vendor, schema))))
    try:
        jobs = imagejobs.normalize(vendor, payload)
    except imagejobs.ImageJobsError:
        return
    for job in jobs:
        job.model_dump_json()


@FUZZ
@given(payload=json_values)
def test_random_json_never_escapes_the_hierarchy(payload: Any) -> None:
    for vendor in imagejobs.VENDORS:
        with contextlib.suppress(imagejobs.ImageJobsError):
            imagejobs.normalize(vendor, payload)

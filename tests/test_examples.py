"""Every example, on the seed pages and in the specs, parses through the generated models."""

from __future__ import annotations

import json
from typing import Any

import pytest
from _payloads import json_blocks, parse, seed_text
from conftest import VENDORS, load_spec
from test_specs import HTTP_METHODS


def _response_examples() -> list[Any]:
    cases = []
    for vendor in VENDORS:
        for path, item in load_spec(vendor)["paths"].items():
            for method, op in item.items():
                if method not in HTTP_METHODS:
                    continue
                for status, response in op["responses"].items():
                    for media, content in response.get("content", {}).items():
                        for name, example in content.get("examples", {}).items():
                            if "json" in media:
                                case_id = f"{vendor}:{op['operationId']}:{status}:{name}"
                                cases.append(pytest.param(vendor, method, path, int(status), example, id=case_id))
    return cases


RESPONSE_EXAMPLES = _response_examples()


def test_every_operation_has_response_examples() -> None:
    with_examples = {case.values[:3] for case in RESPONSE_EXAMPLES}
    for vendor in VENDORS:
        for path, item in load_spec(vendor)["paths"].items():
            for method in set(item) & HTTP_METHODS:
                assert (vendor, method, path) in with_examples, f"{vendor} {method.upper()} {path}"


@pytest.mark.parametrize(("vendor", "method", "path", "status", "example"), RESPONSE_EXAMPLES)
def test_spec_response_example_parses(vendor: str, method: str, path: str, status: int, example: Any) -> None:
    payload = example["value"]
    parsed = parse(vendor, method, path, status, payload)
    assert parsed is not None
    if hasattr(parsed, "to_dict"):
        dumped = parsed.to_dict()
        assert set(dumped) == set(payload), "no field of the example is dropped or invented"
        assert type(parsed).from_dict(dumped).to_dict() == dumped
        json.dumps(dumped)


def _request_examples() -> list[Any]:
    cases = []
    for vendor in VENDORS:
        for path, item in load_spec(vendor)["paths"].items():
            for method, op in item.items():
                if method not in HTTP_METHODS or "requestBody" not in op:
                    continue
                for media, content in op["requestBody"]["content"].items():
                    for name, example in content.get("examples", {}).items():
                        if media != "multipart/form-data":  # file parts are bytes, not JSON-able examples
                            case_id = f"{vendor}:{op['operationId']}:{media}:{name}"
                            cases.append(pytest.param(vendor, method, path, media, example["value"], id=case_id))
    return cases


@pytest.mark.parametrize(("vendor", "method", "path", "media", "payload"), _request_examples())
def test_spec_request_example_parses(vendor: str, method: str, path: str, media: str, payload: Any) -> None:
    import inspect

    from _payloads import endpoint_module

    annotation = inspect.signature(endpoint_module(vendor, method, path).sync_detailed).parameters["body"].annotation
    candidates = [t for t in getattr(annotation, "__args__", (annotation,)) if hasattr(t, "from_dict")]
    if len(candidates) > 1:  # one operation offering JSON and multipart: the JSON one has no to_multipart
        candidates = [t for t in candidates if not hasattr(t, "to_multipart")]
    (model,) = candidates
    body = model.from_dict(payload)
    assert body.to_dict() == payload


# The seed pages, each example mapped to the operation and status it documents.
def test_seed_sasha_list_jobs_parses() -> None:
    (payload,) = json_blocks(seed_text("000"))
    parsed = parse("sasha", "get", "/jobs", 200, payload)
    assert parsed.jobs[0].job_id == "string"
    assert str(parsed.jobs[0].status) in {"pending", "JobStatus.PENDING"}


def test_seed_huawei_job_list_and_error_parse() -> None:
    ok, failed = json_blocks(seed_text("001"))
    parsed = parse("huawei_moderation", "get", "/moderation/image/batch/jobs", 200, ok)
    assert parsed.count == 1 and parsed.result[0].job_id == "44d93b70-db01-4f96-a618-2a79c964c4b2"
    error = parse("huawei_moderation", "get", "/moderation/image/batch/jobs", 400, failed)
    assert error.error_code == "AIS.0005"


def test_seed_smile_job_status_parses_after_a_minimal_repair() -> None:
    # The page's sample is not strict JSON: it has trailing commas (`"IsMachineResult": "true",\n}`). The only
    # repair is removing those commas; the request sample above it has placeholders and is not JSON at all.
    text = seed_text("002")
    assert not [b for b in json_blocks(text) if "job_complete" in b], "the page is still not strict JSON"
    (payload,) = [b for b in json_blocks(text, repair_trailing_commas=True) if "job_complete" in b]
    parsed = parse("smile_identity", "post", "/job_status", 200, payload)
    assert parsed.job_complete is True and parsed.result.smile_job_id == "0000001897"
    assert len(parsed.history) == 3


def test_seed_alibaba_get_ai_image_jobs_parses() -> None:
    # The page also shows small JSON values (UserData, TemplateConfig) in its parameter table.
    (payload,) = [block for block in json_blocks(seed_text("003")) if "AIImageJobList" in block]
    parsed = parse("alibaba_vod", "post", "/GetAIImageJobs", 200, payload)
    job = parsed.ai_image_job_list[0]
    assert job.job_id == "cf08a2c6e11e*****de1711b738b9067"
    assert json.loads(job.ai_image_result)[0]["Score"] == 5.035636554444242


def test_seed_lens_job_parses() -> None:
    (payload,) = json_blocks(seed_text("004"))
    parsed = parse("tic_lens", "get", "/sentinel/jobs/{guid}", 200, payload)
    assert str(parsed.sentinel_job_guid) == "3c90c3cc-0d44-4b50-8888-8dd25736052a"
    assert parsed.status == "<string>"  # an undocumented status is kept as the plain string

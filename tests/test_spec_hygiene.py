"""Spec hygiene and what follows from it: every component used where it belongs, JSON-in-a-string described by its
``contentSchema``, callbacks as OpenAPI 3.1 webhooks, Smile's trailing-comma answers read, raw requests typed."""

from __future__ import annotations

import asyncio
import json
from datetime import UTC, datetime
from typing import Any

import httpx
import jsonschema
import pytest
from _loopback import Received, Reply, serve
from conftest import VENDORS, load_spec

import imagejobs
from imagejobs import alibaba_vod, smile_identity
from imagejobs.smile_identity import RAW_CONTENT, generate_signature
from imagejobs_generated.smile_identity.api.utilities import get_job_status
from imagejobs_generated.smile_identity.models import JobStatusRequest


def _refs(node: Any) -> set[str]:
    if isinstance(node, dict):
        found = {node["$ref"]} if isinstance(node.get("$ref"), str) else set()
        return found.union(*(_refs(v) for k, v in node.items() if k != "$ref"))
    if isinstance(node, list):
        return set().union(*(_refs(v) for v in node))
    return set()


@pytest.mark.parametrize("vendor", VENDORS)
def test_every_component_is_referenced(vendor: str) -> None:
    spec = load_spec(vendor)
    used = _refs(spec)
    for section, members in spec.get("components", {}).items():
        if section == "securitySchemes":
            continue  # named by security requirements (and Smile's body credentials), not by $ref
        for name in members:
            pointer = f"#/components/{section}/{name}"
            assert pointer in used, f"{vendor}: {pointer} is referenced nowhere"


def test_alibaba_ai_image_result_is_described_by_its_content_schema() -> None:
    spec = load_spec("alibaba_vod")
    field = spec["components"]["schemas"]["AIImageJob"]["properties"]["AIImageResult"]
    assert field["contentMediaType"] == "application/json"
    schema = {**field["contentSchema"], "$defs": spec["components"]["schemas"]}
    schema = json.loads(json.dumps(schema).replace("#/components/schemas/", "#/$defs/"))
    for example in field["examples"]:
        jsonschema.validate(json.loads(example), schema)  # the seed's example is what the schema says


def test_smile_callback_is_an_openapi_webhook_with_the_callback_body() -> None:
    webhook = load_spec("smile_identity")["webhooks"]["jobResult"]["post"]
    body = webhook["requestBody"]["content"]["application/json"]["schema"]
    assert body == {"$ref": "#/components/schemas/JobCallback"}
    assert webhook["security"] == [{}]  # the signature is in the body


# --- Smile answers with trailing commas, as on its documentation page ------------------------------------------------

PARTNER, API_KEY = "085", "smile-api-key"


def _sloppy_answer(signature: str, timestamp: str) -> str:
    """The seed page's answer shape, trailing commas included, with a signature of its own timestamp."""
    return (
        '{\n"timestamp": "TIMESTAMP",\n"signature": "SIGNATURE",\n'
        '"job_complete": true,\n"job_success": true,\n"result": {\n'
        '"ResultText": "Enroll User",\n"ResultCode": "0810",\n"PartnerParams": {\n"job_id": "j",\n"user_id": "u",\n'
        '"job_type": 4\n},\n"ConfidenceValue": "100",\n"IsMachineResult": "true",\n},\n"code": "2302",\n'
        '"history": [\n{\n"ResultCode": "0814",\n"ResultText": "a, b,}",\n},\n]\n}'
    ).replace("TIMESTAMP", timestamp).replace("SIGNATURE", signature)  # fmt: skip


@pytest.mark.parametrize("good", [True, False], ids=["signed", "forged"])
def test_smile_answer_with_trailing_commas_reads_and_is_still_verified(good: bool) -> None:
    key = API_KEY if good else "another-key"
    now = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")  # Smile stamps answers now: the client checks
    raw = _sloppy_answer(generate_signature(key, PARTNER, now), now).encode()
    with pytest.raises(json.JSONDecodeError):
        json.loads(raw)  # the form on the seed page is not strict JSON

    seen: list[httpx.Response] = []
    with serve(lambda received: Reply(200, raw)) as server:
        client = smile_identity.client(
            partner_id=PARTNER,
            api_key=API_KEY,
            base_url=server.url,
            httpx_args={"event_hooks": {"response": [seen.append]}},
        )
        request = JobStatusRequest(job_id="j", user_id="u")
        if not good:
            with pytest.raises(imagejobs.SignatureError):
                get_job_status.sync(client=client, body=request)
            return
        answer = get_job_status.sync(client=client, body=request)
        plain = smile_identity.client(partner_id=PARTNER, api_key=API_KEY, base_url=server.url)
        again = asyncio.run(get_job_status.asyncio(client=plain, body=request))
    assert answer.job_complete is True and answer.code == "2302" and again.job_success is True
    assert answer.history[-1].result_text == "a, b,}"  # commas inside strings are data, kept
    assert seen[0].extensions[RAW_CONTENT] == raw  # the exact bytes Smile sent stay with the answer


def test_an_answer_that_is_not_json_still_fails_with_its_raw_body() -> None:
    with serve(lambda received: Reply(200, b"{not json,}")) as server:
        client = smile_identity.client(partner_id=PARTNER, api_key=API_KEY, base_url=server.url)
        with pytest.raises(imagejobs.ImageJobsError) as err:
            imagejobs.call(get_job_status, client=client, body=JobStatusRequest(job_id="j", user_id="u"))
    assert getattr(err.value, "body", None) == b"{not json,}"


# --- raw requests the auth flow cannot sign ---------------------------------------------------------------------------


def _no_answer(received: Received) -> Reply:
    raise AssertionError("nothing may be sent")


@pytest.mark.parametrize("content", [b"not json", b"[1, 2]", b"\xff\xfe", b'"a string"'])
def test_smile_raw_request_with_a_body_it_cannot_sign_is_a_usage_error(content: bytes) -> None:
    with serve(_no_answer) as server:
        client = smile_identity.client(partner_id=PARTNER, api_key=API_KEY, base_url=server.url)
        with pytest.raises(imagejobs.UsageError, match="JSON object"):
            client.get_httpx_client().post("/job_status", content=content)
        with pytest.raises(imagejobs.UsageError):
            asyncio.run(client.get_async_httpx_client().post("/job_status", content=content))
    assert server.received == []


def test_alibaba_raw_request_outside_an_action_path_is_a_usage_error() -> None:
    with serve(_no_answer) as server:
        client = alibaba_vod.client(access_key_id="AK", access_key_secret="S", base_url=server.url)
        with pytest.raises(imagejobs.UsageError, match="RPC action"):
            client.get_httpx_client().get("/not/an/action")
    assert server.received == []

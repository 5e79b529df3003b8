"""The sandbox checks every request against its vendor's spec (openapi-core) and refuses it in the vendor's shape.

The requests are the ones the issue found accepted (SASHA ``callback_url: {}``, Huawei ``categories: {}``, Lens
``ttlSeconds=2147483648``, Smile ``job_id: {}``) and the constraints the specs now carry (empty ids, ``limit=0``,
eleven Alibaba job ids). Each goes through the vendor's own client, so it is authenticated as usual and the refusal
arrives as the typed error with the vendor's code; the raw body is checked for the vendor's error shape.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest

import imagejobs
from imagejobs import alibaba_vod, huawei_moderation, sasha, smile_identity, tic_lens
from imagejobs.sandbox import DEMO, Sandbox


@pytest.fixture(scope="module")
def sandbox() -> Iterator[Sandbox]:
    with Sandbox() as running:
        yield running


def _refusal(call: Any) -> imagejobs.BadRequestError:
    with pytest.raises(imagejobs.BadRequestError) as err:
        call()
    return err.value


def test_sasha_refuses_a_callback_url_that_is_not_a_string(sandbox: Sandbox) -> None:
    http = sasha.client(**DEMO["sasha"], base_url=sandbox.base_urls["sasha"]).get_httpx_client()
    body = {"media_url": "https://images.example.com/a.jpg", "media_mime_type": "image/jpeg", "callback_url": {}}
    error = _refusal(lambda: http.post("/signature/embed", json=body))
    assert error.code == "invalid_request" and "callback_url" in (error.message or "")
    assert set(json.loads(error.body)) == {"error"}  # {"error": {"code", "message"}}
    empty = {"media_url": "https://images.example.com/a.jpg", "media_mime_type": ""}
    assert "media_mime_type" in (_refusal(lambda: http.post("/signature/embed", json=empty)).message or "")


def test_sasha_token_endpoint_refuses_in_oauth_shape(sandbox: Sandbox) -> None:
    import httpx

    url = sandbox.base_urls["sasha"] + "/oauth/token"
    auth = (DEMO["sasha"]["client_id"], DEMO["sasha"]["client_secret"])
    answer = httpx.post(url, auth=auth, data={"scope": "x"})  # no grant_type: the spec requires it
    assert answer.status_code == 400
    assert answer.json()["error"] == "invalid_request" and "grant_type" in answer.json()["error_description"]


def _huawei(sandbox: Sandbox) -> Any:
    demo = DEMO["huawei_moderation"]
    return huawei_moderation.client(
        project_id=demo["project_id"], ak=demo["ak"], sk=demo["sk"], base_url=sandbox.base_urls["huawei_moderation"]
    ).get_httpx_client()


def test_huawei_refuses_malformed_and_empty_parameters_with_ais_codes(sandbox: Sandbox) -> None:
    http = _huawei(sandbox)
    categories = _refusal(lambda: http.post("/moderation/image/batch/jobs", json={"urls": ["https://a/b.jpg"],
                                                                                  "categories": {}}))  # fmt: skip
    assert categories.code == "AIS.0012"
    assert set(json.loads(categories.body)) == {"error_code", "error_msg"}
    assert _refusal(lambda: http.get("/moderation/image/batch/jobs", params={"limit": 0})).code == "AIS.0012"
    empty = _refusal(lambda: http.get("/moderation/image/batch", params={"job_id": ""}))
    assert empty.code == "AIS.0011"  # "Lack the request parameter, or the request parameter is empty."
    assert _refusal(lambda: http.post("/moderation/image/batch/jobs", json={"urls": []})).code == "AIS.0012"


def test_smile_refuses_a_job_id_that_is_not_a_string_with_2313(sandbox: Sandbox) -> None:
    client = smile_identity.client(**DEMO["smile_identity"], base_url=sandbox.base_urls["smile_identity"])
    error = _refusal(lambda: client.get_httpx_client().post("/job_status", json={"job_id": {}, "user_id": "u"}))
    assert error.code == "2313" and json.loads(error.body) == {"code": "2313", "error": "Missing required parameters"}


def test_alibaba_refuses_eleven_job_ids_and_an_empty_video_id(sandbox: Sandbox) -> None:
    client = alibaba_vod.client(**DEMO["alibaba_vod"], base_url=sandbox.base_urls["alibaba_vod"])
    http = client.get_httpx_client()
    ids = ",".join(f"job{n}" for n in range(11))
    too_many = _refusal(lambda: http.post("/GetAIImageJobs", params={"JobIds": ids}))
    assert too_many.code == "InvalidParameter" and "JobIds" in (too_many.message or "")
    assert {"RequestId", "HostId", "Code", "Message", "Recommend"} <= set(json.loads(too_many.body))
    empty = _refusal(lambda: http.post("/SubmitAIImageJob", params={"VideoId": "", "AITemplateId": "t"}))
    assert empty.code == "MissingParameter" and "VideoId" in (empty.message or "")
    ten = ",".join(f"job{n}" for n in range(10))
    assert http.post("/GetAIImageJobs", params={"JobIds": ten}).status_code == 200  # the limit itself is fine


def test_lens_refuses_a_ttl_beyond_int32_as_an_aspnet_problem(sandbox: Sandbox) -> None:
    http = tic_lens.client(**DEMO["tic_lens"], base_url=sandbox.base_urls["tic_lens"]).get_httpx_client()
    files = {"file": ("a.png", b"\x89PNG\r\n", "image/png"), "ttlSeconds": (None, "2147483648")}
    error = _refusal(lambda: http.post("/sentinel/analyze", files=files))
    problem = json.loads(error.body)
    assert problem["status"] == 400 and problem["title"] == "One or more validation errors occurred."
    assert list(problem["errors"]) == ["ttlSeconds"]
    assert error.headers["content-type"].startswith("application/problem+json")
    files["ttlSeconds"] = (None, "2147483647")
    assert http.post("/sentinel/analyze", files=files).status_code == 202
    assert _refusal(lambda: http.get("/sentinel/jobs", params={"limit": 101})).code is not None

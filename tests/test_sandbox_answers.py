"""Every answer the sandboxes give conforms to the vendor's spec: status, content type, headers and body.

Each vendor's job lifecycle (submit, poll until final, get, list, the errors on the way) runs through the vendor's
client with a response hook that hands every answer to openapi-core's response validator for the spec operation it
answers. Schemathesis (tests/test_schemathesis.py) covers generated requests; this covers the states a job moves
through, which random ids never reach.
"""

from __future__ import annotations

import contextlib
import json
import time
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from _loopback import Received
from _spec_requests import _openapi, operation_of
from openapi_core.validation.response.validators import V31ResponseValidator
from werkzeug.datastructures import Headers

import imagejobs
from imagejobs.sandbox import DEMO, Sandbox, Timings
from imagejobs.sandbox._smile_identity import SMILE_SEEDED
from imagejobs.sandbox._validation import _BINARY_AS_TEXT

# openapi-core reads application/json only; Lens answers its errors as RFC 9457 problems, JSON too.
_MEDIA = {**_BINARY_AS_TEXT, "application/problem+json": lambda body, **params: json.loads(body)}
TIMINGS = Timings(pending=0.2, running=0.4, huawei_result_ttl=0.6, suggested_poll_interval=0.05)


class _Answer:
    """An httpx response in the shape openapi-core reads."""

    def __init__(self, response: httpx.Response) -> None:
        self.status_code = response.status_code
        self.headers = Headers(list(response.headers.items()))
        self.content_type = response.headers.get("content-type", "")
        self.data: bytes | None = response.content


def _received(request: httpx.Request) -> Received:
    return Received(request.method, request.url.raw_path.decode("ascii"), list(request.headers.items()),
                    request.content)  # fmt: skip


class Conformance:
    """Collects what openapi-core finds wrong with each answer, naming the operation and the status."""

    def __init__(self, vendor: str) -> None:
        self.vendor = vendor
        self.seen: set[tuple[str, int]] = set()
        self.problems: list[str] = []

    def hook(self, response: httpx.Response) -> None:
        response.read()
        received = _received(response.request)
        operation = operation_of(self.vendor, received)
        self.seen.add((operation, response.status_code))
        from _spec_requests import _Request

        validator = V31ResponseValidator(_openapi(self.vendor, None).spec, extra_media_type_deserializers=_MEDIA)
        for error in validator.iter_errors(_Request(self.vendor, received), _Answer(response)):
            cause = error.__cause__
            details = getattr(cause, "schema_errors", None) or ([cause] if cause else [])
            reasons = "; ".join(getattr(d, "message", str(d)) for d in details) or str(error)
            self.problems.append(f"{operation} {response.status_code}: {type(error).__name__}: {reasons}")


@pytest.fixture(scope="module")
def sandbox() -> Iterator[Sandbox]:
    with Sandbox(timings=TIMINGS) as running:
        yield running


def _client(sandbox: Sandbox, vendor: str, check: Conformance, **changes: Any) -> Any:
    module = getattr(imagejobs, vendor)
    hooks = {"event_hooks": {"response": [check.hook]}}
    return module.client(**(DEMO[vendor] | changes), base_url=sandbox.base_urls[vendor], httpx_args=hooks)


def _until_final(read: Callable[[], str], final: set[str]) -> None:
    deadline = time.monotonic() + 10
    while read() not in final:
        assert time.monotonic() < deadline, "the job did not end"
        time.sleep(0.05)


def _refused(call: Callable[[], object]) -> None:
    with contextlib.suppress(imagejobs.APIStatusError):
        call()


def test_sasha_answers_conform(sandbox: Sandbox) -> None:
    check = Conformance("sasha")
    http = _client(sandbox, "sasha", check).get_httpx_client()
    for media in ("https://x/protected.jpg", "https://x/fail.jpg"):
        for path in ("/signature/embed", "/signature/lookup"):
            job = http.post(path, json={"media_url": media, "media_mime_type": "image/jpeg"}).json()["job"]
            _until_final(lambda job=job: http.get(f"/jobs/{job['job_id']}").json()["job"]["status"],
                         {"completed", "failed"})  # fmt: skip
    http.post("/signature/lookup", files={"media": ("a.png", b"\x89PNG", "image/png")})
    http.get("/jobs")
    _refused(lambda: http.get("/jobs/missing"))
    _refused(lambda: http.post("/signature/embed", json={"media_url": "x"}))
    bad = _client(sandbox, "sasha", check, client_secret="wrong").get_httpx_client()
    _refused(lambda: bad.get("/jobs"))
    assert check.problems == []
    assert {("getToken", 200), ("getToken", 401), ("getJob", 404), ("embedSignature", 400)} <= check.seen


def test_huawei_answers_conform(sandbox: Sandbox) -> None:
    check = Conformance("huawei_moderation")
    http = _client(sandbox, "huawei_moderation", check).get_httpx_client()
    urls = ["https://x/block.jpg", "https://x/review.jpg", "https://x/fail.jpg", "https://x/ok.jpg"]
    created = http.post("/moderation/image/batch/jobs", json={"urls": urls, "categories": ["porn", "terrorism"]})
    job_id = created.json()["result"]["job_id"]
    _until_final(lambda: http.get("/moderation/image/batch", params={"job_id": job_id}).json()["result"]["status"],
                 {"finish", "failed"})  # fmt: skip
    http.get("/moderation/image/batch/jobs", params={"limit": 5, "offset": 0})
    time.sleep(TIMINGS.huawei_result_ttl + 0.1)
    _refused(lambda: http.get("/moderation/image/batch", params={"job_id": job_id}))  # expired
    _refused(lambda: http.get("/moderation/image/batch", params={"job_id": "missing"}))
    _refused(lambda: http.post("/moderation/image/batch/jobs", json={"urls": []}))
    token = _client(sandbox, "huawei_moderation", check, ak=None, sk=None, token="not-a-token").get_httpx_client()
    _refused(lambda: token.get("/moderation/image/batch/jobs"))
    assert check.problems == []
    assert ("getImageBatchJobResult", 200) in check.seen and ("getImageBatchJobResult", 404) in check.seen
    assert ("listImageBatchJobs", 400) in check.seen  # a bad token: Huawei's AIS.0002 is a 400


def test_smile_answers_conform(sandbox: Sandbox) -> None:
    check = Conformance("smile_identity")
    http = _client(sandbox, "smile_identity", check).get_httpx_client()
    for job_id, user_id in SMILE_SEEDED:
        body = {"job_id": job_id, "user_id": user_id, "image_links": True, "history": True}
        _until_final(lambda body=body: str(http.post("/job_status", json=body).json().get("job_complete")), {"True"})
    _refused(lambda: http.post("/job_status", json={"job_id": "missing", "user_id": "u"}))
    _refused(lambda: http.post("/job_status", json={"job_id": {}, "user_id": "u"}))
    bad = _client(sandbox, "smile_identity", check, api_key="wrong").get_httpx_client()
    _refused(lambda: bad.post("/job_status", json={"job_id": "j", "user_id": "u"}))
    assert check.problems == []
    assert {("getJobStatus", 200), ("getJobStatus", 400)} <= check.seen


def test_alibaba_answers_conform(sandbox: Sandbox) -> None:
    check = Conformance("alibaba_vod")
    http = _client(sandbox, "alibaba_vod", check).get_httpx_client()
    ids = []
    for video in ("video-1", "video-fail"):
        answer = http.post("/SubmitAIImageJob", params={"VideoId": video, "AITemplateId": "t", "UserData": "{}"})
        ids.append(answer.json()["JobId"])

    def status() -> str:
        jobs = http.post("/GetAIImageJobs", params={"JobIds": ",".join(ids)}).json()["AIImageJobList"]
        return "done" if all(j["Status"] in {"success", "fail"} for j in jobs) else "running"

    _until_final(status, {"done"})
    http.post("/ListAIImageInfo", params={"VideoId": "video-1"})
    _refused(lambda: http.post("/GetAIImageJobs", params={"JobIds": ",".join(["j"] * 11)}))
    _refused(lambda: http.post("/SubmitAIImageJob", params={"VideoId": "v"}))
    assert check.problems == []
    assert {("GetAIImageJobs", 200), ("ListAIImageInfo", 200), ("SubmitAIImageJob", 400)} <= check.seen


def test_lens_answers_conform(sandbox: Sandbox) -> None:
    check = Conformance("tic_lens")
    http = _client(sandbox, "tic_lens", check).get_httpx_client()
    guids = []
    for name in ("a.png", "fail.png"):
        answer = http.post("/sentinel/analyze", files={"file": (name, b"\x89PNG", "image/png")})
        guids.append(answer.json()["sentinelJobGuid"])
    for guid in guids:
        _until_final(lambda guid=guid: http.get(f"/sentinel/jobs/{guid}").json()["status"], {"completed", "failed"})
    http.get("/sentinel/jobs", params={"limit": 1})
    http.get("/sentinel/capabilities")
    http.delete(f"/sentinel/jobs/{guids[0]}/webhook")
    http.delete(f"/sentinel/jobs/{guids[0]}")
    _refused(lambda: http.get(f"/sentinel/jobs/{guids[0]}"))
    _refused(lambda: http.get("/sentinel/jobs", params={"limit": 0}))
    bad = _client(sandbox, "tic_lens", check, api_key="wrong").get_httpx_client()
    _refused(lambda: bad.get("/sentinel/capabilities"))
    assert check.problems == []
    assert {("getJob", 200), ("getJob", 404), ("listJobs", 400), ("getCapabilities", 401)} <= check.seen

"""Values the vendors add later parse, and the raw value is kept; uint64 ids survive exactly."""

from __future__ import annotations

import json

from _payloads import parse

import imagejobs_generated.sasha.models as sasha_models
from imagejobs_generated.normalized_job import Job, JobRef, JobState


def _sasha_job(**overrides: object) -> dict[str, object]:
    job: dict[str, object] = {
        "job_id": "job-1",
        "type": "embed-signature",
        "status": "completed",
        "signature_id": "1",
        "created_at": "2024-07-29T15:51:28.071Z",
        "updated_at": "2024-07-29T15:51:28.071Z",
    }
    job.update(overrides)
    return job


def test_sasha_unknown_status_type_and_error_code_are_kept() -> None:
    payload = {
        "jobs": [_sasha_job(status="archived", type="watermark-video", error={"code": "gpu_melted", "message": "m"})]
    }
    job = parse("sasha", "get", "/jobs", 200, payload).jobs[0]
    assert job.status == "archived" and not isinstance(job.status, sasha_models.JobStatus)
    assert job.type_ == "watermark-video"
    assert job.error.code == "gpu_melted" and not isinstance(job.error.code, sasha_models.JobErrorCode)
    assert job.to_dict()["status"] == "archived"


def test_sasha_documented_values_still_become_enums() -> None:
    job = parse("sasha", "get", "/jobs", 200, {"jobs": [_sasha_job(status="in_progress")]}).jobs[0]
    assert job.status is sasha_models.JobStatus.IN_PROGRESS


def test_sasha_unknown_fields_are_kept() -> None:
    job = parse("sasha", "get", "/jobs/{job_id}", 200, {"job": _sasha_job(priority=3)}).job
    assert job.additional_properties == {"priority": 3}
    assert job.to_dict()["priority"] == 3


def test_sasha_signature_id_uint64_round_trips_exactly() -> None:
    big = "18446744073709551615"  # 2**64 - 1, far above 2**53
    raw = json.dumps({"job": _sasha_job(signature_id=big)})
    job = parse("sasha", "get", "/jobs/{job_id}", 200, json.loads(raw)).job
    assert job.signature_id == big
    assert json.loads(json.dumps(job.to_dict()))["signature_id"] == big
    assert int(job.signature_id) == 2**64 - 1


def test_huawei_unknown_status_and_suggestion_are_kept() -> None:
    listing = parse(
        "huawei_moderation",
        "get",
        "/moderation/image/batch/jobs",
        200,
        {"result": [{"job_id": "j", "status": "paused"}], "count": 1},
    )
    assert listing.result[0].status == "paused"
    result = parse(
        "huawei_moderation",
        "get",
        "/moderation/image/batch",
        200,
        {"result": {"job_id": "j", "status": "finish", "items": [{"url": "u", "suggestion": "escalate"}]}},
    )
    assert result.result.items[0].suggestion == "escalate"


def test_huawei_unknown_error_code_is_kept() -> None:
    error = parse(
        "huawei_moderation", "get", "/moderation/image/batch/jobs", 400, {"error_code": "AIS.9999", "error_msg": "new"}
    )
    assert error.error_code == "AIS.9999"


def test_smile_unknown_result_code_is_kept() -> None:
    parsed = parse("smile_identity", "post", "/job_status", 200, {"code": "2399", "job_complete": False})
    assert parsed.code == "2399"


def test_alibaba_unknown_status_is_kept() -> None:
    payload = {"RequestId": "r", "AIImageJobList": [{"JobId": "j", "Status": "processing", "Code": "NewCode"}]}
    job = parse("alibaba_vod", "post", "/GetAIImageJobs", 200, payload).ai_image_job_list[0]
    assert job.status == "processing" and job.code == "NewCode"


def test_lens_unknown_status_is_kept() -> None:
    payload = {"sentinelJobGuid": "3c90c3cc-0d44-4b50-8888-8dd25736052a", "status": "queued", "stage": "ela-v2"}
    job = parse("tic_lens", "get", "/sentinel/jobs/{guid}", 200, payload)
    assert job.status == "queued" and job.stage == "ela-v2"


def test_normalized_job_serializes_to_json_and_back() -> None:
    job = Job(
        vendor="sasha",
        job_id="job-1",
        ref=JobRef(vendor="sasha", job_id="job-1"),
        state=JobState.completed,
        vendor_status="completed",
        created_at="2024-07-29T15:51:28.071Z",
        result={"signature_id": "18446744073709551615"},
        raw=_sasha_job(signature_id="18446744073709551615"),
    )
    again = Job.model_validate_json(job.model_dump_json())
    assert again == job
    assert again.created_at is not None and again.created_at.utcoffset() is not None
    assert again.result["signature_id"] == "18446744073709551615"

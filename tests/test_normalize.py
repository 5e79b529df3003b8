"""The normalizer: every vendor x every documented status (and unknown ones), tolerant reading, nothing lost."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

import pytest
from _payloads import json_blocks, parse, seed_text

import imagejobs
from imagejobs import Job, JobState

GUID = "3c90c3cc-0d44-4b50-8888-8dd25736052a"


def sasha_job(status: Any, **extra: Any) -> dict[str, Any]:
    return {"job_id": "s-1", "type": "embed-signature", "status": status, "created_at": "2024-07-29T15:51:28.071Z",
            "updated_at": "2024-07-29T15:52:00Z", **extra}  # fmt: skip


def huawei_list(status: Any) -> dict[str, Any]:
    return {"result": [{"job_id": "h-1", "status": status, "create_time": "2018-11-22T06:17:09Z"}], "count": 1}


def smile_answer(complete: Any) -> dict[str, Any]:
    params = {"job_id": "m-1", "user_id": "u-1", "job_type": 4}
    return {"code": "2302", "job_complete": complete, "job_success": complete is True,
            "result": {"ResultCode": "1012", "PartnerParams": params}}  # fmt: skip


def alibaba_answer(status: Any) -> dict[str, Any]:
    return {
        "RequestId": "r",
        "AIImageJobList": [{"JobId": "a-1", "Status": status, "CreationTime": "2020-10-15T03:30:03Z"}],
    }


def lens_job(status: Any) -> dict[str, Any]:
    return {"sentinelJobGuid": GUID, "status": status, "progress": 50, "createdAtUtc": "2023-11-07T05:31:56Z"}


# (vendor, payload factory, operation for the generated parser, documented status -> state)
TABLE: list[tuple[str, Any, tuple[str, str], dict[Any, JobState]]] = [
    ("sasha", lambda s: {"jobs": [sasha_job(s)]}, ("get", "/jobs"),
     {"pending": JobState.pending, "in_progress": JobState.running, "completed": JobState.completed,
      "failed": JobState.failed}),
    ("huawei_moderation", huawei_list, ("get", "/moderation/image/batch/jobs"),
     {"created": JobState.pending, "running": JobState.running, "finish": JobState.completed,
      "failed": JobState.failed}),
    ("smile_identity", smile_answer, ("post", "/job_status"),
     {False: JobState.running, True: JobState.completed}),
    ("alibaba_vod", alibaba_answer, ("post", "/GetAIImageJobs"),
     {"success": JobState.completed, "fail": JobState.failed}),
    ("tic_lens", lens_job, ("get", "/sentinel/jobs/{guid}"),
     {"pending": JobState.pending, "processing": JobState.running, "completed": JobState.completed,
      "failed": JobState.failed}),
]  # fmt: skip

CASES = [
    pytest.param(vendor, make, op, status, state, id=f"{vendor}:{status}")
    for vendor, make, op, states in TABLE
    for status, state in [*states.items(), ("brand_new_status", JobState.unknown)]
]


@pytest.mark.parametrize(("vendor", "make", "op", "status", "state"), CASES)
def test_documented_and_unknown_statuses(vendor: str, make: Any, op: tuple[str, str], status: Any, state: JobState):
    payload = make(status)
    (job,) = imagejobs.normalize(vendor, payload)
    assert job.state is state and job.vendor.value == vendor
    if isinstance(status, str):
        assert job.vendor_status == status
    assert job.raw is not None and json.dumps(job.raw)
    # the same payload through the strict generated parser, then the normalizer, gives the same Job
    model = parse(vendor, op[0], op[1], 200, payload)
    (again,) = imagejobs.normalize(vendor, model)
    assert again.state is job.state and again.job_id == job.job_id and again.vendor_status == job.vendor_status


def test_smile_unknown_completion_value_is_unknown() -> None:
    (job,) = imagejobs.normalize("smile_identity", smile_answer("maybe"))
    assert job.state is JobState.unknown


@pytest.mark.parametrize(
    ("vendor", "payload"),
    [
        ("sasha", {"job": {"job_id": "s-1"}}),
        ("sasha", {"job": {"job_id": "s-1", "status": None, "error": None, "signature_id": None, "output_url": None}}),
        ("huawei_moderation", {"result": {"job_id": "h-1"}}),
        ("huawei_moderation", {"result": {"job_id": "h-1", "status": None, "items": None, "create_time": None}}),
        ("smile_identity", {"job_complete": None, "result": None, "job_id": "m-1"}),
        ("alibaba_vod", {"AIImageJobList": [{"JobId": "a-1", "AIImageResult": None, "Status": None}]}),
        ("tic_lens", {"sentinelJobGuid": GUID, "report": None, "progress": None, "status": None}),
    ],
)
def test_missing_optional_fields_and_nulls(vendor: str, payload: dict[str, Any]) -> None:
    (job,) = imagejobs.normalize(vendor, payload)
    listed = payload.get("AIImageJobList")
    assert job.state is JobState.unknown
    assert job.raw == (payload.get("job") or payload.get("result") or (listed[0] if listed else payload))


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-07-29T15:51:28.071Z", datetime(2024, 7, 29, 15, 51, 28, 71000, UTC)),
        ("2024-07-29T17:51:28+02:00", datetime(2024, 7, 29, 15, 51, 28, tzinfo=UTC)),
        ("2023-11-07T05:31:56.1234567Z", datetime(2023, 11, 7, 5, 31, 56, 123456, UTC)),
        ("2018-11-22 06:17:09", datetime(2018, 11, 22, 6, 17, 9, tzinfo=UTC)),
        (1542867429, datetime(2018, 11, 22, 6, 17, 9, tzinfo=UTC)),
        (1542867429000, datetime(2018, 11, 22, 6, 17, 9, tzinfo=UTC)),
    ],
)
def test_timestamps_become_aware_utc(value: Any, expected: datetime) -> None:
    (job,) = imagejobs.normalize("huawei_moderation", {"result": {"job_id": "h", "create_time": value}})
    assert job.created_at == expected and job.created_at.tzinfo is not None
    assert job.created_at.utcoffset().total_seconds() == 0


@pytest.mark.parametrize("bad", ["yesterday", "2024-13-45T99:00:00Z", True, [], {"t": 1}, 1e300, float("nan")])
def test_bad_timestamp_is_kept_raw_and_noted(bad: Any) -> None:
    (job,) = imagejobs.normalize("sasha", {"job": {"job_id": "s", "status": "pending", "created_at": bad}})
    assert job.created_at is None and job.state is JobState.pending
    assert any("created_at" in note for note in job.notes) or bad in ([], {"t": 1}, True)
    assert job.raw["created_at"] is bad or job.raw["created_at"] == bad


def test_sasha_outputs_error_and_exact_signature_id() -> None:
    big = "18446744073709551615"
    payload = {"job": sasha_job("completed", signature_id=big, output_url="https://cdn/x.jpg",
                                output_url_expires_at="2024-07-30T00:00:00Z")}  # fmt: skip
    (job,) = imagejobs.normalize("sasha", payload)
    assert job.result == {"signature_id": big}
    assert job.outputs[0].url == "https://cdn/x.jpg" and job.outputs[0].expires_at == datetime(2024, 7, 30, tzinfo=UTC)
    (failed,) = imagejobs.normalize(
        "sasha", {"job": sasha_job("failed", error={"code": "image_too_large", "message": "m"})}
    )
    assert failed.error.code == "image_too_large" and failed.error.message == "m"
    # a uint64 sent as a bare JSON number still round-trips exactly (Python ints are exact)
    (number,) = imagejobs.normalize(
        "sasha", json.loads('{"job": {"job_id": "s", "signature_id": 18446744073709551615}}')
    )
    assert number.result["signature_id"] == big
    assert Job.model_validate_json(job.model_dump_json()).result["signature_id"] == big


def test_huawei_result_block_and_item_errors() -> None:
    payload = {"result": {"job_id": "h", "status": "failed", "items": [
        {"url": "https://a", "suggestion": "pass", "category_suggestions": {"porn": "pass", "politics": "pass"}},
        {"url": "https://b", "suggestion": "block", "category_suggestions": {"porn": "block"}},
        {"url": "https://c", "error_code": "AIS.0103", "error_msg": "The image size does not meet the requirements."},
    ]}}  # fmt: skip
    (job,) = imagejobs.normalize("huawei_moderation", payload)
    assert job.result["suggestion"] == "block"
    assert job.result["category_suggestions"] == {"porn": "block", "politics": "pass"}
    assert len(job.result["items"]) == 3
    assert job.error.code == "AIS.0103" and job.state is JobState.failed


def test_huawei_finished_batch_with_an_image_not_moderated_is_not_a_pass() -> None:
    payload = {"result": {"job_id": "h", "status": "finish", "items": [
        {"url": "https://a", "suggestion": "pass"},
        {"url": "https://b", "error_code": "AIS.0101", "error_msg": "download image failed"},
    ]}}  # fmt: skip
    (job,) = imagejobs.normalize("huawei_moderation", payload)
    assert job.state is JobState.completed and job.error is None
    assert job.result["suggestion"] == "review" and job.result["items"][1]["error_code"] == "AIS.0101"
    assert any("1 of 2 images not moderated" in note and "AIS.0101" in note for note in job.notes)


def test_smile_result_block_outputs_and_ref() -> None:
    payload = smile_answer(True) | {"image_links": {"selfie_image": "https://s3/selfie.jpg", "error": None}}
    payload["result"] |= {"ResultText": "Enroll User", "ConfidenceValue": "99.5", "SmileJobID": "0000001897"}
    (job,) = imagejobs.normalize("smile_identity", payload)
    assert job.job_id == "m-1" and job.ref.extra == {"user_id": "u-1"}
    assert job.result["SmileJobID"] == "0000001897" and job.result["ConfidenceValue"] == "99.5"
    assert job.result["job_success"] is True and job.result["code"] == "2302"
    assert [o.name for o in job.outputs] == ["selfie_image"]
    assert job.kind == "smart_selfie_registration"


def test_smile_unfinished_answer_takes_the_job_from_ref() -> None:
    ref = imagejobs.JobRef(vendor="smile_identity", job_id="m-9", extra={"user_id": "u-9"})
    (job,) = imagejobs.normalize(
        "smile_identity", {"code": "2302", "job_complete": False, "result": "pending"}, ref=ref
    )
    assert job.job_id == "m-9" and job.ref == ref and job.state is JobState.running
    assert job.result["result_text"] == "pending"


def test_smile_complete_without_success_is_completed_with_its_verdict_in_result() -> None:
    """job_success false: Smile processed the job and could not match (seed 002): the lifecycle is over, so the job is
    completed; the verdict (job_success, ResultCode, ResultText) is in result, never in the state (issue 12, 8)."""
    payload = smile_answer(True) | {"job_success": False}
    payload["result"] |= {"ResultCode": "0812", "ResultText": "Failed Authentication"}
    (job,) = imagejobs.normalize("smile_identity", payload)
    assert job.state is JobState.completed and job.vendor_status == "true" and job.error is None
    assert (job.result["ResultCode"], job.result["ResultText"]) == ("0812", "Failed Authentication")
    assert job.result["job_success"] is False and job.raw["job_success"] is False


FLAGS = [(1, JobState.completed), ("1", JobState.completed), (0, JobState.running), ("0", JobState.running),
         (" TRUE ", JobState.completed), (2, JobState.unknown)]  # fmt: skip


@pytest.mark.parametrize(("flag", "state"), FLAGS)
def test_smile_flags_as_numbers_and_strings(flag: Any, state: JobState) -> None:
    """vendors.md: IsFinalResult (and its kin) arrive as strings or as numbers/booleans."""
    (answer,) = imagejobs.normalize("smile_identity", smile_answer(True) | {"job_complete": flag, "job_success": flag})
    callback = {"PartnerParams": {"job_id": "m-1", "user_id": "u-1"}, "ResultCode": "0810", "IsFinalResult": flag}
    (called_back,) = imagejobs.normalize("smile_identity", callback)
    assert answer.state is state and called_back.state is state


@pytest.mark.parametrize(
    ("code", "error"),
    [("2304", imagejobs.NotFoundError), ("2305", imagejobs.AuthenticationError), ("2301", imagejobs.ServerError),
     ("2303", imagejobs.BadRequestError), ("2313", imagejobs.BadRequestError)],
)  # fmt: skip
def test_smile_error_result_codes_raise_typed_errors(code: str, error: type[Exception]) -> None:
    with pytest.raises(error) as err:
        imagejobs.normalize("smile_identity", {"code": code, "error": "something"})
    assert err.value.code == code and err.value.message == "something" and code.encode() in err.value.body


def test_alibaba_outputs_scores_and_decoded_strings() -> None:
    (payload,) = [b for b in json_blocks(seed_text("003")) if "AIImageJobList" in b]
    (job,) = imagejobs.normalize("alibaba_vod", payload)
    assert job.state is JobState.completed and job.error is None
    assert job.result["scores"] == [5.035636554444242]
    assert job.result["user_data"] == {"Extend": {"localId": "****", "test": "www"}}
    assert job.result["template_config"] == {"Format": "gif", "SetDefaultCover": "true"}
    assert job.outputs[0].url.endswith("-00001.gif") and "ListAIImageInfo" in job.outputs[0].note
    assert job.raw["AIImageResult"].startswith("[{")


def test_alibaba_xml_shaped_list_with_one_job() -> None:
    """Alibaba's XML-derived JSON puts a lone element in place of a one-element list."""
    (job,) = imagejobs.normalize("alibaba_vod", {"AIImageJobList": {"AIImageJob": {"JobId": "a", "Status": "fail"}}})
    assert job.job_id == "a" and job.state is JobState.failed


def test_alibaba_broken_json_string_is_noted_not_fatal() -> None:
    payload = {"AIImageJobList": [{"JobId": "a", "Status": "fail", "Code": "InternalError", "Message": "m",
                                   "AIImageResult": "[{not json", "UserData": "{}"}]}  # fmt: skip
    (job,) = imagejobs.normalize("alibaba_vod", payload)
    assert job.error.code == "InternalError" and any("AIImageResult" in n for n in job.notes)


def test_lens_progress_result_block_and_error() -> None:
    verdict = {"riskScore": 0.82, "summary": "edited"}
    payload = lens_job("completed") | {"progress": 100, "riskScore": 0.82, "riskLevel": "high",
                                       "report": {"report": {"verdict": verdict}}}  # fmt: skip
    (job,) = imagejobs.normalize("tic_lens", payload)
    assert job.progress == 1.0 and job.result["riskLevel"] == "high" and job.result["verdict"]["summary"] == "edited"
    (half,) = imagejobs.normalize("tic_lens", lens_job("processing"))
    assert half.progress == 0.5
    (failed,) = imagejobs.normalize("tic_lens", lens_job("failed") | {"errorMessage": "Unsupported file"})
    assert failed.error.message == "Unsupported file"


def test_lens_job_without_its_status_takes_the_reports() -> None:
    """The job's status is null | string and nulls are left out (seed 004, vendors.md): the report's still says."""
    (job,) = imagejobs.normalize("tic_lens", {"sentinelJobGuid": GUID, "report": {"status": "failed", "error": "bad"}})
    assert job.state is JobState.failed and job.vendor_status == "failed" and job.error.message == "bad"
    assert any("report.status" in note for note in job.notes)


def test_lens_list_gives_one_job_per_item() -> None:
    jobs = imagejobs.normalize("tic_lens", {"items": [lens_job("pending"), lens_job("failed")], "total": 2})
    assert [j.state for j in jobs] == [JobState.pending, JobState.failed]


@pytest.mark.parametrize(
    ("vendor", "payload"),
    [("sasha", {"hello": 1}), ("sasha", []), ("huawei_moderation", {"result": [{"status": "finish"}]}),
     ("smile_identity", {"code": "2302"}), ("alibaba_vod", "text"), ("tic_lens", {"items": [{"status": "x"}]})],
)  # fmt: skip
def test_payload_without_a_job_is_a_response_error(vendor: str, payload: Any) -> None:
    with pytest.raises(imagejobs.ResponseError) as err:
        imagejobs.normalize(vendor, payload)
    assert err.value.body


def test_empty_lists_are_no_jobs_not_errors() -> None:
    assert imagejobs.normalize("sasha", {"jobs": []}) == []
    assert imagejobs.normalize("huawei_moderation", {"count": 0}) == []
    assert imagejobs.normalize("huawei_moderation", {"result": None, "count": 0}) == []
    assert imagejobs.normalize("tic_lens", {"items": [], "total": 0}) == []


def test_unknown_vendor_is_a_typed_error() -> None:
    with pytest.raises(imagejobs.UnknownVendorError):
        imagejobs.normalize("acme", {})


#: Per vendor: the seed page of its documentation, and the key of the example that holds jobs (None: the first).
SEED_JOBS = {"sasha": ("000", None), "huawei_moderation": ("001", "result"), "alibaba_vod": ("003", "AIImageJobList"),
             "tic_lens": ("004", None)}  # fmt: skip


@pytest.mark.parametrize("vendor", sorted(SEED_JOBS))
def test_normalized_jobs_round_trip_through_json(vendor: str) -> None:
    prefix, key = SEED_JOBS[vendor]
    payload = next(b for b in json_blocks(seed_text(prefix)) if key is None or key in b)
    for job in imagejobs.normalize(vendor, payload):
        again = Job.model_validate_json(job.model_dump_json())
        assert again == job
        assert again.model_dump(mode="json") == json.loads(job.model_dump_json())

"""The vendors' official SDKs talk to the sandboxes: proof that the sandboxes verify what real clients send."""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Iterator

import pytest

from imagejobs.sandbox import DEMO, Sandbox, Timings
from imagejobs.sandbox._smile_identity import SMILE_SEEDED

TIMINGS = Timings(pending=0.1, running=0.3)


@pytest.fixture(scope="module")
def sandbox() -> Iterator[Sandbox]:
    with Sandbox(timings=TIMINGS) as running:
        yield running


@pytest.mark.parametrize("signature_algorithm", [None, "v2"], ids=["acs3", "rpc-v1"])
def test_alibaba_vod_sdk(sandbox: Sandbox, signature_algorithm: str | None) -> None:
    from alibabacloud_tea_openapi.exceptions import ClientException
    from alibabacloud_tea_openapi.models import Config
    from alibabacloud_vod20170321 import models
    from alibabacloud_vod20170321.client import Client

    demo = DEMO["alibaba_vod"]
    endpoint = sandbox.base_urls["alibaba_vod"].removeprefix("http://")

    def client(secret: str) -> Client:
        # signature_algorithm="v2" makes the SDK sign RPC requests with signature v1 (HMAC-SHA1 in the query).
        config = Config(access_key_id=demo["access_key_id"], access_key_secret=secret, endpoint=endpoint,
                        protocol="http", signature_algorithm=signature_algorithm)  # fmt: skip
        return Client(config)

    vod = client(demo["access_key_secret"])
    submitted = vod.submit_aiimage_job(models.SubmitAIImageJobRequest(video_id="video 1", aitemplate_id="tpl"))
    job_id = submitted.body.job_id
    time.sleep(TIMINGS.running + 0.1)
    answer = vod.get_aiimage_jobs(models.GetAIImageJobsRequest(job_ids=job_id))
    (job,) = answer.body.aiimage_job_list
    assert (job.job_id, job.status, job.video_id) == (job_id, "success", "video 1") and answer.body.request_id
    with pytest.raises(ClientException) as err:
        client("wrong-secret").get_aiimage_jobs(models.GetAIImageJobsRequest(job_ids=job_id))
    assert err.value.code == "SignatureDoesNotMatch" and err.value.status_code == 400


def test_huawei_moderation_sdk(sandbox: Sandbox) -> None:
    from huaweicloudsdkcore.auth.credentials import BasicCredentials
    from huaweicloudsdkcore.exceptions.exceptions import ClientRequestException
    from huaweicloudsdkmoderation.v2 import ModerationClient, RunCheckTaskJobsRequest

    demo = DEMO["huawei_moderation"]

    def client(sk: str) -> ModerationClient:
        credentials = BasicCredentials(demo["ak"], sk, demo["project_id"])
        builder = ModerationClient.new_builder().with_credentials(credentials)
        return builder.with_endpoint(sandbox.base_urls["huawei_moderation"]).build()

    sandbox.reset_counts()
    answer = client(demo["sk"]).run_check_task_jobs(RunCheckTaskJobsRequest(offset=0, limit=5))
    assert answer.count is not None and len(answer.result) <= 5
    assert sandbox.counts("huawei_moderation") == Counter({("GET", "listImageBatchJobs"): 1})
    with pytest.raises(ClientRequestException) as err:
        client("wrong-secret-key").run_check_task_jobs(RunCheckTaskJobsRequest())
    assert err.value.status_code == 401 and err.value.error_code == "APIGW.0301"


def test_smile_id_core_sdk(sandbox: Sandbox) -> None:
    from smile_id_core import Utilities
    from smile_id_core.ServerError import ServerError

    demo = DEMO["smile_identity"]
    job_id, user_id = SMILE_SEEDED[0]
    utilities = Utilities(demo["partner_id"], demo["api_key"], sid_server=sandbox.base_urls["smile_identity"])
    options = {"return_job_status": True, "return_history": True, "return_images": True}
    status = utilities.get_job_status({"job_id": job_id, "user_id": user_id, "job_type": 4}, options)
    assert status["code"] == "2302" and status["result"]["PartnerParams"]["job_id"] == job_id  # signature confirmed
    wrong = Utilities(demo["partner_id"], "wrong-api-key", sid_server=sandbox.base_urls["smile_identity"])
    with pytest.raises(ServerError, match="401"):
        wrong.get_job_status({"job_id": job_id, "user_id": user_id, "job_type": 4}, options)

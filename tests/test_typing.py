"""Typed to the edge: what ``mypy --strict`` tells a downstream user of the installed packages, and the run-time
behaviour those types promise (generated success types, ``call``/``acall``, typed submit, operation metadata)."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from _mypy import by_marker, revealed, run_mypy
from conftest import VENDORS, load_spec

import imagejobs
from imagejobs._operations import operations

# --- mypy on a downstream snippet ------------------------------------------------------------------------------------

SNIPPET = """
from imagejobs import acall, alibaba_vod, call, huawei_moderation, sasha, smile_identity, tic_lens
from imagejobs_generated.alibaba_vod.api.jobs import get_ai_image_jobs
from imagejobs_generated.sasha.api.jobs import get_job
from imagejobs_generated.tic_lens.api.jobs import delete_job

client = sasha.client(client_id="c", client_secret="s")
lens = tic_lens.client(api_key="k")
reveal_type(get_job.sync("j", client=client))  # [sync]
reveal_type(get_job.sync_detailed("j", client=client))  # [sync_detailed]
reveal_type(delete_job.sync(client=lens, guid=...))  # [no content]
reveal_type(call(get_job, "j", client=client))  # [call]
reveal_type(call(get_ai_image_jobs, client=alibaba_vod.client(), job_ids="a").request_id)  # [call attribute]
call(get_job, "j", client=client).this_attribute_does_not_exist  # [call wrong attribute]
call(get_job, jobid="j", client=client)  # [call wrong keyword]
call(get_job, "j", client=lens)  # [call other vendor]


async def later() -> None:
    reveal_type(await get_job.asyncio("j", client=client))  # [asyncio]
    reveal_type(await get_job.asyncio_detailed("j", client=client))  # [asyncio_detailed]
    reveal_type(await acall(get_job, "j", client=client))  # [acall]
    await acall(get_job, job=1, client=client)  # [acall wrong keyword]
    await sasha.jobs(client).asubmit(media_url="u", media_mimetype="image/png")  # [asubmit misspelt]


source = sasha.jobs(client)
job = source.submit(media_url="https://x/a.jpg", media_mime_type="image/jpeg")
reveal_type(job)  # [submit]
source.submit(mediaa_url="https://x/a.jpg")  # [submit misspelt]
source.with_options(timeout=1).submit(media_ur="u")  # [with_options submit misspelt]
huawei_moderation.jobs(huawei_moderation.client()).submit(url=["u"])  # [huawei misspelt]
alibaba_vod.jobs(alibaba_vod.client()).submit(video_id="v", templateid="t")  # [alibaba misspelt]
tic_lens.jobs(lens).submit(files=b"x")  # [lens misspelt]

def smile() -> None:  # Smile's submit never returns: what follows it would be unreachable, and unchecked
    smile_identity.jobs(smile_identity.client()).submit(job_id="j")  # [smile submit]


reveal_type(source.result_of(job)["signature_id"])  # [sasha result]
huawei = huawei_moderation.jobs(huawei_moderation.client())
reveal_type(huawei.result_of(job)["items"][0]["suggestion"])  # [huawei result]
reveal_type(tic_lens.jobs(lens).result_of(job)["riskScore"])  # [lens result]
reveal_type(smile_identity.jobs(smile_identity.client()).result_of(job)["ResultCode"])  # [smile result]
reveal_type(alibaba_vod.jobs(alibaba_vod.client()).result_of(job)["scores"])  # [alibaba result]
source.result_of(job)["signature"]  # [result wrong key]
"""


def _operation_snippet() -> str:
    """``reveal_type`` of every generated operation's four functions."""
    lines = []
    for vendor in VENDORS:
        for op in operations(vendor):
            module = op.module.__name__
            lines.append(f"import {module}")
            for function in ("sync", "sync_detailed", "asyncio", "asyncio_detailed"):
                lines.append(f"reveal_type({module}.{function})  # [{vendor}.{op.name}.{function}]")
    return "\n".join(lines) + "\n"


@pytest.fixture(scope="module")
def messages() -> dict[str, list[str]]:
    """One mypy run (it is slow) over the snippet and every operation's signatures."""
    snippet = SNIPPET + _operation_snippet()
    return by_marker(snippet, run_mypy(snippet))


def _error(messages: list[str], code: str) -> str:
    errors = [m for m in messages if m.endswith(f"[{code}]")]
    assert errors, messages
    return errors[0]


def test_generated_functions_type_as_the_success_model(messages: dict[str, list[str]]) -> None:
    model = "imagejobs_generated.sasha.models.get_job_response.GetJobResponse"
    assert revealed(messages["sync"]) == model
    assert revealed(messages["sync_detailed"]) == f"imagejobs_generated.sasha.types.Response[{model}]"
    assert revealed(messages["asyncio"]) == model
    assert revealed(messages["asyncio_detailed"]) == f"imagejobs_generated.sasha.types.Response[{model}]"
    # a 2XX without content is None, and is part of the success type
    lens = "imagejobs_generated.tic_lens.models.delete_job_response.DeleteJobResponse"
    assert revealed(messages["no content"]) == f"{lens} | None"


def test_no_generated_operation_types_an_error_model(messages: dict[str, list[str]]) -> None:
    checked = 0
    for vendor in VENDORS:
        for op in operations(vendor):
            for function in ("sync", "sync_detailed", "asyncio", "asyncio_detailed"):
                shown = revealed(messages[f"{vendor}.{op.name}.{function}"])
                returned = shown.rsplit("->", 1)[1]
                assert "Error" not in returned, (vendor, op.name, function, shown)
                if (vendor, op.name) != ("tic_lens", "delete_job"):
                    assert "None" not in returned, (vendor, op.name, function, shown)
                checked += 1
    assert checked == 4 * sum(len(operations(v)) for v in VENDORS)


def test_call_types_as_the_operation(messages: dict[str, list[str]]) -> None:
    assert revealed(messages["call"]) == "imagejobs_generated.sasha.models.get_job_response.GetJobResponse"
    assert revealed(messages["acall"]) == "imagejobs_generated.sasha.models.get_job_response.GetJobResponse"
    assert revealed(messages["call attribute"]) == "str | imagejobs_generated.alibaba_vod.types.Unset"
    assert "this_attribute_does_not_exist" in _error(messages["call wrong attribute"], "attr-defined")
    assert '"jobid"' in _error(messages["call wrong keyword"], "call-arg")
    assert '"job"' in _error(messages["acall wrong keyword"], "call-arg")
    assert "tic_lens.client.Client" in _error(messages["call other vendor"], "arg-type")


def test_misspelt_submit_keywords_are_type_errors(messages: dict[str, list[str]]) -> None:
    assert revealed(messages["submit"]) == "imagejobs_generated.normalized_job.Job"
    for marker, keyword in [
        ("submit misspelt", "mediaa_url"),
        ("asubmit misspelt", "media_mimetype"),
        ("with_options submit misspelt", "media_ur"),
        ("huawei misspelt", "url"),
        ("alibaba misspelt", "templateid"),
        ("lens misspelt", "files"),
    ]:
        assert f'Unexpected keyword argument "{keyword}"' in _error(messages[marker], "call-arg"), marker
    assert "Never" in _error(messages["smile submit"], "arg-type")  # Smile takes no submissions


def test_result_views_are_typed(messages: dict[str, list[str]]) -> None:
    assert revealed(messages["sasha result"]) == "str | None"
    assert revealed(messages["huawei result"]) == "str"
    assert revealed(messages["lens result"]) == "float | None"
    assert revealed(messages["smile result"]) == "str | int | None"
    assert revealed(messages["alibaba result"]) == "list[str | float | None]"
    assert '"signature"' in _error(messages["result wrong key"], "typeddict-item")


# --- what the types promise, at run time (httpx transports) ----------------------------------------------------------


def _transport(status: int, body: object, seen: list[httpx.Request] | None = None) -> httpx.MockTransport:
    content = body if isinstance(body, bytes) else json.dumps(body).encode()

    def handler(request: httpx.Request) -> httpx.Response:
        if seen is not None:
            seen.append(request)
        return httpx.Response(status, content=content, headers={"content-type": "application/json"})

    return httpx.MockTransport(handler)


def _plain_sasha(status: int, body: object, *, raise_on_unexpected_status: bool = False) -> Any:
    from imagejobs_generated.sasha.client import Client

    return Client(
        base_url="http://127.0.0.1:9",
        raise_on_unexpected_status=raise_on_unexpected_status,
        httpx_args={"transport": _transport(status, body)},
    )


JOB = {"job": {"job_id": "j-1", "type": "embed-signature", "status": "completed", "created_at": "2025-01-15T10:30:00Z",
               "updated_at": "2025-01-15T10:31:00Z"}}  # fmt: skip
ERROR = {"error": {"code": "not_found", "message": "no such job"}}


def test_plain_client_success_is_the_model() -> None:
    from imagejobs_generated.sasha.api.jobs import get_job

    assert get_job.sync("j-1", client=_plain_sasha(200, JOB)).job.job_id == "j-1"
    detailed = get_job.sync_detailed("j-1", client=_plain_sasha(200, JOB))
    assert detailed.parsed is not None and detailed.parsed.job.job_id == "j-1"


@pytest.mark.parametrize("raise_on_unexpected_status", [False, True])
def test_plain_client_error_status_raises_unexpected_status(raise_on_unexpected_status: bool) -> None:
    from imagejobs_generated.sasha.api.jobs import get_job
    from imagejobs_generated.sasha.errors import UnexpectedStatus

    client = _plain_sasha(404, ERROR, raise_on_unexpected_status=raise_on_unexpected_status)
    with pytest.raises(UnexpectedStatus) as err:  # never the error model, whatever the flag says
        get_job.sync("j-1", client=client)
    assert err.value.status_code == 404 and json.loads(err.value.content) == ERROR
    with pytest.raises(UnexpectedStatus):
        asyncio.run(get_job.asyncio("j-1", client=client))
    detailed = get_job.sync_detailed("j-1", client=client)  # a documented error: the answer kept, parsed None
    assert detailed.status_code == 404 and detailed.parsed is None and json.loads(detailed.content) == ERROR


def test_plain_client_undocumented_status_follows_raise_on_unexpected_status() -> None:
    from imagejobs_generated.sasha.api.jobs import get_job
    from imagejobs_generated.sasha.errors import UnexpectedStatus

    lax = get_job.sync_detailed("j-1", client=_plain_sasha(418, b"teapot"))
    assert lax.status_code == 418 and lax.parsed is None and lax.content == b"teapot"
    with pytest.raises(UnexpectedStatus):
        get_job.sync_detailed("j-1", client=_plain_sasha(418, b"teapot", raise_on_unexpected_status=True))
    with pytest.raises(UnexpectedStatus):
        get_job.sync("j-1", client=_plain_sasha(418, b"teapot"))


def test_a_success_without_content_is_none() -> None:
    from uuid import UUID

    from imagejobs_generated.tic_lens.api.jobs import delete_job
    from imagejobs_generated.tic_lens.client import Client

    guid = UUID("3c90c3cc-0d44-4b50-8888-8dd25736052a")
    client = Client(base_url="http://127.0.0.1:9", httpx_args={"transport": _transport(204, b"")})
    assert delete_job.sync(guid, client=client) is None
    assert delete_job.sync_detailed(guid, client=client).status_code == 204


def test_our_client_raises_the_typed_error_before_the_generated_code() -> None:
    from imagejobs_generated.sasha.api.jobs import get_job

    client = imagejobs.sasha.client(client_id="c", client_secret="s", base_url="http://127.0.0.1:9",
                                    httpx_args={"transport": _token_then(404, ERROR)})  # fmt: skip
    with pytest.raises(imagejobs.NotFoundError) as err:
        get_job.sync("j-1", client=client)
    assert err.value.code == "not_found" and err.value.status_code == 404


def _token_then(status: int, body: object) -> httpx.MockTransport:
    answer = _transport(status, body)

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/oauth/token":
            return httpx.Response(200, json={"access_token": "t", "expires_in": 3600})
        return answer.handle_request(request)

    return httpx.MockTransport(handler)


@pytest.mark.parametrize(
    ("status", "error"), [(404, imagejobs.NotFoundError), (201, imagejobs.ResponseError), (500, imagejobs.ServerError)]
)
def test_call_on_a_plain_client_raises_only_typed_errors(status: int, error: type[Exception]) -> None:
    from imagejobs_generated.sasha.api.jobs import get_job

    with pytest.raises(error) as err:
        imagejobs.call(get_job, "j-1", client=_plain_sasha(status, ERROR))
    assert isinstance(err.value, imagejobs.ImageJobsError)
    assert getattr(err.value, "status_code", None) == status
    with pytest.raises(error):
        asyncio.run(imagejobs.acall(get_job, job_id="j-1", client=_plain_sasha(status, ERROR)))


def test_call_returns_the_model_with_positional_and_keyword_arguments() -> None:
    from imagejobs_generated.sasha.api.jobs import get_job

    client = imagejobs.sasha.client(client_id="c", client_secret="s", base_url="http://127.0.0.1:9",
                                    httpx_args={"transport": _token_then(200, JOB)})  # fmt: skip
    assert imagejobs.call(get_job, "j-1", client=client).job.job_id == "j-1"
    assert asyncio.run(imagejobs.acall(get_job, job_id="j-1", client=client)).job.job_id == "j-1"


SUBMITS: dict[str, Callable[[Any], Any]] = {
    "sasha": lambda s: s.submit(mediaa_url="https://x/a.jpg"),
    "huawei_moderation": lambda s: s.submit(url=["https://x/a.jpg"]),
    "alibaba_vod": lambda s: s.submit(video_id="v", templateid="t"),
    "tic_lens": lambda s: s.submit(files=b"x"),
    "smile_identity": lambda s: s.submit(job_id="j"),
}
CREDENTIALS: dict[str, dict[str, str]] = {
    "sasha": {"client_id": "c", "client_secret": "s"},
    "huawei_moderation": {"project_id": "p", "ak": "AK", "sk": "SK"},
    "smile_identity": {"partner_id": "1", "api_key": "k"},
    "alibaba_vod": {"access_key_id": "AK", "access_key_secret": "SK"},
    "tic_lens": {"api_key": "k"},
}


@pytest.mark.parametrize("vendor", VENDORS)
def test_a_misspelt_submit_keyword_is_refused_before_sending(vendor: str) -> None:
    seen: list[httpx.Request] = []
    module = getattr(imagejobs, vendor)
    client = module.client(**CREDENTIALS[vendor], base_url="http://127.0.0.1:9",
                           httpx_args={"transport": _transport(200, {}, seen)})  # fmt: skip
    source: imagejobs.JobSource = module.jobs(client)  # typed as the base: the check is the run-time one
    expected = imagejobs.UnsupportedOperation if vendor == "smile_identity" else imagejobs.UsageError
    with pytest.raises(expected):
        SUBMITS[vendor](source)
    with pytest.raises(expected):
        asyncio.run(source.asubmit(unknown_keyword=1))
    assert seen == []


def test_result_of_refuses_a_job_of_another_vendor() -> None:
    job = imagejobs.normalize("tic_lens", {"sentinelJobGuid": "3c90c3cc-0d44-4b50-8888-8dd25736052a"})[0]
    source = imagejobs.sasha.jobs(imagejobs.sasha.client(client_id="c", client_secret="s"))
    with pytest.raises(imagejobs.UsageError, match="tic_lens"):
        source.result_of(job)


# --- operation metadata as data ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("vendor", VENDORS)
def test_operation_constants_match_the_spec(vendor: str) -> None:
    from openapi_python_client.strings import snake_case

    spec = load_spec(vendor)
    expected = {
        (snake_case(op["operationId"]), method.upper(), path, snake_case(op["tags"][0]))
        for path, item in spec["paths"].items()
        for method, op in item.items()
        if method in ("get", "put", "post", "delete", "patch", "head", "options")
    }
    found = {(op.name, op.method, op.path, op.tag) for op in operations(vendor)}
    assert found == expected
    for op in operations(vendor):
        assert op.module.__name__.rsplit(".", 2)[-2:] == [op.tag, op.name]  # the module is where the constants say


def test_the_result_view_checker_finds_mismatches() -> None:
    """The check test_job_sources runs on real sandbox jobs can fail (tests/_typeddict.py)."""
    from _typeddict import mismatches

    from imagejobs.huawei_moderation import HuaweiModerationResult
    from imagejobs.sasha import SashaResult

    assert mismatches({"signature_id": "18446744073709551615"}, SashaResult) == []
    assert mismatches({"signature_id": 5}, SashaResult)  # a number where the view says text
    assert mismatches({"signature": "1"}, SashaResult)  # a key the view does not have
    assert mismatches({"items": [{"url": 3}]}, HuaweiModerationResult)
    assert mismatches({"job_success": True}, imagejobs.smile_identity.SmileIdentityResult)  # "code" is required


def test_call_refuses_wrong_arguments_before_sending() -> None:
    from imagejobs_generated.sasha.api.jobs import get_job

    seen: list[httpx.Request] = []
    client = imagejobs.sasha.client(client_id="c", client_secret="s", base_url="http://127.0.0.1:9",
                                    httpx_args={"transport": _transport(200, JOB, seen)})  # fmt: skip
    untyped: Any = imagejobs.call
    with pytest.raises(imagejobs.UsageError, match="jobid"):
        untyped(get_job, jobid="j", client=client)
    with pytest.raises(imagejobs.UsageError, match="client="):
        untyped(get_job, "j")
    assert seen == []


def test_generated_docstrings_name_errors_that_exist() -> None:
    """Every generated function's docstring names the imagejobs errors, and each name it gives is a real class."""
    import re

    from imagejobs import errors

    for vendor in VENDORS:
        for op in operations(vendor):
            for function in ("sync", "sync_detailed", "asyncio", "asyncio_detailed"):
                doc = getattr(op.module, function).__doc__ or ""
                raises = doc.split("Raises:", 1)[1].split("Returns:", 1)[0]
                assert "imagejobs.errors.APIStatusError" in raises and "errors.UnexpectedStatus" in raises
                named = set(re.findall(r"imagejobs\.errors\.(\w+)", raises))
                named |= set(re.findall(r"\b(\w+Error|OutcomeUnknownError)\b", raises)) - {"KeyError", "TypeError",
                                                                                          "ValueError"}  # fmt: skip
                missing = [name for name in named if not isinstance(getattr(errors, name, None), type)]
                assert not missing, (vendor, op.name, function, missing)

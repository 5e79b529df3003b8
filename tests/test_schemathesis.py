"""Schemathesis (pinned in the ``test`` extra) against each vendor's sandbox with the vendor's spec, all checks.

Schemathesis generates the requests from the spec, valid ones (the sandbox must accept them: positive data
acceptance) and invalid ones (it must refuse them: negative data rejection); each goes out through the vendor's own
client, so our httpx ``Auth`` flows authenticate it exactly as they do in production (OAuth2 token, AK/SK and ACS3
signatures, Smile's body signature, Alibaba's RPC form), and every answer is validated by every Schemathesis check.
A bounded number of examples per operation keeps the run within a minute or so.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable, Iterator
from datetime import timedelta
from typing import Any

import httpx
import pytest
import requests
import schemathesis
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis import GenerationMode
from schemathesis.checks import CHECKS, load_all_checks
from schemathesis.core.failures import FailureGroup
from schemathesis.core.parameters import ParameterLocation

import imagejobs
from imagejobs import alibaba_vod, huawei_moderation, sasha, smile_identity, tic_lens
from imagejobs.sandbox import DEMO, Sandbox
from imagejobs.sandbox._validation import for_loopback, load_spec

# Examples per operation and generation mode; IMAGEJOBS_SCHEMATHESIS_EXAMPLES raises it for a longer local run.
EXAMPLES = int(os.environ.get("IMAGEJOBS_SCHEMATHESIS_EXAMPLES", "12"))
_PLACEHOLDER = "http://schemathesis.invalid"
load_all_checks()
#: Every check Schemathesis has, named rather than left to its defaults (the stateful ones pass where no link is
#: declared; the probes of ignored_auth, unsupported_method and missing_required_header reach the sandbox).
ALL_CHECKS = list(CHECKS.get_all())

FACTORIES: dict[str, Callable[[str], Any]] = {
    "sasha": lambda url: sasha.client(**DEMO["sasha"], base_url=url),
    "huawei_moderation": lambda url: huawei_moderation.client(
        project_id=DEMO["huawei_moderation"]["project_id"],
        ak=DEMO["huawei_moderation"]["ak"],
        sk=DEMO["huawei_moderation"]["sk"],
        base_url=url,
    ),
    "smile_identity": lambda url: smile_identity.client(**DEMO["smile_identity"], base_url=url),
    "alibaba_vod": lambda url: alibaba_vod.client(**DEMO["alibaba_vod"], base_url=url),
    "tic_lens": lambda url: tic_lens.client(**DEMO["tic_lens"], base_url=url),
}


@pytest.fixture(scope="module")
def sandbox() -> Iterator[Sandbox]:
    with Sandbox() as running:
        yield running


def _send(client: Any, case: schemathesis.Case) -> httpx.Response:
    """The case as Schemathesis serializes it (requests' encoding), sent through the vendor client and its Auth."""
    kwargs = case.as_transport_kwargs(base_url=_PLACEHOLDER)
    prepared = requests.Request(
        method=kwargs["method"],
        url=kwargs["url"],
        headers=kwargs.get("headers"),
        params=kwargs.get("params"),
        json=kwargs.get("json"),
        data=kwargs.get("data"),
        files=kwargs.get("files"),
    ).prepare()
    headers = {k: v for k, v in prepared.headers.items() if k.lower() not in {"content-length", "user-agent"}}
    body = prepared.body.encode() if isinstance(prepared.body, str) else (prepared.body or b"")
    target = str(prepared.url).removeprefix(_PLACEHOLDER)
    httpx_client = client.get_httpx_client()
    request = httpx_client.build_request(str(prepared.method), target, content=body, headers=headers)
    try:
        response: httpx.Response = httpx_client.send(request)
    except imagejobs.APIStatusError as refusal:  # the client's typed error keeps the answer whole: judge that
        raw = refusal.body if isinstance(refusal.body, bytes) else str(refusal.body or "").encode()
        rebuilt = httpx.Response(refusal.status_code, headers=refusal.headers, content=raw, request=request)
        rebuilt.elapsed = timedelta(0)
        return rebuilt
    return response


def _caller_view(document: dict[str, Any]) -> dict[str, Any]:
    """The spec as a caller fills requests: Smile's body credentials removed, as the Auth flow writes them over
    whatever the case holds (the counterpart of ``with_security_parameters = False`` for header credentials)."""
    body = document.get("components", {}).get("schemas", {}).get("JobStatusRequest")
    if body is not None and "x-imagejobs-body-credentials" in document:
        for name in ("signature", "sec_key", "timestamp", "partner_id"):
            body["properties"].pop(name, None)
        for keyword in ("if", "then", "dependentRequired"):
            body.pop(keyword, None)
    return document


_TYPE_ONLY = re.compile(r"violates `(type|anyOf|oneOf|\$ref)`")


def _lossy(case: schemathesis.Case, message: str) -> bool:
    """A negative case whose invalid value is a valid string again once on the wire: another JSON type in a query
    value or a form part (an array, a number, a boolean there is sent as text, so what arrives is not invalid)."""
    meta = case.meta
    if meta is None:
        return False
    multipart = (case.media_type or "").startswith("multipart/")
    where = meta.is_negative_at(ParameterLocation.QUERY) or (multipart and meta.is_negative_at(ParameterLocation.BODY))
    violations = re.findall(r"violates `[^`]+`", message)
    return where and bool(violations) and all(_TYPE_ONLY.match(v) for v in violations)


def _is_json_object(text: object) -> bool:
    try:
        return isinstance(text, str) and isinstance(json.loads(text), dict)
    except ValueError:
        return False


def _run(vendor: str, sandbox: Sandbox, mode: GenerationMode) -> list[str]:
    """Every operation of the vendor's spec, ``EXAMPLES`` cases each; the failures Schemathesis reports."""
    schema = schemathesis.openapi.from_dict(_caller_view(for_loopback(load_spec(vendor))))
    # Credentials are the Auth flow's business, never generated: a case "without its x-api-key" would still get one.
    schema.config.generation.with_security_parameters = False
    client = FACTORIES[vendor](sandbox.base_urls[vendor])

    if vendor == "alibaba_vod":

        @schema.hook
        def filter_query(ctx: Any, query: dict[str, Any] | None) -> bool:
            """``UserData`` is a JSON object inside a string (its ``contentSchema``), which JSON Schema generators do
            not produce and the vendor refuses otherwise: keep the cases whose UserData is one (or absent)."""
            return not query or "UserData" not in query or _is_json_object(query["UserData"])

    @schema.auth()
    class _ClientAuth:
        """The auth hook: the vendor client's httpx Auth flow authenticates each case when ``_send`` sends it.

        A signature covers the exact request (Alibaba's even rewrites the path), so the flow runs on the way out
        rather than here; registering it tells Schemathesis that the case is authenticated on purpose, and its
        ``ignored_auth`` check then probes the sandbox without credentials and with wrong ones.
        """

        def get(self, case: schemathesis.Case, ctx: Any) -> Any:
            return client.get_httpx_client().auth

        def set(self, case: schemathesis.Case, data: Any, ctx: Any) -> None:
            assert isinstance(data, httpx.Auth)

    failures: list[str] = []
    for result in schema.get_all_operations():
        operation = result.ok()
        if vendor == "sasha" and operation.definition.raw.get("operationId") == "getToken":
            continue  # the client's own Auth calls it before every other operation (checked there)
        strategy = operation.as_strategy(generation_mode=mode, auth_storage=schema.auth)

        @given(case=strategy)
        @settings(
            max_examples=EXAMPLES,
            deadline=None,
            derandomize=True,
            database=None,
            phases=[Phase.explicit, Phase.generate],
            suppress_health_check=list(HealthCheck),
        )
        def check(case: schemathesis.Case) -> None:
            try:
                response = _send(client, case)
            except imagejobs.UsageError:
                if mode is GenerationMode.POSITIVE:
                    raise
                return  # the client refused the invalid request itself (Smile: a body that is not JSON)
            try:
                case.validate_response(
                    response, checks=ALL_CHECKS, transport_kwargs={"base_url": sandbox.base_urls[vendor]}
                )
            except FailureGroup as group:
                answer = f"answer {response.status_code} {response.text[:300]}"
                failures.extend(
                    f"{case.operation.label}: {f.title}: {f.message[:300]} ({answer})"
                    for f in group.exceptions
                    if not (f.title == "Schema-violating request accepted" and _lossy(case, f.message))
                )
            except AssertionError as failure:
                failures.append(f"{case.operation.label}: {str(failure)[:300]}")

        try:
            check()
        except Unsatisfiable:
            if mode is GenerationMode.POSITIVE:
                raise
            # Nothing in the operation can be made invalid (no parameters, no body): no negative case exists.
    return failures


@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE], ids=["valid", "invalid"])
@pytest.mark.parametrize("vendor", sorted(FACTORIES))
def test_schemathesis_finds_no_violation(vendor: str, mode: GenerationMode, sandbox: Sandbox) -> None:
    failures = _run(vendor, sandbox, mode)
    assert failures == [], "\n".join(dict.fromkeys(failures))


def test_schemathesis_fails_on_a_sandbox_that_accepts_what_the_spec_forbids(sandbox: Sandbox) -> None:
    """The run has teeth: with the sandbox's request validation switched off, invalid requests get through."""
    from imagejobs.sandbox import _base

    original = _base.request_problems
    _base.request_problems = lambda *args, **kwargs: []  # type: ignore[assignment]
    try:
        failures = _run("tic_lens", sandbox, GenerationMode.NEGATIVE)
    finally:
        _base.request_problems = original
    assert any("Schema-violating request accepted" in f for f in failures), failures[:5]

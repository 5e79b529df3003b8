"""The specs are valid OpenAPI, follow the house rules a generator depends on, and cover the lifecycle."""

from __future__ import annotations

import ast
from pathlib import Path

import generate
import pytest
from conftest import ROOT, SPECS, VENDORS, load_spec

HTTP_METHODS = {"get", "put", "post", "delete", "patch", "head", "options"}


def test_exactly_the_five_vendor_specs_exist() -> None:
    assert sorted(p.stem for p in SPECS.glob("*.yaml")) == sorted(VENDORS)


@pytest.mark.parametrize("vendor", VENDORS)
def test_spec_is_valid_openapi(vendor: str) -> None:
    generate.validate_spec(SPECS / f"{vendor}.yaml")  # raises GenerationError naming file and reason


def test_invalid_spec_is_reported_with_file_and_reason(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text(
        "openapi: 3.1.0\ninfo: {title: x, version: '1'}\npaths:\n  /x:\n    get:\n      responses: {200: {}}\n"
    )
    monkeypatch.setattr(generate, "ROOT", tmp_path)  # so the message shows a path relative to the folder under test
    with pytest.raises(generate.GenerationError) as err:
        generate.validate_spec(broken)
    message = str(err.value)
    assert message.startswith("broken.yaml: invalid OpenAPI document")
    assert "description" in message  # the reason: the response lacks its required description


def _operations(vendor: str) -> list[tuple[str, str, dict]]:
    spec = load_spec(vendor)
    return [
        (path, method, op)
        for path, item in spec["paths"].items()
        for method, op in item.items()
        if method in HTTP_METHODS
    ]


# The only operation whose authentication differs from its spec's top level: SASHA's token call (HTTP Basic).
OWN_SECURITY = {("sasha", "getToken"): [{"sashaClientBasic": []}]}


@pytest.mark.parametrize("vendor", VENDORS)
def test_security_is_declared_at_the_top_level_with_one_exception(vendor: str) -> None:
    spec = load_spec(vendor)
    assert spec.get("security"), "every vendor authenticates: the top-level requirement says how"
    schemes = spec["components"]["securitySchemes"]
    for alternative in spec["security"]:
        assert set(alternative) <= set(schemes)
    for path, method, op in _operations(vendor):
        own = OWN_SECURITY.get((vendor, op["operationId"]))
        assert op.get("security") == own, f"{method.upper()} {path}: per-operation security"


@pytest.mark.parametrize("vendor", VENDORS)
def test_every_operation_is_reviewable(vendor: str) -> None:
    ids = set()
    for path, method, op in _operations(vendor):
        where = f"{vendor}: {method.upper()} {path}"
        assert op.get("operationId"), where
        assert op["operationId"] not in ids, f"{where}: duplicate operationId"
        ids.add(op["operationId"])
        assert op.get("summary") and op.get("description"), f"{where}: summary and description"
        assert len(op.get("tags", [])) == 1, f"{where}: exactly one tag"
        codes = set(op["responses"])
        assert any(c.startswith("2") for c in codes), f"{where}: a 2xx response"
        assert any(c[0] in "45" for c in codes), f"{where}: a documented error response"


def _spec_operation_modules(vendor: str) -> dict[str, tuple[str, str]]:
    """``{"<tag>.<function>": (METHOD, path)}`` for every operation in the spec, named as the generator names them."""
    from openapi_python_client.strings import PythonIdentifier

    return {
        f"{PythonIdentifier(op['tags'][0], prefix='tag')}.{PythonIdentifier(op['operationId'], prefix='')}": (
            method.upper(),
            path,
        )
        for path, method, op in _operations(vendor)
    }


def _generated_operation_modules(vendor: str) -> set[str]:
    api = ROOT / "generated" / "imagejobs_generated" / vendor / "api"
    return {f"{m.parent.name}.{m.stem}" for m in api.glob("*/*.py") if m.name != "__init__.py"}


def _operations_the_overlay_calls(vendor: str) -> set[str]:
    """Every generated operation the vendor's overlay imports: the lifecycle its job source and client use."""
    prefix = f"imagejobs_generated.{vendor}.api."
    tree = ast.parse((ROOT / "overlays" / "imagejobs" / f"{vendor}.py").read_text(encoding="utf-8"))
    return {
        f"{node.module.removeprefix(prefix)}.{alias.name}"
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith(prefix)
        for alias in node.names
    }


@pytest.mark.parametrize("vendor", VENDORS)
def test_spec_covers_the_job_lifecycle(vendor: str) -> None:
    """Derived from the specs, the generated tree and the overlays: adding an operation needs no edit here."""
    in_spec = _spec_operation_modules(vendor)
    assert set(in_spec) == _generated_operation_modules(vendor), "run scripts/generate.py"
    called = _operations_the_overlay_calls(vendor)
    assert called, f"overlays/imagejobs/{vendor}.py calls no generated operation"
    assert called <= set(in_spec), f"the overlay calls operations the spec lacks: {called - set(in_spec)}"


def test_sasha_token_endpoint_is_http_basic_not_bearer() -> None:
    spec = load_spec("sasha")
    assert spec["paths"]["/oauth/token"]["post"]["security"] == [{"sashaClientBasic": []}]
    assert spec["components"]["securitySchemes"]["sashaClientBasic"] == {
        **spec["components"]["securitySchemes"]["sashaClientBasic"],
        "type": "http",
        "scheme": "basic",
    }


def test_sasha_lookup_takes_json_and_multipart() -> None:
    body = load_spec("sasha")["paths"]["/signature/lookup"]["post"]["requestBody"]["content"]
    assert {"application/json", "multipart/form-data"} <= set(body)


def test_huawei_region_and_project_live_in_the_server_url() -> None:
    server = load_spec("huawei_moderation")["servers"][0]
    assert server["url"] == "https://moderation.{region}.myhuaweicloud.com/v2/{project_id}"
    assert {"region", "project_id"} <= set(server["variables"])


def test_alibaba_actions_are_named_on_each_operation() -> None:
    for path, _, op in _operations("alibaba_vod"):
        assert op["x-imagejobs-rpc-action"] == path.removeprefix("/") == op["operationId"]


def test_credentials_are_not_caller_parameters() -> None:
    injected = {"x-auth-token", "signature", "sec_key", "timestamp", "partner_id", "accesskeyid", "signaturenonce",
                "securitytoken", "authorization", "x-api-key"}  # fmt: skip
    for vendor in VENDORS:
        for path, method, op in _operations(vendor):
            names = {p.get("name", "").lower() for p in op.get("parameters", [])}
            assert not names & injected, f"{vendor} {method.upper()} {path}: {names & injected}"

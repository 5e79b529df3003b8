"""Helpers that reach generated endpoint modules and the seed pages' example payloads."""

from __future__ import annotations

import importlib
import json
import re
from types import ModuleType
from typing import Any

import httpx
from conftest import SEEDS, load_spec
from openapi_python_client.strings import PythonIdentifier

_TRAILING_COMMA = re.compile(r",(\s*[}\]])")


def endpoint_module(vendor: str, method: str, path: str) -> ModuleType:
    """The generated module of the operation at METHOD PATH in ``specs/<vendor>.yaml``."""
    op = load_spec(vendor)["paths"][path][method]
    tag = PythonIdentifier(op["tags"][0], prefix="tag")
    name = PythonIdentifier(op["operationId"], prefix="")
    return importlib.import_module(f"imagejobs_generated.{vendor}.api.{tag}.{name}")


def parse(vendor: str, method: str, path: str, status: int, payload: Any) -> Any:
    """Parse ``payload`` as the generated client parses a real response to that operation: a success through the
    operation itself; an error status (which the operation raises on, never returning a model) through the
    generated model the spec names for it, as a user parses ``UnexpectedStatus.content``."""
    if not 200 <= status <= 299:
        return error_model(vendor, method, path, status).from_dict(payload)
    client_module = importlib.import_module(f"imagejobs_generated.{vendor}.client")
    client = client_module.Client(base_url="http://127.0.0.1", raise_on_unexpected_status=True)
    response = httpx.Response(status, json=payload, request=httpx.Request(method.upper(), "http://127.0.0.1/"))
    return endpoint_module(vendor, method, path)._parse_response(client=client, response=response)


def error_model(vendor: str, method: str, path: str, status: int) -> Any:
    """The generated model class of the JSON schema the spec gives for that operation's ``status`` answer."""
    spec = load_spec(vendor)
    response = spec["paths"][path][method]["responses"][str(status)]
    if "$ref" in response:
        response = spec["components"]["responses"][response["$ref"].rsplit("/", 1)[1]]
    schema_name = response["content"]["application/json"]["schema"]["$ref"].rsplit("/", 1)[1]
    models = importlib.import_module(f"imagejobs_generated.{vendor}.models")
    by_key = {name.lower(): getattr(models, name) for name in models.__all__}
    return by_key[schema_name.replace("_", "").replace("-", "").lower()]


def json_blocks(text: str, *, repair_trailing_commas: bool = False) -> list[Any]:
    """Every top-level ``{...}`` block of a documentation page that is JSON (optionally after a minimal repair)."""
    blocks: list[Any] = []
    depth, start = 0, -1
    for index, char in enumerate(text):
        if char == "{":
            if depth == 0:
                start = index
            depth += 1
        elif char == "}" and depth:
            depth -= 1
            if depth == 0:
                candidate = text[start : index + 1]
                if repair_trailing_commas:
                    candidate = _TRAILING_COMMA.sub(r"\1", candidate)
                try:
                    blocks.append(json.loads(candidate))
                except json.JSONDecodeError:
                    continue
    return blocks


def seed_text(prefix: str) -> str:
    (page,) = SEEDS.glob(f"{prefix}_*.txt")
    return page.read_text(encoding="utf-8")

"""Every sandbox request checked against its vendor's spec by openapi-core, so a malformed client request fails.

The sandbox serves on loopback, so each spec's ``servers`` are cut to their paths before openapi-core matches
requests (Huawei keeps its ``/v2/{project_id}`` prefix, Smile its ``/v1``). Parameters and bodies are validated here;
authentication stays with each vendor sandbox, which answers it in the vendor's own error shapes.
"""

from __future__ import annotations

import copy
import functools
import re
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml
from openapi_core import OpenAPI
from openapi_core.datatypes import RequestParameters
from openapi_core.deserializing.styles.exceptions import EmptyQueryParameterValue
from openapi_core.templating.paths.exceptions import PathError
from openapi_core.validation.request.exceptions import (
    InvalidParameter,
    InvalidRequestBody,
    MissingRequiredParameter,
    MissingRequiredRequestBody,
    RequestValidationError,
)
from openapi_core.validation.request.validators import V31RequestBodyValidator, V31RequestParametersValidator
from starlette.datastructures import Headers, QueryParams
from werkzeug.datastructures import ImmutableMultiDict

import imagejobs_generated


def spec_path(vendor: str) -> Path:
    """The vendor's spec: beside the generated package in a wheel, ``specs/`` in a source checkout."""
    package = Path(imagejobs_generated.__file__).parent
    for candidate in (package / "_specs" / f"{vendor}.yaml", package.parent.parent / "specs" / f"{vendor}.yaml"):
        if candidate.is_file():
            return candidate
    raise FileNotFoundError(f"sandbox: the spec of {vendor} is not installed (looked beside imagejobs_generated)")


def load_spec(vendor: str) -> dict[str, Any]:
    document: dict[str, Any] = yaml.safe_load(spec_path(vendor).read_text(encoding="utf-8"))
    return document


def for_loopback(document: Mapping[str, Any]) -> dict[str, Any]:
    """The document as the sandbox serves it: server URLs cut to their paths (the sandbox is on any host), and
    multipart fields that are not text read as JSON (``"6"`` is the integer 6, as ASP.NET's form binding reads it).
    """
    servers = []
    for server in document.get("servers") or [{"url": "/"}]:
        path = urlsplit(str(server["url"]).replace("{", "%7B").replace("}", "%7D")).path
        path = path.replace("%7B", "{").replace("%7D", "}") or "/"
        variables = {k: v for k, v in (server.get("variables") or {}).items() if "{" + k + "}" in path}
        servers.append({"url": path, **({"variables": variables} if variables else {})})
    copied = copy.deepcopy(dict(document))
    copied["servers"] = servers
    for item in copied.get("paths", {}).values():
        for operation in item.values():
            media = operation.get("requestBody", {}).get("content", {}) if isinstance(operation, dict) else {}
            if "multipart/form-data" in media:
                _json_encoded_fields(copied, media["multipart/form-data"])
    return copied


def _json_encoded_fields(document: Mapping[str, Any], media: dict[str, Any]) -> None:
    schema = media.get("schema", {})
    while "$ref" in schema:
        schema = document["components"]["schemas"][schema["$ref"].rsplit("/", 1)[1]]
    encoding = media.setdefault("encoding", {})
    for name, field in (schema.get("properties") or {}).items():
        if field.get("type") in ("integer", "number", "boolean"):
            encoding.setdefault(name, {"contentType": "application/json"})


@functools.cache
def _openapi(vendor: str) -> OpenAPI:
    return OpenAPI.from_dict(for_loopback(load_spec(vendor)))


@functools.cache
def operation_ids(vendor: str) -> frozenset[str]:
    """The operationIds the vendor's spec declares (a sandbox route outside them, like Huawei's IAM, is not checked)."""
    paths = load_spec(vendor).get("paths") or {}
    return frozenset(op["operationId"] for item in paths.values() for op in item.values() if isinstance(op, dict))


def _binary_as_text(value: bytes, **parameters: str) -> str:
    return value.decode("latin-1")


# A multipart file part (``type: string, format: binary``, which openapi-python-client needs for its ``File``) arrives
# as bytes, and OpenAPI 3.1's JSON Schema has no bytes type: read it as text (latin-1 keeps every byte).
_BINARY_AS_TEXT: dict[str, Callable[[bytes], Any]] = {"application/octet-stream": _binary_as_text}


@functools.cache
def _validators(vendor: str) -> tuple[V31RequestParametersValidator, V31RequestBodyValidator]:
    spec = _openapi(vendor).spec
    return (
        V31RequestParametersValidator(spec, extra_media_type_deserializers=_BINARY_AS_TEXT),
        V31RequestBodyValidator(spec, extra_media_type_deserializers=_BINARY_AS_TEXT),
    )


def warm(vendor: str) -> None:
    """Read the spec and check one request per operation and body type now, not on the first real request.

    openapi-core resolves and compiles an operation's schemas the first time it sees the operation (a fifth of a
    second each); a client with a short timeout must not pay that on its first call.
    """
    document = for_loopback(load_spec(vendor))
    prefix = str(document["servers"][0]["url"]).rstrip("/")
    for template, item in (document.get("paths") or {}).items():
        path = re.sub(r"\{[^}]+\}", "x", prefix + template)
        for method, operation in item.items():
            if not isinstance(operation, dict) or "operationId" not in operation:
                continue
            for media_type in (operation.get("requestBody") or {}).get("content") or {None: None}:
                headers = Headers({"content-type": media_type} if media_type else {})
                body = b"{}" if media_type and "json" in media_type else b""
                request_problems(
                    vendor, method.upper(), re.sub(r"\{[^}]+\}", "x", path), QueryParams(""), headers, body
                )


class _Request:
    """One received request in the shape openapi-core reads (its ``Request`` protocol)."""

    def __init__(self, method: str, path: str, query: QueryParams, headers: Headers, body: bytes) -> None:
        self.host_url = "http://sandbox"
        self.path = path
        self.method = method.lower()
        self.body: bytes | None = body
        self.content_type = headers.get("content-type") or "application/octet-stream"
        self.parameters = RequestParameters(
            query=ImmutableMultiDict(list(query.multi_items())),
            header=headers,
            cookie=ImmutableMultiDict(),
        )


def request_problems(
    vendor: str, method: str, path: str, query: QueryParams, headers: Headers, body: bytes
) -> list[str]:
    """What is wrong with a request by the vendor's spec (parameters and body), as readable sentences; [] if valid."""
    request = _Request(method, path, query, headers, body)
    problems: list[str] = []
    for validator in _validators(vendor):
        try:
            validator.validate(request)
        except PathError:
            return []  # not a spec operation: the route's own answer (404/405) stands
        except RequestValidationError as exc:
            problems.extend(_sentences(exc))
        except Exception as exc:  # openapi-core's own parsers trip on some malformed bodies (a nameless part)
            problems.append(f"body: unreadable ({_text(exc)})")
    return problems


def _sentences(exc: RequestValidationError) -> list[str]:
    """``"<field>: <what is wrong>"`` per problem; the field is the parameter, or the body property at fault."""
    errors = getattr(exc, "errors", None) or [exc]
    out: list[str] = []
    for error in errors:
        if isinstance(error, MissingRequiredParameter):
            out.append(f"{error.name}: the required parameter is missing")
        elif isinstance(error.__cause__, EmptyQueryParameterValue):
            out.append(f"{error.__cause__.name}: the parameter is empty")
        elif isinstance(error, MissingRequiredRequestBody):
            out.append("body: the request body is missing")
        elif isinstance(error, InvalidParameter | InvalidRequestBody) and (causes := _schema_errors(error)):
            fallback = error.name if isinstance(error, InvalidParameter) else "body"
            out.extend(f"{_field(c, fallback)}: {getattr(c, 'message', None) or _text(c)}" for c in causes)
        else:
            out.append(f"{getattr(error, 'name', 'body')}: {_text(error)}")
    return out


def _text(error: BaseException) -> str:
    """The error's message; its type and cause when it has none that prints (openapi-core's deserializers')."""
    try:
        return str(error)
    except Exception:  # an exception whose __str__ itself fails (it formats the undecodable body)
        cause = error.__cause__
        return f"{type(error).__name__}" + (f" ({type(cause).__name__})" if cause is not None else "")


def _field(cause: Any, fallback: str) -> str:
    """The body property a JSON Schema error is about (a missing required one included), else ``fallback``."""
    path = [str(part) for part in getattr(cause, "absolute_path", ()) or ()]
    if getattr(cause, "validator", None) == "required" and isinstance(cause.instance, dict):
        missing = [name for name in cause.validator_value if name not in cause.instance]
        path += missing[:1]
    return ".".join(path) or fallback


def _schema_errors(error: BaseException) -> list[Any]:
    cause = error.__cause__
    found = getattr(cause, "schema_errors", None)
    return list(found) if found else ([cause] if cause is not None else [])

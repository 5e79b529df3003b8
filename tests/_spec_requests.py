"""Requests as they arrived on a loopback socket, judged by the vendor's spec with openapi-core (security included)."""

from __future__ import annotations

import copy
import functools
import re
from typing import Any, ClassVar

from _loopback import Received
from openapi_core import OpenAPI
from openapi_core.datatypes import RequestParameters
from openapi_core.security.exceptions import SecurityProviderError
from openapi_core.security.factories import SecurityProviderFactory
from openapi_core.security.providers import BaseProvider
from openapi_core.validation.request.exceptions import SecurityValidationError
from openapi_core.validation.request.validators import V31RequestSecurityValidator, V31RequestValidator
from werkzeug.datastructures import Headers, ImmutableMultiDict

from imagejobs.sandbox._validation import _BINARY_AS_TEXT, for_loopback, load_spec

HTTP_METHODS = ("get", "put", "post", "delete", "patch")


def operation_of(vendor: str, received: Received) -> str:
    """The spec operationId a received request is for (Alibaba: from its ``Action``)."""
    method, path = received.method.lower(), spec_path(vendor, received)
    spec = load_spec(vendor)
    prefix = for_loopback(spec)["servers"][0]["url"].rstrip("/")
    for template, item in spec["paths"].items():
        pattern = re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(prefix + template))
        if re.fullmatch(pattern, path) and method in item:
            return str(item[method]["operationId"])
    raise AssertionError(f"{vendor}: {received.method} {received.target} is no operation of the spec")


def spec_path(vendor: str, received: Received) -> str:
    if vendor != "alibaba_vod":
        return received.path
    action = dict(received.query).get("Action") or received.header("x-acs-action")
    return f"/{action}"


class _BearerProvider(BaseProvider):
    """OAuth 2.0 as a resource server sees it (RFC 6750): ``Authorization: Bearer <token>``; openapi-core has none."""

    def __call__(self, parameters: RequestParameters) -> Any:
        scheme, _, token = str(parameters.header.get("Authorization", "")).partition(" ")
        if scheme.lower() != "bearer" or not token:
            raise SecurityProviderError("Missing bearer token.")
        return token


class _Providers(SecurityProviderFactory):
    PROVIDERS: ClassVar[dict[str, type[BaseProvider]]] = {
        **SecurityProviderFactory.PROVIDERS,
        "oauth2": _BearerProvider,
    }


_PROVIDERS = _Providers()


class _Request:
    def __init__(self, vendor: str, received: Received) -> None:
        self.host_url = "http://loopback"
        self.path = spec_path(vendor, received)
        self.method = "post" if vendor == "alibaba_vod" else received.method.lower()
        self.body: bytes | None = received.body
        self.content_type = received.header("content-type") or "application/octet-stream"
        self.parameters = RequestParameters(
            query=ImmutableMultiDict(received.query),
            header=Headers(received.headers),
            cookie=ImmutableMultiDict(),
        )


@functools.cache
def _openapi(vendor: str, requirement: str | None) -> OpenAPI:
    """The spec (servers cut to paths); with ``requirement``, every operation's security narrowed to that one."""
    document = copy.deepcopy(for_loopback(load_spec(vendor)))
    if requirement is not None:
        only: list[dict[str, list[str]]] = [{key: [] for key in requirement.split("+")}] if requirement else [{}]
        document["security"] = only
        for item in document["paths"].values():
            for method in HTTP_METHODS:
                if method in item:
                    item[method]["security"] = only
    return OpenAPI.from_dict(document)


def requirements(vendor: str, operation: str) -> list[str]:
    """The operation's declared alternatives, each as ``"SchemeA+SchemeB"`` ("" for the empty requirement)."""
    spec = load_spec(vendor)
    for item in spec["paths"].values():
        for method in HTTP_METHODS:
            if item.get(method, {}).get("operationId") == operation:
                declared = item[method].get("security", spec.get("security", []))
                return ["+".join(sorted(alternative)) for alternative in declared]
    raise KeyError(operation)


def problems(vendor: str, received: Received) -> list[str]:
    """Everything the spec finds wrong with the request: security, parameters and body."""
    validator = V31RequestValidator(
        _openapi(vendor, None).spec,
        extra_media_type_deserializers=_BINARY_AS_TEXT,
        security_provider_factory=_PROVIDERS,
    )
    return [f"{type(e).__name__}: {e}" for e in validator.iter_errors(_Request(vendor, received))]


def satisfied(vendor: str, received: Received) -> set[str]:
    """Which of the operation's declared security alternatives the request satisfies."""
    found: set[str] = set()
    for requirement in requirements(vendor, operation_of(vendor, received)):
        validator = V31RequestSecurityValidator(
            _openapi(vendor, requirement).spec, security_provider_factory=_PROVIDERS
        )
        try:
            validator.validate(_Request(vendor, received))
        except SecurityValidationError:
            continue
        found.add(requirement)
    return found


def describe(received: Received) -> dict[str, Any]:
    return {"method": received.method, "target": received.target, "headers": [k for k, _ in received.headers]}

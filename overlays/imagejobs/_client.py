"""Turns a vendor's generated ``Client`` class into a configured client: base URL, auth, timeout, User-Agent.

Why a subclass (the one customisation of generated code, in the spirit of the Azure SDK's ``_patch.py``): the
generated ``Client`` builds plain ``httpx.Client``/``httpx.AsyncClient`` objects lazily from ``httpx_args``. We need
our own httpx subclasses (typed errors and, above the auth flow, retries), built just as lazily so that sync users never
pay for an async client. A subclass that overrides the two getters keeps the generated class, its type (the generated
functions accept it) and its lazy construction, without editing ``generated/``.
"""

from __future__ import annotations

import functools
import platform
import urllib.request
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol, TypeVar, cast

import attrs
import httpx

from ._check import check_instance, check_mapping, check_timeout
from ._deadline import DeadlineBackend
from ._extras import installed
from ._http import (
    DEFAULT_RETRY,
    REQUEST_ID_HEADERS,
    ErrorParser,
    ImageJobsAsyncHTTPClient,
    ImageJobsHTTPClient,
    IsSafe,
    ResponseCheck,
    RetryPolicy,
    redact_headers,
    safe_by_method,
)
from ._registry import VENDORS, descriptor
from ._tls import ssl_context, warn_if_unverified
from ._version import __version__
from .errors import UsageError

#: Connect fast, allow slow vendors to answer: the default of every client, overridable per client.
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=5.0)
USER_AGENT = f"imagejobs/{__version__} httpx/{httpx.__version__} python/{platform.python_version()}"


class GeneratedClient(Protocol):
    """What every ``imagejobs_generated.<vendor>.client.Client`` offers."""

    def get_httpx_client(self) -> httpx.Client: ...
    def get_async_httpx_client(self) -> httpx.AsyncClient: ...


C = TypeVar("C", bound=GeneratedClient)


@dataclass(frozen=True)
class ClientOptions:
    """Everything a vendor module decides about its client; the shared code builds it."""

    vendor: str
    base_url: str
    auth: httpx.Auth
    timeout: httpx.Timeout | float | None = None
    headers: Mapping[str, str] = field(default_factory=dict)
    httpx_args: Mapping[str, Any] = field(default_factory=dict)
    error_parser: ErrorParser | None = None
    #: Which requests may be sent again after a failure (reads; never a submit). Per call: the request extension.
    is_safe: IsSafe = safe_by_method
    retry: RetryPolicy | None = None
    #: Runs on every read answer before it is trusted or parsed (Smile: its signature).
    response_check: ResponseCheck | None = None


def _http_kwargs(client: Any, options: ClientOptions) -> dict[str, Any]:
    # The generated Client's settings by their public (constructor) names, read through attrs' field introspection:
    # what ``attrs.evolve`` (its with_* methods) reads too; no private attribute name is spelt out here.
    fields = {field.alias: getattr(client, field.name) for field in attrs.fields(type(client)) if field.init}
    kwargs: dict[str, Any] = {
        "base_url": fields["base_url"],
        "cookies": fields["cookies"],
        "headers": fields["headers"],
        "timeout": fields["timeout"],
        "verify": fields["verify_ssl"],
        "follow_redirects": fields["follow_redirects"],
        "auth": options.auth,
        "vendor": options.vendor,
        "error_parser": options.error_parser,
        "retry": options.retry or DEFAULT_RETRY,
        "is_safe": options.is_safe,
        "response_check": options.response_check,
        "request_id_headers": _request_id_headers(options.vendor),
    }
    kwargs.update(fields["httpx_args"])
    return kwargs


def _request_id_headers(vendor: str) -> tuple[str, ...]:
    if vendor not in VENDORS:  # a client built by hand for another service
        return REQUEST_ID_HEADERS
    return descriptor(vendor).request_id_headers or REQUEST_ID_HEADERS


#: httpx_args that choose or shape the transport themselves: then httpx's own machinery stays in charge.
_TRANSPORT_ARGS = frozenset({"transport", "proxy", "mounts", "http2", "uds", "local_address"})
DEFAULT_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=20)


def _ours_to_choose(kwargs: Mapping[str, Any]) -> bool:
    """Whether the factory picks the transport: not when the caller shaped it, nor when the environment names a proxy
    (httpx mounts those only for a client that was not handed a transport)."""
    if _TRANSPORT_ARGS & kwargs.keys():
        return False
    return not (kwargs.get("trust_env", True) and _environment_proxies())


def _environment_proxies() -> bool:
    # The same source httpx reads its environment proxies from.
    return any(scheme in urllib.request.getproxies() for scheme in ("http", "https", "all"))


def _sync_transport(kwargs: Mapping[str, Any]) -> httpx.BaseTransport | None:
    """The transport httpx itself would build, but made here so the client may send through it directly
    (``ImageJobsHTTPClient``: the direct path)."""
    if not _ours_to_choose(kwargs):
        return None
    transport = httpx.HTTPTransport(**_httpx_transport_args(kwargs))
    # Every socket operation bounded by the call's deadline (imagejobs._deadline): httpx has no parameter for the
    # network backend, so it is set on the pool it built, before any connection exists.
    transport._pool._network_backend = DeadlineBackend()
    return transport


def _httpx_transport_args(kwargs: Mapping[str, Any]) -> dict[str, Any]:
    """What httpx's own transports take from the client's arguments, with the same defaults httpx would use; the
    trust store is the one every transport shares (``verify``, ``cert``, ``trust_env``: imagejobs._tls)."""
    return {
        "verify": ssl_context(kwargs),
        "http1": kwargs.get("http1", True),
        "limits": kwargs.get("limits", DEFAULT_LIMITS),
    }


def _async_transport(kwargs: Mapping[str, Any]) -> httpx.AsyncBaseTransport | None:
    """The async transport, chosen by measurement (scripts/bench.py, P4): aiohttp's, through httpx-aiohttp, serves
    several times more requests per second than httpx's own. It is the ``[aiohttp]`` extra: without it, httpx's own
    transport. Imported only here, when an async client is first made, so sync users never pay for it."""
    if not _ours_to_choose(kwargs):
        return None
    if not installed("aiohttp"):
        return httpx.AsyncHTTPTransport(**_httpx_transport_args(kwargs))
    from ._aiohttp import ExactURLAiohttpTransport

    # The sync client's trust store: SSL_CERT_FILE / SSL_CERT_DIR honoured alike (imagejobs._tls).
    transport: httpx.AsyncBaseTransport = ExactURLAiohttpTransport(
        verify=ssl_context(kwargs), limits=kwargs.get("limits", DEFAULT_LIMITS), trust_env=False
    )
    return transport


def _get_httpx_client(self: Any) -> httpx.Client:
    if self._imagejobs_sync is None:
        kwargs = _http_kwargs(self, self._imagejobs)
        self._imagejobs_sync = ImageJobsHTTPClient(direct_transport=_sync_transport(kwargs), **kwargs)
        self.set_httpx_client(self._imagejobs_sync)  # public: the generated with_*, __enter__ and __exit__ use it
    return cast(httpx.Client, self._imagejobs_sync)


def _get_async_httpx_client(self: Any) -> httpx.AsyncClient:
    if self._imagejobs_async is None:
        kwargs = _http_kwargs(self, self._imagejobs)
        self._imagejobs_async = ImageJobsAsyncHTTPClient(direct_transport=_async_transport(kwargs), **kwargs)
        self.set_async_httpx_client(self._imagejobs_async)
    return cast(httpx.AsyncClient, self._imagejobs_async)


@functools.cache
def _configured_class(base: type[Any]) -> type[Any]:
    namespace = {
        "__annotations__": {
            "_imagejobs": ClientOptions,
            "_imagejobs_sync": "httpx.Client | None",
            "_imagejobs_async": "httpx.AsyncClient | None",
        },
        "_imagejobs": attrs.field(kw_only=True, alias="imagejobs", repr=False),
        # Our own slots for the httpx clients we build (the generated ones are its private business).
        "_imagejobs_sync": attrs.field(default=None, init=False, repr=False),
        "_imagejobs_async": attrs.field(default=None, init=False, repr=False),
        "get_httpx_client": _get_httpx_client,
        "get_async_httpx_client": _get_async_httpx_client,
        "__module__": base.__module__,
        "__qualname__": base.__qualname__,
        "__doc__": base.__doc__,
    }
    return attrs.define(type(base.__name__, (base,), namespace))


def build_client(generated_class: type[C], options: ClientOptions) -> C:
    """An instance of (a subclass of) ``generated_class`` whose httpx clients authenticate every request."""
    check_timeout("timeout", options.timeout, vendor=options.vendor)
    check_mapping("httpx_args", options.httpx_args, vendor=options.vendor)
    if options.retry is not None:
        check_instance("retries", options.retry, RetryPolicy, "a RetryPolicy", vendor=options.vendor)
    if options.vendor in VENDORS:  # its credentials' headers are redacted from httpx's logs from now on
        redact_headers(descriptor(options.vendor).secret_headers)
    headers = {"User-Agent": USER_AGENT, **options.headers}
    configured = _configured_class(generated_class)
    timeout = options.timeout if options.timeout is not None else DEFAULT_TIMEOUT
    if not isinstance(timeout, httpx.Timeout):
        timeout = httpx.Timeout(timeout)
    httpx_args = dict(options.httpx_args)
    if "auth" in httpx_args:
        raise UsageError(f"{options.vendor}: httpx_args may not set 'auth': the vendor module owns authentication")
    warn_if_unverified(options.vendor, httpx_args.get("verify", True))
    return cast(
        C,
        configured(
            base_url=options.base_url.rstrip("/"),
            headers=headers,
            timeout=timeout,
            httpx_args=httpx_args,
            raise_on_unexpected_status=False,
            imagejobs=options,
        ),
    )


def close_clients(client: Any) -> None:
    """Close the sync httpx client a generated ``Client`` has built, if any (one built but never used: nothing)."""
    if getattr(client, "_imagejobs_sync", None) is not None:  # our own slot (see _configured_class)
        client._imagejobs_sync.close()


async def aclose_clients(client: Any) -> None:
    """Close whichever httpx clients a generated ``Client`` has built (the async one's aiohttp session included)."""
    close_clients(client)
    if getattr(client, "_imagejobs_async", None) is not None:
        await client._imagejobs_async.aclose()

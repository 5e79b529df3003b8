"""Every private name of another package that ``imagejobs`` uses, each with why it stays.

The rest went: the generated ``Client``'s settings are read by their public constructor names through attrs'
introspection, and its httpx clients are handed over with its public ``set_httpx_client``/``set_async_httpx_client``.
``tests/test_private_api.py`` fails when a module of the package reaches a private name not listed here, and when a
listed one changes in the installed version of its owner (so an upgrade that breaks one is caught by the suite).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

__all__ = ["PRIVATE_APIS", "PrivateUse"]


@dataclass(frozen=True)
class PrivateUse:
    """One private name: whose it is, which of our modules use it, and why no public way does the job."""

    owner: str
    name: str
    users: frozenset[str]
    why: str


PRIVATE_APIS: Final = (
    PrivateUse(
        "httpx.Response",
        "_get_content_decoder",
        frozenset({"imagejobs._read"}),
        "a compressed body is unpacked a slice at a time under the size cap (a gzip bomb stops at the cap) with "
        "httpx's own decoders, so exactly what httpx accepts is accepted; httpx has no public decoder factory",
    ),
    PrivateUse(
        "httpx.Response",
        "_content",
        frozenset({"imagejobs._read", "imagejobs.smile_identity"}),
        "the body read under the size cap (and Smile's answer with its trailing commas dropped) is stored where "
        "Response.read() stores it, so .content, .json() and httpx's own read see one body; httpx offers no public "
        "setter",
    ),
    PrivateUse(
        "httpx.HTTPTransport",
        "_pool",
        frozenset({"imagejobs._client"}),
        "the sync transport's connection pool, to give it the deadline-bounded network backend below: httpx takes "
        "no network backend parameter",
    ),
    PrivateUse(
        "httpcore.ConnectionPool",
        "_network_backend",
        frozenset({"imagejobs._client"}),
        "every socket operation of a sync client bounded by the call's deadline (imagejobs._deadline), set before "
        "any connection exists; httpcore takes it as a constructor argument, which httpx does not pass on",
    ),
    PrivateUse(
        "aiohttp.ClientSession",
        "_retry_connection",
        frozenset({"imagejobs._aiohttp"}),
        "aiohttp re-sends an idempotent request once after a dropped connection on its own; with our RetryPolicy "
        "above it, 2 retries would make 6 requests. aiohttp has no public switch",
    ),
    PrivateUse(
        "imagejobs_generated.<vendor>.api.<tag>.<operation>",
        "_get_kwargs",
        frozenset({"imagejobs._call", "imagejobs._jobs"}),
        "the request a generated operation builds, sent on our client without the strict parse (job sources, "
        "call/acall); generated code, regenerated with its spec, checked for every operation by the test",
    ),
    PrivateUse(
        "imagejobs_generated.<vendor>.api.<tag>.<operation>",
        "_parse_response",
        frozenset({"imagejobs._call"}),
        "call/acall parse an answer the strict way the generated sync() would, turning its KeyError/TypeError into "
        "ResponseError with the raw body",
    ),
)

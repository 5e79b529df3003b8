"""The one trust store of sync and async clients alike.

httpx's own transport honours ``SSL_CERT_FILE``/``SSL_CERT_DIR`` (with ``trust_env``); the async transport of
``_aiohttp`` (or httpx's, when aiohttp is not installed) must verify against the very same certificates, so both are
handed the context built here rather than each building its own.
"""

from __future__ import annotations

import ssl
from collections.abc import Mapping
from typing import Any

import httpx

from ._logging import logger

__all__ = ["ssl_context", "warn_if_unverified"]


def ssl_context(kwargs: Mapping[str, Any]) -> ssl.SSLContext:
    """The context for a client built with these httpx keyword arguments (``verify``, ``cert``, ``trust_env``)."""
    verify = kwargs.get("verify", True)
    if isinstance(verify, ssl.SSLContext):
        return verify
    return httpx.create_ssl_context(verify=verify, cert=kwargs.get("cert"), trust_env=kwargs.get("trust_env", True))


def warn_if_unverified(vendor: str, verify: object) -> None:
    """Turning certificate verification off is allowed (a test proxy), never silent: one warning per client."""
    if verify is False:
        logger.warning(
            "%s: TLS certificate verification is OFF for this client: anyone on the path can read its credentials",
            vendor,
        )

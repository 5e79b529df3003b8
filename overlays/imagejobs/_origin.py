"""Where credentials may go: the one origin (scheme, host, port) a client was configured with, over TLS.

Every factory input that ends up in a URL is checked here before a client exists (a region pasted into a host name,
``"x@evil.example#"``, would otherwise send the signed request to ``evil.example``), and every request is checked
against the client's origin before it is signed (:mod:`imagejobs._http`).
"""

from __future__ import annotations

import ipaddress
import re

import httpx

__all__ = ["Origin", "base_url_problem", "is_loopback", "origin_of", "region_problem"]

#: (scheme, host, port): what a browser would call the origin; the port is explicit (443 for https).
Origin = tuple[str, str, int]

_DEFAULT_PORTS = {"http": 80, "https": 443}
#: Vendor region names: ``cn-shanghai``, ``ap-southeast-1``, ``eu-west-101``; nothing that could end a host name.
_REGION = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


def origin_of(url: httpx.URL) -> Origin:
    return (url.scheme, url.host.lower(), url.port or _DEFAULT_PORTS.get(url.scheme, 0))


def is_loopback(host: str) -> bool:
    """127.0.0.0/8, ::1 and localhost: where plain HTTP stays allowed (sandboxes, tests)."""
    name = host.lower().rstrip(".")
    if name == "localhost" or name.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(name.strip("[]")).is_loopback
    except ValueError:
        return False


def region_problem(name: str, region: str) -> str | None:
    """Why ``region`` is not a region name (lower-case letters, digits and single hyphens), or None."""
    if len(region) <= 64 and _REGION.fullmatch(region):
        return None
    return f"{name} must be a region name (lower-case letters, digits and hyphens, like cn-shanghai)"


def base_url_problem(name: str, url: str, *, allow_insecure_http: bool = False) -> str | None:
    """Why ``url`` may not receive credentials, or None: not http(s), userinfo, a query or fragment, no host, or
    plain HTTP to a host that is not loopback (unless ``allow_insecure_http``). The message never repeats the URL
    (it may hold a password)."""
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, TypeError, ValueError):
        return f"{name} is not a valid URL"
    if parsed.scheme not in _DEFAULT_PORTS or not parsed.host:
        return f"{name} must be an https:// URL with a host"
    if parsed.userinfo or "@" in parsed.netloc.decode("ascii", "replace"):
        return f"{name} may not hold a user name or password (credentials go in their own arguments)"
    if parsed.query or parsed.fragment or "?" in url or "#" in url:
        return f"{name} may not have a query or a fragment"
    if parsed.scheme == "http" and not allow_insecure_http and not is_loopback(parsed.host):
        return (
            f"{name} is plain http:// to a host that is not loopback: credentials would travel in the clear "
            "(use https://, or pass allow_insecure_http=True to accept that)"
        )
    return None

"""What a sandbox is configured with (timings, demo credentials) and the ``IMAGEJOBS_*`` variables that reach it.

Kept free of Starlette and uvicorn so that ``imagejobs sandbox --print-env`` needs neither.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

#: The vendors in port order: a sandbox on port N serves them on N, N+1, ..., N+4.
ORDER: Final = ("sasha", "huawei_moderation", "smile_identity", "alibaba_vod", "tic_lens")


@dataclass(frozen=True)
class Timings:
    """How fast sandbox jobs move, in seconds; fast by default so that a test or the demo waits a fraction of one."""

    pending: float = 0.2  # time in the first state
    running: float = 0.6  # time until final (from creation)
    token_lifetime: int = 3600  # SASHA expires_in and the Huawei IAM token lifetime
    huawei_result_ttl: float = 1800.0  # how long Huawei keeps a finished job's result
    suggested_poll_interval: float = 0.2  # what the sandbox advertises to clients (IMAGEJOBS_<VENDOR>_POLL_INTERVAL)


#: Demo credentials per vendor; the keys are the keyword names of each vendor's ``client(...)`` factory.
#: Huawei holds all three of its schemes: a factory given ``token`` uses it before AK/SK and before IAM.
DEMO: Final[dict[str, dict[str, str]]] = {
    "sasha": {"client_id": "sandbox-partner", "client_secret": "sandbox-client-secret-5f0c2a9d"},
    "huawei_moderation": {
        "project_id": "0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e",
        "ak": "SANDBOXAK4HUAWEI0001",
        "sk": "SandboxSecretKeyForHuaweiModeration00001",
        "token": "MIISandboxDemoTokenForHuaweiModeration",
        "username": "sandbox-user",
        "password": "sandbox-password",
        "domain_name": "sandbox-domain",
    },
    "smile_identity": {"partner_id": "085", "api_key": "sandbox-smile-api-key-7d1e"},
    "alibaba_vod": {"access_key_id": "LTAI5tSandboxDemoKey01", "access_key_secret": "SandboxAccessKeySecret0000001"},
    "tic_lens": {"api_key": "lens_sandbox_demo_key_3c90c3cc"},
}

#: Fields that env() leaves out: given together with ak/sk, the Huawei factory would pick the token first.
_ENV_SKIP: Final = {"huawei_moderation": frozenset({"token", "username", "password", "domain_name"})}


def base_urls(host: str, ports: dict[str, int]) -> dict[str, str]:
    """The base URL each client factory takes (Huawei: without ``/v2/{project_id}``, which the factory appends)."""
    urls = {vendor: f"http://{host}:{port}" for vendor, port in ports.items()}
    urls["smile_identity"] += "/v1"
    return urls


def consecutive_ports(port: int) -> dict[str, int]:
    return {vendor: port + offset for offset, vendor in enumerate(ORDER)}


def environment(urls: dict[str, str], timings: Timings) -> dict[str, str]:
    """``IMAGEJOBS_<VENDOR>_BASE_URL``, the demo credentials and ``..._POLL_INTERVAL`` for sandboxes at ``urls``."""
    env: dict[str, str] = {}
    for vendor in ORDER:
        prefix = f"IMAGEJOBS_{vendor.upper()}_"
        env[prefix + "BASE_URL"] = urls[vendor]
        skip = _ENV_SKIP.get(vendor, frozenset())
        env.update({prefix + field.upper(): value for field, value in DEMO[vendor].items() if field not in skip})
        env[prefix + "POLL_INTERVAL"] = repr(timings.suggested_poll_interval)
    # IAM lives beside the moderation endpoint here; only read when username/password are given.
    env["IMAGEJOBS_HUAWEI_MODERATION_IAM_URL"] = urls["huawei_moderation"]
    return env

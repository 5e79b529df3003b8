"""imagejobs: hand-written overlays on the clients generated from ``specs/``.

The generated clients (``imagejobs_generated.<vendor>``) are typed but know nothing of credentials; this package adds
what a spec cannot say: authentication and signing, typed errors and the ``imagejobs`` command. One module per vendor,
named like its spec, each with a ``client(...)`` factory::

    from imagejobs import alibaba_vod
    from imagejobs_generated.alibaba_vod.api.jobs import get_ai_image_jobs

    client = alibaba_vod.client(access_key_id=..., access_key_secret=..., region="cn-shanghai")
    jobs = get_ai_image_jobs.sync(client=client, job_ids="a,b")

Vendor modules are imported on first use, so ``import imagejobs`` stays cheap.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any, NamedTuple

from ._logging import configure_from_environment
from ._registry import VENDORS, vendor_module
from ._version import __version__
from .errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    CredentialsError,
    CrossOriginRedirectError,
    ImageJobsError,
    JobExpiredError,
    MissingDependencyError,
    NotFoundError,
    OutcomeUnknownError,
    PermissionDeniedError,
    RateLimitError,
    ReplayError,
    ResponseError,
    ServerError,
    SignatureError,
    TransportError,
    UnknownVendorError,
    UnsupportedOperation,
    UsageError,
)

if TYPE_CHECKING:
    from imagejobs_generated.normalized_job import Job, JobError, JobOutput, JobRef, JobState

    from ._call import acall, call
    from ._credentials import AccessKey
    from ._http import RetryPolicy
    from ._jobs import JobSource, RefLike
    from ._json import ExactNumber
    from ._normalize import normalize
    from ._poller import (
        DEFAULT_POLICIES,
        LostJob,
        PollPolicy,
        WaitResult,
        await_jobs,
        decode_token,
        encode_token,
        wait,
    )
    from ._webhooks import MemoryRequestIdStore, RequestIdStore

# Imported on first use: `import imagejobs` must not pay for httpx, pydantic and the models (issue P6).
_LAZY = {
    "imagejobs_generated.normalized_job": ("Job", "JobError", "JobOutput", "JobRef", "JobState"),
    "imagejobs._call": ("acall", "call"),
    "imagejobs._credentials": ("AccessKey",),
    "imagejobs._http": ("RetryPolicy",),
    "imagejobs._jobs": ("JobSource", "RefLike"),
    "imagejobs._json": ("ExactNumber",),
    "imagejobs._normalize": ("normalize",),
    "imagejobs._poller": ("DEFAULT_POLICIES", "LostJob", "PollPolicy", "WaitResult", "await_jobs", "decode_token",
                         "encode_token", "wait"),
    "imagejobs._webhooks": ("MemoryRequestIdStore", "RequestIdStore"),
}  # fmt: skip
_WHERE = {name: module for module, names in _LAZY.items() for name in names}

configure_from_environment()


class SpecVersion(NamedTuple):
    """The spec a vendor's generated package was generated from."""

    #: The spec's ``info.version``.
    version: str
    #: The SHA-256 (hex) of the exact spec file, as in ``specs/<vendor>.yaml`` of the source tree.
    sha256: str


def spec_versions() -> dict[str, SpecVersion]:
    """Which spec each vendor's generated client came from, by vendor name: say it in a bug report."""
    from imagejobs_generated import spec_versions as generated_versions

    return {vendor: SpecVersion(*found) for vendor, found in generated_versions().items()}


__all__ = [
    "DEFAULT_POLICIES",
    "VENDORS",
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AccessKey",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "CredentialsError",
    "CrossOriginRedirectError",
    "ExactNumber",
    "ImageJobsError",
    "Job",
    "JobError",
    "JobExpiredError",
    "JobOutput",
    "JobRef",
    "JobSource",
    "JobState",
    "LostJob",
    "MemoryRequestIdStore",
    "MissingDependencyError",
    "NotFoundError",
    "OutcomeUnknownError",
    "PermissionDeniedError",
    "PollPolicy",
    "RateLimitError",
    "RefLike",
    "ReplayError",
    "RequestIdStore",
    "ResponseError",
    "RetryPolicy",
    "ServerError",
    "SignatureError",
    "SpecVersion",
    "TransportError",
    "UnknownVendorError",
    "UnsupportedOperation",
    "UsageError",
    "WaitResult",
    "__version__",
    "acall",
    "await_jobs",
    "call",
    "decode_token",
    "encode_token",
    "normalize",
    "spec_versions",
    "wait",
    *VENDORS,  # the vendor modules, imported on first use: `from imagejobs import <vendor>` is typed
]


def __getattr__(name: str) -> Any:
    if name in VENDORS:
        return vendor_module(name)
    if name in _WHERE:
        value = getattr(importlib.import_module(_WHERE[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(__all__)

"""Code generated from ``specs/`` by ``scripts/generate.py``.

Do not edit: change the spec (or codegen/) and regenerate.

One package per vendor spec (``imagejobs_generated.<name>``, openapi-python-client) and the normalized Job models
(``imagejobs_generated.normalized_job``, datamodel-code-generator).
"""

import importlib

#: Every vendor package, by its spec name.
VENDORS = ("alibaba_vod", "huawei_moderation", "sasha", "smile_identity", "tic_lens",)


def spec_versions() -> dict[str, tuple[str, str]]:
    """Each vendor package's spec as ``{name: (info.version, SHA-256 of the spec file)}``."""
    found: dict[str, tuple[str, str]] = {}
    for name in VENDORS:
        info = importlib.import_module(f"{__name__}.{name}.spec_info")
        found[name] = (info.SPEC_VERSION, info.SPEC_SHA256)
    return found

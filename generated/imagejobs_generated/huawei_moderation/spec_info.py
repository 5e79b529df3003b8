"""The spec this package was generated from (written by ``scripts/generate.py``)."""

SPEC_FILE = "specs/huawei_moderation.yaml"
SPEC_VERSION = "v2"
SPEC_SHA256 = "f9e3c5e66cc5c52a9a0522c159237901294061eb1f9aabbc6137e8af7a5759d4"

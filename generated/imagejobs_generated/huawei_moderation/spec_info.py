"""The spec this package was generated from (written by ``scripts/generate.py``)."""

SPEC_FILE = "specs/huawei_moderation.yaml"
SPEC_VERSION = "v2"
SPEC_SHA256 = "128e4014eff5e8e8d44e3e0c0672ce28bd8a25e2a6a8511121802c8a8e1c95d4"

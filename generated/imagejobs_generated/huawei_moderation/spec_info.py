"""The spec this package was generated from (written by ``scripts/generate.py``)."""

SPEC_FILE = "specs/huawei_moderation.yaml"
SPEC_VERSION = "v2"
SPEC_SHA256 = "8489126ad83bf951c286ddb9ef9d12bc6d7106a0b1c467172b50e57823b3e061"

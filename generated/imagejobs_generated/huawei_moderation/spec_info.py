"""The spec this package was generated from (written by ``scripts/generate.py``)."""

SPEC_FILE = "specs/huawei_moderation.yaml"
SPEC_VERSION = "v2"
SPEC_SHA256 = "0789ad2f155c26b6abdc708c8e8a3e58daba389815ef01e5b4fc3683e17b89f2"

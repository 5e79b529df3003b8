"""The spec this package was generated from (written by ``scripts/generate.py``)."""

SPEC_FILE = "specs/alibaba_vod.yaml"
SPEC_VERSION = "2017-03-21"
SPEC_SHA256 = "dff68cc0fd7ed1bf1b454ad4b8d8051fa58044bf75f086a550c10799006624d9"

"""The spec this package was generated from (written by ``scripts/generate.py``)."""

SPEC_FILE = "specs/alibaba_vod.yaml"
SPEC_VERSION = "2017-03-21"
SPEC_SHA256 = "7d5a2a1710346e27943ab04917d8efe3610aed89ec0c566673da9e284289dfd6"

"""The spec this package was generated from (written by ``scripts/generate.py``)."""

SPEC_FILE = "specs/alibaba_vod.yaml"
SPEC_VERSION = "2017-03-21"
SPEC_SHA256 = "9da44ab7a025a8000d6c25659407f8b2620bdc33d2be500dc7af053cde8a4aae"

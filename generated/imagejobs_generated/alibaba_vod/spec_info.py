"""The spec this package was generated from (written by ``scripts/generate.py``)."""

SPEC_FILE = "specs/alibaba_vod.yaml"
SPEC_VERSION = "2017-03-21"
SPEC_SHA256 = "4a2766f068d8429a46825448c40ab4a1160bde4189b48454cb86623d33eab5e2"

"""The spec this package was generated from (written by ``scripts/generate.py``)."""

SPEC_FILE = "specs/alibaba_vod.yaml"
SPEC_VERSION = "2017-03-21"
SPEC_SHA256 = "2286efffea11bf07dbf9d80b08aa31639944847808eaf88d78d5754adae9ec4f"

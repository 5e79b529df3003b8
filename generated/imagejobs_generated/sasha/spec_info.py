"""The spec this package was generated from (written by ``scripts/generate.py``)."""

SPEC_FILE = "specs/sasha.yaml"
SPEC_VERSION = "1.0.0"
SPEC_SHA256 = "8660ae55eb2ca7f9741c1d0f4cc014f230207bb0038733f63128630136b6de1d"

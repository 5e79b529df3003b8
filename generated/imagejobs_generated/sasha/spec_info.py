"""The spec this package was generated from (written by ``scripts/generate.py``)."""

SPEC_FILE = "specs/sasha.yaml"
SPEC_VERSION = "1.0.0"
SPEC_SHA256 = "2ac56bdd0c837b07b12858a9b66d3a3bb06e27ca867e1a0b7ddd2f9732683806"

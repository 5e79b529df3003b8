"""The spec this package was generated from (written by ``scripts/generate.py``)."""

SPEC_FILE = "specs/sasha.yaml"
SPEC_VERSION = "1.0.0"
SPEC_SHA256 = "146db692e00f08056179d2d31bb10aeec7ef3dd71aefdd7be761a6dc4ecf47b4"

"""The spec this package was generated from (written by ``scripts/generate.py``)."""

SPEC_FILE = "specs/sasha.yaml"
SPEC_VERSION = "1.0.0"
SPEC_SHA256 = "0b764c2ddbe4f040958de30473ff931af04898fb4c449acbfa28b21c0bcc8ef3"

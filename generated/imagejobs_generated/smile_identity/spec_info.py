"""The spec this package was generated from (written by ``scripts/generate.py``)."""

SPEC_FILE = "specs/smile_identity.yaml"
SPEC_VERSION = "v1"
SPEC_SHA256 = "ace1cc803e904b704bc9de45d01ba4a0df59d3504473ce7dec19a91e14541103"

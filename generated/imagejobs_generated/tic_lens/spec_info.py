"""The spec this package was generated from (written by ``scripts/generate.py``)."""

SPEC_FILE = "specs/tic_lens.yaml"
SPEC_VERSION = "v1"
SPEC_SHA256 = "aaa57fd877407fb9e83e0f407651411da950ab565a62174c14bd1db9d45e49b5"

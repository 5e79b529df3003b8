"""The spec this package was generated from (written by ``scripts/generate.py``)."""

SPEC_FILE = "specs/tic_lens.yaml"
SPEC_VERSION = "v1"
SPEC_SHA256 = "ef0a5574101cf47004040fbf7b899621b7c4957c8d97f6288c28ee9ea74e562a"

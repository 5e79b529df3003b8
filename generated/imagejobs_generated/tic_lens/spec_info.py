"""The spec this package was generated from (written by ``scripts/generate.py``)."""

SPEC_FILE = "specs/tic_lens.yaml"
SPEC_VERSION = "v1"
SPEC_SHA256 = "4351775565d8dc9c67bbc74328b952cf9250cd24a3cd9ad1471f439c78e37165"

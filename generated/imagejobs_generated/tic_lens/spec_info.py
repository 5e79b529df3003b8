"""The spec this package was generated from (written by ``scripts/generate.py``)."""

SPEC_FILE = "specs/tic_lens.yaml"
SPEC_VERSION = "v1"
SPEC_SHA256 = "c7b565f8bed64584d92902fdf3f9389a86000a6ac45bf83b9269f84bcc666f90"

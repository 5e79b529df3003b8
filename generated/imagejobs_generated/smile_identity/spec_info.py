"""The spec this package was generated from (written by ``scripts/generate.py``)."""

SPEC_FILE = "specs/smile_identity.yaml"
SPEC_VERSION = "v1"
SPEC_SHA256 = "ec5294a04fecdd1fde493ebf2aaa7ad2356ba3dd00063d69f61e1abcccab9ae1"

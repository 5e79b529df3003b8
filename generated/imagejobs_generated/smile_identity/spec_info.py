"""The spec this package was generated from (written by ``scripts/generate.py``)."""

SPEC_FILE = "specs/smile_identity.yaml"
SPEC_VERSION = "v1"
SPEC_SHA256 = "efcffac314e82cb3002bb4eb9794db7854c1114c465aaa9af9663214097d602a"

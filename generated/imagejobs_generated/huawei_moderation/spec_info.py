"""The spec this package was generated from (written by ``scripts/generate.py``)."""

SPEC_FILE = "specs/huawei_moderation.yaml"
SPEC_VERSION = "v2"
SPEC_SHA256 = "de7a1d4fa49151f67e33eae8903ee44cbfcd0ad4d226b42d9323b7de32335687"

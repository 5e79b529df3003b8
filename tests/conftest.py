from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from imagejobs import VENDORS

ROOT = Path(__file__).resolve().parent.parent
SPECS = ROOT / "specs"
#: The example payloads of the vendors' documentation pages, kept in the repository (tests/fixtures/seed_examples).
SEEDS = Path(__file__).resolve().parent / "fixtures" / "seed_examples"

sys.path.insert(0, str(ROOT / "scripts"))


def load_spec(vendor: str) -> dict[str, Any]:
    with (SPECS / f"{vendor}.yaml").open(encoding="utf-8") as fh:
        document: dict[str, Any] = yaml.safe_load(fh)
    return document


@pytest.fixture(scope="session")
def specs() -> dict[str, dict[str, Any]]:
    return {vendor: load_spec(vendor) for vendor in VENDORS}


@pytest.fixture(autouse=True)
def _forget_secrets_remembered_by_the_test() -> Iterator[None]:
    """imagejobs remembers every configured secret process-wide, to scrub any echo of it (imagejobs._redact). A
    hypothesis-made "secret" can be ordinary text ("larger than"): it must not scrub the messages later tests read."""
    from imagejobs import _redact

    with _redact._lock:
        saved = list(_redact._values)
    yield
    with _redact._lock:
        if list(_redact._values) != saved:
            _redact._values.clear()
            _redact._values.update(dict.fromkeys(saved))
            _redact._pattern = _redact._bytes_pattern = None

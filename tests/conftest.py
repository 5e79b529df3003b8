from __future__ import annotations

import sys
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

"""The ``imagejobs`` logger, and the environment variable that turns it on (read at ``import imagejobs``)."""

from __future__ import annotations

import logging
import os

logger = logging.getLogger("imagejobs")


def configure_from_environment() -> None:
    """``IMAGEJOBS_LOG=debug`` (or info, warning, error) sends the ``imagejobs`` logger's records to stderr."""
    level = os.environ.get("IMAGEJOBS_LOG", "").strip().upper()
    if level in ("DEBUG", "INFO", "WARNING", "ERROR") and not logger.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
        logger.addHandler(handler)
        logger.setLevel(level)

"""imagejobs: hand-written overlays on the clients generated from ``specs/``.

The generated clients (``generated.<vendor>``) are typed but know nothing of credentials; this package adds what a
spec cannot say: authentication and signing, the normalized Job, polling and the ``imagejobs`` command.
"""

from ._registry import VENDORS
from ._version import __version__
from .errors import UnknownVendorError

__all__ = ["VENDORS", "UnknownVendorError", "__version__"]

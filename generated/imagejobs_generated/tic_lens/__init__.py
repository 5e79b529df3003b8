"""A client library for accessing tic.io Lens API - Sentinel (image and PDF forensics)"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)

"""A client library for accessing Alibaba Cloud ApsaraVideo VOD, image AI processing jobs"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)

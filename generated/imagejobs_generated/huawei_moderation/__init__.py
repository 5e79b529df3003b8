"""A client library for accessing Huawei Cloud Content Moderation v2 - image batch jobs"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)

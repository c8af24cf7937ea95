"""A client library for accessing WebWork Tracker REST API V2"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)

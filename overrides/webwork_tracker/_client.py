"""Building a ready-to-use client: token, base URL and timeouts.

`create_client` returns the generated `webwork_tracker_api.Client`, so every generated operation
accepts it, in its sync and async forms alike.
"""

from __future__ import annotations

import os

import httpx
from webwork_tracker_api import Client

from ._auth import BearerToken
from ._errors import ConfigurationError

DEFAULT_BASE_URL = "https://api.webwork-tracker.com/api/v2"
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
TOKEN_VARIABLE = "WEBWORK_API_TOKEN"
BASE_URL_VARIABLE = "WEBWORK_BASE_URL"
USER_AGENT = "webwork-tracker-client/0.1.0"


def create_client(
    token: str | None = None,
    *,
    base_url: str | None = None,
    timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
    headers: dict[str, str] | None = None,
) -> Client:
    """Build a client for the WebWork Tracker API.

    Args:
        token: Personal access token or OAuth2 access token. Defaults to the
            `WEBWORK_API_TOKEN` environment variable.
        base_url: API root. Defaults to `WEBWORK_BASE_URL`, then the production server.
        timeout: Seconds, or an `httpx.Timeout`, for every request.
        headers: Extra headers sent with every request.

    Raises:
        ConfigurationError: No token was given and `WEBWORK_API_TOKEN` is not set.
    """
    token = token or os.environ.get(TOKEN_VARIABLE)
    if not token:
        raise ConfigurationError(
            f"No API token: pass create_client(token=...) or set the {TOKEN_VARIABLE} environment "
            "variable. Create a personal access token in WebWork under Settings > REST API > Create Token."
        )
    url = (base_url or os.environ.get(BASE_URL_VARIABLE) or DEFAULT_BASE_URL).rstrip("/")
    if not timeout or isinstance(timeout, int | float):
        timeout = httpx.Timeout(timeout or DEFAULT_TIMEOUT.read)

    all_headers = {"User-Agent": USER_AGENT, "Accept": "application/json", **(headers or {})}
    auth = BearerToken(token)
    client = Client(base_url=url, timeout=timeout, headers=all_headers)
    client.set_httpx_client(httpx.Client(base_url=url, auth=auth, timeout=timeout, headers=all_headers))
    client.set_async_httpx_client(httpx.AsyncClient(base_url=url, auth=auth, timeout=timeout, headers=all_headers))
    return client

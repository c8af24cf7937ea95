"""Building a ready-to-use client: token, base URL and timeouts.

`create_client` returns the generated `webwork_tracker_api.Client`, so every generated operation
accepts it, in its sync and async forms alike.
"""

from __future__ import annotations

import os

import attrs
import httpx
from webwork_tracker_api import Client

from ._arguments import check_client_arguments
from ._auth import BearerToken
from ._errors import ConfigurationError
from ._ratelimit import AsyncRateLimitTransport, RateLimit, RateLimitTransport, limiter_for, token_key
from ._retries import AsyncRetryTransport, RetryPolicy, RetryTransport

DEFAULT_BASE_URL = "https://api.webwork-tracker.com/api/v2"
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
TOKEN_VARIABLE = "WEBWORK_API_TOKEN"
BASE_URL_VARIABLE = "WEBWORK_BASE_URL"
USER_AGENT = "webwork-tracker-client/0.1.0"
DEFAULT_RATE_LIMIT = RateLimit()


def create_client(
    token: str | None = None,
    *,
    base_url: str | None = None,
    timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
    headers: dict[str, str] | None = None,
    auth: httpx.Auth | None = None,
    retry: RetryPolicy | None = None,
    max_retries: int | None = None,
    rate_limit: RateLimit | None = DEFAULT_RATE_LIMIT,
) -> Client:
    """Build a client for the WebWork Tracker API.

    Args:
        token: Personal access token or OAuth2 access token. Defaults to the
            `WEBWORK_API_TOKEN` environment variable.
        base_url: API root. Defaults to `WEBWORK_BASE_URL`, then the production server.
        timeout: Seconds, or an `httpx.Timeout`, for connecting and for each read and write.
            None gives the default: 10 s to connect, 30 s for the rest.
        headers: Extra headers sent with every request.
        auth: An `httpx.Auth` that authenticates requests instead of `token`, such as
            `OAuth2` for the authorization code flow.
        retry: When to retry failed requests; `RetryPolicy()` by default.
        max_retries: Shortcut that replaces `retry.max_retries`; 0 turns retries off.
        rate_limit: Client-side quota, 60 requests per minute by default. Clients in one
            process that use the same token and quota share it. None turns pacing off.

    Raises:
        ConfigurationError: No token or auth was given and `WEBWORK_API_TOKEN` is not set, or
            an argument has the wrong type, or the timeout is not above 0.
    """
    check_client_arguments(locals())
    if auth is not None and token is not None:
        raise ConfigurationError("Pass either token= or auth= to create_client, not both")
    if auth is None:
        token = token or os.environ.get(TOKEN_VARIABLE)
        if isinstance(token, str):
            token = token.strip()
        if not token:
            raise ConfigurationError(
                f"No API token: pass create_client(token=...) or set the {TOKEN_VARIABLE} environment "
                "variable. Create a personal access token in WebWork under Settings > REST API > Create Token."
            )
        if any(character.isspace() or not character.isprintable() for character in token):
            raise ConfigurationError(
                "The API token contains whitespace or control characters; check how it was copied or read "
                "(the token itself is not shown)."
            )
        auth = BearerToken(token)
        limit_key = token_key(token)
    else:
        limit_key = getattr(auth, "rate_limit_key", None) or f"auth:{id(auth)}"

    policy = retry or RetryPolicy()
    if max_retries is not None:
        policy = attrs.evolve(policy, max_retries=max_retries)
    url = (base_url or os.environ.get(BASE_URL_VARIABLE) or DEFAULT_BASE_URL).rstrip("/")
    if not url.startswith(("https://", "http://")):
        raise ConfigurationError(
            f"create_client: invalid base URL {url!r}: expected an http:// or https:// URL such as {DEFAULT_BASE_URL}"
        )
    try:
        httpx.URL(url)
    except httpx.InvalidURL as error:
        raise ConfigurationError(f"create_client: invalid base URL {url!r}: {error}") from None
    if timeout is None:
        timeout = DEFAULT_TIMEOUT
    elif isinstance(timeout, int | float):
        timeout = httpx.Timeout(timeout)

    all_headers = {"User-Agent": USER_AGENT, "Accept": "application/json", **(headers or {})}
    transport: httpx.BaseTransport = httpx.HTTPTransport()
    async_transport: httpx.AsyncBaseTransport = httpx.AsyncHTTPTransport()
    if rate_limit is not None:
        limiter = limiter_for(limit_key, rate_limit)
        transport = RateLimitTransport(transport, limiter)
        async_transport = AsyncRateLimitTransport(async_transport, limiter)
    transport = RetryTransport(transport, policy)
    async_transport = AsyncRetryTransport(async_transport, policy)

    settings = {"base_url": url, "auth": auth, "timeout": timeout, "headers": all_headers}
    client = Client(base_url=url, timeout=timeout, headers=all_headers)
    client.set_httpx_client(httpx.Client(transport=transport, **settings))
    client.set_async_httpx_client(httpx.AsyncClient(transport=async_transport, **settings))
    return client

"""OAuth2 authorization code flow: authorization URL, code exchange and token refresh.

`OAuth2` is an `httpx.Auth`: it sends the access token, refreshes it shortly before it expires
and once after a 401, and passes every new token to a callback so the caller can store it.
Access tokens last 15 days and refresh tokens 30 days.

The calls to the token endpoint go through authlib's httpx `OAuth2Client`, which builds the
authorization URL and the form bodies and parses token responses and OAuth2 errors. Refreshing
is coordinated here, because authlib's sync client takes no lock and its async client takes an
asyncio lock, while one `OAuth2` object serves threads and asyncio tasks at once. A single
`threading.Lock` guards the refresh, and the async flow runs the refresh in a worker thread, so
concurrent requests at expiry cause exactly one refresh, whichever way they are made.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import secrets
import threading
import time
import warnings
from collections.abc import AsyncGenerator, Callable, Generator, Mapping
from typing import Any

import httpx
from authlib.deprecate import AuthlibDeprecationWarning
from authlib.integrations.base_client import OAuthError
from authlib.oauth2.rfc6749 import OAuth2Token

from ._errors import OAuth2Error

# authlib 1.9.10 sends token requests with the httpx2 package when it is installed, and with
# httpx otherwise, and then warns on import that its httpx support is deprecated. This client is
# built on httpx, so the warning is silenced for this import only. The errors to catch come
# from the package that authlib uses.
with warnings.catch_warnings():
    warnings.simplefilter("ignore", AuthlibDeprecationWarning)
    from authlib.integrations.httpx_client import OAuth2Client

    try:
        from authlib.integrations.httpx_client._compat import httpx2 as token_http
    except ImportError:
        token_http = httpx

__all__ = ["DEFAULT_AUTHORIZATION_URL", "DEFAULT_TOKEN_URL", "OAuth2"]

logger = logging.getLogger(__name__)

DEFAULT_AUTHORIZATION_URL = "https://webwork-tracker.com/oauth/authorize"
# NOTE: the documentation does not publish the token URL; this is the spec's tokenUrl, the usual
# path beside the documented authorization URL. Pass token_url= if WebWork uses another one.
DEFAULT_TOKEN_URL = "https://webwork-tracker.com/oauth/token"
DEFAULT_SCOPE = "read write"
REDACTED = "<redacted>"

TokenCallback = Callable[[dict[str, Any]], None]


class OAuth2(httpx.Auth):
    """Bearer authentication with an OAuth2 access token that refreshes itself.

    Args:
        client_id: Client ID of the OAuth2 app registered in WebWork.
        client_secret: Client secret of the app.
        token: A stored token with ``access_token`` and, to allow refreshing, ``refresh_token``
            and ``expires_at`` (Unix time) or ``expires_in`` (seconds). Leave it out to start
            with `authorization_url` and `exchange_code`.
        redirect_uri: The redirect URI registered for the app, needed for the code flow.
        scope: Space-separated scopes: ``read``, ``write``, ``admin``.
        on_token: Called with the new token (a dict) after each code exchange and refresh.
            Store it, because the previous refresh token may stop working.
        token_url: Token endpoint.
        authorization_url: Authorization endpoint.
        leeway: Seconds before ``expires_at`` at which the access token is refreshed.
        token_endpoint_auth_method: How the client authenticates to the token endpoint:
            ``client_secret_post`` (credentials in the form body) or ``client_secret_basic``.
        timeout: Seconds allowed for each token endpoint request.
    """

    def __init__(
        self,
        client_id: str,
        client_secret: str | None = None,
        *,
        token: Mapping[str, Any] | None = None,
        redirect_uri: str | None = None,
        scope: str = DEFAULT_SCOPE,
        on_token: TokenCallback | None = None,
        token_url: str = DEFAULT_TOKEN_URL,
        authorization_url: str = DEFAULT_AUTHORIZATION_URL,
        leeway: float = 300.0,
        # NOTE: WebWork does not document how apps authenticate to the token endpoint.
        token_endpoint_auth_method: str = "client_secret_post",
        timeout: float = 30.0,
    ) -> None:
        self.client_id = client_id
        self.token_url = token_url
        self.authorization_endpoint = authorization_url
        self.leeway = leeway
        self._on_token = on_token
        # OAuth2Token turns an ``expires_in`` into an ``expires_at`` counted from now.
        self._token: dict[str, Any] = dict(OAuth2Token(dict(token or {})))
        self._lock = threading.Lock()
        self._session = OAuth2Client(
            client_id=client_id,
            client_secret=client_secret,
            scope=scope,
            redirect_uri=redirect_uri,
            token_endpoint=token_url,
            token_endpoint_auth_method=token_endpoint_auth_method,
            timeout=timeout,
        )
        # The rate-limit registry key stays the same through refreshes. Objects built from the
        # same stored token share it; an object built without a token gets a key of its own.
        first_token = self._token.get("refresh_token") or self._token.get("access_token") or secrets.token_hex(16)
        self.rate_limit_key = hashlib.sha256(f"oauth2:{client_id}:{first_token}".encode()).hexdigest()

    # The code flow

    def authorization_url(self, state: str | None = None) -> tuple[str, str]:
        """Build the URL to send the user to, and return it with the ``state`` to check later.

        A random ``state`` is generated when none is given. Compare it with the ``state`` query
        parameter that arrives at the redirect URI before calling `exchange_code`.
        """
        url, state = self._session.create_authorization_url(self.authorization_endpoint, state=state)
        return url, state

    def exchange_code(self, code: str) -> dict[str, Any]:
        """Exchange an authorization code for tokens, store them here and pass them to `on_token`."""
        with self._lock:
            self._token = self._call_token_endpoint("code exchange", self._session.fetch_token, code=code)
            self._notify()
            return dict(self._token)

    async def aexchange_code(self, code: str) -> dict[str, Any]:
        """Exchange a code like `exchange_code`, running the token request in a worker thread."""
        return await asyncio.to_thread(self.exchange_code, code)

    # Refreshing

    @property
    def token(self) -> dict[str, Any]:
        """A copy of the current token, with ``access_token``, ``refresh_token`` and ``expires_at``."""
        return dict(self._token)

    def refresh(self) -> dict[str, Any]:
        """Refresh the access token now, whatever its expiry, and return the new token."""
        self._refresh_unless_replaced(self._token.get("access_token"), reason="requested")
        return dict(self._token)

    def _can_refresh(self) -> bool:
        return bool(self._token.get("refresh_token")) and bool(self.token_url)

    def _expires_soon(self) -> bool:
        expires_at = self._token.get("expires_at")
        if expires_at is None:
            return False
        # A token that lives less than twice the leeway is refreshed at half its lifetime instead,
        # so that it is not refreshed before every request.
        leeway = self.leeway
        expires_in = self._token.get("expires_in")
        if isinstance(expires_in, int | float) and expires_in > 0:
            leeway = min(leeway, expires_in / 2)
        try:
            expiry = float(expires_at)
        except (TypeError, ValueError):
            # An expiry that cannot be read is treated as passed, so the token is refreshed.
            return True
        return expiry - leeway <= time.time()

    def _refresh_unless_replaced(self, stale_access_token: str | None, reason: str) -> None:
        """Refresh, unless another thread or task already replaced `stale_access_token`."""
        with self._lock:
            if self._token.get("access_token") != stale_access_token:
                return
            if not self._can_refresh():
                raise OAuth2Error("The access token cannot be refreshed: the token has no refresh_token")

            logger.info("Refreshing the OAuth2 access token (%s)", reason)
            refreshed = self._call_token_endpoint(
                "refresh", self._session.refresh_token, refresh_token=self._token["refresh_token"]
            )
            # A server may keep the refresh token unchanged and leave it out of the response.
            refreshed.setdefault("refresh_token", self._token["refresh_token"])
            self._token = refreshed
            self._notify()

    def _call_token_endpoint(self, action: str, method: Callable[..., Any], **kwargs: Any) -> dict[str, Any]:
        # The messages name the failure only: token endpoint bodies may contain tokens.
        try:
            token = method(self.token_url, **kwargs)
        except OAuthError as error:
            if error.error == "invalid_grant":
                advice = "the code or refresh token is invalid or expired, so have the user authorize the app again"
            else:
                advice = "check client_id, client_secret and token_url"
            raise OAuth2Error(
                f"OAuth2 {action} failed at {self.token_url}: {error.error}; {advice}",
                error=str(error.error),
            ) from None
        except token_http.HTTPStatusError as error:
            raise OAuth2Error(
                f"OAuth2 {action} failed at {self.token_url}: HTTP {error.response.status_code}",
                error=f"HTTP {error.response.status_code}",
            ) from None
        except token_http.TransportError as error:
            raise OAuth2Error(
                f"OAuth2 {action} failed at {self.token_url}: {type(error).__name__}; check the network and token_url",
                error=type(error).__name__,
            ) from error
        except token_http.InvalidURL as error:
            raise OAuth2Error(
                f"OAuth2 {action} failed: invalid token_url {self.token_url!r}: {error}",
                error=type(error).__name__,
            ) from None
        except ValueError:
            raise OAuth2Error(
                f"OAuth2 {action} failed at {self.token_url}: the response is not a token",
                error="invalid_response",
            ) from None
        if not isinstance(token.get("access_token"), str) or not token["access_token"]:
            raise OAuth2Error(
                f"OAuth2 {action} failed at {self.token_url}: the response has no access_token",
                error="invalid_response",
            )
        return dict(token)

    def _notify(self) -> None:
        if self._on_token is not None:
            self._on_token(dict(self._token))

    # httpx.Auth

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        if self._expires_soon() and self._can_refresh():
            reason = f"expires soon, before {request.method} {request.url.path}"
            self._refresh_unless_replaced(self._token.get("access_token"), reason)

        sent_with = self._authorize(request)
        response = yield request
        if response.status_code != 401 or not self._can_refresh():
            return

        self._refresh_unless_replaced(sent_with, reason=f"HTTP 401 from {request.method} {request.url.path}")
        self._authorize(request)
        yield request

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        if self._expires_soon() and self._can_refresh():
            stale = self._token.get("access_token")
            reason = f"expires soon, before {request.method} {request.url.path}"
            await asyncio.to_thread(self._refresh_unless_replaced, stale, reason)

        sent_with = self._authorize(request)
        response = yield request
        if response.status_code != 401 or not self._can_refresh():
            return

        reason = f"HTTP 401 from {request.method} {request.url.path}"
        await asyncio.to_thread(self._refresh_unless_replaced, sent_with, reason)
        self._authorize(request)
        yield request

    def _authorize(self, request: httpx.Request) -> str | None:
        access_token = self._token.get("access_token")
        if access_token is None:
            raise OAuth2Error("No OAuth2 access token: call exchange_code() first or pass token=")
        request.headers["Authorization"] = f"Bearer {access_token}"
        return access_token

    def close(self) -> None:
        """Close the HTTP client used for the token endpoint."""
        self._session.close()

    def __repr__(self) -> str:
        return f"OAuth2(client_id={self.client_id!r}, token={REDACTED}, token_url={self.token_url!r})"

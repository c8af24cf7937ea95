"""Authentication of requests: a personal access token sent as a bearer token.

The token lives only inside the auth object, never in the client's default headers, so it does
not show up in the repr of the generated client or of httpx clients.
"""

from __future__ import annotations

from collections.abc import Generator

import httpx

REDACTED = "<redacted>"


class BearerToken(httpx.Auth):
    """Sends `Authorization: Bearer <token>` on every request. Its repr hides the token."""

    def __init__(self, token: str) -> None:
        self._token = token

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["Authorization"] = f"Bearer {self._token}"
        yield request

    def __repr__(self) -> str:
        return f"BearerToken(token={REDACTED})"

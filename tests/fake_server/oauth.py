"""A fake OAuth2 token endpoint on 127.0.0.1 that issues access tokens for a `FakeWebWork`.

Each issued access token becomes the one the API server accepts, so a client that keeps an old
access token gets a 401 until it refreshes.
"""

from __future__ import annotations

import json
import threading
import time
from typing import Any
from urllib.parse import parse_qs

from .loopback import LoopbackServer, QuietHandler
from .server import FakeWebWork


class FakeTokenEndpoint(LoopbackServer):
    """Serves POST /oauth/token for the authorization_code and refresh_token grants.

    `code` is the one authorization code accepted. `expires_in` is the lifetime in seconds of
    issued access tokens. `delay` sleeps before each response, which widens the window in which
    concurrent requests could start a second refresh. `grants` records the grant type of every
    request, and `forms` the decoded form bodies.
    """

    def __init__(self, api: FakeWebWork, *, client_id: str = "client-1", client_secret: str = "client-secret-1",
                 code: str = "code-1", refresh_token: str = "refresh-1", expires_in: int = 1296000,
                 delay: float = 0.0) -> None:
        self.api = api
        self.client_id = client_id
        self.client_secret = client_secret
        self.code = code
        self.refresh_token = refresh_token
        self.expires_in = expires_in
        self.delay = delay
        self.grants: list[str] = []
        # When set, the body of the next successful-looking response, to test malformed replies.
        self.next_reply: dict[str, Any] | None = None
        self.forms: list[dict[str, str]] = []
        self._issued = 0
        self._lock = threading.Lock()

    @property
    def token_url(self) -> str:
        return self.address + "/oauth/token"

    def issue(self, form: dict[str, str]) -> tuple[int, dict[str, Any]]:
        """Return the status and JSON body of the response to one token request."""
        if self.delay:
            time.sleep(self.delay)
        with self._lock:
            self.forms.append(form)
            grant = form.get("grant_type", "")
            self.grants.append(grant)
            if form.get("client_id") != self.client_id or form.get("client_secret") != self.client_secret:
                return 401, {"error": "invalid_client", "error_description": "Client authentication failed"}
            if grant == "authorization_code" and form.get("code") != self.code:
                return 400, {"error": "invalid_grant", "error_description": "The authorization code is invalid"}
            if grant == "refresh_token" and form.get("refresh_token") != self.refresh_token:
                return 400, {"error": "invalid_grant", "error_description": "The refresh token is invalid"}
            if grant not in ("authorization_code", "refresh_token"):
                return 400, {"error": "unsupported_grant_type"}
            if self.next_reply is not None:
                reply, self.next_reply = self.next_reply, None
                return 200, reply

            self._issued += 1
            access_token = f"access-{self._issued}"
            self.refresh_token = f"refresh-{self._issued + 1}"
            self.api.token = access_token
            return 200, {
                "token_type": "Bearer",
                "expires_in": self.expires_in,
                "access_token": access_token,
                "refresh_token": self.refresh_token,
            }

class _Handler(QuietHandler):
    def do_POST(self) -> None:
        length = int(self.headers.get("content-length") or 0)
        raw = self.rfile.read(length).decode()
        form = {key: values[0] for key, values in parse_qs(raw).items()}
        if self.path != "/oauth/token":
            status, body = 404, {"error": "not_found"}
        else:
            status, body = self.server.app.issue(form)

        payload = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Cache-Control", "no-store")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)


FakeTokenEndpoint.handler_class = _Handler

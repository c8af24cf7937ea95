"""A stateful fake of the WebWork Tracker API, serving real HTTP on 127.0.0.1.

The server reads the spec through a second generator: request bodies are validated and response
bodies are built with the pydantic models that datamodel-code-generator writes to
generated/spec_models.py, so the client is checked against an independent reading of the spec.

Tags register their routes from tests/fake_server/tags/. Tests can queue raw responses with
`script()` (fault injection); those are served before the normal handlers and before the token
check.
"""

from __future__ import annotations

import collections
import json
import re
import socket
import struct
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pydantic
import spec_models

from .loopback import LoopbackServer, QuietHandler

API_PREFIX = "/api/v2"


@dataclass
class RecordedRequest:
    """A request as the server received it."""

    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    body: bytes

    def param(self, name: str) -> str | None:
        """Return the first value of a query parameter, or None."""
        values = self.query.get(name)
        return values[0] if values else None

    def json(self) -> Any:
        return json.loads(self.body) if self.body else None


@dataclass
class Scripted:
    """A raw response queued by a test.

    `json` is encoded as the body unless `body` gives the bytes. `delay` sleeps before responding, and
    `reset` closes the connection with a TCP reset and sends nothing. `cut` announces the full
    Content-Length, sends half of the body and closes the connection.
    """

    status: int = 200
    json: Any = None
    body: bytes | None = None
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    reset: bool = False
    cut: bool = False


@dataclass
class Reply:
    """A response from a route handler."""

    status: int
    body: Any
    headers: dict[str, str] = field(default_factory=dict)


class ApiError(Exception):
    """Raised by handlers to respond with the error envelope."""

    def __init__(self, status: int, message: str, error: str | None = None, errors: dict | None = None):
        super().__init__(message)
        self.status = status
        self.message = message
        self.error = error
        self.errors = errors


Handler = Callable[[RecordedRequest, re.Match[str]], Reply]


def meta(pagination: spec_models.Pagination | None = None) -> spec_models.Meta:
    """Build the envelope metadata of a response."""
    fields: dict[str, Any] = {"api_version": "2.0.0", "timestamp": datetime.now(UTC).replace(microsecond=0)}
    if pagination is not None:
        fields["pagination"] = pagination
    return spec_models.Meta(**fields)


def dump(model: pydantic.BaseModel) -> Any:
    """Encode a pydantic model as the API would: JSON types, aliases, no unset fields."""
    return model.model_dump(mode="json", by_alias=True, exclude_unset=True)


def error_body(status: int, message: str, error: str | None = None, errors: dict | None = None) -> dict:
    """Build the error envelope, validated by the spec's ErrorEnvelope model."""
    envelope = spec_models.ErrorEnvelope(success=False, message=message, error=error, meta=meta())
    body = dump(envelope)
    if errors:
        body["errors"] = errors
    return body


def validate_body(model: type[pydantic.BaseModel], request: RecordedRequest) -> pydantic.BaseModel:
    """Validate a JSON request body against a spec model, or raise a 422 ApiError per field."""
    try:
        payload = request.json()
    except ValueError as error:
        raise ApiError(400, "Request body is not valid JSON", "Bad Request") from error
    try:
        return model.model_validate(payload)
    except pydantic.ValidationError as error:
        errors: dict[str, list[str]] = {}
        for problem in error.errors():
            name = ".".join(str(part) for part in problem["loc"]) or "body"
            errors.setdefault(name, []).append(problem["msg"])
        raise ApiError(422, "The given data was invalid.", "Unprocessable Entity", errors) from error


def int_param(request: RecordedRequest, name: str, *, default: int | None = None, low: int = 1,
              high: int | None = None) -> int | None:
    """Read an integer query parameter within bounds, or raise a 422 ApiError naming it."""
    raw = request.param(name)
    if raw is None:
        return default
    try:
        value = int(raw)
    except ValueError:
        raise ApiError(422, f"The {name} must be an integer.", errors={name: [f"invalid integer {raw!r}"]}) from None
    if value < low or (high is not None and value > high):
        limit = f"between {low} and {high}" if high is not None else f"at least {low}"
        raise ApiError(422, f"The {name} must be {limit}.", errors={name: [f"{value} is out of range"]})
    return value


def require_workspace(request: RecordedRequest, workspace_id: Any, known: set[int]) -> int:
    """Check a workspace_id from the query or body, raising 400 when missing and 404 when unknown."""
    if workspace_id is None:
        raise ApiError(400, "workspace_id is required", "Bad Request")
    try:
        number = int(workspace_id)
    except (TypeError, ValueError):
        raise ApiError(422, "The workspace_id must be an integer.", errors={"workspace_id": ["invalid"]}) from None
    if number not in known:
        raise ApiError(404, f"Workspace {number} not found", "Not Found")
    return number


def paginate(items: list[Any], request: RecordedRequest, *, max_per_page: int | None = 100,
             default_per_page: int = 20) -> tuple[list[Any], spec_models.Pagination]:
    """Cut one page out of items by the page and per_page query parameters.

    `max_per_page` None accepts any page size, for lists whose documentation gives no maximum.
    """
    page = int_param(request, "page", default=1)
    per_page = int_param(request, "per_page", default=default_per_page, high=max_per_page)
    assert page is not None and per_page is not None

    total = len(items)
    last_page = max(1, -(-total // per_page))
    start = (page - 1) * per_page
    chunk = items[start:start + per_page]
    pagination = spec_models.Pagination.model_validate({
        "total": total,
        "per_page": per_page,
        "current_page": page,
        "last_page": last_page,
        "from": start + 1 if chunk else None,
        "to": start + len(chunk) if chunk else None,
    })
    return chunk, pagination


class FakeWebWork(LoopbackServer):
    """The fake API server. Use as a context manager; `base_url` ends in /api/v2."""

    def __init__(self, token: str = "test-token", *, quota: tuple[int, float] | None = None) -> None:
        """`quota=(requests, seconds)` returns 429 with Retry-After past that many requests per window."""
        self.token = token
        self.quota = quota
        self.rejected = 0
        self._arrivals: collections.deque[float] = collections.deque()
        self.requests: list[RecordedRequest] = []
        self.state: dict[str, Any] = {}
        self._routes: list[tuple[str, re.Pattern[str], Handler]] = []
        self._script: list[tuple[str | None, re.Pattern[str] | None, Scripted]] = []
        self._lock = threading.Lock()

        from .tags import register_all

        register_all(self)

    # Routing and scripting

    def route(self, method: str, pattern: str, handler: Handler) -> None:
        """Register a handler for a method and a path regex relative to /api/v2."""
        self._routes.append((method.upper(), re.compile(pattern), handler))

    def script(self, *responses: Scripted, method: str | None = None, path: str | None = None) -> None:
        """Queue raw responses for the next requests matching method and path (a regex)."""
        compiled = re.compile(path) if path is not None else None
        with self._lock:
            for response in responses:
                self._script.append((method.upper() if method else None, compiled, response))

    def _over_quota(self) -> float | None:
        """Count a request against the sliding-window quota; return the wait when it is over."""
        if self.quota is None:
            return None
        limit, window = self.quota
        now = time.monotonic()
        while self._arrivals and self._arrivals[0] <= now - window:
            self._arrivals.popleft()
        if len(self._arrivals) >= limit:
            self.rejected += 1
            return self._arrivals[0] + window - now
        self._arrivals.append(now)
        return None

    def _take_scripted(self, method: str, path: str) -> Scripted | None:
        with self._lock:
            for index, (want_method, want_path, response) in enumerate(self._script):
                if want_method not in (None, method):
                    continue
                if want_path is not None and not want_path.fullmatch(path):
                    continue
                del self._script[index]
                return response
        return None

    def handle(self, request: RecordedRequest) -> Scripted | Reply:
        """Respond to one request: scripted response, token check, route, or 404."""
        with self._lock:
            self.requests.append(request)
            wait = self._over_quota()
        if wait is not None:
            body = error_body(429, "Too Many Attempts.", "Too Many Requests")
            return Reply(429, body, {"Retry-After": f"{wait:.3f}"})

        scripted = self._take_scripted(request.method, request.path)
        if scripted is not None:
            return scripted

        if request.headers.get("authorization") != f"Bearer {self.token}":
            return Reply(401, error_body(401, "Unauthenticated.", "Unauthorized"))

        for method, pattern, handler in self._routes:
            match = pattern.fullmatch(request.path)
            if match is None or method != request.method:
                continue
            try:
                with self._lock:
                    return handler(request, match)
            except ApiError as error:
                return Reply(error.status, error_body(error.status, error.message, error.error, error.errors))
        return Reply(404, error_body(404, f"No route for {request.method} {request.path}", "Not Found"))

    @property
    def base_url(self) -> str:
        """Return the API root, such as http://127.0.0.1:38537/api/v2."""
        return self.address + API_PREFIX


class _RequestHandler(QuietHandler):
    def _serve(self) -> None:
        url = urlsplit(self.path)
        length = int(self.headers.get("content-length") or 0)
        body = self.rfile.read(length) if length else b""
        if url.path != API_PREFIX and not url.path.startswith(API_PREFIX + "/"):
            # The real API lives under /api/v2 only, so a base URL without it must fail here too.
            payload = json.dumps(error_body(404, f"No route for {url.path}; the API lives under {API_PREFIX}")).encode()
            self._send(404, payload, {"Content-Type": "application/json"})
            return
        path = url.path.removeprefix(API_PREFIX)
        request = RecordedRequest(
            method=self.command,
            path=path.rstrip("/") or "/",
            query=parse_qs(url.query, keep_blank_values=True),
            headers={key.lower(): value for key, value in self.headers.items()},
            body=body,
        )

        answer = self.server.app.handle(request)
        if isinstance(answer, Scripted):
            self._send_scripted(answer)
            return
        payload = json.dumps(answer.body).encode()
        self._send(answer.status, payload, {"Content-Type": "application/json", **answer.headers})

    def _send_scripted(self, scripted: Scripted) -> None:
        if scripted.delay:
            time.sleep(scripted.delay)
        if scripted.reset:
            # SO_LINGER with a zero timeout makes close() send a TCP reset.
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.connection.close()
            self.close_connection = True
            return
        if scripted.body is not None:
            payload = scripted.body
            headers = dict(scripted.headers)
        else:
            payload = json.dumps(scripted.json).encode() if scripted.json is not None else b""
            headers = {"Content-Type": "application/json", **scripted.headers}
        if scripted.cut:
            self._send(scripted.status, payload, headers, sent=len(payload) // 2)
            self.close_connection = True
            return
        self._send(scripted.status, payload, headers)

    def _send(self, status: int, payload: bytes, headers: dict[str, str], sent: int | None = None) -> None:
        try:
            self.send_response(status)
            for name, value in headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload if sent is None else payload[:sent])
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True

    do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = _serve


FakeWebWork.handler_class = _RequestHandler

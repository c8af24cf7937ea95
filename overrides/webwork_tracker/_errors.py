"""Typed errors of the WebWork Tracker client.

Every error derives from :class:`WebWorkError`, the root class that the generated package also
uses, so ``except WebWorkError`` catches everything the client raises. HTTP errors carry the
status code, the method and path, the API's ``message`` and ``error`` texts, the decoded body
(or ``None`` when the body is not JSON), the raw body and the response headers.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from webwork_tracker_api.errors import ResponseDecodeError, UnexpectedStatus, WebWorkError

from ._retry_after import parse_retry_after

__all__ = [
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConfigurationError",
    "ConflictError",
    "InternalServerError",
    "NotFoundError",
    "OAuth2Error",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseDecodeError",
    "ResponseTooLargeError",
    "UnexpectedStatus",
    "UnprocessableEntityError",
    "UnsuccessfulResponseError",
    "WebWorkError",
    "error_for_status",
]


PRODUCTION_URL = "https://api.webwork-tracker.com/api/v2"


class PaginationError(WebWorkError):
    """Raised when a list operation's pages are inconsistent, such as a server that ignores `page`."""

    def __init__(self, message: str, *, operation: str = "", page: int = 0) -> None:
        self.operation = operation
        self.page = page
        super().__init__(message)


class ConfigurationError(WebWorkError):
    """Raised when the client cannot be built, for example because no token was given."""


class APIConnectionError(WebWorkError):
    """Raised when the request never got an HTTP response: DNS, connect or read failures."""

    def __init__(self, message: str, *, method: str = "", path: str = "") -> None:
        self.method = method
        self.path = path
        super().__init__(message)


class APITimeoutError(APIConnectionError):
    """Raised when the request timed out before a response arrived."""


class OAuth2Error(WebWorkError):
    """Raised when the OAuth2 token endpoint rejects a code exchange or a refresh, or fails.

    ``error`` is the OAuth2 error code, such as ``invalid_grant``, or a short description of
    the failure when the endpoint sent no code. The token endpoint's response body is never
    part of the message, because a success body contains tokens.
    """

    def __init__(self, message: str, *, error: str = "") -> None:
        self.error = error
        super().__init__(message)


class ResponseTooLargeError(WebWorkError):
    """Raised when a response body passes `RetryPolicy.max_response_bytes`; the rest is not read."""

    def __init__(self, message: str, *, method: str = "", path: str = "") -> None:
        self.method = method
        self.path = path
        super().__init__(message)


class APIStatusError(WebWorkError):
    """An HTTP response that reports a failure.

    Attributes:
        status_code: HTTP status of the response.
        method: HTTP method of the request, such as ``PUT``.
        path: URL path of the request, such as ``/api/v2/timesheets/abc/approve``.
        message: The API's ``message`` text, or a summary when the body has none.
        error: The API's ``error`` text, when present.
        body: The decoded JSON body, or ``None`` when the body is empty or not JSON.
        content: The raw body bytes.
        headers: The response headers.
    """

    def __init__(
        self,
        status_code: int,
        *,
        method: str = "",
        path: str = "",
        content: bytes = b"",
        headers: Mapping[str, str] | None = None,
        operation: str = "",
    ) -> None:
        self.status_code = status_code
        self.method = method
        self.path = path
        self.content = content
        self.headers = dict(headers or {})
        self.operation = operation
        self.body = decode_body(content)

        envelope = self.body if isinstance(self.body, dict) else {}
        self.message = _text(envelope.get("message")) or _summarize(status_code, content, self.body, self.headers)
        self.error = _text(envelope.get("error"))
        self._read_details()

        super().__init__(self._describe())

    def _read_details(self) -> None:
        """Read the fields of a subclass from the decoded body and headers."""

    def _describe(self) -> str:
        where = f" from {self.method} {self.path}" if self.method else ""
        detail = f" ({self.error})" if self.error and self.error != self.message else ""
        return f"HTTP {self.status_code}{where}: {self.message}{detail}"


class BadRequestError(APIStatusError):
    """HTTP 400: the API rejected the request, for example a missing field."""


class AuthenticationError(APIStatusError):
    """HTTP 401: the token is missing, invalid or expired."""


class PermissionDeniedError(APIStatusError):
    """HTTP 403: the caller's role does not allow the operation."""


class NotFoundError(APIStatusError):
    """HTTP 404: no resource with this id exists in the workspace."""


class ConflictError(APIStatusError):
    """HTTP 409: the request conflicts with the resource's current state."""


class UnprocessableEntityError(APIStatusError):
    """HTTP 422: validation failed.

    ``field_errors`` maps each field to its messages when the body carries an ``errors`` map
    (the usual shape of PHP validators); it is empty otherwise.
    """

    field_errors: dict[str, list[str]]

    def _read_details(self) -> None:
        self.field_errors = _field_errors(self.body)

    def _describe(self) -> str:
        text = super()._describe()
        if not self.field_errors:
            return text
        fields = "; ".join(f"{name}: {' '.join(messages)}" for name, messages in self.field_errors.items())
        return f"{text} [{fields}]"


class RateLimitError(APIStatusError):
    """HTTP 429: the rate limit was exceeded.

    ``retry_after`` is the wait in seconds that the server asked for, or ``None``.
    """

    retry_after: float | None

    def _read_details(self) -> None:
        self.retry_after = parse_retry_after(self.headers)

    def _describe(self) -> str:
        text = super()._describe()
        hint = "; the API allows 60 requests per minute per user"
        if self.retry_after is not None:
            hint += f"; the server asked to wait {self.retry_after:g} s"
        return text + hint


class InternalServerError(APIStatusError):
    """HTTP 5xx: the server failed."""


class UnsuccessfulResponseError(APIStatusError):
    """A 2xx response whose envelope reports ``success: false``."""

    def _describe(self) -> str:
        where = f" from {self.method} {self.path}" if self.method else ""
        return f"HTTP {self.status_code}{where} reported success: false: {self.message}"


_STATUS_CLASSES: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def error_for_status(
    status_code: int,
    *,
    method: str = "",
    path: str = "",
    content: bytes = b"",
    headers: Mapping[str, str] | None = None,
    operation: str = "",
) -> APIStatusError:
    """Build the error class that matches an HTTP status code."""
    if status_code in _STATUS_CLASSES:
        error_class = _STATUS_CLASSES[status_code]
    elif status_code >= 500:
        error_class = InternalServerError
    elif 200 <= status_code < 300:
        error_class = UnsuccessfulResponseError
    else:
        error_class = APIStatusError
    return error_class(
        status_code, method=method, path=path, content=content, headers=headers, operation=operation
    )


def decode_body(content: bytes) -> Any:
    """Decode a JSON body, or return None when it is empty, truncated or not JSON."""
    if not content:
        return None
    try:
        return json.loads(content)
    except (ValueError, UnicodeDecodeError, RecursionError):
        return None


def _text(value: Any) -> str | None:
    if value is None:
        return None
    return value if isinstance(value, str) else json.dumps(value)


def _summarize(status_code: int, content: bytes, body: Any, headers: Mapping[str, str]) -> str:
    if 300 <= status_code < 400:
        location = {key.lower(): value for key, value in headers.items()}.get("location", "an unknown location")
        return f"unexpected redirect to {location}; check the base URL (such as {PRODUCTION_URL})"
    if not content.strip():
        return "empty response body"
    if body is not None:
        # The values of a JSON body can be personal data or secrets, so only its shape is named.
        if isinstance(body, dict):
            shape = f"keys {', '.join(sorted(map(str, body)))}" if body else "empty object"
        else:
            shape = type(body).__name__
        return f"no message in the JSON response body ({shape})"
    excerpt = content[:120].decode(errors="replace").strip()
    return f"non-JSON response body: {excerpt!r}"


def _field_errors(body: Any) -> dict[str, list[str]]:
    if not isinstance(body, dict) or not isinstance(body.get("errors"), dict):
        return {}
    field_errors: dict[str, list[str]] = {}
    for field, messages in body["errors"].items():
        if isinstance(messages, list):
            field_errors[str(field)] = [str(message) for message in messages]
        else:
            field_errors[str(field)] = [str(messages)]
    return field_errors

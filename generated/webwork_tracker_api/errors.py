"""Errors raised by the generated API functions."""

from http import HTTPStatus


class WebWorkError(Exception):
    """Base class of every error that the client raises, generated or hand-written."""


class UnexpectedStatus(WebWorkError):
    """Raised when the server returns an undocumented status and Client.raise_on_unexpected_status is True."""

    def __init__(self, status_code: int, content: bytes):
        self.status_code = status_code
        self.content = content

        super().__init__(
            f"Unexpected status code: {status_code}\n\nResponse content:\n{content.decode(errors='ignore')}"
        )


class ResponseDecodeError(WebWorkError):
    """Raised when a success response body is not JSON or does not fit the operation's schema.

    Carries the operation id, the status code, the raw body and the original exception.
    """

    def __init__(self, operation: str, status_code: int, content: bytes, cause: Exception):
        self.operation = operation
        self.status_code = status_code
        self.content = content
        self.cause = cause

        # JSON bodies can carry personal data or secrets, so their values stay out of the message;
        # the body is in `content`.
        if content.lstrip()[:1] in (b"{", b"["):
            shown = f"a JSON-like body of {len(content)} bytes"
        else:
            shown = f"a body starting with {content[:200].decode(errors='replace')!r}"
        super().__init__(
            f"{operation}: could not decode the HTTP {status_code} response body "
            f"({type(cause).__name__}: {cause}); got {shown}"
        )


class InvalidArgumentError(WebWorkError, TypeError, ValueError):
    """Raised before any request is sent when an operation receives an argument it cannot send.

    It derives from both TypeError and ValueError, the errors Python raises for a wrong type and
    for a wrong value, so existing handlers of either keep working.

    Attributes:
        operation: Operation id (``get_timesheets``), or the function that was called (``paginate``).
        argument: Name of the argument, with the key or index inside it (``body.workspace_id``,
            ``users[1]``).
        value: Shortened repr of the rejected value. Arguments whose names look like secrets
            (token, secret, password) show ``'***'`` instead.
        expected: What the argument accepts, such as ``int`` or ``one of open, submitted``.
        hint: How to fix the call, or an empty string.
    """

    def __init__(self, operation: str, argument: str, value: str, expected: str, hint: str = "") -> None:
        self.operation = operation
        self.argument = argument
        self.value = value
        self.expected = expected
        self.hint = hint

        message = f"{operation}: invalid {argument} {value}: expected {expected}"
        if hint:
            message += f" ({hint})"
        super().__init__(message)

    def __reduce__(self) -> tuple[object, ...]:
        return (type(self), (self.operation, self.argument, self.value, self.expected, self.hint))


def to_http_status(status_code: int) -> HTTPStatus | int:
    """Return the HTTPStatus member for a code, or the plain int for a code HTTPStatus lacks (such as 520)."""
    try:
        return HTTPStatus(status_code)
    except ValueError:
        return status_code


__all__ = ["InvalidArgumentError", "ResponseDecodeError", "UnexpectedStatus", "WebWorkError", "to_http_status"]

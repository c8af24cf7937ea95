"""Public import path of the client's error classes."""

from webwork_tracker_api.errors import InvalidArgumentError

from ._errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConfigurationError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    PaginationError,
    PermissionDeniedError,
    RateLimitError,
    ResponseDecodeError,
    ResponseTooLargeError,
    UnexpectedStatus,
    UnprocessableEntityError,
    UnsuccessfulResponseError,
    WebWorkError,
    error_for_status,
)

__all__ = [
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConfigurationError",
    "ConflictError",
    "InternalServerError",
    "InvalidArgumentError",
    "NotFoundError",
    "PaginationError",
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

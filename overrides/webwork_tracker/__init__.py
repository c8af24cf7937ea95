"""Hand-written layer over the generated WebWork Tracker client.

    from webwork_tracker import create_client, paginate, call
    from webwork_tracker_api.api.timesheets import get_timesheets

    client = create_client()  # token from WEBWORK_API_TOKEN
    for timesheet in paginate(get_timesheets, client=client, workspace_id=1):
        print(timesheet.id, timesheet.status)

The generated package `webwork_tracker_api` contains one module per operation and the models.
This package adds the client factory, envelope unwrapping with typed errors, pagination,
retries, client-side rate limiting and OAuth2.
"""

from typing import TYPE_CHECKING

# Drift between responses and openapi.yaml, recorded by the generated models (see
# docs/tolerant-decoding.md). Defined in the generated package, which must not import this one.
from webwork_tracker_api.drift import Drift, DriftKind, clear_drift, drift_records
from webwork_tracker_api.errors import InvalidArgumentError

from ._auth import BearerToken
from ._client import DEFAULT_BASE_URL, create_client
from ._envelope import acall, call, unwrap
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
    OAuth2Error,
    PermissionDeniedError,
    RateLimitError,
    ResponseDecodeError,
    ResponseTooLargeError,
    UnprocessableEntityError,
    UnsuccessfulResponseError,
    WebWorkError,
)
from ._pagination import Page, Paginator, paginate
from ._ratelimit import RateLimit
from ._retries import RetryPolicy

if TYPE_CHECKING:
    from ._oauth2 import OAuth2

__all__ = [
    "DEFAULT_BASE_URL",
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "BearerToken",
    "ConfigurationError",
    "ConflictError",
    "Drift",
    "DriftKind",
    "InternalServerError",
    "InvalidArgumentError",
    "NotFoundError",
    "PaginationError",
    "OAuth2",
    "OAuth2Error",
    "Page",
    "Paginator",
    "PermissionDeniedError",
    "RateLimit",
    "RateLimitError",
    "ResponseDecodeError",
    "ResponseTooLargeError",
    "RetryPolicy",
    "UnprocessableEntityError",
    "UnsuccessfulResponseError",
    "WebWorkError",
    "acall",
    "call",
    "clear_drift",
    "create_client",
    "drift_records",
    "paginate",
    "unwrap",
]


def __getattr__(name: str) -> object:
    # OAuth2 is imported on first use, because authlib and its JOSE and cryptography imports take
    # longer than httpx itself and most clients use a personal access token.
    if name == "OAuth2":
        from ._oauth2 import OAuth2

        return OAuth2
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))

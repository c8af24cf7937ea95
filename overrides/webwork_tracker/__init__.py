"""Hand-written layer over the generated WebWork Tracker client.

    from webwork_tracker import create_client, paginate, call
    from webwork_tracker_api.api.timesheets import get_timesheets

    client = create_client()  # token from WEBWORK_API_TOKEN
    for timesheet in paginate(get_timesheets, client=client, workspace_id=1):
        print(timesheet.id, timesheet.status)

The generated package `webwork_tracker_api` holds one module per operation and the models;
this package adds the client factory, envelope unwrapping with typed errors, and pagination.
"""

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
    PermissionDeniedError,
    RateLimitError,
    ResponseDecodeError,
    UnprocessableEntityError,
    UnsuccessfulResponseError,
    WebWorkError,
)
from ._pagination import Page, Paginator, paginate

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
    "InternalServerError",
    "NotFoundError",
    "Page",
    "Paginator",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseDecodeError",
    "UnprocessableEntityError",
    "UnsuccessfulResponseError",
    "WebWorkError",
    "acall",
    "call",
    "create_client",
    "paginate",
    "unwrap",
]

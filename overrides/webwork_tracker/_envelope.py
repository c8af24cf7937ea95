"""Unwrapping the API's envelope: return the typed `data`, or raise the typed error.

Every WebWork response is `{success, data, message?, meta}`. `unwrap` takes the detailed
response of a generated operation (`sync_detailed` / `asyncio_detailed`) and returns `data`
decoded into the generated models. `call` and `acall` run an operation and unwrap in one step.
"""

from __future__ import annotations

from types import ModuleType
from typing import Any

from webwork_tracker_api.arguments import shorten
from webwork_tracker_api.errors import InvalidArgumentError, ResponseDecodeError
from webwork_tracker_api.types import Response, Unset

from ._errors import error_for_status


def unwrap(response: Response[Any]) -> Any:
    """Return the typed `data` of a successful response, or raise the error it carries.

    Raises:
        APIStatusError: A subclass matching the status (`NotFoundError` for 404, …), or
            `UnsuccessfulResponseError` for a 2xx body with `success: false`.
        ResponseDecodeError: A 2xx response whose body is not a JSON object or fits no model of
            the operation.
    """
    status = int(response.status_code)
    if not 200 <= status < 300:
        raise _status_error(response)

    parsed = response.parsed
    if parsed is None:
        if not response.content.strip():
            return None
        cause = ValueError(f"the spec declares no body for HTTP {status}")
        raise ResponseDecodeError(response.operation, status, response.content, cause)

    if not response.content.lstrip().startswith(b"{"):
        cause = ValueError("the body is not a JSON object, and every API response is an envelope object")
        raise ResponseDecodeError(response.operation, status, response.content, cause)

    if getattr(parsed, "success", None) is False:
        raise _status_error(response)

    data = getattr(parsed, "data", parsed)
    return None if isinstance(data, Unset) else data


def call(operation: ModuleType, *args: Any, **kwargs: Any) -> Any:
    """Run `operation.sync_detailed(*args, **kwargs)` and unwrap the response."""
    return unwrap(_operation_module(operation, "call").sync_detailed(*args, **kwargs))


async def acall(operation: ModuleType, *args: Any, **kwargs: Any) -> Any:
    """Run `operation.asyncio_detailed(*args, **kwargs)` and unwrap the response."""
    return unwrap(await _operation_module(operation, "acall").asyncio_detailed(*args, **kwargs))


def _operation_module(operation: object, entry_point: str) -> ModuleType:
    if not isinstance(operation, ModuleType) or not hasattr(operation, "sync_detailed"):
        raise InvalidArgumentError(
            entry_point, "operation", shorten(operation), "a generated operation module",
            "pass a module such as webwork_tracker_api.api.timesheets.get_timesheets",
        )
    return operation


def _status_error(response: Response[Any]) -> Exception:
    return error_for_status(
        int(response.status_code),
        method=response.method,
        path=response.path,
        content=response.content,
        headers=response.headers,
        operation=response.operation,
    )

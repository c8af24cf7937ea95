"""Argument checks of the hand-written entry points: `paginate`/`Paginator` and `create_client`.

The generated operations check their own arguments in webwork_tracker_api.arguments. The checks
here give the entry points of this package the same errors, raised before any request is sent.
"""

from __future__ import annotations

import inspect
import re
from types import ModuleType
from typing import Any

import httpx
from webwork_tracker_api.arguments import shorten
from webwork_tracker_api.errors import InvalidArgumentError

from ._errors import ConfigurationError
from ._ratelimit import RateLimit
from ._retries import RetryPolicy

# Characters that RFC 9110 does not allow in a field value: controls other than horizontal tab.
_CONTROL_CHARACTER = re.compile(r"[\x00-\x08\x0a-\x1f\x7f]")


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def check_paginate_arguments(
    operation: object, max_items: object, per_page: object, start_page: object, params: dict[str, Any]
) -> None:
    """Raise InvalidArgumentError for a paginate() argument of the wrong type or range, or for a
    parameter that the operation does not take."""
    if not isinstance(operation, ModuleType) or not hasattr(operation, "sync_detailed"):
        raise InvalidArgumentError(
            "paginate", "operation", shorten(operation), "a generated operation module",
            "pass a module such as webwork_tracker_api.api.timesheets.get_timesheets",
        )

    name = operation.__name__.rsplit(".", 1)[-1]
    accepted = set(inspect.signature(operation._get_kwargs).parameters)
    if "page" not in accepted:
        raise InvalidArgumentError(
            "paginate", "operation", name, "a list operation with a page parameter",
            "call the operation directly with webwork_tracker.call",
        )
    if "page" in params:
        raise InvalidArgumentError(
            "paginate", "page", shorten(params["page"]), "no page argument", "use start_page= to skip pages"
        )
    if per_page is not None and "per_page" not in accepted:
        raise InvalidArgumentError(name, "per_page", shorten(per_page), "None, because this operation has no per_page")
    for argument in params:
        if argument not in accepted:
            raise InvalidArgumentError(
                name, argument, shorten(params[argument]), "a parameter of the operation",
                f"the parameters are {', '.join(sorted(accepted - {'page', 'per_page'}))}",
            )

    checks = (
        ("max_items", max_items, max_items is None or (_is_int(max_items) and max_items >= 0), "int >= 0 or None"),
        ("per_page", per_page, per_page is None or (_is_int(per_page) and per_page >= 1), "int >= 1 or None"),
        ("start_page", start_page, _is_int(start_page) and start_page >= 1, "int >= 1"),
    )
    for argument, value, valid, expected in checks:
        if not valid:
            raise InvalidArgumentError("paginate", argument, shorten(value), expected)


def check_client_arguments(arguments: dict[str, Any]) -> None:
    """Raise ConfigurationError for a create_client() argument of the wrong type or range.

    The token's value never appears in the message, only its type.
    """
    expected_types: dict[str, tuple[tuple[type, ...], str]] = {
        "token": ((str,), "str"),
        "base_url": ((str,), "str"),
        "headers": ((dict,), "dict of str to str"),
        "auth": ((httpx.Auth,), "httpx.Auth"),
        "max_retries": ((int,), "int"),
        "retry": ((RetryPolicy,), "RetryPolicy"),
        "rate_limit": ((RateLimit,), "RateLimit"),
    }
    for argument, (types, expected) in expected_types.items():
        value = arguments.get(argument)
        if value is None:
            continue
        if not isinstance(value, types) or isinstance(value, bool):
            raise ConfigurationError(
                f"create_client: invalid {argument} of type {type(value).__name__}: expected {expected} or None"
            )

    _check_headers(arguments.get("headers") or {})

    max_retries = arguments.get("max_retries")
    if max_retries is not None and max_retries < 0:
        raise ConfigurationError(f"create_client: invalid max_retries {max_retries}: expected 0 or more")

    timeout = arguments.get("timeout")
    if timeout is None or isinstance(timeout, httpx.Timeout):
        return
    if not isinstance(timeout, int | float) or isinstance(timeout, bool):
        raise ConfigurationError(
            f"create_client: invalid timeout {shorten(timeout)}: expected seconds as a number, "
            "an httpx.Timeout or None"
        )
    if not timeout > 0:
        raise ConfigurationError(f"create_client: invalid timeout {timeout}: expected a number of seconds above 0")


def _check_headers(headers: dict[Any, Any]) -> None:
    """Raise ConfigurationError for a header that httpx or h11 would reject when sending.

    httpx raises TypeError or UnicodeEncodeError, and h11 raises LocalProtocolError with the value
    in its message for a control character such as a line break. Header values never appear in
    this message, because headers can carry credentials.
    """
    for name, value in headers.items():
        if not isinstance(name, str) or not name.isascii():
            raise ConfigurationError(
                f"create_client: invalid headers: header name {shorten(name)} is not an ASCII str"
            )
        if not isinstance(value, str) or not value.isascii() or _CONTROL_CHARACTER.search(value):
            raise ConfigurationError(
                f"create_client: invalid headers: the value of {name!r} ({type(value).__name__}) is not an "
                "ASCII str without control characters such as line breaks (the value is not shown)"
            )

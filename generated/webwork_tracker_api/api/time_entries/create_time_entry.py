from typing import Any

import httpx

from ... import errors
from ...arguments import check_arguments as _check_arguments
from ...client import AuthenticatedClient, Client
from ...drift import operation as _drift_operation
from ...models.error_envelope import ErrorEnvelope
from ...models.time_entry_create import TimeEntryCreate
from ...models.time_entry_create_result import TimeEntryCreateResult
from ...types import Response


@_check_arguments("create_time_entry")
def _get_kwargs(
    *,
    body: TimeEntryCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/time-entries",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | TimeEntryCreateResult | None:
    if response.status_code == 201:
        response_201 = TimeEntryCreateResult.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = ErrorEnvelope.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorEnvelope.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorEnvelope.from_dict(response.json())

        return response_403

    if response.status_code == 422:
        response_422 = ErrorEnvelope.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = ErrorEnvelope.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ErrorEnvelope.from_dict(response.json())

        return response_500

    # A 2xx status that the spec does not list (200 for a documented 201, say) carries the same envelope.
    if 200 <= response.status_code < 300 and response.content.strip():
        response_201 = TimeEntryCreateResult.from_dict(response.json())

        return response_201

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorEnvelope | TimeEntryCreateResult]:
    try:
        with _drift_operation("create_time_entry"):
            parsed = _parse_response(client=client, response=response)
    except errors.UnexpectedStatus:
        raise
    except (ValueError, KeyError, TypeError, AttributeError, RecursionError) as error:
        # A success body that cannot be decoded is an error of its own. An error status keeps
        # parsed=None, so that the caller reports the status with the raw body.
        if response.status_code < 400:
            raise errors.ResponseDecodeError(
                "create_time_entry", response.status_code, response.content, error
            ) from error
        parsed = None

    return Response(
        status_code=errors.to_http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
        operation="create_time_entry",
        method=response.request.method if response._request is not None else "",
        path=response.request.url.path if response._request is not None else "",
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TimeEntryCreate,
) -> Response[ErrorEnvelope | TimeEntryCreateResult]:
    """Create a time entry

     Adds time by hand for past or untracked work. The entry is checked against the member's and the
    contract's limits and against overlapping entries, so only part of the time may be saved; the
    response is 201 either way and `saved_minutes` says how much was saved.

    Args:
        body (TimeEntryCreate): A time entry added by hand. `start_time` and `end_time` are wall-
            clock times (`HH:mm`) on `date`; the documentation does not say in which time zone.
            Example: {'workspace_id': 1, 'user_id': 100, 'contract_id': 20, 'task_id': 5, 'notes':
            'Working on feature implementation', 'date': '2026-01-29', 'start_time': '09:00',
            'end_time': '17:00'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | TimeEntryCreateResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: TimeEntryCreate,
) -> ErrorEnvelope | TimeEntryCreateResult | None:
    """Create a time entry

     Adds time by hand for past or untracked work. The entry is checked against the member's and the
    contract's limits and against overlapping entries, so only part of the time may be saved; the
    response is 201 either way and `saved_minutes` says how much was saved.

    Args:
        body (TimeEntryCreate): A time entry added by hand. `start_time` and `end_time` are wall-
            clock times (`HH:mm`) on `date`; the documentation does not say in which time zone.
            Example: {'workspace_id': 1, 'user_id': 100, 'contract_id': 20, 'task_id': 5, 'notes':
            'Working on feature implementation', 'date': '2026-01-29', 'start_time': '09:00',
            'end_time': '17:00'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | TimeEntryCreateResult
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TimeEntryCreate,
) -> Response[ErrorEnvelope | TimeEntryCreateResult]:
    """Create a time entry

     Adds time by hand for past or untracked work. The entry is checked against the member's and the
    contract's limits and against overlapping entries, so only part of the time may be saved; the
    response is 201 either way and `saved_minutes` says how much was saved.

    Args:
        body (TimeEntryCreate): A time entry added by hand. `start_time` and `end_time` are wall-
            clock times (`HH:mm`) on `date`; the documentation does not say in which time zone.
            Example: {'workspace_id': 1, 'user_id': 100, 'contract_id': 20, 'task_id': 5, 'notes':
            'Working on feature implementation', 'date': '2026-01-29', 'start_time': '09:00',
            'end_time': '17:00'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | TimeEntryCreateResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: TimeEntryCreate,
) -> ErrorEnvelope | TimeEntryCreateResult | None:
    """Create a time entry

     Adds time by hand for past or untracked work. The entry is checked against the member's and the
    contract's limits and against overlapping entries, so only part of the time may be saved; the
    response is 201 either way and `saved_minutes` says how much was saved.

    Args:
        body (TimeEntryCreate): A time entry added by hand. `start_time` and `end_time` are wall-
            clock times (`HH:mm`) on `date`; the documentation does not say in which time zone.
            Example: {'workspace_id': 1, 'user_id': 100, 'contract_id': 20, 'task_id': 5, 'notes':
            'Working on feature implementation', 'date': '2026-01-29', 'start_time': '09:00',
            'end_time': '17:00'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | TimeEntryCreateResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed

from typing import Any

import httpx

from ... import errors
from ...arguments import check_arguments as _check_arguments
from ...client import AuthenticatedClient, Client
from ...drift import operation as _drift_operation
from ...models.error_envelope import ErrorEnvelope
from ...models.tracker_start import TrackerStart
from ...models.tracker_start_result import TrackerStartResult
from ...types import Response


@_check_arguments("start_time_tracking")
def _get_kwargs(
    *,
    body: TrackerStart,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/time-tracking/start",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | TrackerStartResult | None:
    if response.status_code == 200:
        response_200 = TrackerStartResult.from_dict(response.json())

        return response_200

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
        response_200 = TrackerStartResult.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorEnvelope | TrackerStartResult]:
    try:
        with _drift_operation("start_time_tracking"):
            parsed = _parse_response(client=client, response=response)
    except errors.UnexpectedStatus:
        raise
    except (ValueError, KeyError, TypeError, AttributeError, RecursionError) as error:
        # A success body that cannot be decoded is an error of its own. An error status keeps
        # parsed=None, so that the caller reports the status with the raw body.
        if response.status_code < 400:
            raise errors.ResponseDecodeError(
                "start_time_tracking", response.status_code, response.content, error
            ) from error
        parsed = None

    return Response(
        status_code=errors.to_http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
        operation="start_time_tracking",
        method=response.request.method if response._request is not None else "",
        path=response.request.url.path if response._request is not None else "",
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TrackerStart,
) -> Response[ErrorEnvelope | TrackerStartResult]:
    """Start time tracking

     Starts the tracker of a user on a contract, optionally on a task and with an activity note. The user
    must not have a running tracker already. The start is handed to a background service, so the tracker
    may appear with a short delay.

    Args:
        body (TrackerStart): Request to start the tracker of a user on a contract, optionally on a
            task. Example: {'workspace_id': 1, 'user_id': 100, 'contract_id': 560314, 'task_id':
            12345, 'activity_description': 'Working on API documentation'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | TrackerStartResult]
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
    body: TrackerStart,
) -> ErrorEnvelope | TrackerStartResult | None:
    """Start time tracking

     Starts the tracker of a user on a contract, optionally on a task and with an activity note. The user
    must not have a running tracker already. The start is handed to a background service, so the tracker
    may appear with a short delay.

    Args:
        body (TrackerStart): Request to start the tracker of a user on a contract, optionally on a
            task. Example: {'workspace_id': 1, 'user_id': 100, 'contract_id': 560314, 'task_id':
            12345, 'activity_description': 'Working on API documentation'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | TrackerStartResult
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TrackerStart,
) -> Response[ErrorEnvelope | TrackerStartResult]:
    """Start time tracking

     Starts the tracker of a user on a contract, optionally on a task and with an activity note. The user
    must not have a running tracker already. The start is handed to a background service, so the tracker
    may appear with a short delay.

    Args:
        body (TrackerStart): Request to start the tracker of a user on a contract, optionally on a
            task. Example: {'workspace_id': 1, 'user_id': 100, 'contract_id': 560314, 'task_id':
            12345, 'activity_description': 'Working on API documentation'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | TrackerStartResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: TrackerStart,
) -> ErrorEnvelope | TrackerStartResult | None:
    """Start time tracking

     Starts the tracker of a user on a contract, optionally on a task and with an activity note. The user
    must not have a running tracker already. The start is handed to a background service, so the tracker
    may appear with a short delay.

    Args:
        body (TrackerStart): Request to start the tracker of a user on a contract, optionally on a
            task. Example: {'workspace_id': 1, 'user_id': 100, 'contract_id': 560314, 'task_id':
            12345, 'activity_description': 'Working on API documentation'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | TrackerStartResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed

from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...arguments import check_arguments as _check_arguments
from ...client import AuthenticatedClient, Client
from ...drift import operation as _drift_operation
from ...models.action_result import ActionResult
from ...models.error_envelope import ErrorEnvelope
from ...models.time_entry_update import TimeEntryUpdate
from ...types import Response


@_check_arguments("update_time_entry")
def _get_kwargs(
    time_entry_id: str,
    *,
    body: TimeEntryUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/time-entries/{time_entry_id}".format(
            time_entry_id=quote(str(time_entry_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ActionResult | ErrorEnvelope | None:
    if response.status_code == 200:
        response_200 = ActionResult.from_dict(response.json())

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

    if response.status_code == 404:
        response_404 = ErrorEnvelope.from_dict(response.json())

        return response_404

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
        response_200 = ActionResult.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ActionResult | ErrorEnvelope]:
    try:
        with _drift_operation("update_time_entry"):
            parsed = _parse_response(client=client, response=response)
    except errors.UnexpectedStatus:
        raise
    except (ValueError, KeyError, TypeError, AttributeError, RecursionError) as error:
        # A success body that cannot be decoded is an error of its own. An error status keeps
        # parsed=None, so that the caller reports the status with the raw body.
        if response.status_code < 400:
            raise errors.ResponseDecodeError(
                "update_time_entry", response.status_code, response.content, error
            ) from error
        parsed = None

    return Response(
        status_code=errors.to_http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
        operation="update_time_entry",
        method=response.request.method if response._request is not None else "",
        path=response.request.url.path if response._request is not None else "",
    )


def sync_detailed(
    time_entry_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: TimeEntryUpdate,
) -> Response[ActionResult | ErrorEnvelope]:
    """Update a time entry

     Changes the note, project, task, date or time range of a time entry. Fields left out keep their
    values, and the resulting end must be after the start.

    Args:
        time_entry_id (str):
        body (TimeEntryUpdate): Changes to a time entry. Only the fields sent are changed; when
            only one of `start_time` and `end_time` is sent, the other keeps its stored value.
            Example: {'workspace_id': 1, 'notes': 'Updated activity description', 'end_time':
            '17:30'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ActionResult | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        time_entry_id=time_entry_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    time_entry_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: TimeEntryUpdate,
) -> ActionResult | ErrorEnvelope | None:
    """Update a time entry

     Changes the note, project, task, date or time range of a time entry. Fields left out keep their
    values, and the resulting end must be after the start.

    Args:
        time_entry_id (str):
        body (TimeEntryUpdate): Changes to a time entry. Only the fields sent are changed; when
            only one of `start_time` and `end_time` is sent, the other keeps its stored value.
            Example: {'workspace_id': 1, 'notes': 'Updated activity description', 'end_time':
            '17:30'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ActionResult | ErrorEnvelope
    """

    return sync_detailed(
        time_entry_id=time_entry_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    time_entry_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: TimeEntryUpdate,
) -> Response[ActionResult | ErrorEnvelope]:
    """Update a time entry

     Changes the note, project, task, date or time range of a time entry. Fields left out keep their
    values, and the resulting end must be after the start.

    Args:
        time_entry_id (str):
        body (TimeEntryUpdate): Changes to a time entry. Only the fields sent are changed; when
            only one of `start_time` and `end_time` is sent, the other keeps its stored value.
            Example: {'workspace_id': 1, 'notes': 'Updated activity description', 'end_time':
            '17:30'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ActionResult | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        time_entry_id=time_entry_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    time_entry_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: TimeEntryUpdate,
) -> ActionResult | ErrorEnvelope | None:
    """Update a time entry

     Changes the note, project, task, date or time range of a time entry. Fields left out keep their
    values, and the resulting end must be after the start.

    Args:
        time_entry_id (str):
        body (TimeEntryUpdate): Changes to a time entry. Only the fields sent are changed; when
            only one of `start_time` and `end_time` is sent, the other keeps its stored value.
            Example: {'workspace_id': 1, 'notes': 'Updated activity description', 'end_time':
            '17:30'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ActionResult | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            time_entry_id=time_entry_id,
            client=client,
            body=body,
        )
    ).parsed

import datetime
from typing import Any

import httpx

from ... import errors
from ...arguments import check_arguments as _check_arguments
from ...client import AuthenticatedClient, Client
from ...drift import operation as _drift_operation
from ...encoding import encode_query
from ...models.error_envelope import ErrorEnvelope
from ...models.leave_balance_list import LeaveBalanceList
from ...types import UNSET, Response, Unset


@_check_arguments("get_leave_balances")
def _get_kwargs(
    *,
    workspace_id: int,
    user_id: int | Unset = UNSET,
    date_from: datetime.date,
    date_to: datetime.date,
    page: int | Unset = 1,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["workspace_id"] = workspace_id

    params["user_id"] = user_id

    json_date_from = date_from.isoformat()
    params["date_from"] = json_date_from

    json_date_to = date_to.isoformat()
    params["date_to"] = json_date_to

    params["page"] = page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/leaves/balances",
        "params": encode_query(params),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | LeaveBalanceList | None:
    if response.status_code == 200:
        response_200 = LeaveBalanceList.from_dict(response.json())

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

    if response.status_code == 429:
        response_429 = ErrorEnvelope.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ErrorEnvelope.from_dict(response.json())

        return response_500

    # A 2xx status that the spec does not list (200 for a documented 201, say) carries the same envelope.
    if 200 <= response.status_code < 300 and response.content.strip():
        response_200 = LeaveBalanceList.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorEnvelope | LeaveBalanceList]:
    try:
        with _drift_operation("get_leave_balances"):
            parsed = _parse_response(client=client, response=response)
    except errors.UnexpectedStatus:
        raise
    except (ValueError, KeyError, TypeError, AttributeError, RecursionError) as error:
        # A success body that cannot be decoded is an error of its own. An error status keeps
        # parsed=None, so that the caller reports the status with the raw body.
        if response.status_code < 400:
            raise errors.ResponseDecodeError(
                "get_leave_balances", response.status_code, response.content, error
            ) from error
        parsed = None

    return Response(
        status_code=errors.to_http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
        operation="get_leave_balances",
        method=response.request.method if response._request is not None else "",
        path=response.request.url.path if response._request is not None else "",
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    workspace_id: int,
    user_id: int | Unset = UNSET,
    date_from: datetime.date,
    date_to: datetime.date,
    page: int | Unset = 1,
) -> Response[ErrorEnvelope | LeaveBalanceList]:
    """List leave balances

     Lists, per user, the leave left of each leave type over a date range. Balances are text with their
    unit, such as `10 days`. The operation takes `page` but no `per_page`.

    Args:
        workspace_id (int):
        user_id (int | Unset):
        date_from (datetime.date):
        date_to (datetime.date):
        page (int | Unset):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | LeaveBalanceList]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        user_id=user_id,
        date_from=date_from,
        date_to=date_to,
        page=page,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    workspace_id: int,
    user_id: int | Unset = UNSET,
    date_from: datetime.date,
    date_to: datetime.date,
    page: int | Unset = 1,
) -> ErrorEnvelope | LeaveBalanceList | None:
    """List leave balances

     Lists, per user, the leave left of each leave type over a date range. Balances are text with their
    unit, such as `10 days`. The operation takes `page` but no `per_page`.

    Args:
        workspace_id (int):
        user_id (int | Unset):
        date_from (datetime.date):
        date_to (datetime.date):
        page (int | Unset):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | LeaveBalanceList
    """

    return sync_detailed(
        client=client,
        workspace_id=workspace_id,
        user_id=user_id,
        date_from=date_from,
        date_to=date_to,
        page=page,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    workspace_id: int,
    user_id: int | Unset = UNSET,
    date_from: datetime.date,
    date_to: datetime.date,
    page: int | Unset = 1,
) -> Response[ErrorEnvelope | LeaveBalanceList]:
    """List leave balances

     Lists, per user, the leave left of each leave type over a date range. Balances are text with their
    unit, such as `10 days`. The operation takes `page` but no `per_page`.

    Args:
        workspace_id (int):
        user_id (int | Unset):
        date_from (datetime.date):
        date_to (datetime.date):
        page (int | Unset):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | LeaveBalanceList]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        user_id=user_id,
        date_from=date_from,
        date_to=date_to,
        page=page,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    workspace_id: int,
    user_id: int | Unset = UNSET,
    date_from: datetime.date,
    date_to: datetime.date,
    page: int | Unset = 1,
) -> ErrorEnvelope | LeaveBalanceList | None:
    """List leave balances

     Lists, per user, the leave left of each leave type over a date range. Balances are text with their
    unit, such as `10 days`. The operation takes `page` but no `per_page`.

    Args:
        workspace_id (int):
        user_id (int | Unset):
        date_from (datetime.date):
        date_to (datetime.date):
        page (int | Unset):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | LeaveBalanceList
    """

    return (
        await asyncio_detailed(
            client=client,
            workspace_id=workspace_id,
            user_id=user_id,
            date_from=date_from,
            date_to=date_to,
            page=page,
        )
    ).parsed

import datetime
from typing import Any

import httpx

from ... import errors
from ...arguments import check_arguments as _check_arguments
from ...client import AuthenticatedClient, Client
from ...drift import operation as _drift_operation
from ...encoding import encode_query
from ...models.activity_level_report_list import ActivityLevelReportList
from ...models.error_envelope import ErrorEnvelope
from ...types import UNSET, Response, Unset


@_check_arguments("get_activity_level_report")
def _get_kwargs(
    *,
    workspace_id: int,
    start_date: datetime.date,
    end_date: datetime.date,
    contract_id: int | Unset = UNSET,
    user_ids: list[int] | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 30,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["workspace_id"] = workspace_id

    json_start_date = start_date.isoformat()
    params["start_date"] = json_start_date

    json_end_date = end_date.isoformat()
    params["end_date"] = json_end_date

    params["contract_id"] = contract_id

    json_user_ids: list[int] | Unset = UNSET
    if not isinstance(user_ids, Unset):
        json_user_ids = user_ids

    params["user_ids"] = json_user_ids

    params["page"] = page

    params["per_page"] = per_page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/reports/activity-level",
        "params": encode_query(params),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ActivityLevelReportList | ErrorEnvelope | None:
    if response.status_code == 200:
        response_200 = ActivityLevelReportList.from_dict(response.json())

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
        response_200 = ActivityLevelReportList.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ActivityLevelReportList | ErrorEnvelope]:
    try:
        with _drift_operation("get_activity_level_report"):
            parsed = _parse_response(client=client, response=response)
    except errors.UnexpectedStatus:
        raise
    except (ValueError, KeyError, TypeError, AttributeError, RecursionError) as error:
        # A success body that cannot be decoded is an error of its own. An error status keeps
        # parsed=None, so that the caller reports the status with the raw body.
        if response.status_code < 400:
            raise errors.ResponseDecodeError(
                "get_activity_level_report", response.status_code, response.content, error
            ) from error
        parsed = None

    return Response(
        status_code=errors.to_http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
        operation="get_activity_level_report",
        method=response.request.method if response._request is not None else "",
        path=response.request.url.path if response._request is not None else "",
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    workspace_id: int,
    start_date: datetime.date,
    end_date: datetime.date,
    contract_id: int | Unset = UNSET,
    user_ids: list[int] | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 30,
) -> Response[ActivityLevelReportList | ErrorEnvelope]:
    """Get the activity level report

     Returns an activity-level percentage per user per day over a date range of at most 31 days, with
    overall statistics. Activity comes from mouse, keyboard and scroll actions. Only the older edition
    of the documentation shows this operation; its response is not shown, and it says both that pages
    hold users and that they hold days.

    Args:
        workspace_id (int):
        start_date (datetime.date):
        end_date (datetime.date):
        contract_id (int | Unset):
        user_ids (list[int] | Unset):
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 30.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ActivityLevelReportList | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        start_date=start_date,
        end_date=end_date,
        contract_id=contract_id,
        user_ids=user_ids,
        page=page,
        per_page=per_page,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    workspace_id: int,
    start_date: datetime.date,
    end_date: datetime.date,
    contract_id: int | Unset = UNSET,
    user_ids: list[int] | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 30,
) -> ActivityLevelReportList | ErrorEnvelope | None:
    """Get the activity level report

     Returns an activity-level percentage per user per day over a date range of at most 31 days, with
    overall statistics. Activity comes from mouse, keyboard and scroll actions. Only the older edition
    of the documentation shows this operation; its response is not shown, and it says both that pages
    hold users and that they hold days.

    Args:
        workspace_id (int):
        start_date (datetime.date):
        end_date (datetime.date):
        contract_id (int | Unset):
        user_ids (list[int] | Unset):
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 30.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ActivityLevelReportList | ErrorEnvelope
    """

    return sync_detailed(
        client=client,
        workspace_id=workspace_id,
        start_date=start_date,
        end_date=end_date,
        contract_id=contract_id,
        user_ids=user_ids,
        page=page,
        per_page=per_page,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    workspace_id: int,
    start_date: datetime.date,
    end_date: datetime.date,
    contract_id: int | Unset = UNSET,
    user_ids: list[int] | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 30,
) -> Response[ActivityLevelReportList | ErrorEnvelope]:
    """Get the activity level report

     Returns an activity-level percentage per user per day over a date range of at most 31 days, with
    overall statistics. Activity comes from mouse, keyboard and scroll actions. Only the older edition
    of the documentation shows this operation; its response is not shown, and it says both that pages
    hold users and that they hold days.

    Args:
        workspace_id (int):
        start_date (datetime.date):
        end_date (datetime.date):
        contract_id (int | Unset):
        user_ids (list[int] | Unset):
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 30.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ActivityLevelReportList | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        start_date=start_date,
        end_date=end_date,
        contract_id=contract_id,
        user_ids=user_ids,
        page=page,
        per_page=per_page,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    workspace_id: int,
    start_date: datetime.date,
    end_date: datetime.date,
    contract_id: int | Unset = UNSET,
    user_ids: list[int] | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 30,
) -> ActivityLevelReportList | ErrorEnvelope | None:
    """Get the activity level report

     Returns an activity-level percentage per user per day over a date range of at most 31 days, with
    overall statistics. Activity comes from mouse, keyboard and scroll actions. Only the older edition
    of the documentation shows this operation; its response is not shown, and it says both that pages
    hold users and that they hold days.

    Args:
        workspace_id (int):
        start_date (datetime.date):
        end_date (datetime.date):
        contract_id (int | Unset):
        user_ids (list[int] | Unset):
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 30.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ActivityLevelReportList | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            workspace_id=workspace_id,
            start_date=start_date,
            end_date=end_date,
            contract_id=contract_id,
            user_ids=user_ids,
            page=page,
            per_page=per_page,
        )
    ).parsed

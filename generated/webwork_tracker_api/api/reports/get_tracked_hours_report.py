import datetime
from typing import Any

import httpx

from ... import errors
from ...arguments import check_arguments as _check_arguments
from ...client import AuthenticatedClient, Client
from ...drift import operation as _drift_operation
from ...encoding import encode_query
from ...models.error_envelope import ErrorEnvelope
from ...models.tracked_hours_report_result import TrackedHoursReportResult
from ...types import UNSET, Response, Unset


@_check_arguments("get_tracked_hours_report")
def _get_kwargs(
    *,
    workspace_id: int,
    user_id: int | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    users: list[int] | Unset = UNSET,
    projects: list[int] | Unset = UNSET,
    teams: list[int] | Unset = UNSET,
    titles: list[int] | Unset = UNSET,
    currencies: list[str] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["workspace_id"] = workspace_id

    params["user_id"] = user_id

    json_start_date: str | Unset = UNSET
    if not isinstance(start_date, Unset):
        json_start_date = start_date.isoformat()
    params["start_date"] = json_start_date

    json_end_date: str | Unset = UNSET
    if not isinstance(end_date, Unset):
        json_end_date = end_date.isoformat()
    params["end_date"] = json_end_date

    json_users: list[int] | Unset = UNSET
    if not isinstance(users, Unset):
        json_users = users

    params["users"] = json_users

    json_projects: list[int] | Unset = UNSET
    if not isinstance(projects, Unset):
        json_projects = projects

    params["projects"] = json_projects

    json_teams: list[int] | Unset = UNSET
    if not isinstance(teams, Unset):
        json_teams = teams

    params["teams"] = json_teams

    json_titles: list[int] | Unset = UNSET
    if not isinstance(titles, Unset):
        json_titles = titles

    params["titles"] = json_titles

    json_currencies: list[str] | Unset = UNSET
    if not isinstance(currencies, Unset):
        json_currencies = currencies

    params["currencies"] = json_currencies

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/reports/tracked-hours",
        "params": encode_query(params),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | TrackedHoursReportResult | None:
    if response.status_code == 200:
        response_200 = TrackedHoursReportResult.from_dict(response.json())

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
        response_200 = TrackedHoursReportResult.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorEnvelope | TrackedHoursReportResult]:
    try:
        with _drift_operation("get_tracked_hours_report"):
            parsed = _parse_response(client=client, response=response)
    except errors.UnexpectedStatus:
        raise
    except (ValueError, KeyError, TypeError, AttributeError, RecursionError) as error:
        # A success body that cannot be decoded is an error of its own. An error status keeps
        # parsed=None, so that the caller reports the status with the raw body.
        if response.status_code < 400:
            raise errors.ResponseDecodeError(
                "get_tracked_hours_report", response.status_code, response.content, error
            ) from error
        parsed = None

    return Response(
        status_code=errors.to_http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
        operation="get_tracked_hours_report",
        method=response.request.method if response._request is not None else "",
        path=response.request.url.path if response._request is not None else "",
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    workspace_id: int,
    user_id: int | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    users: list[int] | Unset = UNSET,
    projects: list[int] | Unset = UNSET,
    teams: list[int] | Unset = UNSET,
    titles: list[int] | Unset = UNSET,
    currencies: list[str] | Unset = UNSET,
) -> Response[ErrorEnvelope | TrackedHoursReportResult]:
    """Get the tracked hours report

     Returns the minutes tracked in the workspace over a date range, broken down day by day and grouped
    per user, project and contract, summed over every tracking method. Callers who may see rates also
    get money totals per currency. With `user_id` the report covers that user only and the range may
    span at most 31 days. List filters take comma-separated ids. Only owners and executive managers may
    call it.

    Args:
        workspace_id (int):
        user_id (int | Unset):
        start_date (datetime.date | Unset):
        end_date (datetime.date | Unset):
        users (list[int] | Unset):
        projects (list[int] | Unset):
        teams (list[int] | Unset):
        titles (list[int] | Unset):
        currencies (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | TrackedHoursReportResult]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        user_id=user_id,
        start_date=start_date,
        end_date=end_date,
        users=users,
        projects=projects,
        teams=teams,
        titles=titles,
        currencies=currencies,
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
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    users: list[int] | Unset = UNSET,
    projects: list[int] | Unset = UNSET,
    teams: list[int] | Unset = UNSET,
    titles: list[int] | Unset = UNSET,
    currencies: list[str] | Unset = UNSET,
) -> ErrorEnvelope | TrackedHoursReportResult | None:
    """Get the tracked hours report

     Returns the minutes tracked in the workspace over a date range, broken down day by day and grouped
    per user, project and contract, summed over every tracking method. Callers who may see rates also
    get money totals per currency. With `user_id` the report covers that user only and the range may
    span at most 31 days. List filters take comma-separated ids. Only owners and executive managers may
    call it.

    Args:
        workspace_id (int):
        user_id (int | Unset):
        start_date (datetime.date | Unset):
        end_date (datetime.date | Unset):
        users (list[int] | Unset):
        projects (list[int] | Unset):
        teams (list[int] | Unset):
        titles (list[int] | Unset):
        currencies (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | TrackedHoursReportResult
    """

    return sync_detailed(
        client=client,
        workspace_id=workspace_id,
        user_id=user_id,
        start_date=start_date,
        end_date=end_date,
        users=users,
        projects=projects,
        teams=teams,
        titles=titles,
        currencies=currencies,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    workspace_id: int,
    user_id: int | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    users: list[int] | Unset = UNSET,
    projects: list[int] | Unset = UNSET,
    teams: list[int] | Unset = UNSET,
    titles: list[int] | Unset = UNSET,
    currencies: list[str] | Unset = UNSET,
) -> Response[ErrorEnvelope | TrackedHoursReportResult]:
    """Get the tracked hours report

     Returns the minutes tracked in the workspace over a date range, broken down day by day and grouped
    per user, project and contract, summed over every tracking method. Callers who may see rates also
    get money totals per currency. With `user_id` the report covers that user only and the range may
    span at most 31 days. List filters take comma-separated ids. Only owners and executive managers may
    call it.

    Args:
        workspace_id (int):
        user_id (int | Unset):
        start_date (datetime.date | Unset):
        end_date (datetime.date | Unset):
        users (list[int] | Unset):
        projects (list[int] | Unset):
        teams (list[int] | Unset):
        titles (list[int] | Unset):
        currencies (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | TrackedHoursReportResult]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        user_id=user_id,
        start_date=start_date,
        end_date=end_date,
        users=users,
        projects=projects,
        teams=teams,
        titles=titles,
        currencies=currencies,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    workspace_id: int,
    user_id: int | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    users: list[int] | Unset = UNSET,
    projects: list[int] | Unset = UNSET,
    teams: list[int] | Unset = UNSET,
    titles: list[int] | Unset = UNSET,
    currencies: list[str] | Unset = UNSET,
) -> ErrorEnvelope | TrackedHoursReportResult | None:
    """Get the tracked hours report

     Returns the minutes tracked in the workspace over a date range, broken down day by day and grouped
    per user, project and contract, summed over every tracking method. Callers who may see rates also
    get money totals per currency. With `user_id` the report covers that user only and the range may
    span at most 31 days. List filters take comma-separated ids. Only owners and executive managers may
    call it.

    Args:
        workspace_id (int):
        user_id (int | Unset):
        start_date (datetime.date | Unset):
        end_date (datetime.date | Unset):
        users (list[int] | Unset):
        projects (list[int] | Unset):
        teams (list[int] | Unset):
        titles (list[int] | Unset):
        currencies (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | TrackedHoursReportResult
    """

    return (
        await asyncio_detailed(
            client=client,
            workspace_id=workspace_id,
            user_id=user_id,
            start_date=start_date,
            end_date=end_date,
            users=users,
            projects=projects,
            teams=teams,
            titles=titles,
            currencies=currencies,
        )
    ).parsed

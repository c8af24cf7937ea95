import datetime
from typing import Any

import httpx

from ... import errors
from ...arguments import check_arguments as _check_arguments
from ...client import AuthenticatedClient, Client
from ...drift import operation as _drift_operation
from ...encoding import encode_query
from ...models.error_envelope import ErrorEnvelope
from ...models.task_report_list import TaskReportList
from ...types import UNSET, Response, Unset


@_check_arguments("get_task_report")
def _get_kwargs(
    *,
    workspace_id: int,
    start_date: datetime.date,
    end_date: datetime.date,
    users: list[int] | Unset = UNSET,
    project_id: list[int] | Unset = UNSET,
    task_id: list[int] | Unset = UNSET,
    include_no_task: bool | int | Unset = True,
    page: int | Unset = 1,
    per_page: int | Unset = 30,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["workspace_id"] = workspace_id

    json_start_date = start_date.isoformat()
    params["start_date"] = json_start_date

    json_end_date = end_date.isoformat()
    params["end_date"] = json_end_date

    json_users: list[int] | Unset = UNSET
    if not isinstance(users, Unset):
        json_users = users

    params["users"] = json_users

    json_project_id: list[int] | Unset = UNSET
    if not isinstance(project_id, Unset):
        json_project_id = project_id

    params["project_id"] = json_project_id

    json_task_id: list[int] | Unset = UNSET
    if not isinstance(task_id, Unset):
        json_task_id = task_id

    params["task_id"] = json_task_id

    json_include_no_task: bool | int | Unset
    if isinstance(include_no_task, Unset):
        json_include_no_task = UNSET
    else:
        json_include_no_task = include_no_task
    params["include_no_task"] = json_include_no_task

    params["page"] = page

    params["per_page"] = per_page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/reports/task-report",
        "params": encode_query(params),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | TaskReportList | None:
    if response.status_code == 200:
        response_200 = TaskReportList.from_dict(response.json())

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
        response_200 = TaskReportList.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorEnvelope | TaskReportList]:
    try:
        with _drift_operation("get_task_report"):
            parsed = _parse_response(client=client, response=response)
    except errors.UnexpectedStatus:
        raise
    except (ValueError, KeyError, TypeError, AttributeError, RecursionError) as error:
        # A success body that cannot be decoded is an error of its own. An error status keeps
        # parsed=None, so that the caller reports the status with the raw body.
        if response.status_code < 400:
            raise errors.ResponseDecodeError(
                "get_task_report", response.status_code, response.content, error
            ) from error
        parsed = None

    return Response(
        status_code=errors.to_http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
        operation="get_task_report",
        method=response.request.method if response._request is not None else "",
        path=response.request.url.path if response._request is not None else "",
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    workspace_id: int,
    start_date: datetime.date,
    end_date: datetime.date,
    users: list[int] | Unset = UNSET,
    project_id: list[int] | Unset = UNSET,
    task_id: list[int] | Unset = UNSET,
    include_no_task: bool | int | Unset = True,
    page: int | Unset = 1,
    per_page: int | Unset = 30,
) -> Response[ErrorEnvelope | TaskReportList]:
    """Get the task report

     Returns the time each user tracked per task over a date range of at most 31 days, in total per task
    and per task per day, paged by user. Entries without a task are included unless `include_no_task` is
    false. Only the older edition of the documentation shows this operation; its response and the names
    of its paging parameters are not shown.

    Args:
        workspace_id (int):
        start_date (datetime.date):
        end_date (datetime.date):
        users (list[int] | Unset):
        project_id (list[int] | Unset):
        task_id (list[int] | Unset):
        include_no_task (bool | int | Unset):  Default: True.
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 30.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | TaskReportList]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        start_date=start_date,
        end_date=end_date,
        users=users,
        project_id=project_id,
        task_id=task_id,
        include_no_task=include_no_task,
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
    users: list[int] | Unset = UNSET,
    project_id: list[int] | Unset = UNSET,
    task_id: list[int] | Unset = UNSET,
    include_no_task: bool | int | Unset = True,
    page: int | Unset = 1,
    per_page: int | Unset = 30,
) -> ErrorEnvelope | TaskReportList | None:
    """Get the task report

     Returns the time each user tracked per task over a date range of at most 31 days, in total per task
    and per task per day, paged by user. Entries without a task are included unless `include_no_task` is
    false. Only the older edition of the documentation shows this operation; its response and the names
    of its paging parameters are not shown.

    Args:
        workspace_id (int):
        start_date (datetime.date):
        end_date (datetime.date):
        users (list[int] | Unset):
        project_id (list[int] | Unset):
        task_id (list[int] | Unset):
        include_no_task (bool | int | Unset):  Default: True.
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 30.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | TaskReportList
    """

    return sync_detailed(
        client=client,
        workspace_id=workspace_id,
        start_date=start_date,
        end_date=end_date,
        users=users,
        project_id=project_id,
        task_id=task_id,
        include_no_task=include_no_task,
        page=page,
        per_page=per_page,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    workspace_id: int,
    start_date: datetime.date,
    end_date: datetime.date,
    users: list[int] | Unset = UNSET,
    project_id: list[int] | Unset = UNSET,
    task_id: list[int] | Unset = UNSET,
    include_no_task: bool | int | Unset = True,
    page: int | Unset = 1,
    per_page: int | Unset = 30,
) -> Response[ErrorEnvelope | TaskReportList]:
    """Get the task report

     Returns the time each user tracked per task over a date range of at most 31 days, in total per task
    and per task per day, paged by user. Entries without a task are included unless `include_no_task` is
    false. Only the older edition of the documentation shows this operation; its response and the names
    of its paging parameters are not shown.

    Args:
        workspace_id (int):
        start_date (datetime.date):
        end_date (datetime.date):
        users (list[int] | Unset):
        project_id (list[int] | Unset):
        task_id (list[int] | Unset):
        include_no_task (bool | int | Unset):  Default: True.
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 30.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | TaskReportList]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        start_date=start_date,
        end_date=end_date,
        users=users,
        project_id=project_id,
        task_id=task_id,
        include_no_task=include_no_task,
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
    users: list[int] | Unset = UNSET,
    project_id: list[int] | Unset = UNSET,
    task_id: list[int] | Unset = UNSET,
    include_no_task: bool | int | Unset = True,
    page: int | Unset = 1,
    per_page: int | Unset = 30,
) -> ErrorEnvelope | TaskReportList | None:
    """Get the task report

     Returns the time each user tracked per task over a date range of at most 31 days, in total per task
    and per task per day, paged by user. Entries without a task are included unless `include_no_task` is
    false. Only the older edition of the documentation shows this operation; its response and the names
    of its paging parameters are not shown.

    Args:
        workspace_id (int):
        start_date (datetime.date):
        end_date (datetime.date):
        users (list[int] | Unset):
        project_id (list[int] | Unset):
        task_id (list[int] | Unset):
        include_no_task (bool | int | Unset):  Default: True.
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 30.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | TaskReportList
    """

    return (
        await asyncio_detailed(
            client=client,
            workspace_id=workspace_id,
            start_date=start_date,
            end_date=end_date,
            users=users,
            project_id=project_id,
            task_id=task_id,
            include_no_task=include_no_task,
            page=page,
            per_page=per_page,
        )
    ).parsed

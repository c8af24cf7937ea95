from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...arguments import check_arguments as _check_arguments
from ...client import AuthenticatedClient, Client
from ...drift import operation as _drift_operation
from ...models.error_envelope import ErrorEnvelope
from ...models.task_result import TaskResult
from ...models.task_update import TaskUpdate
from ...types import Response


@_check_arguments("update_task")
def _get_kwargs(
    task_id: int,
    *,
    body: TaskUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/tasks/{task_id}".format(
            task_id=quote(str(task_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | TaskResult | None:
    if response.status_code == 200:
        response_200 = TaskResult.from_dict(response.json())

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
        response_200 = TaskResult.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorEnvelope | TaskResult]:
    try:
        with _drift_operation("update_task"):
            parsed = _parse_response(client=client, response=response)
    except errors.UnexpectedStatus:
        raise
    except (ValueError, KeyError, TypeError, AttributeError, RecursionError) as error:
        # A success body that cannot be decoded is an error of its own. An error status keeps
        # parsed=None, so that the caller reports the status with the raw body.
        if response.status_code < 400:
            raise errors.ResponseDecodeError("update_task", response.status_code, response.content, error) from error
        parsed = None

    return Response(
        status_code=errors.to_http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
        operation="update_task",
        method=response.request.method if response._request is not None else "",
        path=response.request.url.path if response._request is not None else "",
    )


def sync_detailed(
    task_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: TaskUpdate,
) -> Response[ErrorEnvelope | TaskResult]:
    """Update a task

     Changes a task and returns it. Fields left out of the body keep their values; the body always names
    the workspace and the project. Owners, executive managers, project managers and team managers may
    update tasks.

    Args:
        task_id (int):
        body (TaskUpdate): Changes to a task; only the fields sent are changed. `workspace_id` and
            `project_id` are required on every update. Assignees change through the assign and
            unassign operations. Example: {'workspace_id': 1, 'project_id': 100, 'status': 10,
            'priority': 20}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | TaskResult]
    """

    kwargs = _get_kwargs(
        task_id=task_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    task_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: TaskUpdate,
) -> ErrorEnvelope | TaskResult | None:
    """Update a task

     Changes a task and returns it. Fields left out of the body keep their values; the body always names
    the workspace and the project. Owners, executive managers, project managers and team managers may
    update tasks.

    Args:
        task_id (int):
        body (TaskUpdate): Changes to a task; only the fields sent are changed. `workspace_id` and
            `project_id` are required on every update. Assignees change through the assign and
            unassign operations. Example: {'workspace_id': 1, 'project_id': 100, 'status': 10,
            'priority': 20}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | TaskResult
    """

    return sync_detailed(
        task_id=task_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    task_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: TaskUpdate,
) -> Response[ErrorEnvelope | TaskResult]:
    """Update a task

     Changes a task and returns it. Fields left out of the body keep their values; the body always names
    the workspace and the project. Owners, executive managers, project managers and team managers may
    update tasks.

    Args:
        task_id (int):
        body (TaskUpdate): Changes to a task; only the fields sent are changed. `workspace_id` and
            `project_id` are required on every update. Assignees change through the assign and
            unassign operations. Example: {'workspace_id': 1, 'project_id': 100, 'status': 10,
            'priority': 20}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | TaskResult]
    """

    kwargs = _get_kwargs(
        task_id=task_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    task_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: TaskUpdate,
) -> ErrorEnvelope | TaskResult | None:
    """Update a task

     Changes a task and returns it. Fields left out of the body keep their values; the body always names
    the workspace and the project. Owners, executive managers, project managers and team managers may
    update tasks.

    Args:
        task_id (int):
        body (TaskUpdate): Changes to a task; only the fields sent are changed. `workspace_id` and
            `project_id` are required on every update. Assignees change through the assign and
            unassign operations. Example: {'workspace_id': 1, 'project_id': 100, 'status': 10,
            'priority': 20}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | TaskResult
    """

    return (
        await asyncio_detailed(
            task_id=task_id,
            client=client,
            body=body,
        )
    ).parsed

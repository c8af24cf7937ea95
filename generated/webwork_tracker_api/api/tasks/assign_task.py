from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...arguments import check_arguments as _check_arguments
from ...client import AuthenticatedClient, Client
from ...drift import operation as _drift_operation
from ...models.error_envelope import ErrorEnvelope
from ...models.task_assignment_result import TaskAssignmentResult
from ...models.task_scope import TaskScope
from ...types import Response


@_check_arguments("assign_task")
def _get_kwargs(
    task_id: int,
    user_id: int,
    *,
    body: TaskScope,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/tasks/{task_id}/assign/{user_id}".format(
            task_id=quote(str(task_id), safe=""),
            user_id=quote(str(user_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | TaskAssignmentResult | None:
    if response.status_code == 200:
        response_200 = TaskAssignmentResult.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = TaskAssignmentResult.from_dict(response.json())

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
        response_200 = TaskAssignmentResult.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorEnvelope | TaskAssignmentResult]:
    try:
        with _drift_operation("assign_task"):
            parsed = _parse_response(client=client, response=response)
    except errors.UnexpectedStatus:
        raise
    except (ValueError, KeyError, TypeError, AttributeError, RecursionError) as error:
        # A success body that cannot be decoded is an error of its own. An error status keeps
        # parsed=None, so that the caller reports the status with the raw body.
        if response.status_code < 400:
            raise errors.ResponseDecodeError("assign_task", response.status_code, response.content, error) from error
        parsed = None

    return Response(
        status_code=errors.to_http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
        operation="assign_task",
        method=response.request.method if response._request is not None else "",
        path=response.request.url.path if response._request is not None else "",
    )


def sync_detailed(
    task_id: int,
    user_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: TaskScope,
) -> Response[ErrorEnvelope | TaskAssignmentResult]:
    """Assign a task to a member

     Adds a member to the assignees of a task. No documentation page shows this operation; method, path
    and body follow a catalog of the older documentation. The success status is unknown, so both 200 and
    201 are declared.

    Args:
        task_id (int):
        user_id (int):
        body (TaskScope): Workspace and project of the task that the operation acts on. Example:
            {'workspace_id': 1, 'project_id': 100}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | TaskAssignmentResult]
    """

    kwargs = _get_kwargs(
        task_id=task_id,
        user_id=user_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    task_id: int,
    user_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: TaskScope,
) -> ErrorEnvelope | TaskAssignmentResult | None:
    """Assign a task to a member

     Adds a member to the assignees of a task. No documentation page shows this operation; method, path
    and body follow a catalog of the older documentation. The success status is unknown, so both 200 and
    201 are declared.

    Args:
        task_id (int):
        user_id (int):
        body (TaskScope): Workspace and project of the task that the operation acts on. Example:
            {'workspace_id': 1, 'project_id': 100}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | TaskAssignmentResult
    """

    return sync_detailed(
        task_id=task_id,
        user_id=user_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    task_id: int,
    user_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: TaskScope,
) -> Response[ErrorEnvelope | TaskAssignmentResult]:
    """Assign a task to a member

     Adds a member to the assignees of a task. No documentation page shows this operation; method, path
    and body follow a catalog of the older documentation. The success status is unknown, so both 200 and
    201 are declared.

    Args:
        task_id (int):
        user_id (int):
        body (TaskScope): Workspace and project of the task that the operation acts on. Example:
            {'workspace_id': 1, 'project_id': 100}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | TaskAssignmentResult]
    """

    kwargs = _get_kwargs(
        task_id=task_id,
        user_id=user_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    task_id: int,
    user_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: TaskScope,
) -> ErrorEnvelope | TaskAssignmentResult | None:
    """Assign a task to a member

     Adds a member to the assignees of a task. No documentation page shows this operation; method, path
    and body follow a catalog of the older documentation. The success status is unknown, so both 200 and
    201 are declared.

    Args:
        task_id (int):
        user_id (int):
        body (TaskScope): Workspace and project of the task that the operation acts on. Example:
            {'workspace_id': 1, 'project_id': 100}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | TaskAssignmentResult
    """

    return (
        await asyncio_detailed(
            task_id=task_id,
            user_id=user_id,
            client=client,
            body=body,
        )
    ).parsed

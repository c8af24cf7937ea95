from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...arguments import check_arguments as _check_arguments
from ...client import AuthenticatedClient, Client
from ...drift import operation as _drift_operation
from ...models.action_result import ActionResult
from ...models.error_envelope import ErrorEnvelope
from ...models.project_viewer_scope import ProjectViewerScope
from ...types import Response


@_check_arguments("restore_project_viewer")
def _get_kwargs(
    viewer_id: int,
    *,
    body: ProjectViewerScope,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/project-viewers/{viewer_id}/restore".format(
            viewer_id=quote(str(viewer_id), safe=""),
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
        with _drift_operation("restore_project_viewer"):
            parsed = _parse_response(client=client, response=response)
    except errors.UnexpectedStatus:
        raise
    except (ValueError, KeyError, TypeError, AttributeError, RecursionError) as error:
        # A success body that cannot be decoded is an error of its own. An error status keeps
        # parsed=None, so that the caller reports the status with the raw body.
        if response.status_code < 400:
            raise errors.ResponseDecodeError(
                "restore_project_viewer", response.status_code, response.content, error
            ) from error
        parsed = None

    return Response(
        status_code=errors.to_http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
        operation="restore_project_viewer",
        method=response.request.method if response._request is not None else "",
        path=response.request.url.path if response._request is not None else "",
    )


def sync_detailed(
    viewer_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: ProjectViewerScope,
) -> Response[ActionResult | ErrorEnvelope]:
    """Restore a project viewer

     Brings back a project viewer that was archived.

    Args:
        viewer_id (int):
        body (ProjectViewerScope): Workspace of the project viewer that the operation acts on.
            Example: {'workspace_id': 1}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ActionResult | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        viewer_id=viewer_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    viewer_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: ProjectViewerScope,
) -> ActionResult | ErrorEnvelope | None:
    """Restore a project viewer

     Brings back a project viewer that was archived.

    Args:
        viewer_id (int):
        body (ProjectViewerScope): Workspace of the project viewer that the operation acts on.
            Example: {'workspace_id': 1}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ActionResult | ErrorEnvelope
    """

    return sync_detailed(
        viewer_id=viewer_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    viewer_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: ProjectViewerScope,
) -> Response[ActionResult | ErrorEnvelope]:
    """Restore a project viewer

     Brings back a project viewer that was archived.

    Args:
        viewer_id (int):
        body (ProjectViewerScope): Workspace of the project viewer that the operation acts on.
            Example: {'workspace_id': 1}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ActionResult | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        viewer_id=viewer_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    viewer_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: ProjectViewerScope,
) -> ActionResult | ErrorEnvelope | None:
    """Restore a project viewer

     Brings back a project viewer that was archived.

    Args:
        viewer_id (int):
        body (ProjectViewerScope): Workspace of the project viewer that the operation acts on.
            Example: {'workspace_id': 1}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ActionResult | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            viewer_id=viewer_id,
            client=client,
            body=body,
        )
    ).parsed

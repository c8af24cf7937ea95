from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...arguments import check_arguments as _check_arguments
from ...client import AuthenticatedClient, Client
from ...drift import operation as _drift_operation
from ...encoding import encode_query
from ...models.action_result import ActionResult
from ...models.error_envelope import ErrorEnvelope
from ...types import UNSET, Response


@_check_arguments("delete_project")
def _get_kwargs(
    project_id: int,
    *,
    workspace_id: int,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["workspace_id"] = workspace_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/projects/{project_id}".format(
            project_id=quote(str(project_id), safe=""),
        ),
        "params": encode_query(params),
    }

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
        with _drift_operation("delete_project"):
            parsed = _parse_response(client=client, response=response)
    except errors.UnexpectedStatus:
        raise
    except (ValueError, KeyError, TypeError, AttributeError, RecursionError) as error:
        # A success body that cannot be decoded is an error of its own. An error status keeps
        # parsed=None, so that the caller reports the status with the raw body.
        if response.status_code < 400:
            raise errors.ResponseDecodeError("delete_project", response.status_code, response.content, error) from error
        parsed = None

    return Response(
        status_code=errors.to_http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
        operation="delete_project",
        method=response.request.method if response._request is not None else "",
        path=response.request.url.path if response._request is not None else "",
    )


def sync_detailed(
    project_id: int,
    *,
    client: AuthenticatedClient | Client,
    workspace_id: int,
) -> Response[ActionResult | ErrorEnvelope]:
    """Archive a project

     Archives a project instead of erasing it. Only the title "Delete (Archive) Project" is documented;
    method, path and the `workspace_id` query parameter follow a catalog of the older documentation, and
    the response is modelled as the usual action envelope.

    Args:
        project_id (int):
        workspace_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ActionResult | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        workspace_id=workspace_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: int,
    *,
    client: AuthenticatedClient | Client,
    workspace_id: int,
) -> ActionResult | ErrorEnvelope | None:
    """Archive a project

     Archives a project instead of erasing it. Only the title "Delete (Archive) Project" is documented;
    method, path and the `workspace_id` query parameter follow a catalog of the older documentation, and
    the response is modelled as the usual action envelope.

    Args:
        project_id (int):
        workspace_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ActionResult | ErrorEnvelope
    """

    return sync_detailed(
        project_id=project_id,
        client=client,
        workspace_id=workspace_id,
    ).parsed


async def asyncio_detailed(
    project_id: int,
    *,
    client: AuthenticatedClient | Client,
    workspace_id: int,
) -> Response[ActionResult | ErrorEnvelope]:
    """Archive a project

     Archives a project instead of erasing it. Only the title "Delete (Archive) Project" is documented;
    method, path and the `workspace_id` query parameter follow a catalog of the older documentation, and
    the response is modelled as the usual action envelope.

    Args:
        project_id (int):
        workspace_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ActionResult | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        workspace_id=workspace_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: int,
    *,
    client: AuthenticatedClient | Client,
    workspace_id: int,
) -> ActionResult | ErrorEnvelope | None:
    """Archive a project

     Archives a project instead of erasing it. Only the title "Delete (Archive) Project" is documented;
    method, path and the `workspace_id` query parameter follow a catalog of the older documentation, and
    the response is modelled as the usual action envelope.

    Args:
        project_id (int):
        workspace_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ActionResult | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            workspace_id=workspace_id,
        )
    ).parsed

from typing import Any

import httpx

from ... import errors
from ...arguments import check_arguments as _check_arguments
from ...client import AuthenticatedClient, Client
from ...drift import operation as _drift_operation
from ...encoding import encode_query
from ...models.contract_list import ContractList
from ...models.contract_status import ContractStatus
from ...models.error_envelope import ErrorEnvelope
from ...types import UNSET, Response, Unset


@_check_arguments("get_contracts")
def _get_kwargs(
    *,
    workspace_id: int,
    project_id: int | Unset = UNSET,
    user_id: int | Unset = UNSET,
    status: ContractStatus | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["workspace_id"] = workspace_id

    params["project_id"] = project_id

    params["user_id"] = user_id

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params["page"] = page

    params["per_page"] = per_page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/contracts",
        "params": encode_query(params),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ContractList | ErrorEnvelope | None:
    if response.status_code == 200:
        response_200 = ContractList.from_dict(response.json())

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
        response_200 = ContractList.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ContractList | ErrorEnvelope]:
    try:
        with _drift_operation("get_contracts"):
            parsed = _parse_response(client=client, response=response)
    except errors.UnexpectedStatus:
        raise
    except (ValueError, KeyError, TypeError, AttributeError, RecursionError) as error:
        # A success body that cannot be decoded is an error of its own. An error status keeps
        # parsed=None, so that the caller reports the status with the raw body.
        if response.status_code < 400:
            raise errors.ResponseDecodeError("get_contracts", response.status_code, response.content, error) from error
        parsed = None

    return Response(
        status_code=errors.to_http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
        operation="get_contracts",
        method=response.request.method if response._request is not None else "",
        path=response.request.url.path if response._request is not None else "",
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    workspace_id: int,
    project_id: int | Unset = UNSET,
    user_id: int | Unset = UNSET,
    status: ContractStatus | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = UNSET,
) -> Response[ContractList | ErrorEnvelope]:
    """List contracts

     Lists the contracts of a workspace that the caller may see, optionally narrowed to one project, one
    member or one status. Owners and executive managers see every contract; project and team managers
    see the contracts of the projects or teams they manage and their own; regular users see only their
    own. The pagination of this list is a top-level `pagination` object, not `meta.pagination`.

    Args:
        workspace_id (int):
        project_id (int | Unset):
        user_id (int | Unset):
        status (ContractStatus | Unset): Whether a contract is active or paused. Example: active.
        page (int | Unset):  Default: 1.
        per_page (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContractList | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        project_id=project_id,
        user_id=user_id,
        status=status,
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
    project_id: int | Unset = UNSET,
    user_id: int | Unset = UNSET,
    status: ContractStatus | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = UNSET,
) -> ContractList | ErrorEnvelope | None:
    """List contracts

     Lists the contracts of a workspace that the caller may see, optionally narrowed to one project, one
    member or one status. Owners and executive managers see every contract; project and team managers
    see the contracts of the projects or teams they manage and their own; regular users see only their
    own. The pagination of this list is a top-level `pagination` object, not `meta.pagination`.

    Args:
        workspace_id (int):
        project_id (int | Unset):
        user_id (int | Unset):
        status (ContractStatus | Unset): Whether a contract is active or paused. Example: active.
        page (int | Unset):  Default: 1.
        per_page (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContractList | ErrorEnvelope
    """

    return sync_detailed(
        client=client,
        workspace_id=workspace_id,
        project_id=project_id,
        user_id=user_id,
        status=status,
        page=page,
        per_page=per_page,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    workspace_id: int,
    project_id: int | Unset = UNSET,
    user_id: int | Unset = UNSET,
    status: ContractStatus | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = UNSET,
) -> Response[ContractList | ErrorEnvelope]:
    """List contracts

     Lists the contracts of a workspace that the caller may see, optionally narrowed to one project, one
    member or one status. Owners and executive managers see every contract; project and team managers
    see the contracts of the projects or teams they manage and their own; regular users see only their
    own. The pagination of this list is a top-level `pagination` object, not `meta.pagination`.

    Args:
        workspace_id (int):
        project_id (int | Unset):
        user_id (int | Unset):
        status (ContractStatus | Unset): Whether a contract is active or paused. Example: active.
        page (int | Unset):  Default: 1.
        per_page (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContractList | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        project_id=project_id,
        user_id=user_id,
        status=status,
        page=page,
        per_page=per_page,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    workspace_id: int,
    project_id: int | Unset = UNSET,
    user_id: int | Unset = UNSET,
    status: ContractStatus | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = UNSET,
) -> ContractList | ErrorEnvelope | None:
    """List contracts

     Lists the contracts of a workspace that the caller may see, optionally narrowed to one project, one
    member or one status. Owners and executive managers see every contract; project and team managers
    see the contracts of the projects or teams they manage and their own; regular users see only their
    own. The pagination of this list is a top-level `pagination` object, not `meta.pagination`.

    Args:
        workspace_id (int):
        project_id (int | Unset):
        user_id (int | Unset):
        status (ContractStatus | Unset): Whether a contract is active or paused. Example: active.
        page (int | Unset):  Default: 1.
        per_page (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContractList | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            workspace_id=workspace_id,
            project_id=project_id,
            user_id=user_id,
            status=status,
            page=page,
            per_page=per_page,
        )
    ).parsed

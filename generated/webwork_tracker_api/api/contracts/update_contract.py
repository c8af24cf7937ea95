from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...arguments import check_arguments as _check_arguments
from ...client import AuthenticatedClient, Client
from ...drift import operation as _drift_operation
from ...models.contract_result import ContractResult
from ...models.contract_update import ContractUpdate
from ...models.error_envelope import ErrorEnvelope
from ...types import Response


@_check_arguments("update_contract")
def _get_kwargs(
    contract_id: int,
    *,
    body: ContractUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/contracts/{contract_id}".format(
            contract_id=quote(str(contract_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ContractResult | ErrorEnvelope | None:
    if response.status_code == 200:
        response_200 = ContractResult.from_dict(response.json())

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
        response_200 = ContractResult.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ContractResult | ErrorEnvelope]:
    try:
        with _drift_operation("update_contract"):
            parsed = _parse_response(client=client, response=response)
    except errors.UnexpectedStatus:
        raise
    except (ValueError, KeyError, TypeError, AttributeError, RecursionError) as error:
        # A success body that cannot be decoded is an error of its own. An error status keeps
        # parsed=None, so that the caller reports the status with the raw body.
        if response.status_code < 400:
            raise errors.ResponseDecodeError(
                "update_contract", response.status_code, response.content, error
            ) from error
        parsed = None

    return Response(
        status_code=errors.to_http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
        operation="update_contract",
        method=response.request.method if response._request is not None else "",
        path=response.request.url.path if response._request is not None else "",
    )


def sync_detailed(
    contract_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: ContractUpdate,
) -> Response[ContractResult | ErrorEnvelope]:
    """Update a contract

     Changes a contract's weekly hours limit, screenshot mode, rate or status (pausing or resuming it)
    and returns the contract. Only owners and executive managers may update contracts. The documented
    confirmation text of this operation reads "Contract retrieved successfully".

    Args:
        contract_id (int):
        body (ContractUpdate): Changes to a contract; only the fields sent are changed. Project
            and member of a contract cannot be changed. `rate` is changed only when the caller may see
            rates. Example: {'workspace_id': 1, 'rate': 55, 'status': 'paused'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContractResult | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        contract_id=contract_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    contract_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: ContractUpdate,
) -> ContractResult | ErrorEnvelope | None:
    """Update a contract

     Changes a contract's weekly hours limit, screenshot mode, rate or status (pausing or resuming it)
    and returns the contract. Only owners and executive managers may update contracts. The documented
    confirmation text of this operation reads "Contract retrieved successfully".

    Args:
        contract_id (int):
        body (ContractUpdate): Changes to a contract; only the fields sent are changed. Project
            and member of a contract cannot be changed. `rate` is changed only when the caller may see
            rates. Example: {'workspace_id': 1, 'rate': 55, 'status': 'paused'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContractResult | ErrorEnvelope
    """

    return sync_detailed(
        contract_id=contract_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    contract_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: ContractUpdate,
) -> Response[ContractResult | ErrorEnvelope]:
    """Update a contract

     Changes a contract's weekly hours limit, screenshot mode, rate or status (pausing or resuming it)
    and returns the contract. Only owners and executive managers may update contracts. The documented
    confirmation text of this operation reads "Contract retrieved successfully".

    Args:
        contract_id (int):
        body (ContractUpdate): Changes to a contract; only the fields sent are changed. Project
            and member of a contract cannot be changed. `rate` is changed only when the caller may see
            rates. Example: {'workspace_id': 1, 'rate': 55, 'status': 'paused'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContractResult | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        contract_id=contract_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    contract_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: ContractUpdate,
) -> ContractResult | ErrorEnvelope | None:
    """Update a contract

     Changes a contract's weekly hours limit, screenshot mode, rate or status (pausing or resuming it)
    and returns the contract. Only owners and executive managers may update contracts. The documented
    confirmation text of this operation reads "Contract retrieved successfully".

    Args:
        contract_id (int):
        body (ContractUpdate): Changes to a contract; only the fields sent are changed. Project
            and member of a contract cannot be changed. `rate` is changed only when the caller may see
            rates. Example: {'workspace_id': 1, 'rate': 55, 'status': 'paused'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContractResult | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            contract_id=contract_id,
            client=client,
            body=body,
        )
    ).parsed

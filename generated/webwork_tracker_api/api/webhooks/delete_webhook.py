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
from ...models.webhook_deletion import WebhookDeletion
from ...types import UNSET, Response, Unset


@_check_arguments("delete_webhook")
def _get_kwargs(
    webhook_id: str,
    *,
    body: WebhookDeletion | Unset = UNSET,
    workspace_id: int | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["workspace_id"] = workspace_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/webhooks/{webhook_id}".format(
            webhook_id=quote(str(webhook_id), safe=""),
        ),
        "params": encode_query(params),
    }

    if not isinstance(body, Unset):
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
        with _drift_operation("delete_webhook"):
            parsed = _parse_response(client=client, response=response)
    except errors.UnexpectedStatus:
        raise
    except (ValueError, KeyError, TypeError, AttributeError, RecursionError) as error:
        # A success body that cannot be decoded is an error of its own. An error status keeps
        # parsed=None, so that the caller reports the status with the raw body.
        if response.status_code < 400:
            raise errors.ResponseDecodeError("delete_webhook", response.status_code, response.content, error) from error
        parsed = None

    return Response(
        status_code=errors.to_http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
        operation="delete_webhook",
        method=response.request.method if response._request is not None else "",
        path=response.request.url.path if response._request is not None else "",
    )


def sync_detailed(
    webhook_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: WebhookDeletion | Unset = UNSET,
    workspace_id: int | Unset = UNSET,
) -> Response[ActionResult | ErrorEnvelope]:
    """Delete a webhook

     Removes a webhook, so that it receives no more deliveries. Only the operation's name is documented:
    the path follows the other webhook operations, and because the place of `workspace_id` is unknown,
    it may be sent in the query, in a JSON body, or both.

    Args:
        webhook_id (str):
        workspace_id (int | Unset):
        body (WebhookDeletion | Unset): Optional body of a webhook deletion. The documentation
            does not say whether `workspace_id` goes in the query or the body, so both are accepted.
            Example: {'workspace_id': 1}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ActionResult | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        webhook_id=webhook_id,
        body=body,
        workspace_id=workspace_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    webhook_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: WebhookDeletion | Unset = UNSET,
    workspace_id: int | Unset = UNSET,
) -> ActionResult | ErrorEnvelope | None:
    """Delete a webhook

     Removes a webhook, so that it receives no more deliveries. Only the operation's name is documented:
    the path follows the other webhook operations, and because the place of `workspace_id` is unknown,
    it may be sent in the query, in a JSON body, or both.

    Args:
        webhook_id (str):
        workspace_id (int | Unset):
        body (WebhookDeletion | Unset): Optional body of a webhook deletion. The documentation
            does not say whether `workspace_id` goes in the query or the body, so both are accepted.
            Example: {'workspace_id': 1}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ActionResult | ErrorEnvelope
    """

    return sync_detailed(
        webhook_id=webhook_id,
        client=client,
        body=body,
        workspace_id=workspace_id,
    ).parsed


async def asyncio_detailed(
    webhook_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: WebhookDeletion | Unset = UNSET,
    workspace_id: int | Unset = UNSET,
) -> Response[ActionResult | ErrorEnvelope]:
    """Delete a webhook

     Removes a webhook, so that it receives no more deliveries. Only the operation's name is documented:
    the path follows the other webhook operations, and because the place of `workspace_id` is unknown,
    it may be sent in the query, in a JSON body, or both.

    Args:
        webhook_id (str):
        workspace_id (int | Unset):
        body (WebhookDeletion | Unset): Optional body of a webhook deletion. The documentation
            does not say whether `workspace_id` goes in the query or the body, so both are accepted.
            Example: {'workspace_id': 1}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ActionResult | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        webhook_id=webhook_id,
        body=body,
        workspace_id=workspace_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    webhook_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: WebhookDeletion | Unset = UNSET,
    workspace_id: int | Unset = UNSET,
) -> ActionResult | ErrorEnvelope | None:
    """Delete a webhook

     Removes a webhook, so that it receives no more deliveries. Only the operation's name is documented:
    the path follows the other webhook operations, and because the place of `workspace_id` is unknown,
    it may be sent in the query, in a JSON body, or both.

    Args:
        webhook_id (str):
        workspace_id (int | Unset):
        body (WebhookDeletion | Unset): Optional body of a webhook deletion. The documentation
            does not say whether `workspace_id` goes in the query or the body, so both are accepted.
            Example: {'workspace_id': 1}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ActionResult | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            webhook_id=webhook_id,
            client=client,
            body=body,
            workspace_id=workspace_id,
        )
    ).parsed

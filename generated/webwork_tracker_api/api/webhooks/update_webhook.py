from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...arguments import check_arguments as _check_arguments
from ...client import AuthenticatedClient, Client
from ...drift import operation as _drift_operation
from ...models.action_result import ActionResult
from ...models.error_envelope import ErrorEnvelope
from ...models.webhook_update import WebhookUpdate
from ...types import Response


@_check_arguments("update_webhook")
def _get_kwargs(
    webhook_id: str,
    *,
    body: WebhookUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/webhooks/{webhook_id}".format(
            webhook_id=quote(str(webhook_id), safe=""),
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
        with _drift_operation("update_webhook"):
            parsed = _parse_response(client=client, response=response)
    except errors.UnexpectedStatus:
        raise
    except (ValueError, KeyError, TypeError, AttributeError, RecursionError) as error:
        # A success body that cannot be decoded is an error of its own. An error status keeps
        # parsed=None, so that the caller reports the status with the raw body.
        if response.status_code < 400:
            raise errors.ResponseDecodeError("update_webhook", response.status_code, response.content, error) from error
        parsed = None

    return Response(
        status_code=errors.to_http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
        operation="update_webhook",
        method=response.request.method if response._request is not None else "",
        path=response.request.url.path if response._request is not None else "",
    )


def sync_detailed(
    webhook_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: WebhookUpdate,
) -> Response[ActionResult | ErrorEnvelope]:
    """Update a webhook

     Changes the callback URL and the events of a webhook. The response carries no webhook data. The API
    also accepts the body form-encoded.

    Args:
        webhook_id (str):
        body (WebhookUpdate): New callback URL and events of a webhook. `url` is required even
            when only the events change; whether leaving out `events` keeps or clears them is not
            documented. Example: {'workspace_id': 1, 'url': 'https://example.com/webhook/endpoint',
            'events': ['tracker.stopped']}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ActionResult | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        webhook_id=webhook_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    webhook_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: WebhookUpdate,
) -> ActionResult | ErrorEnvelope | None:
    """Update a webhook

     Changes the callback URL and the events of a webhook. The response carries no webhook data. The API
    also accepts the body form-encoded.

    Args:
        webhook_id (str):
        body (WebhookUpdate): New callback URL and events of a webhook. `url` is required even
            when only the events change; whether leaving out `events` keeps or clears them is not
            documented. Example: {'workspace_id': 1, 'url': 'https://example.com/webhook/endpoint',
            'events': ['tracker.stopped']}.

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
    ).parsed


async def asyncio_detailed(
    webhook_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: WebhookUpdate,
) -> Response[ActionResult | ErrorEnvelope]:
    """Update a webhook

     Changes the callback URL and the events of a webhook. The response carries no webhook data. The API
    also accepts the body form-encoded.

    Args:
        webhook_id (str):
        body (WebhookUpdate): New callback URL and events of a webhook. `url` is required even
            when only the events change; whether leaving out `events` keeps or clears them is not
            documented. Example: {'workspace_id': 1, 'url': 'https://example.com/webhook/endpoint',
            'events': ['tracker.stopped']}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ActionResult | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        webhook_id=webhook_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    webhook_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: WebhookUpdate,
) -> ActionResult | ErrorEnvelope | None:
    """Update a webhook

     Changes the callback URL and the events of a webhook. The response carries no webhook data. The API
    also accepts the body form-encoded.

    Args:
        webhook_id (str):
        body (WebhookUpdate): New callback URL and events of a webhook. `url` is required even
            when only the events change; whether leaving out `events` keeps or clears them is not
            documented. Example: {'workspace_id': 1, 'url': 'https://example.com/webhook/endpoint',
            'events': ['tracker.stopped']}.

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
        )
    ).parsed

from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.cancel_webhook_response import CancelWebhookResponse
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    guid: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/sentinel/jobs/{guid}/webhook".format(
            guid=quote(str(guid), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CancelWebhookResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = CancelWebhookResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CancelWebhookResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    guid: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[CancelWebhookResponse | ErrorResponse]:
    """Cancel pending webhook deliveries for a job

     Marks any pending or in-flight webhook deliveries of the job as disabled, so the vendor's worker
    skips
    them. Deliveries already made or already failed are unaffected. Answers the number of deliveries
    cancelled.

    Args:
        guid (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CancelWebhookResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        guid=guid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    guid: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> CancelWebhookResponse | ErrorResponse | None:
    """Cancel pending webhook deliveries for a job

     Marks any pending or in-flight webhook deliveries of the job as disabled, so the vendor's worker
    skips
    them. Deliveries already made or already failed are unaffected. Answers the number of deliveries
    cancelled.

    Args:
        guid (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CancelWebhookResponse | ErrorResponse
    """

    return sync_detailed(
        guid=guid,
        client=client,
    ).parsed


async def asyncio_detailed(
    guid: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[CancelWebhookResponse | ErrorResponse]:
    """Cancel pending webhook deliveries for a job

     Marks any pending or in-flight webhook deliveries of the job as disabled, so the vendor's worker
    skips
    them. Deliveries already made or already failed are unaffected. Answers the number of deliveries
    cancelled.

    Args:
        guid (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CancelWebhookResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        guid=guid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    guid: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> CancelWebhookResponse | ErrorResponse | None:
    """Cancel pending webhook deliveries for a job

     Marks any pending or in-flight webhook deliveries of the job as disabled, so the vendor's worker
    skips
    them. Deliveries already made or already failed are unaffected. Answers the number of deliveries
    cancelled.

    Args:
        guid (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CancelWebhookResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            guid=guid,
            client=client,
        )
    ).parsed

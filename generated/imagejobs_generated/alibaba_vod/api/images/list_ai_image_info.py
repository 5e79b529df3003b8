from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.list_ai_image_info_response import ListAIImageInfoResponse
from ...types import UNSET, Response


def _get_kwargs(
    *,
    video_id: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["VideoId"] = video_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/ListAIImageInfo",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ListAIImageInfoResponse | None:
    if response.status_code == 200:
        response_200 = ListAIImageInfoResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = ErrorResponse.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | ListAIImageInfoResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    video_id: str,
) -> Response[ErrorResponse | ListAIImageInfoResponse]:
    """List the AI-processed images of one video, with signed URLs.

     RPC action `ListAIImageInfo` (sent as `POST /?Action=ListAIImageInfo&...` by the overlay, see
    `info.description`). Regions: China (Beijing) and China (Shanghai).

    Returns the images that image AI processing produced for **one** video (no batch query), each with a
    signed
    `FileURL` (unlike the unsigned URLs inside `AIImageJob.AIImageResult`) and the `JobId` that produced
    it.
    Source: the vendor's `ListAIImageInfo` reference page and the official SDK model
    `ListAIImageInfoResponseBody`. RAM action `vod:ListAIImageInfo` (access level list, all resources).

    Args:
        video_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ListAIImageInfoResponse]
    """

    kwargs = _get_kwargs(
        video_id=video_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    video_id: str,
) -> ErrorResponse | ListAIImageInfoResponse | None:
    """List the AI-processed images of one video, with signed URLs.

     RPC action `ListAIImageInfo` (sent as `POST /?Action=ListAIImageInfo&...` by the overlay, see
    `info.description`). Regions: China (Beijing) and China (Shanghai).

    Returns the images that image AI processing produced for **one** video (no batch query), each with a
    signed
    `FileURL` (unlike the unsigned URLs inside `AIImageJob.AIImageResult`) and the `JobId` that produced
    it.
    Source: the vendor's `ListAIImageInfo` reference page and the official SDK model
    `ListAIImageInfoResponseBody`. RAM action `vod:ListAIImageInfo` (access level list, all resources).

    Args:
        video_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ListAIImageInfoResponse
    """

    return sync_detailed(
        client=client,
        video_id=video_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    video_id: str,
) -> Response[ErrorResponse | ListAIImageInfoResponse]:
    """List the AI-processed images of one video, with signed URLs.

     RPC action `ListAIImageInfo` (sent as `POST /?Action=ListAIImageInfo&...` by the overlay, see
    `info.description`). Regions: China (Beijing) and China (Shanghai).

    Returns the images that image AI processing produced for **one** video (no batch query), each with a
    signed
    `FileURL` (unlike the unsigned URLs inside `AIImageJob.AIImageResult`) and the `JobId` that produced
    it.
    Source: the vendor's `ListAIImageInfo` reference page and the official SDK model
    `ListAIImageInfoResponseBody`. RAM action `vod:ListAIImageInfo` (access level list, all resources).

    Args:
        video_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ListAIImageInfoResponse]
    """

    kwargs = _get_kwargs(
        video_id=video_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    video_id: str,
) -> ErrorResponse | ListAIImageInfoResponse | None:
    """List the AI-processed images of one video, with signed URLs.

     RPC action `ListAIImageInfo` (sent as `POST /?Action=ListAIImageInfo&...` by the overlay, see
    `info.description`). Regions: China (Beijing) and China (Shanghai).

    Returns the images that image AI processing produced for **one** video (no batch query), each with a
    signed
    `FileURL` (unlike the unsigned URLs inside `AIImageJob.AIImageResult`) and the `JobId` that produced
    it.
    Source: the vendor's `ListAIImageInfo` reference page and the official SDK model
    `ListAIImageInfoResponseBody`. RAM action `vod:ListAIImageInfo` (access level list, all resources).

    Args:
        video_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ListAIImageInfoResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            video_id=video_id,
        )
    ).parsed

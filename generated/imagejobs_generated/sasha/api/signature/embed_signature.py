from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.embed_signature_request import EmbedSignatureRequest
from ...models.embed_signature_response import EmbedSignatureResponse
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    *,
    body: EmbedSignatureRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/signature/embed",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EmbedSignatureResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = EmbedSignatureResponse.from_dict(response.json())

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

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[EmbedSignatureResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: EmbedSignatureRequest,
) -> Response[EmbedSignatureResponse | ErrorResponse]:
    """Protect an image with SASHA Signature

     Creates an `embed-signature` job for the image at `media_url`. The answer carries the job in status
    `pending`.
    When the job is `completed`, `output_url` holds the protected image (until `output_url_expires_at`)
    and
    `signature_id` the identifier of the embedded signature; a `failed` job carries `error`.

    Follow the job with `GET /jobs/{job_id}`, or give a `callback_url` to receive the job on every
    status change
    (see the `jobStatusChanged` callback).

    Args:
        body (EmbedSignatureRequest): Request body of `POST /signature/embed` (JSON, image by
            URL).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmbedSignatureResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: EmbedSignatureRequest,
) -> EmbedSignatureResponse | ErrorResponse | None:
    """Protect an image with SASHA Signature

     Creates an `embed-signature` job for the image at `media_url`. The answer carries the job in status
    `pending`.
    When the job is `completed`, `output_url` holds the protected image (until `output_url_expires_at`)
    and
    `signature_id` the identifier of the embedded signature; a `failed` job carries `error`.

    Follow the job with `GET /jobs/{job_id}`, or give a `callback_url` to receive the job on every
    status change
    (see the `jobStatusChanged` callback).

    Args:
        body (EmbedSignatureRequest): Request body of `POST /signature/embed` (JSON, image by
            URL).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmbedSignatureResponse | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: EmbedSignatureRequest,
) -> Response[EmbedSignatureResponse | ErrorResponse]:
    """Protect an image with SASHA Signature

     Creates an `embed-signature` job for the image at `media_url`. The answer carries the job in status
    `pending`.
    When the job is `completed`, `output_url` holds the protected image (until `output_url_expires_at`)
    and
    `signature_id` the identifier of the embedded signature; a `failed` job carries `error`.

    Follow the job with `GET /jobs/{job_id}`, or give a `callback_url` to receive the job on every
    status change
    (see the `jobStatusChanged` callback).

    Args:
        body (EmbedSignatureRequest): Request body of `POST /signature/embed` (JSON, image by
            URL).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmbedSignatureResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: EmbedSignatureRequest,
) -> EmbedSignatureResponse | ErrorResponse | None:
    """Protect an image with SASHA Signature

     Creates an `embed-signature` job for the image at `media_url`. The answer carries the job in status
    `pending`.
    When the job is `completed`, `output_url` holds the protected image (until `output_url_expires_at`)
    and
    `signature_id` the identifier of the embedded signature; a `failed` job carries `error`.

    Follow the job with `GET /jobs/{job_id}`, or give a `callback_url` to receive the job on every
    status change
    (see the `jobStatusChanged` callback).

    Args:
        body (EmbedSignatureRequest): Request body of `POST /signature/embed` (JSON, image by
            URL).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmbedSignatureResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed

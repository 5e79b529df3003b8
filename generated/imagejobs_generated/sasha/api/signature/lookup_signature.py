from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.lookup_by_url_request import LookupByUrlRequest
from ...models.lookup_signature_response import LookupSignatureResponse
from ...models.lookup_upload_request import LookupUploadRequest
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: LookupByUrlRequest | LookupUploadRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/signature/lookup",
    }

    if isinstance(body, LookupByUrlRequest):
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
    if isinstance(body, LookupUploadRequest):
        _kwargs["files"] = body.to_multipart()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | LookupSignatureResponse | None:
    if response.status_code == 200:
        response_200 = LookupSignatureResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | LookupSignatureResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: LookupByUrlRequest | LookupUploadRequest | Unset = UNSET,
) -> Response[ErrorResponse | LookupSignatureResponse]:
    """Check whether an image is already protected with SASHA Signature

     Creates a `lookup-signature` job for an image given either by URL (`application/json`, the same
    fields as
    embed) or by upload (`multipart/form-data`, the image in the `media` part). The generated function
    takes
    `body: LookupByUrlRequest | LookupUploadRequest` and sends the matching content type.

    When the job is `completed`, `signature_id` holds the identifier of the signature found in the
    image, or
    `null` when the image carries no SASHA Signature. A `failed` job carries `error`.

    Args:
        body (LookupByUrlRequest): JSON request body of `POST /signature/lookup` (image by URL);
            the same fields as embed.
        body (LookupUploadRequest): Multipart request body of `POST /signature/lookup` (image
            uploaded; the vendor's `LookupSignatureFromDataRequest`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | LookupSignatureResponse]
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
    body: LookupByUrlRequest | LookupUploadRequest | Unset = UNSET,
) -> ErrorResponse | LookupSignatureResponse | None:
    """Check whether an image is already protected with SASHA Signature

     Creates a `lookup-signature` job for an image given either by URL (`application/json`, the same
    fields as
    embed) or by upload (`multipart/form-data`, the image in the `media` part). The generated function
    takes
    `body: LookupByUrlRequest | LookupUploadRequest` and sends the matching content type.

    When the job is `completed`, `signature_id` holds the identifier of the signature found in the
    image, or
    `null` when the image carries no SASHA Signature. A `failed` job carries `error`.

    Args:
        body (LookupByUrlRequest): JSON request body of `POST /signature/lookup` (image by URL);
            the same fields as embed.
        body (LookupUploadRequest): Multipart request body of `POST /signature/lookup` (image
            uploaded; the vendor's `LookupSignatureFromDataRequest`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | LookupSignatureResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: LookupByUrlRequest | LookupUploadRequest | Unset = UNSET,
) -> Response[ErrorResponse | LookupSignatureResponse]:
    """Check whether an image is already protected with SASHA Signature

     Creates a `lookup-signature` job for an image given either by URL (`application/json`, the same
    fields as
    embed) or by upload (`multipart/form-data`, the image in the `media` part). The generated function
    takes
    `body: LookupByUrlRequest | LookupUploadRequest` and sends the matching content type.

    When the job is `completed`, `signature_id` holds the identifier of the signature found in the
    image, or
    `null` when the image carries no SASHA Signature. A `failed` job carries `error`.

    Args:
        body (LookupByUrlRequest): JSON request body of `POST /signature/lookup` (image by URL);
            the same fields as embed.
        body (LookupUploadRequest): Multipart request body of `POST /signature/lookup` (image
            uploaded; the vendor's `LookupSignatureFromDataRequest`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | LookupSignatureResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: LookupByUrlRequest | LookupUploadRequest | Unset = UNSET,
) -> ErrorResponse | LookupSignatureResponse | None:
    """Check whether an image is already protected with SASHA Signature

     Creates a `lookup-signature` job for an image given either by URL (`application/json`, the same
    fields as
    embed) or by upload (`multipart/form-data`, the image in the `media` part). The generated function
    takes
    `body: LookupByUrlRequest | LookupUploadRequest` and sends the matching content type.

    When the job is `completed`, `signature_id` holds the identifier of the signature found in the
    image, or
    `null` when the image carries no SASHA Signature. A `failed` job carries `error`.

    Args:
        body (LookupByUrlRequest): JSON request body of `POST /signature/lookup` (image by URL);
            the same fields as embed.
        body (LookupUploadRequest): Multipart request body of `POST /signature/lookup` (image
            uploaded; the vendor's `LookupSignatureFromDataRequest`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | LookupSignatureResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.lookup_by_url_request import LookupByUrlRequest
from ...models.lookup_signature_response import LookupSignatureResponse
from ...models.lookup_upload_request import LookupUploadRequest
from ...types import UNSET, Response, Unset

#: This operation, as data (imagejobs reads these instead of parsing the source).
OPERATION_ID = "lookup_signature"
METHOD = "POST"
PATH = "/signature/lookup"
TAG = "signature"


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


def _is_success(status_code: int) -> bool:
    return status_code == 200


def _is_documented(status_code: int) -> bool:
    return (
        status_code == 200
        or status_code == 400
        or status_code == 401
        or status_code == 403
        or status_code == 429
    )


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> LookupSignatureResponse:
    """The success model; any other status raises (never an error model: with imagejobs clients it raised first)."""
    if response.status_code == 200:
        response_200 = LookupSignatureResponse.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[LookupSignatureResponse]:
    parsed: LookupSignatureResponse | None = None
    if _is_success(response.status_code):
        parsed = _parse_response(client=client, response=response)
    elif client.raise_on_unexpected_status and not _is_documented(response.status_code):
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: LookupByUrlRequest | LookupUploadRequest | Unset = UNSET,
) -> Response[LookupSignatureResponse]:
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
        imagejobs.errors.APIStatusError: With a client from ``imagejobs.<vendor>.client()``, an error answer raises
            its subclass (BadRequestError, AuthenticationError, PermissionDeniedError, NotFoundError, ConflictError,
            RateLimitError, ServerError) with the vendor's code, message, request id and raw body.
        imagejobs.errors.TransportError: With a client from imagejobs, no answer: APIConnectionError, APITimeoutError,
            or OutcomeUnknownError (a submit was sent and its answer lost: look the job up before sending it again).
        imagejobs.errors.CredentialsError: With a client from imagejobs, credentials missing or malformed (before sending).
        imagejobs.errors.ResponseError: With a client from imagejobs, an answer over the size cap or not readable.
        imagejobs.errors.SignatureError: With a client from imagejobs, an answer whose signature is absent or wrong.
        errors.UnexpectedStatus: With raise_on_unexpected_status (the plain generated Client's option), a status the
            spec does not document; any other status that is not a documented success leaves ``parsed`` None.
        KeyError, TypeError, ValueError: An answer not of the spec's shape (``imagejobs.call`` raises ResponseError).
        httpx.TimeoutException: With the plain generated Client, if the request takes longer than Client.timeout.

    Returns:
        Response[LookupSignatureResponse]: ``parsed`` is None unless the status is a documented success.
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
) -> LookupSignatureResponse:
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
        imagejobs.errors.APIStatusError: With a client from ``imagejobs.<vendor>.client()``, an error answer raises
            its subclass (BadRequestError, AuthenticationError, PermissionDeniedError, NotFoundError, ConflictError,
            RateLimitError, ServerError) with the vendor's code, message, request id and raw body.
        imagejobs.errors.TransportError: With a client from imagejobs, no answer: APIConnectionError, APITimeoutError,
            or OutcomeUnknownError (a submit was sent and its answer lost: look the job up before sending it again).
        imagejobs.errors.CredentialsError: With a client from imagejobs, credentials missing or malformed (before sending).
        imagejobs.errors.ResponseError: With a client from imagejobs, an answer over the size cap or not readable.
        imagejobs.errors.SignatureError: With a client from imagejobs, an answer whose signature is absent or wrong.
        errors.UnexpectedStatus: A status that is not a documented success (with a client from imagejobs, only one
            that is not an error answer, such as an undocumented 2XX).
        KeyError, TypeError, ValueError: An answer not of the spec's shape (``imagejobs.call`` raises ResponseError).
        httpx.TimeoutException: With the plain generated Client, if the request takes longer than Client.timeout.

    Returns:
        LookupSignatureResponse
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: LookupByUrlRequest | LookupUploadRequest | Unset = UNSET,
) -> Response[LookupSignatureResponse]:
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
        imagejobs.errors.APIStatusError: With a client from ``imagejobs.<vendor>.client()``, an error answer raises
            its subclass (BadRequestError, AuthenticationError, PermissionDeniedError, NotFoundError, ConflictError,
            RateLimitError, ServerError) with the vendor's code, message, request id and raw body.
        imagejobs.errors.TransportError: With a client from imagejobs, no answer: APIConnectionError, APITimeoutError,
            or OutcomeUnknownError (a submit was sent and its answer lost: look the job up before sending it again).
        imagejobs.errors.CredentialsError: With a client from imagejobs, credentials missing or malformed (before sending).
        imagejobs.errors.ResponseError: With a client from imagejobs, an answer over the size cap or not readable.
        imagejobs.errors.SignatureError: With a client from imagejobs, an answer whose signature is absent or wrong.
        errors.UnexpectedStatus: With raise_on_unexpected_status (the plain generated Client's option), a status the
            spec does not document; any other status that is not a documented success leaves ``parsed`` None.
        KeyError, TypeError, ValueError: An answer not of the spec's shape (``imagejobs.call`` raises ResponseError).
        httpx.TimeoutException: With the plain generated Client, if the request takes longer than Client.timeout.

    Returns:
        Response[LookupSignatureResponse]: ``parsed`` is None unless the status is a documented success.
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
) -> LookupSignatureResponse:
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
        imagejobs.errors.APIStatusError: With a client from ``imagejobs.<vendor>.client()``, an error answer raises
            its subclass (BadRequestError, AuthenticationError, PermissionDeniedError, NotFoundError, ConflictError,
            RateLimitError, ServerError) with the vendor's code, message, request id and raw body.
        imagejobs.errors.TransportError: With a client from imagejobs, no answer: APIConnectionError, APITimeoutError,
            or OutcomeUnknownError (a submit was sent and its answer lost: look the job up before sending it again).
        imagejobs.errors.CredentialsError: With a client from imagejobs, credentials missing or malformed (before sending).
        imagejobs.errors.ResponseError: With a client from imagejobs, an answer over the size cap or not readable.
        imagejobs.errors.SignatureError: With a client from imagejobs, an answer whose signature is absent or wrong.
        errors.UnexpectedStatus: A status that is not a documented success (with a client from imagejobs, only one
            that is not an error answer, such as an undocumented 2XX).
        KeyError, TypeError, ValueError: An answer not of the spec's shape (``imagejobs.call`` raises ResponseError).
        httpx.TimeoutException: With the plain generated Client, if the request takes longer than Client.timeout.

    Returns:
        LookupSignatureResponse
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_ai_image_info_response import ListAIImageInfoResponse
from ...types import UNSET, Response

#: This operation, as data (imagejobs reads these instead of parsing the source).
OPERATION_ID = "list_ai_image_info"
METHOD = "POST"
PATH = "/ListAIImageInfo"
TAG = "images"


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


def _is_success(status_code: int) -> bool:
    return status_code == 200


def _is_documented(status_code: int) -> bool:
    return (
        status_code == 200
        or status_code == 400
        or status_code == 403
        or status_code == 404
        or status_code == 500
        or status_code == 503
    )


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListAIImageInfoResponse:
    """The success model; any other status raises (never an error model: with imagejobs clients it raised first)."""
    if response.status_code == 200:
        response_200 = ListAIImageInfoResponse.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListAIImageInfoResponse]:
    parsed: ListAIImageInfoResponse | None = None
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
    video_id: str,
) -> Response[ListAIImageInfoResponse]:
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
        Response[ListAIImageInfoResponse]: ``parsed`` is None unless the status is a documented success.
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
) -> ListAIImageInfoResponse:
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
        ListAIImageInfoResponse
    """

    kwargs = _get_kwargs(
        video_id=video_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    video_id: str,
) -> Response[ListAIImageInfoResponse]:
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
        Response[ListAIImageInfoResponse]: ``parsed`` is None unless the status is a documented success.
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
) -> ListAIImageInfoResponse:
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
        ListAIImageInfoResponse
    """

    kwargs = _get_kwargs(
        video_id=video_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)

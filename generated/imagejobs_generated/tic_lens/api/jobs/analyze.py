from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.analyze_request import AnalyzeRequest
from ...models.analyze_response import AnalyzeResponse
from ...types import Response

#: This operation, as data (imagejobs reads these instead of parsing the source).
OPERATION_ID = "analyze"
METHOD = "POST"
PATH = "/sentinel/analyze"
TAG = "jobs"


def _get_kwargs(
    *,
    body: AnalyzeRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/sentinel/analyze",
    }

    _kwargs["files"] = body.to_multipart()

    _kwargs["headers"] = headers
    return _kwargs


def _is_success(status_code: int) -> bool:
    return status_code == 202


def _is_documented(status_code: int) -> bool:
    return (
        status_code == 202
        or status_code == 400
        or status_code == 401
        or status_code == 403
        or status_code == 429
    )


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AnalyzeResponse:
    """The success model; any other status raises (never an error model: with imagejobs clients it raised first)."""
    if response.status_code == 202:
        response_202 = AnalyzeResponse.from_dict(response.json())

        return response_202

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AnalyzeResponse]:
    parsed: AnalyzeResponse | None = None
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
    body: AnalyzeRequest,
) -> Response[AnalyzeResponse]:
    """Submit an image or PDF for forensic analysis

     Uploads one file (JPEG, PNG, HEIC, TIFF, WebP, GIF, BMP or PDF; at most 100 MB) as `multipart/form-
    data`.
    The file is forwarded to the Sentinel backend, a job is created and the call answers at once with
    202;
    then poll `GET /sentinel/jobs/{guid}` or pass `webhookUrl` to be notified when the analysis
    completes.
    Requires the Sentinel add-on (403 otherwise).

    Args:
        body (AnalyzeRequest): Form fields of `POST /sentinel/analyze` (`multipart/form-data`).

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
        Response[AnalyzeResponse]: ``parsed`` is None unless the status is a documented success.
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
    body: AnalyzeRequest,
) -> AnalyzeResponse:
    """Submit an image or PDF for forensic analysis

     Uploads one file (JPEG, PNG, HEIC, TIFF, WebP, GIF, BMP or PDF; at most 100 MB) as `multipart/form-
    data`.
    The file is forwarded to the Sentinel backend, a job is created and the call answers at once with
    202;
    then poll `GET /sentinel/jobs/{guid}` or pass `webhookUrl` to be notified when the analysis
    completes.
    Requires the Sentinel add-on (403 otherwise).

    Args:
        body (AnalyzeRequest): Form fields of `POST /sentinel/analyze` (`multipart/form-data`).

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
        AnalyzeResponse
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
    body: AnalyzeRequest,
) -> Response[AnalyzeResponse]:
    """Submit an image or PDF for forensic analysis

     Uploads one file (JPEG, PNG, HEIC, TIFF, WebP, GIF, BMP or PDF; at most 100 MB) as `multipart/form-
    data`.
    The file is forwarded to the Sentinel backend, a job is created and the call answers at once with
    202;
    then poll `GET /sentinel/jobs/{guid}` or pass `webhookUrl` to be notified when the analysis
    completes.
    Requires the Sentinel add-on (403 otherwise).

    Args:
        body (AnalyzeRequest): Form fields of `POST /sentinel/analyze` (`multipart/form-data`).

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
        Response[AnalyzeResponse]: ``parsed`` is None unless the status is a documented success.
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: AnalyzeRequest,
) -> AnalyzeResponse:
    """Submit an image or PDF for forensic analysis

     Uploads one file (JPEG, PNG, HEIC, TIFF, WebP, GIF, BMP or PDF; at most 100 MB) as `multipart/form-
    data`.
    The file is forwarded to the Sentinel backend, a job is created and the call answers at once with
    202;
    then poll `GET /sentinel/jobs/{guid}` or pass `webhookUrl` to be notified when the analysis
    completes.
    Requires the Sentinel add-on (403 otherwise).

    Args:
        body (AnalyzeRequest): Form fields of `POST /sentinel/analyze` (`multipart/form-data`).

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
        AnalyzeResponse
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)

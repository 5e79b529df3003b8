from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.job_status_request import JobStatusRequest
from ...models.job_status_response import JobStatusResponse
from ...types import Response

#: This operation, as data (imagejobs reads these instead of parsing the source).
OPERATION_ID = "get_job_status"
METHOD = "POST"
PATH = "/job_status"
TAG = "utilities"


def _get_kwargs(
    *,
    body: JobStatusRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/job_status",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

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
        or status_code == 404
        or status_code == 500
    )


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> JobStatusResponse:
    """The success model; any other status raises (never an error model: with imagejobs clients it raised first)."""
    if response.status_code == 200:
        response_200 = JobStatusResponse.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[JobStatusResponse]:
    parsed: JobStatusResponse | None = None
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
    body: JobStatusRequest,
) -> Response[JobStatusResponse]:
    """Get the status, result and optional history and image links of a job

     Returns whether the job is complete (`job_complete`), whether it succeeded (`job_success`), its
    final or
    latest `result`, and optionally the full `history` (all results sent to the callback) and signed,
    expiring `image_links`. Poll until `job_complete` is true, or use the callback.

    The request body carries `job_id`, `user_id`, `image_links` and `history`; the overlay adds the
    credentials (`signature`, `timestamp`, `partner_id`, or legacy `sec_key`) to the same JSON body.
    The response is signed with its own `timestamp` and the overlay verifies it.

    **Errors may arrive with HTTP 200** and an error `code` in the body (see `ResultCode`). The overlay
    maps
    `2304` -> not found, `2305` -> authentication error, `2313`/`2303` -> request error, `2301` ->
    server
    error, regardless of the HTTP status. The 4xx/5xx statuses below are documented from Smile ID's
    general
    error format `{code, error}` [I: the pairing of statuses and codes is inferred].

    Args:
        body (JobStatusRequest): Body of POST /job_status as filled by the caller. The overlay
            adds `signature`, `timestamp` and `partner_id`
            (or legacy `sec_key`) to the same JSON object.

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
        Response[JobStatusResponse]: ``parsed`` is None unless the status is a documented success.
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
    body: JobStatusRequest,
) -> JobStatusResponse:
    """Get the status, result and optional history and image links of a job

     Returns whether the job is complete (`job_complete`), whether it succeeded (`job_success`), its
    final or
    latest `result`, and optionally the full `history` (all results sent to the callback) and signed,
    expiring `image_links`. Poll until `job_complete` is true, or use the callback.

    The request body carries `job_id`, `user_id`, `image_links` and `history`; the overlay adds the
    credentials (`signature`, `timestamp`, `partner_id`, or legacy `sec_key`) to the same JSON body.
    The response is signed with its own `timestamp` and the overlay verifies it.

    **Errors may arrive with HTTP 200** and an error `code` in the body (see `ResultCode`). The overlay
    maps
    `2304` -> not found, `2305` -> authentication error, `2313`/`2303` -> request error, `2301` ->
    server
    error, regardless of the HTTP status. The 4xx/5xx statuses below are documented from Smile ID's
    general
    error format `{code, error}` [I: the pairing of statuses and codes is inferred].

    Args:
        body (JobStatusRequest): Body of POST /job_status as filled by the caller. The overlay
            adds `signature`, `timestamp` and `partner_id`
            (or legacy `sec_key`) to the same JSON object.

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
        JobStatusResponse
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
    body: JobStatusRequest,
) -> Response[JobStatusResponse]:
    """Get the status, result and optional history and image links of a job

     Returns whether the job is complete (`job_complete`), whether it succeeded (`job_success`), its
    final or
    latest `result`, and optionally the full `history` (all results sent to the callback) and signed,
    expiring `image_links`. Poll until `job_complete` is true, or use the callback.

    The request body carries `job_id`, `user_id`, `image_links` and `history`; the overlay adds the
    credentials (`signature`, `timestamp`, `partner_id`, or legacy `sec_key`) to the same JSON body.
    The response is signed with its own `timestamp` and the overlay verifies it.

    **Errors may arrive with HTTP 200** and an error `code` in the body (see `ResultCode`). The overlay
    maps
    `2304` -> not found, `2305` -> authentication error, `2313`/`2303` -> request error, `2301` ->
    server
    error, regardless of the HTTP status. The 4xx/5xx statuses below are documented from Smile ID's
    general
    error format `{code, error}` [I: the pairing of statuses and codes is inferred].

    Args:
        body (JobStatusRequest): Body of POST /job_status as filled by the caller. The overlay
            adds `signature`, `timestamp` and `partner_id`
            (or legacy `sec_key`) to the same JSON object.

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
        Response[JobStatusResponse]: ``parsed`` is None unless the status is a documented success.
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: JobStatusRequest,
) -> JobStatusResponse:
    """Get the status, result and optional history and image links of a job

     Returns whether the job is complete (`job_complete`), whether it succeeded (`job_success`), its
    final or
    latest `result`, and optionally the full `history` (all results sent to the callback) and signed,
    expiring `image_links`. Poll until `job_complete` is true, or use the callback.

    The request body carries `job_id`, `user_id`, `image_links` and `history`; the overlay adds the
    credentials (`signature`, `timestamp`, `partner_id`, or legacy `sec_key`) to the same JSON body.
    The response is signed with its own `timestamp` and the overlay verifies it.

    **Errors may arrive with HTTP 200** and an error `code` in the body (see `ResultCode`). The overlay
    maps
    `2304` -> not found, `2305` -> authentication error, `2313`/`2303` -> request error, `2301` ->
    server
    error, regardless of the HTTP status. The 4xx/5xx statuses below are documented from Smile ID's
    general
    error format `{code, error}` [I: the pairing of statuses and codes is inferred].

    Args:
        body (JobStatusRequest): Body of POST /job_status as filled by the caller. The overlay
            adds `signature`, `timestamp` and `partner_id`
            (or legacy `sec_key`) to the same JSON object.

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
        JobStatusResponse
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)

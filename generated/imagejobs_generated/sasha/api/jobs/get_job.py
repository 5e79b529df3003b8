from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_job_response import GetJobResponse
from ...types import Response

#: This operation, as data (imagejobs reads these instead of parsing the source).
OPERATION_ID = "get_job"
METHOD = "GET"
PATH = "/jobs/{job_id}"
TAG = "jobs"


def _get_kwargs(
    job_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/jobs/{job_id}".format(
            job_id=quote(str(job_id), safe=""),
        ),
    }

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
        or status_code == 429
    )


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetJobResponse:
    """The success model; any other status raises (never an error model: with imagejobs clients it raised first)."""
    if response.status_code == 200:
        response_200 = GetJobResponse.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetJobResponse]:
    parsed: GetJobResponse | None = None
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
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[GetJobResponse]:
    """Get one job

     Returns the current state of one job (the documented way to poll). The path is documented by the
    vendor; the
    `{job: Job}` envelope of the answer is inferred ([I]) from the embed and lookup responses.

    Args:
        job_id (str):

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
        Response[GetJobResponse]: ``parsed`` is None unless the status is a documented success.
    """

    kwargs = _get_kwargs(
        job_id=job_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> GetJobResponse:
    """Get one job

     Returns the current state of one job (the documented way to poll). The path is documented by the
    vendor; the
    `{job: Job}` envelope of the answer is inferred ([I]) from the embed and lookup responses.

    Args:
        job_id (str):

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
        GetJobResponse
    """

    kwargs = _get_kwargs(
        job_id=job_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[GetJobResponse]:
    """Get one job

     Returns the current state of one job (the documented way to poll). The path is documented by the
    vendor; the
    `{job: Job}` envelope of the answer is inferred ([I]) from the embed and lookup responses.

    Args:
        job_id (str):

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
        Response[GetJobResponse]: ``parsed`` is None unless the status is a documented success.
    """

    kwargs = _get_kwargs(
        job_id=job_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> GetJobResponse:
    """Get one job

     Returns the current state of one job (the documented way to poll). The path is documented by the
    vendor; the
    `{job: Job}` envelope of the answer is inferred ([I]) from the embed and lookup responses.

    Args:
        job_id (str):

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
        GetJobResponse
    """

    kwargs = _get_kwargs(
        job_id=job_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)

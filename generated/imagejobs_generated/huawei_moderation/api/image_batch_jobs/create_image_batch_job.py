from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_image_batch_job_request import CreateImageBatchJobRequest
from ...models.create_image_batch_job_response import CreateImageBatchJobResponse
from ...types import Response

#: This operation, as data (imagejobs reads these instead of parsing the source).
OPERATION_ID = "create_image_batch_job"
METHOD = "POST"
PATH = "/moderation/image/batch/jobs"
TAG = "image_batch_jobs"


def _get_kwargs(
    *,
    body: CreateImageBatchJobRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/moderation/image/batch/jobs",
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
        or status_code == 429
        or status_code == 500
    )


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateImageBatchJobResponse:
    """The success model; any other status raises (never an error model: with imagejobs clients it raised first)."""
    if response.status_code == 200:
        response_200 = CreateImageBatchJobResponse.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CreateImageBatchJobResponse]:
    parsed: CreateImageBatchJobResponse | None = None
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
    body: CreateImageBatchJobRequest,
) -> Response[CreateImageBatchJobResponse]:
    """Submit a batch image moderation job (Huawei "Job Submission", SDK RunTaskSumbit).

     Submits up to 500 image URLs (public HTTP/HTTPS URLs or authorized Huawei Cloud OBS URLs) as one
    asynchronous
    moderation job and returns the job ID used by `getImageBatchJobResult`.

    Huawei API: `POST /v2/{project_id}/moderation/image/batch/jobs` (the `/v2/{project_id}` prefix is in
    the
    server URL). The vendor page lists the `X-Auth-Token` request header: it is covered by the
    `iamToken`
    security scheme and injected by the overlay (or replaced by AK/SK signing), so it is not a parameter
    here.

    Results are kept at most 30 minutes after submission; Huawei advises polling the result every 30
    seconds.

    Args:
        body (CreateImageBatchJobRequest): Body of `createImageBatchJob` (Huawei `TaskSumbitReq`).

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
        Response[CreateImageBatchJobResponse]: ``parsed`` is None unless the status is a documented success.
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
    body: CreateImageBatchJobRequest,
) -> CreateImageBatchJobResponse:
    """Submit a batch image moderation job (Huawei "Job Submission", SDK RunTaskSumbit).

     Submits up to 500 image URLs (public HTTP/HTTPS URLs or authorized Huawei Cloud OBS URLs) as one
    asynchronous
    moderation job and returns the job ID used by `getImageBatchJobResult`.

    Huawei API: `POST /v2/{project_id}/moderation/image/batch/jobs` (the `/v2/{project_id}` prefix is in
    the
    server URL). The vendor page lists the `X-Auth-Token` request header: it is covered by the
    `iamToken`
    security scheme and injected by the overlay (or replaced by AK/SK signing), so it is not a parameter
    here.

    Results are kept at most 30 minutes after submission; Huawei advises polling the result every 30
    seconds.

    Args:
        body (CreateImageBatchJobRequest): Body of `createImageBatchJob` (Huawei `TaskSumbitReq`).

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
        CreateImageBatchJobResponse
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
    body: CreateImageBatchJobRequest,
) -> Response[CreateImageBatchJobResponse]:
    """Submit a batch image moderation job (Huawei "Job Submission", SDK RunTaskSumbit).

     Submits up to 500 image URLs (public HTTP/HTTPS URLs or authorized Huawei Cloud OBS URLs) as one
    asynchronous
    moderation job and returns the job ID used by `getImageBatchJobResult`.

    Huawei API: `POST /v2/{project_id}/moderation/image/batch/jobs` (the `/v2/{project_id}` prefix is in
    the
    server URL). The vendor page lists the `X-Auth-Token` request header: it is covered by the
    `iamToken`
    security scheme and injected by the overlay (or replaced by AK/SK signing), so it is not a parameter
    here.

    Results are kept at most 30 minutes after submission; Huawei advises polling the result every 30
    seconds.

    Args:
        body (CreateImageBatchJobRequest): Body of `createImageBatchJob` (Huawei `TaskSumbitReq`).

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
        Response[CreateImageBatchJobResponse]: ``parsed`` is None unless the status is a documented success.
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateImageBatchJobRequest,
) -> CreateImageBatchJobResponse:
    """Submit a batch image moderation job (Huawei "Job Submission", SDK RunTaskSumbit).

     Submits up to 500 image URLs (public HTTP/HTTPS URLs or authorized Huawei Cloud OBS URLs) as one
    asynchronous
    moderation job and returns the job ID used by `getImageBatchJobResult`.

    Huawei API: `POST /v2/{project_id}/moderation/image/batch/jobs` (the `/v2/{project_id}` prefix is in
    the
    server URL). The vendor page lists the `X-Auth-Token` request header: it is covered by the
    `iamToken`
    security scheme and injected by the overlay (or replaced by AK/SK signing), so it is not a parameter
    here.

    Results are kept at most 30 minutes after submission; Huawei advises polling the result every 30
    seconds.

    Args:
        body (CreateImageBatchJobRequest): Body of `createImageBatchJob` (Huawei `TaskSumbitReq`).

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
        CreateImageBatchJobResponse
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)

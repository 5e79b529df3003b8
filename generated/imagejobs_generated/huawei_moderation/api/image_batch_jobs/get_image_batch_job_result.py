from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_image_batch_job_result_response import GetImageBatchJobResultResponse
from ...types import UNSET, Response

#: This operation, as data (imagejobs reads these instead of parsing the source).
OPERATION_ID = "get_image_batch_job_result"
METHOD = "GET"
PATH = "/moderation/image/batch"
TAG = "image_batch_jobs"


def _get_kwargs(
    *,
    job_id: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["job_id"] = job_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/moderation/image/batch",
        "params": params,
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
        or status_code == 500
    )


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetImageBatchJobResultResponse:
    """The success model; any other status raises (never an error model: with imagejobs clients it raised first)."""
    if response.status_code == 200:
        response_200 = GetImageBatchJobResultResponse.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetImageBatchJobResultResponse]:
    parsed: GetImageBatchJobResultResponse | None = None
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
    job_id: str,
) -> Response[GetImageBatchJobResultResponse]:
    """Get the status and per-image results of a batch image moderation job (Huawei "Result Query", SDK
    RunCheckResult).

     Returns the job's status and, once it is processed, one result item per submitted URL. The batch job
    does not
    fail because one image fails: such an item carries `error_code`/`error_msg`.

    Jobs are stored on the cloud for at most 30 minutes (`x-imagejobs-result-ttl-seconds: 1800`); Huawei
    advises
    querying every 30 seconds after submission (`x-imagejobs-poll-interval-seconds: 30`). After 30
    minutes a job
    can no longer be queried.

    Huawei API: `GET /v2/{project_id}/moderation/image/batch?job_id=...`. The vendor page lists the
    `X-Auth-Token` request header: it is covered by the `iamToken` security scheme and injected by the
    overlay,
    so it is not a parameter here.

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
        Response[GetImageBatchJobResultResponse]: ``parsed`` is None unless the status is a documented success.
    """

    kwargs = _get_kwargs(
        job_id=job_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    job_id: str,
) -> GetImageBatchJobResultResponse:
    """Get the status and per-image results of a batch image moderation job (Huawei "Result Query", SDK
    RunCheckResult).

     Returns the job's status and, once it is processed, one result item per submitted URL. The batch job
    does not
    fail because one image fails: such an item carries `error_code`/`error_msg`.

    Jobs are stored on the cloud for at most 30 minutes (`x-imagejobs-result-ttl-seconds: 1800`); Huawei
    advises
    querying every 30 seconds after submission (`x-imagejobs-poll-interval-seconds: 30`). After 30
    minutes a job
    can no longer be queried.

    Huawei API: `GET /v2/{project_id}/moderation/image/batch?job_id=...`. The vendor page lists the
    `X-Auth-Token` request header: it is covered by the `iamToken` security scheme and injected by the
    overlay,
    so it is not a parameter here.

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
        GetImageBatchJobResultResponse
    """

    kwargs = _get_kwargs(
        job_id=job_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    job_id: str,
) -> Response[GetImageBatchJobResultResponse]:
    """Get the status and per-image results of a batch image moderation job (Huawei "Result Query", SDK
    RunCheckResult).

     Returns the job's status and, once it is processed, one result item per submitted URL. The batch job
    does not
    fail because one image fails: such an item carries `error_code`/`error_msg`.

    Jobs are stored on the cloud for at most 30 minutes (`x-imagejobs-result-ttl-seconds: 1800`); Huawei
    advises
    querying every 30 seconds after submission (`x-imagejobs-poll-interval-seconds: 30`). After 30
    minutes a job
    can no longer be queried.

    Huawei API: `GET /v2/{project_id}/moderation/image/batch?job_id=...`. The vendor page lists the
    `X-Auth-Token` request header: it is covered by the `iamToken` security scheme and injected by the
    overlay,
    so it is not a parameter here.

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
        Response[GetImageBatchJobResultResponse]: ``parsed`` is None unless the status is a documented success.
    """

    kwargs = _get_kwargs(
        job_id=job_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    job_id: str,
) -> GetImageBatchJobResultResponse:
    """Get the status and per-image results of a batch image moderation job (Huawei "Result Query", SDK
    RunCheckResult).

     Returns the job's status and, once it is processed, one result item per submitted URL. The batch job
    does not
    fail because one image fails: such an item carries `error_code`/`error_msg`.

    Jobs are stored on the cloud for at most 30 minutes (`x-imagejobs-result-ttl-seconds: 1800`); Huawei
    advises
    querying every 30 seconds after submission (`x-imagejobs-poll-interval-seconds: 30`). After 30
    minutes a job
    can no longer be queried.

    Huawei API: `GET /v2/{project_id}/moderation/image/batch?job_id=...`. The vendor page lists the
    `X-Auth-Token` request header: it is covered by the `iamToken` security scheme and injected by the
    overlay,
    so it is not a parameter here.

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
        GetImageBatchJobResultResponse
    """

    kwargs = _get_kwargs(
        job_id=job_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)

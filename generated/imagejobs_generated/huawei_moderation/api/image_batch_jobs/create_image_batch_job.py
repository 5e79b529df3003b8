from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_image_batch_job_request import CreateImageBatchJobRequest
from ...models.create_image_batch_job_response import CreateImageBatchJobResponse
from ...models.error_response import ErrorResponse
from ...types import Response


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


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateImageBatchJobResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = CreateImageBatchJobResponse.from_dict(response.json())

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

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CreateImageBatchJobResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateImageBatchJobRequest,
) -> Response[CreateImageBatchJobResponse | ErrorResponse]:
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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateImageBatchJobResponse | ErrorResponse]
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
) -> CreateImageBatchJobResponse | ErrorResponse | None:
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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateImageBatchJobResponse | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateImageBatchJobRequest,
) -> Response[CreateImageBatchJobResponse | ErrorResponse]:
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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateImageBatchJobResponse | ErrorResponse]
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
) -> CreateImageBatchJobResponse | ErrorResponse | None:
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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateImageBatchJobResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.get_image_batch_job_result_response import GetImageBatchJobResultResponse
from ...types import UNSET, Response


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


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GetImageBatchJobResultResponse | None:
    if response.status_code == 200:
        response_200 = GetImageBatchJobResultResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | GetImageBatchJobResultResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    job_id: str,
) -> Response[ErrorResponse | GetImageBatchJobResultResponse]:
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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetImageBatchJobResultResponse]
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
) -> ErrorResponse | GetImageBatchJobResultResponse | None:
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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetImageBatchJobResultResponse
    """

    return sync_detailed(
        client=client,
        job_id=job_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    job_id: str,
) -> Response[ErrorResponse | GetImageBatchJobResultResponse]:
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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetImageBatchJobResultResponse]
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
) -> ErrorResponse | GetImageBatchJobResultResponse | None:
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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetImageBatchJobResultResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            job_id=job_id,
        )
    ).parsed

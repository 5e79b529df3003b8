from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.job_status import JobStatus
from ...models.list_image_batch_jobs_response import ListImageBatchJobsResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    status: JobStatus | str | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_status: str | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    elif isinstance(status, JobStatus):
        json_status = status.value
    else:
        json_status = status
    params["status"] = json_status

    params["offset"] = offset

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/moderation/image/batch/jobs",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ListImageBatchJobsResponse | None:
    if response.status_code == 200:
        response_200 = ListImageBatchJobsResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | ListImageBatchJobsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    status: JobStatus | str | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[ErrorResponse | ListImageBatchJobsResponse]:
    """List batch image moderation jobs, optionally by status (Huawei "Job List Query", SDK
    RunCheckTaskJobs).

     Queries the account's batch image moderation jobs; `status` filters by job status, `offset`/`limit`
    page
    through them. `count` is the total number of jobs that match.

    Huawei API: `GET /v2/{project_id}/moderation/image/batch/jobs` (the seed page). The vendor page
    lists the
    `X-Auth-Token` request header: it is covered by the `iamToken` security scheme and injected by the
    overlay,
    so it is not a parameter here.

    Args:
        status (JobStatus | str | Unset):
        offset (int | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ListImageBatchJobsResponse]
    """

    kwargs = _get_kwargs(
        status=status,
        offset=offset,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    status: JobStatus | str | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> ErrorResponse | ListImageBatchJobsResponse | None:
    """List batch image moderation jobs, optionally by status (Huawei "Job List Query", SDK
    RunCheckTaskJobs).

     Queries the account's batch image moderation jobs; `status` filters by job status, `offset`/`limit`
    page
    through them. `count` is the total number of jobs that match.

    Huawei API: `GET /v2/{project_id}/moderation/image/batch/jobs` (the seed page). The vendor page
    lists the
    `X-Auth-Token` request header: it is covered by the `iamToken` security scheme and injected by the
    overlay,
    so it is not a parameter here.

    Args:
        status (JobStatus | str | Unset):
        offset (int | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ListImageBatchJobsResponse
    """

    return sync_detailed(
        client=client,
        status=status,
        offset=offset,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    status: JobStatus | str | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[ErrorResponse | ListImageBatchJobsResponse]:
    """List batch image moderation jobs, optionally by status (Huawei "Job List Query", SDK
    RunCheckTaskJobs).

     Queries the account's batch image moderation jobs; `status` filters by job status, `offset`/`limit`
    page
    through them. `count` is the total number of jobs that match.

    Huawei API: `GET /v2/{project_id}/moderation/image/batch/jobs` (the seed page). The vendor page
    lists the
    `X-Auth-Token` request header: it is covered by the `iamToken` security scheme and injected by the
    overlay,
    so it is not a parameter here.

    Args:
        status (JobStatus | str | Unset):
        offset (int | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ListImageBatchJobsResponse]
    """

    kwargs = _get_kwargs(
        status=status,
        offset=offset,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    status: JobStatus | str | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> ErrorResponse | ListImageBatchJobsResponse | None:
    """List batch image moderation jobs, optionally by status (Huawei "Job List Query", SDK
    RunCheckTaskJobs).

     Queries the account's batch image moderation jobs; `status` filters by job status, `offset`/`limit`
    page
    through them. `count` is the total number of jobs that match.

    Huawei API: `GET /v2/{project_id}/moderation/image/batch/jobs` (the seed page). The vendor page
    lists the
    `X-Auth-Token` request header: it is covered by the `iamToken` security scheme and injected by the
    overlay,
    so it is not a parameter here.

    Args:
        status (JobStatus | str | Unset):
        offset (int | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ListImageBatchJobsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            status=status,
            offset=offset,
            limit=limit,
        )
    ).parsed

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.get_ai_image_jobs_response import GetAIImageJobsResponse
from ...types import UNSET, Response


def _get_kwargs(
    *,
    job_ids: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["JobIds"] = job_ids

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/GetAIImageJobs",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GetAIImageJobsResponse | None:
    if response.status_code == 200:
        response_200 = GetAIImageJobsResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = ErrorResponse.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | GetAIImageJobsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    job_ids: str,
) -> Response[ErrorResponse | GetAIImageJobsResponse]:
    """Query up to 10 image AI processing jobs by job ID.

     RPC action `GetAIImageJobs` (sent as `POST /?Action=GetAIImageJobs&...` by the overlay, see
    `info.description`). The seed page. Regions: China (Beijing) and China (Shanghai).

    Submit jobs with `SubmitAIImageJob` first. At most 10 jobs can be queried in one request. Job
    `Status` is
    `success` or `fail` (documented values; others are kept as plain strings). The image URLs inside
    `AIImageResult` carry no authentication information: call `ListAIImageInfo` for signed, usable URLs.
    RAM action `vod:GetAIImageJobs` (access level list, all resources).

    Args:
        job_ids (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetAIImageJobsResponse]
    """

    kwargs = _get_kwargs(
        job_ids=job_ids,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    job_ids: str,
) -> ErrorResponse | GetAIImageJobsResponse | None:
    """Query up to 10 image AI processing jobs by job ID.

     RPC action `GetAIImageJobs` (sent as `POST /?Action=GetAIImageJobs&...` by the overlay, see
    `info.description`). The seed page. Regions: China (Beijing) and China (Shanghai).

    Submit jobs with `SubmitAIImageJob` first. At most 10 jobs can be queried in one request. Job
    `Status` is
    `success` or `fail` (documented values; others are kept as plain strings). The image URLs inside
    `AIImageResult` carry no authentication information: call `ListAIImageInfo` for signed, usable URLs.
    RAM action `vod:GetAIImageJobs` (access level list, all resources).

    Args:
        job_ids (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetAIImageJobsResponse
    """

    return sync_detailed(
        client=client,
        job_ids=job_ids,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    job_ids: str,
) -> Response[ErrorResponse | GetAIImageJobsResponse]:
    """Query up to 10 image AI processing jobs by job ID.

     RPC action `GetAIImageJobs` (sent as `POST /?Action=GetAIImageJobs&...` by the overlay, see
    `info.description`). The seed page. Regions: China (Beijing) and China (Shanghai).

    Submit jobs with `SubmitAIImageJob` first. At most 10 jobs can be queried in one request. Job
    `Status` is
    `success` or `fail` (documented values; others are kept as plain strings). The image URLs inside
    `AIImageResult` carry no authentication information: call `ListAIImageInfo` for signed, usable URLs.
    RAM action `vod:GetAIImageJobs` (access level list, all resources).

    Args:
        job_ids (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetAIImageJobsResponse]
    """

    kwargs = _get_kwargs(
        job_ids=job_ids,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    job_ids: str,
) -> ErrorResponse | GetAIImageJobsResponse | None:
    """Query up to 10 image AI processing jobs by job ID.

     RPC action `GetAIImageJobs` (sent as `POST /?Action=GetAIImageJobs&...` by the overlay, see
    `info.description`). The seed page. Regions: China (Beijing) and China (Shanghai).

    Submit jobs with `SubmitAIImageJob` first. At most 10 jobs can be queried in one request. Job
    `Status` is
    `success` or `fail` (documented values; others are kept as plain strings). The image URLs inside
    `AIImageResult` carry no authentication information: call `ListAIImageInfo` for signed, usable URLs.
    RAM action `vod:GetAIImageJobs` (access level list, all resources).

    Args:
        job_ids (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetAIImageJobsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            job_ids=job_ids,
        )
    ).parsed

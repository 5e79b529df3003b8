from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.submit_ai_image_job_response import SubmitAIImageJobResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    video_id: str,
    ai_template_id: str,
    user_data: str | Unset = UNSET,
    ai_pipeline_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["VideoId"] = video_id

    params["AITemplateId"] = ai_template_id

    params["UserData"] = user_data

    params["AIPipelineId"] = ai_pipeline_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/SubmitAIImageJob",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | SubmitAIImageJobResponse | None:
    if response.status_code == 200:
        response_200 = SubmitAIImageJobResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | SubmitAIImageJobResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    video_id: str,
    ai_template_id: str,
    user_data: str | Unset = UNSET,
    ai_pipeline_id: str | Unset = UNSET,
) -> Response[ErrorResponse | SubmitAIImageJobResponse]:
    """Submit an image AI processing job for a video.

     RPC action `SubmitAIImageJob` (sent as `POST /?Action=SubmitAIImageJob&...` by the overlay, see
    `info.description`). Regions: China (Beijing) and China (Shanghai).

    The job is asynchronous: the answer carries the job ID only. Query the job with `GetAIImageJobs`;
    the vendor
    also announces the result by event notification (callback) when one is configured. Source: the
    vendor's
    `SubmitAIImageJob` reference page and the official SDK model `SubmitAIImageJobRequest`.

    Args:
        video_id (str):
        ai_template_id (str):
        user_data (str | Unset):
        ai_pipeline_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SubmitAIImageJobResponse]
    """

    kwargs = _get_kwargs(
        video_id=video_id,
        ai_template_id=ai_template_id,
        user_data=user_data,
        ai_pipeline_id=ai_pipeline_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    video_id: str,
    ai_template_id: str,
    user_data: str | Unset = UNSET,
    ai_pipeline_id: str | Unset = UNSET,
) -> ErrorResponse | SubmitAIImageJobResponse | None:
    """Submit an image AI processing job for a video.

     RPC action `SubmitAIImageJob` (sent as `POST /?Action=SubmitAIImageJob&...` by the overlay, see
    `info.description`). Regions: China (Beijing) and China (Shanghai).

    The job is asynchronous: the answer carries the job ID only. Query the job with `GetAIImageJobs`;
    the vendor
    also announces the result by event notification (callback) when one is configured. Source: the
    vendor's
    `SubmitAIImageJob` reference page and the official SDK model `SubmitAIImageJobRequest`.

    Args:
        video_id (str):
        ai_template_id (str):
        user_data (str | Unset):
        ai_pipeline_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SubmitAIImageJobResponse
    """

    return sync_detailed(
        client=client,
        video_id=video_id,
        ai_template_id=ai_template_id,
        user_data=user_data,
        ai_pipeline_id=ai_pipeline_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    video_id: str,
    ai_template_id: str,
    user_data: str | Unset = UNSET,
    ai_pipeline_id: str | Unset = UNSET,
) -> Response[ErrorResponse | SubmitAIImageJobResponse]:
    """Submit an image AI processing job for a video.

     RPC action `SubmitAIImageJob` (sent as `POST /?Action=SubmitAIImageJob&...` by the overlay, see
    `info.description`). Regions: China (Beijing) and China (Shanghai).

    The job is asynchronous: the answer carries the job ID only. Query the job with `GetAIImageJobs`;
    the vendor
    also announces the result by event notification (callback) when one is configured. Source: the
    vendor's
    `SubmitAIImageJob` reference page and the official SDK model `SubmitAIImageJobRequest`.

    Args:
        video_id (str):
        ai_template_id (str):
        user_data (str | Unset):
        ai_pipeline_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SubmitAIImageJobResponse]
    """

    kwargs = _get_kwargs(
        video_id=video_id,
        ai_template_id=ai_template_id,
        user_data=user_data,
        ai_pipeline_id=ai_pipeline_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    video_id: str,
    ai_template_id: str,
    user_data: str | Unset = UNSET,
    ai_pipeline_id: str | Unset = UNSET,
) -> ErrorResponse | SubmitAIImageJobResponse | None:
    """Submit an image AI processing job for a video.

     RPC action `SubmitAIImageJob` (sent as `POST /?Action=SubmitAIImageJob&...` by the overlay, see
    `info.description`). Regions: China (Beijing) and China (Shanghai).

    The job is asynchronous: the answer carries the job ID only. Query the job with `GetAIImageJobs`;
    the vendor
    also announces the result by event notification (callback) when one is configured. Source: the
    vendor's
    `SubmitAIImageJob` reference page and the official SDK model `SubmitAIImageJobRequest`.

    Args:
        video_id (str):
        ai_template_id (str):
        user_data (str | Unset):
        ai_pipeline_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SubmitAIImageJobResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            video_id=video_id,
            ai_template_id=ai_template_id,
            user_data=user_data,
            ai_pipeline_id=ai_pipeline_id,
        )
    ).parsed

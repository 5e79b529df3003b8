from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.submit_ai_image_job_response import SubmitAIImageJobResponse
from ...types import UNSET, Response, Unset

#: This operation, as data (imagejobs reads these instead of parsing the source).
OPERATION_ID = "submit_ai_image_job"
METHOD = "POST"
PATH = "/SubmitAIImageJob"
TAG = "jobs"


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


def _is_success(status_code: int) -> bool:
    return status_code == 200


def _is_documented(status_code: int) -> bool:
    return (
        status_code == 200
        or status_code == 400
        or status_code == 403
        or status_code == 404
        or status_code == 500
        or status_code == 503
    )


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> SubmitAIImageJobResponse:
    """The success model; any other status raises (never an error model: with imagejobs clients it raised first)."""
    if response.status_code == 200:
        response_200 = SubmitAIImageJobResponse.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[SubmitAIImageJobResponse]:
    parsed: SubmitAIImageJobResponse | None = None
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
    video_id: str,
    ai_template_id: str,
    user_data: str | Unset = UNSET,
    ai_pipeline_id: str | Unset = UNSET,
) -> Response[SubmitAIImageJobResponse]:
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
        Response[SubmitAIImageJobResponse]: ``parsed`` is None unless the status is a documented success.
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
) -> SubmitAIImageJobResponse:
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
        SubmitAIImageJobResponse
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

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    video_id: str,
    ai_template_id: str,
    user_data: str | Unset = UNSET,
    ai_pipeline_id: str | Unset = UNSET,
) -> Response[SubmitAIImageJobResponse]:
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
        Response[SubmitAIImageJobResponse]: ``parsed`` is None unless the status is a documented success.
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
) -> SubmitAIImageJobResponse:
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
        SubmitAIImageJobResponse
    """

    kwargs = _get_kwargs(
        video_id=video_id,
        ai_template_id=ai_template_id,
        user_data=user_data,
        ai_pipeline_id=ai_pipeline_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.job_status_request import JobStatusRequest
from ...models.job_status_response import JobStatusResponse
from ...types import Response


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


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | JobStatusResponse | None:
    if response.status_code == 200:
        response_200 = JobStatusResponse.from_dict(response.json())

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

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | JobStatusResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: JobStatusRequest,
) -> Response[ErrorResponse | JobStatusResponse]:
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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | JobStatusResponse]
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
) -> ErrorResponse | JobStatusResponse | None:
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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | JobStatusResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: JobStatusRequest,
) -> Response[ErrorResponse | JobStatusResponse]:
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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | JobStatusResponse]
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
) -> ErrorResponse | JobStatusResponse | None:
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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | JobStatusResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed

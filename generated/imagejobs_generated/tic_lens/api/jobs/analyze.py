from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.analyze_request import AnalyzeRequest
from ...models.analyze_response import AnalyzeResponse
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    *,
    body: AnalyzeRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/sentinel/analyze",
    }

    _kwargs["files"] = body.to_multipart()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AnalyzeResponse | ErrorResponse | None:
    if response.status_code == 202:
        response_202 = AnalyzeResponse.from_dict(response.json())

        return response_202

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AnalyzeResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AnalyzeRequest,
) -> Response[AnalyzeResponse | ErrorResponse]:
    """Submit an image or PDF for forensic analysis

     Uploads one file (JPEG, PNG, HEIC, TIFF, WebP, GIF, BMP or PDF; at most 100 MB) as `multipart/form-
    data`.
    The file is forwarded to the Sentinel backend, a job is created and the call answers at once with
    202;
    then poll `GET /sentinel/jobs/{guid}` or pass `webhookUrl` to be notified when the analysis
    completes.
    Requires the Sentinel add-on (403 otherwise).

    Args:
        body (AnalyzeRequest): Form fields of `POST /sentinel/analyze` (`multipart/form-data`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AnalyzeResponse | ErrorResponse]
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
    body: AnalyzeRequest,
) -> AnalyzeResponse | ErrorResponse | None:
    """Submit an image or PDF for forensic analysis

     Uploads one file (JPEG, PNG, HEIC, TIFF, WebP, GIF, BMP or PDF; at most 100 MB) as `multipart/form-
    data`.
    The file is forwarded to the Sentinel backend, a job is created and the call answers at once with
    202;
    then poll `GET /sentinel/jobs/{guid}` or pass `webhookUrl` to be notified when the analysis
    completes.
    Requires the Sentinel add-on (403 otherwise).

    Args:
        body (AnalyzeRequest): Form fields of `POST /sentinel/analyze` (`multipart/form-data`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AnalyzeResponse | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AnalyzeRequest,
) -> Response[AnalyzeResponse | ErrorResponse]:
    """Submit an image or PDF for forensic analysis

     Uploads one file (JPEG, PNG, HEIC, TIFF, WebP, GIF, BMP or PDF; at most 100 MB) as `multipart/form-
    data`.
    The file is forwarded to the Sentinel backend, a job is created and the call answers at once with
    202;
    then poll `GET /sentinel/jobs/{guid}` or pass `webhookUrl` to be notified when the analysis
    completes.
    Requires the Sentinel add-on (403 otherwise).

    Args:
        body (AnalyzeRequest): Form fields of `POST /sentinel/analyze` (`multipart/form-data`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AnalyzeResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: AnalyzeRequest,
) -> AnalyzeResponse | ErrorResponse | None:
    """Submit an image or PDF for forensic analysis

     Uploads one file (JPEG, PNG, HEIC, TIFF, WebP, GIF, BMP or PDF; at most 100 MB) as `multipart/form-
    data`.
    The file is forwarded to the Sentinel backend, a job is created and the call answers at once with
    202;
    then poll `GET /sentinel/jobs/{guid}` or pass `webhookUrl` to be notified when the analysis
    completes.
    Requires the Sentinel add-on (403 otherwise).

    Args:
        body (AnalyzeRequest): Form fields of `POST /sentinel/analyze` (`multipart/form-data`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AnalyzeResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed

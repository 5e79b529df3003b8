from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.token_request import TokenRequest
from ...models.token_response import TokenResponse
from ...types import Response


def _get_kwargs(
    *,
    body: TokenRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/oauth/token",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | TokenResponse | None:
    if response.status_code == 200:
        response_200 = TokenResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | TokenResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TokenRequest,
) -> Response[ErrorResponse | TokenResponse]:
    """Get an access token with the OAuth 2.0 client-credentials grant

     Exchanges the partner's client credentials for a short-lived Bearer access token (`expires_in` is
    3600 seconds
    in the vendor's examples).

    This operation is not authenticated with a Bearer token (`security: []`). It is authenticated with
    HTTP Basic
    authentication instead: `Authorization: Basic base64(client_id + ":" + client_secret)`, as in
    `curl -u "CLIENT_ID:CLIENT_SECRET"` in the vendor's quickstart. The overlay adds that header itself
    (see
    `x-imagejobs-client-authentication`); it is not a parameter of the generated function. The overlay
    caches the
    token and requests a new one shortly before it expires or after a `401` from another operation.

    Args:
        body (TokenRequest): Form body of `POST /oauth/token` (`application/x-www-form-
            urlencoded`). The client credentials travel in the HTTP Basic `Authorization` header,
            which the overlay adds, not in this body.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | TokenResponse]
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
    body: TokenRequest,
) -> ErrorResponse | TokenResponse | None:
    """Get an access token with the OAuth 2.0 client-credentials grant

     Exchanges the partner's client credentials for a short-lived Bearer access token (`expires_in` is
    3600 seconds
    in the vendor's examples).

    This operation is not authenticated with a Bearer token (`security: []`). It is authenticated with
    HTTP Basic
    authentication instead: `Authorization: Basic base64(client_id + ":" + client_secret)`, as in
    `curl -u "CLIENT_ID:CLIENT_SECRET"` in the vendor's quickstart. The overlay adds that header itself
    (see
    `x-imagejobs-client-authentication`); it is not a parameter of the generated function. The overlay
    caches the
    token and requests a new one shortly before it expires or after a `401` from another operation.

    Args:
        body (TokenRequest): Form body of `POST /oauth/token` (`application/x-www-form-
            urlencoded`). The client credentials travel in the HTTP Basic `Authorization` header,
            which the overlay adds, not in this body.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | TokenResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TokenRequest,
) -> Response[ErrorResponse | TokenResponse]:
    """Get an access token with the OAuth 2.0 client-credentials grant

     Exchanges the partner's client credentials for a short-lived Bearer access token (`expires_in` is
    3600 seconds
    in the vendor's examples).

    This operation is not authenticated with a Bearer token (`security: []`). It is authenticated with
    HTTP Basic
    authentication instead: `Authorization: Basic base64(client_id + ":" + client_secret)`, as in
    `curl -u "CLIENT_ID:CLIENT_SECRET"` in the vendor's quickstart. The overlay adds that header itself
    (see
    `x-imagejobs-client-authentication`); it is not a parameter of the generated function. The overlay
    caches the
    token and requests a new one shortly before it expires or after a `401` from another operation.

    Args:
        body (TokenRequest): Form body of `POST /oauth/token` (`application/x-www-form-
            urlencoded`). The client credentials travel in the HTTP Basic `Authorization` header,
            which the overlay adds, not in this body.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | TokenResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: TokenRequest,
) -> ErrorResponse | TokenResponse | None:
    """Get an access token with the OAuth 2.0 client-credentials grant

     Exchanges the partner's client credentials for a short-lived Bearer access token (`expires_in` is
    3600 seconds
    in the vendor's examples).

    This operation is not authenticated with a Bearer token (`security: []`). It is authenticated with
    HTTP Basic
    authentication instead: `Authorization: Basic base64(client_id + ":" + client_secret)`, as in
    `curl -u "CLIENT_ID:CLIENT_SECRET"` in the vendor's quickstart. The overlay adds that header itself
    (see
    `x-imagejobs-client-authentication`); it is not a parameter of the generated function. The overlay
    caches the
    token and requests a new one shortly before it expires or after a `401` from another operation.

    Args:
        body (TokenRequest): Form body of `POST /oauth/token` (`application/x-www-form-
            urlencoded`). The client credentials travel in the HTTP Basic `Authorization` header,
            which the overlay adds, not in this body.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | TokenResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.token_request import TokenRequest
from ...models.token_response import TokenResponse
from ...types import Response

#: This operation, as data (imagejobs reads these instead of parsing the source).
OPERATION_ID = "get_token"
METHOD = "POST"
PATH = "/oauth/token"
TAG = "auth"


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


def _is_success(status_code: int) -> bool:
    return status_code == 200


def _is_documented(status_code: int) -> bool:
    return (
        status_code == 200
        or status_code == 400
        or status_code == 401
        or status_code == 429
    )


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> TokenResponse:
    """The success model; any other status raises (never an error model: with imagejobs clients it raised first)."""
    if response.status_code == 200:
        response_200 = TokenResponse.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[TokenResponse]:
    parsed: TokenResponse | None = None
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
    body: TokenRequest,
) -> Response[TokenResponse]:
    """Get an access token with the OAuth 2.0 client-credentials grant

     Exchanges the partner's client credentials for a short-lived Bearer access token (`expires_in` is
    3600 seconds
    in the vendor's examples).

    This operation is not authenticated with a Bearer token. It is authenticated with HTTP Basic
    authentication
    instead (`security: sashaClientBasic`): `Authorization: Basic base64(client_id + ":" +
    client_secret)`, as in
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
        Response[TokenResponse]: ``parsed`` is None unless the status is a documented success.
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
) -> TokenResponse:
    """Get an access token with the OAuth 2.0 client-credentials grant

     Exchanges the partner's client credentials for a short-lived Bearer access token (`expires_in` is
    3600 seconds
    in the vendor's examples).

    This operation is not authenticated with a Bearer token. It is authenticated with HTTP Basic
    authentication
    instead (`security: sashaClientBasic`): `Authorization: Basic base64(client_id + ":" +
    client_secret)`, as in
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
        TokenResponse
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TokenRequest,
) -> Response[TokenResponse]:
    """Get an access token with the OAuth 2.0 client-credentials grant

     Exchanges the partner's client credentials for a short-lived Bearer access token (`expires_in` is
    3600 seconds
    in the vendor's examples).

    This operation is not authenticated with a Bearer token. It is authenticated with HTTP Basic
    authentication
    instead (`security: sashaClientBasic`): `Authorization: Basic base64(client_id + ":" +
    client_secret)`, as in
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
        Response[TokenResponse]: ``parsed`` is None unless the status is a documented success.
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
) -> TokenResponse:
    """Get an access token with the OAuth 2.0 client-credentials grant

     Exchanges the partner's client credentials for a short-lived Bearer access token (`expires_in` is
    3600 seconds
    in the vendor's examples).

    This operation is not authenticated with a Bearer token. It is authenticated with HTTP Basic
    authentication
    instead (`security: sashaClientBasic`): `Authorization: Basic base64(client_id + ":" +
    client_secret)`, as in
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
        TokenResponse
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)

"""``call``/``acall``: any generated operation, with only the suite's typed errors.

The generated functions parse strictly: a body that is not the spec's shape raises ``KeyError``, ``TypeError`` or
``ValueError`` from inside the generated model. These helpers send the operation's own request on the overlay client
(signed, retried, error-checked) and turn a failed parse into :class:`~imagejobs.errors.ResponseError` with the raw
body kept::

    from imagejobs import call, tic_lens
    from imagejobs_generated.tic_lens.api.jobs import get_job

    job = call(get_job, guid, client=tic_lens.client())  # typed as get_job.sync is: SentinelJob

Both are typed from the operation module itself (a module satisfies a Protocol): the arguments are checked against
the operation's ``sync``/``asyncio`` (a misspelt keyword, or a client of another vendor, is a mypy error) and the
result is its success model.
"""

from __future__ import annotations

from collections.abc import Awaitable
from types import ModuleType
from typing import Any, ParamSpec, Protocol, TypeVar, cast

import httpx

from ._http import status_error
from .errors import ResponseError, UsageError

__all__ = ["AsyncOperation", "SyncOperation", "acall", "call"]

P = ParamSpec("P")
R = TypeVar("R")
R_co = TypeVar("R_co", covariant=True)

# What a generated model raises on a body of the wrong shape.
_PARSE_ERRORS = (KeyError, TypeError, ValueError, AttributeError, IndexError, OverflowError, RecursionError)


class SyncOperation(Protocol[P, R_co]):
    """A generated endpoint module (``imagejobs_generated.<vendor>.api.<tag>.<operation>``), by its ``sync``."""

    def sync(self, *args: P.args, **kwargs: P.kwargs) -> R_co: ...


class AsyncOperation(Protocol[P, R_co]):
    """A generated endpoint module, by its ``asyncio``."""

    def asyncio(self, *args: P.args, **kwargs: P.kwargs) -> Awaitable[R_co]: ...


def _vendor(operation: ModuleType) -> str:
    return operation.__name__.split(".")[1] if operation.__name__.startswith("imagejobs_generated.") else "unknown"


def _request(operation: ModuleType, args: tuple[Any, ...], kwargs: dict[str, Any]) -> tuple[Any, dict[str, Any]]:
    """The client and the operation's request arguments (everything but ``client`` is the operation's)."""
    arguments = dict(kwargs)
    client = arguments.pop("client", None)
    name = operation.__name__.rsplit(".", 1)[-1]
    if client is None:
        raise UsageError(f"{_vendor(operation)}: call({name}, ...) needs client=")
    try:
        request: dict[str, Any] = operation._get_kwargs(*args, **arguments)
    except TypeError as exc:  # a wrong or missing argument, from an untyped caller: refused before sending
        raise UsageError(f"{_vendor(operation)}: {name}: {exc}") from None
    return client, request


def _parse(operation: ModuleType, client: Any, response: httpx.Response) -> Any:
    vendor, name = _vendor(operation), operation.__name__.rsplit(".", 1)[-1]
    try:
        return operation._parse_response(client=client, response=response)
    except operation.errors.UnexpectedStatus:
        # Our clients raise on an error answer before this; a plain generated Client, or a status the spec does not
        # document as a success (a 201 for a 200), arrives here.
        if response.status_code >= 400:
            raise status_error(vendor, response) from None
        raise ResponseError(
            vendor,
            f"answer to {name} has status {response.status_code}, which the spec does not document as a success",
            status_code=response.status_code,
            body=response.content,
        ) from None
    except _PARSE_ERRORS as exc:
        raise ResponseError(
            vendor,
            f"answer to {name} does not match the spec ({type(exc).__name__})",
            status_code=response.status_code,
            body=response.content,
        ) from exc


def call(operation: SyncOperation[P, R], *args: P.args, **kwargs: P.kwargs) -> R:
    """``operation.sync(*args, **kwargs)``, raising only :class:`~imagejobs.ImageJobsError` subclasses."""
    module = cast(ModuleType, operation)
    client, request = _request(module, args, kwargs)
    response = client.get_httpx_client().request(**request)
    return cast(R, _parse(module, client, response))


async def acall(operation: AsyncOperation[P, R], *args: P.args, **kwargs: P.kwargs) -> R:
    """The async :func:`call`: ``await operation.asyncio(*args, **kwargs)`` with only the typed errors."""
    module = cast(ModuleType, operation)
    client, request = _request(module, args, kwargs)
    response = await client.get_async_httpx_client().request(**request)
    return cast(R, _parse(module, client, response))

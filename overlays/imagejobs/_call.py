"""``call``/``acall``: any generated operation, with only the suite's typed errors.

The generated functions parse strictly: a body that is not the spec's shape raises ``KeyError``, ``TypeError`` or
``ValueError`` from inside the generated model. These helpers send the operation's own request on the overlay client
(signed, retried, error-checked) and turn a failed parse into :class:`~imagejobs.errors.ResponseError` with the raw
body kept::

    from imagejobs import call, tic_lens
    from imagejobs_generated.tic_lens.api.jobs import get_job

    job = call(get_job, client=tic_lens.client(), guid=guid)
"""

from __future__ import annotations

from types import ModuleType
from typing import Any

import httpx

from .errors import ResponseError

__all__ = ["acall", "call"]

# What a generated model raises on a body of the wrong shape.
_PARSE_ERRORS = (KeyError, TypeError, ValueError, AttributeError, IndexError, OverflowError, RecursionError)


def _vendor(operation: ModuleType) -> str:
    return operation.__name__.split(".")[1] if operation.__name__.startswith("imagejobs_generated.") else "unknown"


def _parse(operation: ModuleType, client: Any, response: httpx.Response) -> Any:
    try:
        return operation._parse_response(client=client, response=response)
    except _PARSE_ERRORS as exc:
        name = operation.__name__.rsplit(".", 1)[-1]
        raise ResponseError(
            _vendor(operation),
            f"answer to {name} does not match the spec ({type(exc).__name__})",
            status_code=response.status_code,
            body=response.content,
        ) from exc


def call(operation: ModuleType, *, client: Any, **kwargs: Any) -> Any:
    """``operation.sync(client=client, **kwargs)``, raising only :class:`~imagejobs.ImageJobsError` subclasses."""
    response = client.get_httpx_client().request(**operation._get_kwargs(**kwargs))
    return _parse(operation, client, response)


async def acall(operation: ModuleType, *, client: Any, **kwargs: Any) -> Any:
    """The async :func:`call`."""
    response = await client.get_async_httpx_client().request(**operation._get_kwargs(**kwargs))
    return _parse(operation, client, response)

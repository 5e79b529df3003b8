"""What each generated client can do, read from the constants every generated endpoint module carries.

The custom template (``codegen/templates/endpoint_module.py.jinja``) emits ``OPERATION_ID``, ``METHOD``, ``PATH`` and
``TAG`` in each module, so nothing here reads generated source.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from dataclasses import dataclass
from types import ModuleType

from ._registry import generated_package


@dataclass(frozen=True)
class Operation:
    """One generated operation: ``module.sync(client=..., ...)`` and its async twins."""

    vendor: str
    tag: str
    #: The module's name: the spec's operationId in snake case (the template's ``OPERATION_ID``).
    name: str
    method: str
    path: str
    summary: str
    module: ModuleType


def operations(vendor: str) -> list[Operation]:
    """Every operation of a vendor's generated client, in tag and name order."""
    api = importlib.import_module(f"{generated_package(vendor).__name__}.api")
    found: list[Operation] = []
    for info in sorted(pkgutil.walk_packages(api.__path__, prefix=f"{api.__name__}."), key=lambda i: i.name):
        if info.ispkg:
            continue
        module = importlib.import_module(info.name)
        doc = inspect.getdoc(module.sync_detailed) or ""
        found.append(
            Operation(
                vendor=vendor,
                tag=module.TAG,
                name=module.OPERATION_ID,
                method=module.METHOD,
                path=module.PATH,
                summary=" ".join(doc.split("\n\n", 1)[0].split()),
                module=module,
            )
        )
    return found

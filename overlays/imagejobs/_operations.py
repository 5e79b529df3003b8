"""What each generated client can do, read from the generated endpoint modules themselves."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re
from dataclasses import dataclass
from types import ModuleType

from ._registry import generated_package

_METHOD = re.compile(r'"method":\s*"(\w+)"')
_URL = re.compile(r'"url":\s*f?"([^"]*)"')
_PLACEHOLDER = re.compile(r"\{quote\(str\((\w+)\)[^}]*\}")


@dataclass(frozen=True)
class Operation:
    """One generated operation: ``module.sync(client=..., ...)`` and its async twins."""

    vendor: str
    tag: str
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
        source = inspect.getsource(module._get_kwargs)
        method, url = _METHOD.search(source), _URL.search(source)
        doc = inspect.getdoc(module.sync_detailed) or ""
        found.append(
            Operation(
                vendor=vendor,
                tag=info.name.split(".")[-2],
                name=info.name.split(".")[-1],
                method=method.group(1).upper() if method else "?",
                path=_PLACEHOLDER.sub(r"{\1}", url.group(1)) if url else "?",
                summary=" ".join(doc.split("\n\n", 1)[0].split()),
                module=module,
            )
        )
    return found

"""The private names of other packages that imagejobs uses are the listed ones (``imagejobs._private_api``), each still
there and behaving as relied on in the installed versions."""

from __future__ import annotations

import ast
import importlib
import pkgutil
from collections.abc import Iterator
from pathlib import Path

import aiohttp
import httpx
import pytest

from imagejobs._private_api import PRIVATE_APIS
from imagejobs._registry import VENDORS, generated_package

PACKAGE = Path(__file__).resolve().parent.parent / "overlays" / "imagejobs"


def _module_name(path: Path) -> str:
    parts = ["imagejobs", *path.relative_to(PACKAGE).with_suffix("").parts]
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _trees() -> Iterator[tuple[str, ast.AST]]:
    for path in sorted(PACKAGE.rglob("*.py")):
        yield _module_name(path), ast.parse(path.read_text(encoding="utf-8"))


def _own_names() -> set[str]:
    """Private names the package defines itself: attributes it assigns, functions, classes, fields."""
    own = set()
    for _, tree in _trees():
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
                own.add(node.name)
            elif isinstance(node, ast.Attribute) and isinstance(node.ctx, ast.Store):
                if isinstance(node.value, ast.Name) and node.value.id in ("self", "cls"):
                    own.add(node.attr)
            elif isinstance(node, ast.AnnAssign | ast.Assign):
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                own |= {t.id for t in targets if isinstance(t, ast.Name)}
            elif isinstance(node, ast.Dict):  # attrs fields declared in a namespace dict (_client._configured_class)
                own |= {k.value for k in node.keys if isinstance(k, ast.Constant) and isinstance(k.value, str)}
    return {name for name in own if name.startswith("_")}


def _private_uses() -> set[tuple[str, str]]:
    """(name, our module) of every private attribute of something that is not ours."""
    own = _own_names()
    found = set()
    for module, tree in _trees():
        for node in ast.walk(tree):
            if not isinstance(node, ast.Attribute) or not node.attr.startswith("_") or node.attr.startswith("__"):
                continue
            if isinstance(node.value, ast.Name) and node.value.id in ("self", "cls"):
                continue
            if node.attr not in own:
                found.add((node.attr, module))
    return found


def test_every_private_use_is_listed_with_its_reason() -> None:
    listed = {(use.name, user) for use in PRIVATE_APIS for user in use.users}
    assert _private_uses() == listed
    assert all(len(use.why) > 40 for use in PRIVATE_APIS)


def test_httpx_response_internals_still_behave() -> None:
    response = httpx.Response(200, headers={"content-encoding": "gzip"}, content=b"")
    decoder = response._get_content_decoder()
    assert hasattr(decoder, "decode") and hasattr(decoder, "flush")
    plain = httpx.Response(200, stream=httpx.ByteStream(b"{}"))
    plain._content = b'{"a": 1}'  # what our capped read stores: the public accessors must see it
    assert plain.content == b'{"a": 1}' and plain.json() == {"a": 1}


def test_the_sync_transports_network_backend_is_still_where_we_set_it() -> None:
    transport = httpx.HTTPTransport()
    try:
        backend = transport._pool._network_backend
        assert hasattr(backend, "connect_tcp")
    finally:
        transport.close()


def test_aiohttp_retry_switch_still_exists() -> None:
    import asyncio

    async def check() -> None:
        session = aiohttp.ClientSession()
        try:
            assert isinstance(session._retry_connection, bool)
        finally:
            await session.close()

    asyncio.run(check())


def _operations(vendor: str) -> Iterator[object]:
    api = importlib.import_module(f"{generated_package(vendor).__name__}.api")
    for tag in pkgutil.iter_modules(api.__path__, api.__name__ + "."):
        package = importlib.import_module(tag.name)
        for info in pkgutil.iter_modules(package.__path__, package.__name__ + "."):
            yield importlib.import_module(info.name)


@pytest.mark.parametrize("vendor", VENDORS)
def test_every_generated_operation_has_the_private_functions_we_call(vendor: str) -> None:
    operations = list(_operations(vendor))
    assert operations
    for operation in operations:
        assert callable(operation._get_kwargs) and callable(operation._parse_response)  # type: ignore[attr-defined]

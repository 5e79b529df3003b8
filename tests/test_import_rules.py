"""The house rules of imports, as tests: what may import what, read from the source and checked in a fresh process.

- ``imagejobs_generated`` never imports ``imagejobs``;
- vendor modules never import each other (nor another vendor's generated package);
- shared modules reach vendor modules only through the registry (``imagejobs._registry``);
- the client path never imports the sandbox or the CLI;
- ``imagejobs.__all__`` is what it is pinned to here (a change is a public API change: update the pin on purpose).
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

import imagejobs
from imagejobs._registry import VENDORS

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "overlays" / "imagejobs"
GENERATED = ROOT / "generated" / "imagejobs_generated"


def _imports(path: Path, package: str) -> Iterator[tuple[int, str]]:
    """(line, absolute module) of every import in a module, relative ones resolved against ``package``."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                parts = package.split(".")
                base = ".".join(parts[: len(parts) - node.level + 1])
                module = f"{base}.{node.module}" if node.module else base
            else:
                module = node.module or ""
            yield node.lineno, module
            for alias in node.names:  # `from . import sasha` imports the submodule
                yield node.lineno, f"{module}.{alias.name}"


def _package_of(path: Path, root: Path, name: str) -> str:
    relative = path.relative_to(root).with_suffix("")
    parts = [name, *relative.parts[:-1]]
    return ".".join(parts)


def _modules(root: Path, name: str) -> Iterator[tuple[Path, str]]:
    for path in sorted(root.rglob("*.py")):
        yield path, _package_of(path, root, name)


def _names(module: str) -> list[str]:
    """The module and its parents: ``a.b.c`` -> ``a``, ``a.b``, ``a.b.c``."""
    parts = module.split(".")
    return [".".join(parts[: i + 1]) for i in range(len(parts))]


def test_generated_never_imports_imagejobs() -> None:
    found = [
        f"{path.relative_to(ROOT)}:{line}: {module}"
        for path, package in _modules(GENERATED, "imagejobs_generated")
        for line, module in _imports(path, package)
        if "imagejobs" in _names(module)
    ]
    assert found == []


def _vendor_of(module: str) -> str | None:
    """The vendor a module belongs to: ``imagejobs.<v>``, ``imagejobs.sandbox._<v>``, ``imagejobs_generated.<v>...``."""
    parts = module.split(".")
    if len(parts) >= 2 and parts[0] in ("imagejobs", "imagejobs_generated") and parts[1] in VENDORS:
        return parts[1]
    if parts[:2] == ["imagejobs", "sandbox"] and len(parts) >= 3 and parts[2].lstrip("_") in VENDORS:
        return parts[2].lstrip("_")
    return None


@pytest.mark.parametrize("vendor", VENDORS)
def test_vendor_modules_never_import_each_other(vendor: str) -> None:
    found = []
    for path in (PACKAGE / f"{vendor}.py", PACKAGE / "sandbox" / f"_{vendor}.py"):
        package = "imagejobs.sandbox" if path.parent.name == "sandbox" else "imagejobs"
        for line, module in _imports(path, package):
            other = _vendor_of(module)
            if other is not None and other != vendor:
                found.append(f"{path.relative_to(ROOT)}:{line}: {module}")
    assert found == []


def _shared_modules() -> Iterator[tuple[Path, str]]:
    vendor_files = {PACKAGE / f"{v}.py" for v in VENDORS} | {PACKAGE / "sandbox" / f"_{v}.py" for v in VENDORS}
    for path, package in _modules(PACKAGE, "imagejobs"):
        if path not in vendor_files and path.name != "_registry.py":
            yield path, package


def test_shared_modules_import_no_vendor_module() -> None:
    """Statically: a shared module names no vendor module; it asks the registry (``vendor_module``, ``descriptor``)."""
    found = [
        f"{path.relative_to(ROOT)}:{line}: {module}"
        for path, package in _shared_modules()
        for line, module in _imports(path, package)
        if _vendor_of(module) is not None
    ]
    assert found == []


def _loaded_after(code: str) -> set[str]:
    """The modules of our two packages loaded in a fresh interpreter after running ``code``."""
    script = (
        f"{code}\nimport json, sys\n"
        "print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] in ('imagejobs', 'imagejobs_generated'))))"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=True)
    return set(json.loads(done.stdout.splitlines()[-1]))


def test_shared_modules_load_no_vendor_until_asked() -> None:
    """At run time: importing every shared module (the sandbox's excepted) loads no vendor module."""
    shared = [package + ("" if path.name == "__init__.py" else f".{path.stem}") for path, package in _shared_modules()]
    shared = [m for m in shared if not m.startswith("imagejobs.sandbox")]
    loaded = _loaded_after("\n".join(f"import {m}" for m in shared))
    assert {m for m in loaded if _vendor_of(m)} == set()


def test_the_client_path_never_imports_the_sandbox_or_the_cli() -> None:
    """Every vendor's client and job source, built and used for a normalization, without the sandbox or the CLI."""
    code = "\n".join(
        [
            "import imagejobs",
            "from imagejobs._registry import VENDORS, vendor_module, descriptor",
            "for v in VENDORS:",
            "    m = vendor_module(v)",
            "    d = descriptor(v)",
            "    c = m.client(**d.bench.credentials, base_url='https://127.0.0.1:1' + d.bench.base_path)",
            "    m.jobs(c); c.get_httpx_client(); c.get_async_httpx_client()",
            "try:",
            "    imagejobs.normalize(VENDORS[0], {})",
            "except imagejobs.ImageJobsError:",
            "    pass",
            "imagejobs.wait([], timeout=0)",
        ]
    )
    loaded = _loaded_after(code)
    assert {m for m in loaded if _vendor_of(m)} >= {f"imagejobs.{v}" for v in VENDORS}  # the check saw them all
    assert not {m for m in loaded if m.startswith(("imagejobs.sandbox", "imagejobs.cli", "imagejobs._demo"))}


def test_only_the_cli_and_the_demo_import_the_sandbox_or_the_cli() -> None:
    allowed = {PACKAGE / "cli.py", PACKAGE / "_demo.py"}
    found = []
    for path, package in _modules(PACKAGE, "imagejobs"):
        if path in allowed or path.parent.name == "sandbox":
            continue
        for line, module in _imports(path, package):
            if module.startswith(("imagejobs.sandbox", "imagejobs.cli", "imagejobs._demo")):
                found.append(f"{path.relative_to(ROOT)}:{line}: {module}")
    assert found == []


#: The public names of ``imagejobs``, besides one module per vendor (``VENDORS``). A change here is an API change.
PUBLIC = [
    "APIConnectionError", "APIStatusError", "APITimeoutError", "AccessKey", "AuthenticationError",
    "BadRequestError", "ConflictError", "CredentialsError", "CrossOriginRedirectError", "DEFAULT_POLICIES",
    "ExactNumber",
    "ImageJobsError", "Job", "JobError", "JobExpiredError", "JobOutput", "LostJob", "JobRef", "JobSource", "JobState",
    "MemoryRequestIdStore", "MissingDependencyError", "NotFoundError", "OutcomeUnknownError",
    "PermissionDeniedError", "PollPolicy", "RateLimitError", "RefLike", "ReplayError", "RequestIdStore",
    "ResponseError", "RetryPolicy", "ServerError", "SignatureError", "SpecVersion", "TransportError",
    "UnknownVendorError", "UnsupportedOperation", "UsageError", "VENDORS", "WaitResult", "__version__", "acall",
    "await_jobs", "call", "decode_token", "encode_token", "normalize", "spec_versions", "wait",
]  # fmt: skip


def test_the_public_names_are_pinned() -> None:
    assert sorted(imagejobs.__all__) == sorted([*PUBLIC, *VENDORS])
    assert len(imagejobs.__all__) == len(set(imagejobs.__all__))
    for name in imagejobs.__all__:
        assert getattr(imagejobs, name) is not None, name
    assert dir(imagejobs) == sorted(imagejobs.__all__)

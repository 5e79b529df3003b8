"""One place per vendor: a vendor is its spec, its overlay module, its sandbox module and one line of the registry.

Everything else (the poller, the CLI, the demo, the sandbox runner, the HTTP client, the benchmarks, the fault matrix,
the tests) reads the vendor's descriptor through ``imagejobs._registry``. These tests fail when a vendor is listed
anywhere else, and when the places that must name it (the Job schema's vendor enum, the README tables) disagree.
"""

from __future__ import annotations

import ast
import importlib
import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

import imagejobs
from imagejobs._registry import VENDORS, descriptor, descriptors
from imagejobs._vendor import VendorDescriptor
from imagejobs.sandbox import sandbox_class

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "overlays" / "imagejobs"
NAMES = frozenset(VENDORS)

#: Vendor lists allowed outside the registry, each with its reason: (file, function) -> why.
ALLOWED = {
    ("scripts/bench.py", "_official_sdks"): "the official SDKs, optional by nature: a new vendor needs no entry",
}


def _vendor_files() -> set[Path]:
    return {PACKAGE / f"{v}.py" for v in VENDORS} | {PACKAGE / "sandbox" / f"_{v}.py" for v in VENDORS}


def _shared_modules() -> list[Path]:
    """Every module of the package that is not a vendor's own (the registry is the one allowed to list them)."""
    every = sorted(PACKAGE.rglob("*.py"))
    return [p for p in every if p not in _vendor_files() and p != PACKAGE / "_registry.py"]


def _docstrings(tree: ast.AST) -> set[int]:
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                found.add(id(first.value))
    return found


def _function_of(tree: ast.AST) -> dict[int, str]:
    owner: dict[int, str] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            for child in ast.walk(node):
                owner.setdefault(id(child), node.name)
    return owner


def _vendor_constants(tree: ast.AST) -> Iterator[tuple[int, str]]:
    docstrings = _docstrings(tree)
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and node.value in NAMES and id(node) not in docstrings:
            yield node.lineno, str(node.value)


def _vendor_lists(tree: ast.AST) -> Iterator[ast.AST]:
    """Collection literals naming two vendors or more, and comparisons with a vendor's name (branching on it)."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Tuple | ast.List | ast.Set | ast.Dict):
            items = node.keys if isinstance(node, ast.Dict) else node.elts
            if len({i.value for i in items if isinstance(i, ast.Constant) and i.value in NAMES}) >= 2:
                yield node
        operands = [node.left, *node.comparators] if isinstance(node, ast.Compare) else []
        if any(isinstance(c, ast.Constant) and c.value in NAMES for c in operands):
            yield node


def _relative(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


def test_shared_modules_name_no_vendor() -> None:
    """The shared modules of the package (the sandbox runner included) reach vendors only through the registry."""
    found = []
    for path in _shared_modules():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        found += [f"{_relative(path)}:{line}: {name!r}" for line, name in _vendor_constants(tree)]
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom):
                named = {(node.module or "").split(".")[-1].lstrip("_"), *(a.name.lstrip("_") for a in node.names)}
                found += [f"{_relative(path)}:{node.lineno}: imports {n}" for n in named & NAMES]
    assert found == []


def test_scripts_and_tests_list_no_vendors() -> None:
    """Scripts derive their vendor lists from the registry; tests never enumerate every vendor by hand (they may hold
    vendor-specific data, or test the few vendors that share a feature)."""
    found = []
    for path in sorted([*(ROOT / "scripts").glob("*.py"), *(ROOT / "tests").glob("*.py")]):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        owner = _function_of(tree)
        is_test = path.parent.name == "tests"
        for node in _vendor_lists(tree):
            if (_relative(path), owner.get(id(node), "")) in ALLOWED:
                continue
            if is_test and not _every_vendor_listed(node):
                continue  # vendor-specific test data, or a test of the few vendors that share a feature
            found.append(f"{_relative(path)}:{getattr(node, 'lineno', 0)}")
    assert found == []


def _every_vendor_listed(node: ast.AST) -> bool:
    """A literal of nothing but vendor names, all of them: an enumeration of the vendors kept in step by hand."""
    if isinstance(node, ast.Tuple | ast.List | ast.Set):
        names = [e.value for e in node.elts if isinstance(e, ast.Constant)]
        return len(names) == len(node.elts) and set(names) == NAMES
    return False


def test_every_vendor_has_its_places_and_nothing_more() -> None:
    assert {p.stem for p in (ROOT / "specs").glob("*.yaml")} == NAMES
    generated = ROOT / "generated" / "imagejobs_generated"
    assert {p.name for p in generated.iterdir() if (p / "client.py").exists()} == NAMES
    with_descriptor = {p.stem for p in PACKAGE.glob("*.py") if "\nDESCRIPTOR: Final = " in p.read_text("utf-8")}
    assert with_descriptor == NAMES
    assert {p.stem.lstrip("_") for p in (PACKAGE / "sandbox").glob("_*.py") if "\nSANDBOX = " in p.read_text()} == NAMES


@pytest.mark.parametrize("vendor", VENDORS)
def test_each_descriptor_is_complete_and_consistent(vendor: str) -> None:
    found = descriptor(vendor)
    assert isinstance(found, VendorDescriptor) and found.name == vendor
    assert sandbox_class(vendor).vendor == vendor
    assert found.sandbox == f"imagejobs.sandbox._{vendor}"
    importlib.import_module(found.bench.operation)  # a generated operation that exists
    source_class = importlib.import_module(f"imagejobs.{vendor}").Jobs
    assert (found.submit is None) == (getattr(source_class, "plan_submit", None) is None)
    assert (found.faults.submit is None) == (found.submit is None)
    for operation in {found.faults.get, found.faults.poll, found.faults.submit} - {None}:
        assert operation in found.faults.methods
    if found.submit is not None:
        assert {flag.keyword for flag in found.submit.flags} <= set(source_class.plan_submit.__code__.co_varnames)
    assert all(name == name.lower() for name in found.secret_headers | set(found.request_id_headers))


def test_the_job_schema_enum_lists_the_registry() -> None:
    schema = json.loads((ROOT / "specs" / "normalized_job.schema.json").read_text(encoding="utf-8"))
    enums = [d["enum"] for d in _schema_nodes(schema) if isinstance(d.get("enum"), list) and NAMES & set(d["enum"])]
    assert enums and all(enum == list(VENDORS) for enum in enums)
    assert [v.value for v in imagejobs.Job.model_fields["vendor"].annotation] == list(VENDORS)  # type: ignore[union-attr]


def _schema_nodes(node: object) -> Iterator[dict[str, object]]:
    if isinstance(node, dict):
        yield node
        for child in node.values():
            yield from _schema_nodes(child)
    elif isinstance(node, list):
        for child in node:
            yield from _schema_nodes(child)


def _table_rows(first_cell: str) -> list[list[str]]:
    """The rows of the README table whose header starts with ``first_cell``, as stripped cells."""
    lines = (ROOT / "README.md").read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith(f"| {first_cell} |"))
    rows = []
    for line in lines[start + 2 :]:
        if not line.startswith("|"):
            break
        rows.append([cell.strip() for cell in line.strip("|").split("|")])
    return rows


def test_the_readme_tables_agree_with_the_descriptors() -> None:
    apis = _table_rows("vendor (spec name)")
    assert [(r[0], r[1]) for r in apis] == [(f"`{d.name}`", d.title) for d in descriptors()]
    factories = _table_rows("factory")
    assert [r[0] for r in factories] == [f"`{v}.client`" for v in VENDORS]
    states = _table_rows("vendor")
    assert [r[0] for r in states] == list(VENDORS)
    for row in states:
        table = descriptor(row[0]).states
        if table:  # Smile has no status field: its row explains its flags instead
            pairs = dict(pair.split(" -> ") for pair in row[1].split(", "))
            assert pairs == {status: state.value for status, state in table.items()}, row[0]
    webhooks = [re.sub(r"[`*]", "", r[0]).split()[0] for r in _table_rows("vendor | checked")]
    assert set(webhooks) <= NAMES  # the vendors that send callbacks: a subset


def test_default_policies_come_from_the_descriptors_lazily() -> None:
    """The poller's defaults are each descriptor's own (read on first use: no row to keep in step by hand)."""
    from imagejobs._poller import DEFAULT_POLICIES

    assert dict(DEFAULT_POLICIES) == {d.name: d.poll_policy for d in descriptors()}
    assert "acme" not in DEFAULT_POLICIES
    with pytest.raises(KeyError):
        DEFAULT_POLICIES["acme"]


def test_a_wait_with_given_policies_needs_no_default() -> None:
    from imagejobs import JobRef, PollPolicy, wait

    vendor = VENDORS[-1]
    module = importlib.import_module(f"imagejobs.{vendor}")
    client = module.client(**descriptor(vendor).bench.credentials, base_url="https://127.0.0.1:1")
    ref = JobRef(vendor=vendor, job_id="3c90c3cc-0d44-4b50-8888-8dd25736052a")
    result = wait([ref], sources=[module.jobs(client)], policies={vendor: PollPolicy(0.5, 1.0)}, timeout=0)
    assert result.pending == [ref] and result.done == []

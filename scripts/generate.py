#!/usr/bin/env python3
"""Regenerate ``generated/`` from ``specs/``: the only way code gets into ``generated/``.

    python scripts/generate.py            # validate the specs, regenerate, replace generated/
    python scripts/generate.py --check    # regenerate into a temporary folder, compare, touch nothing

``generated/`` is a source root holding one package, ``imagejobs_generated``: each ``specs/<name>.yaml`` becomes
``imagejobs_generated.<name>`` (openapi-python-client, plus a ``spec_info`` module naming the spec's version and
SHA-256), and ``specs/normalized_job.schema.json`` becomes ``imagejobs_generated.normalized_job``
(datamodel-code-generator).
The generators run as subprocesses, in parallel, with pinned versions and isolated formatting, so two runs give the
same bytes on any machine. Exit status: 0 in sync / regenerated, 1 drift (``--check``), 2 invalid spec or generator
failure.
"""

from __future__ import annotations

import argparse
import difflib
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPECS = ROOT / "specs"
PACKAGE = "imagejobs_generated"
GENERATED = ROOT / "generated" / PACKAGE
#: How the files under GENERATED are named in messages: from the repository root.
SHOWN = f"generated/{PACKAGE}"
CODEGEN = ROOT / "codegen"
JOB_SCHEMA = SPECS / "normalized_job.schema.json"
JOB_MODULE = "normalized_job.py"

PACKAGE_INIT = '''"""Code generated from ``specs/`` by ``scripts/generate.py``.

Do not edit: change the spec (or codegen/) and regenerate.

One package per vendor spec (``imagejobs_generated.<name>``, openapi-python-client) and the normalized Job models
(``imagejobs_generated.normalized_job``, datamodel-code-generator).
"""

import importlib

#: Every vendor package, by its spec name.
VENDORS = ({vendors})


def spec_versions() -> dict[str, tuple[str, str]]:
    """Each vendor package's spec as ``{{name: (info.version, SHA-256 of the spec file)}}``."""
    found: dict[str, tuple[str, str]] = {{}}
    for name in VENDORS:
        info = importlib.import_module(f"{{__name__}}.{{name}}.spec_info")
        found[name] = (info.SPEC_VERSION, info.SPEC_SHA256)
    return found
'''

# datamodel-code-generator options for the normalized Job (pydantic v2, timezone-aware datetimes).
DATAMODEL_ARGS = [
    "--input-file-type", "jsonschema",
    "--output-model-type", "pydantic_v2.BaseModel",
    "--target-python-version", "3.11",
    "--class-name", "Job",
    "--output-datetime-class", "AwareDatetime",
    "--strict-nullable",
    "--field-constraints",
    "--use-annotated",
    "--use-schema-description",
    "--use-field-description",
    "--use-standard-collections",
    "--use-union-operator",
    "--use-double-quotes",
    "--disable-timestamp",
    "--formatters", "builtin",
]  # fmt: skip

# The same isolated ruff pass the openapi-python-client hooks apply (codegen/openapi-python-client.yaml).
RUFF_PASSES = [
    ["check", "--isolated", "--no-cache", "--select", "F401,I", "--fix-only", "--quiet"],
    ["format", "--isolated", "--no-cache", "--quiet"],
]

IGNORED = {"__pycache__", ".ruff_cache", ".mypy_cache"}


class GenerationError(Exception):
    """A spec is invalid or a generator failed; the message names the file and the reason."""


def vendor_specs() -> list[Path]:
    return sorted(SPECS.glob("*.yaml"))


def _tool_env() -> dict[str, str]:
    # The generators call `ruff` by name: use the one pinned beside this interpreter, not whatever PATH has.
    env = dict(os.environ)
    env["PATH"] = os.pathsep.join([str(Path(sys.executable).parent), env.get("PATH", "")])
    return env


def validate_spec(spec: Path) -> None:
    from openapi_spec_validator import validate
    from openapi_spec_validator.readers import read_from_filename

    try:
        document, _ = read_from_filename(str(spec))
        validate(document)
    except Exception as exc:  # the validator raises several unrelated types; all mean "invalid"
        reason = getattr(exc, "message", None) or str(exc)
        path = "/".join(str(p) for p in getattr(exc, "path", ()) or ())
        where = f" at {path}" if path else ""
        raise GenerationError(f"{spec.relative_to(ROOT)}: invalid OpenAPI document{where}: {reason}") from None


def _run(cmd: list[str], what: str, cwd: Path | None = None) -> None:
    proc = subprocess.run(cmd, cwd=cwd, env=_tool_env(), capture_output=True, text=True)
    output = (proc.stdout + proc.stderr).strip()
    if proc.returncode != 0:  # openapi-python-client runs with --fail-on-warning: a warning is a failure too
        raise GenerationError(f"{what}: generator failed (exit {proc.returncode}):\n{output}")


def generate_client(spec: Path, out_root: Path) -> None:
    _run(
        [
            sys.executable, "-m", "openapi_python_client", "generate",
            "--path", str(spec),
            "--meta", "none",
            "--output-path", str(out_root / spec.stem),
            "--config", str(CODEGEN / "openapi-python-client.yaml"),
            "--custom-template-path", str(CODEGEN / "templates"),
            "--fail-on-warning",
        ],
        str(spec.relative_to(ROOT)),
    )  # fmt: skip
    (out_root / spec.stem / "spec_info.py").write_text(_spec_info(spec))


SPEC_INFO = '''"""The spec this package was generated from (written by ``scripts/generate.py``)."""

SPEC_FILE = "{file}"
SPEC_VERSION = {version}
SPEC_SHA256 = "{sha256}"
'''


def _spec_info(spec: Path) -> str:
    """Where a vendor package came from: the spec's ``info.version`` and the SHA-256 of its exact bytes."""
    import yaml

    data = spec.read_bytes()
    version = str(yaml.safe_load(data)["info"]["version"])
    sha256 = hashlib.sha256(data).hexdigest()
    return SPEC_INFO.format(file=f"specs/{spec.name}", version=json.dumps(version), sha256=sha256)


def generate_job_models(out_root: Path) -> None:
    target = out_root / JOB_MODULE
    _run(
        [
            sys.executable, "-m", "datamodel_code_generator",
            "--input", str(JOB_SCHEMA),
            "--output", str(target),
            *DATAMODEL_ARGS,
        ],
        str(JOB_SCHEMA.relative_to(ROOT)),
        cwd=out_root,  # so no project config ([tool.datamodel-codegen]) is picked up
    )  # fmt: skip
    for args in RUFF_PASSES:
        _run([sys.executable, "-m", "ruff", *args, str(target)], f"ruff {args[0]} {JOB_MODULE}", cwd=out_root)


def build(out_root: Path) -> None:
    """Validate every spec, then generate the whole tree into ``out_root`` (which must not exist)."""
    specs = vendor_specs()
    if not specs:
        raise GenerationError(f"no specs found in {SPECS.relative_to(ROOT)}/")
    for spec in specs:
        validate_spec(spec)
    out_root.mkdir(parents=True)
    (out_root / "__init__.py").write_text(PACKAGE_INIT.format(vendors="".join(f'"{s.stem}", ' for s in specs).rstrip()))
    (out_root / "py.typed").write_text("")
    with ThreadPoolExecutor(max_workers=max(2, os.cpu_count() or 2)) as pool:
        futures = [pool.submit(generate_client, spec, out_root) for spec in specs]
        futures.append(pool.submit(generate_job_models, out_root))
        errors = [str(f.exception()) for f in futures if f.exception() is not None]
    if errors:
        raise GenerationError("\n".join(errors))


def _files(root: Path) -> dict[str, bytes]:
    found: dict[str, bytes] = {}
    if not root.exists():
        return found
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root)
        if path.is_file() and not IGNORED.intersection(rel.parts):
            found[rel.as_posix()] = path.read_bytes()
    return found


def compare(expected_root: Path, actual_root: Path, diff_lines: int = 12) -> list[str]:
    """Describe every difference between the fresh tree and the committed one (empty when identical)."""
    expected, actual = _files(expected_root), _files(actual_root)
    report: list[str] = []
    for rel in sorted(expected.keys() | actual.keys()):
        if rel not in actual:
            report.append(f"missing:  {SHOWN}/{rel}")
        elif rel not in expected:
            report.append(f"extra:    {SHOWN}/{rel} (not produced by any spec)")
        elif expected[rel] != actual[rel]:
            report.append(f"differs:  {SHOWN}/{rel}")
            diff = difflib.unified_diff(
                actual[rel].decode(errors="replace").splitlines(),
                expected[rel].decode(errors="replace").splitlines(),
                f"{SHOWN}/{rel} (committed)",
                f"{SHOWN}/{rel} (from specs)",
                lineterm="",
                n=1,
            )
            lines = list(diff)
            report.extend("    " + line for line in lines[:diff_lines])
            if len(lines) > diff_lines:
                report.append(f"    ... {len(lines) - diff_lines} more diff lines")
    return report


def _replace_tree(fresh: Path, target: Path) -> int:
    """Make ``target`` identical to ``fresh``, writing only what changed; returns the number of files touched."""
    new, old = _files(fresh), _files(target)
    touched = 0
    for rel in old.keys() - new.keys():
        (target / rel).unlink()
        touched += 1
    for rel, data in new.items():
        if old.get(rel) != data:
            dest = target / rel
            dest.parent.mkdir(parents=True, exist_ok=True)
            dest.write_bytes(data)
            touched += 1
    for directory in sorted((p for p in target.rglob("*") if p.is_dir()), reverse=True):
        if directory.name in IGNORED:
            shutil.rmtree(directory)
        elif not any(directory.iterdir()):
            directory.rmdir()
    return touched


def main(argv: Iterable[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="compare with generated/ and exit 1 on drift")
    args = parser.parse_args(list(argv) if argv is not None else None)

    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="imagejobs-generate-") as tmp:
        fresh = Path(tmp) / PACKAGE
        try:
            build(fresh)
        except GenerationError as exc:
            print(f"generate: {exc}", file=sys.stderr)
            return 2
        if args.check:
            report = compare(fresh, GENERATED)
            elapsed = time.perf_counter() - started
            if report:
                print("\n".join(report))
                print(
                    f"generate --check: generated/ is out of sync with specs/ ({elapsed:.2f} s); "
                    "run `python scripts/generate.py` and commit the result, never hand-edit generated/"
                )
                return 1
            print(f"generate --check: generated/ is in sync with {len(vendor_specs())} specs ({elapsed:.2f} s)")
            return 0
        GENERATED.mkdir(parents=True, exist_ok=True)
        touched = _replace_tree(fresh, GENERATED)
    elapsed = time.perf_counter() - started
    specs = len(vendor_specs())
    print(f"generate: {specs} specs + normalized Job -> generated/ ({touched} files changed, {elapsed:.2f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Review the change between BASE_REF and the working tree: a Markdown report fit for a pull-request comment.

    .venv/bin/python scripts/review.py [BASE_REF]     # default BASE_REF: the merge base of HEAD with main
    .venv/bin/python scripts/review.py --base-dir DIR # compare with a folder holding the base specs/ (no git)
    .venv/bin/python scripts/review.py --strict       # breaking changes fail too
    .venv/bin/python scripts/review.py --format json  # the same findings, machine-readable
    .venv/bin/python scripts/review.py --lint-only    # lint every spec, nothing else (the pre-commit hook)

The report has a summary line, then four sections:

1. Spec lint of every changed ``specs/*.yaml``: openapi-spec-validator, then the house rules of
   ``codegen/SPEC_STYLE.md`` (listed in ``scripts/_review_openapi.py``).
2. What changed in each spec (old version: ``git show BASE_REF:specs/<name>.yaml``), operation by operation and
   schema by schema, each change classified breaking or not (rules in ``scripts/_review_specdiff.py``).
3. The public API diff of ``generated/`` and ``overlays/``: griffe's ``find_breaking_changes`` between the packages
   at BASE_REF and in the working tree, plus the public names added. Private names (a leading ``_``) don't count.
4. Whether ``generated/`` is in sync with ``specs/`` (``scripts/generate.py --check``, run in parallel).

In a shallow clone (``git clone --depth 1``, what hosted CI checks out), a base that is not there is fetched from
``origin``: a remote branch such as ``origin/main`` at depth 1 (in a pull request's merge commit, the diff from the
base branch's tip is the pull request's change), the merge base with main by deepening the history. The report's
"Base:" line says which base was used and how it was found. ``--base-dir DIR`` needs no git history at all: DIR holds
the base's ``specs/`` (or the spec files themselves), and its ``generated/`` and ``overlays/`` when the Python API is
to be compared too.

Exit status: 0 when everything passes; 1 on a lint error, on ``generated/`` out of sync (or a generator failure),
and, with ``--strict``, on any breaking change (without it breaking changes are only reported); 2 on bad usage or a
git error (such as an unknown BASE_REF).

Tools and what is written by hand:

- openapi-spec-validator validates the specs; griffe loads both versions of the packages statically and finds the
  breaking changes; ``scripts/generate.py --check`` (openapi-python-client, datamodel-code-generator) decides sync;
  git supplies the old versions: ``git show`` for a spec, ``git archive`` of ``generated/`` and ``overlays/`` into a
  temporary folder for griffe (read-only, unlike ``griffe.load_git``, which adds a worktree *and a branch* to the
  repository while others may be working in it).
- By hand, because no tool does it: the house rules (no validator knows a project's style guide; Spectral could
  express them but is a Node program outside the project's venv), the spec diff with its breaking/non-breaking
  classification (oasdiff, openapi-diff and optic do it, but are Go, Java and Node programs that cannot be installed
  into the venv here, and no maintained Python package does it), the list of API additions (griffe reports only
  breakages), and this report.
"""

from __future__ import annotations

import argparse
import io
import json
import logging
import subprocess
import sys
import tarfile
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SCRIPTS = ROOT / "scripts"
if str(SCRIPTS) not in sys.path:  # the private helpers beside this file, also when imported from elsewhere
    sys.path.insert(0, str(SCRIPTS))

from _review_openapi import Finding, SpecLoadError, lint_text, load_text  # noqa: E402
from _review_specdiff import Change, diff_specs  # noqa: E402

#: Each package by its import name, with the source root (a top-level folder) that holds it.
PACKAGES = {"imagejobs_generated": "generated", "imagejobs": "overlays"}
SPECS_DIR = "specs"
JOB_SCHEMA = f"{SPECS_DIR}/normalized_job.schema.json"


class ReviewError(Exception):
    """Git could not answer (unknown ref, not a repository): exit status 2."""


# --- git ---------------------------------------------------------------------------------------------------------


def git(*args: str) -> str:
    proc = subprocess.run(["git", "-C", str(ROOT), *args], capture_output=True, text=True)
    if proc.returncode != 0:
        raise ReviewError(f"git {' '.join(args)}: {proc.stderr.strip() or f'exit {proc.returncode}'}")
    return proc.stdout


def is_shallow() -> bool:
    try:
        return git("rev-parse", "--is-shallow-repository").strip() == "true"
    except ReviewError:
        return False


def _merge_base() -> tuple[str, str] | None:
    for branch in ("main", "origin/main"):
        try:
            return git("merge-base", "HEAD", branch).strip(), f"merge base with {branch}"
        except ReviewError:
            continue
    return None


#: How far a shallow clone is deepened, step by step, looking for the merge base before fetching all history.
_DEEPEN_STEPS = (50, 500)


def default_base() -> tuple[str, str]:
    found = _merge_base()
    if found is not None:
        return found
    if not is_shallow():
        raise ReviewError("no merge base of HEAD with main or origin/main; name BASE_REF or pass --base-dir")
    _fetch_branch("main", depth=1)
    for depth in _DEEPEN_STEPS:
        git("fetch", "--quiet", "--no-tags", f"--deepen={depth}", "origin", "+refs/heads/main:refs/remotes/origin/main")
        if (found := _merge_base()) is not None:
            return found[0], f"{found[1]}, fetched from origin: the clone was shallow"
    git("fetch", "--quiet", "--no-tags", "--unshallow", "origin", "+refs/heads/main:refs/remotes/origin/main")
    if (found := _merge_base()) is not None:
        return found[0], f"{found[1]}, fetched from origin: the clone was shallow"
    raise ReviewError("no merge base of HEAD with origin/main even in the full history; name BASE_REF")


def _fetch_branch(branch: str, depth: int) -> None:
    git(
        "fetch",
        "--quiet",
        "--no-tags",
        f"--depth={depth}",
        "origin",
        f"+refs/heads/{branch}:refs/remotes/origin/{branch}",
    )


def resolve_commit(ref: str) -> str:
    return git("rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}").strip()


def resolve_base(ref: str) -> tuple[str, str]:
    """BASE_REF as a commit; a remote branch (``origin/main``) missing from a shallow clone is fetched first."""
    try:
        return resolve_commit(ref), ref
    except ReviewError:
        if not (ref.startswith("origin/") and is_shallow()):
            raise
    _fetch_branch(ref.removeprefix("origin/"), depth=1)
    return resolve_commit(ref), f"{ref}, its tip fetched from origin: the clone was shallow"


def files_at(commit: str, paths: Iterable[str]) -> list[str]:
    return git("ls-tree", "-r", "--name-only", commit, "--", *paths).split()


def read_at(commit: str, path: str) -> str | None:
    try:
        return git("show", f"{commit}:{path}")
    except ReviewError:
        return None


# --- the parts of the report -------------------------------------------------------------------------------------


@dataclass
class SpecStatus:
    spec: str
    status: str  # "added", "removed" or "modified"


@dataclass
class ApiChange:
    object: str
    change: str
    breaking: bool


@dataclass
class SyncResult:
    status: str  # "in sync", "out of sync", "failed" (generator failure or invalid spec)
    files: list[str]
    output: str


@dataclass
class Report:
    base: str
    base_label: str
    strict: bool
    base_dir: Path | None = None  # --base-dir: the base is this folder, not a commit
    specs: list[SpecStatus] = field(default_factory=list)
    lint: list[Finding] = field(default_factory=list)
    changes: list[Change] = field(default_factory=list)
    api: list[ApiChange] = field(default_factory=list)
    sync: SyncResult | None = None
    notes: list[str] = field(default_factory=list)

    @property
    def spec_breaking(self) -> int:
        return sum(c.breaking for c in self.changes)

    @property
    def api_breaking(self) -> int:
        return sum(c.breaking for c in self.api)

    @property
    def exit_status(self) -> int:
        failed = bool(self.lint) or (self.sync is not None and self.sync.status != "in sync")
        if self.strict and (self.spec_breaking or self.api_breaking):
            failed = True
        return 1 if failed else 0

    def summary(self) -> str:
        breaking = self.spec_breaking + self.api_breaking
        parts = [
            _plural(len(self.specs), "spec") + " changed",
            _plural(breaking, "breaking change")
            + (f" ({self.spec_breaking} in specs, {self.api_breaking} in the Python API)" if breaking else ""),
            f"{_plural(len(self.lint), 'lint error')}" if self.lint else "lint OK",
            "generated/ sync not checked" if self.sync is None else f"generated/ {self.sync.status}",
        ]
        if self.strict and breaking:
            parts.append("--strict: breaking changes fail")
        return ", ".join(parts)

    def as_dict(self) -> dict[str, Any]:
        return {
            "summary": self.summary(),
            "exit_status": self.exit_status,
            "base": self.base,
            "base_label": self.base_label,
            "specs": [asdict(s) for s in self.specs],
            "lint": [f.as_dict() for f in self.lint],
            "changes": [c.as_dict() for c in self.changes],
            "api": [asdict(a) for a in self.api],
            "sync": asdict(self.sync) if self.sync else None,
            "notes": self.notes,
        }


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


def start_sync_check() -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, str(SCRIPTS / "generate.py"), "--check"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )


def finish_sync_check(proc: subprocess.Popen[str]) -> SyncResult:
    output, _ = proc.communicate()
    files = [
        line.split(":", 1)[1].strip()
        for line in output.splitlines()
        if line.startswith(("missing:", "extra:", "differs:"))
    ]
    status = {0: "in sync", 1: "out of sync"}.get(proc.returncode, "failed")
    return SyncResult(status, files, output.strip())


def spec_texts_now() -> dict[str, str]:
    return {f"{SPECS_DIR}/{p.name}": p.read_text(encoding="utf-8") for p in sorted((ROOT / SPECS_DIR).glob("*.yaml"))}


def spec_texts_at(commit: str) -> dict[str, str]:
    texts: dict[str, str] = {}
    for name in files_at(commit, [f"{SPECS_DIR}/"]):
        if name.endswith(".yaml") and name.count("/") == 1 and (text := read_at(commit, name)) is not None:
            texts[name] = text
    return texts


def _base_specs_folder(base_dir: Path) -> Path:
    """DIR/specs when DIR is a checkout, else DIR itself (a folder of spec files)."""
    return base_dir / SPECS_DIR if (base_dir / SPECS_DIR).is_dir() else base_dir


def spec_texts_in(base_dir: Path) -> dict[str, str]:
    folder = _base_specs_folder(base_dir)
    return {f"{SPECS_DIR}/{p.name}": p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.yaml"))}


def _base_job_schema(report: Report) -> str | None:
    if report.base_dir is None:
        return read_at(report.base, JOB_SCHEMA)
    path = _base_specs_folder(report.base_dir) / Path(JOB_SCHEMA).name
    return path.read_text(encoding="utf-8") if path.is_file() else None


def review_specs(report: Report) -> None:
    old_texts = spec_texts_at(report.base) if report.base_dir is None else spec_texts_in(report.base_dir)
    new_texts = spec_texts_now()
    for spec in sorted(old_texts.keys() | new_texts.keys()):
        old_text, new_text = old_texts.get(spec), new_texts.get(spec)
        if old_text == new_text:
            continue
        status = "added" if old_text is None else "removed" if new_text is None else "modified"
        report.specs.append(SpecStatus(spec, status))
        if new_text is not None:
            report.lint.extend(lint_text(new_text, spec))
        try:
            old_doc = load_text(old_text) if old_text is not None else None
            new_doc = load_text(new_text) if new_text is not None else None
        except SpecLoadError as exc:
            report.notes.append(f"`{spec}` not compared: {exc}")
            continue
        report.changes.extend(diff_specs(spec, old_doc, new_doc))
    old_job = _base_job_schema(report)
    new_job = (ROOT / JOB_SCHEMA).read_text(encoding="utf-8") if (ROOT / JOB_SCHEMA).exists() else None
    if old_job != new_job:
        report.notes.append(
            f"`{JOB_SCHEMA}` changed: a JSON Schema, not diffed here; its models are in the Python API section "
            "(`imagejobs_generated.normalized_job`)."
        )


# --- the Python API (griffe) -------------------------------------------------------------------------------------


def _private(path: str) -> bool:
    return any(part.startswith("_") and not part.endswith("__") for part in path.split("."))


def _load_api(root: Path) -> dict[str, Any]:
    import griffe

    loader = griffe.GriffeLoader(search_paths=[root / src for src in PACKAGES.values()], allow_inspection=False)
    packages: dict[str, Any] = {}
    for name, src in PACKAGES.items():
        if (root / src / name / "__init__.py").is_file():
            package = loader.load(name, try_relative_path=False)
            if not Path(str(package.filepath)).resolve().is_relative_to(root.resolve()):
                raise ReviewError(f"griffe loaded {name} from {package.filepath}, not from {root}")
            packages[name] = package
    loader.resolve_aliases(implicit=False, external=False)
    return packages


def _public_paths(package: Any) -> set[str]:
    found: set[str] = set()

    def walk(obj: Any) -> None:
        for name, member in obj.members.items():
            if name.startswith("_") or not member.is_public:
                continue
            found.add(member.path)
            if not member.is_alias and (member.is_module or member.is_class):
                walk(member)

    walk(package)
    return found


def _breakage(breakage: Any) -> ApiChange:
    from griffe import ExplanationStyle

    path = breakage.obj.path
    if breakage.kind.name.startswith("PARAMETER_"):
        param = getattr(breakage.old_value, "name", None) or getattr(breakage.new_value, "name", None)
        path = f"{path}({param})"
    # griffe's own Markdown explanation: "- `name`: *kind*: old -> new"; keep "kind: old -> new".
    explained = breakage.explain(style=ExplanationStyle.MARKDOWN)
    detail = explained.split(f"*{breakage.kind.value}*", 1)[-1].lstrip(":").strip()
    return ApiChange(path, breakage.kind.value + (f": {detail}" if detail else ""), True)


def api_changes_from_folder(base_dir: Path) -> list[ApiChange]:
    """The API diff against a base folder that holds ``generated/`` and ``overlays/`` (a checkout of the base)."""
    logging.getLogger("griffe").setLevel(logging.ERROR)
    return _compare_api(_load_api(base_dir), _load_api(ROOT))


def api_changes(base: str) -> list[ApiChange]:
    logging.getLogger("griffe").setLevel(logging.ERROR)  # unresolved external aliases are expected, not news
    changes: list[ApiChange] = []
    roots = list(PACKAGES.values())
    touched = git("diff", "--name-only", base, "--", *roots) + git(
        "ls-files", "--others", "--exclude-standard", "--", *roots
    )
    if not touched.strip():
        return changes  # neither package differs from BASE_REF: nothing for griffe to compare
    with tempfile.TemporaryDirectory(prefix="imagejobs-review-") as tmp:
        old_root = Path(tmp)
        present = [p for p in roots if files_at(base, [p])]
        if present:
            proc = subprocess.run(["git", "-C", str(ROOT), "archive", base, "--", *present], capture_output=True)
            if proc.returncode != 0:
                raise ReviewError(f"git archive {base}: {proc.stderr.decode(errors='replace').strip()}")
            with tarfile.open(fileobj=io.BytesIO(proc.stdout)) as tar:
                tar.extractall(old_root, filter="data")
        return _compare_api(_load_api(old_root), _load_api(ROOT))


def _compare_api(old: dict[str, Any], new: dict[str, Any]) -> list[ApiChange]:
    import griffe

    changes: list[ApiChange] = []
    for name in PACKAGES:
        if name in old and name not in new:
            changes.append(ApiChange(name, "package removed", True))
        elif name in new and name not in old:
            changes.append(ApiChange(name, "package added", False))
        elif name in old:
            for breakage in griffe.find_breaking_changes(old[name], new[name]):
                if not _private(breakage.obj.path):
                    changes.append(_breakage(breakage))
            added = _public_paths(new[name]) - _public_paths(old[name])
            for path in sorted(added):  # the top-most only: a new module, not each of its functions too
                if not any(path.startswith(other + ".") for other in added):
                    kind = new[name].get_member(path.removeprefix(name + ".")).kind.value
                    changes.append(ApiChange(path, f"added ({kind})", False))
    return changes


# --- rendering ---------------------------------------------------------------------------------------------------


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _code(text: str) -> str:
    return f"`{text}`" if text else ""


def _table(header: Sequence[str], rows: Iterable[Sequence[str]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(_cell(c) for c in row) + " |" for row in rows]
    return lines


def _verdict(breaking: bool) -> str:
    return "**breaking**" if breaking else "compatible"


def render_markdown(report: Report) -> str:
    out = [
        "## Spec and API review",
        "",
        f"Base: `{report.base if report.base_dir else report.base[:12]}` ({report.base_label}) -> working tree.",
        "",
        f"**{report.summary()}**",
        "",
        "### Spec lint",
        "",
    ]
    if not report.specs:
        out.append("No spec changed.")
    elif not report.lint:
        changed = [s.spec for s in report.specs if s.status != "removed"]
        verb = "passes" if len(changed) == 1 else "pass"
        out.append(f"{_plural(len(changed), 'changed spec')} {verb} openapi-spec-validator and the house rules.")
    else:
        out += _table(
            ["spec", "rule", "where", "problem"],
            ((_code(f.spec), _code(f.rule), _code(f.where), f.message) for f in report.lint),
        )
    out += ["", "### Spec changes", ""]
    if not report.specs:
        out += ["No spec changed.", ""]
    for status in report.specs:
        out += [f"#### `{status.spec}` ({status.status})", ""]
        rows = [c for c in report.changes if c.spec == status.spec]
        if not rows:
            out += ["No change to operations, security or schemas (descriptions, examples or metadata only).", ""]
            continue
        for kind, title in (
            ("spec", "spec"),
            ("operation", "operation"),
            ("security", "security"),
            ("schema", "schema"),
        ):
            selected = [c for c in rows if c.kind == kind]
            if selected:
                out += _table(
                    ["", title, "where", "change"],
                    ((_verdict(c.breaking), c.subject, c.where.rstrip(":"), c.what) for c in selected),
                )
                out.append("")
    out += ["### Python API (`generated/`, `overlays/`: griffe)", ""]
    if not report.api:
        out.append("No change to the public API.")
    else:
        api = sorted(report.api, key=lambda a: (not a.breaking, a.object))
        out += _table(["", "object", "change"], ((_verdict(a.breaking), _code(a.object), a.change) for a in api))
    out += ["", "### generated/ (`scripts/generate.py --check`)", ""]
    if report.sync is None:
        out.append("Not checked (`--no-sync-check`).")
    elif report.sync.status == "in sync":
        out.append("In sync with `specs/`.")
    else:
        what = "Out of sync" if report.sync.status == "out of sync" else "The generator failed"
        out.append(f"{what}: run `.venv/bin/python scripts/generate.py` and commit the result; never edit by hand.")
        out += [""] + [f"- `{name}`" for name in report.sync.files]
        out += ["", "<details><summary>generate.py --check output</summary>", "", "```", report.sync.output, "```"]
        out.append("</details>")
    if report.notes:
        out += ["", "### Notes", ""] + [f"- {note}" for note in report.notes]
    return "\n".join(out) + "\n"


def render_lint(findings: list[Finding], count: int) -> str:
    lines = [f"{f.spec}: [{f.rule}] {f.where}: {f.message}" for f in findings]
    lines.append(
        f"review --lint-only: {_plural(len(findings), 'lint error')} in {_plural(count, 'spec')}"
        if findings
        else f"review --lint-only: {_plural(count, 'spec')} OK"
    )
    return "\n".join(lines) + "\n"


# --- main --------------------------------------------------------------------------------------------------------


def run_lint_only(output_format: str) -> int:
    texts = spec_texts_now()
    findings = [f for spec, text in texts.items() for f in lint_text(text, spec)]
    if output_format == "json":
        print(json.dumps({"specs": sorted(texts), "lint": [f.as_dict() for f in findings]}, indent=2))
    else:
        sys.stdout.write(render_lint(findings, len(texts)))
    return 1 if findings else 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("base", nargs="?", metavar="BASE_REF", help="default: the merge base of HEAD with main")
    parser.add_argument(
        "--base-dir",
        type=Path,
        metavar="DIR",
        help="compare with this folder (its specs/, or the spec files; generated/ and overlays/ if there), no git",
    )
    parser.add_argument("--strict", action="store_true", help="exit 1 on a breaking change too")
    parser.add_argument("--lint-only", action="store_true", help="only lint every spec in specs/ (pre-commit)")
    parser.add_argument("--format", choices=("markdown", "json"), default="markdown")
    parser.add_argument(
        "--no-sync-check", action="store_true", help="skip generate.py --check (when it runs separately)"
    )
    args = parser.parse_args(argv)
    if args.lint_only:
        return run_lint_only(args.format)

    base_dir: Path | None = args.base_dir.resolve() if args.base_dir else None
    try:
        if base_dir is not None:
            if args.base:
                raise ReviewError("give BASE_REF or --base-dir, not both")
            if not base_dir.is_dir():
                raise ReviewError(f"--base-dir {args.base_dir}: not a folder")
            base, label = str(base_dir), "a folder of base specs, no git history used"
        else:
            base, label = resolve_base(args.base) if args.base else default_base()
    except ReviewError as exc:
        print(f"review: {exc}", file=sys.stderr)
        return 2
    sync = None if args.no_sync_check else start_sync_check()  # the slowest part: let it run meanwhile
    report = Report(base=base, base_label=label, strict=args.strict, base_dir=base_dir)
    try:
        review_specs(report)
        if base_dir is None:
            report.api = api_changes(base)
        elif any((base_dir / src / name).is_dir() for name, src in PACKAGES.items()):
            report.api = api_changes_from_folder(base_dir)
        else:
            report.notes.append("Python API not compared: the base folder holds no `generated/` or `overlays/`.")
    except ReviewError as exc:
        print(f"review: {exc}", file=sys.stderr)
        return 2
    finally:
        if sync is not None:  # waited for even on an error, so that it leaves nothing behind
            report.sync = finish_sync_check(sync)
    if args.format == "json":
        print(json.dumps(report.as_dict(), indent=2))
    else:
        sys.stdout.write(render_markdown(report))
    return report.exit_status


if __name__ == "__main__":
    sys.exit(main())

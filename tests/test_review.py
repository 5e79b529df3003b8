"""scripts/review.py and .pre-commit-config.yaml, run as a developer would, on throwaway git repositories.

Each repository is a commit of HEAD's specs/, codegen/, scripts/, generated/, overlays/ and pyproject.toml (plus the
working tree's review scripts and pre-commit config, so that what is tested is what is being written), on branch
``main``; a test changes its clone's working tree and runs ``review.py`` from the clone as a subprocess, from another
directory, so the script must find its repository from its own location.

The four runs that include ``generate.py --check`` (about 3 s of both cores each) start together when the module
does and run while the other tests do; their tests only wait for them and check the result.
"""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
import tarfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

#: Every test here runs review.py (git, griffe, often the generators) in subprocesses.
pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
COPIED_FROM_HEAD = ["specs", "codegen", "scripts", "generated", "overlays", "pyproject.toml", ".gitignore"]
COPIED_FROM_WORK_TREE = [".pre-commit-config.yaml", "scripts/review.py", *(f"scripts/{p.name}" for p in
                         sorted((ROOT / "scripts").glob("_review_*.py")))]  # fmt: skip
GIT_ENV = {
    "GIT_AUTHOR_NAME": "review-test",
    "GIT_AUTHOR_EMAIL": "review-test@example.invalid",
    "GIT_COMMITTER_NAME": "review-test",
    "GIT_COMMITTER_EMAIL": "review-test@example.invalid",
    "GIT_CONFIG_GLOBAL": os.devnull,
    "GIT_CONFIG_NOSYSTEM": "1",
}
Spec = dict[str, Any]


def _git(repo: Path, *args: str) -> str:
    env = {**os.environ, **GIT_ENV}
    return subprocess.run(["git", "-C", str(repo), *args], env=env, check=True, capture_output=True, text=True).stdout


@pytest.fixture(scope="module")
def base_repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    repo = tmp_path_factory.mktemp("review") / "base"
    repo.mkdir()
    present = [p for p in COPIED_FROM_HEAD if _git(ROOT, "ls-tree", "HEAD", "--", p).strip()]
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", "HEAD", "--", *present], check=True, capture_output=True
    )
    with tarfile.open(fileobj=io.BytesIO(archive.stdout)) as tar:
        tar.extractall(repo, filter="data")
    for rel in COPIED_FROM_WORK_TREE:
        shutil.copy2(ROOT / rel, repo / rel)
    _git(repo, "init", "--quiet", "--initial-branch=main")
    _git(repo, "add", "--all")
    _git(repo, "commit", "--quiet", "--no-gpg-sign", "--message", "base")
    return repo


def clone(base_repo: Path, target: Path) -> Path:
    _git(target.parent, "clone", "--quiet", str(base_repo), str(target))
    return target


@pytest.fixture
def repo(base_repo: Path, tmp_path: Path) -> Path:
    return clone(base_repo, tmp_path / "repo")


def start_review(repo: Path, *args: str) -> subprocess.Popen[str]:
    # Run from outside the repository: review.py must find it from its own location.
    command = [PYTHON, str(repo / "scripts" / "review.py"), *args]
    return subprocess.Popen(command, cwd=repo.parent, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def finish(proc: subprocess.Popen[str]) -> subprocess.CompletedProcess[str]:
    stdout, stderr = proc.communicate(timeout=120)
    return subprocess.CompletedProcess(proc.args, proc.returncode, stdout, stderr)


def review(repo: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return finish(start_review(repo, *args))


@pytest.fixture(scope="module")
def slow_runs(base_repo: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, subprocess.Popen[str]]]:
    """The runs that include generate.py --check, each on its own working tree, started at once."""
    root = tmp_path_factory.mktemp("slow")
    unchanged = clone(base_repo, root / "unchanged")
    hand_edited = clone(base_repo, root / "hand_edited")
    client = hand_edited / "generated" / "imagejobs_generated" / "sasha" / "client.py"
    client.write_text(client.read_text(encoding="utf-8") + "\n# edited by hand\n", encoding="utf-8")
    runs = {
        "unchanged": start_review(unchanged),
        "hand-edited": start_review(hand_edited),
        "this repository": start_review(ROOT, "HEAD"),
    }
    yield runs
    for proc in runs.values():  # those no test waited for (deselected): let them end, leaving nothing behind
        proc.communicate(timeout=120)


def as_json(proc: subprocess.CompletedProcess[str]) -> tuple[int, dict[str, Any]]:
    assert proc.stdout.strip(), proc.stderr
    return proc.returncode, json.loads(proc.stdout)


def review_json(repo: Path, *args: str) -> tuple[int, dict[str, Any]]:
    return as_json(review(repo, "--format", "json", *args))


def regenerate(repo: Path) -> None:
    proc = subprocess.run([PYTHON, str(repo / "scripts" / "generate.py")], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def edit_spec(repo: Path, vendor: str, change: Callable[[Spec], None]) -> None:
    path = repo / "specs" / f"{vendor}.yaml"
    spec = yaml.load(path.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    change(spec)
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    path.write_text(yaml.dump(spec, Dumper=dumper, sort_keys=False, allow_unicode=True, width=120), encoding="utf-8")


def change_of(report: dict[str, Any], subject: str, what: str, where: str = "") -> dict[str, Any]:
    found: list[dict[str, Any]] = [
        c for c in report["changes"] if c["subject"] == subject and c["what"] == what and c["where"] == where
    ]
    assert len(found) == 1, (subject, what, where, report["changes"])
    return found[0]


def _breaking_sasha_changes(spec: Spec) -> None:
    schemas = spec["components"]["schemas"]
    del spec["paths"]["/jobs/{job_id}"]  # getJob
    spec["paths"]["/jobs"]["get"]["parameters"] = [
        {
            "name": "since",
            "in": "query",
            "required": True,
            "description": "Only jobs created at or after this time.",
            "schema": {"type": "string"},
            "example": "2025-01-15T10:30:00Z",
        }
    ]
    schemas["Job"]["properties"]["priority"] = {"type": "integer", "description": "Optional priority."}
    schemas["JobStatus"]["enum"].append("cancelled")
    schemas["JobErrorCode"]["enum"].remove("image_too_small")
    schemas["ErrorDetail"]["properties"]["code"]["type"] = "integer"


def test_breaking_changes_are_classified_and_fail_only_with_strict(repo: Path) -> None:
    edit_spec(repo, "sasha", _breaking_sasha_changes)
    regenerate(repo)

    # generate.py --check is skipped here (--no-sync-check) to keep the suite fast: the other tests cover it.
    plain, strict = (
        start_review(repo, "--no-sync-check"),
        start_review(repo, "--strict", "--no-sync-check", "--format", "json"),
    )
    proc = finish(plain)
    assert proc.returncode == 0, proc.stdout + proc.stderr  # reported, not failed
    assert "**1 spec changed, 10 breaking changes (4 in specs, 6 in the Python API), lint OK" in proc.stdout
    assert "| **breaking** | GET /jobs/{job_id} (`getJob`) |  | operation removed |" in proc.stdout
    assert "| **breaking** | `imagejobs_generated.sasha.api.jobs.get_job` | Public object was removed |" in proc.stdout

    status, report = as_json(finish(strict))
    assert status == 1
    assert report["exit_status"] == 1 and report["sync"] is None
    assert report["specs"] == [{"spec": "specs/sasha.yaml", "status": "modified"}]
    assert not report["lint"]
    assert change_of(report, "GET /jobs/{job_id} (`getJob`)", "operation removed")["breaking"]
    assert change_of(report, "GET /jobs (`listJobs`)", "required parameter added", "query parameter `since`")[
        "breaking"
    ]
    assert not change_of(report, "Job", "optional property added", "priority")["breaking"]
    assert not change_of(report, "JobStatus", "enum value `cancelled` added")["breaking"]
    assert change_of(report, "JobErrorCode", "enum value `image_too_small` removed")["breaking"]
    assert change_of(report, "ErrorDetail", "type `string` -> `integer`", "code")["breaking"]

    api = {(a["object"], a["change"]): a["breaking"] for a in report["api"]}
    assert api[("imagejobs_generated.sasha.api.jobs.get_job", "Public object was removed")] is True
    assert api[("imagejobs_generated.sasha.api.jobs.list_jobs.sync(since)", "Parameter was added as required")] is True
    assert not any(name.split(".")[-1].startswith("_") for name, _ in api)  # private names never count


def test_compatible_changes_pass_even_with_strict(repo: Path) -> None:
    def tic_lens(spec: Spec) -> None:
        schemas = spec["components"]["schemas"]
        schemas["SentinelJobSummary"]["properties"]["queue"] = {"type": "string", "description": "The job's queue."}
        schemas["JobStatus"]["enum"].append("cancelled")

    def sasha(spec: Spec) -> None:  # direction matters: what the client receives vs what it sends
        schemas = spec["components"]["schemas"]
        schemas["Job"]["properties"]["output_url"]["type"] = "string"  # received, no longer null: compatible
        schemas["EmbedSignatureRequest"]["required"].remove("media_mime_type")  # sent, now optional: compatible

    edit_spec(repo, "tic_lens", tic_lens)
    edit_spec(repo, "sasha", sasha)
    status, report = review_json(repo, "--strict", "--no-sync-check")
    assert status == 0, report
    assert report["summary"].startswith("2 specs changed, 0 breaking changes, lint OK")
    assert not change_of(report, "SentinelJobSummary", "optional property added", "queue")["breaking"]
    assert not change_of(report, "JobStatus", "enum value `cancelled` added")["breaking"]
    assert not change_of(report, "Job", "type `null | string` -> `string`", "output_url")["breaking"]
    assert not change_of(report, "EmbedSignatureRequest", "property now optional", "media_mime_type")["breaking"]

    edit_spec(repo, "sasha", lambda spec: spec["components"]["schemas"]["Job"]["required"].remove("updated_at"))
    status, report = review_json(repo, "--strict", "--no-sync-check")
    assert status == 1  # a received field that may now be missing breaks readers
    assert change_of(report, "Job", "property now optional", "updated_at")["breaking"]


def test_lint_errors_fail_with_rule_and_location(repo: Path) -> None:
    def break_rules(spec: Spec) -> None:
        schemas = spec["components"]["schemas"]
        del spec["paths"]["/jobs"]["get"]["operationId"]
        schemas["Job"]["properties"]["status"] = {
            "$ref": "#/components/schemas/JobStatus",
            "description": "Closed: a new status would not parse.",
        }
        del schemas["ErrorDetail"]["properties"]["message"]["description"]
        del spec["paths"]["/jobs"]["get"]["responses"]["200"]["content"]["application/json"]["examples"]

    edit_spec(repo, "sasha", break_rules)
    edit_spec(repo, "smile_identity", lambda spec: spec["info"].pop("title"))
    lint_only, full = start_review(repo, "--lint-only"), start_review(repo, "--no-sync-check")
    proc = finish(lint_only)
    assert proc.returncode == 1
    lines = proc.stdout.splitlines()
    assert "specs/sasha.yaml: [operation-id] paths./jobs.get (GET /jobs): operation has no operationId" in lines
    assert any(
        line.startswith("specs/sasha.yaml: [closed-enum] components.schemas.Job.properties.status: ")
        and "`JobStatus`" in line
        for line in lines
    )
    assert (
        "specs/sasha.yaml: [property-description] components.schemas.ErrorDetail.properties.message: "
        "property has no description"
    ) in lines
    assert any(
        line.startswith("specs/sasha.yaml: [response-example] paths./jobs.get.responses.200.content.application/json")
        for line in lines
    )
    assert 'specs/smile_identity.yaml: [openapi] info: "title" is a required property' in lines
    assert lines[-1] == "review --lint-only: 5 lint errors in 5 specs"
    # The request-side closed enum (TokenRequest.grant_type: GrantType) is allowed and not reported.
    assert "grant_type" not in proc.stdout

    proc = finish(full)  # the full review fails on them too, and names them in a table
    assert proc.returncode == 1
    assert ", 5 lint errors, " in proc.stdout.splitlines()[4]
    assert "| `specs/sasha.yaml` | `closed-enum` | `components.schemas.Job.properties.status` |" in proc.stdout


def test_unknown_base_ref_is_a_usage_error(repo: Path) -> None:
    proc = review(repo, "no-such-ref", "--no-sync-check")
    assert proc.returncode == 2
    assert proc.stderr.startswith("review: git rev-parse")


def _shallow_pull_request(base_repo: Path, tmp_path: Path) -> Path:
    """A `--depth 1` clone of a branch that changed a spec: what hosted CI checks out for a pull request."""
    upstream = clone(base_repo, tmp_path / "upstream")
    _git(upstream, "checkout", "--quiet", "-b", "feature")
    edit_spec(upstream, "tic_lens", lambda spec: spec["components"]["schemas"]["JobStatus"]["enum"].append("queued"))
    _git(upstream, "commit", "--quiet", "--no-gpg-sign", "--all", "--message", "feature")
    _git(upstream, "checkout", "--quiet", "main")
    shallow = tmp_path / "shallow"
    _git(tmp_path, "clone", "--quiet", "--depth", "1", "--branch", "feature", f"file://{upstream}", str(shallow))
    assert _git(shallow, "rev-parse", "--is-shallow-repository").strip() == "true"
    return shallow


def test_review_in_a_shallow_clone_fetches_its_base(base_repo: Path, tmp_path: Path) -> None:
    shallow = _shallow_pull_request(base_repo, tmp_path)
    status, report = review_json(shallow, "origin/main", "--no-sync-check")  # first: it fetches the tip alone
    assert status == 0, report
    assert report["base_label"] == "origin/main, its tip fetched from origin: the clone was shallow"
    assert report["specs"] == [{"spec": "specs/tic_lens.yaml", "status": "modified"}]
    assert not change_of(report, "JobStatus", "enum value `queued` added")["breaking"]

    proc = review(shallow, "--no-sync-check")  # then the merge base, deepening the history
    assert proc.returncode == 0, proc.stdout + proc.stderr
    lines = proc.stdout.splitlines()
    assert lines[2].endswith(
        "(merge base with origin/main, fetched from origin: the clone was shallow) -> working tree."
    )
    assert lines[4].startswith("**1 spec changed, 0 breaking changes, lint OK")
    assert "enum value `queued` added" in proc.stdout


def test_review_against_a_folder_of_base_specs(base_repo: Path, tmp_path: Path) -> None:
    shallow = _shallow_pull_request(base_repo, tmp_path)
    folder = tmp_path / "base-specs"
    folder.mkdir()
    for spec in (base_repo / "specs").iterdir():
        shutil.copy2(spec, folder / spec.name)
    status, report = review_json(shallow, "--base-dir", str(folder), "--no-sync-check")
    assert status == 0, report
    assert report["base_label"] == "a folder of base specs, no git history used"
    assert report["specs"] == [{"spec": "specs/tic_lens.yaml", "status": "modified"}]
    assert "Python API not compared: the base folder holds no `generated/` or `overlays/`." in report["notes"]
    proc = review(shallow, "--base-dir", str(folder), "--no-sync-check")
    assert f"Base: `{folder}` (a folder of base specs, no git history used) -> working tree." in proc.stdout


def test_a_shallow_clone_without_origin_says_how_to_name_the_base(base_repo: Path, tmp_path: Path) -> None:
    shallow = _shallow_pull_request(base_repo, tmp_path)
    _git(shallow, "remote", "remove", "origin")
    proc = review(shallow, "--no-sync-check")
    assert proc.returncode == 2 and proc.stderr.startswith("review: git fetch"), proc.stderr


# The tests below only wait for the slow runs, which went on meanwhile.


def test_no_change_is_clean_and_in_sync(slow_runs: dict[str, subprocess.Popen[str]]) -> None:
    proc = finish(slow_runs["unchanged"])
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert proc.stdout.splitlines()[4] == "**0 specs changed, 0 breaking changes, lint OK, generated/ in sync**"
    assert "(merge base with main)" in proc.stdout
    assert "No change to the public API." in proc.stdout
    assert "In sync with `specs/`." in proc.stdout


def test_hand_edited_generated_is_out_of_sync(slow_runs: dict[str, subprocess.Popen[str]]) -> None:
    proc = finish(slow_runs["hand-edited"])
    assert proc.returncode == 1
    assert "lint OK, generated/ out of sync" in proc.stdout.splitlines()[4]
    assert "- `generated/imagejobs_generated/sasha/client.py`" in proc.stdout


def test_review_of_this_repository_passes(slow_runs: dict[str, subprocess.Popen[str]]) -> None:
    # `review.py HEAD` here: the current specs pass the lint and generated/ is in sync; changes are only reported.
    proc = finish(slow_runs["this repository"])
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "lint OK, generated/ in sync" in proc.stdout.splitlines()[4]


def _security_changes(spec: Spec) -> None:
    schemes = spec["components"]["securitySchemes"]
    schemes["sashaOAuth2"]["flows"]["clientCredentials"]["tokenUrl"] = "https://partner.api.sasha.eu/v2/oauth/token"
    schemes["sashaOAuth2"]["description"] = "Reworded only: not a security change."
    schemes["sashaPartnerKey"] = {"type": "apiKey", "in": "header", "name": "X-Partner-Key"}
    schemes["sashaClientBasic"]["scheme"] = "digest"
    paths = spec["paths"]
    paths["/oauth/token"]["post"]["security"] = []  # made public
    paths["/jobs"]["get"]["security"] = [{"sashaOAuth2": [], "sashaPartnerKey": []}]  # a requirement added to it
    paths["/jobs/{job_id}"]["get"]["security"] = [{"sashaOAuth2": []}, {"sashaPartnerKey": []}]  # an alternative


def test_security_changes_are_reported_and_classified(repo: Path) -> None:
    edit_spec(repo, "sasha", _security_changes)
    edit_spec(repo, "tic_lens", lambda s: s["components"]["securitySchemes"]["ApiKey"].update(name="X-Lens-Key"))
    status, report = review_json(repo, "--strict", "--no-sync-check")
    assert status == 1, report
    security = [c for c in report["changes"] if c["kind"] == "security"]
    tuples = {(c["spec"], c["subject"], c["where"], c["what"], c["breaking"]) for c in security}
    sasha, lens = "specs/sasha.yaml", "specs/tic_lens.yaml"
    assert tuples == {
        (sasha, "security scheme `sashaOAuth2`", "flows", "flows changed", True),
        (sasha, "security scheme `sashaClientBasic`", "scheme", "scheme `basic` -> `digest`", True),
        (sasha, "security scheme `sashaPartnerKey`", "", "scheme added", False),
        (sasha, "POST /oauth/token (`getToken`)", "security", "requirement `sashaClientBasic` removed", True),
        (sasha, "POST /oauth/token (`getToken`)", "security", "operation made public (no credentials required)", False),
        (sasha, "GET /jobs (`listJobs`)", "security", "requirement `sashaOAuth2` removed", True),
        (sasha, "GET /jobs (`listJobs`)", "security", "requirement `sashaOAuth2` + `sashaPartnerKey` added", False),
        (sasha, "GET /jobs/{job_id} (`getJob`)", "security", "requirement `sashaPartnerKey` added", False),
        (lens, "security scheme `ApiKey`", "name", "name `x-api-key` -> `X-Lens-Key`", True),
    }

    markdown = review(repo, "--no-sync-check").stdout
    assert "| **breaking** | security scheme `ApiKey` | name | name `x-api-key` -> `X-Lens-Key` |" in markdown


def test_credentials_required_where_none_were_is_breaking(repo: Path) -> None:
    def needs_a_key(spec: Spec) -> None:
        spec["security"] = [{}]  # every operation public first ...

    edit_spec(repo, "tic_lens", needs_a_key)
    _git(repo, "commit", "--quiet", "--no-gpg-sign", "--all", "--message", "public")
    edit_spec(repo, "tic_lens", lambda s: s.update(security=[{"ApiKey": []}]))  # ... then not
    status, report = review_json(repo, "HEAD", "--strict", "--no-sync-check")
    assert status == 1
    capabilities = "GET /sentinel/capabilities (`getCapabilities`)"
    change = change_of(report, capabilities, "credentials now required (was public)", "security")
    assert change["breaking"] and change["kind"] == "security"

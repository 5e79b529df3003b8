"""scripts/generate.py is the only writer of generated/: in sync, deterministic, and loud about drift."""

from __future__ import annotations

import importlib
import pkgutil
import shutil
import subprocess
import sys
from pathlib import Path

import generate
import pytest
from conftest import ROOT, VENDORS

import imagejobs_generated


def _run_generate(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(root / "scripts" / "generate.py"), *args], capture_output=True, text=True, cwd=root
    )


@pytest.fixture()
def repo_copy(tmp_path: Path) -> Path:
    """The parts of the repository the generator reads and writes, copied so a test may break them."""
    for part in ("specs", "codegen", "scripts", "generated"):
        shutil.copytree(ROOT / part, tmp_path / part, ignore=shutil.ignore_patterns("__pycache__"))
    return tmp_path


def test_check_passes_on_the_committed_tree() -> None:
    result = _run_generate(ROOT, "--check")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "in sync" in result.stdout


@pytest.mark.slow
def test_check_fails_after_a_hand_edit_and_touches_nothing(repo_copy: Path) -> None:
    target = repo_copy / "generated" / "imagejobs_generated" / "sasha" / "client.py"
    edited = target.read_text() + "\n# a hand edit\n"
    target.write_text(edited)
    result = _run_generate(repo_copy, "--check")
    assert result.returncode == 1
    assert "differs:  generated/imagejobs_generated/sasha/client.py" in result.stdout
    assert "+# a hand edit" not in result.stdout and "-# a hand edit" in result.stdout
    assert target.read_text() == edited  # --check never writes


@pytest.mark.slow
def test_check_fails_after_a_spec_change(repo_copy: Path) -> None:
    spec = repo_copy / "specs" / "tic_lens.yaml"
    spec.write_text(
        spec.read_text().replace("summary: Get Sentinel job status and report", "summary: Get one Sentinel job", 1)
    )
    result = _run_generate(repo_copy, "--check")
    assert result.returncode == 1, result.stdout
    assert "generated/imagejobs_generated/tic_lens/api/" in result.stdout


@pytest.mark.slow
def test_stray_file_in_generated_is_drift(repo_copy: Path) -> None:
    (repo_copy / "generated" / "imagejobs_generated" / "sasha" / "extra.py").write_text("")
    result = _run_generate(repo_copy, "--check")
    assert result.returncode == 1 and "extra:    generated/imagejobs_generated/sasha/extra.py" in result.stdout


def test_invalid_spec_stops_generation_with_file_and_reason(repo_copy: Path) -> None:
    spec = repo_copy / "specs" / "smile_identity.yaml"
    spec.write_text(spec.read_text().replace("openapi: 3.1.0", "openapi: 3.1.0\nnot_a_field: 1", 1))
    before = {p: p.read_bytes() for p in (repo_copy / "generated").rglob("*.py")}
    result = _run_generate(repo_copy)
    assert result.returncode == 2
    assert "specs/smile_identity.yaml: invalid OpenAPI document" in result.stderr
    assert "not_a_field" in result.stderr
    assert before == {p: p.read_bytes() for p in (repo_copy / "generated").rglob("*.py")}


@pytest.mark.slow
def test_regeneration_is_deterministic(tmp_path: Path) -> None:
    generate.build(tmp_path / "one")
    generate.build(tmp_path / "two")
    assert generate.compare(tmp_path / "one", tmp_path / "two") == []
    assert generate.compare(tmp_path / "one", ROOT / "generated" / "imagejobs_generated") == []


@pytest.mark.slow
def test_full_regeneration_rewrites_a_hand_edit(repo_copy: Path) -> None:
    target = repo_copy / "generated" / "imagejobs_generated" / "alibaba_vod" / "types.py"
    original = target.read_bytes()
    target.write_text("# vandalised\n")
    result = _run_generate(repo_copy)
    assert result.returncode == 0, result.stderr
    assert target.read_bytes() == original
    assert _run_generate(repo_copy, "--check").returncode == 0


def test_every_generated_module_imports() -> None:
    names = [info.name for info in pkgutil.walk_packages(imagejobs_generated.__path__, prefix="imagejobs_generated.")]
    for vendor in VENDORS:
        assert f"imagejobs_generated.{vendor}.client" in names
        assert f"imagejobs_generated.{vendor}.api" in names
    assert "imagejobs_generated.normalized_job" in names
    for name in names:
        importlib.import_module(name)


def test_generated_tree_is_typed() -> None:
    assert (ROOT / "generated" / "imagejobs_generated" / "py.typed").exists()


def test_custom_template_differs_from_the_pinned_one_only_where_documented() -> None:
    """Every stock line our template drops is pinned here, each group for a change codegen/README.md explains."""
    import difflib

    import openapi_python_client

    stock = Path(openapi_python_client.__file__).parent / "templates" / "endpoint_module.py.jinja"
    ours = ROOT / "codegen" / "templates" / "endpoint_module.py.jinja"
    diff = list(difflib.unified_diff(stock.read_text().splitlines(), ours.read_text().splitlines(), n=0))
    removed = [line[1:] for line in diff if line.startswith("-") and not line.startswith("---") and line[1:].strip()]
    added = "\n".join(line[1:] for line in diff if line.startswith("+") and not line.startswith("+++"))
    docstring_detailed = "    {{ docstring(endpoint, return_string, is_detailed=true) | indent(4) }}"
    docstring_plain = "    {{ docstring(endpoint, return_string, is_detailed=false) | indent(4) }}"
    assert removed == [
        # 1. the import of Unset
        "from ...types import Response, UNSET",
        # 2. the fixed multipart boundary
        '        headers["Content-Type"] = "multipart/form-data; boundary=+++"',
        '    headers["Content-Type"] = "multipart/form-data; boundary=+++"',
        # 3. the success type: the union of every response, error models included, and None
        "{% if endpoint.responses.default %}",
        "    {% set return_type = return_string | as_unembedded_code %}",
        "{% else %}",
        '    {% set return_type = (return_string | as_unembedded_code) + " | None" %}',
        "{% endif %}",
        "def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> {{return_type}}:",
        "    {% for response in endpoint.responses.patterns %}",
        "    {% if endpoint.responses.default %}",
        "    {{ parse_response(parsed_responses, endpoint.responses.default) | indent(4) }}",
        "    {% else %}",
        "    if client.raise_on_unexpected_status:",
        "    else:",
        "        return None",
        "    {% endif %}",
        "def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> "
        "Response[{{ return_string | as_unembedded_code }}]:",
        "        parsed=_parse_response(client=client, response=response),",
        # 3 and 4: each function's return type and docstring (x4), sync/asyncio parsing the answer themselves
        ") -> Response[{{ return_string | as_unembedded_code }}]:",
        docstring_detailed,
        "{% if parsed_responses %}",
        ") -> {{ return_string | as_unembedded_code }} | None:",
        docstring_plain,
        "    return sync_detailed(",
        "        {{ kwargs(endpoint) }}",
        "    ).parsed",
        "{% endif %}",
        ") -> Response[{{ return_string | as_unembedded_code }}]:",
        docstring_detailed,
        "{% if parsed_responses %}",
        ") -> {{ return_string | as_unembedded_code }} | None:",
        docstring_plain,
        "    return (await asyncio_detailed(",
        "        {{ kwargs(endpoint) }}",
        "    )).parsed",
        "{% endif %}",
    ], "see codegen/README.md: every change to the stock template is listed there with its reason"
    for documented in ("Unset", "success_string", "imagejobs.errors.APIStatusError", "OPERATION_ID = ", "TAG = "):
        assert documented in added


# --- the recorded digest: a fast --check on an unchanged tree, the full one on any change -------------------------


def test_check_on_an_unchanged_tree_answers_from_the_digest(repo_copy: Path) -> None:
    result = _run_generate(repo_copy, "--check")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "in sync with 5 specs (digest, " in result.stdout
    seconds = float(result.stdout.split("(digest, ")[1].split(" s)")[0])
    assert seconds < 0.5  # measured by the script itself: hashing, no generator ran


@pytest.mark.slow
@pytest.mark.parametrize("edit", ["spec", "generated", "template"])
def test_any_changed_input_or_output_runs_the_full_check(repo_copy: Path, edit: str) -> None:
    if edit == "spec":
        target = repo_copy / "specs" / "sasha.yaml"
        target.write_text(target.read_text().replace("summary: Get one job", "summary: Get a single job", 1))
    elif edit == "generated":
        target = repo_copy / "generated" / "imagejobs_generated" / "sasha" / "types.py"
        target.write_text(target.read_text() + "\n# a hand edit\n")
    else:
        target = repo_copy / "codegen" / "templates" / "endpoint_module.py.jinja"
        target.write_text("# changed by the template\n" + target.read_text())
    result = _run_generate(repo_copy, "--check")
    assert result.returncode == 1, result.stdout
    assert "(digest, " not in result.stdout and "out of sync" in result.stdout
    assert "differs:  generated/imagejobs_generated/sasha/" in result.stdout


@pytest.mark.slow
def test_a_stale_record_falls_back_to_the_full_check_and_says_so(repo_copy: Path) -> None:
    (repo_copy / "codegen" / "README.md").write_text("an input that changes no generated byte\n")
    result = _run_generate(repo_copy, "--check")
    assert result.returncode == 0, result.stdout
    assert "(digest, " not in result.stdout and ".generate-digest.json is stale" in result.stdout
    assert _run_generate(repo_copy).returncode == 0  # regenerating refreshes the record
    assert "(digest, " in _run_generate(repo_copy, "--check").stdout


@pytest.mark.slow
def test_full_flag_never_trusts_the_record(repo_copy: Path) -> None:
    result = _run_generate(repo_copy, "--check", "--full")
    assert result.returncode == 0 and "(digest, " not in result.stdout

"""The distribution as a downstream team meets it: the wheel's names and types, the core install and its extras, the
sdist that regenerates and tests, and a repository that stands alone.

Builds the sdist and the wheel once (``python -m build --no-isolation``: the pinned backend is a dev dependency) and
installs the wheel, without extras, into a fresh venv (its dependencies come from the package index, as for a user).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tarfile
import venv
import zipfile
from pathlib import Path

import pytest
import yaml

from imagejobs import VENDORS  # the registry: what the wheel must hold

ROOT = Path(__file__).resolve().parent.parent
HERE = Path(__file__).resolve().parent / "packaging"

pytestmark = pytest.mark.slow


def _run(cmd: list[str], *, cwd: Path | None = None, env: dict[str, str] | None = None, timeout: float = 300) -> str:
    proc = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)
    assert proc.returncode == 0, f"{cmd} exited {proc.returncode}:\n{proc.stdout}\n{proc.stderr}"
    return proc.stdout


def _clean_env(**extra: str) -> dict[str, str]:
    """The environment without this venv's traces, so a subprocess sees only the interpreter it is started with."""
    env = {
        k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV") and not k.startswith("IMAGEJOBS_")
    }
    return env | extra


@pytest.fixture(scope="session")
def dist(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    out = tmp_path_factory.mktemp("dist")
    _run([sys.executable, "-m", "build", "--no-isolation", "--outdir", str(out), str(ROOT)])
    (wheel,) = out.glob("*.whl")
    (sdist,) = out.glob("*.tar.gz")
    return {"wheel": wheel, "sdist": sdist}


def _venv_with(tmp_path_factory: pytest.TempPathFactory, requirement: str) -> Path:
    where = tmp_path_factory.mktemp("venv") / "venv"
    venv.EnvBuilder(with_pip=True).create(where)
    python = where / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    _run(
        [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", requirement],
        env=_clean_env(),
        timeout=600,
    )
    return python


@pytest.fixture(scope="session")
def core_python(tmp_path_factory: pytest.TempPathFactory, dist: dict[str, Path]) -> Path:
    """A fresh venv holding the wheel and its core dependencies only (no extras)."""
    return _venv_with(tmp_path_factory, str(dist["wheel"]))


# --- the wheel --------------------------------------------------------------------------------------------------


def test_wheel_top_level_names_all_start_with_imagejobs(dist: dict[str, Path]) -> None:
    with zipfile.ZipFile(dist["wheel"]) as wheel:
        tops = {name.split("/", 1)[0] for name in wheel.namelist()}
    assert tops, "empty wheel"
    assert all(top.startswith("imagejobs") for top in tops), sorted(tops)
    assert {"imagejobs", "imagejobs_generated"} <= tops


def test_both_packages_ship_py_typed(dist: dict[str, Path]) -> None:
    with zipfile.ZipFile(dist["wheel"]) as wheel:
        names = set(wheel.namelist())
    assert {"imagejobs/py.typed", "imagejobs_generated/py.typed"} <= names


def test_spec_constants_equal_the_specs_versions_and_hashes(dist: dict[str, Path]) -> None:
    with zipfile.ZipFile(dist["wheel"]) as wheel:
        for vendor in VENDORS:
            spec = ROOT / "specs" / f"{vendor}.yaml"
            constants: dict[str, object] = {}
            exec(wheel.read(f"imagejobs_generated/{vendor}/spec_info.py").decode(), constants)  # our own build
            assert constants["SPEC_FILE"] == f"specs/{vendor}.yaml"
            assert constants["SPEC_VERSION"] == str(yaml.safe_load(spec.read_bytes())["info"]["version"])
            assert constants["SPEC_SHA256"] == hashlib.sha256(spec.read_bytes()).hexdigest()
            # the spec itself travels with the wheel, byte for byte
            assert wheel.read(f"imagejobs_generated/_specs/{vendor}.yaml") == spec.read_bytes()


def test_spec_versions_lists_every_vendor() -> None:
    import imagejobs

    found = imagejobs.spec_versions()
    assert set(found) == set(VENDORS)
    for vendor, info in found.items():
        spec = (ROOT / "specs" / f"{vendor}.yaml").read_bytes()
        assert info.sha256 == hashlib.sha256(spec).hexdigest()
        assert info.version == str(yaml.safe_load(spec)["info"]["version"])


def test_one_version_for_the_distribution(dist: dict[str, Path]) -> None:
    import imagejobs

    with zipfile.ZipFile(dist["wheel"]) as wheel:
        metadata = next(n for n in wheel.namelist() if n.endswith(".dist-info/METADATA"))
        version = re.search(r"^Version: (.+)$", wheel.read(metadata).decode(), re.M)
    assert version and version.group(1) == imagejobs.__version__
    assert dist["wheel"].name.startswith(f"imagejobs-{imagejobs.__version__}-")
    assert f"## {imagejobs.__version__}" in (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")


# --- a downstream project ---------------------------------------------------------------------------------------


def test_downstream_project_with_its_own_generated_and_overlays(core_python: Path, tmp_path: Path) -> None:
    for package in ("generated", "overlays"):
        (tmp_path / package).mkdir()
        (tmp_path / package / "__init__.py").write_text(f'WHOSE = "downstream {package}"\n')
    (tmp_path / "generated" / "normalized_job.py").write_text('WHOSE = "downstream protobuf output"\n')
    (tmp_path / "main.py").write_text(
        "import generated, generated.normalized_job, overlays\n"
        "import imagejobs\n"
        "from imagejobs import sasha\n"
        "from imagejobs_generated.normalized_job import Job\n"
        "client = sasha.client(client_id='id', client_secret='secret')\n"
        "print(generated.WHOSE, '|', generated.normalized_job.WHOSE, '|', overlays.WHOSE, '|', Job.__module__, '|',"
        " type(client).__module__)\n"
    )
    out = _run([str(core_python), "main.py"], cwd=tmp_path, env=_clean_env())
    assert out.strip() == (
        "downstream generated | downstream protobuf output | downstream overlays | imagejobs_generated.normalized_job"
        " | imagejobs_generated.sasha.client"
    )


def test_core_install_has_no_optional_dependency(core_python: Path) -> None:
    code = (
        "import importlib.util, json;"
        "print(json.dumps({m: importlib.util.find_spec(m) is not None for m in"
        " ('httpx', 'pydantic', 'attrs', 'rich', 'starlette', 'uvicorn', 'aiohttp', 'httpx_aiohttp', 'cryptography')}))"
    )
    found = json.loads(_run([str(core_python), "-c", code], env=_clean_env()))
    assert found == {
        "httpx": True,
        "pydantic": True,
        "attrs": True,
        "rich": False,
        "starlette": False,
        "uvicorn": False,
        "aiohttp": False,
        "httpx_aiohttp": False,
        "cryptography": False,
    }


def test_core_install_calls_a_loopback_server_sync_and_async(core_python: Path) -> None:
    out = _run([str(core_python), str(HERE / "core_client.py")], env=_clean_env())
    result = json.loads(out)
    assert result["sync"] == result["async"] == "completed"
    assert [key for _, key in result["seen"]] == ["k-core", "k-core"]


def test_cli_and_sandbox_name_their_extras_on_the_core_install(core_python: Path) -> None:
    command = core_python.parent / "imagejobs"
    helped = subprocess.run([str(command), "--help"], capture_output=True, text=True, env=_clean_env(), timeout=60)
    assert helped.returncode == 0 and "pip install 'imagejobs[cli]'" in helped.stdout

    listed = subprocess.run(
        [str(command), "list", "tic_lens"], capture_output=True, text=True, env=_clean_env(), timeout=60
    )
    assert listed.returncode == 2 and "pip install 'imagejobs[cli]'" in listed.stderr, listed.stderr
    assert "Traceback" not in listed.stderr

    probe = (
        "import imagejobs\n"
        "for what in ('sandbox', 'smile'):\n"
        "    try:\n"
        "        if what == 'sandbox':\n"
        "            import imagejobs.sandbox\n"
        "        else:\n"
        "            imagejobs.smile_identity.client(partner_id='1', api_key='a2V5', scheme='sec_key')\n"
        "    except imagejobs.MissingDependencyError as exc:\n"
        "        assert isinstance(exc, ImportError)\n"
        "        print(exc.extra, '|', exc)\n"
    )
    lines = _run([str(core_python), "-c", probe], env=_clean_env()).splitlines()
    assert lines[0].startswith("sandbox |") and "pip install 'imagejobs[sandbox]'" in lines[0]
    assert lines[1].startswith("smile-legacy |") and "pip install 'imagejobs[smile-legacy]'" in lines[1]


def test_demo_runs_with_the_cli_and_sandbox_extras_alone(
    tmp_path_factory: pytest.TempPathFactory, dist: dict[str, Path]
) -> None:
    """What `scripts/dev.py demo` installs is enough: no aiohttp, no cryptography, no vendor SDK."""
    python = _venv_with(tmp_path_factory, f"imagejobs[cli,sandbox] @ {dist['wheel'].as_uri()}")
    probe = "import importlib.util as u; print(u.find_spec('aiohttp'), u.find_spec('cryptography'))"
    assert _run([str(python), "-c", probe], env=_clean_env()).split() == ["None", "None"]
    out = _run([str(python.parent / "imagejobs"), "demo", "--json"], env=_clean_env(), timeout=180)
    vendors = {json.loads(line)["vendor"] for line in out.splitlines() if line.strip()}
    assert vendors == set(VENDORS)


def test_mypy_strict_sees_precise_types_in_the_built_wheel(core_python: Path, tmp_path: Path) -> None:
    snippet = tmp_path / "downstream_typed.py"
    shutil.copy(HERE / "downstream_typed.py", snippet)
    mypy = Path(sys.executable).parent / "mypy"
    # cwd is a folder without config, and --python-executable makes the core venv's site-packages (the wheel) the
    # only place mypy finds imagejobs: not this repository's source roots.
    proc = subprocess.run(
        [str(mypy), "--strict", "--no-incremental", "--python-executable", str(core_python), snippet.name],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        env=_clean_env(),
        timeout=300,
    )
    revealed = re.findall(r'Revealed type is "(.+)"', proc.stdout)
    assert revealed == [
        "imagejobs_generated.sasha.client.Client",
        "imagejobs.sasha.Jobs",
        "imagejobs_generated.normalized_job.Job",
        "imagejobs_generated.normalized_job.JobState",
        "typing.Iterator[imagejobs_generated.normalized_job.Job]",
        "str",
        "imagejobs._http.RetryPolicy",
    ], proc.stdout
    errors = [line for line in proc.stdout.splitlines() if ": error:" in line]
    assert len(errors) == 1 and 'Unexpected keyword argument "client_idd"' in errors[0], proc.stdout
    assert "site-packages" not in proc.stdout  # nothing in the wheel itself is reported


# --- the sdist --------------------------------------------------------------------------------------------------


def test_sdist_regenerates_builds_the_wheel_and_runs_tests(dist: dict[str, Path], tmp_path: Path) -> None:
    with tarfile.open(dist["sdist"]) as sdist:
        sdist.extractall(tmp_path, filter="data")
    (tree,) = tmp_path.iterdir()
    for needed in ("specs/sasha.yaml", "codegen/README.md", "scripts/generate.py", "tests/conftest.py",
                   "tests/fixtures/seed_examples", "CHANGELOG.md", "README.md", ".ci/run"):  # fmt: skip
        assert (tree / needed).exists(), needed
    assert not (tree / ".venv").exists()

    checked = _run([sys.executable, "scripts/generate.py", "--check"], cwd=tree)
    assert "in sync" in checked

    out = tmp_path / "rebuilt"
    _run([sys.executable, "-m", "build", "--no-isolation", "--wheel", "--outdir", str(out), str(tree)])
    assert len(list(out.glob("imagejobs-*.whl"))) == 1

    # the sdist's own sources, ahead of this repository's on the path, under its own tests
    env = _clean_env(PYTHONPATH=os.pathsep.join([str(tree / "overlays"), str(tree / "generated")]))
    probe = "import imagejobs, imagejobs_generated as g; print(imagejobs.__file__, g.__file__)"
    where = _run([sys.executable, "-c", probe], cwd=tree, env=env)
    assert all(Path(path).is_relative_to(tree) for path in where.split())
    _run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests/test_examples.py"], cwd=tree, env=env)


# --- a repository that stands alone -----------------------------------------------------------------------------


def test_nothing_reads_a_path_outside_the_repository() -> None:
    tracked = subprocess.run(["git", "-C", str(ROOT), "ls-files"], capture_output=True, text=True, check=True).stdout
    outside = re.compile(r"""\.\./shared|["']shared["']|parent\s*/\s*["']shared|\.parent\.parent\.parent""")
    hits = []
    for rel in tracked.splitlines():
        if rel.endswith((".py", ".toml", ".cfg", ".sh", ".yaml", ".yml")) or rel.startswith(".ci/"):
            path = ROOT / rel
            if path.is_file() and outside.search(path.read_text(encoding="utf-8", errors="replace")):
                hits.append(rel)
    assert hits == [], hits


def test_a_fresh_clone_in_an_empty_folder_runs_its_seed_tests(tmp_path: Path) -> None:
    clone = tmp_path / "clone"  # tmp_path is new and empty: nothing beside the clone
    _run(["git", "clone", "--quiet", "--no-hardlinks", str(ROOT), str(clone)])
    env = _clean_env(PYTHONPATH=os.pathsep.join([str(clone / "overlays"), str(clone / "generated")]))
    out = _run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "tests/test_examples.py",
            "tests/test_normalize.py",
        ],
        cwd=clone,
        env=env,
    )
    assert " passed" in out and "failed" not in out


# --- the development install ------------------------------------------------------------------------------------


def test_editable_install_is_path_entries_that_mypy_resolves(tmp_path: Path) -> None:
    """pip install -e puts the two source roots on the path in a .pth file: no import hook, which checkers ignore."""
    import imagejobs
    import imagejobs_generated

    assert Path(imagejobs.__file__).is_relative_to(ROOT / "overlays")
    assert Path(imagejobs_generated.__file__).is_relative_to(ROOT / "generated")
    import site

    entries = []
    for folder in site.getsitepackages():
        assert not list(Path(folder).glob("__editable__*finder*")), "an import-hook editable install"
        for pth in Path(folder).glob("*.pth"):
            entries += [line.strip() for line in pth.read_text().splitlines()]
    assert str(ROOT / "overlays") in entries and str(ROOT / "generated") in entries

    snippet = tmp_path / "uses_it.py"
    snippet.write_text(
        "from typing import reveal_type\nfrom imagejobs import tic_lens\nreveal_type(tic_lens.client(api_key='k'))\n"
    )
    # a folder without config: mypy finds the packages through the venv's path entries alone
    proc = subprocess.run(
        [str(Path(sys.executable).parent / "mypy"), "--strict", "--no-incremental", snippet.name],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        env=_clean_env(),
        timeout=300,
    )
    assert proc.returncode == 0, proc.stdout
    assert 'Revealed type is "imagejobs_generated.tic_lens.client.Client"' in proc.stdout

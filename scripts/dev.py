#!/usr/bin/env python3
"""Developer tasks that work on a fresh machine with only Python 3.11+ and pip.

    python3 scripts/dev.py demo      # the main job
    python3 scripts/dev.py test      # the whole test suite (what .ci/run runs)
    python3 scripts/dev.py generate  # regenerate generated/ from specs/

Every task first creates or reuses ``.venv`` in this repository and installs the project (editable) with the extras
that task needs: ``demo`` only the runtime, ``[cli]`` and ``[sandbox]``; ``test`` and ``generate`` everything. The
install is skipped while ``pyproject.toml`` is unchanged and the extras installed already cover the task's.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"
STAMP = VENV / ".imagejobs-installed"
#: The extras each task needs (``demo`` stays small, so a newcomer sees the table within a minute).
TASK_EXTRAS = {"demo": ("cli", "sandbox"), "test": ("all", "dev", "test"), "generate": ("all", "dev", "test")}
#: What an extra brings along with it, for the "already covered" check.
_IMPLIED = {"all": ("aiohttp", "cli", "sandbox", "smile-legacy")}


def _venv_python() -> Path:
    return VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def _expand(extras: tuple[str, ...]) -> set[str]:
    return {e for extra in extras for e in (extra, *_IMPLIED.get(extra, ()))}


def ensure_venv(extras: tuple[str, ...]) -> Path:
    if sys.version_info < (3, 11):  # noqa: UP036 - this runs on whatever python3 the machine has
        sys.exit(f"imagejobs needs Python 3.11 or newer; this is {sys.version.split()[0]}")
    python = _venv_python()
    if not python.exists():
        print(f"dev: creating {VENV.relative_to(ROOT)}/", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    stamp = STAMP.read_text().split() if STAMP.exists() else []
    have = set(stamp[1:]) if stamp[:1] == [digest] else set()
    if not _expand(extras) <= have:
        wanted = sorted(_expand(extras) | have)
        print(f"dev: installing imagejobs[{','.join(extras)}] into .venv (the first run takes a minute)", flush=True)
        subprocess.run(
            [
                str(python),
                "-m",
                "pip",
                "install",
                "--quiet",
                "--disable-pip-version-check",
                "-e",
                f".[{','.join(wanted)}]",
            ],
            cwd=ROOT,
            check=True,
        )
        STAMP.write_text(" ".join([digest, *wanted]))
    return python


def _run(python: Path, *args: str) -> int:
    return subprocess.run([str(python), *args], cwd=ROOT).returncode


def task_generate(python: Path, args: list[str]) -> int:
    return _run(python, "scripts/generate.py", *args)


def task_demo(python: Path, args: list[str]) -> int:
    return _run(python, "-m", "imagejobs.cli", "demo", *args)


def task_test(python: Path, args: list[str]) -> int:
    rc = _run(python, "-m", "pytest", *args)
    if rc == 5:  # pytest: no test collected. A suite that runs nothing has not passed.
        print("dev: pytest collected no test", file=sys.stderr)
        return 1
    return rc


TASKS = {"demo": task_demo, "test": task_test, "generate": task_generate}


def main() -> int:
    if len(sys.argv) < 2 or sys.argv[1] not in TASKS:
        print(__doc__)
        return 2
    python = ensure_venv(TASK_EXTRAS[sys.argv[1]])
    return TASKS[sys.argv[1]](python, sys.argv[2:])


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Developer tasks that work on a fresh machine with only Python 3.11+ and pip.

    python3 scripts/dev.py demo      # the main job
    python3 scripts/dev.py test      # the whole test suite (what .ci/run runs)
    python3 scripts/dev.py generate  # regenerate generated/ from specs/

Every task first creates or reuses ``.venv`` beside this repository and installs the project with its dev extra;
the install is skipped while ``pyproject.toml`` is unchanged since the last one.
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
EXTRAS = "dev,test"


def _venv_python() -> Path:
    return VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def ensure_venv() -> Path:
    if sys.version_info < (3, 11):  # noqa: UP036 - this runs on whatever python3 the machine has
        sys.exit(f"imagejobs needs Python 3.11 or newer; this is {sys.version.split()[0]}")
    python = _venv_python()
    if not python.exists():
        print(f"dev: creating {VENV.relative_to(ROOT)}/", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes() + EXTRAS.encode()).hexdigest()
    if not STAMP.exists() or STAMP.read_text().strip() != wanted:
        print("dev: installing imagejobs and its dev dependencies into .venv (first run takes a minute)", flush=True)
        subprocess.run(
            [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", "-e", f".[{EXTRAS}]"],
            cwd=ROOT,
            check=True,
        )
        STAMP.write_text(wanted)
    return python


def _run(python: Path, *args: str) -> int:
    return subprocess.run([str(python), *args], cwd=ROOT).returncode


def task_generate(python: Path, args: list[str]) -> int:
    return _run(python, "scripts/generate.py", *args)


def task_demo(python: Path, args: list[str]) -> int:
    return _run(python, "-m", "overlays.cli", "demo", *args)


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
    python = ensure_venv()
    return TASKS[sys.argv[1]](python, sys.argv[2:])


if __name__ == "__main__":
    sys.exit(main())

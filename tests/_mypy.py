"""``mypy --strict`` on a downstream snippet, as a user of the installed packages would run it.

Reusable: :func:`run_mypy` checks a snippet against the packages an interpreter has installed (this one by default,
or another, such as a virtual environment holding the built wheel, through ``python_executable``), never against the
repository's source roots. :func:`by_marker` files mypy's messages under the ``# [name]`` markers of the snippet's
lines, so that a test reads ``messages["get_job.sync"]`` instead of counting lines.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

FILE_NAME = "downstream.py"
_MESSAGE = re.compile(rf"^{re.escape(FILE_NAME)}:(\d+): (?:error|note): (.*)$")
_MARKER = re.compile(r"#\s*\[([^\]]+)\]\s*$")


def run_mypy(snippet: str, *, python_executable: str | os.PathLike[str] | None = None, timeout: float = 600.0) -> str:
    """mypy's output (``file:line: error|note: ...`` lines) for ``snippet`` under ``--strict``.

    mypy runs from a temporary directory with an empty configuration (no ``pyproject.toml``, no ``MYPYPATH``), so
    it finds ``imagejobs`` and ``imagejobs_generated`` only where ``python_executable`` (default: this interpreter)
    has them installed. A crash of mypy itself (exit status other than 0 or 1) fails loudly.
    """
    with tempfile.TemporaryDirectory(prefix="imagejobs-mypy-") as tmp:
        folder = Path(tmp)
        (folder / FILE_NAME).write_text(textwrap.dedent(snippet), encoding="utf-8")
        (folder / "mypy.ini").write_text("[mypy]\n", encoding="utf-8")
        command = [sys.executable, "-m", "mypy", "--strict", "--config-file", "mypy.ini", "--show-error-codes"]
        command += ["--cache-dir", str(folder / ".mypy_cache"), "--no-color-output", "--no-error-summary"]
        if python_executable is not None:
            command += ["--python-executable", os.fspath(python_executable)]
        env = {k: v for k, v in os.environ.items() if k not in ("MYPYPATH", "PYTHONPATH")}
        result = subprocess.run(
            [*command, FILE_NAME], cwd=folder, capture_output=True, text=True, timeout=timeout, env=env, check=False
        )
    if result.returncode not in (0, 1):
        raise AssertionError(f"mypy failed to run ({result.returncode}):\n{result.stdout}\n{result.stderr}")
    return result.stdout


def by_marker(snippet: str, output: str) -> dict[str, list[str]]:
    """mypy's messages (``Revealed type is "..."``, errors with their code) per ``# [marker]`` of the snippet."""
    markers = {
        number: match.group(1)
        for number, line in enumerate(textwrap.dedent(snippet).splitlines(), start=1)
        if (match := _MARKER.search(line))
    }
    messages: dict[str, list[str]] = {marker: [] for marker in markers.values()}
    for line in output.splitlines():
        match = _MESSAGE.match(line)
        if match and int(match.group(1)) in markers:
            messages[markers[int(match.group(1))]].append(match.group(2))
    return messages


def revealed(messages: list[str]) -> str:
    """The one type a line's ``reveal_type`` showed, without ``builtins.`` (mypy versions differ in showing it)."""
    types = [m.removeprefix('Revealed type is "').removesuffix('"') for m in messages if m.startswith("Revealed")]
    assert len(types) == 1, messages
    return types[0].replace("builtins.", "")

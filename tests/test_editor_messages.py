"""What Plume says to an editor, and where (issue 20): true messages at the command line and in
the API, each in the place it is read. Real processes; generation, where any, is scripted."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def plume(*args: str, env: dict[str, str] | None = None, cwd: Path = REPO):
    """The real `plume ARGS` in a fresh process; its CompletedProcess."""
    return subprocess.run(
        [sys.executable, "-m", "engine", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env={**os.environ, "PYTHONPATH": str(REPO), **(env or {})},
        timeout=300,
        check=False,
    )


def test_a_missing_input_is_said_before_the_missing_model(tmp_path: Path) -> None:
    empty = tmp_path / "models"
    empty.mkdir()
    done = plume(
        "rewrite",
        str(tmp_path / "nope.txt"),
        env={"PLUME_MODELS_DIR": str(empty), "PLUME_MODEL": ""},
    )
    assert done.returncode == 2, done.stderr
    assert done.stderr.splitlines()[0] == f"Error: Input not found: {tmp_path / 'nope.txt'}"
    assert "No model" not in done.stderr and "Traceback" not in done.stderr
    assert done.stdout == ""

"""An unexpected exception is a bug: its own exit code (not 1, the gate's), one line on
stderr that names the file holding the full trace, and no traceback on the terminal."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from click.testing import CliRunner

import engine.llm.local
from engine.cli import cli
from engine.errors import EXIT_CRASH, EXIT_GATE_FAILED


class Broken:
    name = "broken"

    def generate(self, messages, **kwargs):
        raise ValueError("a bug deep inside")


def test_a_crash_exits_4_naming_the_trace_file(
    monkeypatch: pytest.MonkeyPatch, corpus_dir: Path, tiny_chat_model: Path, tmp_path: Path
) -> None:
    monkeypatch.setattr(engine.llm.local, "load_generator", lambda path, settings: Broken())
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    source = corpus_dir / "wikinews" / "22.txt"
    out = tmp_path / "out"
    args = ["rewrite", str(source), "--model", str(tiny_chat_model), "-o", f"{out}/", "-q"]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == EXIT_CRASH == 4
    assert EXIT_CRASH != EXIT_GATE_FAILED
    [trace] = tmp_path.glob("plume-crash-*.txt")
    lines = [line for line in result.stderr.splitlines() if not line.startswith("Warning:")]
    assert lines == [
        "Internal error (ValueError: a bug deep inside): a bug in Plume, not in your input; "
        f"the full trace is in {trace}."
    ]
    text = trace.read_text(encoding="utf-8")
    assert text.startswith("Traceback (most recent call last):")
    assert text.rstrip().endswith("ValueError: a bug deep inside")
    assert "Traceback" not in result.output
    assert not out.exists() or not any(out.iterdir())  # no half-written article


def test_usage_errors_keep_clicks_exit_2(tiny_chat_model: Path) -> None:
    result = CliRunner().invoke(cli, ["rewrite", "--no-such-flag"])
    assert result.exit_code == 2
    assert "No such option" in result.output

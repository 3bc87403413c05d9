"""Written files get the mode the user's umask gives a new file, as `open()` would: the
colleague, the web server or the CMS that reads them must be able to."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from click.testing import CliRunner

import engine.llm.local
from engine.cli import cli
from engine.output.files import current_umask, write_atomic
from tests.scripted import ScriptedGenerator


@pytest.fixture
def umask():
    """Set the process umask for one test, and restore it."""
    saved = os.umask(0o022)
    os.umask(saved)
    yield os.umask
    os.umask(saved)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.parametrize(("mask", "expected"), [(0o022, 0o644), (0o002, 0o664), (0o077, 0o600)])
def test_atomic_write_uses_the_umask(umask, tmp_path: Path, mask: int, expected: int) -> None:
    umask(mask)
    assert current_umask() == mask
    target = tmp_path / "article.md"
    write_atomic(target, "texte\n")
    assert mode(target) == expected
    write_atomic(target, "texte remplacé\n")  # replacing keeps the same rule
    assert mode(target) == expected
    assert [p.name for p in tmp_path.iterdir()] == ["article.md"]


def test_rejected_draft_and_report_are_readable_by_others(
    umask, monkeypatch, corpus_dir: Path, tiny_chat_model: Path, tmp_path: Path
) -> None:
    umask(0o022)
    short = (corpus_dir / "drafts/failures/wikinews-05/section-too-short.md").read_text("utf-8")
    failing = ScriptedGenerator("wikinews-05", {("section:4", n): short for n in range(1, 9)})
    monkeypatch.setattr(engine.llm.local, "load_generator", lambda path, settings: failing)
    out = tmp_path / "out"
    source = corpus_dir / "seeds/wikinews-05-seed.txt"
    args = ["rewrite", str(source), "-o", f"{out}/", "--model", str(tiny_chat_model), "-q"]
    result = CliRunner().invoke(cli, [*args, "--max-rounds", "1", "--keep-rejected"])
    assert result.exit_code == 1, result.output
    written = sorted(out.iterdir())
    assert [p.name for p in written] == [
        "wikinews-05-seed.rejected.md",
        "wikinews-05-seed.report.json",
    ]
    assert [oct(mode(p)) for p in written] == [oct(0o644)] * 2

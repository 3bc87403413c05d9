"""Several stories in one source (issue 20): a note before Plume writes, and `plume inspect`
lists them. Sources: French Wikinews, CC BY 2.5 (tests/data/wikinews/SOURCES.md)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from engine.brief.source import read_source
from engine.brief.stories import several_stories, stories
from tests.conftest import DATA, REPO

WIKINEWS = DATA / "wikinews"


def _inspect(path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "engine", "inspect", str(path)],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=300,
        check=False,
    )


def test_three_dated_stories_in_one_file_are_named_and_listed(tmp_path: Path) -> None:
    path = tmp_path / "wire.txt"
    texts = [(WIKINEWS / f"{n}.txt").read_text(encoding="utf-8").strip() for n in (12, "05", 22)]
    path.write_text("\n\n".join(texts) + "\n", encoding="utf-8")
    done = _inspect(path)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    note = next(i for i, line in enumerate(lines) if "several stories" in line)
    assert lines[note] == (
        "  note: the source has 3 titles, each followed by a dateline (893 words): it may hold "
        "several stories, and Plume rewrites it as one article (give each story its own file to "
        "rewrite them apart)"
    )
    assert [line.split(" (")[0] for line in lines[note + 1 : note + 4]] == [
        "    story 1: « Tour de France 2016 : Van Avermaet s'impose en solitaire et prend le "
        "maillot jaune »",
        "    story 2: « Colombie : le conservateur Iván Duque remporte l'élection présidentielle »",
        "    story 3: « Incendie sur le pont Mathilde de Rouen »",
    ]
    source = read_source(path)
    assert [s.first for s in stories(source.title, source.paragraphs)] == [
        0,
        5,
        12,
    ]  # where each story's paragraphs begin


def test_a_long_source_without_titles_may_be_several_stories(tmp_path: Path) -> None:
    one, *others = (read_source(WIKINEWS / f"{n}.txt") for n in ("11", "01", "08"))
    paragraphs = [p for other in others for p in other.paragraphs]  # no title of their own
    path = tmp_path / "long.txt"
    path.write_text("\n\n".join([one.title or "", *one.paragraphs, *paragraphs]), encoding="utf-8")
    source = read_source(path)
    note = several_stories(source.title, source.paragraphs)
    assert note is not None and note.startswith("the source has 2,")
    assert note in source.notes  # what inspect and rewrite's start-up block print
    assert several_stories(source.title, source.paragraphs[:5]) is None
    done = _inspect(path)
    assert f"  note: {note}" in done.stdout.splitlines()
    assert "    story 1:" not in done.stdout  # nothing to list: one title


@pytest.mark.parametrize("path", sorted(WIKINEWS.glob("*.txt")), ids=lambda p: p.stem)
def test_one_story_draws_no_note(path: Path) -> None:
    source = read_source(path)
    assert several_stories(source.title, source.paragraphs) is None
    assert len(stories(source.title, source.paragraphs)) == 1

"""A text never contradicts itself: every source of tests/data/wikinews, read as its own article
(its lines as paragraphs, the first its title), draws no hard fidelity finding. A reading that
refuses the source's own words refuses every honest writer who keeps them (issue 19: the whole
source sentence copied, a date before the dateline read in its own parse, a lapse count read
from part of a number word — each once found this way)."""

from __future__ import annotations

from pathlib import Path

import pytest

from scripts.fidelity_eval import CaseFile, brief_of, fidelity

SOURCES = sorted((Path(__file__).parent / "data" / "wikinews").glob("*.txt"))


def as_article(source: str) -> str:
    return "\n\n".join(line for line in source.split("\n") if line.strip())


def test_there_are_sources_to_read() -> None:
    assert len(SOURCES) >= 400


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: p.stem)
def test_a_source_read_as_its_own_article_contradicts_nothing(path: Path) -> None:
    source = path.read_text(encoding="utf-8")
    brief = brief_of(CaseFile(path.name, source, "", ()))
    hard = [
        f"{f.rule}: {f.message}"
        for f in fidelity(as_article(source), brief)
        if not f.passed and f.severity == "hard"
    ]
    assert hard == []

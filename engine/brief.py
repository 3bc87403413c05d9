"""Source → Brief: the focus keyphrase, the word budget and the fact inventory.

The facts (`Fact`, `Facts`, `extract_facts`) live in `engine.facts` and the keyphrase in
`engine.keyphrase`; they are re-exported here, where the pipeline and the gate look for them.
"""

from __future__ import annotations

from dataclasses import dataclass

from engine.config import Settings
from engine.facts import Fact, FactKind, Facts, extract_facts
from engine.keyphrase import keyphrase_of
from engine.source import Source

__all__ = [
    "Brief",
    "Fact",
    "FactKind",
    "Facts",
    "extract_facts",
    "extract_keyphrase",
    "make_brief",
]


@dataclass(frozen=True)
class Brief:
    keyphrase: str
    min_words: int
    title: str | None  # the title to customise (directive) or the source's own
    facts: Facts
    source: Source


def extract_keyphrase(source: Source) -> str:
    """A 2–4 word noun phrase from the most salient lemmas/entities ("OTAN voisinage sud")."""
    return keyphrase_of(source.title, source.text)


def make_brief(source: Source, settings: Settings, keyphrase: str | None = None) -> Brief:
    """The keyphrase given (else extracted); min words: the directive's N, else the setting."""
    given = " ".join((keyphrase or "").split())
    return Brief(
        keyphrase=given or extract_keyphrase(source),
        min_words=source.directives.min_words or settings.min_words,
        title=source.directives.title or source.title,
        facts=extract_facts(source.text),
        source=source,
    )

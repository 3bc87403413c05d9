"""Source → Brief: the focus keyphrase, the word budget and the fact inventory.

The facts (`Fact`, `Facts`, `extract_facts`) live in `engine.brief.facts` and the keyphrase in
`engine.brief.keyphrase`; they are re-exported here, where the pipeline and the gate look for them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from engine.brief.facts import Fact, FactKind, Facts, extract_facts, facts_of
from engine.brief.keyphrase import keyphrase_candidates
from engine.brief.source import Source
from engine.config import Settings

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = [
    "Brief",
    "Fact",
    "FactKind",
    "Facts",
    "extract_facts",
    "facts_of",
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
    # Where the keyphrase came from ("given" or "extracted") and, extracted, the runners-up.
    keyphrase_from: str = "given"
    candidates: tuple[str, ...] = ()


def parse_source(source: Source) -> tuple[Doc | None, list[Doc]]:
    """The source's title (None without one) and paragraphs, parsed once (engine.text.nlp.parse
    keeps them: the gate reads the same Docs)."""
    from engine.text.nlp import parse

    docs = parse([*([source.title] if source.title else []), *source.paragraphs])
    return (docs[0], docs[1:]) if source.title else (None, docs)


def extract_keyphrase(source: Source) -> str:
    """A 2–4 word noun phrase from the most salient lemmas/entities ("OTAN voisinage sud")."""
    return keyphrase_candidates(*parse_source(source))[0]


def make_brief(source: Source, settings: Settings, keyphrase: str | None = None) -> Brief:
    """The keyphrase given (else extracted); min words: the directive's N, else the setting."""
    given = " ".join((keyphrase or "").split())
    title, paragraphs = parse_source(source)
    choices = [] if given else keyphrase_candidates(title, paragraphs)
    return Brief(
        keyphrase=given or choices[0],
        min_words=source.directives.min_words or settings.min_words,
        title=source.directives.title or source.title,
        facts=facts_of(paragraphs),
        source=source,
        keyphrase_from="given" if given else "extracted",
        candidates=tuple(choices[1:]),
    )

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
    # Where the minimum came from: "given" (a flag, a form or an API field), "directive" (the
    # source's « au moins 700 mots »), or "settings" (PLUME_MIN_WORDS, else the default).
    min_words_from: str = "settings"


def parse_source(source: Source) -> tuple[Doc | None, list[Doc]]:
    """The source's title (None without one) and paragraphs, parsed once (engine.text.nlp.parse
    keeps them: the gate reads the same Docs)."""
    from engine.text.nlp import parse

    docs = parse([*([source.title] if source.title else []), *source.paragraphs])
    return (docs[0], docs[1:]) if source.title else (None, docs)


def extract_keyphrase(source: Source) -> str:
    """A 2–4 word noun phrase from the most salient lemmas/entities ("OTAN voisinage sud")."""
    return keyphrase_candidates(*parse_source(source))[0]


def min_words_rule(given: int | None, source: Source, settings: Settings) -> tuple[int, str]:
    """The one rule for the minimum word count, and where the value came from: what the user
    gave explicitly wins over the source's directive, which wins over the settings."""
    if given is not None:
        return given, "given"
    if source.directives.min_words is not None:
        return source.directives.min_words, "directive"
    return settings.min_words, "settings"


def make_brief(
    source: Source,
    settings: Settings,
    keyphrase: str | None = None,
    min_words: int | None = None,
) -> Brief:
    """The keyphrase given (else extracted); the minimum words by `min_words_rule`."""
    given = " ".join((keyphrase or "").split())
    title, paragraphs = parse_source(source)
    choices = [] if given else keyphrase_candidates(title, paragraphs)
    words, words_from = min_words_rule(min_words, source, settings)
    return Brief(
        keyphrase=given or choices[0],
        min_words=words,
        title=source.directives.title or source.title,
        facts=facts_of(paragraphs),
        source=source,
        keyphrase_from="given" if given else "extracted",
        candidates=tuple(choices[1:]),
        min_words_from=words_from,
    )

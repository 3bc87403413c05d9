"""Source → Brief: the focus keyphrase, the word budget and the fact inventory.

The facts (`Fact`, `Facts`, `extract_facts`) live in `engine.facts` and the keyphrase in
`engine.keyphrase`; they are re-exported here, where the pipeline and the gate look for them.
"""

from __future__ import annotations

from dataclasses import dataclass

from engine.config import Settings
from engine.facts import Fact, FactKind, Facts, extract_facts
from engine.keyphrase import content_lemmas, keyphrase_candidates
from engine.source import Source

__all__ = [
    "Brief",
    "Fact",
    "FactKind",
    "Facts",
    "content_lemmas",
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
    # Where the keyphrase came from ("given" or "extracted") and, extracted, the runners-up.
    keyphrase_from: str = "given"
    candidates: tuple[str, ...] = ()


def extract_keyphrase(source: Source) -> str:
    """A 2–4 word noun phrase from the most salient lemmas/entities ("OTAN voisinage sud")."""
    return keyphrase_choices(source)[0]


def keyphrase_choices(source: Source) -> list[str]:
    """The extracted keyphrase first, then the other candidates."""
    lead = source.paragraphs[0] if source.paragraphs else None
    return keyphrase_candidates(source.title, source.text, lead)


def make_brief(source: Source, settings: Settings, keyphrase: str | None = None) -> Brief:
    """The keyphrase given (else extracted); min words: the directive's N, else the setting."""
    given = " ".join((keyphrase or "").split())
    choices = [] if given else keyphrase_choices(source)
    return Brief(
        keyphrase=given or choices[0],
        min_words=source.directives.min_words or settings.min_words,
        title=source.directives.title or source.title,
        facts=extract_facts(source.text),
        source=source,
        keyphrase_from="given" if given else "extracted",
        candidates=tuple(choices[1:]),
    )

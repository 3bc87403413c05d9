"""Source → Brief: the focus keyphrase, the word budget and the fact inventory.

CONTRACT (implementation in progress on branch `source`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from engine.config import Settings
from engine.source import Source

FactKind = Literal[
    "number", "percentage", "amount", "date", "person", "organisation", "place", "quotation"
]


@dataclass(frozen=True)
class Fact:
    kind: FactKind
    text: str  # as written: "50 200", "1,4 %", "2,5 millions d'euros", "l'OTAN", "« … »"
    key: str  # canonical form for comparison: "50200", "1.4%", "OTAN", quote text normalised


@dataclass(frozen=True)
class Facts:
    items: tuple[Fact, ...] = ()

    def of(self, *kinds: FactKind) -> tuple[Fact, ...]:
        return tuple(f for f in self.items if f.kind in kinds)

    def keys(self, *kinds: FactKind) -> set[str]:
        return {f.key for f in self.of(*kinds)}


@dataclass(frozen=True)
class Brief:
    keyphrase: str
    min_words: int
    title: str | None  # the title to customise (directive) or the source's own
    facts: Facts
    source: Source


def extract_facts(text: str) -> Facts:
    """The fact inventory of any French text: used on the source, and by the gate on drafts."""
    raise NotImplementedError


def extract_keyphrase(source: Source) -> str:
    """A 2–4 word noun phrase from the most salient lemmas/entities ("OTAN voisinage sud")."""
    raise NotImplementedError


def make_brief(source: Source, settings: Settings, keyphrase: str | None = None) -> Brief:
    raise NotImplementedError

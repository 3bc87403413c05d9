"""Typed slots of a claim, each in its own module: what one sentence says about time and
certainty (`modality`), done or to come whatever the verb (`tense`), how many of a group
(`scope`), which rank or degree (`rank`), a record the source never makes (`superlatives`), a
comparative turned to its opposite (`comparatives`), who did what to whom (`agents`), which
people, places and organisations (`entities`), the conditions and hedges a claim is said under
(`qualifiers`), which person goes with which thing where a sentence pairs several (`paired`),
a word said where the source says its opposite of the same thing (`antonyms`).

A slot module has two functions:
- `read(tokens) -> frozenset`: its marks on the words of one sentence (the writer's words, or all
  the words of a source sentence), small hashable records;
- `compare(article, source, known) -> Iterator[Clash]`: where the marks of an article sentence
  contradict those of the source sentence it restates (`known`: the marks of the whole source).

`engine.gate.statements` gives each sentence its `Slots` (`Statement.slots`: each slot read
when a check first asks for it); `engine.gate.claims` compares an
article sentence's slots with those of the source sentences it is aligned with.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from engine.gate.slots import (
    agents,
    antonyms,
    aspect,
    comparatives,
    entities,
    modality,
    paired,
    qualifiers,
    rank,
    scope,
    seats,
    superlatives,
)

if TYPE_CHECKING:
    from spacy.tokens import Token

    from engine.gate.slots.base import Clash

Marks = frozenset
SLOTS: dict[str, tuple[Callable[[Sequence[Token]], Marks], Callable[..., Iterator[Clash]]]] = {
    "modality": (modality.read, modality.compare),
    "scope": (scope.read, scope.compare),
    "rank": (rank.read, rank.compare),
    "superlatives": (superlatives.read, superlatives.compare),
    "comparatives": (comparatives.read, comparatives.compare),
    "agents": (agents.read, agents.compare),
    "entities": (entities.read, entities.compare),
    "tense": (aspect.read, aspect.compare),
    "qualifiers": (qualifiers.read, qualifiers.compare),
    "paired": (paired.read, paired.compare),
    "antonyms": (antonyms.read, antonyms.compare),
    "seats": (seats.read, seats.compare),
}


class Slots(Mapping[str, Marks]):
    """Every slot's marks on one sentence's words (a slot with no mark is absent), each slot
    read only when first asked for: most article sentences restate
    no source sentence, and no check asks for most of their slots."""

    __slots__ = ("_read", "_tokens")

    def __init__(self, tokens: Sequence[Token]) -> None:
        self._tokens = tokens
        self._read: dict[str, Marks] = {}

    def _marks(self, name: str) -> Marks:
        marks = self._read.get(name)
        if marks is None:
            marks = self._read[name] = SLOTS[name][0](self._tokens)
        return marks

    def __getitem__(self, name: str) -> Marks:
        marks = self._marks(name)  # a name of no slot: KeyError
        if not marks:
            raise KeyError(name)
        return marks

    def __iter__(self) -> Iterator[str]:
        return (name for name in SLOTS if self._marks(name))

    def __len__(self) -> int:
        return sum(1 for _ in self)


@dataclass(frozen=True)
class SlotClash:
    slot: str
    clash: Clash


def compare_slots(
    article: Mapping[str, Marks], source: Mapping[str, Marks], known: Mapping[str, Marks]
) -> Iterator[SlotClash]:
    """The clashes between an article sentence's slots and those of the source sentence it
    restates; `known`: every mark of the whole source."""
    for name, (_, compare) in SLOTS.items():
        mine = article.get(name)
        if mine:
            for clash in compare(mine, source.get(name, frozenset()), known.get(name, frozenset())):
                yield SlotClash(name, clash)

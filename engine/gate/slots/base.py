"""What every slot shares: a clash's record, and the lemmas it compares by."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from engine.gate.tokens import head_indices, is_content, lemma_of

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

    from spacy.tokens import Token

Certainty = Literal["hard", "review"]


@dataclass(frozen=True)
class Clash:
    certainty: Certainty  # hard: the two cannot both be true; review: likely a distortion
    problem: str  # what the article does, said after its sentence ("puts in the future …")


def under_heads(tokens: Sequence[Token], heads: Sequence[Token]) -> dict[int, list[Token]]:
    """The tokens each predicate head governs within `tokens` (itself included), by the head's
    index: each token goes to the nearest head up its chain of heads."""
    inside = {t.i for t in tokens}
    owned: dict[int, list[Token]] = {h.i: [] for h in heads}
    head_of = head_indices(tokens[0].doc) if tokens else []
    for t in tokens:
        up = t.i
        while up not in owned and head_of[up] != up and head_of[up] in inside:
            up = head_of[up]
        if up in owned:
            owned[up].append(t)
    return owned


lemma = lemma_of  # the lemma a slot compares by (a name as written, lowercase)


def content(tokens: Iterable[Token]) -> frozenset[str]:
    """The content lemmas of these tokens (nouns, verbs, adjectives, names; no figures)."""
    return frozenset(lemma_of(t) for t in tokens if is_content(t) and t.pos_ != "NUM")

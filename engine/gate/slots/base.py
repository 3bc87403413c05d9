"""What every slot shares: a clash's record, and the lemmas it compares by."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from engine.gate.tokens import is_content, lemma_of

if TYPE_CHECKING:
    from collections.abc import Iterable

    from spacy.tokens import Token

Certainty = Literal["hard", "review"]


@dataclass(frozen=True)
class Clash:
    certainty: Certainty  # hard: the two cannot both be true; review: likely a distortion
    problem: str  # what the article does, said after its sentence ("puts in the future …")


def lemma(token: Token) -> str:
    """The lemma a slot compares by (a name as written, lowercase): engine.gate.tokens'."""
    return lemma_of(token)


def content(tokens: Iterable[Token]) -> frozenset[str]:
    """The content lemmas of these tokens (nouns, verbs, adjectives, names; no figures)."""
    return frozenset(lemma_of(t) for t in tokens if is_content(t) and t.pos_ != "NUM")

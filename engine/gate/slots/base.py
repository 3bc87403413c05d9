"""What every slot shares: a clash's record and the few token helpers they need."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from spacy.tokens import Token

Certainty = Literal["hard", "review"]


@dataclass(frozen=True)
class Clash:
    certainty: Certainty  # hard: the two cannot both be true; review: likely a distortion
    problem: str  # what the article does, said after its sentence ("puts in the future …")


CONTENT = frozenset({"NOUN", "PROPN", "VERB", "ADJ"})


def lemma(token: Token) -> str:
    return token.lemma_.lower().replace("’", "'")


def content(tokens: object) -> frozenset[str]:
    """The content lemmas of these tokens (nouns, verbs, adjectives, names)."""
    return frozenset(
        lemma(t)
        for t in tokens  # type: ignore[attr-defined]
        if t.pos_ in CONTENT and not t.is_stop and any(c.isalpha() for c in t.text)
    )

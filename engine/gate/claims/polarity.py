"""Polarity: a verb (or, under avoir/être/y avoir, a predicate noun) negated on one side
only. Always a review: a negation is said in too many ways for a parse to be certain."""

from __future__ import annotations

from collections.abc import Iterator

from engine.gate.claims.alignment import (
    SHARED,
    Problem,
    Sentence,
    question,
    restated,
)
from engine.gate.source_index import SourceIndex

RULE = "polarity"


def polarity_problems(sentence: Sentence, index: SourceIndex) -> Iterator[Problem]:
    """A predicate negated on one side only. Always a review: a negation is said in too many
    ways ("sans", "aucun", "n'a plus de", "excepté", an antonym) for a parse to be certain."""
    best = restated(sentence)
    if best is None or question(sentence) or sentence.shared < SHARED:
        return
    mine, theirs = sentence.statement, index.statements[best]
    for table_mine, table_theirs in ((mine.verbs, theirs.verbs), (mine.nouns, theirs.nouns)):
        for lemma, polarity in table_mine.items():
            other = table_theirs.get(lemma)
            if other and len(polarity) == 1 and len(other) == 1 and polarity != other:
                said, source = ("denies", "affirms") if True in polarity else ("affirms", "denies")
                yield Problem(
                    RULE, "review", f"{said} what the source {source} ({lemma})", best, lemma
                )
                return

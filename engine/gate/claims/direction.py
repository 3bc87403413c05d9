"""Direction: hausse ↔ baisse and their kin (lexicon/direction.txt) on the same theme."""

from __future__ import annotations

from collections.abc import Iterator

from engine.gate.claims.alignment import (
    NEAR,
    Problem,
    Sentence,
    certainty,
    fragments_beside,
    restated,
)
from engine.gate.source_index import SourceIndex

RULE = "direction"


def direction_problems(sentence: Sentence, index: SourceIndex) -> Iterator[Problem]:
    """A rise where the source sentence it restates says a fall on the same theme, and no other
    source sentence as close (nor one either side) says the rise."""
    best = restated(sentence)
    if best is None:
        return
    top = sentence.aligned[0][0]
    close = {i for score, i in sentence.aligned if score >= top - NEAR}
    close.update(fragments_beside(best, index))
    theirs = index.statements[best].directions
    for sign, theme, word in sentence.statement.directions:
        related = [(s, w) for s, t, w in theirs if t & theme]
        if not related or not all(s == -sign for s, _ in related):
            continue
        if any(s == sign for i in close for s, _, _ in index.statements[i].directions):
            continue  # the source says both there: which applies is no parse's to say
        problem = f"says «{word}» where the source says «{related[0][1]}»"
        yield Problem(RULE, certainty(sentence), problem, best, word)
        return

"""Direction: hausse ↔ baisse and their kin (lexicon/direction.txt) on the same theme."""

from __future__ import annotations

from collections.abc import Iterator

from engine.gate.claims.alignment import (
    ALIGNED,
    NEAR,
    Problem,
    Sentence,
    certainty,
    fragments_beside,
    restated,
)
from engine.gate.source_index import SourceIndex
from engine.text.lexicon import lines

RULE = "direction"
MERGED_THEME = 2  # theme words a change of another aligned source sentence must share


_COMPARISONS = lines("comparisons")  # « supérieur », « plus »… (lexicon/comparisons.txt)


def _comparison(word: str) -> bool:
    """A comparison (« supérieure à 1000° », « plus »), not a change: it says both sides of a
    sentence's changes only on its own theme."""
    return word.lower().startswith(_COMPARISONS)


def direction_problems(sentence: Sentence, index: SourceIndex) -> Iterator[Problem]:
    """A rise where the source sentence it restates says a fall on the same theme, and no other
    source sentence as close (nor one either side) says the rise on that theme. Where the
    sentence restated says no change on the theme, another source sentence it is aligned with
    may (a sentence merging two): then a review."""
    best = restated(sentence)
    if best is None:
        return
    top = sentence.aligned[0][0]
    close = {i for score, i in sentence.aligned if score >= top - NEAR}
    close.update(fragments_beside(best, index))
    theirs = index.statements[best].directions
    others = [
        (i, d)
        for score, i in sentence.aligned[1:]
        if score >= ALIGNED and i != best
        for d in index.statements[i].directions
    ]
    for sign, theme, word in sentence.statement.directions:
        related = [(s, w) for s, t, w in theirs if t & theme]
        at, sure = best, certainty(sentence)
        if not related:  # a sentence merging two: the change may be in the other one
            merged = [(i, s, w) for i, (s, t, w) in others if len(t & theme) >= MERGED_THEME]
            related = [(s, w) for _, s, w in merged]
            at, sure = (merged[0][0], "review") if merged else (best, sure)
        if not related or not all(s == -sign for s, _ in related):
            continue
        if any(
            s == sign and (t & theme or not _comparison(w))
            for i in close
            for s, t, w in index.statements[i].directions
        ):
            continue  # the source says both there: which applies is no parse's to say
        problem = f"says «{word}» where the source says «{related[0][1]}»"
        yield Problem(RULE, sure, problem, at, word)
        return

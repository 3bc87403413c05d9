"""Causes: a cause or consequence the source does not give (a review: the source may say it in
other words)."""

from __future__ import annotations

from collections.abc import Iterator

from engine.gate.claims.alignment import (
    LINKED,
    Problem,
    Sentence,
    certainty,
)
from engine.gate.source_index import STEM, SourceIndex

RULE = "causes"


def _stems_in(phrase: frozenset[str], index: SourceIndex) -> bool:
    """Whether the source uses some word of `phrase` (folded lemmas), by its stem: an adjective
    for a noun ("présidentiel" for "présidentielle"), a plural, a participle."""
    return any(lemma[:STEM] in index.stems for lemma in phrase if len(lemma) >= 3) or any(
        lemma in index.folded_lemmas for lemma in phrase
    )


def cause_problems(
    sentence: Sentence, neighbours: list[Sentence], index: SourceIndex
) -> Iterator[Problem]:
    statement = sentence.statement
    if not statement.causes:
        return
    for marker, named, written in statement.causes:
        shown = " ".join(written[:8])
        absent = sorted(" ".join(sorted(p)) for p in named if not _stems_in(p, index))
        if absent:
            # a review: the source may state it in other words ("faute de froid" for its
            # "températures trop élevées")
            yield Problem(
                RULE,
                "review",
                f"gives a cause the source does not («{marker} {shown}»: «{absent[0]}» is not in "
                "the source)",
                None,
                marker,
            )
            return
    near = {i for score, i in sentence.aligned if score > LINKED}
    if sentence.aligned:
        best = sentence.aligned[0][1]
        near.update(i for i in (best - 1, best + 1) if 0 <= i < len(index.statements))
    nearby = [index.statements[i] for i in near]
    if certainty(sentence) == "hard" and not any(s.causes or s.links for s in nearby):
        marker = statement.causes[0][0]
        yield Problem(
            RULE,
            "review",
            f"links facts with «{marker}» where the source gives no such link",
            None,
            marker,
        )

"""Causes and consequences: a link of cause the source does not give, or a cause or consequence
that names what the source never mentions.

- A cause or consequence naming a noun phrase none of whose words the source uses (« en raison
  de la grève des routiers », « ce qui a entraîné la fermeture des écoles ») is a fact absent
  from the source: hard where it holds ABSENT such words or more after a marker of its own (a
  preposition or a verb: « à cause de », « provoquer »), else a review (« faute de froid » may be
  the source's « températures trop élevées »). A conjunction's clause (« car », « parce que »)
  names a subject, not a cause: not compared so.
- A consequence the sentence adds (« …, ce qui le place en tête ») whose words the source gives
  far from the sentence restated: a review.
- A link between facts the source gives without any link nearby (a review: the source may give
  it in other words), unless it answers the writer's own question (« Pourquoi ? Parce que … »).
"""

from __future__ import annotations

from collections.abc import Iterator

from engine.gate.claims.alignment import (
    LINKED,
    Problem,
    Sentence,
    certainty,
    question,
)
from engine.gate.source_index import STEM, SourceIndex
from engine.gate.statements import Cause

RULE = "causes"
ABSENT = 2  # words of a cause the source never uses: a fact absent from the source


def _stems_in(phrase: frozenset[str], index: SourceIndex) -> bool:
    """Whether the source uses some word of `phrase` (folded lemmas), by its stem: an adjective
    for a noun ("présidentiel" for "présidentielle"), a plural, a participle."""
    return any(lemma[:STEM] in index.stems for lemma in phrase if len(lemma) >= 3) or any(
        lemma in index.folded_lemmas for lemma in phrase
    )


def _absent(cause: Cause, index: SourceIndex) -> tuple[str | None, int]:
    """The first noun phrase of `cause` the source never uses, and how many of its words the
    source never uses."""
    phrases = sorted(" ".join(sorted(p)) for p in cause.named if not _stems_in(p, index))
    unknown = sum(not _stems_in(frozenset({w}), index) for w in cause.words)
    return (phrases[0] if phrases else None), unknown


def cause_problems(
    sentence: Sentence, neighbours: list[Sentence], index: SourceIndex
) -> Iterator[Problem]:
    statement = sentence.statement
    if not statement.causes:
        return
    for cause in statement.causes:
        phrase, unknown = _absent(cause, index)
        if phrase is None or cause.clause:
            continue
        sure = unknown >= ABSENT and not cause.marker.startswith("ce qui ")
        severity = "hard" if sure else "review"
        shown = " ".join(cause.written[:8])
        what = "consequence" if cause.effect else "cause"
        yield Problem(
            RULE,
            severity,
            f"gives a {what} the source does not («{cause.marker} {shown}»: «{phrase}» is not "
            "in the source)",
            None,
            cause.marker,
        )
        return
    near = {i for score, i in sentence.aligned if score > LINKED}
    if sentence.aligned:
        best = sentence.aligned[0][1]
        near.update(i for i in (best - 1, best + 1) if 0 <= i < len(index.statements))
    nearby = [index.statements[i] for i in near]
    if any(question(n) and n.number == sentence.number - 1 for n in neighbours):
        return  # « Pourquoi ? Parce que … »: the writer answers their own question
    for cause in statement.causes:
        if cause.effect and cause.words:
            here = frozenset().union(*(index.folded[i] for i in near))
            if len(cause.words & here) * 2 < len(cause.words):
                yield Problem(
                    RULE,
                    "review",
                    f"adds a consequence («{cause.marker} {' '.join(cause.written[:8])}») the "
                    "source does not give here",
                    None,
                    cause.marker,
                )
                return
    if certainty(sentence) == "hard" and not any(s.causes or s.links for s in nearby):
        marker = statement.causes[0].marker
        yield Problem(
            RULE,
            "review",
            f"links facts with «{marker}» where the source gives no such link",
            None,
            marker,
        )

"""Polarity: a predicate (a verb, or a noun under avoir/être/y avoir) negated on one side only,
in an article sentence and the source sentence it restates.

A negation is said in many ways (« sans », « aucun », « n'a plus de », « excepté la Serbie », « le
seul pays à », « impossible à », an antonym: « n'augmente pas » for « baisse »), so nothing is
compared where the side that says yes says no in some other way. Hard where the same predicate
is negated on one side only of a sentence that surely restates its source sentence
(`certainty`); a review where the sentence is only likely to restate it (its predicate among the
words they share, one fewer than `SHARED` besides)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from engine.gate.claims.alignment import (
    SHARED,
    Problem,
    Sentence,
    certainty,
    question,
    restated,
)
from engine.gate.source_index import SourceIndex
from engine.gate.statements import Statement
from engine.text.lexicon import by_tag, tagged

RULE = "polarity"
_NE = frozenset({"ne", "n"})  # « n'a » is written n, a


def negative(statement: Statement) -> bool:
    """Whether a sentence says no in any way: a negation, a verb or adjective that negates
    (« refuser », « impossible »), an exception, exclusivity or a lack (lexicon/negation.txt)."""
    lex = by_tag("negation")
    written = set(re.findall(r"\w+", statement.text.lower()))
    words = lex["word"] | lex["other"] | _NE
    return bool(written & words or statement.lemmas & (lex["verb"] | lex["other"]))


def _antonym(lemma: str, statement: Statement) -> bool:
    """Whether a sentence says the opposite change of `lemma` (« n'augmente pas » ↔ « est en
    baisse »: lexicon/direction.txt)."""
    sign = tagged("direction").get(lemma)
    return sign is not None and any((s > 0) != (sign == "+") for s, _, _ in statement.directions)


def polarity_problems(sentence: Sentence, index: SourceIndex) -> Iterator[Problem]:
    """A predicate negated on one side only (its lemma on both sides is one of the words the
    sentence shares with its source sentence)."""
    best = restated(sentence)
    if best is None or question(sentence):
        return
    mine, theirs = sentence.statement, index.statements[best]
    sure = certainty(sentence)
    if sentence.shared < SHARED - 1:
        return
    for table_mine, table_theirs in ((mine.verbs, theirs.verbs), (mine.nouns, theirs.nouns)):
        for lemma, polarity in table_mine.items():
            other = table_theirs.get(lemma)
            if not other or len(polarity) != 1 or len(other) != 1 or polarity == other:
                continue
            denied = True in polarity
            if negative(theirs if denied else mine) or _antonym(lemma, theirs if denied else mine):
                continue  # the side that says yes says no another way
            said, source = ("denies", "affirms") if denied else ("affirms", "denies")
            problem = f"{said} what the source {source} ({lemma})"
            yield Problem(RULE, sure, problem, best, lemma)
            return

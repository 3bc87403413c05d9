"""Quotations: verbatim (« […] » parts in order), given to their source speaker or to nobody; a
fragment of two or three words only in a context that says what the source says (a review)."""

from __future__ import annotations

from collections.abc import Iterator

from engine.brief.quotes import quote_key
from engine.gate.claims.alignment import (
    SHORT_QUOTE,
    Problem,
    Sentence,
    certainty,
    question,
    restated,
)
from engine.gate.source_index import SourceIndex
from engine.gate.statements import Quote
from engine.text import excerpt, normalise

RULE = "quotations"


def verbatim_in(key: str, index: SourceIndex) -> bool:
    """A quotation (its quote key) is the source's words: « […] » parts each, in order."""
    return bool(verbatim(key, index))


def verbatim(key: str, index: SourceIndex) -> list[int]:
    """The source statements whose words hold the quotation (« […] » parts each, in order): a
    source quotation first, else the source's own words."""
    parts = [normalise(p).strip(" ,;:.") for p in key.split("…") if p.strip(" .,;:")]
    if not parts:
        return []
    found = [i for quote, i in index.quotes if _in_order(parts, normalise(quote.key))]
    if found:
        return found
    if not _in_order(parts, index.text):
        return []
    return [i for i, s in enumerate(index.statements) if parts[0] in normalise(s.text)] or [0]


def _in_order(parts: list[str], text: str) -> bool:
    position = 0
    for part in parts:
        position = text.find(part, position)
        if position < 0:
            return False
        position += len(part)
    return True


def same_person(a: str, b: str) -> bool:
    mine, theirs = set(a.lower().split()), set(b.lower().split())
    return mine <= theirs or theirs <= mine


def quote_problems(sentence: Sentence, index: SourceIndex) -> Iterator[Problem]:
    for quote in sentence.statement.quotes:
        holders = verbatim(quote.key, index)
        if not holders:
            continue  # reported as "quotation not in the source" by the fact check
        theirs = [q for q, i in index.quotes if i in holders and q.speaker and _overlaps(q, quote)]
        speakers = {q.speaker for q in theirs}
        named = quote.speaker if quote.named else None  # a pronoun's guess accuses nobody
        if named and speakers and not any(same_person(named, s) for s in speakers):
            sure = all(q.named for q in theirs)  # the source names its speaker there too
            yield Problem(
                RULE,
                "hard" if sure else "review",
                f"gives «{excerpt(quote.key, 50)}» to {quote.speaker}: the source's speaker is "
                f"{sorted(speakers)[0]}",
                holders[0],
                quote.text,
            )
            continue
        words = len(quote.key.split())
        term = words == 1 and restated(sentence) is None
        if words <= SHORT_QUOTE and not term and not question(sentence) and "?" not in quote.key:
            # one word in quotation marks is a term ("handlers") unless the sentence restates
            # a source sentence; a question asks, a quoted question is itself. Its context is
            # judged where the sentence surely restates its source one, else its polarity only
            sure = certainty(sentence) == "hard"
            yield from _fragment_problem(sentence, quote, holders, index, sure)


def _overlaps(source_quote: Quote, quote: Quote) -> bool:
    parts = [normalise(p).strip(" ,;:.") for p in quote.key.split("…") if p.strip(" .,;:")]
    text = normalise(source_quote.key)
    return all(part in text for part in parts)


def _fragment_problem(
    sentence: Sentence, quote: Quote, holders: list[int], index: SourceIndex, sure: bool
) -> Iterator[Problem]:
    """A one-to-three-word quotation stands only where the sentence around it says what the
    source says around it: the same polarity, and some of the same words (two sentences either
    side); a question ("Quelle défaite ?") vouches for nothing."""
    fragment = normalise(quote.key)
    inner = set(fragment.replace("'", " ").split())
    context = frozenset(lemma for lemma in sentence.statement.lemmas if lemma not in inner)
    found = []
    for i, theirs in enumerate(index.statements):
        if fragment not in normalise(quote_key(theirs.text)):
            continue
        found.append(i)
        if theirs.text.rstrip(' »"').endswith("?"):
            continue
        negated = any(True in theirs.polar.get(word, ()) for word in fragment.split())
        around = set().union(*(s.lemmas for s in index.statements[max(0, i - 2) : i + 3]))
        if negated == quote.negated and (not sure or not context or context & around):
            return
    at = found[-1] if found else holders[0]
    yield Problem(
        RULE,
        "review",
        f"quotes «{quote.key}» out of its context: the source does not say that",
        at,
        quote.text,
    )

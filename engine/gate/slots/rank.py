"""Rank and degree: who came first or last, and which way a comparison goes.

Read (lexicon/rank.txt): an ordinal or a place with what it ranks — « la première course »
(course, 1), « le dernier concurrent » (concurrent, last), « arrivé en tête » (arriver, 1),
« en deuxième position » (the verb's rank: a position only holds one); a degree with what it
grades — « les plus touchées » (toucher, more), « moins d'une demi-heure » (demi-heure, less).

An article sentence clashes with the source sentence it restates, for certain (hard), when it
gives the same thing another rank (« première fois » ↔ « deuxième fois »), the opposite degree
(« les plus touchées » ↔ « les moins touchées »), or the same degree of the opposite word
(« les plus fortes hausses » ↔ « les plus faibles hausses »).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from engine.gate.slots.base import Certainty, Clash, lemma
from engine.text.lexicon import words

if TYPE_CHECKING:
    from spacy.tokens import Token

MORE, LESS = 1, -1
_DEGREE = {"plus": MORE, "davantage": MORE, "moins": LESS}


@dataclass(frozen=True)
class Rank:
    word: str  # what is ranked
    value: str  # "1", "2", …, "last", "last-1"
    written: str


@dataclass(frozen=True)
class Degree:
    word: str  # what is graded
    sign: int  # MORE or LESS


@cache
def _ranks() -> tuple[dict[str, str], frozenset[str], dict[str, frozenset[str]]]:
    ranks, places, pairs = {}, set(), {}
    for line in words("rank"):
        tag, *rest = line.split()
        if tag == "rank":
            ranks[rest[1]] = rest[0]
        elif tag == "place":
            places.add(rest[0])
        elif tag == "pair":
            a, b = rest[0], " ".join(rest[1:])
            pairs.setdefault(a, set()).add(b)
            pairs.setdefault(b, set()).add(a)
    return ranks, frozenset(places), {k: frozenset(v) for k, v in pairs.items()}


def read(tokens: Sequence[Token]) -> frozenset[Rank | Degree]:
    ranks, places, _ = _ranks()
    inside = {t.i for t in tokens}
    out: set[Rank | Degree] = set()
    for n, t in enumerate(tokens):
        word = lemma(t)
        value = ranks.get(word) or ranks.get(t.lower_)
        if value is not None:
            if word == "tête" and not any(c.lower_ == "en" for c in t.children):
                continue  # « la tête du classement » is no rank
            ranked = _ranked(t, inside, places)
            if ranked is not None:
                out.add(Rank(ranked, value, t.text))
            continue
        sign = _DEGREE.get(t.lower_)
        if sign is None or any(b.lower_ in ("ne", "n'", "n’") for b in tokens[max(0, n - 3) : n]):
            continue  # « n'a plus de gouvernement » is a negation
        if t.head.i in inside and t.head.pos_ in ("ADJ", "VERB", "ADV") and t.head.i > t.i:
            out.add(Degree(lemma(t.head), sign))
            continue
        after = tokens[n + 1 : n + 5]
        if after and after[0].lower_ in ("de", "d'", "d’"):
            if any(a.pos_ == "NUM" for a in after[1:3]):
                continue  # « plus de 41 % »: a figure's comparator, read with the figure
            noun = next((a for a in after[1:] if a.pos_ == "NOUN"), None)
            if noun is not None:
                out.add(Degree(lemma(noun), sign))
    return frozenset(out)


def _ranked(t: Token, inside: set[int], places: frozenset[str]) -> str | None:
    """What an ordinal ranks: the noun it qualifies, or the verb it completes; a noun that only
    holds a rank (« position ») hands it to its verb."""
    if t.pos_ == "NOUN" and t.lemma_ != "tête":
        child = next((c for c in t.children if c.pos_ == "NOUN"), None)
        if child is not None:
            return lemma(child)
    head = t.head if t.head.i in inside and t.head.i != t.i else None
    if head is None:
        return None
    if lemma(head) in places and head.head.i in inside and head.head.i != head.i:
        head = head.head
    return lemma(head)


def compare(
    article: frozenset[Rank | Degree],
    source: frozenset[Rank | Degree],
    known: frozenset[Rank | Degree],
) -> Iterator[Clash]:
    _, _, pairs = _ranks()
    ranks: dict[str, set[str]] = {}
    written: dict[tuple[str, str], str] = {}
    degrees: set[tuple[str, int]] = set()
    for m in source:
        if isinstance(m, Rank):
            ranks.setdefault(m.word, set()).add(m.value)
            written[m.word, m.value] = m.written
        else:
            degrees.add((m.word, m.sign))
    everywhere = {(m.word, m.value) for m in known if isinstance(m, Rank)}
    mine = [m for m in article if isinstance(m, Rank)]
    # a rank the article gives to a word the source does not rank: the source's, said otherwise
    moved = {m.value for m in mine if m.word not in ranks}
    for m in mine:
        theirs = ranks.get(m.word)
        if not theirs or m.value in theirs or (m.word, m.value) in everywhere or theirs & moved:
            continue
        other = written[m.word, sorted(theirs)[0]]
        certainty: Certainty = "hard" if len(written) == 1 else "review"
        yield Clash(certainty, f"ranks «{m.word}» «{m.written}» where the source says «{other}»")
    for m in article:
        if isinstance(m, Rank) or (m.word, m.sign) in degrees:
            continue
        word = "plus" if m.sign == MORE else "moins"
        if (m.word, -m.sign) in degrees:
            yield Clash("hard", f"says «{word}» «{m.word}», the source the opposite")
            continue
        opposite = next((o for o in sorted(pairs.get(m.word, ())) if (o, m.sign) in degrees), None)
        if opposite is not None:
            yield Clash("hard", f"says «{word} {m.word}» where the source says «{word} {opposite}»")

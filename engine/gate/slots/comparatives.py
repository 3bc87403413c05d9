"""Comparatives turned the other way: a word that compares or places (« supérieures »,
« devant », « en plus ») where the source sentence restated says its opposite (« inférieures »,
« derrière », « en moins »).

Read (lexicon/comparatives.txt): each word of a pair of opposites, with its side — a lemma
(« supérieur », « meilleur », « devant »), a verb that places its subject ahead (« devancer »,
not in the passive: « devancé par » places it behind), or a phrase of two words (« en plus »,
« en moins », not « en plus de »: besides).

An article sentence clashes with the source sentence it restates when it says one side of a
pair that sentence does not say, of the same thing (the noun an adjective qualifies, the noun a
preposition places: its own complement, « devant le musée »; « derrière lui, le Suédois »
places « lui », whom the pair does not name; a verb, the noun after it), and the source
sentence says the other side the article does not say: a review (a writer may turn the
sentence round: « X derrière Y » for « Y devant X »).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from engine.gate.slots.base import Clash, lemma
from engine.text.lexicon import lines

if TYPE_CHECKING:
    from spacy.tokens import Token

AHEAD, BEHIND = 1, -1


@dataclass(frozen=True)
class Side:
    pair: str  # the pair's name: its first word (« supérieur »)
    side: int  # AHEAD for the pair's first word, BEHIND for its second
    written: str
    # what is compared (lowercase): the noun an adjective or « en plus » qualifies, the noun
    # after a preposition or a verb (« devant le musée »: musée); only sides of one thing are
    # compared (not « le musée est devancé par la Bastille » for « la Bastille devant le
    # musée », nor « derrière lui »)
    what: str = ""


@cache
def _pairs() -> dict[str, tuple[str, int]]:
    """Every word or phrase of lexicon/comparatives.txt → (its pair, its side)."""
    out: dict[str, tuple[str, int]] = {}
    for line in lines("comparatives"):
        first, second = (word.replace("_", " ") for word in line.split())
        # a word of two pairs joins them: « devancer derrière » after « devant derrière »
        pair = out.get(first, out.get(second, (first, AHEAD)))[0]
        out.setdefault(first, (pair, AHEAD))
        out.setdefault(second, (pair, BEHIND))
    return out


def read(tokens: Sequence[Token]) -> frozenset[Side]:
    pairs = _pairs()
    out = set()
    low = [t.lower_ for t in tokens]
    for n, t in enumerate(tokens):
        if low[n] == "en" and n + 1 < len(low) and low[n + 1] in ("plus", "moins"):
            after = low[n + 2] if n + 2 < len(low) else ""
            if after not in ("de", "d'", "d’", "en") and f"en {low[n + 1]}" in pairs:
                pair, side = pairs[f"en {low[n + 1]}"]
                before = next((b for b in reversed(tokens[:n]) if b.pos_ == "NOUN"), None)
                what = before.lower_ if before is not None else ""
                out.add(Side(pair, side, f"en {tokens[n + 1].text}", what))
            continue
        word = lemma(t)
        if word not in pairs or (n and low[n - 1] == "en"):
            continue
        pair, side = pairs[word]
        if t.pos_ in ("VERB", "AUX") and any(c.dep_ == "aux:pass" for c in t.children):
            side = -side  # « devancé par X »: behind X
        out.add(Side(pair, side, t.text, _compared(t, tokens[max(0, n - 4) : n], tokens[n + 1 :])))
    return frozenset(out)


def _compared(token: Token, before: Sequence[Token], after: Sequence[Token]) -> str:
    """What a word compares: an adjective, the noun it qualifies (or the noun it follows: « les
    forces, pourtant inférieures, des pays »); a preposition or a verb, the first noun or name
    after it."""
    nouns = ("NOUN", "PROPN")
    if token.pos_ == "ADJ":
        if token.head.pos_ in nouns and token.head is not token:
            return token.head.lower_
        noun = next((b for b in reversed(before) if b.pos_ in nouns), None)
        return noun.lower_ if noun is not None else ""
    if token.pos_ == "ADP" and token.dep_ == "case" and token.head.i != token.i:
        # a preposition places its own complement: « derrière lui, le Suédois » places « lui »
        # (who is it?), not the Suédois it names next
        complement = token.head
        if complement.pos_ == "PRON":
            return ""
        named = next((t for t in complement.subtree if t.pos_ in nouns), None)  # « The Guardian »
        return named.lower_ if named is not None else ""
    if token.pos_ == "VERB":
        # a verb places its object (« trois pays le devançaient : les États-Unis, … » places
        # « le », who is behind, not the countries named after the colon)
        obj = next((c for c in token.children if c.dep_ == "obj"), None)
        if obj is not None and obj.pos_ in ("PRON", "DET"):  # « le », read as an article at times
            return ""
        if obj is not None and obj.pos_ in nouns:
            return obj.lower_
    noun = next((a for a in after[:4] if a.pos_ in nouns), None)
    return noun.lower_ if noun is not None else ""


def compare(
    article: frozenset[Side], source: frozenset[Side], known: frozenset[Side]
) -> Iterator[Clash]:
    theirs = {(s.pair, s.side): s for s in source}
    mine = {(s.pair, s.side) for s in article}
    for s in sorted(article, key=lambda s: s.written):
        other = theirs.get((s.pair, -s.side))
        if other is None or (s.pair, s.side) in theirs or (s.pair, -s.side) in mine:
            continue
        if not s.what or s.what != other.what:
            continue  # two things compared (« le musée est devancé par la Bastille »), or one
            # not said (« une seconde derrière lui »: who is « lui »?)
        yield Clash("review", f"says «{s.written}» where the source says «{other.written}»")
        return

"""Which people go with which thing of a sentence that pairs several: the words each person's
name stands among (« le patinage en couple (remportée par Ashley Cain et Timothy LeDuc) et la
danse sur glace (remportée par Madison Hubbell et Zachary Donohue) »).

Read by the words as written, not the parse (which hangs a name of such lists on any noun): the
sentence is cut into chunks at « ; », « : », « tandis que », « alors que », each chunk into
pieces at a comma, a bracket, « puis », and « et » after a word that is no name (« Ashley Cain
et Timothy LeDuc » stay together). Per person
named (the NER's PER, or a capitalised name beside one it left untagged), the nouns and
adjectives of its own piece, then of the pieces before and after it in its chunk, nearest
first (a verb said once may govern every pair: « a été remporté par X, … par Y »).

An article sentence clashes with the source sentence it restates when two of its people are
each where the other stands there. A person's words are those of the nearest piece holding a
word of both sentences said once in each (a word said of every pair, « remportée », pairs none):
its own piece, else the one next to it on the one side that holds such a word (both sides at
one distance: unsure, none; a name in brackets goes with what is before them). The article puts
the first person with the second's words and the second with the first's, neither with its own
(« En couple, le titre est revenu à Madison Hubbell et Zachary Donohue ; en danse sur glace,
Ashley Cain et Timothy LeDuc »): both names exchanged, a clash `claims` makes hard on a sentence
restated with confidence.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from engine.gate.slots.base import Clash, lemma
from engine.gate.tokens import is_content

if TYPE_CHECKING:
    from spacy.tokens import Token

_CHUNKS = frozenset({";", ":"})
_PIECES = frozenset({",", "(", ")", "puis"})
_WHILE = frozenset({"alors", "tandis"})  # « alors que », « tandis que »: another clause
_THAT = frozenset({"que", "qu'", "qu’"})
# the words that pair: what is won, held, given (nouns, adjectives, names of things); a verb
# said once may govern every pair (« a été remporté par X, … par Y »)
_THINGS = frozenset({"NOUN", "ADJ", "PROPN"})


@dataclass(frozen=True)
class Paired:
    name: frozenset[str]  # the name's words, lowercase
    shown: str
    own: frozenset[str]  # the content lemmas of its piece
    before: tuple[frozenset[str], ...]  # of the pieces before it in its chunk, nearest first
    after: tuple[frozenset[str], ...]  # …and after it
    bracketed: bool  # its piece opens with a bracket
    repeated: frozenset[str]  # the lemmas its sentence says more than once


def _person(token: Token) -> bool:
    """A word of a person's name: the NER's PER, or a capitalised name beside another word of a
    name the NER left untagged (« Nikita Katsalapov », « Piper Gilles »)."""
    if not token.text[:1].isupper() or token.ent_type_ in ("LOC", "ORG"):
        return False
    if token.ent_type_ == "PER":
        return True
    doc = token.doc
    near = [doc[i] for i in (token.i - 1, token.i + 1) if 0 <= i < len(doc)]
    return token.pos_ in ("PROPN", "X") and any(
        n.text[:1].isupper() and (n.ent_type_ == "PER" or n.pos_ == "PROPN") for n in near
    )


def read(tokens: Sequence[Token]) -> frozenset[Paired]:
    if sum(1 for t in tokens if _person(t)) < 4:
        return frozenset()
    chunks: list[list[list[Token]]] = [[[]]]
    for n, t in enumerate(tokens):
        while_ = t.lower_ in _WHILE and n + 1 < len(tokens) and tokens[n + 1].lower_ in _THAT
        if t.text in _CHUNKS or while_:
            chunks.append([[]])
            continue
        before = tokens[n - 1] if n else None
        cut = t.lower_ in _PIECES or t.lower_ == "et" and before is not None and not _person(before)
        if cut:
            chunks[-1].append([t] if t.text == "(" else [])
            continue
        chunks[-1][-1].append(t)
    counts: dict[str, int] = {}
    for t in tokens:
        if _thing(t):
            counts[lemma(t)] = counts.get(lemma(t), 0) + 1
    repeated = frozenset(w for w, k in counts.items() if k > 1)
    out = set()
    for chunk in chunks:
        pieces = [p for p in chunk if any(t.text != "(" for t in p)]
        words = [frozenset(lemma(t) for t in p if _thing(t)) for p in pieces]
        for k, piece in enumerate(pieces):
            for name in _names(piece):
                out.add(
                    Paired(
                        frozenset(t.lower_ for t in name),
                        " ".join(t.text for t in name),
                        words[k],
                        tuple(reversed(words[:k])),
                        tuple(words[k + 1 :]),
                        piece[0].text == "(",
                        repeated,
                    )
                )
    return frozenset(out)


def _thing(token: Token) -> bool:
    return is_content(token) and token.pos_ in _THINGS and not _person(token)


def _names(piece: list[Token]) -> Iterator[list[Token]]:
    name: list[Token] = []
    for t in piece:
        if _person(t) and name and not (t.ent_iob_ == "B" and name[-1].ent_iob_ != "O"):
            name.append(t)
            continue
        if name:
            yield name
        name = [t] if _person(t) else []
    if name:
        yield name


def _anchor(mark: Paired, shared: frozenset[str]) -> frozenset[str]:
    """The words of both sentences, said once in each, of the nearest piece holding any."""
    if mark.own & shared:
        return mark.own & shared
    for n in range(max(len(mark.before), len(mark.after))):
        left = mark.before[n] & shared if n < len(mark.before) else frozenset()
        right = mark.after[n] & shared if n < len(mark.after) else frozenset()
        if left and (not right or mark.bracketed and n == 0):
            return left
        if right and not left:
            return right
        if left or right:
            return frozenset()  # both sides alike: unsure
    return frozenset()


def _match(mark: Paired, others: frozenset[Paired]) -> Paired | None:
    """The one person of `others` who shares a word of three letters or more of `mark`'s name."""
    words = {w for w in mark.name if len(w) > 2}
    found = [o for o in others if words & o.name]
    return found[0] if len(found) == 1 else None


def compare(
    article: frozenset[Paired], source: frozenset[Paired], known: frozenset[Paired]
) -> Iterator[Clash]:
    if len(article) < 2 or len(source) < 2:
        return
    pairs = [(m, s) for m in article if (s := _match(m, source)) is not None]
    if len({s for _, s in pairs}) != len(pairs):
        return  # two of the article's names for one of the source's: unsure who is who
    repeated = next(iter(article)).repeated | next(iter(source)).repeated

    def words(marks: frozenset[Paired]) -> frozenset[str]:
        return frozenset().union(*(w for m in marks for w in (m.own, *m.before, *m.after)))

    names = frozenset().union(*(m.name for m in article), *(s.name for s in source))
    shared = (words(article) & words(source)) - repeated - names
    if not shared:
        return
    for n, (m1, s1) in enumerate(pairs):
        for m2, s2 in pairs[n + 1 :]:
            a1, a2 = _anchor(m1, shared), _anchor(m2, shared)
            b1, b2 = _anchor(s1, shared), _anchor(s2, shared)
            if not (a1 and a2 and b1 and b2) or b1 & b2:
                continue
            if a1 & b2 and a2 & b1 and not a1 & b1 and not a2 & b2:
                yield Clash(
                    "hard",
                    f"gives {m1.shown} what the source gives {s2.shown} "
                    f"(«{sorted(a1 & b2)[0]}») and {m2.shown} what it gives {s1.shown}",
                )
                return

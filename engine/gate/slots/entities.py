"""Which people, places and organisations a claim is about.

Read: the names the NER finds in the sentence (people, places, organisations; not a demonym or
a capitalised common word, engine.gate.tokens.is_name), each as its words (« Benoît Hamon » is
also « Hamon »). An article sentence clashes with the source sentence it restates when it names
someone or somewhere of the source that this sentence does not name, and leaves out a name of
the same kind in the same place (the same relation to the same word) this sentence does give:
« il est tombé 156 millimètres en Mauricie » where the source says « à Montréal ». A name an
honest writer adds for context stands elsewhere (« le pont Mathilde, à Rouen » beside
« l'échangeur Sud »). A name of the
article the whole source never gives is left to the fact inventory (a person not in the source).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from engine.gate.slots.base import Clash, lemma
from engine.gate.tokens import is_name
from engine.text import fold

if TYPE_CHECKING:
    from spacy.tokens import Token

KINDS = frozenset({"PER", "LOC", "ORG"})
_PARTICLES = frozenset({"de", "du", "des", "la", "le", "les", "d'", "l'", "d’", "l’"})


@dataclass(frozen=True)
class Name:
    kind: str
    words: frozenset[str]
    shown: str
    place: tuple[str, str]  # where it stands: its relation and the lemma it depends on

    def same(self, other: Name) -> bool:
        """Whether two names may name the same: one holds the other's words, a word matching
        its misspelling by one letter at the end (« Alaphilippeet »)."""
        return _within(self.words, other.words) or _within(other.words, self.words)


@dataclass(frozen=True)
class Words:
    """Every word of the sentence (folded): a name of the source its words still give is kept,
    whether or not the NER found it there."""

    words: frozenset[str]


def _within(some: frozenset[str], others: frozenset[str]) -> bool:
    return all(any(_alike(w, o) for o in others) for w in some)


def _alike(a: str, b: str) -> bool:
    short, long = sorted((a, b), key=len)
    return a == b or len(short) >= 5 and long.startswith(short) and len(long) - len(short) <= 2


def read(tokens: Sequence[Token]) -> frozenset[Name | Words]:
    if not tokens:
        return frozenset()
    doc = tokens[0].doc
    start, end = tokens[0].i, tokens[-1].i + 1
    out: set[Name | Words] = set()
    for ent in doc.ents:
        if ent.start < start or ent.end > end or ent.label_ not in KINDS or not is_name(ent):
            continue
        words = frozenset(fold(w.lower_) for w in ent if w.is_alpha and w.lower_ not in _PARTICLES)
        root = ent.root
        head = root.head if root.head.i != root.i else root
        place = (root.dep_.split(":")[0], lemma(head))
        if words:
            out.add(Name(ent.label_, words, ent.text, place))
    if out:
        out.add(Words(frozenset(fold(t.lower_) for t in tokens if t.is_alpha)))
    return frozenset(out)


def compare(
    article: frozenset[Name | Words],
    source: frozenset[Name | Words],
    known: frozenset[Name | Words],
) -> Iterator[Clash]:
    mine = [n for n in article if isinstance(n, Name)]
    theirs = [n for n in source if isinstance(n, Name)]
    written = frozenset().union(*(w.words for w in article if isinstance(w, Words)))
    for name in mine:
        if any(name.same(s) for s in theirs) or not any(
            name.same(k) for k in known if isinstance(k, Name)
        ):
            continue
        left_out = sorted(
            s.shown
            for s in theirs
            if s.kind == name.kind
            and s.place == name.place
            and not any(s.same(a) for a in mine)
            and not _within(s.words, written)
        )
        if left_out:
            yield Clash("hard", f"names {name.shown} where the source names {left_out[0]}")

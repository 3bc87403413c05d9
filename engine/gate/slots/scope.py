"""Scope: how many of a group a claim concerns — all, most, some, only one.

A quantifier is read with what it bounds (lexicon/scope.txt): « toutes les régions » is (région,
all), « l'ensemble des pays » (pays, all), « la plupart des mushers » (musher, most), « plusieurs
journalistes » (journaliste, some), « seuls deux compétiteurs » (compétiteur, only), « une
journaliste » (journaliste, one); an adverb bounds its head: « purement symboliques »
(symbolique, all), « surtout symboliques » (symbolique, most), and « presque entièrement » is
most.

An article sentence clashes with the source sentence it restates when it bounds the same word
another way (hard: « plusieurs pays » ↔ « l'ensemble des pays »), or makes several of what the
source gives as one (review: « une journaliste » ↔ « plusieurs journalistes »). A word the source
leaves unbounded is not compared: « l'ensemble des inscrits » may sum up « les inscrits ».
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from engine.gate.slots.base import Clash, lemma
from engine.text.lexicon import by_tag

if TYPE_CHECKING:
    from spacy.tokens import Token

ALL, MOST, SOME, ONLY, ONE = "all", "most", "some", "only", "one"
# Which bounds contradict each other on the same word.
CLASH = {
    ALL: {MOST, SOME, ONLY, ONE},
    MOST: {ALL, ONLY, ONE},
    SOME: {ALL, ONLY, ONE},
    ONLY: {ALL, MOST, SOME},
    ONE: {ALL, MOST, SOME},
}
SAID = {ALL: "all", MOST: "most", SOME: "some", ONLY: "only", ONE: "one"}


@dataclass(frozen=True)
class Bound:
    word: str  # the lemma bounded
    kind: str  # all, most, some, only, one
    adverb: bool  # bounded by an adverb (« purement »), not a determiner


def read(tokens: Sequence[Token]) -> frozenset[Bound]:
    lex = by_tag("scope")
    inside = {t.i for t in tokens}
    out: set[Bound] = set()
    bounded: set[int] = set()
    for t in tokens:
        word = lemma(t)
        kind = next((k for k in (ALL, MOST, SOME, ONLY) if word in lex.get(k, ())), None)
        if kind and t.pos_ == "NOUN":  # « l'ensemble des pays », « la plupart des mushers »
            of = next((c for c in t.children if c.pos_ in ("NOUN", "PROPN")), None)
            if of is not None and any(g.lower_ in ("de", "des", "du", "d'") for g in of.children):
                out.add(Bound(lemma(of), kind, False))
                bounded.add(of.i)
            continue
        if kind and t.pos_ in ("ADJ", "DET", "PRON") and t.head.i in inside:
            head = t.head
            if head.pos_ in ("NOUN", "PROPN") and t.i < head.i:
                out.add(Bound(lemma(head), kind, False))
                bounded.add(head.i)
            continue
        if t.pos_ == "ADV" and t.head.i in inside and t.head.i != t.i:
            if word in lex.get("adv-all", ()):
                before = t.doc[t.i - 1] if t.i > 0 else None
                hedged = before is not None and before.lower_ in lex.get("hedge", ())
                out.add(Bound(_head(t.head), MOST if hedged else ALL, True))
                # and the adverb itself: « presque entièrement annulée » ↔ « entièrement effacée »
                out.add(Bound(f"~{word}", MOST if hedged else ALL, True))
            elif word in lex.get("adv-most", ()) and word not in lex.get("hedge", ()):
                out.add(Bound(_head(t.head), MOST, True))
    for t in tokens:
        if t.i in bounded or t.pos_ != "NOUN":
            continue
        dets = [c for c in t.children if c.dep_ == "det"]
        if any(d.lower_ in ("un", "une") for d in dets) and "Sing" in t.morph.get("Number"):
            out.add(Bound(lemma(t), ONE, False))
    return frozenset(out)


def _head(token: Token) -> str:
    """What an adverb bounds, as compared: a noun by its lemma, anything else by its written form
    without a plural s (spaCy lemmatises « symboliques » as the verb « symboliquer »)."""
    if token.pos_ == "NOUN":
        return lemma(token)
    return token.lower_.removesuffix("s")


def compare(
    article: frozenset[Bound], source: frozenset[Bound], known: frozenset[Bound]
) -> Iterator[Clash]:
    theirs: dict[str, set[str]] = {}
    for b in source:
        theirs.setdefault(b.word, set()).add(b.kind)
    for b in article:
        kinds = theirs.get(b.word)
        if b.kind == ONE or not kinds or b.kind in kinds:
            continue
        said = f"says {SAID[b.kind]} («{b.word}»)"
        strict = kinds - {ONE}
        if strict & CLASH[b.kind]:
            other = sorted(strict & CLASH[b.kind])[0]
            yield Clash("hard", f"{said} where the source says {SAID[other]}")
        elif b.kind == SOME and ONE in kinds:
            yield Clash("review", f"{said} where the source says one")

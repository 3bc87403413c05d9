"""Scope: how many of a group a claim concerns, on a scale — a few, some, many, most, all — or
only this one.

A quantifier is read with what it bounds (lexicon/scope.txt): « toutes les régions » is (région,
all), « l'ensemble des pays » (pays, all), « la plupart des mushers » (musher, most),
« beaucoup d'habitants », « de plus en plus de pays », « des pays nombreux » (…, many),
« plusieurs journalistes » (journaliste, some), « quelques frappes », « peu de commerçants »
(…, few), « une partie du tablier » (tablier, some; « la majeure partie » is most), « seuls deux
compétiteurs », « l'unique axe » (…, only), « une journaliste » (journaliste, one); an adverb
bounds its head: « purement symboliques » (symbolique, all), « surtout symboliques »
(symbolique, most), and « presque entièrement » is most.

An article sentence clashes with the source sentence it restates when it bounds the same word
with a strength the source's contradicts (hard: « plusieurs pays » ↔ « l'ensemble des pays »,
« de nombreuses frappes » ↔ « quelques frappes », « la plupart des pays » ↔ « de plus en plus de
pays »), makes several of what the source gives as one (review: « une journaliste » ↔
« plusieurs journalistes »), or makes exclusive what the source sentence does not (review:
« l'unique axe » ↔ « l'axe le plus direct »). A word the source leaves unbounded is not
compared: « l'ensemble des inscrits » may sum up « les inscrits »; nor is a group whose members
the source sentence lists (« les récentes décisions, en particulier … »): « plusieurs » counts
them. Saying less than the source's
« most » (« de nombreux » for « la plupart ») is not a clash: it stays true.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from engine.brief.figures import SMALL
from engine.gate.slots.base import Clash, content, lemma
from engine.gate.tokens import is_content
from engine.text.lexicon import by_tag, tagged, words

if TYPE_CHECKING:
    from spacy.tokens import Token

FEW, SOME, MANY, MOST, ALL, ONLY, ONE = "few", "some", "many", "most", "all", "only", "one"
HALF = "half"  # « la moitié des effectifs », « environ la moitié » (not « plus de la moitié »)
COUNT = "count"  # a noun the sentence counts with a number (« quatre mushers »)
# a plural noun with the indefinite article (« des malades ont rechuté », « d'autres
# observateurs »): some of them, not all — only « all » of it clashes (« l'ensemble des
# malades »); said by the article, it names no share (the source's « tous » may be said so)
SOME_OF = "some-of"
KINDS = (ALL, MOST, HALF, MANY, SOME, FEW, ONLY)
# Which bounds of the source a bound of the article contradicts on the same word.
CLASH = {
    ALL: {FEW, SOME, MANY, MOST, HALF, ONLY, ONE, SOME_OF},
    MOST: {ALL, ONLY, ONE, FEW, SOME, MANY, HALF},
    HALF: {ALL, MOST, FEW, ONLY, ONE},
    MANY: {ALL, FEW, ONLY, ONE},
    SOME: {ALL, ONLY, ONE},
    FEW: {ALL, MOST, HALF, MANY},
    ONLY: {ALL, MOST, HALF, MANY, SOME, FEW},
    ONE: {ALL, MOST, HALF, MANY, SOME},
}
SAID = {ALL: "all", MOST: "most", HALF: "half", MANY: "many", SOME: "some", FEW: "a few",
        ONLY: "only", ONE: "one", SOME_OF: "some"}  # fmt: skip
_ORDER = (*KINDS, SOME_OF)  # of several clashing kinds, the message names the latest here
# a bound said another way than a quantifier's word (« la moitié », a fraction) is likely, not
# certainly, the same claim: a clash with it is a review
LOOSE = frozenset({HALF})
_ROUGHLY = frozenset({"environ", "près", "presque", "quasiment", "pratiquement"})  # « près de la
# moitié » is half; « plus de la moitié », « moins de la moitié » are figures' bounds, read there
FEW_ONLY = "+"  # the word of a mark: the sentence restricts a claim to a few (« seuls deux »)
RESTRICTED = "*"  # the word of a mark: the sentence is exclusive (« seulement », « ne … que »)
EXCEPTED = "-"  # the word of a mark: the sentence makes an exception (« tous …, sauf X »)
_MARKS = frozenset({RESTRICTED, FEW_ONLY, EXCEPTED})
_SCALED = {"part": SOME, "number": MANY}  # words whose adjective says their strength
_OF = frozenset({"de", "d'", "d’", "des", "du"})
_GROWING = ("de", "plus", "en", "plus", "de")  # « de plus en plus de pays »
# adverbs of « all » that say « only » before a noun (« uniquement les forces de police »), as
# « seuls » does; after a verb or before an adjective they say « entirely » (« purement … »)
_ONLY_BEFORE = frozenset({"uniquement", "exclusivement"})
_AS = frozenset({"aussi", "si"})  # « aussi peu de », « un nombre si faible »: a degree compared


@dataclass(frozen=True)
class Bound:
    word: str  # the lemma bounded
    kind: str  # all, most, many, some, few, only, one
    adverb: bool  # bounded by an adverb (« purement »), not a determiner
    # the noun opens its own enumeration (« plusieurs médailles, dont l'or »): a sum of what the
    # source may give one by one, not a count of the one the sentence restates
    summed: bool = False
    # said beside the word, not as its determiner (« salafistes pour la plupart », « pour la
    # plupart originaires du village »): likely the same claim, a clash with it is a review
    floating: bool = False
    # « toute chance de victoire »: « tout » in the singular with no article says any, not all of
    # a group; « tous les pays n'y ont pas accès »: not all
    any_: bool = False
    # « le nombre total de blessés s'élève à 528 »: all of them, counted — a share of the group
    # clashes (« une partie des blessés »), a quantity (« de nombreux blessés ») does not
    total: bool = False
    # a count of a few (« quatre jours », « moins de quatre jours »): « quelques jours » says it
    few: bool = False
    # « toutes ces années »: all of a group a demonstrative points back at, which the text may
    # have told otherwise than the source sentence restated: said so by the article, a review
    pointing: bool = False


@dataclass(frozen=True)
class Narrowed:
    """A group the sentence narrows with words of its own (« les relations culturelles et
    scientifiques », « les actes de violence qui n'entraînent pas d'hospitalisation »): said
    of all of them, the group would be wider. (SAID_WORDS: every content word of a sentence
    that says « all ».)"""

    word: str
    by: frozenset[str]
    shown: str
    listed: bool = False  # the sentence lists its members (« les décisions, en particulier … »)
    some: bool = False  # …after a word that makes them some of the group (« notamment les … »)


SAID_WORDS = "="
EXAMPLES = "e.g."  # the mark of a sentence that gives what it says as examples (« notamment »)
ONLY_SAID = "!"  # …that restricts what it says by an adverb or « ne … que » (« seulement »)
SOME_WORDS = "<"  # the mark of a sentence that says « some » or « a few » of anything
ALL_WORDS = ">"  # the mark of a sentence that says « all » of anything (« venaient tous »)
PARTIAL = frozenset({SOME, FEW, MANY, MOST, HALF})  # a share of a group, not the whole


def read(tokens: Sequence[Token]) -> frozenset[Bound | Narrowed]:
    lex = by_tag("scope")
    inside = {t.i for t in tokens}
    out: set[Bound] = set()
    bounded: set[int] = set()

    def bound(
        noun: Token | None,
        kind: str,
        floating: bool = False,
        any_: bool = False,
        total: bool = False,
        pointing: bool = False,
    ) -> None:
        if noun is not None and noun.i not in bounded:
            denied = kind == ALL and any(c.lower_ in _NE for c in noun.head.children)
            enumerated = _enumerated(noun)
            said = (floating, any_ or denied, total)
            out.add(Bound(lemma(noun), kind, False, enumerated, *said, pointing=pointing))
            bounded.add(noun.i)

    lowered = [t.lower_ for t in tokens]
    of_kinds, kinds = _kinds()
    unbound_share = False  # a share said of a group the parse does not find
    either = _either_or(lowered, lex)
    for n, t in enumerate(tokens):
        if n in either:
            continue
        word = lemma(t)
        floated = _floating(tokens, lowered, n)
        if floated is not None:
            noun, kind = floated
            if noun.i not in bounded:
                out.add(Bound(lemma(noun), kind, False, False, True))
                bounded.add(noun.i)
            continue
        if tuple(lowered[n : n + 5]) == _GROWING:
            bound(_after_of(tokens, n + 4), MANY)
            continue
        partly = _partly(tokens, lowered, n, inside)
        if partly is not None:  # « le scandale a été en partie révélé »
            verb, kind = partly
            out.add(Bound(_head(verb), kind, True))
            out.update(Bound(lemma(p), kind, True) for p in _patient(verb, inside))
            continue
        of_kind = of_kinds.get(word)
        if of_kind == HALF and not _half(tokens, n):
            continue
        if of_kind and n and lowered[n - 1] in _AS:
            continue  # « il faut remonter à 2001 pour trouver aussi peu de naissances »
        if of_kind and _member(t):
            continue  # « la Toscane a fait partie des trois régions »: one of them, no share
        adjective = t.pos_ == "ADJ" and t.dep_ != "amod" and tokens[n + 1 : n + 2]
        adjective = adjective and tokens[n + 1].lower_ in _OF
        if of_kind and (t.pos_ in ("NOUN", "PRON", "ADV") or adjective):  # « plein de … »
            noun = _after_of(tokens, n + 1)
            scaled = _scaled(t, _SCALED[of_kind], lex) if of_kind in _SCALED else of_kind
            if scaled == ALL and _hedged_before(lowered, n, lex.get("hedge", frozenset())):
                scaled = MOST  # « presque l'ensemble du pays », as « presque tout le pays »
            if noun is not None and scaled is not None:
                bound(noun, scaled, total=of_kind == "number" and scaled == ALL)
                continue
            if scaled in PARTIAL and tokens[n + 1 : n + 2] and tokens[n + 1].lower_ in _OF:
                unbound_share = True  # « une partie des premiers sélectionnés »: of a group
        said_after = _after_kinds().get(word)
        if said_after and t.pos_ == "ADJ" and t.head.i in inside and t.head.i < t.i:
            if t.head.pos_ == "NOUN":  # « un verdict unanime », « un vote majoritaire »
                bound(t.head, said_after)
            continue
        kind = kinds.get(word)
        if kind == ALL and n and lowered[n - 1] in lex.get("hedge", ()):
            kind = MOST  # « quasiment tout le secteur », as « presque entièrement »
        if kind == SOME and _each_of_the(t, lex):
            continue  # « le poids des différents courants »: all the currents, named by kind
        each = kind == ALL and t.pos_ == "PRON"  # « chacun de ces régimes »: all of them
        if (kind in (SOME, FEW) or each) and (partitive := _some_of(tokens, n)) is not None:
            bound(partitive, kind)  # « certains des pays », « quelques-unes des routes »
            continue
        if kind and t.pos_ in ("ADJ", "DET", "PRON") and t.head.i in inside:
            head = t.head
            if kind == ONLY and not _determined(t):
                continue  # « ils se sont retrouvés seuls en tête », « n'est pas le seul enjeu »
            if kind == ONLY and _alone(t):
                continue  # « pour le seul mois de décembre »: that month alone, no other denied
            if kind == ONLY and _measure(head):
                continue  # « seuls sept millions de kilomètres »: how little, of no group
            after_ok = kind in (MANY, FEW) and t.pos_ == "ADJ"  # « des pays nombreux »
            if head.pos_ in ("NOUN", "PROPN") and (t.i < head.i or after_ok):
                # « tous salafistes »: « tous » with no article says it of the subject
                bare = (
                    kind == ALL
                    and not any(c.dep_ == "det" and c.i != t.i for c in head.children)
                    and word == "tout"
                )
                # « toutes ces années »: a demonstrative points back at a group the text has
                # just said, maybe not the one the source sentence restated counts in part (not
                # « toutes ces douze personnalités »: its count names the group)
                pointing = word == "tout" and _demonstrative(head) and not _numbered(head)
                single = kind == ALL and "Sing" in t.morph.get("Number") and word == "tout"
                alone = single and not any(c.dep_ == "det" for c in head.children)
                bound(head, kind, bare, alone, pointing=pointing)
                if kind == ONLY and "Plur" in t.morph.get("Number"):
                    out.add(Bound(FEW_ONLY, ONLY, False))  # « seuls deux compétiteurs »
            continue
        if t.pos_ == "ADV" and t.head.i in inside and t.head.i != t.i:
            if word in _ONLY_BEFORE and t.i < t.head.i and _determined_noun(t.head):
                bound(t.head, ONLY)  # « ce sont uniquement les forces de police qui … »
                continue
            if word in lex.get("adv-all", ()):
                before = t.doc[t.i - 1] if t.i > 0 else None
                hedged = before is not None and before.lower_ in lex.get("hedge", ())
                out.add(Bound(_head(t.head), MOST if hedged else ALL, True))
                # and the adverb itself: « presque entièrement annulée » ↔ « entièrement effacée »
                out.add(Bound(f"~{word}", MOST if hedged else ALL, True))
                kind = MOST if hedged else ALL
                out.update(Bound(lemma(p), kind, True) for p in _patient(t.head, inside))
            elif word in lex.get("adv-most", ()) and word not in lex.get("hedge", ()):
                out.add(Bound(_head(t.head), MOST, True))
                out.update(Bound(lemma(p), MOST, True) for p in _patient(t.head, inside))
    for t in tokens:
        if t.i in bounded or t.pos_ != "NOUN":
            continue
        if any(c.dep_ == "nummod" and c.pos_ == "NUM" for c in t.children):
            if not _time_of_day(t):  # « à 3 heures du matin »: a time, no count of hours
                few = any(_a_few(c) for c in t.children if c.dep_ == "nummod")
                out.add(Bound(lemma(t), COUNT, False, few=few))  # « quatre mushers »: counted
            continue
        dets = [c for c in t.children if c.dep_ == "det"]
        if any(d.lower_ in ("un", "une") for d in dets) and "Sing" in t.morph.get("Number"):
            out.add(Bound(lemma(t), ONE, False))
        elif _some_of_them(t, dets):
            out.add(Bound(lemma(t), SOME_OF, False))  # « des malades », « d'autres observateurs »
    if _exclusive(tokens, lex):
        out.add(Bound(RESTRICTED, ONLY, False))
    if any(lemma(t) in lex.get("except", ()) for t in tokens):
        out.add(Bound(EXCEPTED, ONLY, False))  # « tous …, sauf X »: X is the only one not
    elif _contrasted(tokens, lowered, lex):
        out.add(Bound(EXCEPTED, ONLY, False))  # « … tout en laissant sur place X »
    marks: set[Bound | Narrowed] = set(out)
    marks.update(_narrowed(tokens, bounded, lex))
    few = _words_of((SOME, FEW))
    among = any(lemma(t) == "parmi" for t in tokens)  # « parmi les favorites, A et B »: some
    if unbound_share or among or any(lemma(t) in few and not _each_of_the(t, lex) for t in tokens):
        marks.add(Narrowed(SOME_WORDS, frozenset(), ""))
    hedged = {n for n in range(1, len(tokens)) if lowered[n - 1] in lex.get("hedge", ())}
    alls = sum(lemma(t) in _words_of((ALL,)) and n not in hedged for n, t in enumerate(tokens))
    if alls > sum(b.kind == ALL and not b.adverb for b in out):  # « venaient tous »: unbound
        marks.add(Narrowed(ALL_WORDS, frozenset(), ""))
    if any(b.kind == ALL for b in out):
        marks.add(Narrowed(SAID_WORDS, content(tokens), ""))  # what the sentence says besides
    if any(t.lower_ in lex.get("examples", ()) for t in tokens):
        marks.add(Narrowed(EXAMPLES, frozenset(), ""))  # « ils devront notamment obtenir … »
    if _exclusive(tokens, lex, adverbs=True):
        marks.add(Narrowed(ONLY_SAID, frozenset(), ""))  # « ils devront seulement obtenir … »
    return frozenset(marks)


_NARROWING = frozenset({"amod", "acl", "acl:relcl"})


def _contrasted(
    tokens: Sequence[Token], lowered: list[str], lex: dict[str, frozenset[str]]
) -> bool:
    """« rapatrier ses avions de combat tout en laissant sur place un avion de ravitaillement »:
    a verb of leaving or keeping after « tout en » (lexicon/scope.txt « contrast ») draws a
    contrast; the group named first is the only one the act concerns."""
    contrast = lex.get("contrast", frozenset())
    return any(
        lowered[n - 2 : n] == ["tout", "en"] and lemma(t) in contrast
        for n, t in enumerate(tokens)
        if n >= 2
    )


@cache
def _after_kinds() -> dict[str, str]:
    """The kind an adjective says of the noun it follows (lexicon scope « after-all unanime »:
    « un verdict unanime » is the whole court's, « majoritaire » most of it)."""
    lex = by_tag("scope")
    return {word: k for k in KINDS for word in lex.get(f"after-{k}", ())}


@cache
def _kinds() -> tuple[dict[str, str], dict[str, str]]:
    """The kind each word of the lexicon says, said of a group (« la plupart des », « une
    partie des »: the « -of » kinds and the scaled words) and said before a noun; a word of two
    kinds is the first's, in the order of KINDS."""
    lex = by_tag("scope")
    of_kinds: dict[str, str] = {}
    kinds: dict[str, str] = {}
    for k in (*KINDS, *_SCALED):
        for word in lex.get(f"{k}-of", ()):
            of_kinds.setdefault(word, k)
    for k in KINDS:
        for word in lex.get(k, ()):
            kinds.setdefault(word, k)
    return of_kinds, kinds


@cache
def _words_of(kinds: tuple[str, ...]) -> frozenset[str]:
    """The lexicon's words of these kinds (bare or « -of »), or all its words."""
    lex = by_tag("scope")
    if not kinds:
        return frozenset().union(*lex.values())
    return frozenset(w for k in kinds for w in (*lex.get(k, ()), *lex.get(f"{k}-of", ())))


def _narrowed(
    tokens: Sequence[Token], bounded: set[int], lex: dict[str, frozenset[str]]
) -> Iterator[Narrowed]:
    """Each plural noun with a definite article the sentence does not bound, and the words of
    its own it is narrowed by: an adjective, a participle, a relative clause."""
    inside = {t.i for t in tokens}
    scoped = _words_of(())
    for t in tokens:
        if t.i in bounded or t.pos_ != "NOUN" or "Plur" not in t.morph.get("Number"):
            continue
        if not any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in t.children):
            continue
        span = [
            w
            for c in t.children
            if c.dep_ in _NARROWING and c.i in inside
            for w in c.subtree
            if w.i in inside
        ]
        by = [w for w in span if is_content(w) and w.pos_ != "NUM" and lemma(w) not in scoped]
        shown = "".join(w.text_with_ws for w in sorted(span, key=lambda w: w.i)).strip()
        some = _listing_before(t, tokens)  # « notamment les dépôts de … »: some of them
        listed = some or _listed(t, tokens)
        yield Narrowed(lemma(t), content(by), shown or t.text, listed, some)  # « les routes »: all


_DEFINITE = frozenset({"les", "ces", "leurs", "ses", "nos", "vos"})
LISTED_WITHIN = 8  # words after a group within which a word may open the list of its members


def _listed(noun: Token, tokens: Sequence[Token]) -> bool:
    """Whether a word of lexicon/scope.txt « listing » opens the list of the noun's members
    within LISTED_WITHIN words after it, before any verb (« les récentes décisions du Burundi au
    niveau international, en particulier son refus … »)."""
    after = [t for t in tokens if t.i > noun.i][:LISTED_WITHIN]
    said = [t.lower_.replace("’", "'") for t in after]
    for n, t in enumerate(after):
        if t.pos_ in ("VERB", "AUX"):
            return False
        for entry in by_tag("scope").get("listing", ()):
            if said[n : n + entry.count(" ") + 1] == entry.split():
                return True
    return False


def _listing_before(noun: Token, tokens: Sequence[Token]) -> bool:
    """Whether a word of lexicon/scope.txt « listing » stands right before the noun's article
    (« seraient bloqués notamment les dépôts de Rennes et de Fos », « en particulier les
    musées »): the members it names are some of them, not all."""
    first = min((c.i for c in noun.children if c.dep_ == "det"), default=noun.i)
    before = [t.lower_.replace("’", "'") for t in tokens if t.i < first]
    return any(
        before[-(entry.count(" ") + 1) :] == entry.split()
        for entry in by_tag("scope").get("listing", ())
        if entry != ":"
    )


def _floating(tokens: Sequence[Token], lowered: list[str], n: int) -> tuple[Token, str] | None:
    """A quantifier said beside a word (lexicon/scope.txt « floating »: « pour la plupart », « en
    majorité »): the word right before it (« salafistes pour la plupart »), else the one right
    after it (« élèves, pour la plupart originaires du village »), with its strength."""
    for entry, kind in _floating_phrases():
        size = len(entry)
        if tuple(lowered[n : n + size]) != entry:
            continue
        before = tokens[n - 1] if n > 0 else None
        after = tokens[n + size] if n + size < len(tokens) else None
        for word in (before, after):
            if word is not None and word.pos_ in ("NOUN", "ADJ"):
                return word, kind
    return None


@cache
def _floating_phrases() -> tuple[tuple[tuple[str, ...], str], ...]:
    return tuple(
        (tuple(words_.split()), kind)
        for tag, entries in by_tag("scope").items()
        if tag.startswith("floating-")
        for words_ in entries
        for kind in (tag.removeprefix("floating-"),)
    )


def _demonstrative(noun: Token) -> bool:
    """A noun determined by « ce », « cet », « cette », « ces »."""
    return any(c.dep_ == "det" and "Dem" in c.morph.get("PronType") for c in noun.children)


def _numbered(noun: Token) -> bool:
    """A noun with its count (« ces douze personnalités »): the group it names is that one."""
    return any(c.dep_ == "nummod" for c in noun.children)


def _determined_noun(token: Token) -> bool:
    """A noun with its determiner (« les forces »): a group named, which « uniquement » before
    it restricts (« n'est pas exclusivement tutsi » says what the opposition is, no group)."""
    return token.pos_ in ("NOUN", "PROPN") and any(c.dep_ == "det" for c in token.children)


def _either_or(lowered: list[str], lex: dict[str, frozenset[str]]) -> set[int]:
    """The words of two bounds joined by « ou » (« partiellement ou complètement fermés », « en
    partie ou en totalité », « totalement ou en partie »): one or the other, so neither bounds
    what it is said of — the parse may give each to another word, and the two sides of a pair
    be read apart (a sentence and its own copy were found saying « all » and « most »)."""
    strengths = lex.get("adv-all", frozenset()) | lex.get("adv-most", frozenset())
    strengths |= {"partie", "totalité", "intégralité"}
    out: set[int] = set()
    for k, word in enumerate(lowered):
        if word != "ou" or not k:
            continue
        left = k - 1
        right = k + 2 if lowered[k + 1 : k + 2] == ["en"] else k + 1
        if right < len(lowered) and lowered[left] in strengths and lowered[right] in strengths:
            out.update(range(max(0, left - 2), right + 1))
    return out


def _partly(
    tokens: Sequence[Token], lowered: list[str], n: int, inside: set[int]
) -> tuple[Token, str] | None:
    """« en partie », « pour partie » (some), « en grande partie », « en majeure partie »
    (most) said of a verb or an adjective: how much of what it is said of, with that word."""
    if lowered[n] != "partie" or lowered[n + 1 : n + 2] and lowered[n + 1] in _OF:
        return None
    before = tuple(lowered[max(0, n - 2) : n])
    if before[-1:] in (("en",), ("pour",)):
        kind = SOME
    elif before in (("en", "grande"), ("en", "majeure")):
        kind = MOST
    else:
        return None
    head = tokens[n].head
    if head.i not in inside or head.i == tokens[n].i or head.pos_ not in ("VERB", "ADJ"):
        return None
    return head, kind


def _patient(verb: Token, inside: set[int]) -> list[Token]:
    """What an adverb of how much (« entièrement », « en partie ») bounds besides its verb: the
    one thing the verb acts on, singular with a definite article (« le scandale a été
    entièrement révélé » is all of the scandal; « les maisons ont été entièrement détruites »
    says how each was, not how many)."""
    passive = any(c.dep_ == "aux:pass" for c in verb.children)
    return [
        c
        for c in verb.children
        if c.i in inside
        and c.pos_ == "NOUN"
        and (c.dep_ in ("obj", "nsubj:pass") or (passive and c.dep_ == "nsubj"))
        and "Sing" in c.morph.get("Number")
        and any(d.dep_ == "det" and d.lower_ in _THE for d in c.children)
    ]


_THE = frozenset({"le", "la", "l'", "l’"})


def _enumerated(noun: Token) -> bool:
    """« plusieurs médailles, dont l'or », « de nombreux pays, dont la France »: the noun is
    followed by « dont » and the members it counts."""
    after = [t.lower_ for t in noun.doc[noun.i + 1 : noun.i + 3]]
    return "dont" in after[: 2 if after[:1] == [","] else 1]


def _some_of_them(noun: Token, dets: list[Token]) -> bool:
    """A plural with the indefinite article (« des », « de », « d' »; not the « des » of « de »
    + « les », which the parse calls a case: « l'ensemble des pays »), said as a share of a group:
    not what something is (« ces films sont des documentaires »: a class, with its copula)."""
    return (
        "Plur" in noun.morph.get("Number")
        and any("Ind" in d.morph.get("Definite") and "Art" in d.morph.get("PronType") for d in dets)
        and not any(c.dep_ == "cop" for c in noun.children)
    )


def _each_of_the(token: Token, lex: dict[str, frozenset[str]]) -> bool:
    """« les différents courants », « ses diverses filiales », « des différents partis » (of
    the): an article or a possessive before a "various" word makes it name the group's kinds,
    every one of them, not some."""
    if lemma(token) not in lex.get("various", ()) or token.i == 0:
        return False
    before = token.doc[token.i - 1]
    return before.lower_ in _OF_THE_GROUP or any(
        c.dep_ == "det" and c.i < token.i for c in token.head.children
    )


# Before a plural adjective, an article of the whole group: « des » and « aux » are « de les »
# and « à les » there (the indefinite one is « de » : « de différents pays »).
_OF_THE_GROUP = frozenset({"les", "des", "aux", "ces", "ses", "leurs", "nos", "vos", "mes", "tes"})


def _determined(token: Token) -> bool:
    """« le seul », « l'unique », « seuls deux » opening the sentence: an
    exclusivity, unless denied (« n'est pas le seul enjeu »); « seuls » after a verb says
    alone."""
    before = token.doc[token.i - 1] if token.i > token.sent.start else None
    if before is not None and before.pos_ != "DET" and before.text not in ",:;(«":
        return False
    if before is not None and before.lower_ in _ALONE:
        return False  # « en un seul mois », « pour cette seule prison »: emphasis, not exclusivity
    if _beyond(token):
        return False  # « au-delà des seuls compatriotes »: more than them
    return not any(c.lower_ in _DENIED for c in (*token.head.children, *token.head.head.children))


_NE = frozenset({"ne", "n'", "n’"})
_DENIED = frozenset({"ne", "n'", "n’", "pas", "jamais", "plus"})
_ALONE = frozenset({"un", "une", "ce", "cet", "cette", "ces"})  # before « seul »: alone


def _after_of(tokens: Sequence[Token], start: int) -> Token | None:
    """The noun a quantifier bounds through « de »: « beaucoup d'habitants », « une partie de la
    rive », « un nombre croissant de salariés » (an adjective or article may come between)."""
    n = start
    while n < len(tokens) and n < start + 2 and tokens[n].lower_ not in _OF:
        if tokens[n].pos_ != "ADJ":
            return None
        n += 1
    if n >= len(tokens) or tokens[n].lower_ not in _OF:
        return None
    for t in tokens[n + 1 : n + 4]:
        if t.pos_ in ("NOUN", "PROPN"):
            return t
        if t.pos_ not in ("DET", "ADJ", "NUM"):  # « la plupart des six membres »
            return None
    return None


def _some_of(tokens: Sequence[Token], n: int) -> Token | None:
    """The noun « certains des », « plusieurs d'entre les », « quelques-unes des » take a part
    of: a quantifier said as a pronoun, then « des » (spaCy splits « quelques-unes » in three)."""
    low = [t.lower_ for t in tokens]
    k = n + 1
    if low[n] == "quelques" and low[k : k + 2] in (["-", "uns"], ["-", "unes"]):
        k += 2
    elif tokens[n].pos_ not in ("PRON", "DET", "NOUN"):  # « plusieurs » may be read as a
        return None  # determiner, « Plusieurs » opening a sentence as a noun
    if low[k : k + 2] in (["de", "ces"], ["de", "ses"], ["de", "leurs"], ["de", "nos"]):
        return _after_of(tokens, k)  # « certains de ces régimes », « plusieurs de ses proches »
    return _after_of(tokens, k) if low[k : k + 1] in (["des"], ["d'"], ["d’"]) else None


def _member(token: Token) -> bool:
    """« faire partie de »: to be one of a group (« la Toscane fait partie des trois régions »),
    not a part of it: « partie » with no article, after « faire »."""
    before = token.doc[token.i - 1] if token.i > 0 else None
    return (
        lemma(token) == "partie"
        and before is not None
        and lemma(before) == "faire"
        and not any(c.dep_ == "det" for c in token.children)
    )


def _half(tokens: Sequence[Token], n: int) -> bool:
    """« la moitié des effectifs », « environ la moitié »: half; not « plus de la moitié »,
    « moins de la moitié », « à moitié » (a bound or a manner)."""
    before = [t.lower_ for t in tokens[max(0, n - 3) : n]]
    if before[-1:] == ["à"] or not before or before[-1] not in ("la", "une"):
        return False
    return not any(b in ("plus", "moins") for b in before) or any(b in _ROUGHLY for b in before)


def _scaled(token: Token, default: str, lex: dict[str, frozenset[str]]) -> str | None:
    """« une partie » is some of it, « la majeure partie » (« la plus grande partie ») most,
    « une petite partie » a few; « un nombre croissant » many, « le faible nombre » a few,
    « le nombre total » all; « le nombre d'inscrits » with no adjective is their count, no
    quantity (None)."""
    for c in token.children:
        for kind in (ALL, MOST, MANY, SOME, FEW):
            if c.pos_ == "ADJ" and lemma(c) in lex.get(f"adj-{kind}", ()):
                if kind == MANY and any(a.lower_ == "plus" for a in c.children):
                    return MOST  # a superlative: « la plus grande partie »
                return kind
    # « le nombre », « au nombre », « du nombre » (the article joined to « à », « de »): their
    # count; « un nombre moyen d'enfants par femme »: an average, no quantity either
    # « son nombre de militants divisé par 10 », « ce nombre »: whose count, or that count
    counted = any(
        c.dep_ == "det"
        and (
            c.lower_ in ("le", "l'", "l’", "au", "du", "ce", "cet") or "Yes" in c.morph.get("Poss")
        )
        for c in token.children
    ) or any(c.pos_ == "ADJ" and lemma(c) == "moyen" for c in token.children)
    return None if default == MANY and (counted or _compared(token)) else default


def _compared(token: Token) -> bool:
    """« un nombre de naissances aussi faible », « un nombre si élevé »: a degree compared to
    another time, which the parse may hang on the counted noun — no quantity said."""
    following = [t.lower_ for t in token.doc[token.i + 1 : token.i + 6]]
    return any(w in _AS for w in following[:-1])  # « aussi » with the word it grades after it


def _measure(noun: Token) -> bool:
    """A noun that measures an amount (« seuls sept millions de kilomètres », « seuls 40
    euros »): a scale, a unit or a currency (lexicon scales, units, currencies), with its
    number; « seul » says how little, not that the rest of a group is left out."""
    said = noun.lower_
    amounts = _amounts()
    counted = any(c.dep_ == "nummod" for c in noun.children)
    return counted and (said in amounts or lemma(noun) in amounts)


@cache
def _amounts() -> frozenset[str]:
    return words("units") | frozenset(tagged("scales")) | frozenset(tagged("currencies"))


def _beyond(token: Token) -> bool:
    """« bien au-delà des seuls compatriotes », « dépasse le seul cas d'Areva »: a word of
    scope.txt's « beyond » up to three words before (its article, « de » between) widens what
    « seul » bounds."""
    start = max(token.sent.start, token.i - 3)
    beyond = by_tag("scope").get("beyond", ())
    return any(t.lower_ in beyond or lemma(t) in beyond for t in token.doc[start : token.i])


def _exclusive(
    tokens: Sequence[Token], lex: dict[str, frozenset[str]], adverbs: bool = False
) -> bool:
    """Whether the sentence restricts anything: « seul », « seulement », « ne … que » (with
    `adverbs`, by an adverb or « ne … que » only: not « le seul », « leur seul nom »)."""
    negated = False
    for t in tokens:
        restricts = lemma(t) in lex.get("restrict", ()) and (not adverbs or t.pos_ == "ADV")
        if restricts and not _beyond(t) and not _not_only(t):
            return True
        if t.lower_ in ("ne", "n'", "n’"):
            negated = True
        elif negated and t.lower_ in ("que", "qu'", "qu’"):
            return True
    return False


_AT_TIME = frozenset({"à", "vers", "dès", "jusqu'à", "avant", "après"})


def _a_few(number: Token) -> bool:
    """A number from two to A_FEW, in digits or in words: what « quelques » may say."""
    text = number.lower_
    value = int(text) if text.isdigit() else SMALL.get(text)
    return value is not None and 2 <= value <= A_FEW


A_FEW = 9


def _time_of_day(noun: Token) -> bool:
    """Whether « N heures » is a time of day: after « à », « vers », « dès »…, or before « du
    matin », « du soir » (lexicon parts_of_day)."""
    if lemma(noun) != "heure":
        return False
    doc = noun.doc
    number = min((c.i for c in noun.children if c.dep_ == "nummod"), default=noun.i)
    before = doc[number - 1].lower_ if number > 0 else ""
    after = [t.lower_ for t in doc[noun.i + 1 : noun.i + 4]]
    return before in _AT_TIME or any(w in words("parts_of_day") for w in after[1:3])


_ALONE_AFTER = frozenset({"pour", "sur", "dans", "en", "durant", "pendant"})


def _alone(token: Token) -> bool:
    """« pour le seul mois de décembre », « sur le seul réseau autoroutier »: a preposition, the
    definite article and « seul » before the noun say that thing taken alone (how much it
    weighs by itself), not that it is the only one."""
    if token.i < 2:
        return False
    article, before = token.doc[token.i - 1], token.doc[token.i - 2]
    return article.lower_ in ("le", "la", "les", "l'", "l’") and before.lower_ in _ALONE_AFTER


def _not_only(t: Token) -> bool:
    """« non seulement », « pas seulement »: more than that, no exclusivity."""
    return t.i > 0 and t.doc[t.i - 1].lower_ in ("non", "pas")


_FEW_KINDS = frozenset({FEW, SOME, COUNT})


def _few_alike(article: frozenset[Bound], kinds: set[str]) -> bool:
    """Whether the article restricts to a few, with a plural « seuls », what the source,
    restricted too, says a few of: « seuls quelques points » for « seulement quelques points »,
    « seules trois équipes » for « trois équipes seulement » — the same few, the same « only »."""
    return _restricted(article) and bool(kinds & _FEW_KINDS)


def _restricted(source: frozenset[Bound]) -> bool:
    """« seuls deux compétiteurs ont pu suivre »: the source restricts its claim to a few (not
    « un seul groupe »: one)."""
    return Bound(FEW_ONLY, ONLY, False) in source


def _head(token: Token) -> str:
    """What an adverb bounds, as compared: a noun by its lemma, anything else by its written form
    without a plural s (spaCy lemmatises « symboliques » as the verb « symboliquer »)."""
    if token.pos_ == "NOUN":
        return lemma(token)
    return token.lower_.removesuffix("s")


def compare(
    marks: frozenset[Bound | Narrowed],
    source_marks: frozenset[Bound | Narrowed],
    known: frozenset[Bound | Narrowed],
) -> Iterator[Clash]:
    article = frozenset(b for b in marks if isinstance(b, Bound))
    source = frozenset(b for b in source_marks if isinstance(b, Bound))
    theirs: dict[str, set[str]] = {}
    for b in source:
        theirs.setdefault(b.word, set()).add(b.kind)
    floating = {b.word for b in source if b.floating}
    totals = {b.word for b in source if b.total}
    exclusive = any(b.kind == ONLY for b in source)
    restricts = any(b.kind == ONLY for b in article)
    yield from _widened(article, marks, source_marks, theirs)
    example = Narrowed(EXAMPLES, frozenset(), "")
    only = Narrowed(ONLY_SAID, frozenset(), "")
    if example in source_marks and not exclusive and only in marks:
        # « devront seulement obtenir » for « devront notamment obtenir »
        yield Clash("review", "says only where the source gives examples («notamment»)")
    said_only = only in source_marks and example not in source_marks  # the source: only that
    if said_only and example in marks and only not in marks and not restricts:
        # « disponible notamment sur internet » for « exclusivement disponible sur internet »
        yield Clash("review", "gives examples («notamment») where the source says only")
    yield from _lessened(article, source_marks, theirs)
    yield from _overstated(article, marks, source_marks, theirs)
    adverbed = False  # an adverb's own mark clashed: its verb's and its patient's say it again
    for b in sorted(article, key=lambda b: (not b.word.startswith("~"), b.word, b.kind)):
        if b.word in _MARKS or b.kind in (COUNT, SOME_OF):
            continue
        if b.any_:  # « tous les qualifiés n'étaient pas présents »: not all, so some — no « all »
            continue
        if b.kind == ONLY and Bound(EXCEPTED, ONLY, False) in source:
            continue  # « le seul candidat à ne pas répondre » for « tous …, sauf Fillon »
        kinds = theirs.get(b.word, set())
        said = f"says {SAID[b.kind]} («{b.word}»)"
        if b.kind == ONLY and exclusive and _few_alike(article, kinds):
            continue  # « seuls quelques points » for « seulement quelques points »
        if b.kind == ONLY and not exclusive and not b.adverb:
            yield Clash("review", f"{said} where the source does not")
            continue
        if b.kind in (SOME, MANY) and not restricts and _restricted(source) and b.kind not in kinds:
            # (« de nombreux autres récepteurs » the source says too, after its « seuls … »)
            yield Clash("review", f"{said} where the source says only")
            continue
        if b.kind in (FEW, MANY, MOST) and kinds == {COUNT}:
            if b.kind == FEW and all(m.few for m in source if m.word == b.word):
                continue  # « en quelques jours » for « moins de quatre jours »: a few, counted
            if not _said_elsewhere(b, known):  # « quelques années florissantes »: the source's
                yield Clash("review", f"{said} where the source counts them")
            continue
        kinds -= {COUNT}
        if b.kind in (MANY, FEW) and kinds == {ALL} and b.word in totals:
            continue  # « de nombreux blessés » for « le nombre total de blessés s'élève à 528 »
        if b.kind == ONE or not kinds or b.kind in kinds:
            continue
        strict = kinds - {ONE}
        if strict & CLASH[b.kind]:
            if b.adverb and adverbed:
                continue
            adverbed = adverbed or b.word.startswith("~")
            other = max(strict & CLASH[b.kind], key=_ORDER.index)
            loose = {b.kind, other} & LOOSE or b.floating or b.pointing or b.word in floating
            certain = "review" if loose else "hard"
            yield Clash(certain, f"{said} where the source says {SAID[other]}")
        elif b.kind in (SOME, MANY) and ONE in kinds and not b.summed:
            yield Clash("review", f"{said} where the source says one")


_ARTICLE = frozenset({"l'", "le", "la", "les"})


def _hedged_before(lowered: list[str], n: int, hedges: frozenset[str]) -> bool:
    """A hedge (« presque », « quasiment ») right before the word at `n`, or before its
    article (« presque l'ensemble »)."""
    before = n - 1 if n and lowered[n - 1] not in _ARTICLE else n - 2
    return before >= 0 and lowered[before] in hedges


def _said_elsewhere(bound: Bound, known: frozenset[Bound | Narrowed]) -> bool:
    """Whether another source sentence says this very share of this very word (« quelques
    années florissantes » where the sentence restated counts « l'année 2015 »): the writer's
    words are the source's, merged into a sentence of another."""
    return any(isinstance(k, Bound) and (k.word, k.kind) == (bound.word, bound.kind) for k in known)


def _widened(
    article: frozenset[Bound],
    marks: frozenset[Bound | Narrowed],
    source: frozenset[Bound | Narrowed],
    theirs: dict[str, set[str]],
) -> Iterator[Clash]:
    """« all » said of a group the source sentence narrows and leaves unbounded, none of its
    narrowing words said (« l'ensemble des relations » for « les relations culturelles et
    scientifiques »): a review — the writer may narrow it in other words."""
    said = next((m.by for m in marks if isinstance(m, Narrowed) and m.word == SAID_WORDS), None)
    if said is None:
        return
    for b in sorted(article, key=lambda b: b.word):
        if b.kind != ALL or b.adverb or theirs.get(b.word):
            continue
        narrowed = next(  # in a fixed order: a sentence may narrow the same word twice
            (
                n
                for n in sorted(
                    (n for n in source if isinstance(n, Narrowed)),
                    key=lambda n: (n.word, n.shown, sorted(n.by)),
                )
                if n.word == b.word
            ),
            None,
        )
        if narrowed is not None and narrowed.by and not narrowed.by & said:
            yield Clash(
                "review",
                f"says all («{b.word}») where the source says only those «{narrowed.shown}»",
            )
            return
        if narrowed is not None and narrowed.some:
            # « tous les musées » for « notamment les musées de Lyon, de Nantes et de Lille »
            yield Clash("review", f"says all («{b.word}») where the source names some of them")
            return


def _lessened(
    article: frozenset[Bound], source: frozenset[Bound | Narrowed], theirs: dict[str, set[str]]
) -> Iterator[Clash]:
    """« some » or « a few » of what the source sentence gives whole, unbounded, with its
    definite article (« quelques-unes des routes » for « les routes d'approvisionnement ») — a
    review: the source may say elsewhere that not all are concerned."""
    various = by_tag("scope").get("various", frozenset())
    whole = {
        n.word
        for n in source
        if isinstance(n, Narrowed)
        and not n.listed
        and not various & {n.shown.lower()[: len(n.shown) - k] for k in range(3)}
        # « les différentes villes », « les diverses filiales »: various, no whole
    }
    if SOME_WORDS in whole:
        return  # the source sentence says « some » too, of what the parse may not tell
    for b in sorted(article, key=lambda b: b.word):
        if b.kind not in (SOME, FEW) or b.adverb or b.summed or theirs.get(b.word):
            continue
        if b.word in whole:
            yield Clash("review", f"says {SAID[b.kind]} («{b.word}») where the source says all")
            return


def _overstated(
    article: frozenset[Bound],
    marks: frozenset[Bound | Narrowed],
    source: frozenset[Bound | Narrowed],
    theirs: dict[str, set[str]],
) -> Iterator[Clash]:
    """« all » said of a group where the source sentence says « all » of nothing else and only
    a share of a group it names in other words (« tous les élus s'en inquiètent » for « en
    inquiéter certains, en particulier des élus »; « la totalité de l'aviation » for « la majeure
    partie de la flotte »; « a remanié l'ensemble de sa législation » for « quelques changements
    à leurs lois »): a review — the two words may not name the same group. A share the article
    says as well (« quelques secondes » on both sides) is no share of the group it widens."""
    said = {(b.word, b.kind) for b in article}
    if Narrowed(ALL_WORDS, frozenset(), "") in source or any(
        isinstance(b, Bound) and b.kind == ALL and (b.word, ALL) not in said for b in source
    ):
        return  # the source says « all » of something the article does not
    shares = sorted(
        b.word
        for b in source
        if isinstance(b, Bound)
        and b.kind in PARTIAL
        and b.word not in _MARKS
        and not b.adverb
        and (b.word, b.kind) not in said
    )
    some = Narrowed(SOME_WORDS, frozenset(), "")
    if not shares and (some not in source or some in marks):
        return
    share = f"a share («{shares[0]}»)" if shares else "some"
    for b in sorted(article, key=lambda b: b.word):
        if b.kind != ALL or b.adverb or b.floating or b.any_ or b.word in _MARKS:
            continue  # « toutes étaient en vacances »: of a group said before, maybe the same
        if not theirs.get(b.word):
            yield Clash("review", f"says all («{b.word}») where the source says {share}")
            return

"""Where each name, and each noun with its article, is seated round the verbs of a sentence.

Read: each name the NER finds (people, places, organisations; engine.gate.tokens.is_name), each
noun with its article (« l'équipe », « aux médias ») and each capitalised name the NER missed,
with its seat round the verb it hangs on: the one who acts (an active verb's subject, a passive's
« par X »), the one acted on (the object, a passive's subject), « à X », « contre X » (« face à
X »), « pour X », « sur X ». A name's parts, the head of its apposition (« le président, Emmanuel
Macron ») and the first of a coordination (« X et Y ont battu Z ») sit where that one sits; the
possessor of a noun sits where the noun sits (« les combattants de l'EI »); a subject sits round
the infinitive its verb governs with no subject of its own too (« le Congrès doit décider »), as
the one acted on after « se voir / se faire / se laisser » (« X s'est vu battre par Y »). A topic
set before its verb's own subject and taken up by a pronoun (« X et Y, il les invitait ») sits
nowhere (agents.dislocated).

An article sentence clashes with the source sentence it restates when two of its names or nouns,
seated round one act, each sit where the other sits round that act there (« les juges ont adressé
au parquet » for « le parquet a adressé aux juges »; « Le gouvernement haïtien a adressé ses
condoléances au président Temer » for « le président Temer a présenté ses condoléances au
gouvernement haïtien »): one act is the same verb, or two verbs with the same thing acted on
(its object, itself no part of the exchange). Hard (on a near-minimal pair only: PAIR_ONLY in
engine.gate.claims). Not through a verb said of both alike (« A a rencontré B », lexicon
`symmetric`), a verb of saying (« a déclaré X »: an inverted subject read as an object), a
converse or an opposite said with another verb (« a perdu contre », « s'est inclinée face à »:
lexicons `converses`, `antonyms`), nor a name the article sentence seats twice round the act.
A verb said otherwise with nothing acted on in common may say the act the other way round (« X
s'impose face à Y » / « Y perd contre X »): no clash.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from engine.gate.slots.agents import _OF, dislocated
from engine.gate.slots.base import Clash, lemma
from engine.gate.slots.entities import _PARTICLES, KINDS, _within
from engine.gate.tokens import is_name
from engine.text import fold
from engine.text.lexicon import by_tag, lines, words

if TYPE_CHECKING:
    from spacy.tokens import Token

AGENT, PATIENT = "agent", "patient"
_PARTS = frozenset({"flat", "flat:name", "fixed", "appos", "conj"})
_NAME_PARTS = frozenset({"flat", "flat:name", "fixed"})  # a noun after another is its part
_CASES = {
    "à": "à",
    "au": "à",
    "aux": "à",
    "contre": "contre",
    "face": "contre",
    "envers": "contre",
    "pour": "pour",
    "sur": "sur",
}
_PASSIVE_HELPERS = frozenset({"voir", "faire", "laisser"})  # « se voir / se faire + inf »
_REFLEXIVE = frozenset({"se", "s'", "s’"})
_JOINED = frozenset({"au", "aux", "du", "des"})  # an article joined to « à », « de »


@dataclass(frozen=True)
class Seat:
    words: frozenset[str]  # the name's words, folded (a noun's lemma)
    seat: str  # agent, patient, « à », « contre », « pour », « sur »
    shown: str
    verb: str  # the verb it is seated round (`_verb`)


def read(tokens: Sequence[Token]) -> frozenset[Seat]:
    if not tokens:
        return frozenset()
    doc = tokens[0].doc
    start, end = tokens[0].i, tokens[-1].i + 1
    inside = {t.i for t in tokens}
    out: set[Seat] = set()
    named: set[int] = set()
    for ent in doc.ents:
        if ent.start < start or ent.end > end or ent.label_ not in KINDS or not is_name(ent):
            continue
        named.update(range(ent.start, ent.end))
        names = frozenset(fold(w.lower_) for w in ent if w.is_alpha and w.lower_ not in _PARTICLES)
        # the parse may hang a name's parts on the verb apart (« contacté Sebastián Otero »,
        # Sebastián an xcomp): every word heading out of the name
        outward = [t for t in ent if not ent.start <= t.head.i < ent.end or t.head.i == t.i]
        for token in outward:
            for verb, seat in _seats(token, inside):
                out.add(Seat(names, seat, ent.text, verb))
    for token in tokens:  # a noun with its article: « l'équipe », « les médias »
        if (
            token.i not in named
            and token.dep_ not in _NAME_PARTS
            and (
                token.pos_ == "NOUN"
                and any(c.dep_ == "det" or c.lower_ in _JOINED for c in token.children)
                or token.pos_ == "PROPN"
                and token.text[:1].isupper()
            )
        ):
            for verb, seat in _seats(token, inside):
                out.add(Seat(frozenset({fold(lemma(token).lower())}), seat, token.text, verb))
    return frozenset(out)


def _seats(token: Token, inside: set[int]) -> Iterator[tuple[str, str]]:
    """The verbs `token` is seated round and its seat there: the verb it hangs on (through a
    name's parts, an apposition's head, a coordination's first), or the one the noun it is the
    possessor of hangs on (« les combattants de l'EI »); a subject's also round the infinitive
    its verb governs with no subject of its own (« le gouvernement doit décider », « X s'est vu
    battre par Y »: X undergoes it)."""
    u = _up(token)
    verb = u.head
    cases = {c.lower_ for c in u.children if c.dep_ == "case"}
    if verb.i == u.i or verb.i not in inside:
        return
    if verb.pos_ not in ("VERB", "AUX"):
        if u.dep_ != "nmod" or not cases & _OF or verb.pos_ not in ("NOUN", "PROPN"):
            return
        if any(c.dep_ == "nummod" or c.like_num for c in verb.children):
            return  # « à 50 kilomètres du site »: a measure, no one's
        u = _up(verb)  # the possessor of a noun: seated where the noun is
        verb = u.head
        cases = {c.lower_ for c in u.children if c.dep_ == "case"}
        if verb.i == u.i or verb.i not in inside or verb.pos_ not in ("VERB", "AUX"):
            return
    seat = _relation(u, verb, cases, _passive(verb))
    if seat:
        yield _verb(verb), seat
    if u.dep_ not in ("nsubj", "nsubj:pass") or not seat:
        return
    helper = lemma(verb) in _PASSIVE_HELPERS and any(x.lower_ in _REFLEXIVE for x in verb.children)
    for clause in verb.children:
        if (
            clause.dep_ == "xcomp"
            and clause.pos_ == "VERB"
            and clause.i in inside
            and "Inf" in clause.morph.get("VerbForm")
            and not any(x.dep_.startswith("nsubj") for x in clause.children)
        ):
            undergoes = helper or seat == PATIENT or _passive(clause)
            yield _verb(clause), PATIENT if undergoes else AGENT


def _up(token: Token) -> Token:
    """The word whose place a name's part, an apposition or a coordinated word takes."""
    u = token
    while u.dep_ in _PARTS and u.head.i != u.i:
        u = u.head
    return u


def _verb(verb: Token) -> str:
    """A verb's key (`_key`) by its lemma."""
    return _key(lemma(verb))


def _key(word: str) -> str:
    """A verb's key, the same whether the tagger gives its infinitive or its written form
    (« reproche » for « reprocher »)."""
    return word[:-1] if word.endswith("er") else word


@cache
def _symmetric() -> frozenset[str]:
    """The verbs said of both alike (« A a rencontré B »: lexicon `symmetric`), as `_verb` keys."""
    return frozenset(map(_key, words("symmetric")))


@cache
def _saying() -> frozenset[str]:
    """The verbs of saying (lexicon `saying`), whose subject may stand after them (« a déclaré
    Bob Ferguson », read as an object), as `_verb` keys."""
    return frozenset(map(_key, words("saying")))


def _passive(verb: Token) -> bool:
    """A passive verb: its auxiliary says so, or its subject, unless « avoir » helps it."""
    if any(c.dep_ == "aux:pass" for c in verb.children):
        return True
    helpers = [c for c in verb.children if c.dep_.startswith("aux")]
    reflexive = any(c.lower_ in _REFLEXIVE for c in verb.children)  # « s'en sont pris à »
    return (
        any(c.dep_ == "nsubj:pass" for c in verb.children)
        and not reflexive
        and not any(lemma(c) == "avoir" for c in helpers)
    )


def _relation(filler: Token, verb: Token, cases: set[str], passive: bool) -> str:
    dep = filler.dep_
    if dep == "nsubj" and dislocated(filler):
        return ""  # « X et Y, il les invitait »: a topic taken up by a pronoun
    if dep in ("nsubj", "nsubj:pass"):  # (« l'amateur a contacté » may be read passive)
        return PATIENT if passive else AGENT
    if dep == "obl:agent" or "par" in cases and passive:
        return AGENT
    if dep == "obj":
        return PATIENT
    if dep == "iobj":
        return "à"
    if dep.startswith("obl"):
        return next((_CASES[c] for c in sorted(cases) if c in _CASES), "")
    return ""


def compare(
    article: frozenset[Seat], source: frozenset[Seat], known: frozenset[Seat]
) -> Iterator[Clash]:
    for mine, theirs in _acts(article, source):
        for n, one in enumerate(mine):
            for other in mine[n + 1 :]:
                if one.seat == other.seat or _same(one, other):
                    continue
                if _elsewhere(one, mine) or _elsewhere(other, mine):
                    continue
                there = {t.seat for t in theirs if _same(t, one)}
                rival = {t.seat for t in theirs if _same(t, other)}
                if there == {other.seat} and rival == {one.seat}:
                    said = f"names {one.shown} where the source names {other.shown}"
                    yield Clash("hard", f"{said}: it exchanges them")
                    return


def _acts(
    article: frozenset[Seat], source: frozenset[Seat]
) -> Iterator[tuple[list[Seat], list[Seat]]]:
    """The seats round one act on each side: the same verb, or two verbs with the same thing
    acted on (« a adressé ses condoléances » / « a présenté ses condoléances »), the two traded
    being others than it. Not a verb said of both alike (« A a rencontré B »), nor a converse or
    an opposite (« a prêté de l'argent à » / « a emprunté de l'argent à »: lexicons `converses`,
    `antonyms`): a verb said otherwise may say the act the other way round."""
    verbs = sorted({s.verb for s in article} - _symmetric() - _saying())
    theirs = sorted({s.verb for s in source} - _symmetric() - _saying())
    for verb in verbs:
        mine = sorted((s for s in article if s.verb == verb), key=_order)
        for said in theirs:
            there = [s for s in source if s.verb == said]
            if said == verb:
                yield mine, there
                continue
            if frozenset({verb, said}) in _turned():
                continue
            things = [
                m
                for m in mine
                if m.seat == PATIENT
                and any(t.seat == PATIENT and t.words == m.words for t in there)
            ]
            if things:
                yield [m for m in mine if m not in things], there


@cache
def _turned() -> frozenset[frozenset[str]]:
    """Two verbs that may say one act with its seats exchanged, as `_verb` keys: the lexicon's
    converses (« prêter » / « emprunter ») and opposites (« s'imposer » / « s'incliner »)."""
    rows = [line.split() for line in lines("converses")]
    rows += [pair.split() for pair in by_tag("antonyms").get("pair", ())]
    return frozenset(frozenset(map(_key, r)) for r in rows if len(r) == 2)


def _elsewhere(name: Seat, mine: list[Seat]) -> bool:
    """The article sentence gives the name another seat round that verb too: unsure which."""
    return any(_same(m, name) and m.seat != name.seat for m in mine)


def _same(one: Seat, other: Seat) -> bool:
    return _within(one.words, other.words) or _within(other.words, one.words)


def _order(seat: Seat) -> tuple[str, str, str]:
    return (seat.shown, seat.seat, seat.verb)

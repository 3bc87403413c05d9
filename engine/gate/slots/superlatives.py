"""Superlatives the source never makes: a record (« la plus importante acquisition de son
histoire », « l'accident le plus grave qu'ait connu la compagnie ») added to a sentence that
grades nothing.

Read (lexicon/superlatives.txt): a superlative with its domain — an article, « plus » or
« moins », an adjective, then what it is the most of (« de son histoire », « d'Europe »,
« qu'ait connu », « jamais ») —; beside it, every adjective the sentence grades and every word
that already ranks (« record », « premier », « supérieur »).

An article sentence's superlative is a review when the source sentence it restates grades or
ranks nothing (a word of order — « le premier accord », « ces derniers » — grades nothing, unless
it orders another noun than the claim's: then the sentence may grade in words unread) and the
whole source never grades its adjective: the source may say it in other
words, but a record it never makes is a claim of its own. (A rank or degree the source sentence
gives, the other way, is engine.gate.slots.rank's.) Tried and dropped: a comparison
(« plus durs que », « supérieur à ») — honest writers compare the source's own figures
(« bien plus nombreux que » for 1 500 against 200) and say « d'autant plus … que ».
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from engine.gate.slots.base import Clash, lemma
from engine.gate.slots.rank import time_nouns
from engine.text import fold
from engine.text.lexicon import by_tag

if TYPE_CHECKING:
    from spacy.tokens import Token

DOMAIN_WIDTH = 3  # words between a superlative's adjective and what it is the most of
_STEM = 6  # letters: « grave » and « gravité », « rapide » and « rapidement » meet
_DEGREE = frozenset({"plus", "moins"})
_OF = frozenset({"de", "du", "des", "d'", "d’"})
_THAT = frozenset({"que", "qu'", "qu’"})


@dataclass(frozen=True)
class Graded:
    """An adjective the sentence grades (« plus grave »), or a word that ranks (« record »)."""

    word: str
    noun: str = ""  # an order word's noun (« le premier accord »); none for « ces derniers »


@dataclass(frozen=True)
class Claimed:
    """A superlative with its domain (« la plus importante … de son histoire »)."""

    word: str  # the adjective, folded
    written: str  # as written (« la plus importante »)
    noun: str = ""  # what it is the most of, where the parse says (« donation »)


Mark = Graded | Claimed


def read(tokens: Sequence[Token]) -> frozenset[Mark]:
    lex = by_tag("superlatives")
    ranking = lex.get("rank", frozenset())
    comparatives = lex.get("comparative", frozenset())
    out: set[Mark] = set()
    low = [t.lower_ for t in tokens]
    for n, t in enumerate(tokens):
        word = lemma(t)
        if word in ranking or t.lower_ in ranking:
            if _ranks_a_time(t):
                continue  # « le premier trimestre », « la dernière semaine »: when, no grade
            of = t.head if t.dep_ == "amod" and t.head.pos_ == "NOUN" else None
            out.add(Graded(fold(word), lemma(of) if of is not None else ""))
            if _record_of(tokens, n):  # « un trimestre record », « une présence sans précédent »
                said = f"{tokens[n - 1].text} {t.text}"
                out.add(Claimed(fold(word), said, lemma(tokens[n - 1])))
            elif _record_apart(tokens, n):  # « …, un record historique »: of the clause before
                out.add(Claimed(fold(word), f"{tokens[n - 1].text} {t.text}", APART))
            continue
        if word in comparatives and (t.pos_ == "ADJ" or word in _BEST and t.pos_ == "NOUN"):
            if word in _NAMING and not _compares(tokens, n):
                continue  # « l'enseignement supérieur », « la partie inférieure »: a name
            out.add(Graded(fold(word)))
            if word in _BEST and n and low[n - 1] in _DEFINITE and _domain(tokens, n + 1):
                noun = lemma(t.head) if t.head.pos_ == "NOUN" else ""  # « le meilleur
                out.add(Claimed(fold(word), f"{tokens[n - 1].text} {t.text}", noun))  # … de sa
            continue  # carrière », « la pire catastrophe … de son histoire » (the tagger may
            # read « pire » a noun)
        if low[n] == "aussi" and "jamais" in low[max(0, n - 3) : n]:
            graded = tokens[n + 1] if n + 1 < len(tokens) else None
            if graded is not None and graded.pos_ == "ADJ":  # « n'a jamais été aussi
                adjective = fold(lemma(graded))  # impopulaire »: a record
                out.add(Graded(adjective))
                out.add(Claimed(adjective, f"jamais … {t.text} {graded.text}"))
            continue
        if low[n] not in _DEGREE or n + 1 >= len(tokens):
            continue
        k = n + 1 + (low[n + 1] == "encore")
        graded = tokens[k] if k < len(tokens) else None
        if graded is None or not graded.lower_.isalpha():
            continue
        if graded.pos_ in ("NOUN", "VERB") and _mistagged(tokens, n, k):
            adjective = fold(graded.lower_)  # « le plus violent du pays », « le plus titré de
            out.add(Graded(adjective))  # l'histoire »: the tagger's noun or verb, an adjective
            noun = lemma(graded.head) if graded.head.pos_ == "NOUN" else ""
            out.add(Claimed(adjective, f"{tokens[n - 1].text} {t.text} {graded.text}", noun))
            continue
        if graded.pos_ not in ("ADJ", "VERB"):
            continue
        if graded.pos_ == "VERB" and "Part" not in graded.morph.get("VerbForm"):
            continue  # « plus rejoindre »: a verb, no adjective graded
        adjective = fold(lemma(graded))
        out.add(Graded(adjective))
        if low[k + 1 : k + 3] in (["que", "jamais"], ["qu'", "jamais"], ["qu’", "jamais"]):
            out.add(Claimed(adjective, f"{t.text} {graded.text} que jamais"))  # a record
            continue
        if low[k + 1 : k + 2] == ["que"] and low[k + 2 : k + 3] and low[k + 2] in _ANY_OTHER:
            # « plus brillantes que toute autre surface », « plus … que tous les autres »
            out.add(Claimed(adjective, f"{t.text} {graded.text} que {tokens[k + 2].text}"))
            continue
        if n and low[n - 1] in _ARTICLES and _domain(tokens, k + 1):
            noun = lemma(graded.head) if graded.head.pos_ == "NOUN" else ""
            out.add(Claimed(adjective, f"{tokens[n - 1].text} {t.text} {graded.text}", noun))
        elif n and low[n - 1] == "," and _domain(tokens, k + 1, named=True):
            out.add(Claimed(adjective, f"{t.text} {graded.text}"))  # « X, plus grande ville de »
    return frozenset(out)


_ARTICLES = frozenset({"le", "la", "les", "l'", "l’"})
_DEFINITE = _ARTICLES | frozenset({"son", "sa", "ses", "leur", "leurs"})
_BEST = frozenset({"meilleur", "pire"})
_ANY_OTHER = frozenset({"tout", "toute", "tous", "toutes", "n'importe", "n’importe"})
# comparatives that also name (« l'enseignement supérieur », « le Conseil supérieur », « la
# lèvre inférieure »): they grade only where they compare (« supérieure à 1 000 degrés »,
# « bien inférieur »)
_NAMING = frozenset({"supérieur", "inférieur"})
_COMPARED = frozenset({"à", "au", "aux"})
_DEGREE_ADVERBS = frozenset(
    {"bien", "très", "nettement", "largement", "légèrement", "un", "peu", "beaucoup", "encore"}
)
APART = "…"  # the noun of a record said apart, after a comma (« …, un record historique »)
_RECORDS = frozenset({"record", "précédent"})
_RECORD_WORDS = frozenset(map(fold, _RECORDS))
_ORDINALS_OF_TIME = frozenset({"premier", "dernier", "précédent"})
# words of order a source sentence may say beside the claim without grading anything (« le
# premier accord universel » against « l'accord le plus contraignant »; « ces derniers »)
_ORDER = frozenset(map(fold, _ORDINALS_OF_TIME))
# adjectives that grade in time: « le plus ancien », « le plus récent » may say « le premier »
_OF_TIME = frozenset({"ancien", "recent", "vieux", "jeune", "age", "tot", "tardif", "nouveau"})


def _record_of(tokens: Sequence[Token], n: int) -> bool:
    """« un trimestre record », « une affluence record », « une présence sans précédent »: a
    record said of the noun before it."""
    t = tokens[n]
    if t.lower_ not in _RECORDS or n == 0:
        return False
    if t.lower_ == "précédent":
        return tokens[n - 1].lower_ == "sans"
    return tokens[n - 1].pos_ == "NOUN" and t.head.i == tokens[n - 1].i


def _compares(tokens: Sequence[Token], n: int) -> bool:
    """A comparative that compares: « supérieure à », « inférieur de 5 % au … », « bien
    supérieur », « supérieur » said as an attribute (« le chiffre est supérieur »)."""
    after = [t.lower_ for t in tokens[n + 1 : n + 5]]
    if any(w in _COMPARED for w in after):
        return True
    if n and tokens[n - 1].lower_ in _DEGREE_ADVERBS:
        return True
    return tokens[n].dep_ not in ("amod",)


def _record_apart(tokens: Sequence[Token], n: int) -> bool:
    """« …, un record », « …, un nouveau record historique », « …, du jamais vu »: a record
    said of the clause before it, after its comma."""
    if tokens[n].lower_ != "record":
        return False
    before = [t.lower_ for t in tokens[max(0, n - 3) : n]]
    return "," in before and any(w in ("un", "nouveau") for w in before)


def _ranks_a_time(token: Token) -> bool:
    """A rank of a stretch of time (« le premier trimestre », « la dernière semaine », « le
    mois dernier »): when something happened, no grade of it."""
    return (
        lemma(token) in _ORDINALS_OF_TIME
        and token.dep_ == "amod"
        and lemma(token.head) in time_nouns()
    )


def _domain(tokens: Sequence[Token], start: int, named: bool = False) -> bool:
    """What a superlative is the most of, right after its adjective (its noun, and an adjective
    of it, may come between: « le plus grave accident ferroviaire de l'année »): « de son
    histoire », « d'Europe », « de la journée », « qu'ait connu », « jamais ». `named`: a
    superlative set beside a name with no article (« al-Bab, plus grande ville du nord
    syrien »): its noun must come first, then its domain."""
    window = tokens[start : start + DOMAIN_WIDTH]
    if named and not (window and window[0].pos_ == "NOUN"):
        return False
    for k, t in enumerate(window):
        at = start + k + 1
        following = tokens[at] if at < len(tokens) else None
        if t.lower_ == "jamais":
            return True
        if t.lower_ == "qui" and following is not None and following.lower_ == "soit":
            return True  # « le plus instable qui soit »
        if (
            t.lower_ in _OF
            and following is not None
            and following.lower_ in ("tout", "toute", "tous", "toutes")
        ):
            return True  # « de toute la compétition »
        if t.lower_ in _OF and following is not None and following.pos_ in ("DET", "NOUN", "PROPN"):
            return True
        if t.lower_ in _THAT and following is not None and following.pos_ in ("AUX", "VERB"):
            return True
        if t.pos_ not in ("NOUN", "ADJ", "ADV"):
            return False
    return False


def _mistagged(tokens: Sequence[Token], n: int, k: int) -> bool:
    """An adjective of a superlative the tagger read a noun or a verb (« le plus violent du
    pays », « la plus polémique de l'année », « le plus titré de l'histoire »): right after an
    article and « plus » or « moins », followed by its domain, in a form an adjective or a
    participle takes (not « le plus de médailles »: « de » follows « plus »)."""
    if not n or tokens[n - 1].lower_ not in _ARTICLES or k != n + 1:
        return False
    graded = tokens[k]
    if graded.pos_ == "VERB" and not re.search(
        r"(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues)$", graded.lower_
    ):
        return False
    return _domain(tokens, k + 1)


def _same_or_none(claim: Claimed, orders: list[Graded]) -> bool:
    """Whether the source sentence's words of order leave a superlative unsaid: one orders the
    claim's own noun (« le premier accord » against « l'accord le plus contraignant »), or none
    orders a noun (« ces derniers »)."""
    if any(o.noun and o.noun == claim.noun for o in orders):
        return True
    return all(not o.noun for o in orders)


def compare(
    article: frozenset[Mark], source: frozenset[Mark], known: frozenset[Mark]
) -> Iterator[Clash]:
    orders = [m for m in source if isinstance(m, Graded) and m.word in _ORDER]
    if len(orders) < len(source):
        return  # the source sentence ranks or grades: engine.gate.slots.rank compares them
    graded = {m.word[:_STEM] for m in known}
    for m in sorted((m for m in article if isinstance(m, Claimed)), key=lambda m: m.written):
        if orders and (m.word in _OF_TIME or not _same_or_none(m, orders)):
            continue  # « le plus ancien » for the source's « le premier »: its rank in time;
            # « la performance la plus surprenante » beside « son premier match »: an order of
            # another thing, the sentence may grade in words the slot does not read
        if m.word[:_STEM] in graded:
            continue  # the source grades it elsewhere: said in another sentence
        if m.word in _RECORD_WORDS and any(
            isinstance(k, Claimed) and (k.noun == m.noun or m.noun == APART) for k in known
        ):
            continue  # « une donation record » for the source's « la plus grande donation de
            # son histoire »: a record the source makes, in its own words
        yield Clash("review", f"makes a superlative the source does not make («{m.written}»)")
        return

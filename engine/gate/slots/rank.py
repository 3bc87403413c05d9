"""Rank and degree: who came first or last, and which way a comparison goes.

Read (lexicon/rank.txt): an ordinal or a place with what it ranks — « la première course »
(course, 1), « le dernier concurrent » (concurrent, last), « arrivé en tête » (arriver, 1),
« en deuxième position » (the verb's rank: a position only holds one); a degree with what it
grades — « les plus touchées » (toucher, more), « moins d'une demi-heure » (demi-heure, less).

An article sentence clashes with the source sentence it restates, for certain (hard), when it
gives the same thing another rank (« première fois » ↔ « deuxième fois »), the opposite degree
(« les plus touchées » ↔ « les moins touchées »), or the same degree of the opposite word
(« les plus fortes hausses » ↔ « les plus faibles hausses »). The same rank said of another
word (« l'avant-dernier concurrent » for « le dernier coureur ») is a review: that the two words
name one thing is a guess (« la troisième marche du podium » is not « la seconde place »).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from engine.brief.figures import MONTHS, NUMBER_WORDS, SMALL, spelled_ordinals
from engine.gate.slots.base import Certainty, Clash, content, lemma
from engine.text import compound_key, fold
from engine.text.lexicon import lines, tagged, words

if TYPE_CHECKING:
    from spacy.tokens import Token

MORE, LESS = 1, -1
_DEGREE = {"plus": MORE, "davantage": MORE, "moins": LESS}


@dataclass(frozen=True)
class Rank:
    word: str  # what is ranked
    value: str  # "1", "2", …, "last", "last-1"
    written: str
    who: frozenset[str] | None = None  # the name that holds the rank, when the sentence says it
    elided: bool = False  # its noun left unsaid (« le premier est … »): what it ranks is a guess
    doing: frozenset[str] = frozenset()  # the verbs the ranked noun is the subject of (« la
    # troisième relayeuse a effacé le retard »: effacer; and the verbs joined to it), if said


@dataclass(frozen=True)
class Said:
    """The content words of a sentence that ranks or grades: a rank of a word the other side
    says unranked is no rank of a synonym."""

    words: frozenset[str]
    graded: frozenset[tuple[str, int]] = frozenset()  # the sentence's degrees: (word, sign)
    ranked: frozenset[str] = frozenset()  # the values of the sentence's ranks


@dataclass(frozen=True)
class Degree:
    word: str  # what is graded
    sign: int  # MORE or LESS
    of: str = ""  # the noun it is said of, where the parse says (« la régate, plus longue »)
    than: str = ""  # the noun it is compared with (« moins longue que la régate »)
    # the stems of the words of its two terms: the one it is said of (its subject's phrase; the
    # clause before a « ce qui ») and the one after « que » (« plus vieux de 200 millions
    # d'années que les plus vieilles connues »), to tell a comparison told from its other end
    of_words: frozenset[str] = frozenset()
    than_words: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Series:
    """The ranks the article gives a word in its other sentences (engine.gate.claims): beside
    « le second tour », « le premier tour » names the one before, not the source's second."""

    word: str
    values: frozenset[str]


Mark = Rank | Degree | Said | Series


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


def read(tokens: Sequence[Token]) -> frozenset[Mark]:
    ranks, places, _ = _ranks()
    inside = {t.i for t in tokens}
    out: set[Mark] = set()
    nouns: list[str] = []  # the nouns ranked so far, in order
    for n, t in enumerate(tokens):
        word = lemma(t)
        value = (
            _compound(tokens, n) or ranks.get(word) or ranks.get(t.lower_) or _ordinal(tokens, n)
        )
        # « l'avant dernière épreuve »: a compound of the lexicon, its hyphen left out
        value = _compound_rank(tokens, n, word) or value
        if value is not None:
            if word == "tête" and not any(c.lower_ == "en" for c in t.children):
                continue  # « la tête du classement » is no rank
            if _pronoun(tokens, n):
                continue  # « ce dernier » is who was just named, not a rank
            if _denied(tokens, n):
                continue  # « n'est pas le premier à toucher Istanbul »: true of the third
            if value == "last" and _of_time(tokens, n):
                continue  # « le mois dernier », « mardi dernier »: the one before, a date
            if n + 1 < len(tokens) and tokens[n + 1].lower_ in MONTHS:
                continue  # « le 1er décembre », « le premier mai »: a date's day, no rank
            superlative = _superlative(tokens, n)
            if superlative is not None:  # « la deuxième plus forte hausse »
                out.add(Rank(SUPERLATIVE, value, f"{t.text} {superlative}"))
                continue
            ranked = _ranked(t, inside, places)
            value, total = _of_all(t, value, inside)  # « la sixième des six »: the last
            if total is not None:  # and a rank among six, whatever the six are called
                out.add(Rank(f"{OUT_OF} {total}", value, t.text, _holder(t, inside)))
            if _repeated(tokens, n):  # « deux fois deuxième »: the place taken each time
                ranked = _verb_of(t, inside)
            if _split_ordinal(tokens, n):  # « la 4 e étape »: the parser loses the noun
                ranked = lemma(tokens[n + 2])
                if ranked in places:  # « s'empare de la 4 e place »: the verb's, as ever
                    ranked = _verb_of(tokens[n + 2], inside) or ranked
            elided = _elided(t)
            if elided and nouns:  # « les premières explosions … et une troisième »
                out.add(Rank(nouns[-1], value, t.text, _holder(t, inside)))
            if ranked is not None:
                out.add(Rank(ranked, value, t.text, _holder(t, inside), elided, _doing(t, inside)))
                if t.dep_ in ("amod", "nummod"):
                    nouns.append(ranked)
            continue
        if t.lower_ in _ages():  # « la sœur cadette »: younger
            if t.head.i == t.i - 1 and t.head.i in inside and t.head.pos_ == "NOUN":
                out.add(Degree(f"{AGE} {lemma(t.head)}", _ages()[t.lower_]))
            continue  # right after its noun; « l'aînée », « la cadette » alone name one of them
        if _at_the_start(tokens, n):  # « et tout au début, celle du 17 novembre »
            out.add(Rank(START, "1", f"au {t.text}", elided=True))
            continue
        if t.lower_ in _RECORD or (word in _RECORD and t.pos_ in ("NOUN", "ADJ")):
            out.add(Rank(SUPERLATIVE, "1", t.text))  # « un record », « un niveau inédit »
            continue
        if t.lower_ in _best():  # « le meilleur temps »: the first, as « le plus rapide »
            if (
                n
                and tokens[n - 1].lower_ in _ARTICLES
                and not _among(tokens, n)
                and not any(
                    ranks.get(lemma(b)) or _ordinal(tokens, k) for k, b in _before(tokens, n, 3)
                )
            ):
                out.add(Rank(SUPERLATIVE, "1", f"{tokens[n - 1].text} {t.text}"))
            continue
        if t.lower_ in _LIMITS and n and tokens[n - 1].lower_ == "au":
            out.add(Degree(LIMIT, _LIMITS[t.lower_]))  # « au maximum », « au minimum »
            continue
        if _lesser(t, tokens, n, inside):  # « une moindre couverture »: less of it
            out.add(Degree(lemma(t.head), LESS))
            continue
        sign = _DEGREE.get(t.lower_)
        if sign is None or any(b.lower_ in ("ne", "n'", "n’") for b in tokens[max(0, n - 3) : n]):
            continue  # « n'a plus de gouvernement » is a negation
        if n and tokens[n - 1].lower_ == "au" and t.lower_ in ("plus", "moins"):
            continue  # « au plus », « au moins »: a figure's bound
        if (
            n
            and tokens[n - 1].lower_ in _ARTICLES
            and _superlative(tokens, n - 1) is not None
            and not _among(tokens, n)
            and not any(
                ranks.get(lemma(b)) or _ordinal(tokens, k) for k, b in _before(tokens, n, 3)
            )
            and not any(  # « la deuxième attaque au couteau la plus meurtrière »: its rank
                (ranks.get(lemma(b)) or _ordinal(tokens, k)) and _superlative(tokens, k)
                for k, b in _before(tokens, n, 3 + COMPLEMENT)
            )
        ):
            out.add(Rank(SUPERLATIVE, "1", f"{tokens[n - 1].text} {t.text}"))  # « la plus forte »
        if n and _superlative(tokens, n - 1) is not None and n + 1 < len(tokens):
            among = _among(tokens, n)  # « l'une des plus rapides » against « la plus rapide »
            own = _possessive(tokens[n - 1], "Sing")  # « sa plus belle victoire »: the first
            if among or own or tokens[n - 1].lower_ in _ARTICLES:
                graded = f"{SUPERLATIVE} {t.lower_} {lemma(tokens[n + 1])}"
                start = next(
                    (k for k in range(n - 1, max(-1, n - 4), -1) if tokens[k].lower_ in _ONE_OF),
                    n - 1,
                )  # « l'une des plus rapides », « un de ses plus forts »
                said = " ".join(w.text for w in tokens[start if among else n - 1 : n + 2])
                out.add(Rank(graded, AMONG if among else "1", said))
        if (
            t.head.i in inside
            and t.head.i > t.i
            and (t.head.pos_ in ("ADJ", "VERB", "ADV") or _quality(t))
        ):
            if not (n and tokens[n - 1].lower_ in _ARTICLES and _of_two(t.head)):
                of, than = _terms(t.head, inside)
                out.add(Degree(lemma(t.head), sign, _graded_of(t.head), _than(t.head), of, than))
            continue
        after = tokens[n + 1 : n + 5]
        if after and after[0].pos_ in ("ADJ", "ADV") and lemma(after[0]) in _ranks()[2]:
            out.add(Degree(lemma(after[0]), sign))  # « arrivé plus tard »: the parse hangs
            continue  # the degree on the verb, not on the word of rank.txt right after it
        if after and _sibling_adverb(t, after[0]):
            out.add(Degree(lemma(after[0]), sign))  # « la justice va moins vite »: « moins »
            continue  # and « vite » both hang on the verb
        if after and after[0].lower_ in ("de", "d'", "d’"):
            if any(a.pos_ == "NUM" for a in after[1:3]):
                continue  # « plus de 41 % »: a figure's comparator, read with the figure
            noun = next((a for a in after[1:] if a.pos_ == "NOUN"), None)
            if noun is not None:
                out.add(Degree(lemma(noun), sign))
    if out:
        graded = frozenset((m.word, m.sign) for m in out if isinstance(m, Degree))
        ranked = frozenset(m.value for m in out if isinstance(m, Rank))
        out.add(Said(frozenset(fold(word)[:_STEM] for word in content(tokens)), graded, ranked))
    return frozenset(out)


def _lesser(t: Token, tokens: Sequence[Token], n: int, inside: set[int]) -> bool:
    """« une moindre couverture », « des moindres coûts »: a degree, less of the noun it
    qualifies; not « le moindre doute », « sans la moindre idée » (the slightest: any)."""
    return (
        t.lower_ in ("moindre", "moindres")
        and t.head.i in inside
        and t.head.i > t.i
        and t.head.pos_ == "NOUN"
        and not (n and tokens[n - 1].lower_ in _ARTICLES)
    )


def _at_the_start(tokens: Sequence[Token], n: int) -> bool:
    """« tout au début », « au tout début », « au début » said alone: the first of what the
    sentence lists (« la 39e journée, qui suit celle du 24, et tout au début celle du 17
    novembre »), as « la toute première » says it; « au début du mois » is a time."""
    if tokens[n].lower_ != "début":
        return False
    before = [t.lower_ for t in tokens[max(0, n - 2) : n]]
    after = tokens[n + 1].lower_ if n + 1 < len(tokens) else ""
    return (before[-1:] == ["au"] or before == ["au", "tout"]) and after not in _OF


_OF = frozenset({"de", "du", "des", "d'", "d’"})


def _among(tokens: Sequence[Token], n: int) -> bool:
    """« l'une des plus rapides », « un des plus grands », « parmi les plus touchés », « un de
    ses plus forts taux », « l'une de leurs plus belles victoires »: one of the first few, not
    the first."""
    before = [t.lower_ for t in tokens[max(0, n - 5) : n] if not t.is_quote][-3:]
    if before[-1:] in (["des"], ["les"]) and before[-2:-1] in (["un"], ["une"], ["parmi"]):
        return True
    if before[-1:] == ["les"] and _one_of_named(tokens, n - 1):
        return True  # « l'une des observations les plus précises »
    theirs = n > 0 and _possessive(tokens[n - 1], "Plur")  # « un de ses plus … »
    return theirs and before[:1] in (["un"], ["une"]) and before[1] in _OF


def _one_of_named(tokens: Sequence[Token], n: int) -> bool:
    """Before the « les » at `n`, the noun the superlative grades (its adjectives too), opened
    by « l'un(e) des » or « parmi les » (« l'une des observations les plus précises », « parmi
    les villes françaises les plus touchées »)."""
    k = n - 1
    while k >= 0 and tokens[k].is_quote:
        k -= 1  # « l'un des visionnaires « les plus prolifiques » »: the quotation opens after
    top = k
    while k >= 0 and top - k < NAMED_REACH and tokens[k].pos_ in ("NOUN", "ADJ"):
        k -= 1
    if k == top or k < 1:
        return False  # no noun between: « l'une des plus … » is read above
    return (tokens[k].lower_, tokens[k - 1].lower_) in (
        ("des", "un"),
        ("des", "une"),
        ("les", "parmi"),
    )


NAMED_REACH = 3  # words of the noun phrase between « l'une des » and its « les plus »


def _denied(tokens: Sequence[Token], n: int) -> bool:
    """A rank its sentence denies (« ce n'est pas le premier », « n'était pas la première
    fois », « pas le dernier »): it gives no rank, only rules one out — no clash with the rank
    the source gives (the denial of the source's own rank is polarity's to judge)."""
    before = [t.lower_ for t in tokens[max(0, n - DENIAL_REACH) : n]]
    if "pas" in before or "jamais" in before and any(w in ("ne", "n'", "n’") for w in before):
        return True
    # « n'accueille pas l'épreuve pour la première fois »: the verb its noun hangs on denied
    noun = tokens[n].head
    held = [noun, noun.head] if noun.dep_ in ("obl", "obl:mod", "obj") else [noun]
    return any(c.lower_ == "pas" and c.dep_ == "advmod" for h in held for c in h.children)


DENIAL_REACH = 3  # words before a rank its denial stands in (« n'est pas le premier »)


def _possessive(token: Token, number: str) -> bool:
    """A possessive determiner of that number (« ses », « leurs »; « sa », « son »)."""
    return "Yes" in token.morph.get("Poss") and number in token.morph.get("Number")


_ONE_OF = frozenset({"un", "une", "parmi"})


def _quality(t: Token) -> bool:
    """A degree word's head the parse takes for a noun, right after it and with no determiner:
    an adjective (« sont plus ambigus »), not a thing counted (« plus de gens »)."""
    head = t.head
    return (
        head.pos_ == "NOUN"
        and head.i == t.i + 1
        and not any(c.dep_ == "det" for c in head.children)
    )


def _repeated(tokens: Sequence[Token], n: int) -> bool:
    """An ordinal after a count of times (« terminé deux fois deuxième », « classée trois fois
    première »): the place taken on each of those occasions, not a rank of the occasion (« la
    première fois »), which the parse hangs it on."""
    return (
        n >= 2
        and lemma(tokens[n - 1]) in _OCCASIONS
        and (tokens[n - 2].pos_ == "NUM" or tokens[n - 2].lower_ in _SEVERAL)
    )


def _verb_of(t: Token, inside: set[int]) -> str | None:
    """The verb whose clause holds `t` (its place, taken each time, is that verb's rank)."""
    node = t
    while node.head.i != node.i and node.head.i in inside:
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            return lemma(node)
    return None


def _doing(t: Token, inside: set[int]) -> frozenset[str]:
    """The verbs whose subject is the noun an ordinal qualifies (« la dernière relayeuse a
    devancé …, puis a terminé le relais »: devancer, terminer — a verb joined to it with no
    subject of its own), none where the parse says none."""
    noun = t.head
    if t.dep_ != "amod" or noun.pos_ != "NOUN" or noun.i not in inside:
        return frozenset()
    verb = noun.head
    if noun.dep_ not in ("nsubj", "nsubj:pass") or verb.i not in inside or verb.pos_ != "VERB":
        return frozenset()
    joined = [
        c
        for c in verb.children
        if c.dep_ == "conj"
        and c.pos_ == "VERB"
        and c.i in inside
        and not any(g.dep_.startswith("nsubj") for g in c.children)
    ]
    return frozenset(lemma(v) for v in [verb, *joined])


def _elided(t: Token) -> bool:
    """An ordinal that is a noun phrase of its own, its noun left unsaid: with its own
    determiner, the subject of its clause or set beside another (« le premier est la
    suppression … », « et une troisième au niveau de la station », « le second à Anduze »).
    The parse hangs it on its verb, or on a copula's noun: what it ranks is a guess. (« arrivé le
    premier »: a rank the verb takes, said as an attribute.)"""
    if t.dep_ in ("nsubj", "nsubj:pass", "conj", "appos") and any(
        c.dep_ == "det" for c in t.children
    ):
        return True
    return _one_more(t)


def _one_more(t: Token) -> bool:
    """« deux bâtiments s'écroulent le 5 novembre, un troisième le soir »: an ordinal with the
    indefinite article and no noun after it is one more of what was just counted (the parse may
    hang it on the next noun, « soir »)."""
    before = t.doc[t.i - 1] if t.i > 0 else None
    after = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
    return (
        before is not None
        and before.lower_ in ("un", "une")
        and (after is None or after.pos_ not in ("NOUN", "PROPN", "ADJ"))
    )


def _holder(t: Token, inside: set[int]) -> frozenset[str] | None:
    """Who holds a rank: the name of the clause's subject (« Van Avermaet est premier »), of
    the noun the relative clause hangs on (« Betto qui, en prenant la troisième place, … »), or
    set beside the ranked noun (« l'avant-dernier concurrent, Jason Stewart »)."""
    node = t
    for _ in range(4):
        if node.pos_ == "PROPN" and node is not t:
            return _name(node, inside)  # « Julian Alaphilippe, en blanc et deuxième »
        for child in node.children:
            if child.dep_ in ("nsubj", "nsubj:pass", "appos") and child.i in inside:
                name = _name(child, inside)
                if name is not None:
                    return name
        if node.dep_ == "acl:relcl" and node.head.i in inside:
            name = _name(node.head, inside)
            if name is not None:
                return name
        if node.head.i == node.i or node.head.i not in inside:
            break
        node = node.head
    return None


def _name(token: Token, inside: set[int]) -> frozenset[str] | None:
    if token.lower_ in ("qui", "que") and token.head.dep_ == "acl:relcl":
        token = token.head.head
    if token.pos_ != "PROPN":
        token = next((c for c in token.children if c.pos_ == "PROPN" and c.i in inside), token)
    if token.pos_ != "PROPN":
        return None
    parts = [token] + [c for c in token.children if c.dep_.startswith("flat") and c.i in inside]
    return frozenset(fold(p.text) for p in parts)


AGE = "âge"  # what « aîné » and « cadet » grade, of the noun they qualify (« âge sœur »)
AMONG = "parmi"  # the rank of « l'une des plus rapides »: one of the first few
START = "début"  # what « tout au début » ranks first: a thing of the sentence left unsaid
OUT_OF = "sur"  # what « la deuxième des six » ranks besides its noun: « sur 6 », one of six
SUPERLATIVE = "superlatif"  # what « la plus forte », « la deuxième plus forte », « record » rank
LIMIT = "limite"  # what « au maximum » / « au minimum » grade
_LIMITS = {"maximum": LESS, "minimum": MORE}  # « au maximum » caps (at most), « au minimum » floors
_RECORD = frozenset({"record", "inédit", "inégalé"})
_OCCASIONS = frozenset({"fois", "reprise"})  # « deux fois », « à trois reprises »
_SEVERAL = frozenset({"plusieurs", "maintes"})
_ARTICLES = words("definite_articles")
_DEMONSTRATIVES = frozenset({"ce", "cet", "cette", "ces"})
_ORDINAL_DIGITS = re.compile(r"^(\d+)(?:e|ème|eme|ᵉ|er|re|ère)$", re.IGNORECASE)


def _ordinal(tokens: Sequence[Token], n: int) -> str | None:
    """An ordinal the lexicon does not list: « 27e », « 4 e », « vingt-septième »."""
    t = tokens[n]
    digits = _ORDINAL_DIGITS.match(t.text)
    if digits:
        return str(int(digits.group(1)))
    if _split_ordinal(tokens, n) or (
        t.text.isdigit() and n + 1 < len(tokens) and tokens[n + 1].lower_ in ("e", "ème", "ᵉ")
    ):
        return str(int(t.text))  # « la 4 e étape »
    if t.lower_.endswith(("ième", "ièmes")):
        spelled = next(spelled_ordinals(t.text), None)
        if spelled is not None and spelled.text == t.text:
            return spelled.key
    return None


def _compound(tokens: Sequence[Token], n: int) -> str | None:
    """An ordinal in words the parser splits (« quarante - quatrième », « cent vingt-sixième »):
    the number its words make together, not the last word's own rank."""
    t = tokens[n]
    if not t.lower_.endswith("ième"):  # « quatre millièmes »: parts counted, no rank
        return None
    k = n
    while k > 0 and (tokens[k - 1].lower_ in NUMBER_WORDS or tokens[k - 1].text == "-"):
        k -= 1
    if k == n:
        return None
    start = tokens[k].idx
    said = t.doc.text[start : t.idx + len(t.text)]
    whole = [f for f in spelled_ordinals(said) if f.start + len(f.text) == len(said)]
    return whole[-1].key if whole and whole[-1].start < t.idx - start else None


def _before(tokens: Sequence[Token], n: int, width: int) -> list[tuple[int, Token]]:
    return [(k, tokens[k]) for k in range(max(0, n - width), n)]


def _compound_rank(tokens: Sequence[Token], n: int, word: str) -> str | None:
    """A rank the lexicon writes as a compound (« avant-dernier »), its hyphen left out or split
    off by the parser (« avant dernière », « avant - dernière »): that compound's rank, read by
    its compound key (engine.text.compound_key); « avant la dernière étape » is a time, its
    article between."""
    if not _ends_a_compound(word):
        return None  # most words end no compound rank
    compounds = _compound_ranks()
    for k in (1, 2):
        said = " ".join([*(t.lower_ for t in tokens[max(0, n - k) : n]), word])
        if n >= k and compound_key(said) in compounds:
            return compounds[compound_key(said)]
    return None


@lru_cache(maxsize=4096)
def _ends_a_compound(word: str) -> bool:
    key = compound_key(word)
    return bool(key) and any(k.endswith(key) for k in _compound_ranks())


@cache
def _compound_ranks() -> dict[str, str]:
    """The lexicon's compound ranks by their compound key (« avantdernier » → "last-1")."""
    return {compound_key(w): v for w, v in _ranks()[0].items() if "-" in w}


def _split_ordinal(tokens: Sequence[Token], n: int) -> bool:
    """« 4 e étape »: digits, a lone « e », a noun."""
    return (
        tokens[n].text.isdigit()
        and n + 2 < len(tokens)
        and tokens[n + 1].lower_ in ("e", "ème", "ᵉ")
        and tokens[n + 2].pos_ == "NOUN"
    )


def _pronoun(tokens: Sequence[Token], n: int) -> bool:
    """« ce dernier », « cette dernière » with no noun after: a pronoun."""
    before = tokens[n - 1].lower_ if n else ""
    after = tokens[n + 1] if n + 1 < len(tokens) else None
    return before in _DEMONSTRATIVES and (after is None or after.pos_ not in ("NOUN", "ADJ"))


def _graded_of(graded: Token) -> str:
    """The noun a graded adjective is said of: the noun it qualifies (« la régate, plus
    longue »), else its clause's subject (« la régate est plus longue »)."""
    if graded.dep_ in ("amod", "acl", "appos") and graded.head.pos_ in ("NOUN", "PROPN"):
        return lemma(graded.head)
    subject = next((c for c in graded.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
    return lemma(subject) if subject is not None and subject.pos_ in ("NOUN", "PROPN") else ""


def _than(graded: Token) -> str:
    """The noun a degree compares its thing with (« moins longue que la régate de 30 milles »)."""
    doc = graded.doc
    after = doc[graded.i + 1 : graded.i + 3]
    that = next((w for w in after if w.lower_ in ("que", "qu'", "qu’")), None)
    if that is None:
        return ""
    noun = next((w for w in doc[that.i + 1 : that.i + 5] if w.pos_ in ("NOUN", "PROPN")), None)
    return lemma(noun) if noun is not None else ""


def _converse(m: Degree, words: set[str], source: frozenset[Mark]) -> bool:
    """The article compares its thing with the very thing the source grades the other way
    (« la régate de 12 milles, moins longue que la traditionnelle régate » for « la
    traditionnelle régate, plus longue »), or the other way round: one fact, told from its
    other side. Or, by the words of the two terms, the article says of the source's second term
    what the source says of its first (« les plus vieilles traces connues étaient plus jeunes »
    for « les traces … datent de …, ce qui est plus vieux que les plus vieilles connues »)."""
    return any(
        isinstance(o, Degree)
        and o.word in words
        and (m.than and m.than == o.of or o.than and o.than == m.of or _exchanged(m, o))
        for o in source
    )


def _exchanged(m: Degree, o: Degree) -> bool:
    """The article's terms match the source's exchanged better than in place: its first term
    shares more words with the source's second than with its first (the words both source terms
    share left out: « la nouvelle tour … que l'ancienne tour »), counting the second terms too."""
    if not o.than_words or not (m.of_words or m.than_words):
        return False
    both = o.of_words & o.than_words
    first, second = o.of_words - both, o.than_words - both
    exchanged = len(m.of_words & second) + len(m.than_words & first)
    kept = len(m.of_words & first) + len(m.than_words & second)
    return exchanged > kept


THAN_REACH = 8  # words after a graded word in which its « que » comes (« de 200 millions … »)
_THAT = ("que", "qu'", "qu’")


def _stems(tokens: Sequence[Token]) -> frozenset[str]:
    return frozenset(fold(w)[:_STEM] for w in content(tokens))


def _terms(graded: Token, inside: set[int]) -> tuple[frozenset[str], frozenset[str]]:
    """The stems of a degree's two terms: what it is said of (the noun it qualifies, or its
    subject, with their words; for « …, ce qui est plus vieux », the words of the clause before
    « ce ») and what it is compared with (the words after its « que », up to a punctuation)."""
    doc = graded.doc
    of: list[Token] = []
    subject = next((c for c in graded.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
    if graded.dep_ == "acl:relcl" and subject is not None and subject.lower_ == "qui":
        if graded.head.lower_ == "ce":  # the clause before « ce qui »
            of = [t for t in doc[: graded.head.i] if t.i in inside]
        else:  # the noun the relative hangs on
            of = [t for t in graded.head.subtree if t.i < graded.head.i or t.i == graded.head.i]
    elif graded.dep_ in ("amod", "acl", "appos") and graded.head.pos_ in ("NOUN", "PROPN"):
        own = {t.i for t in graded.subtree}
        of = [t for t in graded.head.subtree if t.i not in own]
    elif subject is not None and subject.pos_ in ("NOUN", "PROPN"):
        of = list(subject.subtree)
    than: list[Token] = []
    for t in doc[graded.i + 1 : graded.i + 1 + THAN_REACH]:
        if t.is_punct:
            break
        if t.lower_ in _THAT:
            for after in doc[t.i + 1 : t.i + 1 + THAN_REACH]:
                if after.is_punct:
                    break
                than.append(after)
            break
    return _stems(of), _stems(than)


_TWO = (
    ("des", "deux"),
    ("de", "ces", "deux"),
    ("d'", "entre", "les", "deux"),
    ("d’", "entre", "les", "deux"),
)


def _of_two(graded: Token) -> bool:
    """A superlative among two (« la plus courte des deux courses »): it says of one what the
    source's comparative may say of the other (« la course traditionnelle, plus longue »), so its
    degree says no way of its own."""
    after = tuple(w.lower_ for w in graded.doc[graded.i + 1 : graded.i + 5])
    return any(after[: len(two)] == two for two in _TWO)


def _superlative(tokens: Sequence[Token], n: int) -> str | None:
    """The « plus forte » that the word at `n` (an ordinal, an article) is followed by, or
    its noun (« la deuxième chute la plus grave »)."""
    if 0 <= n < len(tokens) - 1 and tokens[n + 1].lower_ in _best():
        return tokens[n + 1].text  # « la deuxième meilleure performance »
    if n < 0 or n + 2 >= len(tokens):
        return None
    degree, graded = tokens[n + 1], tokens[n + 2]
    if degree.lower_ in ("plus", "moins") and (
        graded.pos_ == "ADJ" or _before_noun(graded, tokens[n])
    ):
        return f"{degree.text} {graded.text}"
    if degree.pos_ == "NOUN" and tokens[n + 2].lower_ in _ARTICLES:
        return _superlative(tokens, n + 2)
    if degree.pos_ == "NOUN":  # « la deuxième attaque au couteau la plus meurtrière »: the
        for k in range(n + 2, min(n + 2 + COMPLEMENT, len(tokens) - 1)):  # noun's complement
            if tokens[k].lower_ in _ARTICLES and tokens[k + 1].lower_ in _DEGREE:
                return _superlative(tokens, k)
            if tokens[k].pos_ not in ("ADP", "DET", "NOUN", "PROPN", "ADJ"):
                break
    return None


COMPLEMENT = 4  # words of a noun's complement between it and its superlative


def _sibling_adverb(degree: Token, word: Token) -> bool:
    """An adverb of manner right after « plus », « moins », both hanging on one verb (« va
    moins vite », « avance plus lentement »): graded by it."""
    return (
        word.pos_ == "ADV"
        and word.head.i == degree.head.i
        and degree.head.pos_ in ("VERB", "AUX")
        and word.is_alpha
        and not word.is_stop
    )


def _before_noun(graded: Token, article: Token) -> bool:
    """An adjective the parse calls an adverb, between « le plus » and the noun it qualifies
    (« le plus fort taux »): the article and the word both hang on that noun, right after."""
    noun = graded.head
    return (
        graded.pos_ == "ADV"
        and noun.pos_ == "NOUN"
        and noun.i == graded.i + 1
        and article.head.i == noun.i
    )


# The clause an ordinal that heads its sentence ranks (« c'est la troisième que le club remporte »).
_CLAUSES = frozenset({"acl:relcl", "acl", "ccomp", "dep"})


def _ranked(t: Token, inside: set[int], places: frozenset[str]) -> str | None:
    """What an ordinal ranks: the noun it qualifies, or the verb it completes (or, heading its
    sentence, the verb of the clause after it: « c'est la deuxième que les États-Unis mènent »
    as « la première menée par les États-Unis »); a noun that only holds a rank (« position »)
    hands it to its verb."""
    if t.pos_ == "NOUN" and t.lemma_ != "tête":
        child = next((c for c in t.children if c.pos_ == "NOUN"), None)
        if child is not None:
            return lemma(child)
    among = next((c for c in t.children if c.i > t.i and _of_noun(c) and c.i in inside), None)
    if among is not None:  # « la deuxième des six compétitions »: a rank among them
        return lemma(among)
    head = t.head if t.head.i in inside and t.head.i != t.i else None
    if head is None:  # « c'est la deuxième que les États-Unis mènent »: its clause's verb
        clause = next((c for c in t.children if c.dep_ in _CLAUSES and c.pos_ == "VERB"), None)
        clause = clause or _act(t)  # « le premier à prêter serment »: the act it ranks
        return lemma(clause) if clause is not None and clause.i in inside else None
    if lemma(head) in places and head.head.i in inside and head.head.i != head.i:
        head = head.head
    return lemma(head)


def _act(t: Token) -> Token | None:
    """The act « à » and an infinitive say a rank heading its sentence is of (« il a été le
    premier à prêter serment »): the verb."""
    return next(
        (
            c
            for c in t.children
            if c.dep_ in ("xcomp", "acl")
            and c.pos_ == "VERB"
            and c.i > t.i
            and any(m.dep_ == "mark" and m.lower_ == "à" for m in c.children)
        ),
        None,
    )


def _of_all(t: Token, value: str, inside: set[int]) -> tuple[str, int | None]:
    """A rank among a number of them (« la deuxième des six compétitions »): its value, the
    last or the one before it said so (« la sixième des six épreuves » is « la dernière des six
    épreuves »), and how many they are (None where no number says it)."""
    among = next((c for c in t.children if c.i > t.i and _of_noun(c) and c.i in inside), None)
    count = next((c for c in among.children if c.dep_ == "nummod"), None) if among else None
    doc = t.doc
    if among is None and t.i + 2 in inside and doc[t.i + 1].lower_ == "des":
        count = doc[t.i + 2]  # « Première des six étapes », the parse hanging them elsewhere
    total = SMALL.get(count.lower_) if count is not None else None
    if total is None and count is not None and count.text.isdigit():
        total = int(count.text)
    if total is None:
        return value, None
    if not value.isdigit():
        return value, total
    return {total: "last", total - 1: "last-1"}.get(int(value), value), total


def _of_noun(t: Token) -> bool:
    """A plural noun complement with « de » (« des six compétitions »): what a rank is among
    (not « la première de la transition »: out of it)."""
    return (
        t.pos_ == "NOUN"
        and t.dep_ == "nmod"
        and "Plur" in t.morph.get("Number")
        and any(c.dep_ == "case" and c.lower_ in _OF for c in t.children)
    )


def compare(
    article: frozenset[Mark],
    source: frozenset[Mark],
    known: frozenset[Mark],
) -> Iterator[Clash]:
    yield from _compare_ranks(article, source, known)
    yield from _compare_degrees(article, source, known)


def _compare_ranks(
    article: frozenset[Mark],
    source: frozenset[Mark],
    known: frozenset[Mark],
) -> Iterator[Clash]:
    ranks: dict[str, set[str]] = {}
    written: dict[tuple[str, str], str] = {}
    # of two ways the source writes one rank, the same one shown whatever the set's order
    for m in sorted((m for m in source if isinstance(m, Rank)), key=_rank_order):
        ranks.setdefault(m.word, set()).add(m.value)
        written.setdefault((m.word, m.value), m.written)
    everywhere = {(m.word, m.value) for m in known if isinstance(m, Rank)}
    # the rank of a noun before the same rank « sur N » (one clash told once, in a fixed order)
    mine = sorted(
        (m for m in article if isinstance(m, Rank)),
        key=lambda m: (m.word.startswith(f"{OUT_OF} "), _rank_order(m)),
    )
    told: set[str] = set()
    series = {m.word: m.values for m in article if isinstance(m, Series)}
    # a rank the article gives to a word the source does not rank: the source's, said otherwise
    moved = {m.value for m in mine if m.word not in ranks and not _graded(m)}
    holders: dict[str, set[frozenset[str] | None]] = {}
    for m in source:
        if isinstance(m, Rank):
            holders.setdefault(m.word, set()).add(m.who)
    said = _said(article)
    for m in mine:
        theirs = ranks.get(m.word)
        if not theirs or m.value in theirs or (m.word, m.value) in everywhere or theirs & moved:
            continue
        if _done_by_another(m, source):
            continue  # « la dernière relayeuse a devancé Ledecky » for « la troisième relayeuse
            # a effacé le retard, pour laisser sa sœur Cate devancer Ledecky »: Cate's rank
        if _held_by_named(m, source, said):
            continue  # « Martina, lui, a été devancé au centième près » for « en devançant
            # Gemili au millième près, et Martina au centième près »: Martina's, not Gemili's
        if _others(m.who, holders[m.word]):
            continue  # « Spivey prend la deuxième place », « Betto … la troisième »
        if m.value == AMONG and "1" in theirs:
            continue  # « l'une des plus rapides » is true of the fastest
        if theirs & {r.value for r in mine if r.word == m.word}:
            continue  # the sentence gives the source's rank too: « le premier à la seconde
            # transition » ranks two things the parse hangs on one word
        if m.written in told:
            continue
        told.add(m.written)
        other = written[m.word, sorted(theirs)[0]]
        sure = len(theirs) == 1 and not _before_named(m, theirs, series)
        certainty: Certainty = "hard" if sure else "review"
        yield Clash(certainty, f"ranks «{m.word}» «{m.written}» where the source says «{other}»")
    others = [m for m in known if isinstance(m, Said) and m not in source]
    yield from _synonym_rank(article, source, ranks, everywhere, others)


def _before_named(m: Rank, theirs: set[str], series: dict[str, frozenset[str]]) -> bool:
    """A rank before the source's, where the article gives the source's rank to the same word in
    another sentence (« le premier tour » beside its own « second tour », the source naming only
    the second): another of the series the writer tells apart, maybe; a review."""
    return (
        m.value.isdigit()
        and all(t.isdigit() and int(t) > int(m.value) for t in theirs)
        and theirs <= series.get(m.word, frozenset())
    )


def _graded(m: Rank) -> bool:
    """A superlative's rank of its own degree and word (« superlatif plus rapide »): the first
    of it, or one of the first few (AMONG)."""
    return m.word.startswith(f"{SUPERLATIVE} ")


@cache
def time_nouns() -> frozenset[str]:
    """The nouns of a time a « dernier » after them dates (« le mois dernier », « l'été
    dernier », « mardi dernier »): spans, periods (« trimestre »), their other forms, seasons,
    weekdays, months."""
    spans = {line.split()[0] for line in lines("spans")} | set(tagged("periods"))
    forms = {form for form, unit in tagged("unit_forms").items() if unit in spans}
    months = {line.split()[0] for line in lines("months")}
    return frozenset(spans | forms | words("seasons") | words("weekdays") | months)


def _of_time(tokens: Sequence[Token], n: int) -> bool:
    """« dernier » right after a noun of time: the last one before now, no place in a series."""
    return n > 0 and (tokens[n - 1].lower_ in time_nouns() or lemma(tokens[n - 1]) in time_nouns())


def _rank_order(m: Rank) -> tuple[str, str, str]:
    return (m.word, m.value, m.written)


def _synonym_rank(
    article: frozenset[Mark],
    source: frozenset[Mark],
    ranks: dict[str, set[str]],
    everywhere: set[tuple[str, str]],
    elsewhere: list[Said],
) -> Iterator[Clash]:
    """One rank left on each side, of words the other side does not say (« l'avant-dernier
    concurrent » for « le dernier musher »): the same rank said of a synonym, held by the same
    one, when neither value is given to anything else — a review, the synonym being a guess. The
    value another source sentence gives, one sharing SHARED words with the article's besides
    the ranked one (« avec ce cinquième succès, la Belge rejoint … Marcel Zamora » of « Cette
    victoire, la cinquième …, lui permet de rejoindre … Marcel Zamora »), is that sentence's. A
    rank whose noun is left unsaid (« Le premier est la suppression … », the parse hangs it on
    what it is) is no rank of a synonym."""
    from engine.gate.claims.alignment import SHARED  # owns the threshold; imports the slots

    mine = [m for m in article if isinstance(m, Rank)]
    left = [
        m
        for m in mine
        if m.word not in ranks and m.word != SUPERLATIVE and not _graded(m) and not m.elided
    ]
    words_ranked = {m.word for m in mine}
    theirs = [
        m
        for m in source
        if isinstance(m, Rank)
        and m.word not in words_ranked
        and m.word != SUPERLATIVE
        and not _graded(m)
        and not m.elided
    ]
    if len(left) != 1 or len(theirs) != 1:
        return
    m, other = left[0], theirs[0]
    if (
        other.value not in {r.value for r in mine}
        and m.value not in _values(ranks)
        and (m.word, m.value) not in everywhere
        and not _said_unranked(m.word, source)  # the source says it unranked: no synonym
        and not _others(m.who, {other.who})
        and not any(
            m.value in s.ranked and len(s.words & _said(article) - {_stem(m.word)}) >= SHARED
            for s in elsewhere
        )
    ):
        yield Clash(
            "review",
            f"ranks «{m.word}» «{m.written}» where the source says «{other.written}» "
            f"(«{other.word}»)",
        )


_STEM = 6  # letters: « présidentielle » (a noun) and « présidentiel » (its adjective) meet


def _adjective(word: str) -> str:
    """The adjective an adverb is made of: « récemment » → « récent », « puissamment » →
    « puissant », « rapidement » → « rapide »."""
    for adverb, adjective in (("emment", "ent"), ("amment", "ant"), ("ement", "e"), ("ment", "")):
        if word.endswith(adverb) and len(word) > len(adverb) + 2:
            return word[: -len(adverb)] + adjective
    return word


def _stem(word: str) -> str:
    return fold(word)[:_STEM]


def _done_by_another(m: Rank, source: frozenset[Mark]) -> bool:
    """Whether the article's ranked noun does a verb the source sentence says of someone else:
    the source ranks that noun as the subject of other verbs only, and says the article's verb
    too (the rank the article gives is of the one who does it there, whom the source does not
    rank)."""
    doings = [r.doing for r in source if isinstance(r, Rank) and r.word == m.word]
    return (
        bool(m.doing)
        and bool(doings)
        and all(doings)
        and not any(m.doing & d for d in doings)
        and any(_stem(v) in _said(source) for v in m.doing)
    )


def _held_by_named(m: Rank, source: frozenset[Mark], said: frozenset[str]) -> bool:
    """Whether the source sentence gives the article's rank value to someone it names (its
    holder), and the article sentence names that one: the source gives two values to two people,
    and the article's is the one it gives to the person the article speaks of. The source's rank
    is of the article's word, or of the holder (the parse may hang « au centième près » on the
    name: « et le Néerlandais Churandy Martina au centième près »), not of another thing the same
    one holds (« Dupont arrive en tête » ranks no « premier tour »)."""
    return any(
        isinstance(r, Rank)
        and r.value == m.value
        and r.who
        and (r.word == m.word or fold(r.word.lower()) in r.who)
        and all(fold(part)[:_STEM] in said for part in r.who)
        for r in source
    )


_FORM = 5  # letters a noun and its verb share (« chute », « chuter »; « arrivée », « arriver »)


def _said_unranked(word: str, source: frozenset[Mark]) -> bool:
    """Whether the source sentence says `word`, or its noun or verb (« la lourde chute … dans la
    dernière descente » says « chuter »: the article's « a chuté alors qu'elle était en tête »
    ranks no synonym of « descente »)."""
    said = _said(source)
    return _stem(word) in said or (
        len(word) >= _FORM and any(s.startswith(fold(word)[:_FORM]) for s in said)
    )


def _others(who: frozenset[str] | None, holders: set[frozenset[str] | None]) -> bool:
    """The rank is held by someone the source does not give it to (« Garnier » is not « Paul
    Martin »; « Martin » is)."""
    return who is not None and None not in holders and not any(who & h for h in holders if h)


def _said(marks: frozenset[Mark]) -> frozenset[str]:
    return next((m.words for m in marks if isinstance(m, Said)), frozenset())


def _values(ranks: dict[str, set[str]]) -> set[str]:
    return {v for values in ranks.values() for v in values}


def _orientation(word: str) -> int:
    """+1 for a word that says more of a thing (« fort », « grand », a noun), -1 for the low
    side of a pair of rank.txt (« faible », « souple », « rare »)."""
    return -1 if word in _lows() else 1


@cache
def _lows() -> frozenset[str]:
    lows = set()
    for line in words("rank"):
        tag, *rest = line.split()
        if tag == "pair":
            lows.add(" ".join(rest[1:]))
    return frozenset(lows)


@cache
def _best() -> frozenset[str]:
    """rank.txt's « best » forms: a superlative said in one word (« meilleur », « pire »)."""
    return frozenset(
        form for line in words("rank") if line.split()[0] == "best" for form in line.split()[1:]
    )


def _alone(word: str) -> bool:
    """A degree that restates only a degree of its own kind: of when (rank.txt's « when »:
    « plus tôt », « plus tard »), of age (« aîné », « cadet »: the age of « sœur »)."""
    return word in _when() or word.split()[0] == AGE


@cache
def _when() -> frozenset[str]:
    return frozenset(line.split()[1] for line in words("rank") if line.split()[0] == "when")


@cache
def _ages() -> dict[str, int]:
    """rank.txt's « age » forms: « aînée » → MORE, « cadette » → LESS."""
    out = {}
    for line in words("rank"):
        tag, *rest = line.split()
        if tag == "age":
            out.update(dict.fromkeys(rest[1:], MORE if rest[0] == "+" else LESS))
    return out


def _compare_degrees(
    article: frozenset[Mark],
    source: frozenset[Mark],
    known: frozenset[Mark],
) -> Iterator[Clash]:
    _, _, pairs = _ranks()
    degrees = {(m.word, m.sign) for m in source if isinstance(m, Degree)}
    everywhere = {(m.word, m.sign) for m in known if isinstance(m, Degree)}
    mine = [m for m in article if isinstance(m, Degree)]
    for m in mine:
        if (m.word, m.sign) in degrees:
            continue
        word = "plus" if m.sign == MORE else "moins"
        if m.word == LIMIT:
            if (LIMIT, -m.sign) in degrees:
                said, theirs = ("minimum", "maximum") if m.sign == MORE else ("maximum", "minimum")
                yield Clash("hard", f"says «au {said}» where the source says «au {theirs}»")
            continue
        if (m.word, -m.sign) in degrees:
            if not _converse(m, {m.word}, source):
                yield Clash("hard", f"says «{word}» «{m.word}», the source the opposite")
            continue
        opposite = next((o for o in sorted(pairs.get(m.word, ())) if (o, m.sign) in degrees), None)
        if opposite is not None:
            if _converse(m, {opposite}, source):
                continue
            yield Clash("hard", f"says «{word} {m.word}» where the source says «{word} {opposite}»")
            continue
        if not degrees and (m.word, -m.sign) in everywhere and (m.word, m.sign) not in everywhere:
            # the source grades this word elsewhere, only the other way (« moins d'une
            # demi-heure » said in another sentence than the one this restates)
            yield Clash("review", f"says «{word}» «{m.word}», the source the opposite")
    others = [m for m in known if isinstance(m, Said) and m not in source]
    yield from _synonym_degree(mine, source, degrees, everywhere, others)


def _synonym_degree(
    mine: list[Degree],
    source: frozenset[Mark],
    degrees: set[tuple[str, int]],
    everywhere: set[tuple[str, int]],
    elsewhere: list[Said],
) -> Iterator[Clash]:
    """One degree left on each side, on words the other side does not grade: opposite when they
    point opposite ways (« moins d'étapes » for « un plus grand nombre de participations »),
    hard where the lexicon knows both words, else a review. A word another source sentence says
    beside the same degree (« les plus touchés » for « chez les plus jeunes », where the source
    also says « les principaux touchés sont les plus jeunes ») restates that sentence, no
    synonym of this one's degree."""
    _, _, pairs = _ranks()
    graded = {m.word for m in mine}
    left = [m for m in mine if m.word not in {w for w, _ in degrees} and m.word != LIMIT]
    theirs = [m for m in source if isinstance(m, Degree) and m.word not in graded]
    if len(left) != 1 or len(theirs) != 1:  # a degree of when or age beside one of quality
        left = [m for m in left if not _alone(m.word)]  # (« moins inquiétante …, un an plus
        theirs = [m for m in theirs if not _alone(m.word)]  # tôt »): the qualities are paired
    if len(left) != 1 or len(theirs) != 1 or theirs[0].word == LIMIT:
        return
    m, other = left[0], theirs[0]
    if m.sign * _orientation(m.word) == other.sign * _orientation(other.word):
        return
    if _alone(m.word) != _alone(other.word):
        return  # « un quart d'heure plus tard » grades no « davantage de torts »: a time
    if (m.word, m.sign) in everywhere or other.word in pairs.get(m.word, ()):
        return  # said so elsewhere in the source; a pair of rank.txt is judged above
    if _stem(_adjective(m.word)) == _stem(_adjective(other.word)):
        return  # one word in two parts of speech: « plus récente » for « plus récemment »
    if any(_stem(m.word) in s.words and (other.word, other.sign) in s.graded for s in elsewhere):
        return
    known_words = _lows() | set(pairs)
    both = m.word in known_words and other.word in known_words
    word = "plus" if m.sign == MORE else "moins"
    theirs_word = "plus" if other.sign == MORE else "moins"
    yield Clash(
        "hard" if both else "review",
        f"says «{word} {m.word}» where the source says «{theirs_word} {other.word}»",
    )

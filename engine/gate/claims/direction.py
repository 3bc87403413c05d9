"""Direction: hausse ↔ baisse and their kin (lexicon/direction.txt) on the same theme."""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal, InvalidOperation
from functools import cache
from typing import TYPE_CHECKING

from engine.gate.claims.alignment import (
    ALIGNED,
    NEAR,
    Problem,
    Sentence,
    certainty,
    fragments_beside,
    restated,
)
from engine.gate.source_index import SourceIndex
from engine.gate.statements import SUBJECTS
from engine.gate.tokens import is_content, lemma_of
from engine.text import fold
from engine.text.lexicon import by_tag, lines, tagged

if TYPE_CHECKING:
    from spacy.tokens import Token

RULE = "direction"
MERGED_THEME = 2  # theme words a change of another aligned source sentence must share
MERGED_ALIGNED = 0.1  # …and how much of the sentence that one must hold (« : Airbus est accusé
# d'en avoir baissé les prix » merged after another source sentence's facts), where the sentence
# says no change of the other sign (then ALIGNED)
REFERENCE_REACH = 4  # words after « au-dessus », « en dessous » within which its noun stands


_COMPARISONS = lines("comparisons")  # « supérieur », « plus »… (lexicon/comparisons.txt)


def comparison(word: str) -> bool:
    """A comparison (« supérieure à 1000° », « plus »), not a change: it says both sides of a
    sentence's changes only on its own theme."""
    return word.lower().startswith(_COMPARISONS)


def direction_problems(sentence: Sentence, index: SourceIndex) -> Iterator[Problem]:
    """A rise where the source sentence it restates says a fall on the same theme, and no other
    source sentence as close (nor one either side) says the rise on that theme. Where the
    sentence restated says no change on the theme, another source sentence it is aligned with
    may (a sentence merging two): then a review. A sentence that says the source's change as
    well as the other one (« alors que la prescription est allongée pour les autres délits, elle
    est réduite pour … ») sets two subjects against each other: its other change is the other
    subject's, not a contradiction (as many changes of the source's sign as the source sentence
    says, each holding as much of its theme as the other change does: else the sentence swaps
    which subject rises and which falls)."""
    best = restated(sentence)
    if best is None:
        return
    top = sentence.aligned[0][0]
    close = {i for score, i in sentence.aligned if score >= top - NEAR}
    close.update(fragments_beside(best, index))
    theirs = index.statements[best].directions
    others = [
        (score, i, d)
        for score, i in sentence.aligned[1:]
        if score >= MERGED_ALIGNED and i != best
        for d in index.statements[i].directions
    ]
    mine = sentence.statement.directions
    for n, (sign, theme, word) in enumerate(mine):
        related = [(s, w, t) for s, t, w in theirs if t & theme]
        changes = [r for r in related if not comparison(r[1])]
        related = changes or related  # « supérieure à 1000° » beside « s'abaisse » is no change
        at, sure = best, certainty(sentence)
        if not related:  # a sentence merging two: the change may be in the other one
            # (held to ALIGNED where the sentence sets a change of each sign side by side)
            floor = ALIGNED if any(s == -sign for s, _, _ in mine) else MERGED_ALIGNED
            merged = [
                (i, s, w, t)
                for score, i, (s, t, w) in others
                if score >= floor and len(t & theme) >= MERGED_THEME
            ]
            related = [(s, w, t) for _, s, w, t in merged]
            at, sure = (merged[0][0], "review") if merged else (best, sure)
        if not related or not all(s == -sign for s, _, _ in related):
            continue
        if (way := _worse_or_better(word)) and all(
            _worse_or_better(w) == way for _, w, _ in related
        ):
            continue  # « s'est envenimée » for « s'est dégradée »: both worse, one change
        about = theme & frozenset().union(*(t for _, _, t in related))  # what both say changes
        placed = word.lower() in tagged("positions")  # its theme is the one noun it is set against
        # the article's other changes of this sign, each on the theme of a source change
        own = [(t, w) for m, (s, t, w) in enumerate(mine) if s == sign and m != n]
        if any(
            s == sign and (t & about or not (placed or comparison(w) or _said_by(t, w, own)))
            for i in close
            for s, t, w in index.statements[i].directions
        ):
            continue  # the source says both there: which applies is no parse's to say
        source_theme = frozenset().union(*(t for _, _, t in related))
        held = len(theme & source_theme)
        if sum(s == -sign and len(t & source_theme) >= held for s, t, _ in mine) >= len(related):
            continue  # the sentence says the source's changes too: its other one is another's
        problem = f"says «{word}» where the source says «{related[0][1]}»"
        yield Problem(RULE, sure, problem, at, word)
        return


def _worse_or_better(word: str) -> str | None:
    """Whether a word of change says things get "worse" or "better" (lexicon/worsening.txt),
    read from the word as written (« envenimée », « s'aggrave », « l'amélioration »)."""
    said = fold(word.split()[-1].lower().replace("’", "'").split("'")[-1])
    stem = re.sub(r"(?:ees|ee|es|ent|e)$", "", said)  # folded: « envenimée » → « envenim »
    ways = _worsening()
    return next((ways[w] for w in (said, said + "r", stem + "er") if w in ways), None)


@cache
def _worsening() -> dict[str, str]:
    """lexicon/worsening.txt as folded word → "worse" or "better"."""
    return {fold(w): way for way, lemmas in by_tag("worsening").items() for w in lemmas}


def _said_by(theme: frozenset[str], word: str, own: list[tuple[frozenset[str], str]]) -> bool:
    """A source change the article's other changes of its sign say: one on its theme, or the
    same word (« au déclin » for « du déclin », whatever the parse hangs on each)."""
    return any(theme & t or word.lower() == w.lower() for t, w in own)


# --- what a sentence says (read by engine.gate.statements) ----------


def _theme(token: Token) -> frozenset[str]:
    direction = tagged("direction")
    if _conceded(token):  # « malgré la baisse de la catégorie A, … »: up to its comma
        end = next((t.i for t in token.doc[token.i :] if t.text == ","), len(token.doc))
        own = frozenset(
            lemma_of(t)
            for t in token.subtree
            if t.i < end and is_content(t) and t.lemma_.lower() not in direction and t is not token
        )
        if own:  # « malgré son recul, Daech reste … »: with no complement, the subject's
            return own
    near = [*token.children, token.head]
    near += [t for t in token.subtree if abs(t.i - token.i) <= 10 and t.pos_ in ("NOUN", "PROPN")]
    near += [c for c in token.head.children if c.dep_ in SUBJECTS]
    return frozenset(
        lemma_of(t)
        for t in near
        if is_content(t) and t.lemma_.lower() not in direction and t is not token
    )


def _conceded(token: Token) -> bool:
    """A change said under a concession (lexicon/conceding.txt: « malgré la baisse de … »,
    « en dépit de la hausse de … »): a fact set against the main clause, about its own
    complement."""
    conceding = _conceding()
    return (
        token.pos_ == "NOUN"
        and any(
            c.dep_ in ("case", "fixed") and c.lemma_.lower() in conceding for c in token.children
        )
        or (
            token.head.pos_ == "NOUN"
            and token.head.lemma_.lower() in conceding
            and token.dep_ == "nmod"
        )
    )


@cache
def _conceding() -> frozenset[str]:
    return frozenset(lines("conceding"))


@cache
def _extent() -> frozenset[str]:
    return frozenset(lines("extent"))


def direction_of(token: Token, direction: dict[str, str]) -> str | None:
    """The direction a word states; a verb the lemmatiser left inflected ("abaisse") too, and a
    participle read as an adjective (« renforcés », « allégées », « déclinante »)."""
    lemma = token.lemma_.lower()
    found = direction.get(lemma)
    if found is None and token.pos_ == "VERB" and lemma.endswith("e"):
        found = direction.get(lemma + "r")
    if found is None and token.pos_ in ("ADJ", "VERB"):
        stem = re.sub(r"(?:é|ée|és|ées|ant|ante|ants|antes)$", "", token.lower_)
        if stem != token.lower_:
            found = direction.get(stem + "er")
    return found


def read_directions(outside: list[Token]) -> tuple[tuple[int, frozenset[str], str], ...]:
    direction = tagged("direction")
    positions = tagged("positions")
    found = []
    for token in outside:
        sign = direction_of(token, direction)
        if sign and token.pos_ == "NOUN" and _changed_by(token, direction):
            continue  # « ses pertes s'aggravent »: what the verb changes, no change of its own
        if sign and token.pos_ in ("VERB", "ADJ") and _negated(token):
            continue  # « n'a pas baissé » says no fall, and no rise; « ne cesse de » a change
        if (
            sign
            and token.pos_ in ("NOUN", "VERB", "ADJ")
            and not (_reaching(token) or _back_in_time(token) or _lift(token))
        ):
            turned = _turned(token)
            word = token.text if turned == 1 else f"{token.head.text} … {token.text}"
            found.append(((1 if sign == "+" else -1) * turned, _theme(token), word))
        elif (ground := _ground(token)) is not None:
            found.append((ground, _theme(token), token.text))
        elif (more := _more_and_more(token)) is not None:
            found.append(more)
        elif (place := positions.get(token.lower_)) and (against := _reference(token)):
            found.append((1 if place == "+" else -1, against, token.text))
        elif token.lower_ in ("plus", "moins") and any(
            t.lower_ in ("que", "qu'", "qu’") for t in token.doc[token.i + 1 : token.i + 4]
        ):  # "bien plus qu'au premier tour"
            theme = _theme(token) | {lemma_of(token.head)}
            found.append((1 if token.lower_ == "plus" else -1, theme, token.text))
    found.extend(_from_to(outside))
    return tuple(found)


def _negated(token: Token) -> bool:
    from engine.gate.claims.polarity import _negated as negated

    return negated(token)


def _lift(token: Token) -> bool:
    """« remontées mécaniques »: a ski lift, no rise."""
    return token.lemma_.lower() == "remontée" and any(
        c.lemma_.lower() == "mécanique" for c in token.children
    )


def _turned(token: Token) -> int:
    """-1 where a verb of losing takes the word of change as its object (« a perdu son avance »,
    « concède un retard »: what is lost goes the other way), else 1."""
    head = token.head
    if token.pos_ != "NOUN" or head.i == token.i or token.dep_ != "obj" or head.pos_ != "VERB":
        return 1
    if head.lemma_.lower() not in by_tag("turning").get("lose", ()):
        return 1
    return 1 if _negated(head) else -1  # « n'a pas perdu son avance »: kept


def _ground(token: Token) -> int | None:
    """A verb of winning or losing whose object is ground (lexicon/turning.txt: « perd du
    terrain », « a gagné trente points »): up or down."""
    if token.pos_ != "VERB":
        return None
    turning = by_tag("turning")
    lemma = token.lemma_.lower()
    sign = 1 if lemma in turning.get("win", ()) else -1 if lemma in turning.get("lose", ()) else 0
    if not sign:
        return None
    ground = turning.get("ground", ())
    if any(c.dep_ == "obj" and c.lemma_.lower() in ground for c in token.children):
        return None if _negated(token) else sign
    return None


def _more_and_more(token: Token) -> tuple[int, frozenset[str], str] | None:
    """« de plus en plus nombreuses », « de moins en moins » before a word: it grows or
    shrinks, on the theme of the word it says it of."""
    doc = token.doc
    if token.lower_ not in ("plus", "moins") or token.i < 1 or token.i + 3 >= len(doc):
        return None
    if doc[token.i - 1].lower_ != "de" or doc[token.i + 1].lower_ != "en":
        return None
    if doc[token.i + 2].lower_ != token.lower_:
        return None
    said = doc[token.i + 3]
    theme = _theme(said) | ({lemma_of(said)} if is_content(said) else frozenset())
    word = f"de {token.lower_} en {token.lower_}"
    return (1 if token.lower_ == "plus" else -1, frozenset(theme), word)


_ORDINAL = re.compile(r"\d\s?(?:e|er|ère|ème|ᵉ)$")


def _from_to(outside: list[Token]) -> Iterator[tuple[int, frozenset[str], str]]:
    """« est passé de 1,54 … à 1,60 », « porter la durée d'un an à deux ans »: a verb of
    lexicon/turning.txt « fromto » whose « de X » and « à Y » are two figures of one kind (no
    year, no rank) says a rise or a fall, by the figures."""
    if not outside:
        return
    from engine.brief.figures import figures

    sent = outside[0].sent
    base = sent.start_char
    kept = {t.i for t in outside}
    by_start = {
        base + f.start: f
        for f in figures(sent.text)
        if f.kind in ("number", "percentage", "amount")
        and not _ORDINAL.search(f.text)
        and not re.fullmatch(r"(?:1[89]|20)\d\d", f.text.strip())
    }
    if len(by_start) < 2:
        return
    verbs = by_tag("turning").get("fromto", ())
    doc = sent.doc
    for token in sent:
        if token.i not in kept or token.lower_ not in ("de", "d'", "d’", "du"):
            continue
        if token.i + 1 >= len(doc) or (first := by_start.get(doc[token.i + 1].idx)) is None:
            continue
        verb = doc[token.i + 1]
        for _ in range(4):  # up the parse to the verb (« passé de 7,2 % » : % → passé)
            if verb.pos_ == "VERB" or verb.head.i == verb.i:
                break
            verb = verb.head
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in verbs:
            continue
        for t in doc[token.i + 2 : min(token.i + 10, sent.end - 1)]:
            second = by_start.get(doc[t.i + 1].idx) if t.lower_ in ("à", "au") else None
            if second is None or second.kind != first.kind:
                continue
            try:
                a, b = (Decimal(re.sub(r"[^\d.]", "", f.key)) for f in (first, second))
            except (InvalidOperation, ValueError):
                break
            if a != b:
                yield (1 if b > a else -1, _theme(verb), verb.text)
            break


def _changed_by(noun: Token, direction: dict[str, str]) -> bool:
    """Whether a noun of change (« les pertes », « la baisse ») is the subject or the object of a
    verb of change (« Uber voit ses pertes s'aggraver », « les pertes se creusent », « réduire
    la baisse »): the verb says which way it goes."""
    head = noun.head
    if head is noun or head.pos_ != "VERB" or noun.dep_ not in ("nsubj", "nsubj:pass", "obj"):
        return False
    if direction_of(head, direction) is not None:
        return True
    # « voit ses pertes s'aggraver », « laisse le déficit se creuser »: the verb under it
    return noun.dep_ == "obj" and any(
        c.dep_ == "xcomp" and direction_of(c, direction) is not None for c in head.children
    )


def _reference(token: Token) -> frozenset[str]:
    """What a word of position (lexicon/positions.txt) sets its sentence against: the first noun
    after it (« au-dessus du seuil », « au dessus de 0°c », whose « ° » is a degree), its theme;
    none where no noun follows within REFERENCE_REACH words."""
    after = token.doc[token.i + 1 : token.i + 1 + REFERENCE_REACH]
    noun = next((t for t in after if t.pos_ in ("NOUN", "PROPN") and _named(t)), None)
    return frozenset({lemma_of(noun)}) if noun is not None else frozenset()


def _named(token: Token) -> bool:
    """A noun that names something: a content word, or a symbol read as one (« ° », degré)."""
    return is_content(token) or len(lemma := lemma_of(token)) > 1 and lemma.isalpha()


def _back_in_time(token: Token) -> bool:
    """« remonter à 2001 », « remonter jusqu'en 1990 »: going back to a year, no rise (not
    « remonter à 2001 euros »)."""
    if token.lemma_.lower() != "remonter":
        return False
    skip = ("jusqu'", "jusqu’")
    after = [t for t in token.doc[token.i + 1 : token.i + 4] if t.lower_ not in skip]
    if len(after) < 2 or after[0].lower_ not in ("à", "en", "au"):
        return False
    year = after[1]
    unit = year.i + 1 < len(year.doc) and year.doc[year.i + 1].pos_ == "NOUN"
    return bool(re.fullmatch(r"1\d{3}|20\d{2}", year.text)) and not unit


_FROM = ("de", "du", "des", "d'", "d’")
_TO = ("à", "au", "aux", "jusqu'", "jusqu’", "jusque")
_SELF = ("se", "s'", "s’")
SPAN_REACH = 8  # words after the verb in which its « de … à … » comes


def _span(token: Token) -> bool:
    """A verb of extent that says a span in time or space, not a change: « la période qui
    s'étend de l'an 1000 à l'an 1400 », « la forêt s'étend sur 40 kilomètres », « la zone
    s'étendant du port au centre-ville »; for another verb than « s'étendre », a « de … à … »
    of no figure (« la route monte du village au col »; « a monté de 9 % à 10 % » is a change)."""
    if token.pos_ != "VERB":
        return False
    own = any(c.lower_ in _SELF and c.dep_.startswith("expl") for c in token.children)
    after = list(token.doc[token.i + 1 : token.i + 1 + SPAN_REACH])
    if not after:
        return False
    if own and token.lemma_.lower() == "étendre" and after[0].lower_ == "sur":
        return True
    if after[0].lower_ not in _FROM:
        return False
    to = next((n for n, t in enumerate(after[1:], 1) if t.lower_ in _TO or t.is_punct), None)
    if to is None or after[to].is_punct:
        return False
    return own and token.lemma_.lower() == "étendre" or not any(t.like_num for t in after)


def _reaching(token: Token) -> bool:
    """A verb of change that says how far a place reaches (« une zone … descendant jusqu'à la
    rivière », « s'étendant jusqu'au fleuve »): extent in space, no quantity rising or falling
    (« a augmenté jusqu'à 15 % » is one: a figure follows). Only a verb that can say extent
    (lexicon/extent.txt): « son avance n'a cessé de fondre jusqu'à la ligne » is a change."""
    if token.lemma_.lower() not in _extent():
        return False
    if _span(token):
        return True
    after = token.doc[token.i + 1 : token.i + 4]
    for n, word in enumerate(after):
        if word.lower_.startswith("jusqu"):
            following = [t for t in after[n + 1 :] if t.lower_ not in ("'", "’", "à", "au", "aux")]
            rest = following or token.doc[word.i + 1 : word.i + 3]
            return token.pos_ == "VERB" and not any(t.like_num for t in rest)
    return False

"""A figure in its words: what the source says it with, and which figure an article sentence puts
where the source sentence it restates gives another (« le nombre total … a crû de 50 200 » where
the source's total « augmente de 93 500 »; two figures of one sentence crossed).

A figure's words run back to the clause cut before it and on to the one after, never past a
figure of its kin (`context`); a figure said with most of the words of a place the source gives
it is its own.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from engine.gate.claims.alignment import (
    ALIGNED,
    ATTACHED,
    CLOSE,
    NOUN_STEM,
    Sentence,
    certainty,
    pair_certainty,
    restated,
)
from engine.gate.claims.computed import out_of, said_as_whole
from engine.gate.source_index import SourceIndex
from engine.gate.statements import Statement, day_key
from engine.text import fold
from engine.text.lexicon import words
from engine.text.patterns import FRENCH_STOPWORDS

if TYPE_CHECKING:
    from engine.gate.claims.numeric import FigureUse

# Where the words of one figure end and the next one's begin: punctuation that closes a
# clause, a coordination (« 2 % sur trois mois et 2,6 % sur un an »), a comparison (« 87 000 …
# lorsqu'on le compare à celui de l'an passé », « 21,9 % contre 22,6 % un an plus tôt »: what
# follows is the other term's).
_CUT = re.compile(
    r"[,;:.!?]|\s(?:et|ou|mais|soit|alors que|tandis que|contre|par rapport aux?|"
    r"par rapport à|compar\w* aux?|compar\w* à)\s",
    re.IGNORECASE,
)
_CONTEXT_WORD = re.compile(r"\w+")


def context(
    text: str, use: FigureUse, figures: tuple[FigureUse, ...], fronted: bool = False
) -> frozenset[str]:
    """The words a figure is said with: back to the clause cut before it and on to the cut
    after it, never past another figure of its kin (« le nombre total de demandeurs d'emploi a
    crû de 93 500 » → nombre, total, demandeur, emploi, croître), as folded stems. `fronted`:
    a figure set alone before its clause (« Ce 25 janvier, la Dares dévoilait les chiffres de
    décembre 2016 ») is said with that clause, to its end — the words of the place the source
    gives it, never taken as another figure's."""
    start, end = use.start, use.start + len(use.text)
    before = max(
        (f.start + len(f.text) for f in figures if f.kin == use.kin and f.start < start), default=0
    )
    after = min((f.start for f in figures if f.kin == use.kin and f.start > start), default=None)
    left = _CUT.split(text[before:start])[-1]
    right = _CUT.split(text[end:after])[0]
    if after is not None and _OF_WHOLE.fullmatch(text[end:after]):
        # « 26 des 27 pays membres … aient accepté d'organiser »: the part counts what its
        # whole counts, and is said with the whole's words
        whole = next(f for f in figures if f.start == after)
        then = min(
            (f.start for f in figures if f.kin == use.kin and f.start > whole.start), default=None
        )
        right = _CUT.split(text[whole.start + len(whole.text) : then])[0]
    if fronted and not _stems(left + " " + right) and text[end:after].lstrip().startswith(","):
        right = _CLAUSE_END.split(text[end:after].lstrip()[1:])[0]
    return _stems(left + " " + right)


_CLAUSE_END = re.compile(r"[;:.!?]")
# between a part and its whole: « 26 des 27 pays », « 31 sur les 39 sièges », « trois d'entre
# les dix »
_OF_WHOLE = re.compile(r"\s+(?:des|sur(?:\s+les)?|d['’]entre\s+les|parmi\s+les)\s+", re.IGNORECASE)


@lru_cache(maxsize=4096)
def _stems(text: str) -> frozenset[str]:
    return frozenset(
        fold(word)[:NOUN_STEM]
        for word in _CONTEXT_WORD.findall(text.lower())
        if len(word) > 1 and word not in FRENCH_STOPWORDS
    )


def _compared_year(use: FigureUse, text: str) -> bool:
    """A year a change is compared to (« qu'en 2023 », « par rapport à 2023 », « contre 2023 »):
    the point of reference, as engine.gate.claims.numeric reads it."""
    from engine.gate.claims.numeric import compared_to

    return use.kin == "year" and compared_to(text, use.start)


def misplaced(use: FigureUse, sentence: Sentence, index: SourceIndex) -> tuple[int, str] | None:
    """A figure of the source said with the words that the source sentence this one restates
    says another of its figures with (« le nombre total … a crû de 50 200 » where the source's
    total « augmente de 93 500 » and 50 200 is category A's): their words share at least
    ATTACHED more stems than this figure shares with any place the source gives it, and it
    is not said with most of the words of one of those places (« avec ses douze chiens »)."""
    statement = sentence.statement
    mine = context(statement.text, use, statement.figures)
    if len(mine) < ATTACHED or not sentence.aligned or sentence.aligned[0][0] < ALIGNED:
        return None
    if _compared_year(use, statement.text) and any(
        _same(f.key, use.key) for f in index.statements[sentence.aligned[0][1]].figures
    ):
        return None  # « 24 de plus qu'en 2023 » for « 212 en 2024, contre 188 en 2023 »: the
        # year compared to, which the source sentence gives too, is no figure moved
    # the years the sentence gives go with its figures (« Il y a vingt ans, en 2002, la rivière
    # avait atteint 4,50 mètres » for « 6,03 mètres mardi, contre 4,5 mètres lors de la crue de
    # 2002 »): a year the source says beside this figure places it, whatever the clause
    mine |= {f.key for f in statement.figures if f.kin == "year"}
    places = _places(use, index)
    if _among(mine, places):
        return None  # said with most of the words of a place the source gives it: its own
    own = max((len(mine & words) for words in places), default=0)
    own_nouns = {u.noun for u, _ in index.uses.get(use.key, ()) if u.noun}
    top = sentence.aligned[0][0]
    best: tuple[int, int, str] | None = None
    for score, at in sentence.aligned:
        if score < top - CLOSE:
            continue
        source = index.statements[at]
        for other in source.figures:
            if other.kin != use.kin or other.unit != use.unit or _same(other.key, use.key):
                continue
            if _listed_with(other, source.figures):
                continue  # « avec 18 et 6 % des voix »: the list's words are no one figure's
            if (
                use.noun
                and use.noun != other.noun
                and use.noun in own_nouns
                and not any(f.key == other.key for f in statement.figures)
            ):
                continue  # « passer de 1 500 à 2 300 salariés »: it counts what the source's
                # 1 500 counts (« 1 500 salariés »), not the 800 « emplois » it is said near —
                # unless the other figure stands in the sentence too (« chacun des 751
                # eurodéputés …, puis les sept prétendants voteront »: both moved, nouns and all)
            theirs = context(source.text, other, source.figures)
            shared = len(mine & theirs)
            if shared < own + ATTACHED or (best is not None and shared <= best[0]):
                continue
            alone = sum(f.kin == use.kin for f in statement.figures) == 1
            if alone and _told_apart(statement.text, mine, places, theirs):
                continue  # « Les femelles, elles, peuvent vivre jusqu'à 100 ans »
            # the other figure is in this sentence too: a swap only when it stands, in turn,
            # with this one's words (« 2,6 % sur trois mois et 2 % sur un an » crossed)
            crossed = [f for f in statement.figures if f.key == other.key]
            if crossed and _part_of_whole(source, other, use.key, statement):
                continue  # « (39 sur 54) » said « sur les 54 membres, 39 … »: one fact
            if crossed and not any(_crossed(f, use, statement, index) for f in crossed):
                continue
            best = (shared, at, other.text)
    return None if best is None else (best[1], best[2])


def _told_apart(
    text: str, mine: frozenset[str], places: list[frozenset[str]], theirs: frozenset[str]
) -> bool:
    """The sentence says, outside the figure's clause (`mine`), a word that tells the place the
    source gives the figure from the other figure's, and no word of the other's there (« Les
    femelles, elles, peuvent vivre jusqu'à plus de 100 ans » for « 50-60 ans pour les mâles …
    100 ans pour les femelles »: its clause shares more with 60's words, the sentence names
    whose 100 it is)."""
    own = frozenset().union(*places) if places else frozenset()
    outside = _stems(text) - mine
    return bool((own - theirs) & outside) and not (theirs - own) & outside


def crossed_pair(use: FigureUse, sentence: Sentence, index: SourceIndex) -> tuple[int, str] | None:
    """Two figures of the source sentence restated, each said with the words the source says the
    other with (« 10 km de vélo et 40 km de course à pied » for « 40 km de vélo et 10 km de
    course à pied »; « à 0 h 40 (3 h 40 GMT) » for « à 03h40 (00h40 GMT) »): each half of the
    swap confirms the other, so one word of the other's each is enough (`misplaced` asks
    ATTACHED of one figure alone). Only the words that tell the two apart count (what the source
    says them both with is no side), on a sentence that surely restates that source sentence
    (`certainty`), each figure once in both, and not said with most of the words of a place
    the source gives it (`_among`). A writer who turns the sentence round (« 213 contre et 217
    pour ») keeps each figure with its own words: no swap."""
    at = restated(sentence)
    if at is None or certainty(sentence) != "hard":
        return None
    statement, source = sentence.statement, index.statements[at]
    mine = _alone(use, statement.figures)
    theirs = _alone(use, source.figures)
    if mine is None or theirs is None or _listed_with(theirs, source.figures):
        return None
    said = context(statement.text, mine, statement.figures)
    if _among(said, _places(use, index)):
        return None
    own = context(source.text, theirs, source.figures)
    for other in source.figures:
        if other.kin != use.kin or other.unit != use.unit or _same(other.key, use.key):
            continue
        partner, rival = _alone(other, statement.figures), _alone(other, source.figures)
        if partner is None or rival is None or _part_of_whole(source, other, use.key, statement):
            continue
        words = context(source.text, rival, source.figures)
        ours, its = own - words, words - own  # what tells the two apart
        partner_said = context(statement.text, partner, statement.figures)
        if _leans(said, its, ours) and _leans(partner_said, ours, its):
            return at, other.text
    return None


def turned_pair(use: FigureUse, sentence: Sentence, index: SourceIndex) -> tuple[int, str] | None:
    """Two figures of the source sentence restated, given in each other's place (« David J.
    Thouless, 65 ans, Duncan Haldane, 82 ans » for « Thouless (82 ans), Haldane (65 ans) »;
    « l'indépendance à 75,1 %, avec une participation de 92,7 % » for « à 92,7 % avec une
    participation de 75,1 % »), read by the few words right beside each (`_beside`: the
    clause's words, `crossed_pair`'s, are the pair's both where nothing cuts between them).
    Only the words that tell the two source figures apart count; this figure is said with more
    of the other's than of its own, and its partner with more of this one's (or, where the source
    tells this one by no word of its own, not with more of the other's); the two count alike
    (« 217 des 441 représentants »: a part and its whole are no pair).
    Hard, so only on a near-minimal pair the sentence surely restates (`pair_certainty`): a
    writer who turns the sentence round keeps each figure beside its own words."""
    at = restated(sentence)
    if at is None or pair_certainty(sentence, index) != "hard":
        return None
    statement, source = sentence.statement, index.statements[at]
    mine, theirs = _alone(use, statement.figures), _alone(use, source.figures)
    if mine is None or theirs is None or use.kin in ("year", "date"):
        return None
    for other in source.figures:
        if other.kin != use.kin or other.unit != use.unit or _same(other.key, use.key):
            continue
        partner, rival = _alone(other, statement.figures), _alone(other, source.figures)
        if partner is None or rival is None or rival.noun != theirs.noun:
            continue  # « 217 des 441 représentants »: a part and its whole, no pair
        own = _beside(source.text, theirs, source.figures, _leads(source.text, theirs, rival))
        its = _beside(source.text, rival, source.figures, _leads(source.text, rival, theirs))
        ours, its = own - its, its - own
        said = _beside(
            statement.text, mine, statement.figures, _leads(statement.text, mine, partner)
        )
        partner_said = _beside(
            statement.text, partner, statement.figures, _leads(statement.text, partner, mine)
        )
        if not _leans(said, its, ours) or _leans(partner_said, its, ours):
            continue
        if ours and not _leans(partner_said, ours, its):
            continue  # where the source tells its own figure by words too, both must confirm
        return at, other.text
    return None


BESIDE = 2  # words either side of a figure that say what it is (« Thouless, 82 ans »)
_FUNCTION = frozenset({"le", "la", "les", "de", "des", "du", "un", "une", "et", "en", "au", "aux"})


# what cuts the words beside a figure: a sentence's marks, and « et », « ou » between two figures
# (« de 4,2 % sur un an et de 1,8 % sur six mois »: « sur un an » is the first one's)
_BESIDE_CUT = re.compile(r"[;:.!?]|\s(?:et|ou|puis)\s", re.IGNORECASE)


# « progresse de 4,2 % sur un an et de 1,8 % sur six mois »: the second figure's verb left unsaid,
# the words before the first are both figures'
_ELIDED = re.compile(r"\s(?:et|ou)\s+(?:de|d['’]|à)?\s*$", re.IGNORECASE)


def _leads(text: str, use: FigureUse, other: FigureUse) -> bool:
    """Whether the words before `use` are its own: not where it comes first of a pair whose
    second one's verb is left unsaid (« de 4,2 % sur un an et de 1,8 % »), the verb theirs both."""
    if use.start > other.start:
        return True
    between = text[use.start + len(use.text) : other.start]
    return _ELIDED.search(between) is None


def _beside(
    text: str, use: FigureUse, figures: tuple[FigureUse, ...], before_too: bool = True
) -> frozenset[str]:
    """The BESIDE words before a figure and after it, within its sentence's marks and its « et »
    (a comma or a bracket is no cut: « Thouless (82 ans), Duncan »), never past another figure,
    its unit and what it counts left out (they are both figures')."""
    start, end = use.start, use.start + len(use.text)
    before = max((f.start + len(f.text) for f in figures if f.start < start), default=0)
    after = min((f.start for f in figures if f.start > start), default=len(text))
    left = _BESIDE_CUT.split(text[before:start])[-1]
    right = _BESIDE_CUT.split(text[end:after])[0]
    own = {fold(w)[:NOUN_STEM] for w in (use.unit, use.noun) if w} | {"an", "ans"}

    def kept(part: str) -> list[str]:
        found = [w.lower() for w in _CONTEXT_WORD.findall(part)]
        return [
            fold(w)[:NOUN_STEM]
            for w in found
            if len(w) > 1 and w not in _FUNCTION and fold(w)[:NOUN_STEM] not in own
        ]

    return frozenset((kept(left)[-BESIDE:] if before_too else []) + kept(right)[:BESIDE])


def respective(use: FigureUse, sentence: Sentence, index: SourceIndex) -> tuple[int, str] | None:
    """A figure of a source list given, person by person, in the order of the source's list of
    people (« Arnaud Montebourg et Vincent Peillon sont éliminés avec 18 et 6 % des voix »), said
    with another person of that list than the one at its place (« Montebourg … avec 6 % »): the
    other's figure, on a sentence that surely restates that source sentence."""
    at = restated(sentence)
    if at is None or certainty(sentence) != "hard":
        return None
    statement, source = sentence.statement, index.statements[at]
    theirs = _alone(use, source.figures)
    if theirs is None or not _listed_with(theirs, source.figures):
        return None
    if _listed_with(use, statement.figures):
        return None  # the article keeps the list as a list
    members = _list_of(theirs, source.figures)
    people = _listed_people(source, members[0].start, len(members))
    if people is None:
        return None
    whose = _said_of(use, statement, people)
    if whose is None or people.index(whose) == members.index(theirs):
        return None
    other = members[people.index(whose)]
    if other is members[-1]:
        return at, other.text
    unit = _LEADING_NUMBER.sub("", members[-1].text)  # « 18 » of « 18 et 6 % » is 18 %
    return at, f"{re.split(r',| et ', other.text)[0]} {unit}".strip()


_LEADING_NUMBER = re.compile(r"^[\d\s,.]+")
_PEOPLE_JOINED = re.compile(r"^(?:\s*,\s*|\s+et\s+)[\w\s'’-]{0,30}$")


def _listed_people(source: Statement, before: int, count: int) -> list[str] | None:
    """The `count` people the source names last before `before`, if they are one list (« Arnaud
    Montebourg et Vincent Peillon »: joined by « et » or commas)."""
    text = source.text.lower()
    placed = sorted(
        (at, person)
        for person in dict.fromkeys(source.persons)
        if (at := text.rfind(person.lower(), 0, before)) >= 0
    )
    if len(placed) < count:
        return None
    listed = placed[-count:]
    for (a, first), (b, _) in zip(listed, listed[1:], strict=False):
        if not _PEOPLE_JOINED.match(text[a + len(first) : b]):
            return None
    return [person for _, person in listed]


def _list_of(figure: FigureUse, figures: tuple[FigureUse, ...]) -> list[FigureUse]:
    """The figures written in one list with `figure`, in their order."""
    chain = {figure.start: figure}
    grown = True
    while grown:
        grown = False
        for f in figures:
            if f.start not in chain and any(_overlap(f, g) for g in chain.values()):
                chain[f.start] = f
                grown = True
    return [chain[start] for start in sorted(chain)]


def _overlap(a: FigureUse, b: FigureUse) -> bool:
    return a.kin == b.kin and (
        a.start <= b.start < a.start + len(a.text) or b.start <= a.start < b.start + len(b.text)
    )


def _said_of(use: FigureUse, statement: Statement, people: list[str]) -> str | None:
    """The person of `people` the figure is said of: the last one the sentence names before it,
    by surname, in the figure's clause or the one before."""
    text = statement.text.lower()[: use.start]
    found: tuple[int, str] | None = None
    for person in people:
        at = text.rfind(person.split()[-1].lower())
        if at >= 0 and (found is None or at > found[0]):
            found = (at, person)
    return found[1] if found else None


def _listed_with(figure: FigureUse, figures: tuple[FigureUse, ...]) -> bool:
    """Whether the figure is written in one list with another of its kin, their unit said once
    (« éliminés avec 18 et 6 % des voix, … respectivement »: the text of 18 holds the 6): the
    words around the list are the list's, so they tie neither figure to its own."""
    return any(f.start != figure.start and _overlap(f, figure) for f in figures)


def _alone(use: FigureUse, figures: tuple[FigureUse, ...]) -> FigureUse | None:
    """The one figure of `figures` that is `use`'s (same key, kin and unit), if only one is."""
    same = [f for f in figures if f.kin == use.kin and f.unit == use.unit and _same(f.key, use.key)]
    return same[0] if len(same) == 1 else None


def _leans(said: frozenset[str], toward: frozenset[str], away: frozenset[str]) -> bool:
    """Said with more of the words of `toward` than of `away`."""
    return len(said & toward) > len(said & away)


def own_place(use: FigureUse, sentence: Sentence, index: SourceIndex) -> bool:
    """Whether the figure is said with most of the words of a place the source gives it (« la
    population pourrait atteindre 400 millions d'habitants d'ici 2050 » for the source's « le
    pays pourrait compter 400 millions d'habitants d'ici 2050 »): the source's figure in its own
    place, whichever source sentence the whole article sentence aligns with best."""
    statement = sentence.statement
    said = _stems(" ".join(w for w in (use.unit, use.noun) if w))  # what it counts: not where
    mine = context(statement.text, use, statement.figures) - said
    return any(
        len(mine & words) >= ATTACHED and 2 * len(mine & words) >= len(words)
        for words in (place - said for place in _places(use, index))
    )


def in_slot(use: FigureUse, sentence: Sentence, index: SourceIndex, at: int, theirs: str) -> bool:
    """Whether the figure stands where source sentence `at` gives its figure `theirs`: said with
    ATTACHED of the words the source says that one with, besides what it counts (« le peloton
    revenait à deux minutes » for « le peloton se rapproche, à six minutes »)."""
    statement, source = sentence.statement, index.statements[at]
    said = _stems(" ".join(w for w in (use.unit, use.noun) if w))
    mine = context(statement.text, use, statement.figures) - said
    return any(
        len(mine & (context(source.text, other, source.figures) - said)) >= ATTACHED
        for other in source.figures
        if other.text == theirs
    )


def _among(mine: frozenset[str], places: list[frozenset[str]]) -> bool:
    return any(words and 2 * len(mine & words) >= len(words) for words in places)


def _places(use: FigureUse, index: SourceIndex) -> list[frozenset[str]]:
    return [_place(theirs, at, index) for theirs, at in index.uses.get(use.key, ())]


def _place(theirs: FigureUse, at: int, index: SourceIndex) -> frozenset[str]:
    """The words the source says a figure with: its context, and in a sentence that goes on
    about the one before (`continues`: « Il en comptait 23 500 un an plus tôt »), the words of
    that one, which its pronoun stands for."""
    words = context(index.statements[at].text, theirs, index.statements[at].figures, True)
    if continues(at, index):
        words |= _stems(index.statements[at - 1].text)
    return words


def continues(at: int, index: SourceIndex) -> bool:
    """Whether source sentence `at` goes on about what the one before it named: it opens with
    a possessive or a pronoun (lexicon/anaphors.txt: « Son taux de chômage s'inscrit à la hausse
    (…, à 8,9 %) » after « … c'est la catégorie des 26-49 ans qui est la plus touchée »). An
    article sentence that merges the two gives its figures to what the first one names, as the
    source does."""
    if not 0 < at < len(index.statements):
        return False
    first = _OPENING_WORD.findall(index.statements[at].text.lower())[:2]
    return bool({" ".join(first[:1]), " ".join(first)} & words("anaphors"))


_OPENING_WORD = re.compile(r"[^\W\d_][\w-]*")


def _same(key: str, other: str) -> bool:
    """The same figure: one key, or one day with and without its year (« 8 décembre 2016 »,
    the dateline's year, for the source's « 8 décembre »)."""
    return key == other or day_key(key) == day_key(other)


def _said_with(words: frozenset[str], key: str, index: SourceIndex) -> int:
    """The most words a source figure of this key shares with `words`, over every place the
    source gives it."""
    return max(
        (
            len(words & context(index.statements[at].text, theirs, index.statements[at].figures))
            for theirs, at in index.uses.get(key, ())
        ),
        default=0,
    )


def _part_of_whole(source: Statement, figure: FigureUse, key: str, statement: Statement) -> bool:
    """Whether the source says `figure` and a figure of `key` as a part of a whole (« 39 sur
    54 »), and the article's statement says the same whole after « sur » too (« sur les 54
    membres, 39 ont voté »): one fact, put in another order, no swap."""
    for part in source.figures:
        for whole in source.figures:
            if {part.key, whole.key} == {figure.key, key} and out_of(part, whole, source.text):
                return any(
                    f.key == whole.key and said_as_whole(f, statement.text)
                    for f in statement.figures
                )
    return False


def _crossed(mine: FigureUse, rival: FigureUse, statement: Statement, index: SourceIndex) -> bool:
    """The article's `mine` said with more of the words the source says `rival` with than of
    its own (the other half of a swap, confirmed by the first)."""
    words = context(statement.text, mine, statement.figures)
    return _said_with(words, rival.key, index) > _said_with(words, mine.key, index)

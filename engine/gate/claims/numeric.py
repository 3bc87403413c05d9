"""Figures in context: a figure must be the source's, with its unit and what it counts, and said
with the words the source says it with (not another figure's: claims.attached); a date the one the
restated sentence gives, a month named alone one the source names; « plus de » / « moins de »
and the direction of a change as the source says; a rounded, converted, computed, decade or
ordinal figure said so; a duration its length however written; a factor (« a triplé ») one the
source gives or its figures make; an order of magnitude (« des centaines de milliards ») and the
period of a rate (« par siècle ») the source's; a weekday that fits its date; small counts in
words read as discourse unless the source counts the same thing otherwise.
"""

from __future__ import annotations

import datetime
import itertools
import math
import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from engine.brief.figures import (
    MONTHS,
    SMALL,
    Figure,
    durations,
    factors,
    figures,
    number_key,
    spelled_figures,
    spelled_ordinals,
)
from engine.brief.relative_dates import day_of_key
from engine.gate.claims.alignment import (
    ALIGNED,
    CLOSE,
    CONVERTED,
    COUNTED_REACH,
    ENUMERATED,
    ENUMERATED_WITH,
    HOLDING,
    KEPT_AS_BOUND,
    NEAR_MONTH,
    NOUN_STEM,
    SMALL_COUNT,
    SUMMARIES,
    UNKNOWN,
    Problem,
    Sentence,
    certainty,
    fragments_beside,
    pair_certainty,
    question,
    restated,
)
from engine.gate.claims.attached import (
    continues,
    crossed_pair,
    in_slot,
    misplaced,
    own_place,
    respective,
    turned_pair,
)
from engine.gate.claims.computed import (
    arithmetic,
    computation,
    counts_summed,
    excused,
    miscounted,
    said_as_span,
    shown_before,
)
from engine.gate.claims.direction import direction_of
from engine.gate.claims.measures import (
    FIGURE_HEAD,
    as_source_durations,
    measure_problems,
    misread_groups,
    month_said,
    read_heads,
)
from engine.gate.findings import Severity
from engine.gate.slots.rank import Rank
from engine.gate.source_index import SourceIndex
from engine.gate.statements import WEEKDAYS, Statement, day_key
from engine.gate.tokens import is_content
from engine.text import fold, loose_spans, loosely_in, normalise, stands_in
from engine.text.lexicon import by_tag, lines, tagged, words

if TYPE_CHECKING:
    from spacy.tokens import Token

_SIGN = re.compile(r"^\(?\s*([+\-−])")
_BEFORE_ARTICLE = re.compile(r"(?:\s(?:la|les|le)|\sl['’])\s*$")


@dataclass(frozen=True)
class FigureUse:
    key: str  # the figure key ("50200", "1.4%", "--07-07", "2500000 EUR")
    kind: str  # number, percentage, amount, date
    text: str
    kin: str  # what it may be swapped with: year, date, time, percentage, amount:EUR, unit:U, count
    unit: str | None  # a unit of measure after it ("kilomètre")
    noun: str | None  # what it counts, when no unit ("coureur")
    comparator: str | None  # more, less, about
    direction: int  # +1 rise, -1 fall, 0 none said
    value: Decimal | None
    spelled: bool
    start: int  # offset in the sentence's text
    weekday: str | None = None  # the weekday written before a date ("samedi")
    anaphoric: bool = False  # "ces deux puissances", "les deux candidats": counts what was said


RULE = "figures"


def small(use: FigureUse, any_kin: bool = False) -> bool:
    """A small count in words ("deux finalistes"): the article's discourse as often as a fact;
    `any_kin`: of anything, a unit too (« deux voix se font entendre »)."""
    count = any_kin or use.kin == "count"
    return use.spelled and count and use.value is not None and use.value <= SMALL_COUNT


def _unit_unheard(use: FigureUse, index: SourceIndex) -> bool:
    """A small number in words with a unit the source never counts in nor names (« sa défense
    repose sur deux points » where the source gives no points): the article's discourse, like a
    small count (`small`), not a measure the source lacks."""
    if not small(use, any_kin=True) or use.unit is None or use.unit in index.lemmas:
        return False  # the source says the unit (« 3 heures » of delay, read as a time of day)
    return use.unit not in {u.unit for uses in index.uses.values() for u, _ in uses}


def _grade(
    use: FigureUse,
    sentence: Sentence,
    index: SourceIndex,
    swapped: tuple[int, str],
    attached: object = None,
    neighbours: Sequence[Sentence] = (),
) -> Severity:
    """A figure the source gives elsewhere (or nowhere), in the place of `swapped`, the figure
    the source sentence restated gives (class 1 of issue 19: which source sentence the article
    sentence restates is the doubt). Hard only where that is certain: the sentence surely
    restates that source sentence (`certainty`) and the figure stands in its slot — the pair is
    near-minimal (`alignment.pair_certainty`: all but the figure the same), or the figure is said
    with the words the source says the other with (`attached.in_slot`; `attached`: misplaced,
    even in a sentence that merges two of the source's). Anything less, and a title, a
    description, a heading or a question (they sum up), is a review."""
    summary = sentence.target is not None and sentence.target.kind in SUMMARIES
    if summary or question(sentence):
        return "review"
    if _score_step(use, sentence.statement.text, index, swapped[0]):
        return "review"
    if attached is not None:
        return "hard"
    at, theirs = swapped
    if restated(sentence) != at or certainty(sentence) != "hard":
        return "review"
    if small(use):  # « cinq roquettes » for the restated sentence's « quatre roquettes »
        recounted = _recounts(use, index, at, theirs)
        return (
            "hard"
            if recounted and not _counted_just_before(use, sentence, neighbours)
            else "review"
        )
    if in_slot(use, sentence, index, at, theirs) or _in_order(use, sentence.statement, index, at):
        return "hard"
    return pair_certainty(sentence, index)


# a score (« 15-11 », « 14 – 7 »): two counts joined by a dash
_SCORE = re.compile(r"(?<![\d,.])(\d{1,3})\s?[-–]\s?(\d{1,3})(?!\d|[,.]\d)")


def _score_step(use: FigureUse, text: str, index: SourceIndex, at: int) -> bool:
    """« Le score est ainsi passé de 14-7 à 14-11 » for the source's « accusait un lourd retard
    avec le score de 14-7 » and its final « 15-11 »: a score the sentence reaches from one the
    source gives, said before it (« 14-7 »), its figure one the source writes in another score —
    a step the writer counts from the source's touches, not the source's score changed: a review
    at most. The source's score changed alone (« le score de 14-11 »), or a step from a score the
    source never gives (« de 14-11 à 14-7 »), stays as it is; so does a score of another source
    sentence than the one restated, `at` (« Lyon bat Paris 2-0 », Marseille's score)."""
    scores = list(_SCORE.finditer(text))
    mine = [m for m in scores if m.start() <= use.start < m.end()]
    if not mine:
        return False
    given = {m.groups() for st in index.statements for m in _SCORE.finditer(st.text)}
    if mine[0].groups() in {m.groups() for m in _SCORE.finditer(index.statements[at].text)}:
        return True  # the restated sentence's own score, read against another of the sentence's
    number = use.text.strip()
    return any(m.groups() in given for m in scores if m.end() <= mine[0].start()) and any(
        number in pair for pair in given
    )


def _counted_just_before(
    use: FigureUse, sentence: Sentence, neighbours: Sequence[Sentence]
) -> bool:
    """A small count the article's sentence before gives too (« Sur l'ensemble des deux matchs,
    … Deux victoires, aucun but encaissé » where the source counts « 6 victoires » over the
    season): it may count what the writer has just set out, not the source's figure changed."""
    return small(use) and any(
        f.value == use.value and f.kind == use.kind
        for f in shown_before(sentence, list(neighbours))
    )


def _recounts(use: FigureUse, index: SourceIndex, at: int, theirs: str) -> bool:
    """A small count in words that counts what source sentence `at` counts with its figure
    `theirs` (« l'hôpital a reçu cinq roquettes » for « touché par quatre roquettes »), a noun
    the source never counts with this number (its « cinq » counts hospitals): no discourse, the
    count of that noun changed. The source's noun may be one of its class, or said by the words
    after its figure (`_counts_alike`: « six personnes sont mortes » counts « six morts »)."""
    if use.noun is None:
        return False
    text = index.statements[at].text
    counted = any(  # `theirs` is the figure, or the figure and the noun it counts
        theirs in (f.text, f"{f.text} {use.noun}") and _counts_alike(use, f, text)
        for f in index.statements[at].figures
    )
    return counted and not any(
        _counts_alike(use, u, index.statements[i].text) for u, i in index.uses.get(use.key, ())
    )


def _in_order(use: FigureUse, statement: Statement, index: SourceIndex, at: int) -> bool:
    """The sentence gives as many figures of the kin as source sentence `at`, in the same order,
    all but one or two the same, and this one stands where `at` gives another (« 60 % des
    bureaux, soit 4 000, et environ 1 101 180 votants » for « 60 % …, soit 4 322, et environ
    1 101 180 votants »; « 44 Russes, deux Ukrainiens, huit Indiens » for « 44 Russes, huit
    Ukrainiens, deux Indiens »): the figures around it pin its slot."""
    mine = [f for f in statement.figures if f.kin == use.kin]
    theirs = [f for f in index.statements[at].figures if f.kin == use.kin]
    if len(mine) != len(theirs) or len(mine) < 2 or use not in mine:
        return False
    same = [day_key(a.key) == day_key(b.key) for a, b in zip(mine, theirs, strict=True)]
    return not same[mine.index(use)] and 1 <= sum(same) >= len(same) - 2


def figure_problems(
    sentence: Sentence, neighbours: list[Sentence], index: SourceIndex
) -> Iterator[Problem]:
    statement = sentence.statement
    timed: list[tuple[int, int]] = []  # the spans of durations, judged whole
    yield from measure_problems(sentence, index, timed, shown_before(sentence, neighbours))
    lengths = as_source_durations(statement.text, index)  # « deux jours » for « 48 heures »
    yield from _reversed_change(sentence, index)
    yield from _relative_day_changed(sentence, index)
    factored = (  # « divisée par trois »: the spans of factors, where a small count may be one
        [(f.start, f.start + len(f.text)) for f in factors(statement.text)]
        if any(small(use) for use in statement.figures)
        else []
    )
    for use in statement.figures:
        if use.key in index.figure_keys and _named_by(use, statement.text):
            continue  # « la RD 160 » for the source's « route départementale 160 »: a name
        if use.anaphoric:
            if (swap := _anaphoric_swap(use, sentence, index)) is not None:
                yield swap
            continue  # "ces deux puissances" counts what the article said before
        if counts_summed(use, statement.text, index):
            continue  # « trois avions » for « un avion … et deux avions »: the source's, added
        if small(use) and any(a <= use.start < b for a, b in factored):
            continue  # « divisée par trois », « trois fois moins »: a factor's, judged as one
        if use.key not in index.uses and (
            bound := _opposite_bound(use, _hours_as_time(use, index))
        ):
            yield Problem(RULE, "hard", bound[0], bound[1], use.text)
            continue  # « en plus de dix heures » for the source's « en moins de 10 heures »
        if use.key not in index.figure_keys and any(a <= use.start < b for a, b in lengths):
            continue  # a number the source never gives, of a length of time it does give
        if _enumerated(use, sentence, neighbours, index):
            continue  # « trois départements »: the source's list of three
        if _article_of_law(use, index):
            continue  # « le 49.3 » for the source's « l'article 49 alinéa 3 »
        if use.key not in index.figure_keys and _ranked_in_words(use, sentence, index):
            continue  # « 1er », « la 2e place » for the source's « premier », « seconde place »
        if _wholly(use, statement.text):
            continue  # « une finale cent pour cent russe »: wholly, no share of anything
        if any(start <= use.start < end for start, end in timed):
            # a duration judged whole may still stand where the source gives another one
            swapped = _swapped(use, sentence, index) if use.key in index.uses else None
            if swapped is not None and not _race_part(use, statement, swapped, index):
                at, theirs = swapped
                problem = f"gives «{use.text}» where the source gives «{theirs}»"
                grade = _grade(use, sentence, index, swapped, neighbours=neighbours)
                yield Problem(RULE, grade, problem, at, use.text)
            continue
        uses = index.uses.get(use.key, ())
        if use.key not in index.figure_keys and about_hour(
            use.key, statement.text[: use.start], index.figure_keys
        ):
            continue  # « peu après 16 heures » for the source's « 16 h 10 »
        if _time_as_length(use, statement.text, index):
            continue  # « mort 2 h plus tard » for the source's « deux heures plus tard »
        if use.key not in index.figure_keys and not _dated(use, index) and not _as_time(use, index):
            if (
                _bounded(use, sentence, neighbours, index)
                or _rank_bracket(use, sentence, index)
                or _decade(use, statement.text, index)
                or _decade_of_years(use, sentence, neighbours, index)
                or _rounded(use, index)
                or _fraction_of_source(use, index)
                or _fraction_bound(use, sentence, index) == "restated"
                or _fraction_of_figures_shown(use, sentence, neighbours, index)
                or _converse_of_factor(use, sentence, neighbours, index)
                or _converted(use, index)
                or _currency_once(use, index)
                or _currency_elided(use, index)
                or _said_once(use, index)
                or _collective(use, index)
                or not use.spelled
                and loosely_in(use.text, index.text)  # spacing aside: « 25, 6 pour cent »
            ):
                continue
            if found := computation(use, sentence, neighbours, index):  # claims.computed
                if found.verdict == "wrong":
                    yield Problem(RULE, "hard", found.problem(use), found.at, use.text)
                continue
            problem = (
                f"{UNKNOWN}{use.kind} not in the source «{use.text}», only the source's figures"
            )
            if _said_again(use, sentence, neighbours):
                continue  # « ces dix-sept pays »: the article's figure, judged where it said it
            if said_as_span(use, statement.text) and _unit_unheard(use, index):
                # « cinq jours après le départ »: a length of time from a date, no discourse,
                # but which date it counts from may be one the reader was shown elsewhere
                yield Problem(RULE, "review", problem, None, use.text)
                continue
            if not small(use) and not _unit_unheard(use, index):
                how = _computed(use, index)
                if how and _said_computed(how, use, statement.text):
                    continue  # « soit 945 parlementaires au total », « douze points » of a gap
                if _gap_shown(use, sentence, neighbours, index):
                    continue  # « plus d'un milliard … par rapport aux 8 milliards » after « 9 »
                worked = arithmetic(use, sentence, neighbours, index) if how else None
                if worked is not None and worked.shown:
                    continue  # « 120 000 euros le matin et 180 000 l'après-midi, 300 000 en tout »
                if how:  # "douze" between 54 % and 42 %: check it
                    computed = f"{problem} (the sum or difference of two of them?)"
                    yield Problem(RULE, "review", computed, None, use.text)
                else:  # never given, unless the source's text holds what its reader missed
                    # or the writer computed it from the figures restated (claims.computed)
                    worked = arithmetic(use, sentence, neighbours, index)
                    if worked is not None and worked.shown:
                        continue  # « 400 passagers chacun, soit 4 800 pour les 12 navires »
                    worked = worked or _decade_of_a_source_year(use, sentence, index)
                    bound = _fraction_bound(use, sentence, index)  # a share of another sentence
                    severity = "review" if unread(use, index) or worked or bound else "hard"
                    yield Problem(RULE, severity, problem, None, use.text)
                continue
            # a small count in words: certain where the source counts the same thing otherwise
            rival = _swapped(use, sentence, index) or _recounted(use, index)
            if rival is not None:
                worked = arithmetic(use, sentence, neighbours, index)  # a count of a list, a sum
                if worked is not None and worked.shown:
                    continue
                severity = "review" if worked else certainty(sentence)
                yield Problem(RULE, severity, problem, rival[0], use.text)
            continue
        yield from _weekday_problem(use, statement, index)
        if wrong := miscounted(use, sentence, neighbours, index):  # « trois mois après » 1 May
            yield Problem(RULE, "hard", wrong.problem(use), wrong.at, use.text)
            continue
        if not uses and use.kind == "date" and use.key in index.figure_keys:
            continue  # « le 14 février » for the source's « hier », a day it counts from its date
        if not uses:
            swapped = _swapped(use, sentence, index)
            if swapped is not None and not excused(use, sentence, neighbours, index):
                at, theirs = swapped
                problem = f"gives «{use.text}» where the source gives «{theirs}»"
                grade = _grade(use, sentence, index, swapped, neighbours=neighbours)
                yield Problem(RULE, grade, problem, at, use.text)
            continue
        same = [u for u, _ in uses]
        discourse = small(use) and use.noun not in index.lemmas  # « trois idées ressortent »
        # « la 2e place », « au 2e tour »: an ordinal ranks, it counts no noun nor unit (the
        # rank slot compares ranks); a source that also ranks with it is compared as a count
        ranked = _ranks_only(use, same)
        counted = use.noun and not use.unit and same and all(u.unit for u in same)
        if counted and not discourse and not ranked:
            other, at = uses[0]
            if _counted_alike(use.noun, other.unit):
                continue  # « son 22e anniversaire » for « sa 22ème année », « 22 ans »
            if small(use) and (
                certainty(sentence) != "hard" or restated(sentence) not in {i for _, i in uses}
            ):  # « une course en trois temps », « trois disciplines sur trois terrains »: a
                continue  # small count of its own, not the « trois minutes » of another sentence
            yield Problem(
                RULE,
                "review" if small(use) else "hard",
                f"counts «{use.text} {use.noun}»: the source's {use.key} counts "
                f"{_plural(other.unit)}",
                at,
                use.text,
            )
            continue
        # …unless the source leaves a range's unit unsaid: « âgés de 18 à 24 » is the article's
        # « 18 à 24 ans », no 18 of the source's « 18 mois »
        measured = use.unit and any(u.unit for u in same)
        if measured and any(_range_unsaid(u, i, index) for u, i in uses):
            measured = False
        if measured and use.unit not in {u.unit for u in same} and not ranked:
            other, at = next((u, i) for u, i in uses if u.unit)
            if small(use, any_kin=True) and (
                certainty(sentence) != "hard" or restated(sentence) not in {i for _, i in uses}
            ):  # « deux voix se font entendre »: discourse, not the source's two hours
                continue
            yield Problem(
                RULE,
                "hard",
                f"gives «{use.text}» in {_plural(use.unit)}: the source's {use.key} counts "
                f"{_plural(other.unit)}",
                at,
                use.text,
            )
            continue
        if bound := _opposite_bound(use, uses):
            yield Problem(RULE, "hard", bound[0], bound[1], use.text)
            continue
        directions = {u.direction for u in same}
        if use.direction and -use.direction in directions and use.direction not in directions:
            at = next(i for u, i in uses if u.direction == -use.direction)
            change = "a rise" if use.direction > 0 else "a fall"
            # a sentence that restates a source sentence not giving this figure, which tells a
            # change the same way, tells another thing's change in that year (« la mortalité a
            # progressé en 2015 » restating « une hausse de la mortalité l'année dernière »,
            # beside « la natalité … après la baisse enregistrée en 2015 »): a review. A sentence
            # merging two (« … 1 306 852 votants …, soit une participation en baisse de 22,8 % »)
            # restates one that tells no change: still certain
            mine = restated(sentence)
            elsewhere = mine is not None and mine not in {i for _, i in uses}
            elsewhere = elsewhere and _changes(index.statements[mine].lemmas, use.direction)
            yield Problem(
                RULE,
                "review" if elsewhere else "hard",
                f"makes {use.text} {change}: the source says the opposite",
                at,
                use.text,
            )
            continue
        unheard = None if ranked else _unheard_noun(use, sentence, index)
        if unheard is not None and (not small(use) or certainty(sentence) == "hard"):
            at, theirs = unheard
            yield Problem(  # a review: the noun may be the source's in other words (a synonym)
                RULE,
                "review",
                f"counts «{use.text} {use.noun}»: the source counts «{theirs}»",
                at,
                use.text,
            )
            continue
        attached = (
            misplaced(use, sentence, index)
            or crossed_pair(use, sentence, index)
            or turned_pair(use, sentence, index)
            or respective(use, sentence, index)
            or _pair_swapped(use, statement, index)
        )
        swapped = attached or _swapped(use, sentence, index)
        if swapped is not None and _together_elsewhere(statement, swapped[0], index):
            continue  # every figure of the sentence, together in another source sentence
        if swapped is not None and _rounds_in_place(use, swapped, index):
            continue  # « près de 1,7 million » for the 1 655 919 beside the source's 1,7 million
        if swapped is not None and not excused(use, sentence, neighbours, index):
            at, theirs = swapped
            problem = f"gives «{use.text}» where the source gives «{theirs}»"
            grade = _grade(use, sentence, index, swapped, attached, neighbours)
            if grade == "hard" or not any(
                at != i and _may_count(use, u, index.statements[i].text) for u, i in uses
            ):
                yield Problem(RULE, grade, problem, at, use.text)
            # else the source gives this figure in another sentence, and which one the article
            # restates is unsure: the source's figure, no finding (as many false reviews on the
            # 86 honest articles as catches on 600 one-edit distortions, and fewer) — unless
            # the source counts something else with it there (« cinq roquettes » for the
            # restated « quatre roquettes », where the source's « cinq » counts hospitals)


# A list of names: « la Charente, la Charente-Maritime et la Gironde », « Paris, Lyon ou Lille ».
_CAPITALISED = r"[A-ZÀ-Ý][\w'’-]*"
_BEFORE_NAME = r"(?:(?:à|au|aux|en)\s+)?(?:(?:la|le|les|l['’])\s*)?"
_NAME = rf"{_BEFORE_NAME}{_CAPITALISED}(?:\s+(?:de|du|des|d['’])?\s*{_CAPITALISED})*"
# …or at least three names between commas, the list closed otherwise (« …, le Portugal, ainsi
# que les 20 pays qualifiés »)
# …joined by « et », « ou », or « puis » of a sequence (« le radar de Nérac puis celui de Vianne »)
_JOINED = r"(?:et|ou|puis)(?:\s+(?:celui|celle|ceux|celles)\s+(?:de|du|des|d['’]))?"
_NAMES = re.compile(
    rf"{_NAME}(?:\s*,\s*{_NAME})*\s*,?\s+{_JOINED}\s+{_NAME}|{_NAME}(?:\s*,\s*{_NAME}){{2,}}"
)
_ITEM = re.compile(rf"(?:^|,|\s{_JOINED}\s)\s*{_NAME}")


def _enumerated(
    use: FigureUse, sentence: Sentence, neighbours: list[Sentence], index: SourceIndex
) -> bool:
    """A count of what a list of names enumerates (« trois départements » for the source's « La
    Charente, la Charente-Maritime et la Gironde ont été placées en vigilance rouge »): a count
    of something (its noun, or the « en » of a verb that counts it: « la liste est longue : elle
    en compte trente-cinq », « il y en a six »; what « en » stands for may be in the sentence
    before), up to ENUMERATED, as many as the names of one list in the sentence, the one
    after it, or a source sentence that shares ENUMERATED_WITH of its words (« vigilance
    rouge »). A parenthesis after a name glosses it (« les catégories B (activité réduite) et D
    (chômeurs en formation) » lists two)."""
    counted = use.noun or _COUNTED_BY_EN.search(sentence.statement.text[: use.start])
    if use.kin != "count" or not counted or use.value is None or not 2 <= use.value <= ENUMERATED:
        return False
    if use.noun in by_tag("counted")["occasion"]:
        # « Enfariné le 22 décembre, puis giflé le 17 janvier, il a été visé à deux reprises »
        dates = {f.key for f in sentence.statement.figures if f.kind == "date"}
        return len(dates) == use.value
    texts = [sentence.statement.text]
    texts += [n.statement.text for n in neighbours if n.number == sentence.number + 1]
    words = {lemma for lemma in sentence.statement.lemmas if not lemma.startswith("#")}
    if not use.noun:  # « Les villes touchées ? On en dénombre quatorze. »: « en » said before
        before = [n.statement for n in neighbours if n.number == sentence.number - 1]
        words.update(lemma for s in before for lemma in s.lemmas if not lemma.startswith("#"))
    texts += [s.text for s in index.statements if len(words & s.lemmas) >= ENUMERATED_WITH]
    if use.value in _listed_after(use, sentence.statement.text):
        return True  # « quatre thèmes : A, B, C et D », « deux villes : à Paris, … ; à Nice, … »
    return any(
        len(_ITEM.findall(found.group(0))) == use.value
        for text in texts
        for found in _NAMES.finditer(_GLOSS.sub("", text))
    )


# « elle en compte », « on en dénombre », « il y en a », « on en a recensé »: the count that
# follows counts what « en » stands for
_COUNTED_BY_EN = re.compile(
    r"(?<![\w'’-])(?:y\s+)?en\s+(?:[a-zàâçéèêëîïôûùü]+\s+)?[a-zàâçéèêëîïôûùü]+\s+$"
)
_NAME_FIRST = re.compile(rf"\s*(?:(?:à|en|au|aux|dans)\s+)?{_NAME}")


def _listed_after(use: FigureUse, text: str) -> set[Decimal]:
    """How many items the list a count opens may hold, where its noun (up to three words) opens
    one with a colon in the sentence (« il reste quatre thèmes : la transition écologique, la
    fiscalité, l'organisation de l'État et la démocratie »): the last « et » joins the last two
    items, or, after a comma, the list (« …, et la démocratie et la citoyenneté » is one); or
    parts set off by semicolons, each opened by a name (« entre deux villes : à Paris, la
    cellule de crise … ; à Nice, le ministre … »). The items are the sentence's, each judged as
    any other words; the count only says how many it lists. A count the list's reading belies
    is left to the other checks: commas inside an item (« des journalistes, qui encadrent le
    site, et une communauté ») make its length unsure."""
    if use.value is None or use.value < 2:
        return set()
    after = _LIST_OPENED.match(text, use.start + len(use.text))
    if after is None:
        return set()
    rest = _GLOSS.sub("", text[after.end() :])
    parts = rest.rstrip(" .").split(";")
    counts = {Decimal(len(parts))} if all(_NAME_FIRST.match(p) for p in parts) else set()
    listed = rest.split(".")[0].split(";")[0]
    items = [i for i in re.split(r"\s*,\s*", listed) if i.strip()]
    if len(items) < 2:
        joined = len(re.split(r"\s+(?:et|ou)\s+", listed))
        return counts | {Decimal(joined)} if joined >= 2 else counts
    if re.match(r"(?:et|ou)\s", items[-1]):  # « …, et la démocratie et la citoyenneté »
        return counts | {Decimal(len(items))}
    joined = len(re.split(r"\s+(?:et|ou)\s+", items[-1]))  # « …, la N5 et la E16 »
    return counts | {Decimal(len(items) - 1 + joined)}


# after a count: its noun (up to three words) and a colon that opens the list
_LIST_OPENED = re.compile(r"(?:[\s\u00a0\u202f]+[\w'’-]+){1,3}\s*:\s*")


def _wholly(use: FigureUse, text: str) -> bool:
    """« cent pour cent russe », « 100 % électrique »: a hundred per cent said of the quality
    that follows, an adverb of « entirely », no share of a thing (« 100 % des voix » is one)."""
    if use.kind != "percentage" or use.value != 100:
        return False
    return _QUALITY_AFTER.match(text, use.start + len(use.text)) is not None


# A word that is no preposition, article or conjunction right after a figure: the quality it
# qualifies (« cent pour cent russe »), not what it is a share of (« 100 % des voix »).
_QUALITY_AFTER = re.compile(
    r"[\s\u00a0\u202f]+(?!(?:de|des|du|d|à|au|aux|en|sur|pour|contre|et|ou|le|la|les)\b)"
    r"[a-zàâçéèêëîïôûùüœ]"
)


def _named_by(use: FigureUse, text: str) -> bool:
    """A number in digits that a word before it makes a name (lexicon number_names: « la RD
    160 », « la ligne 4 », « le vol 5017 »), no count of anything."""
    if use.spelled or use.kind != "number":
        return False
    return _number_names().search(text[max(0, use.start - 30) : use.start]) is not None


@cache
def _number_names() -> re.Pattern[str]:
    names = sorted(words("number_names"), key=len, reverse=True)
    return re.compile(
        r"(?<![\w-])(?:" + "|".join(_written(n) for n in names) + r")[\s\u00a0\u202f]+$"
    )


def _written(name: str) -> str:
    """A name's pattern: as written where it is an abbreviation (capitals), else any case."""
    pattern = re.escape(name).replace(r"\ ", r"\s+")
    return pattern if name.isupper() else f"(?i:{pattern})"


def _article_of_law(use: FigureUse, index: SourceIndex) -> bool:
    """« le 49.3 », « le 49-3 »: an article of a law and its paragraph, as the source names them
    in full (« l'article 49 alinéa 3 de la Constitution »)."""
    found = _ARTICLE_AND_PARAGRAPH.fullmatch(use.text)
    if found is None:
        return False
    article, paragraph = found.groups()
    said = rf"\barticle\s+{article}\s*,?\s+(?:alinéa|al\.)\s+{paragraph}(?!\d)"
    return re.search(said, index.text, re.IGNORECASE) is not None


_ARTICLE_AND_PARAGRAPH = re.compile(r"(\d{1,3})[.-](\d{1,2})")


# What a parenthesis says of the name before it (« les catégories B (activité réduite longue)
# et D (chômeurs en formation) »): a gloss, no item of the list.
_GLOSS = re.compile(r"[\s\u00a0\u202f]*\([^()]*\)")


_DECADE = re.compile(r"ann[ée]es[\s\u00a0\u202f]+(\d{2,4})(?!\d)")


def _ranks_only(use: FigureUse, same: Sequence[FigureUse]) -> bool:
    """An ordinal in digits (« la 2e place », « au 3e tour ») where the source gives its number
    only as no ordinal (« 2 minutes », « 3 jours »): a rank, no count of the source's noun or
    unit to set against them."""
    return bool(ORDINAL_WRITTEN.fullmatch(use.text)) and not any(
        ORDINAL_WRITTEN.fullmatch(u.text) for u in same
    )


def _ranked_in_words(use: FigureUse, sentence: Sentence, index: SourceIndex) -> bool:
    """An ordinal in digits (« 1er », « 1re », « 2e », « 2nd ») whose rank a source sentence it
    restates (the best aligned, or one within CLOSE of it) says in words its figures do not read
    (« premier », « première », « second », « seconde »): the source's rank, said another way.
    Said only in another source sentence, it may be another's rank (« seconde » of the
    runner-up, for a winner put « 2e »)."""
    if use.spelled or restated(sentence) is None or not ORDINAL_WRITTEN.fullmatch(use.text):
        return False
    best = sentence.aligned[0][0]
    return any(
        isinstance(mark, Rank) and mark.value == use.key
        for score, at in sentence.aligned
        if score >= best - CLOSE
        for mark in index.statements[at].slots.get("rank", frozenset())
    )


_INVERTED = re.compile(r"-(?:t-)?(?:il|elle|on|ils|elles)(?!\w)", re.IGNORECASE)


def _inverted(token: Token) -> bool:
    """A verb with its subject pronoun after it (« compte-t-il », « comptent-ils »), one token
    or several: no noun, whatever the tagger reads."""
    after = token.doc.text[token.idx + len(token.text) :]
    return bool(_INVERTED.search(token.text) or _INVERTED.match(after))


ORDINAL_WRITTEN = re.compile(r"\d+\s*(?:e|er|re|ère|ème|eme|ième|nde?|ᵉ)", re.IGNORECASE)


def _decade(use: FigureUse, text: str, index: SourceIndex) -> bool:
    """« les années 2000 » for the source's « années 200 » (a zero lost) or « années 90 » for
    its « années 1990 »: a decade the source writes, in another shape."""
    if not _DECADE.search(text[max(0, use.start - 12) : use.start + len(use.text)].lower()):
        return False
    mine = _decade_year(use.key)
    return mine is not None and mine in _source_decades(index.text)


def _decade_of_years(
    use: FigureUse, sentence: Sentence, neighbours: list[Sentence], index: SourceIndex
) -> bool:
    """« Les années 1990 apportent de nouveaux revers. En 1995, … »: the decade of a source year
    that the sentence, the one before or after it or the source sentence it restates names —
    unless that source sentence writes a decade of its own (« dans les années 80 » said « les
    années 1990 » is a change)."""
    text = sentence.statement.text
    if not _DECADE.search(text[max(0, use.start - 12) : use.start + len(use.text)].lower()):
        return False
    decade = _decade_year(use.key)
    at = restated(sentence)  # a sentence surely restated (« les années » alone aligns loosely)
    theirs = [] if at is None else [index.statements[at]]
    if decade is None or any(_DECADE.search(s.text.lower()) for s in theirs):
        return False
    near = [n.statement for n in neighbours if abs(n.number - sentence.number) == 1]
    return any(
        f.kin == "year" and f.key in index.figure_keys and decade <= f.value < decade + 10
        for s in [sentence.statement, *near, *theirs]
        for f in s.figures
        if f.value is not None
    )


def _decade_of_a_source_year(use: FigureUse, sentence: Sentence, index: SourceIndex) -> bool:
    """« dans les années 1990 » for a year of that decade that a source sentence gives —
    however loosely aligned (« les années » alone aligns loosely, `_decade_of_years`), or
    wherever the source gives it (« au tout début des années 2000 » two paragraphs after « il
    faut remonter à 2001 »): a decade computed from a year, not invented — unsure which
    sentence it restates, a review, not a refusal."""
    text = sentence.statement.text
    if not _DECADE.search(text[max(0, use.start - 12) : use.start + len(use.text)].lower()):
        return False
    decade = _decade_year(use.key)
    return decade is not None and any(
        f.kin == "year" and f.key in index.figure_keys and decade <= f.value < decade + 10
        for s in index.statements
        for f in s.figures
        if f.value is not None
    )


def _decade_year(digits: str) -> int | None:
    if not digits.isdigit() or int(digits) % 10:
        return None
    value = int(digits)
    if value < 100:
        return 1900 + value  # « les années 90 »
    return value * 10 if value < 1000 else value  # « années 200 »: a zero lost


@lru_cache(maxsize=64)
def _source_decades(text: str) -> frozenset[int]:
    years = (_decade_year(m.group(1)) for m in _DECADE.finditer(text))
    return frozenset(year for year in years if year is not None)


def _dated(use: FigureUse, index: SourceIndex) -> bool:
    """ "17 juin 2018" for the source's "17 juin" of an article dated 2018: the year added;
    "août 2016" for the source's "mois d'août" of an article dated 2016 likewise, « décembre
    2016 » for its « en décembre » in an article dated March 2017; not a day the source dates
    in another year (`_dated_otherwise`)."""
    if use.kind != "date" or ":" in use.key:
        return False
    parts = use.key.split("/")
    if all(len(p) == 7 and (p[:4] in index.years or _last_of_month(p, index)) for p in parts):
        return all(month_said(int(p[5:]), index) for p in parts)  # a month and a year
    return all(
        len(p) == 10
        and p[:4] in index.years
        and f"--{p[5:]}" in index.figure_keys
        and not _dated_otherwise(p, index)
        for p in parts
    )


def _dated_otherwise(key: str, index: SourceIndex) -> bool:
    """The source gives this day of the year only in another year (« le 30 septembre 2015 » for
    its « 30 septembre 2016 »): the year changed, not added."""
    return any(
        len(k) == 10 and k[4] == "-" and k[5:] == key[5:] and k != key for k in index.figure_keys
    )


_LATER = re.compile(r"\s*(?:plus\s+tard|plus\s+tôt|après|avant|de\s+retard|d['’]avance)\b")


def _time_as_length(use: FigureUse, text: str, index: SourceIndex) -> bool:
    """« 2 h plus tard », read as a time of day, for the source's length « deux heures plus
    tard »: hours on the hour said from a moment, as many as a length of hours the source gives."""
    found = re.fullmatch(r"(\d\d):00", use.key)
    if use.kind != "date" or found is None or use.key in index.figure_keys:
        return False
    if _LATER.match(text, use.start + len(use.text)) is None:
        return False
    hours = str(int(found.group(1)))
    return any(u.unit == "heure" for u, _ in index.uses.get(hours, ()))


def _last_of_month(key: str, index: SourceIndex) -> bool:
    """« décembre 2016 » for the source's « en décembre » in an article dated March 2017: the
    year of the last such month up to the dateline's."""
    opening = source_date(index)
    if opening is None or not re.fullmatch(r"\d{4}-\d\d", key):
        return False
    year, month = int(opening[:4]), int(opening[5:7])
    its_month = int(key[5:])
    return int(key[:4]) == (year if its_month <= month else year - 1)


def _race_part(
    use: FigureUse, statement: Statement, swapped: tuple[int, str], index: SourceIndex
) -> bool:
    """The figure, or the source's in its place, is a part of a duration of several units (« 9
    heures, 22 minutes et 4 secondes », « 53 minutes et 8 secondes »): a race time is judged
    whole (claims.measures), its parts are no figures of their own to swap."""
    at, theirs = swapped
    source = index.statements[at]
    return _in_race_time(use.start, statement.text) or any(
        _in_race_time(other.start, source.text) for other in source.figures if other.text == theirs
    )


def _in_race_time(start: int, text: str) -> bool:
    return any(
        d.start <= start < d.start + len(d.text) and len(_DIGITS_OR_WORDS.findall(d.text)) > 1
        for d in durations(text)
    )


_DIGITS_OR_WORDS = re.compile(
    r"\d+|\b(?:" + "|".join(sorted(tagged("number_words"), key=len, reverse=True)) + r")\b",
    re.IGNORECASE,
)


def unread(use: FigureUse, index: SourceIndex) -> bool:
    """A figure the source's text holds where its reader read none, or another (a blind spot of
    the reader, no invention: at most a review): a date whose every day the source writes
    within NEAR_MONTH characters of its month's name (« le 3 et le 4 juin » for « les 3 et 4
    juin »), a number whose digits it writes where it reads no figure of that value
    (« quarante-deux mille places » for « 42.000 places », read as 42); and a figure of
    several digit groups that the source writes, group for group in the same order, inside one
    token or adjacent ones where it reads no figure of that value (« 9,87 » for « 9''87 »:
    measures.misread_groups)."""
    if not use.spelled and misread_groups(use.text, index.text):
        return True
    if use.kind == "date":
        return _date_unread(use.key, index)
    head = FIGURE_HEAD.search(normalise(use.text)) if not use.spelled else None
    if head is not None:
        digits = head.group(0)
    elif use.spelled and use.value is not None:
        digits = format(use.value.normalize(), "f").replace(".", ",")
    else:
        return False
    value = number_key(digits)
    read = read_heads(index.text)
    return any(
        not any(start <= at < end and number == value for start, end, number in read)
        for at, _ in loose_spans(digits, index.text)
    )


def _date_unread(key: str, index: SourceIndex) -> bool:
    """Every day of the date (« --06-03/--06-04 ») written near its month's name, and its year,
    if any, the source's."""
    for part in key.split("/"):
        pieces = part.split("-")  # "--06-03" → ["", "", "06", "03"]; "2016-06-03"; "2016-06"
        if ":" in part or len(pieces) < 2:
            return False
        year, numbers = pieces[0], [p for p in pieces[1:] if p]
        if year and year not in index.years:
            return False
        if len(numbers) != 2:
            return False  # a month and year alone: read by `_dated`
        if year and _dated_otherwise(part, index):
            return False  # the source's reader read that day, in another year
        month, day = int(numbers[0]), int(numbers[1])
        names = [name for name, number in MONTHS.items() if number == month]
        near = [
            (m.start(), m.end())
            for name in names
            for m in re.finditer(rf"(?<!\w){name}(?!\w)", index.text)
        ]
        if not any(
            start - NEAR_MONTH <= at <= end + NEAR_MONTH
            for at, _ in loose_spans(str(day), index.text)
            for start, end in near
        ):
            return False
    return True


# Units said in one word: « moins de trente minutes » for the source's « moins d'une demi-heure ».
_UNIT_WORDS = {
    "minute": {30: "demi-heure", 15: "quart d'heure"},
    "an": {50: "demi-siècle", 100: "siècle", 10: "décennie"},
    "mois": {6: "semestre", 3: "trimestre"},
    "jour": {7: "une semaine", 14: "deux semaines"},
}


def _as_time(use: FigureUse, index: SourceIndex) -> bool:
    """ "dix-huit heures" of rest for the source's "18h": a duration written as a time; « trente
    minutes » for its « demi-heure »."""
    if use.value is None or not use.unit:
        return False
    if use.unit == "heure" and f"{int(use.value):02d}:00" in index.figure_keys:
        return True
    word = _UNIT_WORDS.get(use.unit, {}).get(int(use.value))
    return word is not None and stands_in(word, index.text)


def _hours_as_time(use: FigureUse, index: SourceIndex) -> Sequence[tuple[FigureUse, int]]:
    """The source's uses of the time of day a number of hours is written as (« dix heures »
    of a race for its « en moins de 10 heures », which the figures read as ten o'clock)."""
    if use.unit != "heure" or use.value is None or use.value != int(use.value):
        return ()
    return index.uses.get(f"{int(use.value):02d}:00", ())


def _opposite_bound(
    use: FigureUse, uses: Sequence[tuple[FigureUse, int]]
) -> tuple[str, int] | None:
    """« plus de » a figure the source gives only with « moins de » (or the other way round):
    what the article says, and the source sentence that says the opposite."""
    opposite = {"more": "less", "less": "more"}.get(use.comparator or "")
    comparators = {u.comparator for u, _ in uses}
    if not opposite or opposite not in comparators or use.comparator in comparators:
        return None
    at = next(i for u, i in uses if u.comparator == opposite)
    word = "plus" if use.comparator == "more" else "moins"
    return f"says «{word} de» {use.text}, the source the opposite", at


def about_hour(key: str, before: str, keys: frozenset[str] | set[str]) -> bool:
    """A time of day on the hour rounded by the words before it (lexicon time_approximations:
    « peu après 16 heures », « vers 17 heures »), for a time among `keys` that falls that side of
    it within the hour (the source's « 16 h 10 »; « peu avant 17 heures » for « 16 h 50 »)."""
    found = re.fullmatch(r"(\d\d):00", key)
    tail = " " + " ".join(before.lower().replace("’", "'").split())
    side = next(
        (s for w, s in tagged("time_approximations", "\t").items() if tail.endswith(" " + w)),
        None,
    )
    if found is None or side is None:
        return False
    hour = int(found.group(1)) * 60
    for other in keys:
        said = re.fullmatch(r"(\d\d):(\d\d)", other)
        if said is None:
            continue
        minutes = int(said.group(1)) * 60 + int(said.group(2))
        if (
            side == "after"
            and hour < minutes < hour + 60
            or side == "before"
            and hour - 60 < minutes < hour
            or side == "about"
            and abs(minutes - hour) <= 30
        ):
            return True
    return False


def _computed(use: FigureUse, index: SourceIndex) -> str | None:
    """The sum or the difference of two figures one source sentence gives together (numbers,
    percentages): « 945 parlementaires » for its 630 députés and 315 sénateurs, « douze points »
    between its 54 % and 42 %: two figures of one kind, percentages for a percentage. Above ten
    only: small values match by chance. Which it is: "sum", "difference" (of two percentages:
    "points"), or None."""
    kinds = ("number", "percentage", "amount")
    if use.value is None or use.kind not in kinds or use.value <= SMALL_COUNT:
        return None
    for statement in index.statements:
        found = [(_kind(f), f.value) for f in statement.figures if f.value is not None]
        found = [(kind, value) for kind, value in found if kind != "date"]
        for n, (kind_a, a) in enumerate(found):
            for kind_b, b in found[n + 1 :]:
                if kind_a != kind_b or "number" != _kind(use) != kind_a:
                    continue  # a sum of two things of one kind; a share of two shares; euros
                if use.value == a + b:
                    return "sum"
                if use.value == abs(a - b):
                    both = kind_a == kind_b == "percentage"
                    return "points" if both else "difference"
    return None


def _gap_shown(
    use: FigureUse, sentence: Sentence, neighbours: list[Sentence], index: SourceIndex
) -> bool:
    """« le dépassement serait de plus d'un milliard de dollars par rapport aux 8 milliards
    prévus » after « le coût devrait dépasser les 9 milliards »: the difference of two source
    figures of its kind, one said in this sentence, the other here or just before — the article
    shows what it computed."""
    if use.value is None:
        return False
    mine = [f for f in sentence.statement.figures if f is not use and _operand(f, use, index)]
    before = [n.statement for n in neighbours if n.number < sentence.number]
    others = mine + [f for s in before for f in s.figures if _operand(f, use, index)]
    return any(
        a.value is not None and b.value is not None and abs(a.value - b.value) == use.value
        for a in mine
        for b in others
        if b is not a
    )


def _operand(figure: FigureUse, use: FigureUse, index: SourceIndex) -> bool:
    """A source figure of `use`'s kind (« 8 milliards » after « … de dollars »: its currency
    said once, as the source gives it)."""
    if figure.value is None:
        return False
    if figure.kin == use.kin:
        return figure.key in index.figure_keys
    currency = use.key.rsplit(" ", 1)[-1]
    return (
        use.kind == "amount"
        and figure.kind == "number"
        and (f"{figure.key} {currency}" in index.figure_keys)
    )


_TOTAL = re.compile(r"\b(?:au total|en tout|au cumul|soit)\b", re.IGNORECASE)


def _kind(figure: FigureUse) -> str:
    """A figure's kind, an amount with its currency (« amount EUR »): sums and differences are
    of one kind."""
    return f"amount {figure.key.split()[-1]}" if figure.kind == "amount" else figure.kind


def _said_computed(computed: str, use: FigureUse, text: str) -> bool:
    """The article says it computed: a sum « au total » (« en tout », « soit »), a gap between
    two percentages in « points », the rest of a whole (« 26 pays ont participé à la finale, 17
    autres sont restés à la porte » of the source's 43), or names again what it computed (« ces
    dix-sept pays », paragraphs later)."""
    if _DEMONSTRATIVE.search(text[: use.start]):
        return True  # « ces dix-sept pays »: the count the article made, named again
    if computed == "sum":
        return _TOTAL.search(text) is not None
    if computed == "difference":  # « 17 autres », « deux milliards d'euros séparent … »
        after = text[use.start + len(use.text) :]
        return _OTHERS.match(after) is not None or _SEPARATE.match(after) is not None
    return computed == "points" and use.noun == "point"


_OTHERS = re.compile(r"\s*autres\b", re.IGNORECASE)
# « deux milliards d'euros séparent l'estimation basse de la haute »: the gap between the two
# (a gap said « de plus » is judged by computed.difference_at, which asks the source for none)
_SEPARATE = re.compile(r"\s*(?:\S+\s+)?sépar", re.IGNORECASE)


def _said_again(use: FigureUse, sentence: Sentence, neighbours: list[Sentence]) -> bool:
    """« Pour ces dix-sept pays » after « 17 autres sont restés à la porte »: a figure after a
    demonstrative that an earlier sentence of the article gives."""
    if not _DEMONSTRATIVE.search(sentence.statement.text[: use.start]):
        return False
    return any(
        f.key == use.key
        for n in neighbours
        if n.number < sentence.number
        for f in n.statement.figures
    )


def _recounted(use: FigureUse, index: SourceIndex) -> tuple[int, str] | None:
    """ "trois fois" where the source counts "quatre fois": the same thing counted otherwise."""
    if not use.noun:
        return None
    for uses in index.uses.values():
        for theirs, at in uses:
            if theirs.noun == use.noun and theirs.key != use.key and theirs.kin == "count":
                return at, theirs.text
    return None


# A bracket of ranks (« dans le top 10 », « parmi les dix premières », « les 15 meilleurs »);
# lexicon/rank_brackets.txt holds its words.
_BRACKET_WORDS = by_tag("rank_brackets")
_TOP_BEFORE = re.compile(
    r"(?<![\w-])(?:" + "|".join(_BRACKET_WORDS["before"]) + r")[\s\u00a0-]*$", re.IGNORECASE
)
_FIRST_AFTER = re.compile(
    r"^[\s\u00a0]+(?:" + "|".join(_BRACKET_WORDS["after"]) + r")(?![\w-])", re.IGNORECASE
)
_LES_BEFORE = re.compile(r"(?<![\w-])les[\s\u00a0]+$", re.IGNORECASE)
# where a clause of a sentence ends, for the one a rank is said in (not a comma: « La Française
# X, présentée comme favorite, termine 26e »)
_CLAUSE_BREAK = re.compile(
    r"[;:]|\b(?:tandis|alors|pendant|mais|quand|lorsqu['’]?e?)\b|,\s*(?:et|puis)\b",
    re.IGNORECASE,
)
_NAMED = re.compile(r"(?<![\w'’-])[A-ZÀ-Ý][\w-]{3,}")


def _rank_bracket(use: FigureUse, sentence: Sentence, index: SourceIndex) -> bool:
    """« la Suissesse se hisse dans le top 10 » for the source's « la Suissesse Jolanda Neff
    prend la 8 e position »: a bracket of ranks (« top N », « les N premiers ») that holds a
    rank the source gives of the same one — a rank in a source clause naming a name the
    article's clause names, or, where it names none, every rank of the source sentence it
    restates best. A rank outside it (« top 5 » for 8e) or another's vouches for nothing."""
    if use.value is None or use.value < 2:
        return False
    text = sentence.statement.text
    before, after = text[: use.start], text[use.start + len(use.text) :]
    if not (_TOP_BEFORE.search(before) or _LES_BEFORE.search(before) and _FIRST_AFTER.match(after)):
        return False
    names = set(_NAMED.findall(_clause_at(text, use.start)))
    if names:
        return any(
            rank <= use.value and names & set(_NAMED.findall(_clause_at(s.text, at)))
            for s in index.statements
            for at, rank in _ranks(s)
        )
    best = [index.statements[at] for _, at in sentence.aligned[:1]]
    ranks = [rank for s in best for _, rank in _ranks(s)]
    return bool(ranks) and all(rank <= use.value for rank in ranks)


def _clause_at(text: str, at: int) -> str:
    """The clause of `text` that offset `at` lies in (_CLAUSE_BREAK)."""
    starts = [0, *(m.end() for m in _CLAUSE_BREAK.finditer(text) if m.end() <= at)]
    ends = [m.start() for m in _CLAUSE_BREAK.finditer(text) if m.start() > at]
    return text[max(starts) : min(ends, default=len(text))]


def _ranks(statement: Statement) -> list[tuple[int, Decimal]]:
    """(offset, rank) of each rank a statement gives: an ordinal in digits (« 8 e », « 14e ») or
    in words (« troisième »)."""
    found = [
        (f.start, f.value)
        for f in statement.figures
        if f.value is not None and ORDINAL_WRITTEN.fullmatch(f.text)
    ]
    found += [(f.start, Decimal(f.key)) for f in spelled_ordinals(statement.text)]
    return found


def _bounded(
    use: FigureUse, sentence: Sentence, neighbours: list[Sentence], index: SourceIndex
) -> bool:
    """ "plus de la moitié" beside the source's 53 %: a bound the article's own nearest
    percentage (same sentence, else the one before, else the one after) keeps (« Au-delà de
    100 %, les prisons accueillent plus de détenus que de places. À 167 %, … »)."""
    if use.kind != "percentage" or use.comparator not in ("more", "less") or use.value is None:
        return False
    previous = [n for n in neighbours if n.number < sentence.number]
    after = [n for n in neighbours if n.number == sentence.number + 1]
    for statement in [sentence.statement] + [n.statement for n in previous + after]:
        values = [
            f.value
            for f in statement.figures
            if f.kind == "percentage"
            and f is not use
            and f.key in index.figure_keys
            and f.value is not None
        ]
        if values:
            if use.comparator == "more":
                return all(v > use.value for v in values)
            return all(v < use.value for v in values)
    return False


def _rounded(use: FigureUse, index: SourceIndex) -> bool:
    """ "près de 1,3 million" for 1 306 852, "plus de 1,3 million" too: a rounded figure said so."""
    if use.value is None or not use.comparator:
        return False
    for key, uses in index.uses.items():
        for theirs, at in uses:
            if (
                theirs.kind != use.kind
                or theirs.value is None
                or theirs.kin != use.kin
                and use.kin != "count"
                or theirs.kin == "year" != use.kin  # a year is no quantity: « environ 2 000 »
            ):
                continue
            if use.kind == "amount" and key.split(" ")[-1] != use.key.split(" ")[-1]:
                continue
            exact = theirs.value
            if not rounds_to(exact, use.value):
                continue
            if counts_another(use, theirs, index.statements[at].text):
                continue  # « plus de cent morts » rounds no « en blesse 110 autres »
            if use.comparator == "about" or (use.comparator == "more") == (exact > use.value):
                return True
    return False


_POWERS = {"2": "²", "3": "³", "carré": "²", "cube": "³"}
_SQUARED = {"m": "m", "mètre": "m", "km": "km", "kilomètre": "km", "cm": "cm", "centimètre": "cm"}


def _squared(head: Token, unit: str) -> str | None:
    """An area or a volume written with its power apart: « 2 500 m 2 » (a superscript the source's
    text lost), « 300 mètres carrés » — as « m² » (« km² », « m³ »)."""
    base = _SQUARED.get(unit)
    if base is None or head.i + 1 >= len(head.doc):
        return None
    power = head.nbor(1)
    if power.text in ("2", "3"):  # no other number after it: not « 4 m 2 fois », « 5 m 20 »
        later = power.nbor(1) if power.i + 1 < len(power.doc) else None
        if later is not None and (later.like_num or later.pos_ == "NOUN"):
            return None
        return base + _POWERS[power.text]
    return base + _POWERS[power.lemma_] if power.lemma_ in _POWERS else None


def _counted_alike(noun: str, unit: str | None) -> bool:
    """A noun that counts what a unit measures (lexicon counted: « anniversaire » and « an »)."""
    return any(noun in nouns and unit in nouns for nouns in by_tag("counted").values())


def counts_another(use: FigureUse, theirs: FigureUse, text: str) -> bool:
    """The source's figure counts another class of thing (lexicon counted) than the article's
    noun, by its own noun or a word said just before it (`_said_before`), and no word of the
    article's class stands within COUNTED_REACH words either side of it: « cent morts » is no
    rounding of « en blesse 110 autres », « mille cinq cents blessés » is one of « 1 527
    personnes ont été blessées » (a generic noun, lexicon generic, counts no class)."""
    counted = by_tag("counted")
    mine = {tag for tag, nouns in counted.items() if use.noun in nouns}
    if not mine or _said_around(theirs, text, mine):
        return False
    noun = theirs.noun if theirs.noun not in words("generic") else None
    other = {tag for tag, nouns in counted.items() if noun in nouns}
    other |= {tag for tag in counted if _said_before(theirs, text, {tag})}
    return bool(other - mine)


def _counts_alike(use: FigureUse, theirs: FigureUse, text: str) -> bool:
    """The source's count counts what the article's counts: the same noun, or one of its class
    (lexicon counted), the source's own or said after it (« cinq morts » for « six personnes
    sont mortes », « onze décès »)."""
    if theirs.noun == use.noun:
        return True
    mine = _classes(use.noun)
    return bool(mine) and bool(mine & counted_class(theirs, text))


def _said_alike(use: FigureUse, text: str, theirs: FigureUse, source_text: str) -> bool:
    """The article's count of anyone (lexicon generic: « douze personnes ») said with a word of
    a class after it (« … ont été tuées ») counts what the source's count of that class counts
    (« sept morts »): the class each sentence says, each by its own words (`counted_class`)."""
    mine = counted_class(use, text) if use.noun in words("generic") else set()
    return bool(mine) and bool(mine & counted_class(theirs, source_text))


def _may_count(use: FigureUse, theirs: FigureUse, text: str) -> bool:
    """Whether the source's figure may count what the article's does: either is no count, or
    has no noun of its own, or one that counts anything (lexicon generic), or they count alike
    (`_counts_alike`)."""
    if use.kin != "count" or theirs.kin != "count" or not use.noun or not theirs.noun:
        return True
    generic = words("generic")
    return use.noun in generic or theirs.noun in generic or _counts_alike(use, theirs, text)


def _classes(noun: str | None) -> set[str]:
    return {tag for tag, nouns in by_tag("counted").items() if noun in nouns}


def counted_class(theirs: FigureUse, text: str) -> set[str]:
    """What a source count counts (lexicon counted): its noun's class, else — no noun, or one
    that counts anything (lexicon generic: « personnes ») — the first word of a class among the
    COUNTED_REACH words after it (« six personnes sont mortes », « huit ont été blessées »)."""
    if theirs.noun and theirs.noun not in words("generic"):
        return _classes(theirs.noun)
    counted = by_tag("counted")
    after = _WORDS.findall(text[theirs.start + len(theirs.text) :].lower())[:COUNTED_REACH]
    generic = _stems(words("generic"))
    for word in after:
        if _of_stem(word, generic):
            continue  # « personnes », « gens »: anyone, of any class
        tags = {tag for tag, nouns in counted.items() if _of_stem(word, _stems(nouns))}
        if tags:
            return tags
    return set()


@cache
def _stems(nouns: frozenset[str]) -> frozenset[str]:
    return frozenset(_y_as_i(n)[:NOUN_STEM] for n in nouns)


def _said_around(theirs: FigureUse, text: str, kind: set[str]) -> bool:
    """A word of the class `kind` among the COUNTED_REACH words after the source's figure, or
    before it (`_said_before`)."""
    nouns = {_y_as_i(n)[:NOUN_STEM] for tag in kind for n in by_tag("counted")[tag]}
    after = _WORDS.findall(text[theirs.start + len(theirs.text) :].lower())[:COUNTED_REACH]
    return _said_before(theirs, text, kind) or any(_of_stem(w, nouns) for w in after)


def _collective(use: FigureUse, index: SourceIndex) -> bool:
    """« environ cent journalistes » for the source's « une centaine de journalistes »: about
    the number a collective noun of the source gathers (lexicon/collectives.txt), said so."""
    if use.comparator != "about" or use.value is None:
        return False
    return any(
        int(number) == use.value and re.search(rf"\bune\s+{word}\b", index.text, re.IGNORECASE)
        for word, number in tagged("collectives").items()
    )


def _currency_once(use: FigureUse, index: SourceIndex) -> bool:
    """« de 22,5 milliards à 21,6 milliards de dollars » for the source's « passant de 22,5
    milliards à 21,6 milliards » after its « 900 millions de dollars »: an amount whose number
    the source gives bare, in a currency the source gives its amounts in."""
    if use.kind != "amount" or " " not in use.key:
        return False
    number, currency = use.key.rsplit(" ", 1)
    return number in index.figure_keys and any(
        key.endswith(f" {currency}") for key in index.figure_keys
    )


def _currency_elided(use: FigureUse, index: SourceIndex) -> bool:
    """« plus d'un milliard promis ; de l'autre, deux milliards et demi réclamés » for the
    source's « un milliard d'euros » and « 2,5 milliards d'euros »: a sum of millions or more
    said bare, counting nothing, whose value the source gives as an amount — its currency left
    to the sentences around it, no other figure."""
    if use.kind != "number" or use.noun or use.value is None or use.value < 1_000_000:
        return False
    return any(key.startswith(f"{use.key} ") for key in index.figure_keys if not key[-1].isdigit())


_BARE = re.compile(r"^([\d][\d\s\u00a0\u202f.,]*?)\s*(%|pour\s*cent|[^\W\d_]+)?$", re.IGNORECASE)


_EN = re.compile(r"(?<![\w-])en\s+\w+", re.IGNORECASE)


def _said_once(use: FigureUse, index: SourceIndex) -> bool:
    """« 9,5 % » for the source's « de 22 % chez les femmes et de 9, 5 chez les hommes », « les 7
    millions » for its « 6 millions …, moins que les 7 »: a number the source writes bare in a
    sentence that gives the article's unit (« % ») or scale (« millions ») on another of its
    figures — said once for the list — and with no unit of its own there; or in the sentence
    before, where « en » takes its unit up (« Le collectif en réclame 2,1 de plus »)."""
    found = _BARE.match(use.text.strip())
    if use.value is None or found is None or not found.group(2) or use.kind == "date":
        return False
    bare, said = found.group(1), found.group(2).lower()
    percent = use.kind == "percentage"
    if not percent and said not in tagged("scales"):
        return False
    for n, statement in enumerate(index.statements):
        text = normalise(statement.text)
        # …or in the sentence before, its unit taken up by « en » (« … réclamait 2,5 milliards
        # d'euros. Le collectif en réclame 2,1 de plus. »)
        before = [index.statements[n - 1]] if n and _EN.search(text) else []
        others = [
            f
            for s in (statement, *before)
            for f in s.figures
            if (f.kind == "percentage" if percent else said in normalise(f.text))
        ]
        if not others:
            continue
        for _, end in loose_spans(bare, text):
            after = _WORDS.match(text[end:].lstrip())
            if after is None or after.group(0) not in words("units"):
                return True
    return False


def _converted(use: FigureUse, index: SourceIndex) -> bool:
    """« environ 480 kilomètres » for the source's 300 milles: a figure in another unit, equal
    to a source figure converted (lexicon/conversions.txt) as far as the article rounds it."""
    from engine.text.lexicon import lines

    if use.value is None or not use.unit or use.value == 0:
        return False
    for line in lines("conversions"):
        source_unit, unit, factor = line.split()
        if unit != use.unit:
            continue
        for uses in index.uses.values():
            for theirs, _ in uses:
                if theirs.unit == source_unit and theirs.value is not None:
                    exact = theirs.value * Decimal(factor)
                    if rounds_to(exact, use.value) or abs(exact - use.value) <= exact / CONVERTED:
                        return True
    return False


# How far a fraction in words may be from the source's percentage it says: « un tiers » for
# 33 % or 34 %, « environ un tiers » for 32 to 35 % (points of percentage)
FRACTION_SLACK = Decimal(1)
FRACTION_ABOUT_SLACK = Decimal("2.5")


def as_fraction(exact: Decimal, said: FigureUse | Figure, about: bool) -> bool:
    """Whether `said`, a fraction in words (« un tiers », « deux tiers »: lexicon fractions),
    says the source's percentage `exact`: within FRACTION_SLACK of it, FRACTION_ABOUT_SLACK with
    « environ », « près de »."""
    if said.kind != "percentage" or not _FRACTION_WORD.search(said.text):
        return False
    value = Decimal(said.key.rstrip("%"))
    return abs(exact - value) <= (FRACTION_ABOUT_SLACK if about else FRACTION_SLACK)


_FRACTION_WORD = re.compile(r"\b(?:" + "|".join(tagged("fractions")) + r")\b", re.IGNORECASE)


def _fraction_of_source(use: FigureUse, index: SourceIndex) -> bool:
    """« augmenter les impôts d'environ un tiers » for the source's « de 33 % »."""
    return any(
        theirs.kind == "percentage"
        and theirs.value is not None
        and as_fraction(theirs.value, use, use.comparator == "about")
        for uses in index.uses.values()
        for theirs, _ in uses
    )


def _fraction_bound(use: FigureUse, sentence: Sentence, index: SourceIndex) -> str | None:
    """« un peu plus d'un tiers des électeurs » for the source's « 38 % »: a fraction in words
    bounded on the side the source's share lies, within KEPT_AS_BOUND points of it — "restated"
    where a source sentence as close as the best the sentence restates gives that share, the
    source's own figure kept as a bound; "elsewhere" where only another sentence does (which
    share it bounds is a guess: a review); None where no share of the source fits."""
    if use.kind != "percentage" or use.comparator not in ("more", "less") or use.value is None:
        return None
    if not _FRACTION_WORD.search(use.text):
        return None
    best = sentence.aligned[0][0] if sentence.aligned else 0.0
    close = {i for score, i in sentence.aligned if score >= ALIGNED and score >= best - CLOSE}
    found = None
    for uses in index.uses.values():
        for theirs, at in uses:
            if theirs.kind != "percentage" or theirs.value is None:
                continue
            gap = theirs.value - use.value if use.comparator == "more" else use.value - theirs.value
            if 0 < gap <= KEPT_AS_BOUND:
                if at in close:
                    return "restated"
                found = "elsewhere"
    return found


def _fraction_of_figures_shown(
    use: FigureUse, sentence: Sentence, neighbours: list[Sentence], index: SourceIndex
) -> bool:
    """« Sur 83 années de vie, il en a passé 46 en prison, soit plus de la moitié »: a fraction in
    words bounding the share one figure the sentence (or the one before) shows is of a larger
    one it shows, on the side the share lies — the writer's sum, true, its figures judged
    themselves. « plus de la moitié de sa vie » after « quarante-six ans en prison » may take its
    whole from the source (« mort à 83 ans »: a figure of the part's unit), a bound from above
    being met by no whole much larger than the part. A bound on the wrong side is left to the
    figure checks."""
    if use.kind != "percentage" or use.value is None or not _FRACTION_WORD.search(use.text):
        return False
    before = [n for n in neighbours if n.number == sentence.number - 1]
    shown = [
        f
        for s in (*before, sentence)
        for f in s.statement.figures
        if f.value is not None and f.value > 0 and f.kind == "number"
        if f.kin not in ("year", "date", "time")
    ]
    wholes = [f.value for f in shown]
    if use.comparator == "more":
        units = {f.unit for f in shown if f.unit}
        wholes += [
            theirs.value
            for uses in index.uses.values()
            for theirs, _ in uses
            if theirs.unit in units and theirs.value is not None and theirs.kind == "number"
        ]
    if any(
        part.value < whole and _share_said(100 * part.value / whole, use)
        for part in shown
        for whole in wholes
    ):
        return True
    return any(_share_of_source_whole(use, part, index) for part in shown)


def _share_said(share: Decimal, use: FigureUse) -> bool:
    """Whether a fraction in words says `share` (a percentage): bounds it on its side (« plus
    de la moitié »), or says it within the slack of a fraction (« près des deux tiers », « le
    tiers »)."""
    assert use.value is not None
    if use.comparator in ("more", "less"):
        return (1 if use.comparator == "more" else -1) * (share - use.value) > 0
    return as_fraction(share, use, use.comparator == "about")


def _share_of_source_whole(use: FigureUse, part: FigureUse, index: SourceIndex) -> bool:
    """« Les personnes sans aucune activité, au nombre de 3 506 600, en représentent plus de la
    moitié » for the source's « … compte 3 506 600 personnes. Au total, 5 442 100 personnes sont
    inscrites »: the part a source figure, its whole one the source counts in the same noun,
    larger — the share said holds of every such whole (one whole, or the bound true of them all),
    where the article need not show it again."""
    assert part.value is not None
    nouns = {theirs.noun for theirs, _ in index.uses.get(part.key, ()) if theirs.noun}
    wholes = {
        theirs.value
        for uses in index.uses.values()
        for theirs, _ in uses
        if theirs.noun in nouns and theirs.kind == "number" and theirs.kin == "count"
        if theirs.value is not None and theirs.value > part.value
    }
    return bool(wholes) and all(_share_said(100 * part.value / w, use) for w in wholes)


def _converse_of_factor(
    use: FigureUse, sentence: Sentence, neighbours: list[Sentence], index: SourceIndex
) -> bool:
    """« Pluton se trouve à moins de la moitié de cette distance » for the source's « elle est
    plus de deux fois plus éloignée du Soleil que Pluton »: a fraction in words that is one over
    a factor of a source sentence this sentence or the one before restates, its bound the
    converse of the factor's (« plus de deux fois » is « moins de la moitié »; « trois fois
    moins » « un tiers »)."""
    if use.kind != "percentage" or not _FRACTION_WORD.search(use.text):
        return False
    before = [n for n in neighbours if n.number == sentence.number - 1]
    at = {i for s in (sentence, *before) for _, i in s.aligned}
    side = _CONVERSE.get(use.comparator)
    return any(
        factor.value > 1
        and _CONVERSE.get(factor.comparator) == use.comparator
        and as_fraction(100 / factor.value, use, side in (None, "about"))
        for i in at
        for factor in factors(index.statements[i].text)
    )


_CONVERSE = {"more": "less", "less": "more", "about": "about", None: None}


def rounds_to(exact: Decimal, rounded: Decimal) -> bool:
    """`rounded` is `exact` said with fewer digits: to its last one (« 1,3 million » for
    1 306 852), or to a five there, within one unit of it (« près de 45 » for 44, « environ 1,5
    million » for 1,43 million; a five of one digit alone, « 500 », rounds nothing so near).
    What is not a whole number of that last digit rounds nothing: 90 is no 124 to the hundred."""
    if rounded == 0 or exact == 0:
        return False
    significant = format(rounded.normalize(), "f").replace(".", "").strip("0")
    digits = len(significant) or 1
    magnitude = exact.adjusted() - digits + 1
    quantum = Decimal(1).scaleb(magnitude)
    if _off_the_grid(rounded, quantum):
        return False
    if digits > 1 and significant.endswith("5") and abs(exact - rounded) <= quantum:
        return True
    return abs(exact - rounded) <= quantum / 2 or exact.quantize(quantum) == rounded


def _off_the_grid(rounded: Decimal, quantum: Decimal) -> bool:
    """`rounded` is no whole number of `quantum` (a figure of endless digits, « un tiers de
    million », is judged by its nearness alone)."""
    try:
        return bool(rounded % quantum)
    except InvalidOperation:
        return False


def _rounds_in_place(use: FigureUse, swapped: tuple[int, str], index: SourceIndex) -> bool:
    """A figure said roughly (« près de », « environ ») that rounds, to two digits at least, the
    source's figure in its place (« le premier tour avait réuni près de 1,7 million de votants »
    for its 1 655 919, though the sentence gives 1,7 million for another fact): that figure,
    rounded, no swap. One digit rounds too much to tell (« près de 2 millions »)."""
    at, theirs = swapped
    if use.comparator != "about" or use.value is None:
        return False
    digits = format(use.value.normalize(), "f").replace(".", "").strip("0")
    return len(digits) >= 2 and any(
        f.text == theirs and f.value is not None and rounds_to(f.value, use.value)
        for f in index.statements[at].figures
    )


def _anaphoric_swap(use: FigureUse, sentence: Sentence, index: SourceIndex) -> Problem | None:
    """A small figure after « les », « ses », « ces » (`FigureUse.anaphoric`: « les deux
    candidats » counts what was said) that the source sentence surely restated gives with
    another number, of the same unit or noun (« dans les dix dernières minutes » for « dans les
    quatre dernières minutes »): not what the article counted before, the source's figure
    changed. Hard where the sentence surely restates that one (`certainty`) and the figure is
    said with the words the source says the other with (`in_slot`), else a review."""
    at = restated(sentence)
    summary = sentence.target is not None and sentence.target.kind in SUMMARIES
    if at is None or summary or question(sentence):
        return None
    source = index.statements[at]
    if any(day_key(f.key) == day_key(use.key) for f in source.figures):
        return None
    rivals = [
        f
        for f in source.figures
        if f.kin == use.kin
        and f.value is not None
        and (f.unit == use.unit if use.unit else f.unit is None and f.noun == use.noun)
        and (use.unit or use.noun)
        and not any(g.key == f.key for g in sentence.statement.figures)
    ]
    if len(rivals) != 1:
        return None
    theirs = rivals[0].text
    sure = certainty(sentence) == "hard" and in_slot(use, sentence, index, at, theirs)
    grade = "hard" if sure else "review"
    return Problem(
        RULE, grade, f"gives «{use.text}» where the source gives «{theirs}»", at, use.text
    )


def _together_elsewhere(statement: Statement, at: int | None, index: SourceIndex) -> bool:
    """« la hausse atteint 107 700 personnes, soit 1,8 % » worded as the source's monthly sentence
    (« 18 000 personnes (+ 0,3 %) ») but with the figures its yearly one gives together (« + 107
    700, 1,8 % »): two figures or more of the sentence, all of them in one source sentence other
    than the one compared, say which sentence is restated better than its words do — where
    they count there what they count here (`_may_count`: the source's « cinq établissements et
    deux écoles » vouch for no « cinq roquettes en deux séries »)."""
    mine = [f for f in statement.figures if not f.anaphoric]
    return len({f.key for f in mine}) >= 2 and any(
        i != at
        and all(
            any(g.key == f.key and _may_count(f, g, other.text) for g in other.figures)
            for f in mine
        )
        for i, other in enumerate(index.statements)
    )


def _swapped(use: FigureUse, sentence: Sentence, index: SourceIndex) -> tuple[int, str] | None:
    """The source sentence this one restates gives another figure of the same kin where this one
    stands, and no sentence holding this figure is as close (the figure itself left out of the
    comparison, or it would pull its own sentence closer)."""
    if use.kin == "year" and use.key == source_year(index):
        return None  # the year of the source's dateline: the year of its events
    if use.kind == "date" and use.key == source_date(index):
        return None  # the dateline's date is the article's date, not a fact of one sentence
    if len(use.key) == 7 and _dated(use, index):
        return None  # "août 2016": the source's month, in the dateline's year
    if _rounded_again(use, sentence.statement):
        return None  # « 5,1 milliards d'euros, soit environ 5 milliards »: the same, rounded
    lemmas = sentence.statement.lemmas - {f"#{day_key(use.key)}"}
    scores = [index.score(lemmas, i) for i in range(len(index.statements))]
    best = max(range(len(scores)), key=scores.__getitem__, default=None)
    if best is None or scores[best] < ALIGNED:
        return None
    top = scores[best]
    aligned = [i for i, score in enumerate(scores) if score >= top - CLOSE]
    aligned += fragments_beside(best, index)
    aligned += [best + 1] if continues(best + 1, index) and scores[best + 1] > 0 else []
    if any(_holds(index.statements[i], use) for i in aligned):
        if (taken := _taken_from_next(use, sentence, best, aligned, index)) is not None:
            return taken
        if use.noun and use.kin == "count":
            return _counted_swap(use, aligned, index)
        return _said_twice(use, sentence.statement, aligned, index)
    holding = [i for i, s in enumerate(index.statements) if _holds(s, use)]
    if max((scores[i] for i in holding), default=0.0) >= top - HOLDING:
        return None
    if own_place(use, sentence, index):
        return None  # said with the words the source gives it with, in another sentence
    rivals = [
        other
        for other in index.statements[best].figures
        if other.kin == use.kin
        and other.key != use.key
        and (
            use.kin != "count"
            or _counts_alike(use, other, index.statements[best].text)
            or _said_alike(use, sentence.statement.text, other, index.statements[best].text)
        )
        and other.key != source_date(index)  # the article's date, no fact of this sentence
    ]
    left = [other for other in rivals if not _holds(sentence.statement, other)]
    if not left:
        return None  # the source's figures are there too: this one is another fact
    rivals = left  # « sur le score de 15-12 » for « 15-14 »: the one not kept is replaced
    if _COMPARED_TO_ONE.search(sentence.statement.text):
        return None  # « … lorsqu'on le compare à celui de l'an passé »: the other one, named
    return best, min(rivals, key=lambda other: _distance(use, other)).text


def _rounded_again(use: FigureUse, statement: Statement) -> bool:
    """A figure that says again, rounded, one its sentence gave just before (« 5,1 milliards
    d'euros en 2017, soit environ 5 milliards », « 287 710 manifestants, c'est-à-dire près de
    290 000 »): within a tenth of it, of its kin, after « soit », « c'est-à-dire » and a word
    of approximation."""
    if use.value is None or _ROUNDED_AGAIN.search(statement.text[: use.start]) is None:
        return False
    return any(
        other.start < use.start
        and other.kin == use.kin
        and other.value
        and abs(other.value - use.value) <= other.value * ROUNDED_AGAIN
        for other in statement.figures
    )


ROUNDED_AGAIN = Decimal("0.1")  # a share of a figure its rounding stays within
_ROUNDED_AGAIN = re.compile(
    r"\b(?:soit|c['’]est-à-dire|autrement\s+dit)\s+(?:environ|près\s+de|presque|quelque|"
    r"à\s+peu\s+près|un\s+peu\s+(?:plus|moins)\s+de|plus\s+de|moins\s+de)\s*$",
    re.IGNORECASE,
)


# Two figures said as one pair: a score or a vote (« 15-14 », « quinze touches à quatorze »,
# « 22 voix contre 10 »), a range (« de 10 à 15 »).
_PAIRED = re.compile(r"\s*[-–]\s*|\s+(?:[^\W\d_]+\s+)?(?:à|contre)\s+", re.IGNORECASE)


def _pairs(statement: Statement) -> list[tuple[FigureUse, FigureUse]]:
    """The pairs of figures of one kin the sentence says as one (`_PAIRED`), first one first."""
    found = [f for f in statement.figures if f.kind == "number" and f.kin not in ("year",)]
    return [
        (a, b)
        for a, b in zip(found, found[1:], strict=False)
        if a.kin == b.kin
        and _PAIRED.fullmatch(statement.text[a.start + len(a.text) : b.start]) is not None
    ]


def _pair_swapped(
    use: FigureUse, statement: Statement, index: SourceIndex
) -> tuple[int, str] | None:
    """A figure of a pair (a score, a vote, a range) whose other figure stands where a source pair
    has it, and that source pair gives another figure in this one's place (« sur le score de
    15-12 » or « quinze touches à douze » for the source's « 15-14 », its 12 another score's):
    certain, the pair pins the slot. None where a source pair is these two figures, in either
    order; where each figure stands in the place of a source pair, the second is told."""
    for first, second in _pairs(statement):
        if use is not first and use is not second:
            continue
        mine = {day_key(first.key), day_key(second.key)}
        theirs = [(at, pair) for at, s in enumerate(index.statements) for pair in _pairs(s)]
        if any({day_key(a.key), day_key(b.key)} == mine for _, (a, b) in theirs):
            return None
        place = 0 if use is first else 1
        partner = (first, second)[1 - place]
        if place == 0 and any(day_key(pair[0].key) == day_key(use.key) for _, pair in theirs):
            continue  # each figure in the place of a source pair: one swap, told of the second
        for at, pair in theirs:
            if day_key(pair[1 - place].key) == day_key(partner.key) and pair[place].kin == use.kin:
                return at, pair[place].text
    return None


# « de plus de 89 % en 2015 à 39,26 % en 2016 », « de 9,7 % à 9,5 % »: a change from one
# figure to another (a year may date the first).
_FROM = re.compile(r"\bd(?:e\s+|['’]\s*)(?:(?:plus|moins|près)\s+d(?:e\s+|['’]\s*))?$", re.I)
_TO = re.compile(
    r"(?:\s*,?\s+en\s+\d{4}\s*,?)?\s+à\s+(?:(?:plus|moins|près)\s+d(?:e\s+|['’]\s*))?", re.I
)
_DIGITS_BEFORE = re.compile(r"^[\d\s\u00a0\u202f,.]*\d")


def changes_from_to(statement: Statement) -> list[tuple[FigureUse, FigureUse]]:
    """The changes « de A à B » a sentence gives, as (A, B): two figures of one kin (A's unit
    may be left to B's: « de 9,7 à 9,5 % »), A after « de », B after « à » right after it."""
    text, out = statement.text, []
    found = [f for f in statement.figures if f.kin not in ("year", "date", "time")]
    for a, b in itertools.pairwise(found):
        elided = a.kind == "number" and a.unit is None and a.noun is None  # « de 9,7 à 9,5 % »
        if (a.kin != b.kin and not elided) or a.value is None or a.value == b.value:
            continue
        if not _FROM.search(text[max(0, a.start - 20) : a.start]):
            continue
        between = text[a.start + len(a.text) : b.start]
        if a.start + len(a.text) > b.start:  # « 9,7 à 9,5 % », read as one range and its end
            between = _DIGITS_BEFORE.sub("", text[a.start : b.start], count=1)
        if _TO.fullmatch(between):
            out.append((a, b))
    return out


def _reversed_change(sentence: Sentence, index: SourceIndex) -> Iterator[Problem]:
    """« passé de 39,26 % à plus de 89 % » for the source's « passé de plus de 89 % … à 39,26 % »:
    the change the sentence restated gives, its two figures the other way round — the start
    made the end (certain: the very two figures, each in the other's place)."""
    at = restated(sentence)
    if at is None:
        return
    theirs = {(a.value, b.value): (a, b) for a, b in changes_from_to(index.statements[at])}
    for a, b in changes_from_to(sentence.statement):
        if (a.value, b.value) not in theirs and (b.value, a.value) in theirs:
            first, last = theirs[b.value, a.value]
            problem = (
                f"makes the change go from «{a.text}» to «{b.text}»: the source goes from "
                f"«{first.text}» to «{last.text}»"
            )
            yield Problem(RULE, "hard", problem, at, a.text)
    yield from _turned_against(sentence.statement, index.statements[at], at)


def _turned_against(statement: Statement, source: Statement, at: int) -> Iterator[Problem]:
    """« le chômage recule nettement, de 20,9 % à 21,2 % » for the source's « en nette hausse,
    passant de 20,9 à 21,2 % »: the one change of the sentence, the source sentence's own two
    figures in its order, told with a word of the other way — the writer's figures and the
    source both say which way it went (a word of that way in the source sentence leaves it)."""
    from engine.gate.claims.direction import comparison

    mine = changes_from_to(statement)
    if len(mine) != 1:
        return
    a, b = mine[0]
    assert a.value is not None and b.value is not None
    if (a.value, b.value) not in {(x.value, y.value) for x, y in changes_from_to(source)}:
        return
    way = 1 if b.value > a.value else -1
    words = [(sign, word) for sign, _, word in statement.directions if not comparison(word)]
    if not words or any(sign == way for sign, _ in words):
        return
    if any(sign == -way for sign, _, word in source.directions if not comparison(word)):
        return
    problem = (
        f"says «{words[0][1]}» of a change from «{a.text}» to «{b.text}»: "
        f"{'a rise' if way > 0 else 'a fall'}, as the source says"
    )
    yield Problem(RULE, "hard", problem, at, words[0][1])


# A figure compared with another the sentence names by a pronoun: the source's other figure.
_COMPARED_TO_ONE = re.compile(
    r"\b(?:contre|par rapport aux?|par rapport à|compar\w* aux?|compar\w* à)\s+"
    r"(?:celui|celle|ceux|celles)\b",
    re.IGNORECASE,
)


def _taken_from_next(
    use: FigureUse, sentence: Sentence, best: int, aligned: list[int], index: SourceIndex
) -> tuple[int, str] | None:
    """« La chanteuse de vingt-sept ans venait de terminer son concert » for « La jeune femme de
    22 ans venait d'achever son concert », where the sentence after it gives « un jeune homme de
    27 ans »: the figure held only by a sentence the restated one goes on into, said where the
    restated sentence gives its own figure of that kin and unit (`in_slot`), with no word only
    that sentence says — the other one's figure in its place."""
    if _holds(index.statements[best], use):
        return None
    restated = index.statements[best].lemmas
    said = {w for w in sentence.statement.lemmas if not w.startswith("#")}  # words, no figures
    holders = [i for i in aligned if i != best and _holds(index.statements[i], use)]
    if any(said & (index.statements[i].lemmas - restated) for i in holders):
        return None  # « Un an plus tôt, Brest comptait 23 500 » for « Il en comptait 23 500 un
        # an plus tôt »: a word only the sentence that goes on says, that sentence merged in
    for other in index.statements[best].figures:
        if (
            other.kin == use.kin
            and other.unit == use.unit
            and other.key != use.key
            and not _holds(sentence.statement, other)
            and in_slot(use, sentence, index, best, other.text)
        ):
            return best, other.text
    return None


def _said_twice(
    use: FigureUse, statement: Statement, aligned: list[int], index: SourceIndex
) -> tuple[int, str] | None:
    """ "à deux minutes … avec deux minutes d'avance" where the source sentence says « à six
    minutes … deux minutes d'avance »: the sentence gives the figure more often than each
    aligned source sentence that holds it, and leaves out that sentence's other figure of its
    kin (the dateline's date aside: it is the article's date, not a fact)."""

    def times(where: Statement) -> int:
        key = day_key(use.key)
        return sum(day_key(f.key) == key and f.kin == use.kin for f in where.figures)

    found = None
    for at in aligned:
        source = index.statements[at]
        if not _holds(source, use) or not times(source):
            continue  # held otherwise (« dix-huit heures » for « 18h »): not said twice
        if times(statement) <= times(source):
            return None
        rivals = [
            other
            for other in source.figures
            if other.kin == use.kin
            and other.unit == use.unit
            and day_key(other.key) != day_key(use.key)
            and other.key != source_date(index)
            and not _holds(statement, other)
        ]
        if not rivals:
            return None
        found = found or (at, min(rivals, key=lambda other: _distance(use, other)).text)
    return found


def _distance(mine: FigureUse, other: FigureUse) -> float:
    """How far apart two figures are in size (the swapped one is likely the nearest)."""
    if mine.value and other.value and mine.value > 0 and other.value > 0:
        return abs(math.log(float(mine.value) / float(other.value)))
    return math.inf


def _unheard_noun(use: FigureUse, sentence: Sentence, index: SourceIndex) -> tuple[int, str] | None:
    """ "2 morts" where the aligned source sentence says "2 blessés" and "mort" is nowhere (nor
    its stem in that sentence, said as a verb: « dix blessés » for « dix personnes ont été
    blessées »)."""
    from engine.text.lexicon import words

    if (
        use.kin != "count"
        or not use.noun
        or use.noun in index.lemmas
        or use.noun in words("generic")
    ):
        return None
    if _DEMONSTRATIVE.search(sentence.statement.text[: use.start]):
        return None  # « ces vingt-deux premières »: what the article has counted already
    kind = {tag for tag, nouns in by_tag("counted").items() if use.noun in nouns}
    stem = _y_as_i(use.noun)[:NOUN_STEM]
    for i in sorted({i for _, i in index.uses.get(use.key, ())}):
        words_there = _WORDS.findall(index.statements[i].text.lower())
        if any(_y_as_i(w)[:NOUN_STEM] == stem for w in words_there):
            return None  # « 19 100 inscrits » for the title's « 19 100 chômeurs », where the body
            # counts them « 19 100 personnes » of « le nombre de personnes inscrites »: the
            # source's own word for that count, anywhere
    for _, i in sentence.aligned[:2]:
        mine = [f for f in index.statements[i].figures if f.key == use.key]
        if any(f.noun in by_tag("counted")[tag] for f in mine for tag in kind):
            return None  # « 29 700 postes » for « 29 700 emplois »: one thing, said another way
        if any(_said_around(f, index.statements[i].text, kind) for f in mine):
            return None  # « 90 morts » for « une frappe tue entre 60 et 90 soldats », « quatre
            # victimes » for « les quatre personnes tuées »: a word of its class said with it
        said = {_y_as_i(w)[:NOUN_STEM] for w in _WORDS.findall(index.statements[i].text.lower())}
        if _y_as_i(use.noun)[:NOUN_STEM] in said:
            return None  # « dix blessés » for « dix personnes ont été blessées »: its verb
            # (« 200 emplois » for « employait 200 personnes »: a verb in -oyer, its noun in -oi)
        root = _NOMINAL.sub("", fold(use.noun))
        if (
            root != fold(use.noun)
            and len(root) >= NOMINAL_ROOT
            and any(w.startswith(root[:NOUN_STEM]) for w in said)
        ):
            return None  # « 2 000 annulations » for « 2 000 personnes ont annulé »: its act
        if mine and all(f.noun for f in mine):
            return i, f"{mine[0].text} {mine[0].noun}"
    return None


def _y_as_i(word: str) -> str:
    """A word folded, its « y » written « i »: a verb in -oyer, -uyer, -ayer and the noun of
    its act (« employait » and « emploi », « envoyé » and « envoi », « appuyé » and « appui »)
    share their stem so."""
    return fold(word).replace("y", "i")


# the endings that make a noun of a verb's act (« annulation », « licenciement », « blocage »),
# and the letters its root keeps at least
_NOMINAL = re.compile(r"(?:ations?|ements?|ments?|ages?|ions?)$")
NOMINAL_ROOT = 4


def _said_before(theirs: FigureUse, text: str, kind: set[str]) -> bool:
    """A word of the class `kind` (lexicon counted: « tué » for deaths) among the COUNTED_REACH
    words before the source's figure, its verb or noun (« une frappe tue entre 60 et 90
    soldats »: ninety dead)."""
    nouns = {_y_as_i(n)[:NOUN_STEM] for tag in kind for n in by_tag("counted")[tag]}
    before = _WORDS.findall(text[: theirs.start].lower())[-COUNTED_REACH:]
    return any(_of_stem(w, nouns) for w in before)


def _of_stem(word: str, stems: set[str]) -> bool:
    """A word of one of these NOUN_STEM stems, a short one's forms too (« mortes », « tués » of
    « mort », « tué »), its « y » read « i » (« emploie » of « employé »)."""
    folded = _y_as_i(word)
    return folded[:NOUN_STEM] in stems or any(
        len(stem) < NOUN_STEM and folded.startswith(stem) for stem in stems
    )


_DEMONSTRATIVE = re.compile(r"(?:^|\s)ces\s*$", re.IGNORECASE)
_WORDS = re.compile(r"[^\W\d_]+")


def _plural(unit: str | None) -> str:
    """A unit's plural as a message says it: « jours », and « mois », not « moiss »."""
    unit = unit or ""
    return unit if unit.endswith(("s", "x", "z")) else f"{unit}s"


def _holds(statement: Statement, use: FigureUse) -> bool:
    if use.kin == "year":
        return use.key in statement.years
    hours = f"{int(use.value):02d}:00" if use.unit == "heure" and use.value is not None else None
    if hours and any(f.key == hours for f in statement.figures):
        return True  # "dix-huit heures" of rest: "18h"
    if use.kind == "date":
        mine = {day_key(k) for k in use.key.split("/")}
        return any(mine & {day_key(k) for k in f.key.split("/")} for f in statement.figures)
    # "deux semaines" is not held by "2 blessés": a unit must be the same one
    return any(
        f.key == use.key and (f.kin == use.kin or not use.kin.startswith("unit:"))
        for f in statement.figures
    )


def _counted_swap(use: FigureUse, aligned: list[int], index: SourceIndex) -> tuple[int, str] | None:
    """ "216 coureurs" where the aligned sentence says "216 kilomètres" and "198 coureurs"."""
    kind = _classes(use.noun)
    for i in aligned:
        figures = index.statements[i].figures
        text = index.statements[i].text
        mine = [f for f in figures if f.key == use.key]
        if any(f.noun == use.noun or _unsure(f, kind, text) for f in mine):
            return None
        theirs = [
            f
            for f in figures
            if f.key != use.key
            and f.kin == "count"
            and (f.noun == use.noun or kind and kind & counted_class(f, text))
        ]
        if mine and theirs:
            return i, f"{theirs[0].text} {use.noun}"
    return None


def _unsure(theirs: FigureUse, kind: set[str], text: str) -> bool:
    """A source count with no noun of its own that may count what the article's (of the
    classes `kind`) counts: none said after it, or one of those (« huit ont été blessées »
    counts no dead)."""
    if theirs.noun is not None:
        return False
    said = counted_class(theirs, text)
    return not kind or not said or bool(kind & said)


def _weekday_problem(use: FigureUse, statement: Statement, index: SourceIndex) -> Iterator[Problem]:
    if use.kind != "date" or not use.weekday:
        return
    parts = use.key.split("/")[0].split("-")
    year = parts[0] or source_year(index)
    if not year or len(parts) < 3 or not parts[-1].isdigit():
        return
    try:
        day = datetime.date(int(year), int(parts[-2]), int(parts[-1]))
    except ValueError:
        return
    actual = WEEKDAYS[day.weekday()]
    # the source's own pairing of that weekday and day stands, with its year or without it
    # (« Le mardi 5 novembre » in a story of 2018, whose 5 November was a Monday)
    keys = dict.fromkeys((use.key, day_key(use.key)))
    if actual != use.weekday and not any(
        f.weekday == use.weekday and day_key(f.key) == day_key(use.key)
        for key in keys
        for f, _ in index.uses.get(key, ())
    ):
        yield Problem(
            RULE, "hard", f"calls {use.text} a {use.weekday}: it was a {actual}", None, use.weekday
        )


def source_date(index: SourceIndex) -> str | None:
    """The full date of the source's dateline (« 21 février 2016. – »), as a key."""
    for statement in index.statements[:3]:
        for use in statement.figures:
            if use.kind == "date" and len(use.key) == 10 and use.key[:4].isdigit():
                return use.key
    return None


def source_year(index: SourceIndex) -> str | None:
    for statement in index.statements[:3]:
        for use in statement.figures:
            if use.kind == "date" and use.key[:4].isdigit():
                return use.key[:4]
    return None


def weekday_said(sentence: Sentence, index: SourceIndex) -> Iterator[Problem]:
    """ "le mardi, à 19 h 30" where the sentence it restates says "lundi"; or a weekday no day of
    the source falls on (none it names, nor the weekday of a date it gives or counts from its
    dateline, « hier » included), whatever the sentence restates: a day the source lacks."""
    if not sentence.statement.weekdays:
        return
    dated = {f.weekday for f in sentence.statement.figures if f.weekday}  # _weekday_problem's
    unheard = sorted(sentence.statement.weekdays - dated - _source_weekdays(index))
    if unheard:
        message = f"says «{unheard[0]}»: no day the source gives falls on it"
        yield Problem(RULE, "hard", message, None, unheard[0])
        return
    best = restated(sentence)
    if best is None:
        return
    theirs = index.statements[best].weekdays
    # a weekday the calendar gives the article's own full date (« le lendemain, soit le jeudi 1er
    # septembre 2016 » where the source says « mercredi 31 août »): `_weekday_problem` checks it
    wrong = sentence.statement.weekdays - theirs - _calendar_weekdays(sentence.statement, index)
    if theirs and wrong and not sentence.statement.weekdays & theirs:
        said, source = sorted(wrong)[0], sorted(theirs)[0]
        yield Problem(
            RULE, certainty(sentence), f"says «{said}» where the source says «{source}»", best, said
        )


def _calendar_weekdays(statement: Statement, index: SourceIndex) -> frozenset[str]:
    """The weekdays `statement` says of its own full dates that the calendar gives them."""
    right = set()
    for use in statement.figures:
        if use.kind != "date" or not use.weekday:
            continue
        parts = use.key.split("/")[0].split("-")
        year = parts[0] or source_year(index)
        try:
            day = datetime.date(int(year or 0), int(parts[-2]), int(parts[-1]))
        except (ValueError, IndexError):
            continue
        if WEEKDAYS[day.weekday()] == use.weekday:
            right.add(use.weekday)
    return frozenset(right)


def _source_weekdays(index: SourceIndex) -> frozenset[str]:
    """The weekdays the source names (« tous les samedis » too), and those of every day it gives
    or counts (its dateline, « hier », « le 16 mars » in the dateline's year); where it counts a
    day from the one before (« la veille », « le lendemain »), which one that is is the reader's
    to find: the days that far from each date it writes."""
    text = index.text.lower()
    days = {w for w in WEEKDAYS if re.search(rf"\b{w}s?\b", text)}
    offsets = {0} | {k for said, k in _counted_from().items() if said in text}
    for key in index.figure_keys:
        written = key in index.uses
        for k in offsets if written else (0,):
            day = _date_of_key(key, index)
            if day is not None:
                days.add(WEEKDAYS[(day + datetime.timedelta(days=k)).weekday()])
    return frozenset(days)


def _date_of_key(key: str, index: SourceIndex) -> datetime.date | None:
    """The day of a date key, a key with no year in the dateline's year (none without one: its
    weekday is unknown)."""
    year = source_year(index)
    if key.startswith("--") and year is None:
        return None
    return day_of_key(key, int(year) if year else None)


# Days said relative to another (lexicon relative_days) a sentence may not swap: not « demain »
# nor « aujourd'hui », which speak of the time of the writing as often as of a day (« l'Europe
# de demain », « aujourd'hui encore »)
_NOT_DAYS = frozenset({"demain", "aujourd'hui"})


@cache
def _relative_days() -> tuple[tuple[re.Pattern[str], str, int, str], ...]:
    out = []
    for line in lines("relative_days"):
        *said, offset, anchor = line.split()
        words_ = " ".join(said)
        if words_ not in _NOT_DAYS:
            pattern = re.escape(words_).replace("'", "['’]").replace(r"\ ", r"\s+")
            out.append(
                (
                    re.compile(rf"(?<![\w'’-]){pattern}(?![\w'’-])", re.I),
                    words_,
                    int(offset),
                    anchor,
                )
            )
    return tuple(out)


def _days_said(text: str) -> dict[tuple[str, int], str]:
    """The relative days a text says: (anchor, offset) → the words."""
    return {
        (anchor, offset): found.group(0)
        for pattern, _, offset, anchor in _relative_days()
        for found in [pattern.search(text)]
        if found is not None
    }


def _relative_day_changed(sentence: Sentence, index: SourceIndex) -> Iterator[Problem]:
    """« le lendemain » where the source sentence restated says « la veille » (lexicon
    relative_days: a day counted from the same anchor, another offset), and no source sentence
    as close says the article's: a day changed, maybe — a review (the day it counts from may be
    another: honest-r18 r18-q2). Not the converse offset: « la veille, une fusillade » for the
    source's « le lendemain d'une fusillade » tells the same two days from the other one."""
    at = restated(sentence)
    if at is None:
        return
    mine = _days_said(sentence.statement.text)
    if not mine:
        return
    theirs = _days_said(index.statements[at].text)
    best = sentence.aligned[0][0]
    close = [i for score, i in sentence.aligned if score >= best - CLOSE]
    for (anchor, offset), written in mine.items():
        if (anchor, offset) in theirs:
            continue
        other = [w for (a, o), w in theirs.items() if a == anchor and o != offset]
        if not other or any(a == anchor and o == -offset for a, o in theirs):
            continue  # « la veille, X » for « le lendemain de X »: the converse, told from X
        if any((anchor, offset) in _days_said(index.statements[i].text) for i in close):
            continue  # said in a source sentence as close: which one is restated is unsure
        problem = f"says «{written}» where the source says «{other[0]}»"
        yield Problem(RULE, "review", problem, at, written)


@cache
def _counted_from() -> dict[str, int]:
    """The days counted from the date the text gave before them (lexicon relative_days, « la
    veille », « le lendemain »): how far."""
    out = {}
    for line in lines("relative_days"):
        *said, offset, anchor = line.split()
        if anchor == "before":
            out[" ".join(said)] = int(offset)
    return out


# --- what a sentence says (read by engine.gate.statements) ----------


def read_figures(
    text: str, tokens: list[Token], starts: list[int]
) -> tuple[tuple[FigureUse, ...], frozenset[str]]:
    found, years = [], set()
    date_starts: set[int] = set()
    units = words("units")
    forms = tagged("unit_forms")
    comparators = tagged("comparators", "\t")
    direction = tagged("direction")
    all_figures = sorted([*figures(text), *spelled_figures(text)], key=lambda f: f.start)
    starts_of = frozenset(f.start for f in all_figures)
    listed: tuple[str, int] | None = None  # the unit of the figure before, and where it ends
    counted: tuple[str, int] | None = None  # …and its noun (« 37 personnes …, et 212 en bateau »)
    for fig in all_figures:
        if fig.kind == "date":
            date_starts.add(fig.start)
            year = next((p for p in fig.key.split("-")[:1] if len(p) == 4), None)
            if year:
                years.add(year)
        elif fig.kind == "number" and fig.start in date_starts:
            continue  # the day and year numbers of a date read just before
        end = fig.start + len(fig.text)
        after = _token_at(tokens, starts, end, forward=True)
        unit = noun = None
        if fig.kind == "number" and after is not None:
            head = after  # "2 millimètres", "65 millions d'années-lumière": past "de"
            if head.lower_ in ("de", "d'", "d’") and head.i < tokens[-1].i:
                head = head.nbor(1)
            if (
                head.is_stop
                and head.pos_ in ("ADJ", "DET", "PRON")
                and head.i < tokens[-1].i
                and not {"Art", "Dem"} & set(head.morph.get("PronType"))
            ):  # "deux autres coureurs", "93 500 toutes catégories"; an article or a
                # demonstrative opens another noun phrase ("23 500 un an plus tôt")
                head = head.nbor(1)
            if (
                head.pos_ == "ADJ"
                and head.dep_ == "amod"
                and head.head.i == head.i + 1
                and head.head.pos_ == "NOUN"
            ):  # an adjective before its noun: « les 90 prochains jours », « trois nouveaux cas »
                head = head.head
            word = head.lemma_.lower()
            if head.lower_.endswith(".") and head.lower_[:-1] in units:
                word = head.lower_[:-1]  # « le relais 4 x 100 m. »: the sentence's point glued
            if (word in units or head.lower_ in units) and not _capital_letter(head):
                unit = word if word in units else head.lower_
                unit = _squared(head, unit) or forms.get(unit, unit)  # « années » is « an »
            elif _listed(text, listed, fig.start, after) and not _YEAR.fullmatch(fig.text):
                unit = listed[0]  # « 1,5 km de natation, 40 de vélo »: the unit said once
            elif (
                head.pos_ in ("NOUN", "PROPN", "ADJ")
                and is_content(head)
                and word not in WEEKDAYS
                and not _inverted(head)
            ):  # « le chiffre de 342 compte-t-il autant ? »: a verb, its subject after it
                noun = word  # not « deux autres mardi »: the day of what it counts, left unsaid
            elif (
                after.pos_ in _NO_NOUN
                and counted is not None
                and _NOUN_LIST_GAP.fullmatch(text[counted[1] : fig.start]) is not None
                and not _YEAR.fullmatch(fig.text)
                and not _range_opens(text, end, starts_of)
            ):
                noun = counted[0]  # « 37 personnes en hélicoptère et 212 en bateau »
        if fig.kind == "number" and unit is None and noun is None:
            unit = _elided_unit(text, fig.start, after, units, forms)  # « en un mois … en douze »
        listed = (unit, end) if unit else None
        counted = (noun, end) if noun else None
        if fig.kind == "number" and unit is None and noun is None:
            fig = _day_of(fig, text, found) or fig  # « le 5 septembre, … depuis le 8 »
        if fig.kind == "date" and _hours_long(fig, text):  # « au moins 18h » of rest
            fig, unit = Figure("number", fig.text, str(int(fig.key[:2])), start=fig.start), "heure"
        value = _value(fig.key)
        kin = _kin(fig.kind, fig.key, fig.text, unit, value)
        if kin == "year":
            years.add(fig.key)
        before = text[max(0, fig.start - 40) : fig.start].lower().replace("’", "'")
        found.append(
            FigureUse(
                key=fig.key,
                kind=fig.kind,
                text=fig.text,
                kin=kin,
                unit=unit,
                noun=noun,
                comparator=_comparator(before, comparators)
                or ("about" if _ABOUT_AFTER.match(text, end) else None),
                direction=0
                if kin in ("year", "date") and _COMPARED_TO.search(before)
                else _figure_direction(fig, before, tokens, starts, end, direction),
                value=value,
                spelled=fig.spelled,
                start=fig.start,
                weekday=_weekday(before) if fig.kind == "date" else None,
                anaphoric=fig.spelled
                and value is not None
                and value <= 10
                and bool(re.search(r"(?:^|\s)(?:les|ces|leurs|ses|nos|vos|des|aux)\s*$", before)),
            )
        )
    return _currency_said_once(_ranges_said_once(found, text)), frozenset(years)


def _range_unsaid(use: FigureUse, at: int, index: SourceIndex) -> bool:
    """Whether a source figure with no unit nor noun opens a range or a choice that says none
    either (« âgés de 18 à 24 contre 23 % »): what it measures is left to the reader."""
    if use.unit or use.noun:
        return False
    statement = index.statements[at]
    starts = frozenset(f.start for f in statement.figures)
    return _range_opens(statement.text, use.start + len(use.text), starts)


def _range_opens(text: str, end: int, starts: frozenset[int]) -> bool:
    """Whether a figure ending at `end` opens a range or a choice (« 70 à 85 ans »): « à » or
    « ou », then another figure."""
    joined = _PAIR_JOIN.match(text, end)
    return joined is not None and joined.end() in starts


def _ranges_said_once(found: list[FigureUse], text: str) -> tuple[FigureUse, ...]:
    """A range or a choice said once (« entre 16 à 18 ans », « entre 5 000 et 10 000
    combattants », « quatre ou cinq blessés », « de 20 à 25 km »): the first number, which says
    no unit nor noun of its own, measures or counts what the second does — « 16 » is an age, not
    a count to set against « cinq ». « et » joins a range only after « entre » (« passent à 6 et
    20 ans respectivement » is a list, each its own)."""
    out = list(found)
    for n, (first, second) in enumerate(itertools.pairwise(found)):
        if first.kind != "number" or first.unit or first.noun or second.kind != "number":
            continue
        if not (second.unit or second.noun):
            continue
        between = text[first.start + len(first.text) : second.start]
        opened = _BETWEEN.search(text[max(0, first.start - 12) : first.start]) is not None
        joined = _PAIR_JOIN.fullmatch(between) is not None or (
            _AND_JOIN.fullmatch(between) is not None and opened
        )
        if not joined:
            continue
        if second.unit:
            kin = _kin(first.kind, first.key, first.text, second.unit, first.value)
            out[n] = replace(first, unit=second.unit, kin=kin)
        elif opened:
            # a noun only for a range « entre … et/à »: « 31 à 26 face au PSG » is a score,
            # « de 12 000 à 9 000 licenciés » a change, « deux ou trois blessés » a guess whose
            # first number the article may use for anything (« deux convois »)
            out[n] = replace(first, noun=second.noun)
    return tuple(out)


def _currency_said_once(found: tuple[FigureUse, ...]) -> tuple[FigureUse, ...]:
    """« 5,1 milliards d'euros en 2017, contre 7,8 milliards en 2016 »: a bare number of a scale
    (« 7,8 milliards », no unit nor noun of its own) in a sentence that gives an amount of that
    scale is an amount of its currency — the currency said once for both, as the figures are
    swapped, summed and compared."""
    amounts = {
        _scale_word(f.text): f.key.split()[-1] for f in found if f.kind == "amount" and " " in f.key
    }
    out = list(found)
    for n, f in enumerate(found):
        scale = _scale_word(f.text)
        if f.kind != "number" or f.unit or f.noun or scale is None or scale not in amounts:
            continue
        currency = amounts[scale]
        out[n] = replace(f, kind="amount", key=f"{f.key} {currency}", kin=f"amount:{currency}")
    return tuple(out)


def _scale_word(text: str) -> str | None:
    """The scale a figure is said in, singular (« milliard » of « 7,8 milliards d'euros », of
    « 1 milliard »), if any."""
    found = _SCALE_WORD.search(text)
    return found.group(1).lower().removesuffix("s") if found else None


_SCALE_WORD = re.compile(r"\d\s*(millions?|milliards?)\b", re.IGNORECASE)
_AND_JOIN = re.compile(r"\s+et\s+", re.IGNORECASE)
_BETWEEN = re.compile(r"\bentre\s+$", re.IGNORECASE)


# « de douze à six mois », « deux ou trois jours »: two numbers, one unit (« passent à 6 et 20
# ans respectivement » is a list, each its own).
_PAIR_JOIN = re.compile(r"\s+(?:à|ou)\s+", re.IGNORECASE)


def one_unit_for_two(first: FigureUse, second: FigureUse, text: str) -> bool:
    """Whether `first`, a number that says no unit, takes the unit of `second` right after it,
    joined by « à » or « ou » (a range or a choice said once: « de douze à six mois »)."""
    if first.kind != "number" or first.unit or first.noun or not second.unit:
        return False
    between = text[first.start + len(first.text) : second.start]
    return second.kind == "number" and _PAIR_JOIN.fullmatch(between) is not None


_ON_THE_HOUR = re.compile(r"[0-2]\d:00")


def _hours_long(fig: Figure, text: str) -> bool:
    """A number of hours the figures read as a time of day (« 18h », « 10 heures »), said after
    a word that makes it a length (lexicon/hours_bounds.txt: « au moins 18h » of rest, « en moins
    de 10 heures »): hours on the hour, written without minutes."""
    if (
        not _ON_THE_HOUR.fullmatch(fig.key)
        or ":" in fig.text
        or any(c.isdigit() for c in fig.text.split("h", 1)[-1])
    ):
        return False
    before = " " + " ".join(
        text[max(0, fig.start - 30) : fig.start].lower().replace("’", "'").split()
    )
    return any(before.endswith(" " + words_) for words_ in lines("hours_bounds"))


_DAY_ALONE = re.compile(r"(?:\b(?:le|au|du)|\bet)\s*$", re.IGNORECASE)
# A rank no day is written with: French days are cardinal but the first (« le 9 », « le 1er »),
# so « au 9e », « jusqu'au 15e et dernier étage » rank floors, places, rounds; and « 1er » followed
# by « et dernier » / « et avant-dernier » ranks a noun said after them.
_RANK_NOT_DAY = re.compile(r"\d\s*(?:e|è|ème|eme|ième|re|ère|ᵉ)$", re.IGNORECASE)
_RANK_THEN_NOUN = re.compile(r"\s*et\s+(?:avant-)?derni[eè]re?s?\b", re.IGNORECASE)


def _day_of(fig: Figure, text: str, found: list[FigureUse]) -> Figure | None:
    """A day whose month the sentence said just before (« brisé le 5 septembre, celui de
    l'aéroport le 8 », « entre le 2 mars et le 9 »): the date of that month, and year, as the
    source writes it in full. A bare number of 1 to 31 after « le », « au », « du » or « et »,
    with a day and month read before it in the sentence; not a rank (`_RANK_NOT_DAY`)."""
    if not fig.key.isdigit() or not 1 <= int(fig.key) <= 31 or fig.spelled:
        return None
    end = fig.start + len(fig.text)
    if _RANK_NOT_DAY.search(fig.text) or _RANK_THEN_NOUN.match(text, end):
        return None  # « au 9e », « jusqu'au 15e et dernier étage », « le 1er et dernier tour »
    if not _DAY_ALONE.search(text[max(0, fig.start - 12) : fig.start]):
        return None
    dated = [f for f in found if f.kind == "date" and re.fullmatch(r"(?:\d{4}|-)-\d\d-\d\d", f.key)]
    if not dated:
        return None
    month = dated[-1].key[:-2]  # "--09-" or "2017-09-"
    return Figure("date", fig.text, f"{month}{int(fig.key):02d}", start=fig.start)


_LIST_GAP = re.compile(r"[^.;:!?]{0,40}?(?:,|\bet\b)[^.;:!?]{0,10}")


# « 37 personnes en hélicoptère et 212 en bateau »: the count after « et », no comma between (not
# « 29 700 postes, contre 81 500 » nor « …, dont trois »: another thing, or a part, may be meant)
_NOUN_LIST_GAP = re.compile(r"[^.;:!?,]{0,30}\bet\s+", re.IGNORECASE)
# a year in digits takes no unit nor noun from the figure before (« il y a vingt ans, en 2002 »)
_YEAR = re.compile(r"1[89]\d\d|20\d\d")


def _listed(text: str, listed: tuple[str, int] | None, start: int, after: Token) -> bool:
    """A number in a list whose first figure gives the unit (« 1,5 km de natation, 40 de vélo et
    10 de course », « 160 voix pour et 18 contre »): said with « de » and what it measures, or
    with no noun of its own (a preposition, an adverb or the clause's end after it), a comma or
    « et » after the figure before."""
    return (
        listed is not None
        and (after.lower_ in ("de", "d'", "d’") or after.pos_ in _NO_NOUN)
        and _LIST_GAP.fullmatch(text[listed[1] : start]) is not None
    )


_NO_NOUN = ("ADP", "ADV", "PUNCT")  # what follows a number whose noun is said elsewhere


def _elided_unit(
    text: str, start: int, after: Token | None, units: frozenset[str], forms: dict[str, str]
) -> str | None:
    """The unit a bare number leaves unsaid because the sentence said it with one before, after
    the same preposition (« en un seul mois, il gagne davantage que la moyenne en douze »: twelve
    months): a number with no noun after it (the clause ends, or a preposition follows), after a
    preposition that opened « PREP un(e) (seul(e)) UNIT » earlier in the sentence."""
    if after is not None and after.pos_ not in _NO_NOUN:
        return None
    before = _PREPOSITION_BEFORE.search(text[max(0, start - 12) : start])
    if before is None:
        return None
    preposition = before.group(1).lower()
    for said in _ONE_UNIT_AFTER.finditer(text[:start]):
        if said.group(1).lower() != preposition:
            continue
        word = said.group(2).lower()
        unit = forms.get(word, word)
        if unit in units:
            return unit
    return None


_PREPOSITION_BEFORE = re.compile(r"\b(en|sur|dans|pour|par)\s+$", re.IGNORECASE)
_ONE_UNIT_AFTER = re.compile(
    r"\b(en|sur|dans|pour|par)\s+(?:une?\s+)(?:seule?\s+)?([^\W\d_]+)", re.IGNORECASE
)


def _token_at(tokens: list[Token], starts: list[int], offset: int, forward: bool) -> Token | None:
    i = bisect_right(starts, offset - 1) if forward else bisect_right(starts, offset) - 1
    while forward and i < len(tokens) and not tokens[i].text.strip():
        i += 1
    return tokens[i] if 0 <= i < len(tokens) else None


def _value(key: str) -> Decimal | None:
    number = key.split(" ")[0].rstrip("%")
    try:
        return Decimal(number)
    except InvalidOperation:
        return None


def _kin(kind: str, key: str, text: str, unit: str | None, value: Decimal | None) -> str:
    if kind == "date":
        return "time" if ":" in key else "date"
    if kind == "percentage":
        return "percentage"
    if kind == "amount":
        return "amount:" + key.split(" ")[-1]
    if unit:
        return "unit:" + unit
    if value is not None and text.isdigit() and len(text) == 4 and 1800 <= value <= 2100:
        return "year"
    return "count"


def _capital_letter(token: Token) -> bool:
    """A capital letter alone after a figure is no unit's symbol (« 6,5 M w », a magnitude's
    scale, is no length in metres: symbols are written small)."""
    return len(token.text) == 1 and token.text.isupper()


# « quarante véhicules environ », « 30 ans environ »: the approximation said after the figure
# and its noun
_ABOUT_AFTER = re.compile(
    r"(?:[\s\u00a0\u202f]+[^\W\d_]+)?[\s\u00a0\u202f]+environ\b", re.IGNORECASE
)


def comparator_before(before: str) -> str | None:
    """What the words `before` a figure compare it with: "more", "less", "about" or None."""
    return _comparator(before[-40:].lower().replace("’", "'"), tagged("comparators", "\t"))


def _comparator(before: str, comparators: dict[str, str]) -> str | None:
    tail = _BEFORE_ARTICLE.sub("", " " + before).rstrip(" \u00a0\u202f")
    while (last := tail.rsplit(" ", 1))[-1] in words("bound_adverbs") and len(last) > 1:
        if found := _comparator_ending(tail, comparators):
            return found  # « pas même »: the adverb is the bound's own word
        tail = _BEFORE_ARTICLE.sub("", last[0]).rstrip(" \u00a0\u202f")  # « dépassent donc »
    return _comparator_ending(tail, comparators)


def _comparator_ending(tail: str, comparators: dict[str, str]) -> str | None:
    for phrase in sorted(comparators, key=len, reverse=True):
        if tail.endswith(" " + phrase) or tail.endswith(" " + phrase.rstrip("'")) or tail == phrase:
            return comparators[phrase]
        if phrase.endswith("'") and tail.endswith(phrase):
            return comparators[phrase]
        if tail.endswith(("d'" + phrase, "d’" + phrase)):  # « a augmenté d'environ »
            return comparators[phrase]
    return None


def _figure_direction(
    fig: Figure,
    before: str,
    tokens: list[Token],
    starts: list[int],
    end: int,
    direction: dict[str, str],
) -> int:
    if sign := _SIGN.match(fig.text) or _SIGN.match(before[-3:].strip() + fig.text):
        return 1 if sign.group(1) == "+" else -1
    after = bisect_right(starts, end - 1)
    follow = tokens[after : after + 4]
    if follow and follow[0].pos_ == "NOUN":
        follow = follow[1:]  # what it counts: « 26 100 personnes de plus »
    own = _MORE_OR_LESS.get(" ".join(t.lower_ for t in follow[:2]))
    if own and (len(follow) < 3 or follow[2].lower_ not in ("que", "qu'", "qu’")):
        return own  # « 0,8 % de plus », « 9 500 en moins »: the figure's own, whatever before
    # (« 40 000 euros de plus que la ville »: a gap between two things, no change)
    first = bisect_right(starts, fig.start - 1)
    for token in reversed(tokens[max(0, first - 5) : first]):
        if token.text == ":":
            break  # « voient leur situation se dégrader : 44,4 % … »: a clause of its own
        word = direction_of(token, direction)
        if word and _counted_change(token):
            break  # « après trois mois de baisse : 0,8 % »: the change of the three months
        if word and token.pos_ in ("VERB", "ADJ") and _denied(token):
            return 0  # « n'ont pas progressé en 2024 »: no rise, and no fall either
        if word:
            return 1 if word == "+" else -1
        if token.text in (".", ";", ":", ",") and token.i < tokens[first - 1].i:
            if token.text == "," and token.nbor(1).lower_ in ("de", "d'", "d’"):
                continue  # « progresse légèrement, de 0,3 % »: the figure's own comma
            break
    for token in tokens[after : after + 3]:
        word = direction_of(token, direction)
        if word:
            return 1 if word == "+" else -1
        if token.lower_ not in ("de", "d'", "d’", "en", "%"):
            break
    return 0


def _denied(token: Token) -> bool:
    from engine.gate.claims.polarity import _negated

    return _negated(token)


def compared_to(text: str, start: int) -> bool:
    """Whether the year or date at `start` is what a change is compared to (`_COMPARED_TO`)."""
    before = text[max(0, start - 40) : start].lower().replace("’", "'")
    return bool(_COMPARED_TO.search(before))


# A time a change is compared to (« ont moins progressé qu'en 2021 », « a ralenti par rapport à
# 2021 », « comparé à mars 2020 »): the point of reference, not the quantity that changes — its
# direction is the sentence's, which the direction rule judges on its own theme.
_COMPARED_TO = re.compile(
    r"(?:\bqu'(?:en|au|à)?|\bque (?:en |l'an |l'année |pour |lors de |celui de |celle de )?|"
    r"\bpar rapport (?:à|aux?) (?:l'an |l'année |la fin |fin |début |mi-)?|"
    r"\bcompar\w* (?:à|aux?|avec) (?:l'an |l'année |fin |début )?|\bcontre |\bvis-à-vis de |"
    # a year to go back to, or counted from (« il faut remonter à 2001 », « au plus bas depuis
    # 2001 »): a point in time, not what rises or falls
    r"\bremont\w* (?:jusqu')?(?:à|en) |\bdepuis (?:l'an |l'année |fin |début )?)"
    r"\s*(?:(?:le |la |l')?\d{1,2}(?:er)? )?(?:[a-zéû]+ )?$"
)


def _counted_change(token: Token) -> bool:
    """A word of change that another figure's noun governs (« trois mois de baisse », « 5 ans
    de hausse »): the direction of that figure's span, not of the figure after it."""
    if token.i < 3 or token.doc[token.i - 1].lower_ not in ("de", "d'", "d’"):
        return False
    noun, number = token.doc[token.i - 2], token.doc[token.i - 3]
    return noun.pos_ == "NOUN" and (number.like_num or number.lower_ in SMALL)


# A change said right after its figure: « 26 100 de plus », « 9 500 en moins ».
_MORE_OR_LESS = {"de plus": 1, "en plus": 1, "de moins": -1, "en moins": -1}


def _weekday(before: str) -> str | None:
    """The weekday written before a date: « samedi 17 juin », « le samedi le 17 », a part of the
    day between them (« mardi matin 3 août », lexicon parts_of_day)."""
    words_before = re.findall(r"[a-zéû]+", before)
    if words_before and words_before[-1] in words("parts_of_day"):
        words_before.pop()
    if words_before and words_before[-1] in WEEKDAYS:
        return words_before[-1]
    if len(words_before) > 1 and words_before[-2] in WEEKDAYS and words_before[-1] == "le":
        return words_before[-2]
    return None


def _changes(lemmas: frozenset[str], direction: int) -> bool:
    """The lemmas hold a word of change the `direction` way (lexicon direction: « hausse »)."""
    way = "+" if direction > 0 else "-"
    return any(tagged("direction").get(lemma) == way for lemma in lemmas)

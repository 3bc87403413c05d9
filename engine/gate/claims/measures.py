"""Quantities said in other ways than a figure of the source, each read whole: an ordinal in
words (« la vingt-cinquième édition »), a duration (« une minute quinze » is 75 s), a factor
(« a triplé », « plus du double de »), an order of magnitude (« plusieurs centaines de
milliards »), a month named alone (« du mois d'avril »), the period of a rate (« par siècle »).
Each must be the source's, however written; `measure_problems` yields what is not.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from decimal import Decimal
from functools import lru_cache
from typing import TYPE_CHECKING

from engine.brief.figures import (
    MONTHS,
    SMALL,
    Duration,
    Factor,
    Magnitude,
    durations,
    factors,
    figures,
    long_durations,
    magnitudes,
    number_key,
    orders_said,
    spelled_ordinals,
)
from engine.brief.relative_dates import MONTH_OFF
from engine.gate.claims.alignment import (
    CLOSE,
    NOUN_STEM,
    SMALL_COUNT,
    SUMMARIES,
    UNKNOWN,
    Problem,
    Sentence,
    certainty,
    restated,
)
from engine.gate.claims.attached import continues
from engine.gate.claims.computed import (
    _SPAN_AFTER,
    OF_UNIT,
    converted_rate,
    difference_at,
    span_within,
)
from engine.gate.claims.tense import opening_day
from engine.gate.findings import Severity
from engine.gate.source_index import SourceIndex
from engine.gate.statements import Statement
from engine.text import digit_group_spans, stands_in
from engine.text.lexicon import lines, tagged

if TYPE_CHECKING:
    from engine.gate.claims.numeric import FigureUse

RULE = "figures"


def measure_problems(
    sentence: Sentence,
    index: SourceIndex,
    timed: list[tuple[int, int]],
    before: tuple[FigureUse, ...] = (),
) -> Iterator[Problem]:
    """Every quantity of these kinds that the source does not give; the spans of durations
    judged whole go to `timed` (their numbers are not judged again one by one). `before`: the
    figures of the article's sentence before (a factor may compute one of them)."""
    statement = sentence.statement
    yield from _ordinal_problems(statement, index)
    yield from _duration_problems(sentence, index, timed, before)
    yield from _length_problems(sentence, index)
    yield from _factor_problems(sentence, index, before)
    yield from _magnitude_problems(statement, index)
    yield from _month_problems(sentence, index)
    yield from _season_problems(sentence, index)
    yield from _period_problems(sentence, index)
    yield from _lapse_problems(sentence, index)


def _ordinal_problems(statement: Statement, index: SourceIndex) -> Iterator[Problem]:
    """An ordinal in words above SMALL_COUNT ranks a fact as a figure does (« la vingt-cinquième
    édition »): one the source never gives, in digits (« 27e ») or words, is invented."""
    for ordinal in spelled_ordinals(statement.text):
        before = statement.text[: ordinal.start].split()[-1:]
        if before and (before[0].isdigit() or before[0].lower() in SMALL):
            continue  # « quatre millièmes »: a fraction
        if int(ordinal.key) > SMALL_COUNT and not _ranked(ordinal.key, index):
            problem = (
                f"{UNKNOWN}ordinal not in the source «{ordinal.text}», only the source's figures"
            )
            yield Problem(RULE, "hard", problem, None, ordinal.text)


def _ranked(key: str, index: SourceIndex) -> bool:
    """Whether the source gives the number an ordinal ranks: as an ordinal, or a figure of its
    own — not only as the day of a date (« la seizième Coupe » for the « vingt-troisième » of a
    source held « du 16 au 18 novembre »)."""
    return key in index.uses or key in _source_ordinals(index.text)


ROUND_SLACK = Decimal("0.2")  # « une cinquantaine » rounds 40 to 60, not « une quarantaine »


def _another_round(
    magnitude: Magnitude, overlapping: list[Magnitude], index: SourceIndex
) -> Magnitude | None:
    """A round figure in words (« une cinquantaine », about 50) whose span overlaps only the
    source's round figures of other values (« une quarantaine »: 40) — none it may round (within
    ROUND_SLACK), no order without one (« des dizaines »), no figure of the source it rounds (« 52
    morts »), and its word nowhere in the source (« la trentaine de … »): another figure than
    the source's, said round. A review: which of the source's
    figures it stands for is a guess."""
    about = magnitude.about
    if about is None:
        return None
    collectives = tagged("collectives")
    word = next((w for w in magnitude.text.lower().split() if w.rstrip("s") in collectives), "")
    if word and re.search(
        rf"(?<![\w-]){re.escape(word.rstrip('s'))}s?(?![\w-])", index.text, re.IGNORECASE
    ):
        return None  # the source says it, with any article (« à la trentaine de manifestants »)
    if any(o.about is None or abs(o.about - about) <= about * ROUND_SLACK for o in overlapping):
        return None
    if any(
        f.value is not None and f.kin != "year" and abs(f.value - about) <= about * ROUND_SLACK
        for uses in index.uses.values()
        for f, _ in uses
    ):
        return None
    return min(overlapping, key=lambda o: abs((o.about or about) - about))


@lru_cache(maxsize=64)
def _source_ordinals(text: str) -> frozenset[str]:
    return frozenset(f.key for f in spelled_ordinals(text))


def _duration_problems(
    sentence: Sentence,
    index: SourceIndex,
    timed: list[tuple[int, int]],
    before: tuple[FigureUse, ...] = (),
) -> Iterator[Problem]:
    """Where the source gives durations in minutes and seconds, one of the article's is one of
    them however written (« soixante-quinze secondes » for « une minute quinze »), else it is
    invented (« deux minutes quinze »); a duration with a comparator that rounds one of them to
    its last unit (« un peu moins d'une heure et quatre minutes » for 1 h 03 min 45 s) is the
    source's too, any other (« plus d'une minute ») is left to the figures' own checks. The gap
    between two of them (« 1 min 25 s derrière le vainqueur » for 1 h 05 min 10 s against
    1 h 03 min 45 s) is the writer's computation: a review, never a refusal (`_gap_between`).
    Their spans go to `timed`. `before`: the figures of the article's sentence before (« Vers 9
    heures, … . Quarante minutes plus tard, … »)."""
    statement = sentence.statement
    given = _source_durations(index.text)
    if not given:
        return
    for duration in durations(statement.text):
        words_before = statement.text[max(0, duration.start - 40) : duration.start].lower()
        problem = (
            f"{UNKNOWN}duration not in the source «{duration.text}», only the source's figures"
        )
        if _compared(words_before):
            if _bounds_one(duration.seconds, _comparator_of(words_before), given):
                timed.append((duration.start, duration.start + len(duration.text)))
                continue
            if _comparator_of(words_before) == "about" and _gap_between(
                duration, sentence, index, NEAR_GAP
            ):
                # « près d'une minute et demie » for 2 h 25 min 40 s against 2 h 24 min 12 s:
                # the writer's gap, rounded and said so — its numbers judged whole unless one is
                # a source figure (« à plus d'une minute quinze » for « … trente », where the
                # source's 1 min 15 s is another gap: the figures' checks see the swap)
                end = duration.start + len(duration.text)
                if not any(
                    duration.start <= u.start < end and u.key in index.figure_keys
                    for u in statement.figures
                ):
                    timed.append((duration.start, end))
                continue
            if _near_any(duration.seconds, given):
                continue  # else a bound: its figures are judged one by one, comparator and all
            # …unless it is near no duration of the source nor gap between two: invented
        timed.append((duration.start, duration.start + len(duration.text)))
        if duration.seconds in given or _between_times(duration, statement, index, before):
            continue
        # a gap between two of the source's, or a form of the source's its reader did not read
        # (« 9,87 secondes » for « 9''87 »)
        unread = misread_groups(duration.text, index.text)
        severity: Severity = (
            "review" if unread or _gap_between(duration, sentence, index) else "hard"
        )
        yield Problem(RULE, severity, problem, None, duration.text)


NEAR_GAP = Decimal("0.2")  # « près d'une minute et demie » rounds a gap within a fifth of it
NEAR_BOUND = 2  # a duration with a comparator this many times off every source one is invented


def _near_any(seconds: Decimal, given: frozenset[Decimal]) -> bool:
    """Whether a duration said with a comparator is within NEAR_BOUND times of one of `given`
    or of a gap between two (« plus d'une minute » for a gap of 88 s), a bound the figures'
    own checks judge; « près de cinq minutes » near none is a duration the source lacks."""
    gaps = {abs(a - b) for a in given for b in given if a != b}
    return any(d / NEAR_BOUND <= seconds <= d * NEAR_BOUND for d in given | gaps)


def _gap_between(
    duration: Duration, sentence: Sentence, index: SourceIndex, slack: Decimal = Decimal(0)
) -> bool:
    """« 1 min 25 s derrière le vainqueur » for the source's 1 h 03 min 45 s and 1 h 05 min 10 s:
    the difference of two durations the source gives, one of them in a source sentence the
    sentence restates (its two best aligned), where the best gives no other duration the article
    leaves out (« à 1 min 25 s » changed is a gap the source gives, changed); within `slack`
    of it (a share of the duration), where the article rounds it."""
    restated = [index.statements[at] for _, at in sentence.aligned[:2]]
    kept = {d.seconds for d in durations(sentence.statement.text)}
    near = {d.seconds for s in restated for d in durations(s.text)} - kept
    best = {d.seconds for s in restated[:1] for d in durations(s.text)} - kept
    given = _source_durations(index.text)

    def gap(d: Decimal) -> bool:
        return any(
            abs(abs(d - theirs) - duration.seconds) <= duration.seconds * slack
            for theirs in given
            if theirs != d
        )

    return any(gap(d) for d in near) and all(gap(d) for d in best)


def misread_groups(text: str, source: str) -> bool:
    """The digit groups of a figure `text` (two at least), written in `source` one after another
    in one token or adjacent ones (engine.text.digit_group_spans), where its figures read no
    number of the figure's value (« 9''87 » read as 9 and 87, for « 9,87 »): a form the reader
    missed. Read there with this value (« 68,65 $US » for « 68,65 euros »), it was read, and
    what the figure says beyond its digits is another thing the source does not say."""
    head = FIGURE_HEAD.search(text.replace(".", ","))
    if head is None:
        return False
    value = Decimal(number_key(head.group(0)))
    return any(
        not any(start < b and a < end and Decimal(h) == value for a, b, h in read_heads(source))
        for start, end in digit_group_spans(text, source)
    )


# The number a figure is written with, its thousands grouped or not: « 18 500 », « 3,2 ».
FIGURE_HEAD = re.compile(r"\d{1,3}(?: \d{3})+(?:,\d+)?|\d+(?:,\d+)?")


@lru_cache(maxsize=64)
def read_heads(text: str) -> tuple[tuple[int, int, str], ...]:
    """Where the reader reads a figure in `text`, and the number it reads there (its key)."""
    out = []
    for figure in figures(text):
        head = FIGURE_HEAD.search(figure.text.replace(".", ","))
        if head is not None:
            out.append((figure.start, figure.start + len(figure.text), number_key(head.group(0))))
    return tuple(out)


def _between_times(
    duration: Duration,
    statement: Statement,
    index: SourceIndex,
    before: tuple[FigureUse, ...] = (),
) -> bool:
    """« Cinq minutes plus tard, vers 13h30 » after the source's « vers 13h25 »: the time
    between two times of day the source gives, one of them named in the sentence; or, said as
    a time after (« Quarante minutes plus tard, … »), after a time the sentence before names
    (« Vers 9 heures, … »: the source's 9h00 and 9h40)."""
    times = _source_times(index.text)
    mine = {_seconds_of(f.key) for f in statement.figures if f.kind == "date"} & times
    if any(abs(t - other) == duration.seconds for t in mine for other in times):
        return True
    after = statement.text[duration.start + len(duration.text) :]
    if _SPAN_AFTER.match(after) is None:
        return False
    earlier = {_seconds_of(f.key) for f in before if f.kind == "date"} & times
    return any(t + duration.seconds in times for t in earlier)


@lru_cache(maxsize=64)
def _source_times(text: str) -> frozenset[Decimal]:
    return frozenset(
        seconds
        for f in figures(text)
        if f.kind == "date" and (seconds := _seconds_of(f.key)) is not None
    )


def _seconds_of(key: str) -> Decimal | None:
    """The seconds since midnight of a time of day's key (« 13:25 »), None for another date."""
    found = _TIME_KEY.fullmatch(key)
    return Decimal(int(found[1]) * 3600 + int(found[2]) * 60) if found else None


_TIME_KEY = re.compile(r"(\d{2}):(\d{2})")


@lru_cache(maxsize=64)
@lru_cache(maxsize=64)
def _source_durations(text: str) -> frozenset[Decimal]:
    """The durations of a source in seconds: in minutes and seconds, and, where it gives any,
    its lengths in hours to years too (« une demi-heure » for « de 30 à 60 minutes », « 90
    minutes » for « une heure et demie »: one length, whatever its unit). A source that gives
    none in minutes and seconds gives none to check (a gap, a rounding of « une quinzaine de
    secondes »: the figures' own checks)."""
    said = frozenset(d.seconds for d in durations(text))
    return said | {h * 3600 for h in source_long_durations(text)} if said else said


def as_source_durations(text: str, index: SourceIndex) -> list[tuple[int, int]]:
    """The spans of `text`'s lengths of time in hours, days, months or years that the source
    gives in another unit or form (« deux jours » for its « 48 heures », « un semestre » for
    « six mois »): a number of one that the source never gives is the source's all the same.
    A number the source does give is judged as any other (« quinze années » for the source's
    « cinq ans », its « quinze ans » another fact's: a swap), and so is a length the source
    does not give."""
    given = source_long_durations(index.text)
    return [(d.start, d.start + len(d.text)) for d in _lengths(text) if d.seconds in given]


def _length_problems(sentence: Sentence, index: SourceIndex) -> Iterator[Problem]:
    """A length of time the source gives in no unit, counted in the unit of one the source
    sentence this one restates gives (« trois semaines » for its « une semaine », « deux ans »
    for its « cinq ans »): that length changed, as certain as the alignment. Its number is
    still judged as a figure (« sept » the source never gives is hard however aligned). Not a
    length in another unit (« quatre jours » beside the source's « 60 ans »: an
    age, a length computed from two dates), a time of day (« 10 heures »), nor a length with a
    comparator (« plus de deux ans »)."""
    at = restated(sentence)
    if at is None:
        return
    source = index.statements[at].text
    said = _lengths(source)
    # an age restates an age, a length a length (« Âgée de 31 ans » is no length to set
    # against the article's « il y a trois ans »)
    ages = {d.unit: d for d in said if d.unit and _an_age(source, d)}
    spans = {d.unit: d for d in said if d.unit and not _an_age(source, d)}
    # …the source may say an age in a way not read as one (« le tueur de 26 ans »): an age of
    # the article restates the source's length where the source gives no age
    given = source_long_durations(index.text) | {d.seconds for d in said}  # the title's too
    text = sentence.statement.text
    for length in _lengths(text):
        aged = _an_age(text, length)
        other = (ages if aged else spans).get(length.unit)
        if other is None and aged:
            other = spans.get(length.unit)
        if (
            other is None
            or length.seconds in given
            or length.unit == "heure"  # « à 5 heures » is a time of day as often
            or _compared(text[max(0, length.start - 40) : length.start])
            or _gap_of(length, text, said)  # « treize ans de plus que » for 33 and 20 ans
        ):
            continue
        problem = f"gives «{length.text}» where the source gives «{other.text}»"
        # a span counted from a moment (« il y a trois ans », « trois ans plus tard ») is the
        # writer's count between two dates as often as the source's length: a review
        span = _AGO.search(text[: length.start]) or _SPAN_AFTER.match(
            text[length.start + len(length.text) :]
        )
        yield Problem(RULE, "review" if span else certainty(sentence), problem, at, length.text)


def _an_age(text: str, length: Duration) -> bool:
    """Whether a length in years is someone's age: « à 37 ans », « âgée de 31 ans », or set
    between commas after a name (« Sarah Benali, 31 ans, »); not a span from a moment
    (« succès, trois ans après celui de Rotterdam »)."""
    if length.unit != "an":
        return False
    before, after = text[: length.start], text[length.start + len(length.text) :]
    if _AGE_BEFORE.search(before):
        return True
    return before.rstrip().endswith(",") and after.lstrip()[:1] in (",", ")")


# « à 37 ans », « âgée de 31 ans »: a number of years said as an age
_AGE_BEFORE = re.compile(r"(?:\bà|\bâgée?s?\s+de)\s*$", re.IGNORECASE)
_AGO = re.compile(r"\bil\s+y\s+a(?:\s+(?:plus\s+de|près\s+de|environ|presque))?\s*$", re.I)


def _gap_of(length: Duration, text: str, said: tuple[Duration, ...]) -> bool:
    """A length said as a difference (« treize ans de plus que », « de treize ans l'aîné »)
    that is the gap between two lengths of its unit the restated sentence gives (20 and 33
    ans): the writer's own subtraction, checked (« quatorze ans de plus » stays a change)."""
    if not difference_at(text, length.start, length.start + len(length.text)):
        return False
    mine = [d.seconds for d in said if d.unit == length.unit]
    return any(abs(a - b) == length.seconds for n, a in enumerate(mine) for b in mine[n + 1 :])


@lru_cache(maxsize=64)
def source_long_durations(text: str) -> frozenset[Decimal]:
    """The lengths of time of a source in hours, days, months or years, in hours: those it says
    (« cinq derniers millénaires » is « cinq mille ans »), its durations in minutes (« 60
    minutes » is « une heure »), and the span between two years one of its sentences gives
    (« entre l'an 1000 et l'an 1400 »: « quatre siècles »)."""
    said = {d.seconds for d in _lengths(text)} | {d.seconds / 3600 for d in durations(text)}
    for sentence in _SENTENCE_END.split(text):
        years = sorted({int(f.key) for f in figures(sentence) if _YEAR.fullmatch(f.text)})
        said |= {(b - a) * _YEAR_HOURS for n, a in enumerate(years) for b in years[n + 1 :]}
    return frozenset(said)


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")
_YEAR = re.compile(r"1\d{3}|20\d{2}|21\d{2}")
_YEAR_HOURS = next(Decimal(h) for w, h in tagged("long_durations").items() if w == "an")


@lru_cache(maxsize=512)
def _lengths(text: str) -> tuple[Duration, ...]:
    """The lengths of time of a sentence or a source (read once per text: two rules ask)."""
    return tuple(long_durations(text))


def _bounds_one(seconds: Decimal, comparator: str | None, given: frozenset[Decimal]) -> bool:
    """Whether a duration said with a comparator rounds one of `given` to its last unit (an hour,
    a minute or a second): « moins de » one a little below it, « plus de » above, « environ »
    either side. Not one it equals: the source's own duration with a comparator is judged by the
    figures' checks (« moins de deux minutes » for its « plus de deux minutes »)."""
    step = next(s for s in (Decimal(3600), Decimal(60), Decimal(1)) if seconds % s == 0)
    return any(
        (comparator != "more" and seconds - step < exact < seconds)
        or (comparator != "less" and seconds < exact < seconds + step)
        for exact in given
    )


def _tail(before: str) -> str:
    """The words before a figure, an elided article set apart (« d'environ » ends with
    « environ »)."""
    return " " + before.replace("’", "'").replace("'", "' ").rstrip()


def _comparator_of(before: str) -> str | None:
    """The comparator the words before a figure end with: "more", "less", "about"."""
    tail = _tail(before)
    return next(
        (
            tag
            for phrase, tag in tagged("comparators", "\t").items()
            if tail.endswith(" " + phrase.rstrip("'").rstrip()) or tail.endswith(" " + phrase)
        ),
        None,
    )


def _compared(before: str) -> bool:
    """The words before a figure bound or round it (« plus d'», « près de », « environ »)."""
    tail = _tail(before)
    return any(
        tail.endswith(" " + phrase.rstrip("'").rstrip()) or tail.endswith(" " + phrase)
        for phrase in tagged("comparators", "\t")
    )


def _factor_problems(
    sentence: Sentence, index: SourceIndex, before: tuple[FigureUse, ...] = ()
) -> Iterator[Problem]:
    """A factor (« a triplé », « multiplié par vingt », « plus du triple ») must be one the
    source gives, or the ratio of two figures of one unit that the sentence or the source
    sentence it restates gives (« 156 mm, soit plus du double de la moyenne, 67,7 mm »), or one
    of the sentence and one of the sentence `before` (« la hausse atteint 0,4 point. C'est le
    double de celle de l'ensemble, 0,2 point »): hard where the source gives factors or the
    sentence its own two figures, else a review."""
    statement = sentence.statement
    mine = list(factors(statement.text))
    if not mine:
        return
    given = _source_factors(index.text)
    spans = [(f.start, f.start + len(f.text)) for f in mine]  # « deux » of « deux fois plus »
    figures = tuple(f for f in statement.figures if not any(a <= f.start < b for a, b in spans))
    own = _ratios(figures, statement.text)
    at = restated(sentence)
    said = index.statements[at].text if at is not None else ""
    theirs = _ratios(index.statements[at].figures, said) if at is not None else []
    shown = _ratios(figures + before) if before else []  # across the two sentences
    for factor in mine:
        if any(_said_alike(factor, f) or _fits(factor, f.value) for f in given) or any(
            _of_ratio(factor, ratio) for ratio, _ in own + theirs + shown
        ):
            continue
        if _overtaken(factor, statement.text, said):
            continue
        if own or theirs:
            said = (own or theirs)[0][1]
            severity: Severity = "hard" if own else certainty(sentence)
            yield Problem(
                RULE, severity, f"gives «{factor.text}» where the source gives «{said}»", at,
                factor.text,
            )  # fmt: skip
        elif given:
            problem = f"gives «{factor.text}» where the source gives «{given[0].text}»"
            yield Problem(RULE, certainty(sentence), problem, at, factor.text)
        elif _counted_ratio(factor, statement, index):
            continue
        elif any(_of_ratio(factor, r) for r in _shown_against(figures + before, sentence, index)):
            continue  # « plus de deux fois plus nombreux que ceux qui ont voté contre » for 23, 10
        else:
            problem = (
                f"{UNKNOWN}factor not in the source «{factor.text}», only the source's figures"
            )
            yield Problem(RULE, "review", problem, None, factor.text)


def _overtaken(factor: Factor, text: str, said: str) -> bool:
    """« Morin l'a doublée », « a doublé Clara Petit » where the source sentence restated says
    « Morin la double » itself: the verb of overtaking someone (a pronoun before it, a name after
    it), no factor of a quantity."""
    stem = next((s for s in tagged("factors") if factor.text.lower().startswith(s)), None)
    if stem is None or not re.search(rf"(?<![\w-]){stem}\w*", said, re.IGNORECASE):
        return False
    before = text[: factor.start]
    after = text[factor.start + len(factor.text) :]
    return bool(_OBJECT_BEFORE.search(before) or _NAME_AFTER.match(after))


# « l'a doublée », « les avait doublés »: the one overtaken, a pronoun before the auxiliary
_OBJECT_BEFORE = re.compile(
    r"(?<![\w-])(?:l['’]|la\s+|le\s+|les\s+)(?:a|ont|avait|avaient|aura|auront)\s+$", re.I
)
_NAME_AFTER = re.compile(r"\s+(?:l['’]|les?\s+|la\s+)?[A-ZÀ-Ý][\w-]+\s+[A-ZÀ-Ý]")


def _counted_ratio(factor: Factor, statement: Statement, index: SourceIndex) -> bool:
    """« le nombre d'articles a doublé » where the source counts one million articles at one
    date and two millions at another: the ratio of two source counts of a noun the sentence
    says, both counting it (their noun, or their unit, the same)."""
    counted: dict[tuple[str, str | None, str | None], list[FigureUse]] = {}
    for uses in index.uses.values():
        for use, _ in uses:
            what = use.noun or use.unit
            if what is None or what not in statement.lemmas or use.kin in _NO_RATIO:
                continue
            counted.setdefault((use.kin, use.unit, use.noun), []).append(use)
    return any(
        _of_ratio(factor, ratio) for found in counted.values() for ratio, _ in _ratios(tuple(found))
    )


_NO_RATIO = frozenset({"year", "date", "time"})


def _shown_against(
    figures: tuple[FigureUse, ...], sentence: Sentence, index: SourceIndex
) -> Iterator[Decimal]:
    """The ratios of a figure the reader is shown (the sentence's or the one before's, a
    source figure) to one of another source sentence the sentence restates as well as its best
    (within CLOSE of it), of one kin and unit: « Vingt-trois autres membres se sont abstenus.
    Ils sont plus de deux fois plus nombreux que ceux qui ont voté contre » for the source's
    « Dix ont voté contre » — the sentence names the other group by what its source sentence
    says of it."""
    shown = [
        f for f in figures if f.key in index.figure_keys and f.kin not in _NO_RATIO and f.value
    ]
    if not shown or not sentence.aligned:
        return
    # a count of another noun the sentence names (« le nombre de contributeurs a doublé ») is
    # what its factor is of, not the pair's
    named = {
        u.noun or u.unit for uses in index.uses.values() for u, _ in uses
    } & sentence.statement.lemmas
    best = sentence.aligned[0][0]
    for score, at in sentence.aligned:
        if score < best - CLOSE:
            break
        for theirs in index.statements[at].figures:
            for mine in shown:
                if (mine.kin, mine.unit) != (theirs.kin, theirs.unit) or not theirs.value:
                    continue
                if named - {mine.noun, theirs.noun, mine.unit}:
                    continue
                if mine.value != theirs.value:
                    assert mine.value is not None
                    big, low = max(mine.value, theirs.value), min(mine.value, theirs.value)
                    yield big / low


def _magnitude_problems(statement: Statement, index: SourceIndex) -> Iterator[Problem]:
    """An order of magnitude in words (« plusieurs dizaines de milliards ») must hold a figure
    or an order the source gives: hard where the source says orders of its own and none
    overlaps, a review where the source says none and no figure of it is in the span."""
    for magnitude in magnitudes(statement.text):
        orders = _source_magnitudes(index.text)
        # the title's too vouch for it (« des centaines de blessés » in the source's title)
        titled = _source_magnitudes("\n".join(s.text for s in index.statements))
        overlapping = [o for o in titled if o.low < magnitude.high and magnitude.low < o.high]
        if overlapping:
            other = _another_round(magnitude, overlapping, index)
            if other is not None:  # « une cinquantaine » for the source's « une quarantaine »
                problem = f"gives «{magnitude.text}» where the source gives «{other.text}»"
                yield Problem(RULE, "review", problem, None, magnitude.text)
            continue
        unit = _LENGTH_UNIT.match(statement.text, magnitude.start + len(magnitude.text))
        if unit is not None:  # « une dizaine de mois »: a length of time, between two dates
            said = _LENGTH_UNITS[unit.group(1).lower()]
            if span_within(magnitude.low, magnitude.high, said, index) or _period_within(
                magnitude, said, index.text
            ):
                continue
        # a figure of the source in its span: any where the source says no order itself, else
        # one of the same noun (« un millier de triathlètes » for « près de 1 000 triathlètes »
        # in a source that has « une centaine de féminines » too)
        counted = OF_UNIT.match(statement.text[magnitude.start + len(magnitude.text) :])
        counted = counted or _elided_noun(magnitude, statement.text)
        # a plural order's noun by its stem whatever its number (« plusieurs milliers d'hommes »
        # for « 3 000 hommes », read « homme »); a round figure's as written, its span being
        # wide (« une centaine de balles » is no « 50 balles »)
        stem_of = _noun_stem if magnitude.about is None else _first_letters
        stem = stem_of(counted.group(1)) if counted else None
        high = magnitude.high
        if not orders and _PLURAL.match(magnitude.text):  # « des milliers » for 18 000
            high = max(high, magnitude.low * PLURAL_REACH)
        inside = [
            (f, at)
            for uses in index.uses.values()
            for f, at in uses
            if f.kin != "year" and f.value is not None and magnitude.low <= f.value < high
        ]
        if any(
            not orders
            or stem in {stem_of(f.noun or ""), stem_of(f.unit or "")}
            # « un millier d'évacués » for « 1 000 personnes ont été évacuées »: the noun the
            # writer makes of the verb the source says its figure's people underwent
            or stem is not None
            and any(stem_of(w) == stem for w in _after(f, index.statements[at].text))
            for f, at in inside
        ):
            continue
        problem = f"{UNKNOWN}number not in the source «{magnitude.text}», only the source's figures"
        # a plural order is hard only where no figure of the source falls in its span: one
        # that does, of a noun named otherwise (« plusieurs milliers de miliciens » for « 3 000
        # à 8 000 hommes »), may count the same thing in the writer's word — a review
        certain = orders and (magnitude.about is not None or not inside)
        yield Problem(RULE, "hard" if certain else "review", problem, None, magnitude.text)


AFTER_FIGURE = 6  # words after a source figure that may say what its people underwent


def _after(figure: FigureUse, text: str) -> list[str]:
    """The words right after a figure of `text` and its noun (« 1 000 personnes ont été
    évacuées »: « ont », « été », « évacuées »); its noun is judged as the noun, with its own
    span (« une centaine de balles » is no « 50 balles »)."""
    return re.findall(r"[^\W\d_]+", text[figure.start + len(figure.text) :])[1:AFTER_FIGURE]


def _noun_stem(word: str) -> str:
    """A noun's stem whichever its number: « hommes » as written after an order, « homme » as
    the source's figure's noun is read (its lemma) — a short noun's plural ending falls within
    NOUN_STEM letters."""
    return re.sub(r"(?<=\w\w)[sx]$", "", word.lower())[:NOUN_STEM]


def _first_letters(word: str) -> str:
    return word.lower()[:NOUN_STEM]


def _elided_noun(magnitude: Magnitude, text: str) -> re.Match[str] | None:
    """The noun an order with none of its own leaves unsaid, the one of the order before it in
    the sentence (« des milliers d'individus autrefois, quelques centaines aujourd'hui »)."""
    before = list(magnitudes(text[: magnitude.start]))
    if not before:
        return None
    return OF_UNIT.match(text[before[-1].start + len(before[-1].text) :])


# « des milliers de spectateurs » for the source's « environ 18 000 personnes »: the plural
# order said with « des » holds up to this many of its unit (dix-huit milliers are thousands),
# where the source says no order of its own to set against it
PLURAL_REACH = 20
_PLURAL = re.compile(r"des\s", re.IGNORECASE)

_LENGTH_UNITS = {
    "jours": "jour",
    "semaines": "semaine",
    "mois": "mois",
    "ans": "an",
    "années": "an",
}
_LENGTH_UNIT = re.compile(r"\s+(?:de\s+|d['’])(" + "|".join(_LENGTH_UNITS) + r")\b", re.IGNORECASE)


def _period_within(magnitude: Magnitude, unit: str, text: str) -> bool:
    """« une dizaine d'années » for the source's « la dernière décennie »: a period the source
    names (lexicon/conversions.txt: « décennie » is ten years) as long as the order says."""
    from engine.text.lexicon import lines

    return any(
        to == unit
        and magnitude.low <= Decimal(factor) < magnitude.high
        and re.search(rf"(?<![\w-]){re.escape(period)}s?(?![\w-])", text, re.IGNORECASE)
        for period, to, factor in (line.split() for line in lines("conversions"))
    )


@lru_cache(maxsize=64)
def _source_magnitudes(text: str) -> tuple[Magnitude, ...]:
    return tuple(orders_said(text))


_FACTOR_SLACK = Decimal("0.15")  # « a triplé » for ×2,9: a factor is said round


def _said_alike(factor: Factor, given: Factor) -> bool:
    """The source's own factor with its own bound (« plus de deux fois plus éloignée » for « plus
    de deux fois plus loin »): not a ratio the bound must exceed, the same words."""
    return factor.value == given.value and factor.comparator == given.comparator


def _fits(factor: Factor, ratio: Decimal) -> bool:
    if factor.comparator == "more":
        return ratio > factor.value
    if factor.comparator == "less":
        return ratio < factor.value
    return abs(ratio - factor.value) <= factor.value * _FACTOR_SLACK


def _of_ratio(factor: Factor, ratio: Decimal) -> bool:
    """Whether a factor is a ratio of two figures (the larger over the smaller): « divisée par
    deux », a factor of one half, is the ratio 2 of twelve months to six, as « doublé » is."""
    if factor.value <= 0 or factor.value >= 1 or factor.comparator:
        return _fits(factor, ratio)
    return _fits(replace(factor, value=1 / factor.value), ratio)


def _ratios(found: tuple[FigureUse, ...], text: str = "") -> list[tuple[Decimal, str]]:
    """The ratio of every two figures of one kin and unit, the larger over the smaller, with
    how the pair is written (« 156 / 67,7 »); in `text`, a number that leaves its unit to the
    next (« de douze à six mois ») is of that unit."""
    from engine.gate.claims.numeric import one_unit_for_two

    out = []
    for n, a in enumerate(found):
        for b in found[n + 1 :]:
            if a.kin in ("year", "date", "time"):
                continue
            if (a.kin != b.kin or a.unit != b.unit) and not (text and one_unit_for_two(a, b, text)):
                continue
            if a.value and b.value and a.value > 0 and b.value > 0 and a.value != b.value:
                big, low = (a, b) if a.value > b.value else (b, a)
                assert big.value is not None and low.value is not None
                out.append((big.value / low.value, f"{big.text} / {low.text}"))
    return out


@lru_cache(maxsize=64)
def _source_factors(text: str) -> tuple[Factor, ...]:
    return tuple(factors(text))


def _month_problems(sentence: Sentence, index: SourceIndex) -> Iterator[Problem]:
    """A month named alone (« l'élection du mois d'avril »), outside any date: invented where
    the source never names it; where it does, but the source sentence this one restates names
    other months and not this one, it stands for one of them."""
    yield from _part_of_month_problems(sentence, index)
    for name in _months_alone(sentence.statement):
        month = MONTHS[name]
        if not month_said(month, index):
            problem = f"{UNKNOWN}date not in the source «{name}», only the source's figures"
            yield Problem(RULE, "hard", problem, None, name)
            continue
        at = restated(sentence)
        if at is None:
            continue
        theirs = _months_alone(index.statements[at])
        dated = {
            k[5:7] if k[:4].isdigit() else k[2:4]
            for f in index.statements[at].figures
            if f.kind == "date"
            for k in f.key.split("/")
        }
        if f"{month:02d}" in dated:
            continue  # « en mars prochain » for the sentence's « en mars 2017 »
        said = index.statements[at].text
        relative = {MONTHS[t] % 12 + 1 for t in theirs} if _NEXT_MONTH.search(said) else set()
        if _PREVIOUS_MONTH.search(said):
            relative |= {(MONTHS[t] - 2) % 12 + 1 for t in theirs}
        if month in relative:
            continue  # « contre 11,8 % en octobre » for « … pour novembre, … le mois précédent »
        if month in _months_off(said, index):
            continue  # « en mars » for « le mois dernier » in an article dated April
        if theirs and all(MONTHS[t] != month for t in theirs):
            problem = f"gives «{name}» where the source gives «{theirs[0]}»"
            summary = sentence.target is not None and sentence.target.kind in SUMMARIES
            yield Problem(RULE, "review" if summary else certainty(sentence), problem, at, name)


def _months_off(text: str, index: SourceIndex) -> set[int]:
    """The months `text` says from the source's dateline (« le mois dernier » in an article
    dated 2 April: March)."""
    day = opening_day(index)
    if day is None:
        return set()
    steps = {-1 if m[1].lower() == "dernier" else 1 for m in MONTH_OFF.finditer(text)}
    return {(day[1] - 1 + step) % 12 + 1 for step in steps}


def _season_problems(sentence: Sentence, index: SourceIndex) -> Iterator[Problem]:
    """A season (« depuis l'hiver dernier ») where the source sentence this one restates dates
    the fact by other seasons and not this one (« depuis l'été dernier »), nor does one as near
    to it or the one that goes on about it (`attached.continues`: « … pour l'hiver. Ils en
    cherchent 1 200 pour l'été »): a date changed, as certain as the sentence's alignment (a
    season the source never names may be its months', « cet été » for « en août »: left
    alone)."""
    at = restated(sentence)
    mine = _seasons(sentence.statement.text)
    if at is None or not mine:
        return
    theirs = _seasons(index.statements[at].text)
    top = sentence.aligned[0][0]
    near = [i for score, i in sentence.aligned if score >= top - CLOSE and i != at]
    near += [at + 1] if continues(at + 1, index) else []  # « Ils en cherchent 1 200 pour l'été »
    if any(set(mine) & set(_seasons(index.statements[i].text)) for i in near):
        return  # a sentence that merges two of the source's: the other one's season
    if theirs and not set(mine) & set(theirs):
        name = mine[0]
        problem = f"gives «{name}» where the source gives «{theirs[0]}»"
        summary = sentence.target is not None and sentence.target.kind in SUMMARIES
        yield Problem(RULE, "review" if summary else certainty(sentence), problem, at, name)


def _seasons(text: str) -> list[str]:
    """The seasons a text dates by, after a word that makes them a time (« l'été », « cet
    hiver », « au printemps », « en automne »: not « a été »)."""
    return [m.group(1).lower() for m in _season().finditer(text)]


@lru_cache(maxsize=1)
def _season() -> re.Pattern[str]:
    names = "|".join(lines("seasons"))
    return re.compile(
        rf"(?<![\w-])(?:l['’]\s*|(?:cet|cette|en|au|du|d['’])\s+)({names})(?![\w-])", re.IGNORECASE
    )


# The part of a month a day falls in, as a writer says it (« début janvier », « mi-mars », « fin
# mai »), and the days it may stand for: a writer's « mi-juillet » may fall a few days either
# side (PART_OF_MONTH_SLACK).
PARTS_OF_MONTH = {"début": (1, 10), "mi": (11, 20), "fin": (21, 31)}
PART_OF_MONTH_SLACK = 3
_PART_OF_MONTH = re.compile(
    r"(?<![\w-])(début|mi|fin)(?:\s+|-)(?:de\s+|d['’])?("
    + "|".join(sorted(MONTHS, key=len, reverse=True))
    + r")(?![\w-])",
    re.IGNORECASE,
)


def _part_of_month_problems(sentence: Sentence, index: SourceIndex) -> Iterator[Problem]:
    """« fin juillet » where the source dates its facts of July on days that fall in another
    part of the month (« le 6 juillet »): a date the source gives in no form (hard). Where the
    source gives days in that part, but the source sentence this one restates dates it on
    another (« fin juillet » for its « le 6 juillet », the source's 24 said elsewhere): that
    sentence's date, as certain as the alignment. Not where the source says that part itself,
    nor of a month the source gives no day of."""
    at = restated(sentence)
    for found in _PART_OF_MONTH.finditer(sentence.statement.text):
        part, month = found.group(1).lower(), MONTHS[found.group(2).lower()]
        days = _days(index.figure_keys, month)
        if not days or stands_in(found.group(0), index.text):
            continue
        theirs = (
            _days({f.key for f in index.statements[at].figures}, month) if at is not None else set()
        )
        if not any(_in_part(d, part) for d in days):
            shown = ", ".join(str(d) for d in sorted(days))
            problem = (
                f"{UNKNOWN}date not in the source «{found.group(0)}», "
                f"the source's days of that month: {shown}"
            )
            yield Problem(RULE, "hard", problem, None, found.group(0))
        elif theirs and not any(_in_part(d, part) for d in theirs):
            shown = ", ".join(f"{d} {found.group(2)}" for d in sorted(theirs))
            problem = f"gives «{found.group(0)}» where the source gives «{shown}»"
            yield Problem(RULE, certainty(sentence), problem, at, found.group(0))


def _in_part(day: int, part: str) -> bool:
    first, last = PARTS_OF_MONTH[part]
    return first - PART_OF_MONTH_SLACK <= day <= last + PART_OF_MONTH_SLACK


def _days(keys: set[str] | frozenset[str], month: int) -> set[int]:
    """The days of `month` among date keys (« 2016-07-06 », « --07-06 », ranges too)."""
    days = set()
    for key in keys:
        for one in key.split("/"):
            found = re.fullmatch(rf"(?:\d{{4}}|-)-{month:02d}-(\d\d)", one)
            if found:
                days.add(int(found.group(1)))
    return days


def _months_alone(statement: Statement) -> list[str]:
    """The months a sentence names outside its dates (« la présidentielle de mai »)."""
    dated = [(f.start, f.start + len(f.text)) for f in statement.figures if f.kind == "date"]
    return [
        m.group(0)
        for m in _MONTH_ALONE.finditer(statement.text)
        if not any(start <= m.start() < end for start, end in dated)
    ]


def _period_problems(sentence: Sentence, index: SourceIndex) -> Iterator[Problem]:
    """The period of a rate (« une supernova par siècle », « chaque année »): one the source
    never gives a rate by, where the source sentence this one restates gives another, is a
    changed figure (« par décennie »)."""
    mine = _periods(sentence.statement.text)
    at = restated(sentence)
    if not mine or at is None:
        return
    theirs = _periods(index.statements[at].text)
    anywhere = _source_periods(index.text)
    converted = {
        period_after(sentence.statement.text, f.start + len(f.text))
        for f in sentence.statement.figures
        if converted_rate(f, sentence.statement.text, index) is not None
    }
    for period, written in mine.items():
        if period in converted:
            continue  # « 275 000 euros par an » for the source's 22 900 euros par mois
        if theirs and period not in theirs and period not in anywhere:
            other = next(iter(theirs.values()))
            problem = f"gives «{written}» where the source gives «{other}»"
            yield Problem(RULE, certainty(sentence), problem, at, written)


_SAME_PERIOD = tagged("periods")
_PERIOD = re.compile(
    r"(?<![\w-])(?:par|chaque|tous les|toutes les)\s+("
    + "|".join(sorted(_SAME_PERIOD, key=len, reverse=True))
    + r")s?(?![\w-])",
    re.IGNORECASE,
)


def _periods(text: str) -> dict[str, str]:
    """The periods rates are given by in `text` (« par an » and « chaque année » are one)."""
    out: dict[str, str] = {}
    for match in _PERIOD.finditer(text):
        word = match.group(1).lower()
        out.setdefault(_SAME_PERIOD[word], match.group(0))
    return out


_RATE_GAP = re.compile(r"\s*(?:[^\s.;:!?]+\s+){0,3}?$")  # « d'euros », « de dollars »


def period_after(text: str, end: int) -> str | None:
    """The period of a rate a figure ending at `end` is given by, within three words after it
    (« 22 900 euros par mois », « 6 milliards de dollars par an »): "mois", "an"; or None."""
    for match in _PERIOD.finditer(text, end, min(len(text), end + 40)):
        if _RATE_GAP.fullmatch(text[end : match.start()]) is not None:
            return _SAME_PERIOD[match.group(1).lower()]
        return None
    return None


@lru_cache(maxsize=64)
def _source_periods(text: str) -> frozenset[str]:
    return frozenset(_periods(text))


# A month's name as written in running text (lowercase: « Mars » is a planet, « Mai 68 » a name).
_MONTH_ALONE = re.compile(
    r"(?<![\w-])(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")(?![\w-])"
)


def month_said(month: int, index: SourceIndex) -> bool:
    """The source names the month, dates a day of it, or says it as « le mois précédent » of the
    month after it it names (« 11,8 % le mois précédent » in figures for « novembre »: octobre),
    or as « le mois suivant » of the month before."""
    if _month_named(month, index) or month <= _first_months(index.text):
        return True
    after, before = month % 12 + 1, (month - 2) % 12 + 1
    return bool(
        _PREVIOUS_MONTH.search(index.text)
        and _month_named(after, index)
        or _NEXT_MONTH.search(index.text)
        and _month_named(before, index)
    )


def _month_named(month: int, index: SourceIndex) -> bool:
    names = [name for name, number in MONTHS.items() if number == month]
    # a day of it, or the month itself the source says otherwise (« le mois dernier »: 2017-03)
    return any(
        f"--{month:02d}-" in key or re.fullmatch(rf"\d{{4}}-{month:02d}", key)
        for key in index.figure_keys
    ) or any(stands_in(name, index.text) for name in names)


_SPANS = {"mois": 1, "trimestre": 3, "semestre": 6}
_FEW = "|".join(word for word, value in SMALL.items() if 2 <= value <= 11)  # « neuf premiers »
_FIRST_OF_YEAR = re.compile(
    rf"\b(?:(\d{{1,2}}|{_FEW})\s+)?premiers?\s+(mois|trimestres?|semestres?)\b", re.IGNORECASE
)


@lru_cache(maxsize=64)
def _first_months(text: str) -> int:
    """How many months from January the source counts as « les neuf premiers mois de
    l'année », « le premier trimestre », « les trois premiers trimestres »: the months it
    spans are the source's (« entre janvier et septembre »)."""
    most = 0
    for found in _FIRST_OF_YEAR.finditer(text):
        count = found[1] or "1"
        n = int(count) if count.isdigit() else SMALL[count.lower()]
        span = found[2].lower()
        most = max(most, n * _SPANS[span if span == "mois" else span.rstrip("s")])
    return min(most, 12)


_PREVIOUS_MONTH = re.compile(r"(?<![\w-])mois\s+précédent(?![\w-])", re.IGNORECASE)
_NEXT_MONTH = re.compile(r"(?<![\w-])mois\s+suivant(?![\w-])", re.IGNORECASE)


# A lapse of time between two events, said from the later or the earlier one: « une demi-heure
# plus tard », « deux heures après », « il y a six mois », « un an plus tôt » — its length in
# minutes, its bound (« moins de deux heures après »). A count is a whole word: the « neuf » of
# « quatre-vingt-neuf jours plus tard » is no lapse of nine days.
_LAPSE_UNITS = {
    "minute": 1,
    "heure": 60,
    "jour": 1440,
    "semaine": 10080,
    "mois": 43200,
    "an": 525600,
    "année": 525600,
}
_LAPSE_BOUND = r"(?P<bound>moins\s+d(?:e\s+|['’]\s*)|plus\s+d(?:e\s+|['’]\s*))?"
_LAPSE_COUNT = r"(?P<n>\d+|" + "|".join(sorted(SMALL, key=len, reverse=True)) + r")"
_LAPSE_UNIT = r"(?P<unit>minutes?|heures?|jours?|semaines?|mois|ans?|années?)"
_LAPSE_HALF = r"(?P<half>une\s+demi-heure|un\s+quart\s+d['’]heure)"
_LAPSE_AFTER = r"\s+(?:plus\s+tard|plus\s+tôt|après|auparavant)\b"
_LAPSES = (
    re.compile(
        rf"(?<![\w-]){_LAPSE_BOUND}(?:{_LAPSE_HALF}|{_LAPSE_COUNT}\s+{_LAPSE_UNIT}){_LAPSE_AFTER}",
        re.IGNORECASE,
    ),
    re.compile(
        rf"\bil\s+y\s+a\s+{_LAPSE_BOUND}(?:{_LAPSE_HALF}|{_LAPSE_COUNT}\s+{_LAPSE_UNIT})\b",
        re.IGNORECASE,
    ),
)


def lapses(text: str) -> list[tuple[str, int, str | None]]:
    """The lapses of time a text gives (`_LAPSES`): (as written, minutes, bound: less / more)."""
    out = []
    for m in (m for pattern in _LAPSES for m in pattern.finditer(text)):
        if m["half"]:
            minutes = 30 if "demi" in m["half"].lower() else 15
        else:
            count = m["n"].lower()
            value = int(count) if count.isdigit() else SMALL.get(count)
            unit = m["unit"].lower()
            unit = unit if unit in _LAPSE_UNITS else unit.rstrip("s")
            if value is None or unit not in _LAPSE_UNITS:
                continue
            minutes = value * _LAPSE_UNITS[unit]
        bound = m["bound"] and ("less" if m["bound"].lower().startswith("moins") else "more")
        out.append((m[0].strip(), minutes, bound or None))
    return out


def _lapse_problems(sentence: Sentence, index: SourceIndex) -> Iterator[Problem]:
    """A lapse of time (« deux heures plus tard ») in a sentence that restates a source sentence
    giving one other lapse (« une demi-heure plus tard »), this one given by no source sentence:
    a review (which events the two lapses separate is the doubt; the length is the source's
    otherwise: « trente minutes plus tard » is its « une demi-heure plus tard »)."""
    at = restated(sentence)
    mine = lapses(sentence.statement.text)
    if at is None or len(mine) != 1:
        return
    theirs = lapses(index.statements[at].text)
    if len(theirs) != 1:
        return
    (said, minutes, bound), (given, source_minutes, source_bound) = mine[0], theirs[0]
    if minutes == source_minutes or _within(minutes, bound, source_minutes, source_bound):
        return
    if any(m == minutes for s in index.statements for _, m, _ in lapses(s.text)):
        return  # another source sentence gives this lapse: a fact merged from there
    yield Problem(RULE, "review", f"gives «{said}» where the source gives «{given}»", at, said)


def _within(minutes: int, bound: str | None, source: int, source_bound: str | None) -> bool:
    """A lapse the source's bound allows, said without one (« une heure après » for « moins de
    deux heures après »)."""
    if bound is not None:
        return False
    return (source_bound == "less" and minutes < source) or (
        source_bound == "more" and minutes > source
    )

"""Figures in context: a figure must be the source's, with its unit and what it counts; a date the
one the restated sentence gives; « plus de » / « moins de » and the direction of a change as the
source says; a rounded, converted, computed or ordinal figure said so; a weekday that fits its
date; small counts in words read as discourse unless the source counts the same thing otherwise.
"""

from __future__ import annotations

import datetime
import math
import re
from collections.abc import Iterator
from decimal import Decimal
from functools import lru_cache

from engine.brief.figures import SMALL, durations, spelled_ordinals
from engine.gate.claims.alignment import (
    ALIGNED,
    ATTACHED,
    CLOSE,
    CONVERTED,
    HOLDING,
    SMALL_COUNT,
    SUMMARIES,
    UNKNOWN,
    Problem,
    Sentence,
    certainty,
    fragments_beside,
    question,
    restated,
)
from engine.gate.findings import Severity
from engine.gate.source_index import SourceIndex
from engine.gate.statements import WEEKDAYS, FigureUse, Statement, day_key
from engine.text import fold, stands_in
from engine.text.patterns import FRENCH_STOPWORDS

RULE = "figures"


def small(use: FigureUse) -> bool:
    """A small count in words ("deux finalistes"): the article's discourse as often as a fact."""
    return use.spelled and use.kin == "count" and use.value is not None and use.value <= SMALL_COUNT


def _grade(use: FigureUse, sentence: Sentence, attached: object = None) -> Severity:
    """A figure the source gives elsewhere, in the place of the one the sentence restates: hard
    where the sentence surely restates that one, in the body (a title, a description or a
    heading merges several facts and aligns loosely), or where the figure is `attached` to the
    words the source says the other with (`_misplaced`: the figure's own alignment is sure,
    even in a sentence that merges two of the source's)."""
    summary = sentence.target is not None and sentence.target.kind in SUMMARIES
    if summary or question(sentence):
        return "review"
    if attached is not None:
        return "hard"
    return "review" if small(use) else certainty(sentence)


def figure_problems(
    sentence: Sentence, neighbours: list[Sentence], index: SourceIndex
) -> Iterator[Problem]:
    statement = sentence.statement
    yield from _ordinal_problems(statement, index)
    timed: list[tuple[int, int]] = []  # the spans of durations, judged whole
    yield from _duration_problems(statement, index, timed)
    for use in statement.figures:
        if use.anaphoric:
            continue  # "ces deux puissances" counts what the article said before
        if any(start <= use.start < end for start, end in timed):
            continue
        uses = index.uses.get(use.key, ())
        if use.key not in index.figure_keys and not _dated(use, index) and not _as_time(use, index):
            if (
                _bounded(use, sentence, neighbours, index)
                or _decade(use, statement.text, index)
                or _rounded(use, index)
                or _converted(use, index)
                or not use.spelled
                and stands_in(use.text, index.text)
            ):
                continue
            problem = (
                f"{UNKNOWN}{use.kind} not in the source «{use.text}», only the source's figures"
            )
            if not small(use):
                how = _computed(use, index)
                if how and _said_computed(how, use, statement.text):
                    continue  # « soit 945 parlementaires au total », « douze points » of a gap
                if how:  # "douze" between 54 % and 42 %: check it
                    computed = f"{problem} (the sum or difference of two of them?)"
                    yield Problem(RULE, "review", computed, None, use.text)
                else:
                    yield Problem(RULE, "hard", problem, None, use.text)  # never given
                continue
            # a small count in words: certain where the source counts the same thing otherwise
            rival = _swapped(use, sentence, index) or _recounted(use, index)
            if rival is not None:
                yield Problem(RULE, certainty(sentence), problem, rival[0], use.text)
            continue
        yield from _weekday_problem(use, statement, index)
        if not uses:
            swapped = _swapped(use, sentence, index)
            if swapped is not None:
                at, theirs = swapped
                problem = f"gives «{use.text}» where the source gives «{theirs}»"
                yield Problem(RULE, _grade(use, sentence), problem, at, use.text)
            continue
        same = [u for u, _ in uses]
        discourse = small(use) and use.noun not in index.lemmas  # « trois idées ressortent »
        if use.noun and not use.unit and same and all(u.unit for u in same) and not discourse:
            other, at = uses[0]
            yield Problem(
                RULE,
                "review" if small(use) else "hard",
                f"counts «{use.text} {use.noun}»: the source's {use.key} counts {other.unit}s",
                at,
                use.text,
            )
            continue
        if use.unit and use.unit not in {u.unit for u in same} and any(u.unit for u in same):
            other, at = next((u, i) for u, i in uses if u.unit)
            yield Problem(
                RULE,
                "hard",
                f"gives «{use.text}» in {use.unit}s: the source's {use.key} counts {other.unit}s",
                at,
                use.text,
            )
            continue
        opposite = {"more": "less", "less": "more"}.get(use.comparator or "")
        comparators = {u.comparator for u in same}
        if opposite and opposite in comparators and use.comparator not in comparators:
            at = next(i for u, i in uses if u.comparator == opposite)
            word = "plus" if use.comparator == "more" else "moins"
            yield Problem(
                RULE, "hard", f"says «{word} de» {use.text}, the source the opposite", at, use.text
            )
            continue
        directions = {u.direction for u in same}
        if use.direction and -use.direction in directions and use.direction not in directions:
            at = next(i for u, i in uses if u.direction == -use.direction)
            change = "a rise" if use.direction > 0 else "a fall"
            yield Problem(
                RULE,
                "hard",
                f"makes {use.text} {change}: the source says the opposite",
                at,
                use.text,
            )
            continue
        unheard = _unheard_noun(use, sentence, index)
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
        misplaced = _misplaced(use, sentence, index)
        swapped = misplaced or _swapped(use, sentence, index)
        if swapped is not None:
            at, theirs = swapped
            problem = f"gives «{use.text}» where the source gives «{theirs}»"
            yield Problem(RULE, _grade(use, sentence, misplaced), problem, at, use.text)


# --- a figure in its words: what it is attached to ------------------------------------------

# Where the words of one figure end and the next one's begin: punctuation that closes a
# clause, a coordination (« 2 % sur trois mois et 2,6 % sur un an »).
_CUT = re.compile(r"[,;:.!?]|\s(?:et|ou|mais|soit|alors que|tandis que)\s", re.IGNORECASE)
_CONTEXT_WORD = re.compile(r"\w+")
_STEM = 6  # letters: « augmente » and « augmenté », « emploi » and « emplois » meet


def context(text: str, use: FigureUse, figures: tuple[FigureUse, ...]) -> frozenset[str]:
    """The words a figure is said with: back to the clause cut before it and on to the cut
    after it, never past another figure of its kin (« le nombre total de demandeurs d'emploi a
    crû de 93 500 » → nombre, total, demandeur, emploi, croître), as folded stems."""
    start, end = use.start, use.start + len(use.text)
    before = max(
        (f.start + len(f.text) for f in figures if f.kin == use.kin and f.start < start), default=0
    )
    after = min((f.start for f in figures if f.kin == use.kin and f.start > start), default=None)
    left = _CUT.split(text[before:start])[-1]
    right = _CUT.split(text[end:after])[0]
    return _stems(left + " " + right)


@lru_cache(maxsize=4096)
def _stems(text: str) -> frozenset[str]:
    return frozenset(
        fold(word)[:_STEM]
        for word in _CONTEXT_WORD.findall(text.lower())
        if len(word) > 1 and word not in FRENCH_STOPWORDS
    )


def _misplaced(use: FigureUse, sentence: Sentence, index: SourceIndex) -> tuple[int, str] | None:
    """A figure of the source said with the words that the source sentence this one restates
    says another of its figures with (« le nombre total … a crû de 50 200 » where the source's
    total « augmente de 93 500 » and 50 200 is category A's): their words share at least
    ATTACHED more stems than this figure shares with any place the source gives it, and it
    is not said with most of the words of one of those places (« avec ses douze chiens »)."""
    statement = sentence.statement
    mine = context(statement.text, use, statement.figures)
    if len(mine) < ATTACHED or not sentence.aligned or sentence.aligned[0][0] < ALIGNED:
        return None
    places = [
        context(index.statements[at].text, theirs, index.statements[at].figures)
        for theirs, at in index.uses.get(use.key, ())
    ]
    if any(words and 2 * len(mine & words) >= len(words) for words in places):
        return None  # said with most of the words of a place the source gives it: its own
    own = max((len(mine & words) for words in places), default=0)
    top = sentence.aligned[0][0]
    best: tuple[int, int, str] | None = None
    for score, at in sentence.aligned:
        if score < top - CLOSE:
            continue
        source = index.statements[at]
        for other in source.figures:
            if other.kin != use.kin or other.key == use.key or other.unit != use.unit:
                continue
            shared = len(mine & context(source.text, other, source.figures))
            if shared < own + ATTACHED or (best is not None and shared <= best[0]):
                continue
            # the other figure is in this sentence too: a swap only when it stands, in turn,
            # with this one's words (« 2,6 % sur trois mois et 2 % sur un an » crossed)
            crossed = [f for f in statement.figures if f.key == other.key]
            if crossed and not any(_crossed(f, use, statement, index) for f in crossed):
                continue
            best = (shared, at, other.text)
    return None if best is None else (best[1], best[2])


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


def _crossed(mine: FigureUse, rival: FigureUse, statement: Statement, index: SourceIndex) -> bool:
    """The article's `mine` said with more of the words the source says `rival` with than of
    its own (the other half of a swap, confirmed by the first)."""
    words = context(statement.text, mine, statement.figures)
    return _said_with(words, rival.key, index) > _said_with(words, mine.key, index)


def _ordinal_problems(statement: Statement, index: SourceIndex) -> Iterator[Problem]:
    """An ordinal in words above SMALL_COUNT ranks a fact as a figure does (« la vingt-cinquième
    édition »): one the source never gives, in digits (« 27e ») or words, is invented."""
    for ordinal in spelled_ordinals(statement.text):
        before = statement.text[: ordinal.start].split()[-1:]
        if before and (before[0].isdigit() or before[0].lower() in SMALL):
            continue  # « quatre millièmes »: a fraction
        if int(ordinal.key) > SMALL_COUNT and ordinal.key not in index.figure_keys:
            problem = (
                f"{UNKNOWN}ordinal not in the source «{ordinal.text}», only the source's figures"
            )
            yield Problem(RULE, "hard", problem, None, ordinal.text)


def _duration_problems(
    statement: Statement, index: SourceIndex, timed: list[tuple[int, int]]
) -> Iterator[Problem]:
    """Where the source gives durations in minutes and seconds, one of the article's is one of
    them however written (« soixante-quinze secondes » for « une minute quinze »), else it is
    invented (« deux minutes quinze »); a duration with a comparator (« plus d'une minute »)
    is left to the figures' own checks. Their spans go to `timed`."""
    given = _source_durations(index.text)
    if not given:
        return
    for duration in durations(statement.text):
        before = statement.text[max(0, duration.start - 40) : duration.start].lower()
        if _compared(before):
            continue  # a bound: its figures are judged one by one, comparator and all
        timed.append((duration.start, duration.start + len(duration.text)))
        if duration.seconds in given:
            continue
        problem = (
            f"{UNKNOWN}duration not in the source «{duration.text}», only the source's figures"
        )
        yield Problem(RULE, "hard", problem, None, duration.text)


@lru_cache(maxsize=64)
def _source_durations(text: str) -> frozenset[Decimal]:
    return frozenset(d.seconds for d in durations(text))


def _compared(before: str) -> bool:
    """The words before a figure bound or round it (« plus d'», « près de », « environ »)."""
    from engine.text.lexicon import tagged

    tail = " " + before.replace("’", "'").rstrip()
    return any(
        tail.endswith(" " + phrase.rstrip("'").rstrip()) or tail.endswith(" " + phrase)
        for phrase in tagged("comparators", "\t")
    )


_DECADE = re.compile(r"ann[ée]es[\s\u00a0\u202f]+(\d{2,4})(?!\d)")


def _decade(use: FigureUse, text: str, index: SourceIndex) -> bool:
    """« les années 2000 » for the source's « années 200 » (a zero lost) or « années 90 » for
    its « années 1990 »: a decade the source writes, in another shape."""
    if not _DECADE.search(text[max(0, use.start - 12) : use.start + len(use.text)].lower()):
        return False
    mine = _decade_year(use.key)
    return mine is not None and mine in _source_decades(index.text)


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
    "août 2016" for the source's "mois d'août" of an article dated 2016 likewise."""
    if use.kind != "date" or ":" in use.key:
        return False
    parts = use.key.split("/")
    if all(len(p) == 7 and p[:4] in index.years for p in parts):  # a month and a year
        return all(_month_said(int(p[5:]), index) for p in parts)
    return all(
        len(p) == 10 and p[:4] in index.years and f"--{p[5:]}" in index.figure_keys for p in parts
    )


def _month_said(month: int, index: SourceIndex) -> bool:
    from engine.brief.figures import MONTHS

    names = [name for name, number in MONTHS.items() if number == month]
    return any(f"--{month:02d}-" in key for key in index.figure_keys) or any(
        stands_in(name, index.text) for name in names
    )


# Units said in one word: « moins de trente minutes » for the source's « moins d'une demi-heure ».
_UNIT_WORDS = {
    "minute": {30: "demi-heure", 15: "quart d'heure"},
    "an": {50: "demi-siècle", 100: "siècle", 10: "décennie"},
    "mois": {6: "semestre", 3: "trimestre"},
}


def _as_time(use: FigureUse, index: SourceIndex) -> bool:
    """ "dix-huit heures" of rest for the source's "18h": a duration written as a time; « trente
    minutes » for its « demi-heure »."""
    if use.value is None or not use.unit:
        return False
    if use.unit == "heure" and f"{int(use.value)}:00" in index.figure_keys:
        return True
    word = _UNIT_WORDS.get(use.unit, {}).get(int(use.value))
    return word is not None and stands_in(word, index.text)


def _computed(use: FigureUse, index: SourceIndex) -> str | None:
    """The sum or the difference of two figures one source sentence gives together (numbers,
    percentages): « 945 parlementaires » for its 630 députés and 315 sénateurs, « douze points »
    between its 54 % and 42 %. Above ten only: small values match by chance. Which it is: "sum",
    "difference" (of two percentages: "points"), or None."""
    if use.value is None or use.kind not in ("number", "percentage") or use.value <= SMALL_COUNT:
        return None
    for statement in index.statements:
        found = [(f.kind, f.value) for f in statement.figures if f.value is not None]
        found = [(kind, value) for kind, value in found if kind != "date"]
        for n, (kind_a, a) in enumerate(found):
            for kind_b, b in found[n + 1 :]:
                if use.value == a + b:
                    return "sum"
                if use.value == abs(a - b):
                    both = kind_a == kind_b == "percentage"
                    return "points" if both else "difference"
    return None


_TOTAL = re.compile(r"\b(?:au total|en tout|au cumul|soit)\b", re.IGNORECASE)


def _said_computed(computed: str, use: FigureUse, text: str) -> bool:
    """The article says it computed: a sum « au total » (« en tout », « soit »), a gap between
    two percentages in « points »."""
    if computed == "sum":
        return _TOTAL.search(text) is not None
    return computed == "points" and use.noun == "point"


def _recounted(use: FigureUse, index: SourceIndex) -> tuple[int, str] | None:
    """ "trois fois" where the source counts "quatre fois": the same thing counted otherwise."""
    if not use.noun:
        return None
    for uses in index.uses.values():
        for theirs, at in uses:
            if theirs.noun == use.noun and theirs.key != use.key and theirs.kin == "count":
                return at, theirs.text
    return None


def _bounded(
    use: FigureUse, sentence: Sentence, neighbours: list[Sentence], index: SourceIndex
) -> bool:
    """ "plus de la moitié" beside the source's 53 %: a bound the article's own nearest
    percentage (same sentence, else the one before) keeps."""
    if use.kind != "percentage" or use.comparator not in ("more", "less") or use.value is None:
        return False
    previous = [n for n in neighbours if n.number < sentence.number]
    for statement in [sentence.statement] + [n.statement for n in previous]:
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
        for theirs, _ in uses:
            if (
                theirs.kind != use.kind
                or theirs.value is None
                or theirs.kin != use.kin
                and use.kin != "count"
            ):
                continue
            if use.kind == "amount" and key.split(" ")[-1] != use.key.split(" ")[-1]:
                continue
            exact = theirs.value
            if not rounds_to(exact, use.value):
                continue
            if use.comparator == "about" or (use.comparator == "more") == (exact > use.value):
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


def rounds_to(exact: Decimal, rounded: Decimal) -> bool:
    if rounded == 0 or exact == 0:
        return False
    digits = len(format(rounded.normalize(), "f").replace(".", "").strip("0")) or 1
    magnitude = exact.adjusted() - digits + 1
    quantum = Decimal(1).scaleb(magnitude)
    return abs(exact - rounded) <= quantum / 2 or exact.quantize(quantum) == rounded


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
    lemmas = sentence.statement.lemmas - {f"#{day_key(use.key)}"}
    scores = [index.score(lemmas, i) for i in range(len(index.statements))]
    best = max(range(len(scores)), key=scores.__getitem__, default=None)
    if best is None or scores[best] < ALIGNED:
        return None
    top = scores[best]
    aligned = [i for i, score in enumerate(scores) if score >= top - CLOSE]
    aligned += fragments_beside(best, index)
    if any(_holds(index.statements[i], use) for i in aligned):
        if use.noun and use.kin == "count":
            return _counted_swap(use, aligned, index)
        return None
    holding = [i for i, s in enumerate(index.statements) if _holds(s, use)]
    if max((scores[i] for i in holding), default=0.0) >= top - HOLDING:
        return None
    rivals = [
        other
        for other in index.statements[best].figures
        if other.kin == use.kin
        and other.key != use.key
        and (use.kin != "count" or other.noun == use.noun)
    ]
    if not rivals or any(_holds(sentence.statement, other) for other in rivals):
        return None  # the source's figure is there too: this one is another fact
    return best, min(rivals, key=lambda other: _distance(use, other)).text


def _distance(mine: FigureUse, other: FigureUse) -> float:
    """How far apart two figures are in size (the swapped one is likely the nearest)."""
    if mine.value and other.value and mine.value > 0 and other.value > 0:
        return abs(math.log(float(mine.value) / float(other.value)))
    return math.inf


def _unheard_noun(use: FigureUse, sentence: Sentence, index: SourceIndex) -> tuple[int, str] | None:
    """ "2 morts" where the aligned source sentence says "2 blessés" and "mort" is nowhere."""
    from engine.text.lexicon import words

    if (
        use.kin != "count"
        or not use.noun
        or use.noun in index.lemmas
        or use.noun in words("generic")
    ):
        return None
    for _, i in sentence.aligned[:2]:
        mine = [f for f in index.statements[i].figures if f.key == use.key]
        if mine and all(f.noun for f in mine):
            return i, f"{mine[0].text} {mine[0].noun}"
    return None


def _holds(statement: Statement, use: FigureUse) -> bool:
    if use.kin == "year":
        return use.key in statement.years
    hours = f"{int(use.value)}:00" if use.unit == "heure" and use.value is not None else None
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
    for i in aligned:
        figures = index.statements[i].figures
        mine = [f for f in figures if f.key == use.key]
        if any(f.noun == use.noun or f.noun is None for f in mine):
            return None
        theirs = [f for f in figures if f.noun == use.noun and f.key != use.key]
        if mine and theirs:
            return i, f"{theirs[0].text} {use.noun}"
    return None


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
    if actual != use.weekday and not any(
        f.weekday == use.weekday and f.key == use.key for f, _ in index.uses.get(use.key, ())
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
    """ "le mardi, à 19 h 30" where the sentence it restates says "lundi"."""
    best = restated(sentence)
    if best is None or not sentence.statement.weekdays:
        return
    theirs = index.statements[best].weekdays
    wrong = sentence.statement.weekdays - theirs
    if theirs and wrong and not sentence.statement.weekdays & theirs:
        said, source = sorted(wrong)[0], sorted(theirs)[0]
        yield Problem(
            RULE, certainty(sentence), f"says «{said}» where the source says «{source}»", best, said
        )

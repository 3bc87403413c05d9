"""Figures an article computes from the source's own facts: a figure the source never writes may
still be the source's, worked out from what it gives. A span between two dates (« plus de deux
mois après » a video of 1 May revealed on 18 July, « en trois jours, du 18 au 20 juillet »), an
age or an anniversary from two years (« à 81 ans » for born 1935 and died 2016, « bientôt un
quart de siècle » for a 25th anniversary), a ratio in words or a percentage of two figures (« un
peu plus de la moitié » for 150 of 256), a bound every figure of the source sentence keeps
(« toutes au-dessus de 100 km/h » for 120 and 135), a change in percent (« soit une hausse de
25 % » for 80 000 → 100 000), a time between two times of day (« cinquante minutes » for 22 h 15
→ 23 h 05).

The operands are the facts the article's sentence or the one before it names, the source
sentences it restates (its two best aligned) or that give those facts, and the dateline: what
the reader is shown. Each
bound is checked, not trusted (« plus de », « près de », « bientôt »). `computation` says
"certain" when the figure is such a computation, "wrong" when the sentence plainly computes a
span between two dates it names and gets it wrong (« trois mois » for 1 May → 18 July: a
distortion, hard), or None when it cannot tell (the figure's other checks decide).
"""

from __future__ import annotations

import datetime
import itertools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from engine.brief.figures import SMALL
from engine.gate.claims.alignment import SMALL_COUNT
from engine.gate.statements import Statement
from engine.text.lexicon import lines, tagged, words

if TYPE_CHECKING:
    from engine.gate.claims.alignment import Sentence
    from engine.gate.claims.numeric import FigureUse
    from engine.gate.source_index import SourceIndex

RESTATED = 2  # source sentences a sentence restates: its best aligned ones
UNSAID_SLACK = Decimal(3)  # points: « près de 80 % » of 31 of « 39 sièges » (79,5), not « 90 % »
RATIO_SLACK = Decimal(2)  # points: « un tiers » for 32 of 97, « la moitié » for 49 of 100
LOOSE = Decimal("1.5")  # « plus de N » computes a value from N to N × LOOSE (+1), no further
APPROACH = Decimal("0.1")  # « bientôt 25 ans »: within a tenth of the figure (one unit at least)

# A span tied to its dates: « deux mois après », « trois jours plus tard », « en trois jours ».
_SPAN_AFTER = re.compile(
    r"^\s*(?:\S+\s+){0,2}(?:après|plus\s+tard|avant|plus\s+tôt|auparavant|d['’]écart|d['’]intervalle)\b"
)
# The word after « de »: the unit of a length (« trois jours de grève »), the noun an order of
# magnitude counts (« un millier de triathlètes », engine.gate.claims.measures).
OF_UNIT = re.compile(r"^\s*d(?:e\s+|['’])\s*(\w+)")


@dataclass(frozen=True)
class Computation:
    verdict: str  # "certain" or "wrong"
    how: str  # what it is computed from (« 1er mai 2018 » → « 18 juillet »)
    at: int | None = None  # the source sentence that gives the operands, where one does
    against: str = "the source's dates"  # what says otherwise, when wrong
    shown: bool = False  # its operands are all the sentence's own: the reader sees it computed

    def problem(self, use: FigureUse) -> str:
        return f"counts «{use.text}» from {self.how}: {self.against} say otherwise"


def computation(
    use: FigureUse, sentence: Sentence, neighbours: list[Sentence], index: SourceIndex
) -> Computation | None:
    """Whether `use`, a figure the source does not write, is computed from source facts the
    reader is shown: certain, wrong (a span between two dates the article names, miscounted),
    or None (not one of these computations, or unknown)."""
    if use.kind == "date":  # « du 12 au 21 septembre » for the source's opening and closing days
        joined = "/" in use.key and _source_day(use.key, index)
        return Computation("certain", use.text) if joined else None
    if use.value is None:
        return None
    if use.kin == "year" and (found := _birth_year(use, sentence.statement.text, index)):
        return found  # « né en 1958 ou en 1959 » for « 58 ans » in an article of 2017
    if use.kin == "year" and (found := _year_counted(use, index)):
        return found  # « en 2012 » for « en 2008 et … quatre ans plus tard »
    if _of_fraction(use, sentence.statement):  # « million » of « un quart de million »
        return Computation("certain", use.text)
    if (share := _one_in(use, sentence, index)) is not None:  # « un adulte sur cent » for « 1 % »
        return share
    value, unit = _said(use, sentence.statement.text)
    article = _article_statements(sentence, neighbours)
    restated = [i for _, i in sentence.aligned[:RESTATED]]
    restated += [at for s in article for f in s.figures for _, at in index.uses.get(f.key, ())]
    scope = article + [index.statements[i] for i in dict.fromkeys(restated)]
    if unit in _span_units():
        # « sur douze mois » for the source's « sur un an », in any sentence: as for a value the
        # source gives elsewhere, which sentence is restated is no certainty to refuse it on
        said_otherwise = _length_said_otherwise(value, unit, index.statements)
        if said_otherwise is not None:
            return Computation("certain", f"{use.text} = {said_otherwise}")
        following = [n.statement for n in neighbours if n.number == sentence.number + 1]
        if unit == "jour" and (
            found := _weekday_span(value, use, sentence, following, scope, index)
        ):
            return found  # « pendant quatre jours, du dimanche au mercredi »
        found = _span(value, unit, use, sentence.statement.text, article, scope, index, following)
        if found is not None:
            return found
    if use.unit == "point" or use.noun == "point":
        found = _gap(value, use, sentence.statement.text, scope)
        if found is not None:
            return found
    if use.kind in ("number", "amount") and unit == use.unit:
        found = _sum_or_gap(value, use, sentence, scope, index)
        if found is not None:
            return found
    if use.kind in ("number", "amount") and unit == use.unit and _difference_said(use, sentence):
        found = _difference(value, use, sentence.statement.text, scope, index)
        if found is not None:
            return found
    if (share := _share_of_one_in(use, sentence, index)) is not None:
        return share  # « la moitié des arrondissements » for « un arrondissement sur deux »
    if use.kind == "percentage" and unit is None and value == use.value:
        # a share of two source figures or a change, else a bound of a source percentage
        # (« plus de la moitié » for « près de 59 % »), where it is no change (« a augmenté de
        # plus de 40 % » is one, or nothing)
        found = _ratio(value, use, scope, index)
        if found is None and not use.direction:
            found = _share_across(value, use, sentence, index)
        if found is not None or use.direction:
            return found
        return bound_of_set(use, sentence, index) or _bound_of_figure(use, sentence, index)
    if use.kind == "percentage" and unit is None and _rounds_a_figure(value, use, index):
        return Computation("certain", f"{use.text} = {value}")  # « plus d'un quart de million »
    if unit is not None and unit != use.unit and _given(value, index):
        return Computation("certain", f"{use.text} = {value}")  # « un quart de siècle »: 25e
    if use.kind in ("number", "amount") and (
        found := converted_rate(use, sentence.statement.text, index)
    ):
        return found  # « près de 275 000 euros par an » for « 22 900 euros par mois »
    return bound_of_set(use, sentence, index) or _bound_of_figure(use, sentence, index)


def miscounted(
    use: FigureUse, sentence: Sentence, neighbours: list[Sentence], index: SourceIndex
) -> Computation | None:
    """A span the source gives in no such unit (its « 3 » counts candidates, not months),
    miscounted between two dates the article names (« trois mois après » 1 May → 18 July), or
    any number of days that a span of the source's weekdays the sentence names does not hold."""
    if use.unit == "jour" and use.value is not None:  # « deux jours, du jeudi au dimanche »
        found = _weekday_span(use.value, use, sentence, (), (), index)
        if found is not None and found.verdict == "wrong":
            return found
    given = {u.unit for u, _ in index.uses.get(use.key, ())}
    if use.unit not in _span_units() or use.unit in given:
        return None
    found = computation(use, sentence, neighbours, index)
    return found if found is not None and found.verdict == "wrong" else None


def excused(
    use: FigureUse, sentence: Sentence, neighbours: list[Sentence], index: SourceIndex
) -> Computation | None:
    """A figure of the source where the sentence restated gives others: no swap when it is
    computed from them — a bound they all keep, or a difference said as one (« a augmenté de
    20 000 euros » for 80 000 → 100 000 where the source's 20 000 counts something else)."""
    if use.value is None:
        return None
    if use.kind in ("number", "amount") and _difference_said(use, sentence):
        article = _article_statements(sentence, neighbours)
        scope = article + [index.statements[i] for _, i in sentence.aligned[:RESTATED]]
        found = _difference(use.value, use, sentence.statement.text, scope, index)
        if found is not None:
            return found
    return bound_of_set(use, sentence, index)


def bound_of_set(use: FigureUse, sentence: Sentence, index: SourceIndex) -> Computation | None:
    """« toutes au-dessus de 100 km/h » for the source's 120 and 135: a bound (« plus de »,
    « moins de ») every figure of its kind in the source sentence restated keeps, two at least.
    A bound said of each of a set the article has just given (« moins de 0,5 % dans les deux
    cas », `_EACH`) may be of any source sentence's figures, within a factor LOOSE of the
    nearest: which sentence gave them, the article said before."""
    if use.value is None or use.comparator not in ("more", "less"):
        return None
    near = _EACH.search(sentence.statement.text) is not None
    at_most = [sentence.aligned[0][1]] if sentence.aligned else []
    others = [n for n in range(len(index.statements)) if n not in at_most] if near else []
    for at in at_most + others:
        theirs = [
            f.value
            for f in index.statements[at].figures
            if f.kin == use.kin and f.unit == use.unit and f.value is not None and f.key != use.key
        ]
        if len(theirs) < 2:
            continue
        above = use.comparator == "more"
        if not all(v > use.value if above else v < use.value for v in theirs):
            continue
        edge = min(theirs) if above else max(theirs)
        if at in at_most or (use.value * LOOSE >= edge if above else edge * LOOSE >= use.value):
            return Computation("certain", f"a bound of {len(theirs)} figures", at)
    return None


# a set the sentence says its figure of, each (« dans les deux cas », « tous deux »)
_EACH = re.compile(
    r"\b(?:dans\s+(?:les\s+deux|chaque|tous\s+les)\s+cas|tou(?:s|tes)\s+(?:les\s+)?deux"
    r"|l['’]une?\s+comme\s+(?:pour\s+)?l['’]autre|chacune?\s+d)",
    re.IGNORECASE,
)


def _bound_of_figure(use: FigureUse, sentence: Sentence, index: SourceIndex) -> Computation | None:
    """« les deux relevés les plus élevés dépassent 140 km/h » for the source's 148 and 144 (and
    117) km/h: a bound (« plus de », « dépasse », « moins de ») a figure of its kind and unit in
    the source sentences restated keeps, as near as « plus de » says (LOOSE) — the figure said
    with its words (`attached.in_slot`) where one is, and of the class of thing it counts
    (`numeric.counts_another`)."""
    from engine.gate.claims.attached import in_slot
    from engine.gate.claims.numeric import counts_another

    if use.value is None or use.value <= 0 or use.comparator not in ("more", "less"):
        return None
    candidates = [
        (at, f)
        for _, at in sentence.aligned[:RESTATED]
        for f in index.statements[at].figures
        if f.kin == use.kin
        and f.unit == use.unit
        and f.value is not None
        and f.value > 0
        and not counts_another(use, f, index.statements[at].text)  # « cent morts », 118 hurt
    ]
    placed = [(at, f) for at, f in candidates if in_slot(use, sentence, index, at, f.text)]
    for at, theirs in placed or candidates:
        assert theirs.value is not None
        high, low = (
            (theirs.value, use.value) if use.comparator == "more" else (use.value, theirs.value)
        )
        if low < high <= low * LOOSE + 1:
            return Computation("certain", f"a bound of {theirs.text}", at)
    return None


# --- what the figure says -------------------------------------------------


def _said(use: FigureUse, text: str) -> tuple[Decimal, str | None]:
    """The figure's value and unit, a fraction of a unit computed (« un quart de siècle » is 25
    years, « un quart de million » 250 000)."""
    assert use.value is not None
    if use.kind == "percentage":
        return of_unit(use.value, text[use.start + len(use.text) :]) or (use.value, None)
    return use.value, use.unit


def of_unit(percent: Decimal, after: str) -> tuple[Decimal, str | None] | None:
    """A fraction in words (`percent` of a whole) said of a unit noun in the text `after` it:
    its value and unit (« un quart » + « de million » is 250 000; « de siècle », 25 years)."""
    found = OF_UNIT.match(after)
    of = _magnitudes().get(found.group(1).lower()) if found else None
    if of is None:
        return None
    size, unit = of
    return percent * size / 100, unit


def _of_fraction(use: FigureUse, statement: Statement) -> bool:
    """The unit noun a fraction in words is of (« million » in « un quart de million »)."""
    text = statement.text
    return use.text.lower() in _magnitudes() and any(
        f.kind == "percentage"
        and f.start < use.start
        and OF_UNIT.fullmatch(text[f.start + len(f.text) : use.start + len(use.text)]) is not None
        for f in statement.figures
    )


def _bound_word(use: FigureUse, text: str) -> str | None:
    """« bientôt », « presque » ("under"), « près d' » ("about") right before the figure (its
    article aside: « bientôt un quart »)."""
    before = " " + text[max(0, use.start - 24) : use.start].lower().replace("’", "'")
    before = re.sub(r"\s+", " ", before)
    before = re.sub(r"\b(?:un|une|la|le|les|l')\s?$", "", before).rstrip() + " "
    for phrase, tag in tagged("approaching").items():
        if before.endswith(f" {phrase} ") or phrase.endswith("'") and before.endswith(phrase + " "):
            return tag
    return None


def _fits(exact: float, said: Decimal, use: FigureUse, text: str, whole: int | None) -> bool:
    """A computed `exact` value said as `said`: above it for « plus de » (not beyond LOOSE times
    it), below for « moins de », just under it for « bientôt », near it for « environ », else
    its whole units (the months or years completed) or, with no calendar count, its rounding."""
    n = float(said)
    bound = _bound_word(use, text) or use.comparator
    if bound == "under":
        return n - max(1.0, n * float(APPROACH)) <= exact <= n + 0.5
    if bound == "more":  # « plus de 30 % » is no way to say 80 %: a bound near what it bounds
        return n <= exact <= n * float(LOOSE) + 1
    if bound == "less":
        return n / float(LOOSE) - 1 <= exact <= n
    if bound == "about":
        return abs(exact - n) <= max(1.0, n * float(APPROACH))
    if whole is not None:
        return n == whole
    places = max(0, -said.normalize().as_tuple().exponent)  # « 0,2 point »: to its decimals
    return round(exact, places) == n


# --- rates by another period ---------------------------------------------


# How many months or days a rate's period lasts: a rate by month is one by year over twelve.
_IN_MONTHS = {"mois": 1, "trimestre": 3, "semestre": 6, "an": 12, "décennie": 120, "siècle": 1200}
_IN_DAYS = {"minute": Decimal(1) / 1440, "heure": Decimal(1) / 24, "jour": 1, "semaine": 7}


def converted_rate(use: FigureUse, text: str, index: SourceIndex) -> Computation | None:
    """« près de 275 000 euros par an » for the source's « 22 900 euros par mois », « plus de
    500 millions de dollars par mois » for its « plus de 6 milliards de dollars par an »: a rate
    (a figure said by a period) that is a source rate of its kin by another period, converted,
    as near as its bound says."""
    from engine.gate.claims.measures import period_after

    mine = period_after(text, use.start + len(use.text))
    if mine is None or use.value is None:
        return None
    for statement in index.statements:
        for theirs in statement.figures:
            if theirs.kin != use.kin or theirs.value is None or theirs.key == use.key:
                continue
            period = period_after(statement.text, theirs.start + len(theirs.text))
            factor = _periods_ratio(mine, period) if period and period != mine else None
            if factor is None:
                continue
            if _fits(float(theirs.value * factor), use.value, use, text, None):
                return Computation("certain", f"{theirs.text} par {period}")
    return None


def _periods_ratio(mine: str, theirs: str) -> Decimal | None:
    """How many of `theirs` one `mine` lasts (« an » over « mois »: 12)."""
    for table in (_IN_MONTHS, _IN_DAYS):
        if mine in table and theirs in table:
            return Decimal(table[mine]) / Decimal(table[theirs])
    units = _span_units()
    if mine in units and theirs in units:
        return units[mine] / units[theirs]
    return None


# --- spans between dates, ages --------------------------------------------


def _span(
    value: Decimal,
    unit: str,
    use: FigureUse,
    text: str,
    article: list[Statement],
    scope: list[Statement],
    index: SourceIndex,
    following: Sequence[Statement] = (),
) -> Computation | None:
    from engine.gate.claims.numeric import source_date

    dateline = source_date(index)
    year = int(dateline[:4]) if dateline else None
    clock = unit in ("minute", "heure")  # a span between two times of day, not two days
    points: list[tuple[datetime.datetime, str, bool]] = []  # a moment, its text, the article's
    years: set[datetime.datetime] = set()  # the moments that stand for a year alone (« en 1935 »)
    for statement in scope:
        said = any(statement is a for a in article)
        for f in statement.figures:
            if said and f.key not in index.figure_keys and not _source_day(f.key, index):
                continue  # a date of the article's own: not the source's fact
            if f.kind == "date" and (":" in f.key) == clock:
                points += [(d, f.text, said) for d in _moments(f.key, year)]
            elif f.kin == "year" and f.value is not None and unit in ("an", "décennie", "siècle"):
                moment = datetime.datetime(int(f.value), 7, 1)
                years.add(moment)
                points.append((moment, f.text, said))
    if dateline and not clock:
        points += [(d, "dateline", False) for d in _moments(dateline, year)]
    pairs = [(a, b) for a in points for b in points if a[0] < b[0]]
    for (start, start_text, _), (end, end_text, _) in pairs:
        exact, whole = _length(start, end, unit)
        loose = start in years or end in years  # a year alone: a birthday may not have come
        before = None if whole is None else whole - 1
        both = unit == "jour" and use.comparator is None and value == (end - start).days + 1
        # a year alone counts on the calendar: « il y a trois ans » in April 2025 for « en 2022 »
        calendar = end.year - start.year if loose and unit == "an" else None
        if (  # « en trois jours, du 18 au 20 juillet »: `both` days counted
            _fits(exact, value, use, text, whole)
            or (loose and _fits(exact - 1, value, use, text, before))
            or (calendar is not None and _fits(calendar, value, use, text, calendar))
            or both
        ):
            return Computation("certain", f"{start_text} → {end_text}")
    said = [d for d in points if d[2]]
    own = [d for d in said if any(d[1] == f.text for f in article[0].figures)]
    said = own if len({d for d, _, _ in own}) >= 2 else said  # the sentence's own dates first
    after = _SPAN_AFTER.match(text[use.start + len(use.text) :]) is not None
    if after and not clock:
        shown = [d for d, _, _ in points]  # and the dates of the sentence after it
        shown += [
            d
            for s in following
            for f in s.figures
            if f.kind == "date"
            for d in _moments(f.key, year)
        ]
        found = _span_from(value, unit, use, text, shown, index, year)
        if found is not None:
            return found
    tied = (
        "/" in "".join(f.key for s in article[:1] for f in s.figures if f.kind == "date") or after
    )
    if tied and len({d for d, _, _ in said}) >= 2 and unit in ("jour", "semaine", "mois"):
        first, last = min(said)[1], max(said)[1]
        return Computation("wrong", f"«{first}»" + (f" → «{last}»" if last != first else ""))
    return None


@cache
def _weekday_range() -> re.Pattern[str]:
    days = "|".join(lines("weekdays"))
    return re.compile(
        rf"\b(?:du|de|entre)\s+(?:le\s+)?({days})\s+(?:au|à|et)\s+(?:le\s+)?({days})\b",
        re.IGNORECASE,
    )


def _weekday_ranges(text: str) -> set[tuple[int, int]]:
    """The spans of weekdays a text gives (« du dimanche au mercredi », « de lundi à jeudi »,
    « entre mardi et vendredi »), as indices of lexicon weekdays (Monday 0)."""
    days = lines("weekdays")
    return {
        (days.index(m[1].lower()), days.index(m[2].lower()))
        for m in _weekday_range().finditer(text)
    }


@lru_cache(maxsize=64)
def _source_weekday_ranges(text: str) -> frozenset[tuple[int, int]]:
    return frozenset(_weekday_ranges(text))


def _weekday_span(
    value: Decimal,
    use: FigureUse,
    sentence: Sentence,
    following: Sequence[Statement],
    scope: Sequence[Statement],
    index: SourceIndex,
) -> Computation | None:
    """« pendant quatre jours, du dimanche au mercredi » for the source's « de dimanche à
    mercredi »: a number of days a span of weekdays the source gives holds, both days counted
    or the days between them. Said in the same sentence, wrong when it does not hold (« cinq
    jours, du dimanche au mercredi »); said next to it (a heading before its sentence, the
    source sentence restated), only certain."""
    source = _source_weekday_ranges(index.text)
    own = _weekday_ranges(sentence.statement.text) & source
    near = own or {r for s in [*following, *scope] for r in _weekday_ranges(s.text) if r in source}
    days_of = lines("weekdays")
    for first, last in near:
        between = (last - first) % 7 or 7
        for days in (between, between + 1):
            if _fits(float(days), value, use, sentence.statement.text, None):
                return Computation("certain", f"{days_of[first]} → {days_of[last]}")
    if own:
        first, last = sorted(own)[0]
        return Computation("wrong", f"«{days_of[first]}» → «{days_of[last]}»")
    return None


def span_within(low: Decimal, high: Decimal, unit: str, index: SourceIndex) -> bool:
    """Whether two dates of the source (its dateline too) lie from `low` to `high` `unit`s apart
    (« depuis une dizaine de mois » from its « août 2017 » to its dateline of June 2018)."""
    from engine.gate.claims.numeric import source_date

    if unit not in _span_units():
        return False
    dateline = source_date(index)
    year = int(dateline[:4]) if dateline else None
    keys = [f.key for s in index.statements for f in s.figures if f.kind == "date"]
    moments = sorted({d for key in keys if ":" not in key for d in _moments(key, year)})
    return any(
        float(low) <= _length(a, b, unit)[0] <= float(high)
        for n, a in enumerate(moments)
        for b in moments[n + 1 :]
    )


_BORN = re.compile(
    r"\bn[ée]e?s?\s+(?:en\s+|vers\s+|autour\s+de\s+|(?:en\s+\d{4}\s+)?ou\s+(?:en\s+)?)$",
    re.IGNORECASE,
)


def _birth_year(use: FigureUse, text: str, index: SourceIndex) -> Computation | None:
    """« né en 1958 ou en 1959 » for a man of « 58 ans » in an article dated 2017: a birth year
    the source's age and dateline give (the birthday past, or to come)."""
    from engine.gate.claims.numeric import source_date

    dateline = source_date(index)
    if dateline is None or use.value is None or not _BORN.search(text[: use.start]):
        return None
    year = int(dateline[:4])
    for uses in index.uses.values():
        for theirs, _ in uses:
            if theirs.unit == "an" and theirs.value and year - use.value - theirs.value in (0, 1):
                return Computation("certain", f"{year} − {theirs.text}")
    return None


SUMMED_MOST = 5  # counts of one noun in a source sentence an article may add up


def counts_summed(use: FigureUse, text: str, index: SourceIndex) -> bool:
    """A count that is the sum of two or more counts one source sentence gives of the same noun,
    said of that noun (« trois avions » for « un avion de ravitaillement et deux avions de
    surveillance », « le nombre de pompiers … à plus de 650 » for « plus de 500 pompiers … et
    150 autres pompiers »): the source's count, added up. « un », « une » before the noun count
    one (the figures read no lone article)."""
    if use.kin != "count" or use.unit is not None or use.value is None:
        return False
    noun = use.noun or _number_of(text[: use.start])
    if not noun:
        return False
    mine = _qualifier(text[use.start + len(use.text) :])
    for statement in index.statements:
        said = [
            (f.value, _qualifier(statement.text[f.start + len(f.text) :]))
            for f in statement.figures
            if f.kin == "count" and f.unit is None and f.value and _same_noun(f.noun, noun)
        ]
        said += [(Decimal(1), m.group(1)) for m in _ones(noun).finditer(statement.text)]
        if mine is not None and any(mine == theirs for _, theirs in said):
            continue  # « trois avions de surveillance » for « deux avions de surveillance »
        counts = [value for value, _ in said]
        if any(
            sum(some) == use.value
            for size in range(2, min(len(counts), SUMMED_MOST) + 1)
            for some in itertools.combinations(counts, size)
        ):
            return True  # « un avion … et deux avions » beside « six avions de combat »: 1 + 2
    return False


# « le nombre de pompiers engagés à plus de 650 »: the noun a count is the number of
_NUMBER_OF = re.compile(
    r"\bnombre\s+d(?:e\s+|['’])(\w+)[^.;:!?]*?\s(?:à|de)\s+(?:plus\s+d(?:e\s+|['’])|"
    r"près\s+d(?:e\s+|['’])|environ\s+|moins\s+d(?:e\s+|['’]))?$",
    re.IGNORECASE,
)


def _number_of(before: str) -> str | None:
    said = _NUMBER_OF.search(before[-120:])
    return said.group(1).lower() if said else None


def _same_noun(a: str | None, b: str) -> bool:
    """One noun, its plural aside (a lemma and a word as written: « pompier », « pompiers »)."""
    return a is not None and a.rstrip("sx") == b.rstrip("sx")


@lru_cache(maxsize=256)
def _ones(noun: str) -> re.Pattern[str]:
    """« un avion », « une voiture »: one of `noun`, said with the article alone (and what
    qualifies it, `_qualifier`'s word: « un avion de ravitaillement »)."""
    stem = re.escape(noun.rstrip("sx"))
    return re.compile(rf"(?<![\w-])une?\s+{stem}\w?(?![\w-])(?:{_OF_WHAT.pattern})?", re.I)


# the word that tells which of a noun's counts a count is: « avions de surveillance »
_OF_WHAT = re.compile(r"\s+d(?:e\s+|['’])(?:la\s+|l['’])?(\w+)", re.IGNORECASE)
_COUNTED_NOUN = re.compile(r"\s*\w+")


def _qualifier(after: str) -> str | None:
    """The word after « de » that follows a count's noun (« 2 avions de surveillance »:
    « surveillance »), lowercased, or None."""
    noun = _COUNTED_NOUN.match(after)
    said = _OF_WHAT.match(after, noun.end()) if noun else None
    return said.group(1).lower() if said else None


def _year_counted(use: FigureUse, index: SourceIndex) -> Computation | None:
    """A year one source sentence gives as another year and a span in years from it (« l'argent
    à Pékin en 2008 et le bronze quatre ans plus tard à Londres »: 2012; « deux ans avant »,
    « plus tôt »: back)."""
    for statement in index.statements:
        years = [f for f in statement.figures if f.kin == "year" and f.value is not None]
        for span in statement.figures if years else ():
            after = _SPAN_AFTER.match(statement.text[span.start + len(span.text) :])
            if span.unit != "an" or span.value is None or after is None:
                continue
            back = re.search(r"avant|tôt|auparavant", after.group(0)) is not None
            for year in years:
                if (year.value - span.value if back else year.value + span.value) == use.value:
                    return Computation("certain", f"{year.text} {after.group(0).strip()}")
    return None


def said_as_span(use: FigureUse, text: str) -> bool:
    """The figure is a length of time said from a moment (« cinq jours après le départ », « neuf
    jours plus tôt »): a span unit, « après », « plus tard », « avant » or « plus tôt » after it."""
    return (
        use.unit in _span_units()
        and _SPAN_AFTER.match(text[use.start + len(use.text) :]) is not None
    )


def _span_from(
    value: Decimal,
    unit: str,
    use: FigureUse,
    text: str,
    shown: list[datetime.datetime],
    index: SourceIndex,
    year: int | None,
) -> Computation | None:
    """« soit cinq jours avant la frappe » after « le 12 septembre », where the strike's 17
    September is in another source sentence; « Quatre ans plus tard » from November 1969 to July
    1973: a span said as one (« N jours avant », « N ans plus tard ») from a date the reader is
    shown to any other date of the source, counted in days or, for years, also as the years'
    difference on the calendar."""
    others = {
        moment: f.text
        for statement in index.statements
        for f in statement.figures
        if f.kind == "date" and ":" not in f.key
        for moment in _moments(f.key, year)
    }
    if unit == "an":  # « vingt-quatre ans après 1965 » for the source's 1989: a year alone too
        for statement in index.statements:
            for f in statement.figures:
                if f.kin == "year" and f.value is not None:
                    others.setdefault(datetime.datetime(int(f.value), 7, 1), f.text)
    for start in shown:
        for end, end_text in others.items():
            first, last = min(start, end), max(start, end)
            exact, whole = _length(first, last, unit)
            calendar = last.year - first.year if unit == "an" else None
            if _fits(exact, value, use, text, whole) or (
                calendar is not None and _fits(calendar, value, use, text, calendar)
            ):
                return Computation("certain", f"{first:%Y-%m-%d} → «{end_text}»")
    return None


# « un an », « une semaine »: a length of one unit, which no figure reads (a lone « un » is an
# article); counted lengths (« deux jours », « 48 heures ») are the statements' own figures.
_ONE_UNIT = re.compile(r"(?<![\w-])une?\s+(\w+)(?![\w-])", re.IGNORECASE)


def _length_said_otherwise(value: Decimal, unit: str, source: Sequence[Statement]) -> str | None:
    """The source's words for the same length in another unit (« un an » for « douze mois »,
    « deux jours » for « 48 heures », « une semaine » for « sept jours »), or None."""
    from engine.gate.claims.alignment import CONVERTED

    units, forms = _span_units(), tagged("unit_forms")
    length = value * units[unit]
    for statement in source:
        said = [(f.value, f.unit, f.text) for f in statement.figures if f.value and f.unit]
        said += [(Decimal(1), m[1].lower(), m[0]) for m in _ONE_UNIT.finditer(statement.text)]
        for count, other, text in said:
            other = forms.get(other, other)
            if other != unit and other in units:
                theirs = count * units[other]
                if abs(theirs - length) <= theirs / CONVERTED:
                    return text
    return None


def _length(
    start: datetime.datetime, end: datetime.datetime, unit: str
) -> tuple[float, int | None]:
    """The span in `unit`s, and the whole units completed on the calendar (months, years)."""
    days = (end - start).total_seconds() / 86400
    per_day = float(_span_units()[unit])
    if unit in ("mois", "an", "décennie", "siècle"):
        months = (end.year - start.year) * 12 + end.month - start.month - (end.day < start.day)
        size = {"mois": 1, "an": 12, "décennie": 120, "siècle": 1200}[unit]
        whole = months // size
        return days / per_day, whole
    return days / per_day, None


def _moments(key: str, year: int | None) -> list[datetime.datetime]:
    """The moments a date key names: "2018-05-01", "--07-18" (in the dateline's year), a month
    "2018-05" (its first day), a range "a/b" (both ends), a time "22:15" (of one day)."""
    out = []
    for part in key.split("/"):
        bits = part.lstrip("-").split("-")
        try:
            if ":" in part:
                hours, minutes = part.split(":")[:2]
                out.append(datetime.datetime(2000, 1, 1, int(hours), int(minutes)))
            elif part.startswith("--") and year and len(bits) == 2:
                out.append(datetime.datetime(year, int(bits[0]), int(bits[1])))
            elif len(bits) == 3:
                out.append(datetime.datetime(int(bits[0]), int(bits[1]), int(bits[2])))
            elif len(bits) == 2 and len(bits[0]) == 4:
                out.append(datetime.datetime(int(bits[0]), int(bits[1]), 1))
        except ValueError:
            continue
    return out


def _source_day(key: str, index: SourceIndex) -> bool:
    """An article date the source gives (its day and month at least)."""
    from engine.gate.statements import day_key

    return all(
        part in index.figure_keys or day_key(part) in index.figure_keys for part in key.split("/")
    )


# --- ratios ---------------------------------------------------------------


def _ratio(
    value: Decimal, use: FigureUse, scope: list[Statement], index: SourceIndex
) -> Computation | None:
    """« un peu plus de la moitié » for 150 of 256, « un tiers » for 33 of 100, « 40 % » for 2 of
    5: a part over a whole, two source figures of one kind and unit the sentence, the one before
    it or the source sentence restated gives together; or a part over the sum it makes with
    another (« 160 voix pour et 18 contre »: about 90 % of the votes cast)."""
    for statement in scope:
        found = [
            f
            for f in statement.figures
            if f.value is not None
            and f.value > 0
            and f.kind in ("number", "amount")
            and f.kin != "year"
            and f.key in index.figure_keys
        ]
        for part in found:
            for whole in found:
                if part.value >= whole.value:
                    continue
                if (
                    (part.kin, part.unit) != (whole.kin, whole.unit)
                    and not out_of(part, whole, statement.text)
                    and not part_of(part, whole, statement.text)
                ):
                    continue
                share = part.value * 100 / whole.value
                if _share_fits(share, value, use, statement.text):
                    return Computation("certain", f"{part.text} / {whole.text}")
        for part in found if not use.direction else ():  # a change's percent is no share
            for other in found:  # « environ 90 % des votants » for 160 votes for, 18 against
                if other is part or (part.kin, part.unit) != (other.kin, other.unit):
                    continue
                if not _side_by_side(part, other, statement.text):
                    continue  # « 240 éoliennes, dont 130 »: a part of the other, no sum
                share = part.value * 100 / (part.value + other.value)
                if _share_fits(share, value, use, statement.text):
                    return Computation("certain", f"{part.text} / ({part.text} + {other.text})")
    return _change(value, use, scope, index) if use.direction else None


def _share_across(
    value: Decimal, use: FigureUse, sentence: Sentence, index: SourceIndex
) -> Computation | None:
    """« Plus de la moitié des morts étaient des enfants » for the source's « 126 personnes sont
    mortes » and, in another sentence, « 68 enfants parmi les victimes »: the share of a part the
    source counts in a whole it counts elsewhere, the sentence naming what the part counts and
    the whole by its noun or one that counts anyone (lexicon generic)."""
    statement = sentence.statement
    counts = [
        f
        for s in index.statements
        for f in s.figures
        if f.kind == "number" and f.kin == "count" and f.unit is None and f.noun and f.value
    ]
    for part in counts:
        if part.noun not in statement.lemmas:
            continue
        for whole in counts:
            assert part.value is not None and whole.value is not None
            if whole.noun == part.noun or part.value >= whole.value:
                continue
            if whole.noun not in statement.lemmas and whole.noun not in words("generic"):
                continue
            if _share_fits(part.value * 100 / whole.value, value, use, statement.text):
                return Computation("certain", f"{part.text} / {whole.text}")
    return None


# « 160 voix pour et 18 contre »: two figures of one whole, side by side.
_SIDE_BY_SIDE = re.compile(r"[^\d.,;:]{0,20}\b(?:et|contre)\s+", re.IGNORECASE)


def _side_by_side(a: FigureUse, b: FigureUse, text: str) -> bool:
    """Two parts of one whole: « et » or « contre » between them, no comma (« 240 éoliennes,
    dont 130 » gives a part of the other)."""
    first, second = (a, b) if a.start < b.start else (b, a)
    between = text[first.start + len(first.text) : second.start]
    return _SIDE_BY_SIDE.fullmatch(between) is not None


# « un adulte sur cent », « moins d'une sortie sur cinq »: a share said as one in N.
_ONE_IN = re.compile(
    r"(?:\b(?P<bound>moins|plus|près)\s+d['’]\s*)?(?<![\w-])(?:une?|1)\s+(?:[^\W\d_]+\s+){0,3}"
    r"sur\s+$",
    re.IGNORECASE,
)


def _one_in(use: FigureUse, sentence: Sentence, index: SourceIndex) -> Computation | None:
    """« un adulte sur cent » for the restated sentence's « 1 % », « moins d'une sortie sur
    cinq » for its « 18,2 % »: one in N is the share 100/N, said round, or bounded as the words
    before it say. Wrong where the sentence it surely restates gives shares and none is that one;
    None where it gives none (the number is judged as any other)."""
    from engine.gate.claims.alignment import ALIGNED
    from engine.gate.claims.numeric import rounds_to

    said = _ONE_IN.search(sentence.statement.text, max(0, use.start - 60), use.start)
    if said is None or use.kind != "number" or not use.value or not sentence.aligned:
        return None
    share, bound = Decimal(100) / use.value, (said.group("bound") or "").lower()
    for _, at in sentence.aligned[:RESTATED]:  # the sentences it may restate, best first
        for theirs in index.statements[at].figures:
            exact = theirs.value
            if theirs.kind != "percentage" or not exact:
                continue
            if (
                rounds_to(exact, share)
                or rounds_to(share, exact)  # « un tiers », « 33 % »: the share 1/3 rounded
                or (bound == "moins" and share / 2 <= exact < share)  # near below, not any
                or (bound == "plus" and share < exact <= share * 2)
            ):
                return Computation("certain", f"1 sur {use.text} = {theirs.text}", at)
    score, at = sentence.aligned[0]
    shares = [f.text for f in index.statements[at].figures if f.kind == "percentage"]
    if score < ALIGNED or not shares:
        return None
    return Computation("wrong", f"1 sur {use.text}", at, f"the source's «{shares[0]}»")


_SHARE_OF = re.compile(r"\s+(?:des|de\s+la|de\s+l['’]|du|d['’])\s*([^\W\d_]+)", re.IGNORECASE)


def _share_of_one_in(use: FigureUse, sentence: Sentence, index: SourceIndex) -> Computation | None:
    """« la moitié des arrondissements » for the restated sentence's « un arrondissement sur
    deux », « un tiers » for its « une sur trois »: the share a one in N of the source says,
    within RATIO_SLACK points, where neither bounds it: in a source sentence it restates, or in
    any that says it of the same noun."""
    from engine.gate.claims.alignment import NOUN_STEM

    if use.kind != "percentage" or use.value is None or use.comparator is not None:
        return None
    restated = {at for _, at in sentence.aligned[:RESTATED]}
    of = _SHARE_OF.match(sentence.statement.text, use.start + len(use.text))
    noun = of[1].lower()[:NOUN_STEM] if of else None
    for at, statement in enumerate(index.statements):
        for theirs in statement.figures:
            if theirs.kind != "number" or not theirs.value or theirs.value < 2:
                continue
            said = _ONE_IN.search(statement.text, max(0, theirs.start - 60), theirs.start)
            if said is None or said.group("bound"):
                continue
            if at not in restated and not (noun and noun in said[0].lower()):
                continue
            if abs(Decimal(100) / theirs.value - use.value) <= RATIO_SLACK:
                return Computation("certain", f"{use.text} = 1 sur {theirs.text}", at)
    return None


# « 311 sièges sur les 465 », « 39 pays sur 54 », « sur un total de 137 »: the whole after
# « sur » counts what the part counts, unsaid.
_OUT_OF = re.compile(
    r"[^\d.;:]{0,30}\bsur\s+(?:les\s+|un\s+total\s+de\s+|l['’]ensemble\s+des\s+)?", re.IGNORECASE
)
_WHOLE_BEFORE = re.compile(
    r"\bsur\s+(?:les\s+|un\s+total\s+de\s+|l['’]ensemble\s+des\s+)?$", re.IGNORECASE
)


def out_of(part: FigureUse, whole: FigureUse, text: str) -> bool:
    """Whether `whole` is the bare number of « N X sur (les) M », the whole `part` is out of."""
    between = text[part.start + len(part.text) : whole.start]
    return whole.unit is None and part.start < whole.start and bool(_OUT_OF.fullmatch(between))


# « 381 759 euros, dont 100 000 pour l'hôtel »: the part after « dont » counts what the whole
# before it counts, unsaid.
_PART_AFTER = re.compile(r"[^\d.;:]{0,30}?,?\s*\bdont\s+", re.IGNORECASE)


def part_of(part: FigureUse, whole: FigureUse, text: str) -> bool:
    """Whether `part` is the bare number of « M X, dont N », a part of the whole before it."""
    between = text[whole.start + len(whole.text) : part.start]
    return part.unit is None and whole.start < part.start and bool(_PART_AFTER.fullmatch(between))


def said_as_whole(use: FigureUse, text: str) -> bool:
    """Whether the figure comes after « sur (les) », as the whole of something (« sur les 54
    membres, 39 … », « sur 137 votants »)."""
    return _WHOLE_BEFORE.search(text[: use.start]) is not None


def _change(
    value: Decimal, use: FigureUse, scope: list[Statement], index: SourceIndex
) -> Computation | None:
    """« soit une hausse de 25 % » for 80 000 → 100 000 euros, « a augmenté d'un quart »: a
    change in percent between two source figures of one kind and unit a sentence gives, in the
    direction the article says."""
    for statement in scope:
        found = [
            f
            for f in statement.figures
            if f.value is not None
            and f.value > 0
            and f.kind in ("number", "amount", "percentage")
            and f.kin != "year"
            and f.key in index.figure_keys
        ]
        for old, new in _changes(found, statement.text):
            if (old.kin, old.unit) != (new.kin, new.unit) or old.value == new.value:
                continue
            if (new.value > old.value) == (use.direction > 0):
                change = abs(new.value - old.value) * 100 / old.value
                if _share_fits(change, value, use, statement.text):
                    return Computation("certain", f"{old.text} → {new.text}")
    return None


def _changes(found: list[FigureUse], text: str) -> list[tuple[FigureUse, FigureUse]]:
    """Every two figures as the sentence orders them in time, the earlier value first: in the
    order it writes them (« de 80 000 à 100 000 »), or the other way round across « contre »
    (« 100 000 cette année, contre 80 000 en 2024 »)."""
    out = []
    for n, a in enumerate(found):
        for b in found[n + 1 :]:
            between = text[a.start + len(a.text) : b.start].lower()
            out.append((b, a) if re.search(r"\bcontre\b", between) else (a, b))
    return out


def _gap(value: Decimal, use: FigureUse, text: str, scope: list[Statement]) -> Computation | None:
    """« Douze points environ séparent les deux finalistes » for 54 % and 42 %: the gap between
    two percentages the sentence, the one before it or the source sentences it restates give
    (« 59 % » in one sentence, « 41 %, soit 18 points de moins » in the next), in points."""
    shares = {
        f.value: f
        for statement in scope
        for f in statement.figures
        if f.kind == "percentage" and f.value is not None
    }
    for a in shares.values():
        for b in shares.values():
            if a.value > b.value and _fits(float(a.value - b.value), value, use, text, None):
                return Computation("certain", f"{a.text} − {b.text}")
    return None


_DIFFERENCE_AFTER = re.compile(
    r"^\s*(?:\S+\s+)?(?:de\s+plus|de\s+moins|d['’]écart|d['’]avance|de\s+retard|"
    r"supplémentaires?|en\s+plus|en\s+moins|(?:l['’]|son\s+|sa\s+)(?:aîné|cadet)(?:te)?e?)\b",
    re.IGNORECASE,
)
# « plus âgé de treize ans », « moins cher de 20 euros »: a comparative said of the figure.
_DIFFERENCE_BEFORE = re.compile(r"\b(?:plus|moins)\s+[^\W\d_]+\s+(?:de|d['’])\s*$", re.IGNORECASE)


def difference_at(text: str, start: int, end: int) -> bool:
    """Whether the figure of `text` from `start` to `end` is said as a difference: « de plus »,
    « d'écart », « supplémentaires », « l'aîné » after it, « plus âgé de » before it."""
    return (
        _DIFFERENCE_AFTER.match(text[end:]) is not None
        or _DIFFERENCE_BEFORE.search(text[max(0, start - 40) : start]) is not None
    )


def _difference_said(use: FigureUse, sentence: Sentence) -> bool:
    """The sentence says the figure is a difference: a rise or a fall (« a augmenté de »), or
    one said so around it (`difference_at`)."""
    text = sentence.statement.text
    return bool(use.direction) or difference_at(text, use.start, use.start + len(use.text))


def _states_a_gap(use: FigureUse, statements: Sequence[Statement], index: SourceIndex) -> bool:
    """Whether one of `statements` gives a source figure of `use`'s kind and unit as a gap itself
    (« plus de deux minutes d'avance »)."""
    return any(
        _DIFFERENCE_AFTER.match(statement.text[f.start + len(f.text) :]) is not None
        for statement in statements
        for f in statement.figures
        if f.kin == use.kin and f.unit == use.unit and f.key in index.figure_keys
    )


def _difference(
    value: Decimal, use: FigureUse, text: str, scope: list[Statement], index: SourceIndex
) -> Computation | None:
    """« 20 000 euros de plus qu'en 2024 » for the source's 80 000 → 100 000 euros: the
    difference of two source figures of its kind and unit that one sentence gives — unless
    a source sentence gives such a difference itself (« plus de deux minutes d'avance »): then
    the article's is that one, changed, not computed."""
    others = [s for s in scope if not any(g is use for g in s.figures)]  # the article's aside
    if _states_a_gap(use, others, index):
        return None
    for statement in scope:
        found = [
            f
            for f in statement.figures
            if f.value is not None
            and f.kin == use.kin
            and f.unit == use.unit
            and f.key in index.figure_keys
        ]
        for old, new in _changes(found, statement.text):
            assert old.value is not None and new.value is not None
            if use.direction and (new.value > old.value) != (use.direction > 0):
                continue  # « a baissé de 20 000 » where the source goes from 80 000 to 100 000
            if _fits(float(abs(new.value - old.value)), value, use, text, None):
                return Computation("certain", f"{old.text} → {new.text}")
    return None


# « Au total », « si l'on additionne », « en tout », « en comptant »: the figure sums others.
_SUM_SAID = re.compile(
    r"\b(?:au\s+total|en\s+tout|additionn\w*|cumul\w*|somme|ensemble|compris|comprises|"
    r"en\s+comptant(?!\s+sur))\b",
    re.I,
)
# « par le Parlement européen et par 38 assemblées », « 38 assemblées et le Parlement »: a
# figure coordinated with one thing the sentence names in the singular, the whole one more.
_ONE_BESIDE_BEFORE = re.compile(
    r"\b(?:le|la|l['’])\s*[^\d,;:.()]{1,60}?\s+et\s+(?:(?:par|de|à|avec|pour)\s+)?(?:les\s+)?$",
    re.IGNORECASE,
)
_ONE_BESIDE_AFTER = re.compile(
    r"^[^\d,;:.()]{1,60}?\s+et\s+(?:(?:par|de|à|avec|pour)\s+)?(?:le|la|l['’])\s*\w",
    re.IGNORECASE,
)
# « la différence atteint 187 points », « un écart de 93 points »: the figure is a gap.
_GAP_BEFORE = re.compile(r"\b(?:différence|écart)\b[^.;:]{0,30}$", re.IGNORECASE)


def _sum_or_gap(
    value: Decimal, use: FigureUse, sentence: Sentence, scope: list[Statement], index: SourceIndex
) -> Computation | None:
    """« plus de 214 morts » where the sentence adds « plus de 200 » and « au moins 14 »; « 93
    points d'avance » for 529 and 436 points, said in two source sentences: a sum the sentence
    says it makes, or a gap it says it measures, of two source figures of the figure's kind and
    unit that the sentence, the one before it or the source sentences it restates give."""
    text = sentence.statement.text
    if use.comparator == "about" or _bound_word(use, text) in ("about", "under"):
        return None  # « près de 2 500 au total »: a sum said roughly is no computation to trust
    if (each := _each_times(value, use, sentence, index)) is not None:
        return each
    summed = _SUM_SAID.search(text) is not None or said_as_whole(use, text)
    gap = _difference_said(use, sentence) or _GAP_BEFORE.search(text[: use.start]) is not None
    if not summed and not gap:
        return None

    def operands(statements: Sequence[Statement]) -> list[FigureUse]:
        given = {
            f.key: f
            for statement in statements
            for f in statement.figures
            if f is not use
            and f.value is not None
            and f.value > 0
            and f.kin == use.kin
            and f.unit == use.unit
            and f.kin != "year"
            and f.key in index.figure_keys
        }
        return list(given.values())

    # No gap where the source says one of this kind itself (« plus de deux minutes d'avance »):
    # the article's is that one, changed, not computed
    gap = gap and not _states_a_gap(use, index.statements, index)
    for statements in (scope, index.statements):
        found = operands(statements)
        for n, a in enumerate(found):
            for b in found[n + 1 :]:
                assert a.value is not None and b.value is not None
                if summed and _fits(float(a.value + b.value), value, use, text, None):
                    return Computation("certain", f"{a.text} + {b.text}")
                if gap and _fits(float(abs(a.value - b.value)), value, use, text, None):
                    return Computation("certain", f"{a.text} − {b.text}")
    if summed and (found := _one_beside(value, use, text, scope, index)):
        return found
    if summed and use.kin == "count":
        for statement in index.statements:  # « sur 137 votants » of « 116 voix pour, 17
            parts = _breakdown(statement)  # abstentions et 4 contre »: the whole of its parts
            if len(parts) > 2 and _fits(float(sum(p.value for p in parts)), value, use, text, None):
                return Computation("certain", " + ".join(p.text for p in parts))
    return None


def _each_times(
    value: Decimal, use: FigureUse, sentence: Sentence, index: SourceIndex
) -> Computation | None:
    """« six buts chacun, soit douze à eux deux »: a source figure the sentence gives each of a
    number of them (« chacun »), times that number (« à eux deux », « à elles trois »)."""
    text = sentence.statement.text
    together = _TOGETHER.search(text, use.start)
    if together is None:
        return None
    many = SMALL.get(together.group(1).lower())
    for each in sentence.statement.figures:
        said = text[each.start + len(each.text) : use.start]
        if (
            each is not use
            and each.value is not None
            and each.key in index.figure_keys
            and _EACH_ONE.match(said)
            and many is not None
            and each.value * many == value
        ):
            return Computation("certain", f"{each.text} × {many}")
    return None


_TOGETHER = re.compile(r"\bà\s+(?:eux|elles)\s+(deux|trois|quatre|cinq|six)\b", re.IGNORECASE)
_EACH_ONE = re.compile(r"\s*(?:\w+\s+){0,2}chacune?\b", re.IGNORECASE)


def _one_beside(
    value: Decimal, use: FigureUse, text: str, scope: list[Statement], index: SourceIndex
) -> Computation | None:
    """« trente-neuf approbations au total, en comptant le Parlement européen » for « approuvé
    par le Parlement européen et par 38 assemblées »: a count of the sentence or the source
    sentences restated, plus the one thing the same source sentence names beside it with
    « et »."""
    for statement in scope:
        for f in statement.figures:
            if f.value is None or f.kin != use.kin or f.unit != use.unit or f.kin == "year":
                continue
            if f.key not in index.figure_keys or not _fits(
                float(f.value + 1), value, use, text, None
            ):
                continue
            before, after = statement.text[: f.start], statement.text[f.start + len(f.text) :]
            if _ONE_BESIDE_BEFORE.search(before[-80:]) or _ONE_BESIDE_AFTER.match(after):
                return Computation("certain", f"{f.text} + 1")
    return None


def _breakdown(statement: Statement) -> list[FigureUse]:
    """The counts one source sentence gives side by side, each of its own kind (« 116 voix pour,
    17 abstentions et 4 contre »): the parts of a whole an article may say."""
    return [
        f
        for f in statement.figures
        if f.kind == "number"
        and f.value is not None
        and f.value > 0
        and (f.kin == "count" or f.unit is not None and f.unit not in _span_units())
    ]


def _share_fits(share: Decimal, said: Decimal, use: FigureUse, text: str) -> bool:
    if use.comparator in ("more", "less") or _bound_word(use, text):
        return _fits(float(share), said, use, text, None)
    slack = RATIO_SLACK if use.spelled else Decimal("0.5")
    return abs(share - said) <= slack


def _rounds_a_figure(value: Decimal, use: FigureUse, index: SourceIndex) -> bool:
    """« plus d'un quart de million » for the source's 260 000: a source figure this rounds,
    on the side its bound says."""
    from engine.gate.claims.numeric import rounds_to

    for uses in index.uses.values():
        for theirs, _ in uses:
            if theirs.value is None or theirs.kind not in ("number", "amount"):
                continue
            if not rounds_to(theirs.value, value):
                continue
            if use.comparator in (None, "about") or (use.comparator == "more") == (
                theirs.value > value
            ):
                return True
    return False


# --- helpers --------------------------------------------------------------


def _given(value: Decimal, index: SourceIndex) -> bool:
    digits = format(value.normalize(), "f")
    return digits in index.figure_keys


def shown_before(sentence: Sentence, neighbours: list[Sentence]) -> tuple[FigureUse, ...]:
    """The figures of the article's sentence before this one (a factor, a gap may compute
    one of them with one of this sentence's)."""
    article = _article_statements(sentence, neighbours)
    return article[1].figures if len(article) > 1 else ()


def _article_statements(sentence: Sentence, neighbours: list[Sentence]) -> list[Statement]:
    before = [n for n in neighbours if n.number < sentence.number]
    last = max(before, key=lambda n: n.number, default=None)
    return [sentence.statement] + ([last.statement] if last is not None else [])


@cache
def _span_units() -> dict[str, Decimal]:
    return {unit: Decimal(days) for unit, days in (line.split() for line in lines("spans"))}


@cache
def _magnitudes() -> dict[str, tuple[Decimal, str | None]]:
    out = {}
    for line in lines("magnitudes_of"):
        noun, size, unit = line.split()
        out[noun] = (Decimal(size), None if unit == "-" else unit)
    return out


# --- any arithmetic of the restated figures -------------------------------

NEAR = Decimal("0.2")  # a computation said with a bound is within a fifth of it
LISTED_MOST = 60  # items: a count up to this many may count a list the restated sentences give
# the parts of a list: commas, « et », « ou », « ainsi que » (the last two items joined)
_ITEMS_JOINED = re.compile(r"\s+(?:et|ou|ainsi\s+que|puis)\s+", re.IGNORECASE)
_CLAUSES = re.compile(r"\s*[;:()\[\]]\s*|\s+[-–—]\s+")
_BULLET = re.compile(r"^\s*(?:[-*•–]|\d+[.)])\s+\S", re.MULTILINE)


def arithmetic(
    use: FigureUse, sentence: Sentence, neighbours: list[Sentence], index: SourceIndex
) -> Computation | None:
    """A figure the source never writes that is the sum, the difference, the product or the
    ratio of two figures the source sentences the sentence (or the one before it) restates
    give — two of one kind and unit, or a figure of the unit and a count —, within the bound the
    sentence says (« plus de », « près de », « environ »), or the count of the items of a list
    those sentences give (commas, « et », a colon's list, bullet lines): the writer's own
    computation, whatever the words around it (« Deux millions d'euros » for two grants of one
    million given in two sentences, « 35 autoroutes » for the 35 the source lists). A
    computation, not an invention: never certain enough to refuse (numeric makes it a review,
    for a distorted figure may happen to equal one; nothing where the sentence itself shows every
    operand, `Computation.shown`: the reader sees it computed, and a figure that replaces none
    of the restated sentence's is no distortion of one). What a distortion looks like is left out:
    a figure standing where the restated sentence gives another one that is no operand (or that
    is one, with a figure of another sentence), an operand the sentence keeps added to one it
    drops, a product by a count the sentence does not show, a sum or a product of ten or less,
    two counts of different things; a bound word fits a computation within NEAR of it."""
    if use.value is None or use.value <= 0 or use.kind == "date" or use.kin == "year":
        return None
    value, unit = _said(use, sentence.statement.text)
    text = sentence.statement.text
    if unit == "an" and (age := _age_then(use, sentence, index)) is not None:
        return age
    statements = restated_scope(sentence, neighbours, index)
    if (before := _before_the_nth(value, text, statements)) is not None:
        return before
    operands = _operands(statements, index)
    article = _article_statements(sentence, neighbours)
    kept = {f.key for s in article for f in s.figures}
    shown = {f.key for f in sentence.statement.figures}
    best = index.statements[sentence.aligned[0][1]] if sentence.aligned else None
    slot = {  # the figures of its kind and unit the best restated sentence gives, left out
        f.key
        for f in (best.figures if best is not None else ())
        if f.kin == use.kin and f.unit == unit and f.key not in kept and f.kind != "date"
    }
    in_best = {f.key for f in (best.figures if best is not None else ())}

    def fits(exact: Decimal, *of: FigureUse, times: bool = False) -> bool:
        keys = {f.key for f in of}
        if not slot <= keys:
            return False  # it stands where the restated sentence gives a figure it leaves out
        outside = keys - in_best
        if slot and outside and len({f.value for f in of}) > 1 and not (times and outside <= shown):
            return False  # the figure it leaves out, added to one of another sentence (times a
            # count of another the sentence shows is the writer's product: « les 60 rames … »)
        if bounded and exact != value and not _rounder(value, exact):
            return False  # « au moins vingt-deux heures » for 18 + 6: a bound rounds, or is exact
        return _near(exact, value, use, text) or _rounds(exact, value, use)

    def seen(*of: FigureUse) -> bool:
        return all(f.key in shown for f in of)

    mine = [f for f in operands if f.kin == use.kin and f.unit == unit]
    counts = [f for f in operands if f.kin == "count" and f.unit is None and f.key in shown]
    twice = _given_twice(statements, index)
    bounded = bool(use.comparator or _bound_word(use, text))  # « plus de cent » fits many
    for n, a in enumerate(mine if value > SMALL_COUNT else ()):
        assert a.value is not None
        for b in mine[n:]:
            assert b.value is not None
            if b is a and a.key not in twice:
                continue  # a figure twice only where two source sentences give it
            if (a.key in kept) != (b.key in kept):
                continue  # « trente-deux membres, dont quatre femmes » for 28 + 4: one changed
            if a.noun != b.noun and (bounded or a.noun and b.noun):
                continue  # nine vehicles and ten people make no nineteen of anything
            if fits(a.value + b.value, a, b):
                return Computation("certain", f"{a.text} + {b.text}", shown=seen(a, b))
            if fits(abs(a.value - b.value), a, b):
                return Computation("certain", f"{a.text} − {b.text}", shown=seen(a, b))
    if value <= SMALL_COUNT and (pair := _two_restated(sentence, index)) is not None:
        together = [(m.start(), m.end()) for m in _TOGETHER.finditer(text)]
        said = {  # « à eux deux » counts the two of them, no figure of theirs
            f.key
            for s in article
            for f in s.figures
            if s is not sentence.statement or not any(a <= f.start < b for a, b in together)
        }
        for a in _operands([pair[0]], index):  # « à eux deux, sept médailles » for 3 and 4,
            for b in _operands([pair[1]], index):  # one in each sentence the sentence merges
                if a.key in said or b.key in said or (a.kin, a.unit) != (use.kin, unit):
                    continue
                if (b.kin, b.unit) != (a.kin, a.unit) or a.noun and b.noun and a.noun != b.noun:
                    continue
                if not a.value or not b.value or a.value + b.value != value:
                    continue
                left = {  # what either sentence gives of its kind that it leaves out: a and b
                    f.key
                    for f in pair[0].figures + pair[1].figures
                    if (f.kin, f.unit) == (use.kin, unit) and f.key not in said
                }
                if left <= {a.key, b.key}:
                    return Computation("certain", f"{a.text} + {b.text}")
    for statement in statements if value > SMALL_COUNT else ():  # all of one sentence's
        every = [f for f in _operands([statement], index) if f.kin == use.kin and f.unit == unit]
        if len({f.key in kept for f in every}) > 1:
            continue  # « 44 … et près de 2 500 au total » for 3 + 44 + 2 650: one changed
        if len(every) > 2 and fits(sum(f.value or 0 for f in every), *every):
            total = " + ".join(f.text for f in every)  # « 51,5 km » of 1,5, 40 and 10 km
            return Computation("certain", total, shown=seen(*every))
    if _EACH_WORD.search(text):  # « chaque rame coûte 20 millions d'euros en moyenne »: over
        # a count the restated sentences give, the sentence saying it shares one out
        counts += [
            f
            for f in operands
            if f.kin == "count" and f.unit is None and f.key not in shown and f not in counts
        ]
    for a in mine if value > SMALL_COUNT else ():  # times or over a count the sentence shows
        assert a.value is not None
        for b in counts:
            assert b.value is not None
            if b is a or b.value < 2:
                continue
            for exact, how in ((a.value * b.value, "×"), (a.value / b.value, "/")):
                if fits(exact, a, b, times=True):
                    return Computation("certain", f"{a.text} {how} {b.text}", shown=seen(a, b))
    if (found := _in_points(use, value, unit, operands, statements, index, fits)) is not None:
        return found
    if use.kind == "percentage" and unit is None:  # a share or a change of two figures
        together = [  # …that one sentence gives together: of two, the share is no chance
            (a, b)
            for statement in statements
            for a in _operands([statement], index)
            for b in _operands([statement], index)
            if b is not a and _one_measure(a, b) and a.kind != "percentage"
        ]
        for a, b in together:
            assert a.value is not None and b.value is not None
            if a.value >= b.value:
                continue
            for exact, how in (
                (a.value * 100 / b.value, f"{a.text} / {b.text}"),
                ((b.value - a.value) * 100 / a.value, f"{a.text} → {b.text}"),
            ):
                near = _near(exact, value, use, text) if use.comparator else None
                slack = RATIO_SLACK if use.spelled else Decimal("0.5")
                if a.unit != b.unit and abs(exact - value) > UNSAID_SLACK:
                    continue  # a share of a whole whose unit the part leaves unsaid: said close
                if (abs(exact - value) <= slack if near is None else near) and not slot:
                    return Computation("certain", how, shown=seen(a, b))
    if use.kin == "count" and unit is None:
        for a in operands:  # a ratio of two figures of one kind and unit: a count of times
            for b in operands:
                if b is a or (a.kin, a.unit) != (b.kin, b.unit) or not b.value or a.kin == "count":
                    continue
                assert a.value is not None
                if (a.key in kept) != (b.key in kept) or a.value <= b.value:
                    continue
                if _near(a.value / b.value, value, use, text) and not slot:
                    return Computation("certain", f"{a.text} / {b.text}", shown=seen(a, b))
        if 2 <= value <= LISTED_MOST and not slot:
            texts = [s.text for s in statements]
            if any(value in _list_lengths(t) for t in texts) or value in _bullets(index.text):
                return Computation("certain", f"the {value} items of a list")
    return None


def _before_the_nth(
    value: Decimal, text: str, statements: Sequence[Statement]
) -> Computation | None:
    """« Seize autres avaient été observés avant lui » for the source's « le 17e sursaut
    observé »: those before the Nth a restated sentence ranks, counted N − 1 by a sentence that
    says they come before it or are others (`_BEFORE_IT`) — the writer's subtraction."""
    from engine.gate.claims.numeric import ORDINAL_WRITTEN

    if not _BEFORE_IT.search(text):
        return None
    for statement in statements:
        for figure in statement.figures:
            ranked = ORDINAL_WRITTEN.fullmatch(figure.text) is not None
            if ranked and figure.value is not None and figure.value == value + 1:
                return Computation("certain", f"the {figure.text} (those before it)")
    return None


_BEFORE_IT = re.compile(
    r"\b(?:autres|avant\s+(?:lui|elle|eux|celui|celle)|précédents?|précédentes?)\b", re.IGNORECASE
)


def _one_measure(a: FigureUse, b: FigureUse) -> bool:
    """Two figures of one kind and unit, or a part that leaves its whole's unit unsaid (« Sur
    les 39 sièges du conseil, 31 reviennent à la liste », « 31 des 39 sièges »): the share of
    the one in the other is a share of one thing."""
    if (a.kin, a.unit) == (b.kin, b.unit):
        return True
    units = {a.unit, b.unit}
    return (
        None in units
        and len(units) == 2
        and {a.kin, b.kin} - {"count"} <= {f"unit:{a.unit or b.unit}"}
    )


def _in_points(
    use: FigureUse,
    value: Decimal,
    unit: str | None,
    operands: list[FigureUse],
    statements: Sequence[Statement],
    index: SourceIndex,
    fits: Callable[..., bool],
) -> Computation | None:
    """A change of a share said in points, worked out: « la participation avait atteint 55 % »
    for the source's « 38 %, en baisse de 17 points » (a share and the points of one source
    sentence, added or taken away), « il perd près de six points » for its 51,2 % and 45,7 %
    (the gap of two shares the restated sentences give, small or not: points are no count the
    discourse makes)."""
    shares = [f for f in operands if f.kind == "percentage" and f.unit is None]
    if use.kind == "percentage" and unit is None:
        for statement in statements:
            mine = {f.key for f in statement.figures}
            for a in (f for f in shares if f.key in mine):
                for b in (f for f in operands if f.unit == "point" and f.key in mine):
                    assert a.value is not None and b.value is not None
                    for exact, how in ((a.value + b.value, "+"), (a.value - b.value, "−")):
                        if exact > 0 and fits(exact, a, b):
                            return Computation("certain", f"{a.text} {how} {b.text}")
    if unit == "point":  # one share restated, the other given anywhere by the source
        given = _operands(index.statements, index)
        for a in shares:
            for b in (f for f in given if f.kind == "percentage" and f.unit is None):
                assert a.value is not None and b.value is not None
                if a.value != b.value and fits(abs(a.value - b.value), a, b):
                    return Computation("certain", f"{a.text} − {b.text}")
    return None


# a figure shared out: « chaque rame », « chacun », « en moyenne », « par habitant », « l'unité »
_EACH_WORD = re.compile(
    r"\b(?:chaque|chacune?|en\s+moyenne|par\s+t[êe]te|par\s+personne|l['’]unité|pièce)\b",
    re.IGNORECASE,
)


# « à 37 ans », « âgé de 41 ans », « Iván Duque, 41 ans, »: a number of years said as an age
_AGE_BEFORE = re.compile(r"(?:\bà|\bâgée?s?\s+de|,)\s*$", re.IGNORECASE)


def _age_then(use: FigureUse, sentence: Sentence, index: SourceIndex) -> Computation | None:
    """« En 2014, à 37 ans, Duque est élu » for the source's « âgé de 41 ans » in an article
    dated 2018: an age the source gives at its dateline, counted back (or on) to a year of the
    source the sentence names — its birthday past or to come. The sentence shows the year, the
    source says the age once: nothing to refuse (`shown`)."""
    from engine.gate.claims.numeric import source_year

    text = sentence.statement.text
    dateline = source_year(index)
    if dateline is None or use.value is None or not _AGE_BEFORE.search(text[: use.start]):
        return None
    years = [
        int(f.value)
        for f in sentence.statement.figures
        if f.kin == "year" and f.value is not None and f.key in index.figure_keys
    ]
    for statement in index.statements:
        for theirs in statement.figures:
            if theirs.unit != "an" or theirs.value is None or theirs.key == use.key:
                continue
            if not _AGE_BEFORE.search(statement.text[: theirs.start]):
                continue
            for year in years:
                then = theirs.value - (int(dateline) - year)
                if use.value in (then, then - 1):
                    return Computation("certain", f"{theirs.text} en {dateline}", shown=True)
    return None


def _significant(value: Decimal) -> int:
    """The significant digits of a figure: 3 for 2 340 or 1,46, 1 for 2 000 or 0,5."""
    digits = value.normalize().as_tuple().digits
    return len(str(int("".join(map(str, digits)))).rstrip("0")) if any(digits) else 0


def _rounder(said: Decimal, exact: Decimal) -> bool:
    """Whether a bounded figure rounds a computation: fewer significant digits (« plus de
    2 000 » for 2 345, « au moins 20 » for 24), not another figure as precise (22 for 24)."""
    return _significant(said) < _significant(exact)


def _two_restated(sentence: Sentence, index: SourceIndex) -> tuple[Statement, Statement] | None:
    """The two source sentences a sentence merges: its two best aligned, the best restated
    (ALIGNED), the other holding MERGED_EACH of its weight (a small sum is a computation only of
    two sentences the sentence restates both: ten or less fits too many pairs by chance)."""
    from engine.gate.claims.alignment import ALIGNED, MERGED_EACH

    if len(sentence.aligned) < 2 or sentence.aligned[0][0] < ALIGNED:
        return None
    if sentence.aligned[1][0] < MERGED_EACH:
        return None
    first, second = (index.statements[at] for _, at in sentence.aligned[:2])
    return first, second


def _near(exact: Decimal, said: Decimal, use: FigureUse, text: str) -> bool:
    """A computed `exact` value said as `said`, its bound word (« plus de », « moins de »,
    « près de ») within NEAR of it: a loose bound of a computation fits too many by chance."""
    bound = _bound_word(use, text) or use.comparator
    if bound in ("more", "less", "about", "under"):
        return abs(exact - said) <= said * NEAR and (
            bound == "about"
            or (bound == "more") == (exact > said)
            or bound == "under"
            and exact >= said - max(Decimal(1), said * APPROACH)
        )
    return _fits(float(exact), said, use, text, None)


def restated_scope(
    sentence: Sentence, neighbours: list[Sentence], index: SourceIndex
) -> list[Statement]:
    """The sentence, the one before it, and the source sentences either restates (their two best
    aligned) or that give the figures they name."""
    article = _article_statements(sentence, neighbours)
    before = [n for n in neighbours if n.number == sentence.number - 1]
    restated = [i for s in [sentence, *before] for _, i in s.aligned[:RESTATED]]
    restated += [at for s in article for f in s.figures for _, at in index.uses.get(f.key, ())]
    return article + [index.statements[i] for i in dict.fromkeys(restated)]


def _operands(statements: Sequence[Statement], index: SourceIndex) -> list[FigureUse]:
    """The source's figures among `statements` (one of each), years and dates aside."""
    found: dict[str, FigureUse] = {}
    for statement in statements:
        for f in statement.figures:
            if (
                f.value is not None
                and f.value > 0
                and f.kind != "date"
                and f.kin != "year"
                and f.key in index.figure_keys
            ):
                found.setdefault(f.key, f)
    return list(found.values())


def _given_twice(statements: Sequence[Statement], index: SourceIndex) -> set[str]:
    """The keys of the figures two of `statements` that are the source's both give (two grants
    « d'un million d'euros » each: a sum of the figure with itself)."""
    source = [s for s in statements if any(s is t for t in index.statements)]
    seen: dict[str, int] = {}
    for statement in {id(s): s for s in source}.values():
        for key in {f.key for f in statement.figures}:
            seen[key] = seen.get(key, 0) + 1
    return {key for key, n in seen.items() if n >= 2}


def _rounds(exact: Decimal, said: Decimal, use: FigureUse) -> bool:
    """A computed value said round, with no bound word (« 2,3 millions » for 2 334 567): the
    said figure has two or three significant digits, fewer than the value, and rounds it (one
    digit alone, « 300 000 » for 250 000, rounds too far to say so without « environ »)."""
    from engine.gate.claims.numeric import rounds_to

    if use.comparator is not None or exact == said:
        return False
    digits = len(format(said.normalize(), "f").replace(".", "").strip("0"))
    return 2 <= digits <= 3 and said >= 100 and rounds_to(exact, said)


def _list_lengths(text: str) -> set[Decimal]:
    """How many items each list of `text` may hold: in each clause (cut at semicolons, colons,
    brackets, dashes), the pieces between commas, the last one split at « et », « ou »,
    « ainsi que »; and the pieces a lone « et » joins."""
    out: set[Decimal] = set()
    for clause in _CLAUSES.split(text):
        pieces = [p for p in re.split(r"\s*,\s*", clause.strip(" .!?")) if p.strip()]
        if not pieces:
            continue
        last = _ITEMS_JOINED.split(pieces[-1])
        if len(pieces) >= 2 or len(last) >= 2:
            out.add(Decimal(len(pieces) - 1 + len(last)))
        if len(pieces) >= 3:  # a list after an opening clause (« En 2018, A, B et C »)
            out.add(Decimal(len(pieces) - 2 + len(last)))
    return out


@lru_cache(maxsize=64)
def _bullets(text: str) -> frozenset[Decimal]:
    """The lengths of the runs of bullet lines of `text`."""
    runs, run = set(), 0
    for line in text.splitlines():
        if _BULLET.match(line):
            run += 1
        elif line.strip():
            if run >= 2:
                runs.add(Decimal(run))
            run = 0
    if run >= 2:
        runs.add(Decimal(run))
    return frozenset(runs)

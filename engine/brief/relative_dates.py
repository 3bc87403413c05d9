"""The days a source gives relative to another one, as dates: « hier » in an article whose
dateline is 17 avril 2018 is 16 avril 2018, « le lendemain » of « le 8 décembre » is 9 décembre
(lexicon/relative_days.txt), « jeudi » in an article dated Friday 27 May 2016 is 26 May. The
source vouches for them: an article that writes « le 16 avril »
for its « hier » states no date the source lacks."""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import TYPE_CHECKING

from engine.brief.dateline import dateline
from engine.brief.figures import MONTHS, figures
from engine.text.lexicon import lines

if TYPE_CHECKING:
    from engine.brief.source import Source

_RELATIVE = {
    " ".join(words): (int(offset), anchor)
    for *words, offset, anchor in (line.split() for line in lines("relative_days"))
}
_WORDS = "|".join(re.escape(w).replace("'", "['’]") for w in _RELATIVE)
_SAID = re.compile(rf"(?<![\w'’-])({_WORDS})(?![\w-])", re.IGNORECASE)
_OF = re.compile(r"\s+(?:du|de)\s+(?:l[ae]\s+)?(?:\w+\s+)?", re.IGNORECASE)  # « de ce lundi »
_NO_YEAR = 2000  # a leap year: a day whose year nobody gives still has its day and month
_DAY = re.compile(r"(\d{4}|-)-(\d{2})-(\d{2})")


def relative_dates(source: Source) -> frozenset[str]:
    """The date keys (« 2018-04-16 » and « --04-16 ») of every day the source says relative to
    its dateline or to the date it gave just before, or by its weekday alone in the week the
    dateline ends; « depuis le début de l'année » counts from 1 January of the dateline's year."""
    opening = dateline(source)
    anchor_of_dateline = day_of_key(opening.key, None) if opening is not None else None
    year = anchor_of_dateline.year if anchor_of_dateline else None
    keys: set[str] = set()
    for paragraph in source.paragraphs:
        said = sorted(
            [
                (m.start(), m.end(), m.group(1).lower().replace("’", "'"))
                for m in _SAID.finditer(paragraph)
            ]
            + [
                (f.start, f.start + len(f.text), f.key)
                for f in figures(paragraph)
                if f.kind == "date"
            ]
        )
        last: date | None = None
        for n, (_, end, what) in enumerate(said):
            if what not in _RELATIVE:
                last = day_of_key(what.split("/")[-1], year) or last
                continue
            offset, anchor = _RELATIVE[what]
            base = anchor_of_dateline if anchor == "dateline" else last
            following = said[n + 1] if n + 1 < len(said) else None
            if anchor == "before" and following and _OF.fullmatch(paragraph[end : following[0]]):
                base = day_of_key(following[2].split("/")[0], year)  # « la veille du 1er mars »
            if base is not None:
                day = base + timedelta(days=offset)
                keys.add(f"--{day.month:02d}-{day.day:02d}")
                if base.year != _NO_YEAR:
                    keys.add(day.isoformat())
        if anchor_of_dateline is not None and year is not None:
            keys |= _weekdays(paragraph, anchor_of_dateline)
            keys |= _weekday_and_day(paragraph, anchor_of_dateline)
            if _SINCE_NEW_YEAR.search(paragraph):  # « depuis le début de l'année »: 1 January
                keys |= {"--01-01", f"{year}-01-01"}
            keys |= _months_from(paragraph, anchor_of_dateline)
    return frozenset(keys)


_WEEKDAYS = lines("weekdays")
# A weekday said alone (« 550 rescapés mercredi », « ce lundi »): not the weekday of a date
# written out (« mardi 3 juillet »), nor one to come (« mardi prochain »).
_WEEKDAY_ALONE = re.compile(
    rf"(?<![\w-])({'|'.join(_WEEKDAYS)})(?![\w-])(?!\s+(?:\d|1er|prochain|suivant))",
    re.IGNORECASE,
)


_SINCE_NEW_YEAR = re.compile(r"\bdepuis\s+le\s+début\s+de\s+l['’]année\b", re.IGNORECASE)


def _weekdays(paragraph: str, opening: date) -> set[str]:
    """The days a source names by their weekday alone, in the week its dateline ends (« jeudi »
    in an article dated Friday 27 May 2016 is 26 May; the dateline's own weekday, that day)."""
    keys = set()
    for found in _WEEKDAY_ALONE.finditer(paragraph):
        back = (opening.weekday() - _WEEKDAYS.index(found.group(1).lower())) % 7
        day = opening - timedelta(days=back)
        keys |= {f"--{day.month:02d}-{day.day:02d}", day.isoformat()}
    return keys


# A weekday and a day of the month with no month (« Jeudi 8, les recherches … », « le samedi
# 10 »): a day of the month the dateline is in, or of the month before.
_WEEKDAY_DAY = re.compile(
    rf"(?<![\w-])({'|'.join(_WEEKDAYS)})\s+(1er|\d{{1,2}})(?![\w,.]?\d|\s\d{{3}}\b)"
    rf"(?!\s+(?:{'|'.join(sorted(MONTHS, key=len, reverse=True))})\b)",
    re.IGNORECASE,
)


def _weekday_and_day(paragraph: str, opening: date) -> set[str]:
    """The days a source names by a weekday and a day of the month alone (« Jeudi 8 » in an
    article dated 10 November 2018 is 8 November; « mardi 28 » in one dated 2 March, 28
    February; « mercredi 29 » to come in one dated Saturday 25 March 2017, 29 March): of the
    month before the dateline's, its own and the next, the days that fall on that weekday;
    where none does, the nearest such day on or before the dateline."""
    keys = set()
    for found in _WEEKDAY_DAY.finditer(paragraph):
        number = 1 if found[2] == "1er" else int(found[2])
        weekday = _WEEKDAYS.index(found[1].lower())
        this = date(opening.year, opening.month, 1)
        before = (this - timedelta(days=1)).replace(day=1)
        after = (this + timedelta(days=32)).replace(day=1)
        days = [d for m in (before, this, after) if (d := _day_in(m, number)) is not None]
        named = [d for d in days if d.weekday() == weekday]
        if not named:
            month = before if number > opening.day else this
            named = [d for d in [_day_in(month, number)] if d is not None]
        keys |= {
            key for day in named for key in (f"--{day.month:02d}-{day.day:02d}", day.isoformat())
        }
    return keys


def _day_in(month: date, number: int) -> date | None:
    try:
        return month.replace(day=number)
    except ValueError:
        return None


def day_of_key(key: str, year: int | None) -> date | None:
    """The day of a date key (« 2016-12-08 », or « --12-08 » in `year`, else in _NO_YEAR)."""
    found = _DAY.fullmatch(key)
    if found is None:
        return None
    if found[1] != "-":
        year = int(found[1])
    try:
        return date(year or _NO_YEAR, int(found[2]), int(found[3]))
    except ValueError:
        return None


# « le mois dernier », « le mois prochain »: the month before or after the dateline's
MONTH_OFF = re.compile(r"\ble\s+mois\s+(dernier|prochain)\b", re.IGNORECASE)


def _months_from(paragraph: str, day: date) -> set[str]:
    """The months (« 2016-12 ») that `paragraph` says relative to the dateline's `day`: an
    article dated 12 janvier 2017 that writes « décembre 2016 » for « le mois dernier »
    computes it."""
    keys = set()
    for found in MONTH_OFF.finditer(paragraph):
        step = -1 if found[1].lower() == "dernier" else 1
        month = day.year * 12 + day.month - 1 + step
        keys.add(f"{month // 12}-{month % 12 + 1:02d}")
    return keys

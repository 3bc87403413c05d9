"""Figures in French text: numbers, percentages, amounts, dates and times, with canonical keys.

Key rules (the same text always gives the same key, however it is spaced):
- number: digits only, "." as decimal mark, no sign, scale words applied: "50 200", "50 200"
  (nbsp or narrow nbsp) and "50200" → "50200"; "2,5" → "2.5"; "2,5 millions" → "2500000";
  "25e" → "25". Years ("2016") and day numbers are numbers too.
- percentage: the number and "%": "1,4 %", "1,4%", "+1,4 %", "1,4 pour cent" → "1.4%" (the sign
  is dropped: "baisse de 0,7 %" and "(-0,7 %)" state the same figure).
- amount: the number and an ISO currency: "2,5 millions d'euros", "€2,5 millions" → "2500000 EUR".
- date: ISO-like, as precise as written: "27 septembre 2016" → "2016-09-27", "7 juillet" →
  "--07-07", "avril 2009" → "2009-04", "27/09/2016" → "2016-09-27"; a range "9 au 11 juillet" →
  "--07-09/--07-11". Its parts (the looser dates it vouches for) go to `parts`, and its day and
  year numbers are number facts of their own. Times are dates too: "17 h 00", "17h" → "17:00".
Numbers written as words ("trois") are not figures.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal

SPACES = " \u00a0\u202f\u2009"  # space, nbsp, narrow nbsp, thin space
_SP = f"[{SPACES}]"
MONTHS = {
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6,
    "juillet": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11,
    "décembre": 12, "decembre": 12,
}  # fmt: skip
SCALES = {"mille": 3, "million": 6, "millions": 6, "million(s)": 6, "milliard": 9,
          "milliards": 9, "milliard(s)": 9}  # fmt: skip
CURRENCIES = {"€": "EUR", "euro": "EUR", "euros": "EUR", "$": "USD", "dollar": "USD",
              "dollars": "USD", "£": "GBP", "livres sterling": "GBP", "francs suisses": "CHF",
              "eur": "EUR", "usd": "USD", "gbp": "GBP", "chf": "CHF"}  # fmt: skip

_NUM = rf"\d{{1,3}}(?:{_SP}\d{{3}})+(?:,\d+)?|\d+(?:[,.]\d+)?"
_MONTH = "(?i:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + ")"
_DAY = r"1er|[0-3]?\d"
_YEAR = r"[12]\d{3}"
_SCALE = "(?i:" + "|".join(re.escape(s) for s in sorted(SCALES, key=len, reverse=True)) + ")"
_CURRENCY = "(?i:" + "|".join(re.escape(c) for c in sorted(CURRENCIES, key=len, reverse=True)) + ")"
_BEFORE = r"(?<![\w,.])"  # not glued to a word or inside a longer number ("SN1987A")
_AFTER = r"(?![\w])"

_PATTERNS = [
    ("date_range", rf"{_BEFORE}(?P<d1>{_DAY}){_SP}*(?:au|-|–|et){_SP}*(?P<d2>{_DAY}){_SP}+"
     rf"(?P<m>{_MONTH})(?:{_SP}+(?P<y>{_YEAR}))?{_AFTER}"),
    ("date", rf"{_BEFORE}(?P<d>{_DAY}){_SP}+(?P<m>{_MONTH})(?:{_SP}+(?P<y>{_YEAR}))?{_AFTER}"),
    ("date_numeric", rf"{_BEFORE}(?P<d>[0-3]?\d)/(?P<m>[01]?\d)/(?P<y>{_YEAR}){_AFTER}"),
    ("month_year", rf"(?<!\w)(?P<m>{_MONTH}){_SP}+(?P<y>{_YEAR}){_AFTER}"),
    ("time", rf"{_BEFORE}(?P<h>[0-2]?\d){_SP}?(?:h|heures?)(?:{_SP}?(?P<min>[0-5]\d))?{_AFTER}"),
    ("time_colon", rf"{_BEFORE}(?P<h>[0-2]?\d):(?P<min>[0-5]\d){_AFTER}"),
    ("amount_before", rf"(?P<cur>[€$£]){_SP}?(?P<n>{_NUM})(?:{_SP}?(?P<s>{_SCALE}))?{_AFTER}"),
    ("figure", rf"{_BEFORE}[+\-−]?{_SP}?(?P<n>{_NUM})(?:e|er|ème|ᵉ)?"
     rf"(?![\w])(?:{_SP}?(?P<s>{_SCALE})(?![\w]))?"
     rf"(?:{_SP}?(?P<pct>%|pour{_SP}cent|pourcent)"
     rf"|{_SP}?(?:d['’]|de{_SP})?(?P<cur>{_CURRENCY})(?!\w))?"),
]  # fmt: skip
# One scanner, first pattern wins at each position; group names are prefixed to stay unique.
_SCANNER = re.compile(
    "|".join(f"(?P<{name}>{rx.replace('(?P<', f'(?P<{name}_')})" for name, rx in _PATTERNS)
)


@dataclass(frozen=True)
class Figure:
    kind: str  # number, percentage, amount, date
    text: str
    key: str
    parts: tuple[str, ...] = ()
    start: int = 0  # offset in the text scanned
    spelled: bool = False  # written in words ("dix mille"): see engine.brief.numbers_fr


def number_key(written: str, scale: str | None = None) -> str:
    """ "50 200" → "50200", "2,5" + "millions" → "2500000", "1,40" → "1.4"."""
    digits = re.sub(_SP, "", written).replace(",", ".")
    value = Decimal(digits).scaleb(SCALES.get(scale or "", 0))
    return format(value.normalize(), "f")


def figures(text: str) -> Iterator[Figure]:
    """Every figure of `text`, in order (a date also yields its day and year as numbers)."""
    for match in _SCANNER.finditer(text):
        kind = match.lastgroup or ""
        prefix = f"{kind}_"
        groups = {
            k.removeprefix(prefix): v
            for k, v in match.groupdict().items()
            if v is not None and k.startswith(prefix)
        }
        written = match.group(0).strip(SPACES)
        if kind.startswith("date") or kind == "month_year":
            yield from _dates(kind, groups, written, match.start())
        elif kind.startswith("time"):
            hour, minute = int(groups["h"]), int(groups.get("min") or 0)
            if hour <= 24:
                yield Figure("date", written, f"{hour:02d}:{minute:02d}", start=match.start())
        else:
            yield _figure(groups, written, match.start())


def _figure(groups: dict[str, str], written: str, start: int) -> Figure:
    scale = groups.get("s")
    value = number_key(groups["n"], scale.lower() if scale else None)
    if "pct" in groups:
        return Figure("percentage", written, f"{value}%", start=start)
    if "cur" in groups:
        currency = CURRENCIES[groups["cur"].lower()]
        return Figure("amount", written, f"{value} {currency}", start=start)
    return Figure("number", written, value, start=start)


def _dates(kind: str, groups: dict[str, str], written: str, start: int) -> Iterator[Figure]:
    month = MONTHS.get(groups["m"].lower()) if not groups["m"].isdigit() else int(groups["m"])
    if not month or month > 12:
        return
    year = groups.get("y")
    days = [groups[k] for k in ("d", "d1", "d2") if k in groups]
    day_numbers = [1 if d.lower() == "1er" else int(d) for d in days]
    if any(not 1 <= d <= 31 for d in day_numbers):
        return
    keys = [_date_key(year, month, d) for d in day_numbers] or [_date_key(year, month, None)]
    parts = {_date_key(None, month, d) for d in day_numbers} if year else set()
    if year:
        parts.add(_date_key(year, month, None))
        if len(keys) > 1:
            parts.update(keys)
    if len(keys) > 1:
        parts.update(_date_key(None, month, d) for d in day_numbers)
    key = "/".join(keys)
    yield Figure("date", written, key, tuple(sorted(parts - {key})), start)
    for day, number in zip(days, day_numbers, strict=True):
        yield Figure("number", day, str(number), start=start)
    if year:
        yield Figure("number", year, year, start=start)


def _date_key(year: str | None, month: int, day: int | None) -> str:
    if day is None:
        return f"{year}-{month:02d}"
    return f"{year}-{month:02d}-{day:02d}" if year else f"--{month:02d}-{day:02d}"

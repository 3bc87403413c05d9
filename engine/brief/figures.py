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
  "--07-09/--07-11", a list "8, 10 et 12 mai" likewise (each day of the month). Its parts (the
  looser dates it vouches for) go to `parts`, and its day and year numbers are number facts of
  their own. Times are dates too: "17 h 00", "17h" → "17:00"; a time the minutes or seconds
  follow is a duration (« 9 h 22 min 04 s », a race time), no date, and so is a clock of hours,
  minutes and seconds (« 1:57:17 »).

Numbers written in words give the same keys (`spelled_figures`): "dix mille" → 10000, "trois
cents" → 300, "quatre-vingt-dix-sept" → 97, "vingt et un" → 21, "deux millions" → 2000000, "dix
mille euros" → "10000 EUR", "cinquante pour cent" and "un pour cent" → "50%", "1%". Fractions of
a whole are percentages: "la moitié" → "50%", "un tiers" → "33.3%", "trois quarts" → "75%". A
lone "un"/"une" is an article, not a number; a number word inside a word is none
("entre-deux-tours"). Ordinals in words give the number they rank (`spelled_ordinals`:
"douzième" → 12). One parser, for digits and words.

Quantities read whole, beside the figures: `durations` (« une minute quinze » = 75 s, whatever
its shape), `factors` (« a triplé », « multiplié par trois », « plus du double de ») and
`magnitudes` (« plusieurs centaines de milliards »: from 10¹¹ to 10¹²); their words are data
(lexicon durations.txt, factors.txt, collectives.txt).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import lru_cache, wraps
from typing import TypeVar

from engine.text.lexicon import tagged, words

SPACES = " \u00a0\u202f\u2009"  # space, nbsp, narrow nbsp, thin space
_SP = f"[{SPACES}]"
# The word lists are data (engine/text/lexicon): months.txt, scales.txt, currencies.txt.
MONTHS = {name: int(number) for name, number in tagged("months").items()}
SCALES = {word: int(power) for word, power in tagged("scales").items()}
CURRENCIES = tagged("currencies")

# Thousands grouped by a space (any width) or by a point (« 1.306.852 », « 4.000 »: no decimal
# point in French has three digits after it, and a number opens with no « 0. »).
_NUM = (
    rf"\d{{1,3}}(?:{_SP}\d{{3}})+(?:,\d+)?|[1-9]\d{{0,2}}(?:\.\d{{3}})+(?!\d|\.\d)(?:,\d+)?"
    rf"|\d+(?:[,.]\d+)?"
)
_POINT_GROUPED = re.compile(r"[1-9]\d{0,2}(?:\.\d{3})+(?:,\d+)?")
_MONTH = "(?i:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + ")"
_DAY = rf"1{_SP}?er|[0-3]?\d"  # « 1 er »: a source tokenised where links were
_YEAR = r"[12]\d{3}"
# « du mercredi 17 au jeudi 18 mai »: a weekday may stand before a range's second day
_WEEKDAY = "(?i:" + "|".join(sorted(words("weekdays"), key=len, reverse=True)) + ")"
_SCALE = "(?i:" + "|".join(re.escape(s) for s in sorted(SCALES, key=len, reverse=True)) + ")"
_CURRENCY = "(?i:" + "|".join(re.escape(c) for c in sorted(CURRENCIES, key=len, reverse=True)) + ")"
_BEFORE = r"(?<![\w,.])"  # not glued to a word or inside a longer number ("SN1987A")
_AFTER = r"(?![\w])"
# A unit symbol glued to its number (« 144km/h », « 3km »): the number is a figure all the same.
_GLUED = "|".join(re.escape(u) for u in sorted(words("unit_symbols"), key=len, reverse=True))
_NUMBER_END = rf"(?:(?![\w])|(?=(?:{_GLUED})(?![\w])))"

ABBREVIATIONS = {word: int(power) for word, power in tagged("scale_abbreviations").items()}
_ABBREVIATION = (
    "(?i:" + "|".join(re.escape(s) for s in sorted(ABBREVIATIONS, key=len, reverse=True)) + ")"
)

_PATTERNS = [
    ("amount_short", rf"(?P<cur>[€$£]){_SP}?(?P<n>{_NUM}){_SP}?(?P<a>{_ABBREVIATION}){_AFTER}"),
    ("amount_short_after", rf"{_BEFORE}(?P<n>{_NUM}){_SP}?(?P<a>{_ABBREVIATION}){_SP}?"
     rf"(?P<cur>[€$£])"),
    ("date_range", rf"{_BEFORE}(?P<d1>{_DAY})(?P<ds>(?:{_SP}*,{_SP}*(?:{_DAY}))*){_SP}*"
     rf"(?:au|à|-|–|et|ou){_SP}*(?:{_WEEKDAY}{_SP}+)?(?P<d2>{_DAY}){_SP}+(?P<m>{_MONTH})"
     rf"(?:{_SP}+(?P<y>{_YEAR}))?"
     rf"{_AFTER}"),
    ("date", rf"{_BEFORE}(?P<d>{_DAY}){_SP}+(?P<m>{_MONTH})(?:{_SP}+(?P<y>{_YEAR}))?{_AFTER}"),
    ("date_numeric", rf"{_BEFORE}(?P<d>[0-3]?\d)/(?P<m>[01]?\d)/(?P<y>{_YEAR}){_AFTER}"),
    ("month_year", rf"(?<!\w)(?P<m>{_MONTH}){_SP}+(?P<y>{_YEAR}){_AFTER}"),
    # « 14H30 », « 16H »: the hour's letter capitalised, as some sources write it
    ("time", rf"{_BEFORE}(?P<h>[0-2]?\d){_SP}?(?:h|H|heures?)(?:{_SP}?(?P<min>[0-5]?\d))?+{_AFTER}"
     rf"(?!{_SP}*,?{_SP}*(?:\d{{1,2}}{_SP}*)?(?:min|mn|minutes?|s|secondes?|'|′)(?!\w))"),
    ("time_colon", rf"{_BEFORE}(?<![\d:])(?P<h>[0-2]?\d):(?P<min>[0-5]\d){_AFTER}(?!:\d)"),
    ("amount_before", rf"(?P<cur>[€$£]){_SP}?(?P<n>{_NUM})(?:{_SP}?(?P<s>{_SCALE}))?{_AFTER}"),
    # a length in metres and centimetres, athletics' and heights' way (« 6m03 », « 1 m 85 »)
    ("metres", rf"{_BEFORE}(?P<m>\d{{1,3}}){_SP}?m{_SP}?(?P<cm>\d{{2}}){_AFTER}"),
    ("figure", rf"{_BEFORE}(?:[+\-−]{_SP}?)?(?P<n>{_NUM})(?:{_SP}?(?:e|er|ème|ᵉ)(?![\w]))?"
     rf"{_NUMBER_END}(?:{_SP}?(?P<s>{_SCALE})(?![\w]))?"
     rf"(?:{_SP}?(?P<pct>%|pour{_SP}cent|pourcent)"
     rf"|{_SP}?(?:d['’]|de{_SP})?(?P<cur>{_CURRENCY})(?!\w))?"),
]  # fmt: skip
# One scanner, first pattern wins at each position; group names are prefixed to stay unique.
_SCANNER = re.compile(
    "|".join(f"(?P<{name}>{rx.replace('(?P<', f'(?P<{name}_')})" for name, rx in _PATTERNS)
)
_DIGIT = re.compile(r"\d")


@dataclass(frozen=True)
class Figure:
    kind: str  # number, percentage, amount, date
    text: str
    key: str
    parts: tuple[str, ...] = ()
    start: int = 0  # offset in the text scanned
    spelled: bool = False  # written in words ("dix mille"): see spelled_figures below


def number_key(written: str, scale: str | None = None) -> str:
    """ "50 200" and "50.200" → "50200", "2,5" + "millions" → "2500000", "1,40" → "1.4"."""
    digits = re.sub(_SP, "", written)
    if _POINT_GROUPED.fullmatch(digits):
        digits = digits.replace(".", "")
    digits = digits.replace(",", ".")
    value = Decimal(digits).scaleb(SCALES.get(scale or "", 0))
    return format(value.normalize(), "f")


_Found = TypeVar("_Found")
_FORGETS: list[Callable[[], None]] = []  # the cache_clear of every scan read once per text


def _read_once(scan: Callable[[str], Iterable[_Found]]) -> Callable[[str], Iterator[_Found]]:
    """`scan` run once per text, what it found kept: the gate asks for a sentence's figures,
    durations and ordinals from several checks (a scan costs more than the parse of its words).
    Each call gives the findings again, in order; they are frozen, shared by every caller."""
    kept = lru_cache(maxsize=4096)(lambda text: tuple(scan(text)))
    _FORGETS.append(kept.cache_clear)

    @wraps(scan)
    def again(text: str) -> Iterator[_Found]:
        return iter(kept(text))

    return again


@_read_once
def figures(text: str) -> tuple[Figure, ...]:
    """Every figure of `text`, in order (a date also yields its day and year as numbers); the
    bare numbers of a list or a range whose scale or unit is said once, after its last one, take
    it (« 100, 80 ou 60 millions », « entre 2 et 3 milliards », « de 9,5 à 9,7 % »), and so do
    its thousands said once (« 10 à 20 000 combattants »: from 10 000, a bound below the last)."""
    found = list(_scanned(text))
    for n in range(len(found) - 2, -1, -1):
        (bare, _), (last, groups) = found[n], found[n + 1]
        if _BARE.fullmatch(bare.text) and _LISTED.fullmatch(
            text[bare.start + len(bare.text) : last.start]
        ):
            shared = {k: v for k, v in groups.items() if k in ("s", "a", "pct", "cur")}
            thousands = _THOUSANDS_SAID_ONCE.fullmatch(groups.get("n", ""))
            if "s" in shared or "a" in shared or "pct" in shared:
                groups = {**shared, "n": bare.text}
            elif (
                thousands
                and "," not in bare.text
                and int(bare.text) < int(thousands[1])
                and _RANGED.fullmatch(text[bare.start + len(bare.text) : last.start])
            ):
                groups = {**shared, "n": bare.text + thousands[2]}  # « 10 à 20 000 »
            else:
                continue
            written = text[bare.start : last.start + len(last.text)]  # read back the same
            found[n] = (_figure(groups, written, bare.start), groups)
    return tuple(_and_a_half(figure, text) for figure, _ in found if not _designation(figure, text))


# A name of a thing with its number glued by a hyphen (« une Ak-47 », « un F-16 », « le
# Covid-19 », « un Su-27 »): a model, no count; a year keeps its four digits (« l'Euro-2016 »).
_DESIGNATED = re.compile(r"(?<![\w-])[A-Z][A-Za-z]{0,4}-$")


def _designation(figure: Figure, text: str) -> bool:
    if figure.kind != "number" or not figure.text.isdigit() or len(figure.text) > 3:
        return False
    return _DESIGNATED.search(text, max(0, figure.start - 6), figure.start) is not None


def _and_a_half(figure: Figure, text: str) -> Figure:
    """« 3 tonnes et demi »: a whole number in digits, its unit, then « et demi(e) », is 3,5
    (as « trois tonnes et demie » reads in words); not hours nor days (« 2 heures et demie »
    is a duration `long_durations` reads)."""
    half = _HALF_AFTER.match(text, figure.start + len(figure.text))
    if figure.kind != "number" or not figure.key.isdigit() or half is None:
        return figure
    if half.group(1).lower() in _DURATION_UNITS or half.group(1).lower() in ("heure", "heures"):
        return figure
    return replace(figure, key=f"{figure.key}.5")


_HALF_AFTER = re.compile(rf"{_SP}+([^\W\d_]+){_SP}+et{_SP}+demie?(?![\w-])", re.IGNORECASE)


def clear_cache() -> None:
    """Forget every text scanned (benchmarks time a first reading)."""
    for forget in _FORGETS:
        forget()


# A number written bare (no thousands, at most three digits before its decimals: no year), and
# what joins the members of a list or the bounds of a range.
_BARE = re.compile(r"\d{1,3}(?:,\d+)?")
_RANGED = re.compile(rf"{_SP}+(?:et|ou|à){_SP}+|{_SP}*[-–]{_SP}*", re.IGNORECASE)  # no comma
_THOUSANDS_SAID_ONCE = re.compile(rf"(\d{{1,3}})((?:{_SP}000)+)")  # « 20 000 », « 3 000 000 »
_LISTED = re.compile(rf"{_SP}*(?:,|-|–|{_SP}(?:et|ou|à){_SP}){_SP}*", re.IGNORECASE)


def _scanned(text: str) -> Iterator[tuple[Figure, dict[str, str]]]:
    if not _DIGIT.search(text):
        return  # every pattern of the scanner holds a digit
    for match in _SCANNER.finditer(text):
        kind = match.lastgroup or ""
        prefix = f"{kind}_"
        groups = {
            k.removeprefix(prefix): v
            for k, v in match.groupdict().items()
            if v is not None and k.startswith(prefix)
        }
        written = match.group(0).strip(SPACES)
        if _note_call(text, match.start(), match.end()):
            continue  # « dans le Golan [1] »: the call of a note, no figure
        if kind.startswith("date") or kind == "month_year":
            for date in _dates(kind, groups, written, match.start()):
                yield date, {}
        elif kind.startswith("time"):
            hour, minute = int(groups["h"]), int(groups.get("min") or 0)
            if hour <= 24:
                yield Figure("date", written, f"{hour:02d}:{minute:02d}", start=match.start()), {}
        elif kind == "metres":  # « 6m03 » is 6,03 metres
            groups = {"n": f"{groups['m']},{groups['cm']}"}
            yield _figure(groups, written, match.start()), groups
        else:
            scaled = _SCALED_CURRENCY.match(text, match.end())
            if "s" in groups and "cur" not in groups and "pct" not in groups and scaled:
                groups["cur"] = scaled.group(1)  # « 60 millions de livres »
                written = text[match.start() : scaled.end()]
            yield _figure(groups, written, match.start()), groups


def _note_call(text: str, start: int, end: int) -> bool:
    """A number of up to three digits alone in square brackets: a note's call (« [1] »)."""
    return (
        text[start - 1 : start] == "["
        and text[end : end + 1] == "]"
        and text[start:end].isdigit()
        and end - start <= 3
    )


SCALED_CURRENCIES = tagged("scaled_currencies")
_SCALED_CURRENCY = re.compile(
    rf"{_SP}*(?:d['’]|de{_SP}+)("
    + "|".join(re.escape(c) for c in sorted(SCALED_CURRENCIES, key=len, reverse=True))
    + r")(?!\w)",
    re.IGNORECASE,
)


def _figure(groups: dict[str, str], written: str, start: int) -> Figure:
    scale = groups.get("s")
    value = number_key(groups["n"], scale.lower() if scale else None)
    if "a" in groups:  # « £ 100m », « 3 M€ »
        value = format(Decimal(value).scaleb(ABBREVIATIONS[groups["a"].lower()]).normalize(), "f")
    if "pct" in groups:
        return Figure("percentage", written, f"{value}%", start=start)
    if "cur" in groups:
        currency = (CURRENCIES | SCALED_CURRENCIES)[groups["cur"].lower()]
        return Figure("amount", written, f"{value} {currency}", start=start)
    return Figure("number", written, value, start=start)


def _dates(kind: str, groups: dict[str, str], written: str, start: int) -> Iterator[Figure]:
    month = MONTHS.get(groups["m"].lower()) if not groups["m"].isdigit() else int(groups["m"])
    if not month or month > 12:
        return
    year = groups.get("y")
    listed = [d for d in re.split(rf"{_SP}*,{_SP}*", groups.get("ds", "")) if d]
    days = [groups[k] for k in ("d", "d1") if k in groups] + listed
    days += [groups["d2"]] if "d2" in groups else []
    day_numbers = [1 if re.sub(_SP, "", d).lower() == "1er" else int(d) for d in days]
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


# --- numbers written in words ------------------------------------------------------------

# The number words and fractions are data (engine/text/lexicon): number_words.txt, fractions.txt.
SMALL = {word: int(value) for word, value in tagged("number_words").items()}
# In words, a scale multiplies what it follows: « deux millions » (not « million(s) »).
WORD_SCALES = {word: 10**power for word, power in SCALES.items() if word.isalpha()}
HUNDREDS = frozenset({"cent", "cents"})
FRACTIONS = {word: Decimal(100) / int(parts) for word, parts in tagged("fractions").items()}
_S = f"[{SPACES}]"
_WORD = re.compile(r"[a-zàâçéèêëîïôûùüÿœ]+", re.IGNORECASE)
_HYPHEN_OR_SPACE = re.compile(rf"^(?:{_S}+|-)$")
_ET = re.compile(rf"^(?:{_S}+|-)et(?:{_S}+|-)$", re.IGNORECASE)
_PERCENT = re.compile(rf"^{_S}+pour{_S}+cent(?!\w)", re.IGNORECASE)
# Currencies written with letters after a number in words (« euros », « livres sterling »,
# « US$ », « USD »: each escaped), not bare symbols.
_CURRENCY_NAMES = sorted(
    (c for c in CURRENCIES if c[0].isalpha()),
    key=len,
    reverse=True,
)
_CURRENCY_WORDS = "|".join(_S.join(map(re.escape, n.split())) for n in _CURRENCY_NAMES)
_WORD_CURRENCY = re.compile(
    rf"^{_S}+(?:d['’]|de{_S}+)?({_CURRENCY_WORDS})(?!\w)",
    re.IGNORECASE,
)
_ARTICLES = frozenset({"un", "une"})
UNITS = words("units")
# The tens that take « et » before « un » and « onze » (« vingt et un », « soixante et onze »).
_TENS = frozenset(w for w, n in SMALL.items() if 20 <= n <= 60 and n % 10 == 0 and w[-1] != "s")
_ADDED_TO = frozenset(SMALL) | {"cent", "mille"}  # what a final « un » adds to
_MIL = next(w for w, power in SCALES.items() if power == 3 and len(w) == 3)  # « mil neuf cent »
NUMBER_WORDS = frozenset(SMALL) | frozenset(WORD_SCALES) | HUNDREDS | {"et"}


@_read_once
def spelled_figures(text: str) -> Iterator[Figure]:
    """Every number and fraction written in words in `text`, in order, with its figure key; and
    « premier octobre », the first of a month said in words."""
    yield from _years_in_words(text, list(_spelled_in_order(text)))


def _spelled_in_order(text: str) -> Iterator[Figure]:
    firsts = [_first_of_month(text, m) for m in _FIRST_OF.finditer(text)]
    ranked = [(o.start, o.start + len(o.text)) for o in spelled_ordinals(text)]
    for figure in _unit_said_once(text, list(_spelled(text))):
        if any(a <= figure.start < b for a, b in ranked):
            continue  # the « trente » of « trente et unième »: the ordinal's, 31st

        while firsts and firsts[0].start < figure.start:
            yield firsts.pop(0)
        yield figure
    yield from firsts


# A month, and the day before it in digits if any, right before a year in words.
_MONTH_BEFORE = re.compile(
    rf"(?:(?<![\w,.])(?P<d>{_DAY}){_S}+)?(?<![\w-])(?P<m>{_MONTH}){_S}+$", re.IGNORECASE
)
_YEARS = range(1000, 2200)


_WORD_AFTER = re.compile(rf"{_S}+([^\W\d_]+)")


def _counts(text: str, number: Figure) -> bool:
    """A number in words followed by a plural that is no common word counts it (« en mai deux
    mille manifestants »): no year."""
    after = _WORD_AFTER.match(text, number.start + len(number.text))
    if after is None:
        return False
    word = after.group(1).lower()
    return word[-1] in "sx" and word not in words("stopwords_fr") and len(word) > 3


def _years_in_words(text: str, found: list[Figure]) -> list[Figure]:
    """A year in words after its month is the date's year, as digits would be: « septembre deux
    mille douze » is « septembre 2012 », « le vingt janvier deux mille seize » (the day in words
    read before) and « le 20 janvier deux mille seize » « 20 janvier 2016 »; the year stays a
    number of its own too."""
    read: list[Figure] = []
    for figure in found:
        year = figure.key if figure.kind == "number" and figure.key.isdigit() else ""
        month = _MONTH_BEFORE.search(text, max(0, figure.start - 40), figure.start)
        if not year or int(year) not in _YEARS or month is None or _counts(text, figure):
            read.append(figure)
            continue
        start, day = month.start("m"), month.group("d")
        said = [
            n
            for n, f in enumerate(read)
            if f.kind == "date"
            and re.fullmatch(r"--\d\d-\d\d", f.key)
            and f.start + len(f.text) == month.end("m")
        ]
        at = said[-1] if said else len(read)
        if said:  # « vingt janvier », « premier mars »: the day in words, read as a date
            start, day = read[at].start, read.pop(at).key[-2:]
        elif day is not None:
            start = month.start("d")
        groups = {"m": month.group("m"), "y": year} | ({"d": day} if day else {})
        written = text[start : figure.start + len(figure.text)]
        date = next(_dates("date", groups, written, start))
        read.insert(at, replace(date, spelled=True))  # where the day's date stood, before its
        read.append(figure)  # day's number, as `figures` gives a date in digits
    return read


def _unit_said_once(text: str, found: list[Figure]) -> list[Figure]:
    """The bare numbers in words of a list or a range whose unit or scale is said once, after its
    last one, take it, as figures in digits do: « de deux mille cinq cents à vingt-cinq mille
    dollars » (2 500 $), « entre deux et trois pour cent » (2 %), « deux ou trois millions »
    (2 000 000: a scale said once, read only for a first number under the last's)."""
    for n in range(len(found) - 2, -1, -1):
        bare, last = found[n], found[n + 1]
        said = _NUMBER_AND_UNIT.fullmatch(last.key)
        if said is None or bare.kind != "number" or not _PLAIN_NUMBER.fullmatch(bare.key):
            continue  # a date or a time in words (« le quatorze juillet ») shares no unit
        number, unit = said.groups()
        if not _LISTED.fullmatch(text[bare.start + len(bare.text) : last.start]):
            continue
        value = Decimal(bare.key)
        scale = _scale_said(last.text) if _scale_said(bare.text) == 1 else 1
        if scale > 1 and value * scale < Decimal(number):
            value *= scale
        elif not unit:
            continue
        key = f"{value.normalize():f}{unit}"
        written = text[bare.start : last.start + len(last.text)]
        found[n] = Figure(last.kind, written, key, bare.parts, bare.start, True)
    return found


_PLAIN_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_NUMBER_AND_UNIT = re.compile(r"([\d.]+)(.*)")


def _scale_said(written: str) -> int:
    """The largest scale word of a number in words (« vingt-cinq mille » 1 000), else 1."""
    return max((WORD_SCALES.get(w.lower(), 1) for w in _WORD.findall(written)), default=1)


_FIRST_OF = re.compile(
    rf"(?<![\w-])premier{_S}+({'|'.join(sorted(MONTHS, key=len, reverse=True))})(?!\w)"
    rf"(?:{_S}+(\d{{4}})(?!\d))?",
    re.IGNORECASE,
)


def _first_of_month(text: str, found: re.Match[str]) -> Figure:
    groups = {"d": "1", "m": found.group(1)} | ({"y": found.group(2)} if found.group(2) else {})
    return next(_dates("date", groups, found.group(0), found.start()))


def _spelled(text: str) -> Iterator[Figure]:
    words = [(m.start(), m.end(), m.group(0).lower()) for m in _WORD.finditer(text)]
    i = 0
    while i < len(words):
        run = _fraction(text, words, i) or _number(text, words, i)
        if run is None:
            i += 1
            continue
        after, figure = run
        if figure is None:  # a fraction of a unit: a measure, read with it or not at all
            i = after
            continue
        read = _spelled_date(text, figure) or _spelled_time(text, figure) or [figure]
        yield from read
        end = max(f.start + len(f.text) for f in read)
        i = after
        while i < len(words) and words[i][0] < end:  # "pour cent", "euros" are read
            i += 1


def _spelled_date(text: str, day: Figure) -> list[Figure]:
    """« dix-sept juin (2018) »: a day in words before its month is the date « 17 juin » (its day
    as a number too; the year, written in digits, is read by `figures`)."""
    if day.kind != "number" or not day.key.isdigit() or not 1 <= int(day.key) <= 31:
        return []
    month = _MONTH_AFTER.match(text, day.start + len(day.text))
    if month is None:
        return []
    groups = {"d": day.key, "m": month.group(1)} | ({"y": month.group(2)} if month.group(2) else {})
    written = text[day.start : month.end()]
    return [f for f in _dates("date", groups, written, day.start) if f.text != groups.get("y")]


_MONTH_AFTER = re.compile(
    rf"{_S}+({'|'.join(sorted(MONTHS, key=len, reverse=True))})(?!\w)(?:{_S}+(\d{{4}})(?!\d))?",
    re.IGNORECASE,
)

_ORDINAL = re.compile(r"(?<![\w-])((?:[a-z]+-)*[a-z]+)ièmes?(?!\w)", re.IGNORECASE)
_NUMBER_WORD = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
_NUMBER_WORDS_BEFORE = re.compile(rf"(?<![\w-])(?:(?:{_NUMBER_WORD})(?:{_S}+|-))+$", re.I)


def _spelled_time(text: str, hour: Figure) -> list[Figure]:
    """« vers seize heures trente », « à vingt heures et demie », « dès huit heures »: an hour in
    words after « vers », « à » or « dès » and before « heure(s) » is the time of day its digits
    give (« 16h30 »), twelve hours later « du soir » or « de l'après-midi »; « pendant deux
    heures », « deux heures et demie de course », « à huit heures de route » are lengths, left as
    numbers."""
    if hour.kind != "number" or not hour.key.isdigit() or int(hour.key) > 24:
        return []
    said = _HOURS_AFTER.match(text, hour.start + len(hour.text))
    if said is None or not _AT_HOUR.search(text, max(0, hour.start - 8), hour.start):
        return []
    clock, end = int(hour.key), said.end()
    if (later := _AFTER_NOON.match(text, end)) is not None and clock < 12:
        clock, end = clock + 12, later.end()  # « vers dix heures du soir »: 22 h
    elif _OF_LENGTH.match(text, said.end()):
        return []  # « à huit heures de route »
    minutes = 0
    if said.group("min"):
        number = next(_read(said.group("min")), None)
        if number is None or number.text != said.group("min") or not number.key.isdigit():
            return []
        minutes = int(number.key)
    elif said.group("part"):
        minutes = _PARTS_OF_HOUR[said.group("part").lower()]
    if minutes > 59:
        return []
    written = text[hour.start : end]
    return [Figure("date", written, f"{clock:02d}:{minutes:02d}", start=hour.start)]


_PARTS_OF_HOUR = {"demie": 30, "quart": 15}
_HOURS_AFTER = re.compile(
    rf"{_S}+heures?(?![\w-])(?:{_S}+et{_S}+(?P<part>demie|quart)(?![\w-])"
    rf"|{_S}+(?P<min>(?:{_NUMBER_WORD})(?:(?:{_S}+|-)(?:et{_S}+)?(?:{_NUMBER_WORD}))*)(?![\w-]))?",
    re.IGNORECASE,
)
_OF_LENGTH = re.compile(rf"{_S}+d(?:e|')", re.IGNORECASE)
_AFTER_NOON = re.compile(rf"{_S}+(?:du{_S}+soir|de{_S}+l['’]après-midi)(?![\w-])", re.IGNORECASE)
_AT_HOUR = re.compile(
    rf"(?<![\w-])(?:vers|à|dès|soit){_S}+$", re.IGNORECASE
)  # « soit »: said again


_AND_BEFORE = re.compile(r"\bet\s+$", re.IGNORECASE)
_OF_AFTER = re.compile(rf"{_S}+d(?:e{_S}|['’])", re.IGNORECASE)

# « à midi », « vers minuit », « jusqu'à minuit »: the time of day a word says (not « le Midi »,
# « l'après-midi »); with its part of an hour, after any word (« il était minuit et demi »,
# « midi moins le quart »)
_CLOCK_WORD = re.compile(
    rf"(?<![\w-])(?:(?P<at>à|vers|dès|avant|après|jusqu['’]à|entre|et|de|peu{_S}+(?:avant|après))"
    rf"{_S}+)?(?P<word>midi|minuit)(?![\w-])"
    rf"(?:{_S}+(?:et{_S}+(?P<part>demie?|quart)|moins{_S}+le{_S}+(?P<less>quart))(?![\w-]))?",
    re.IGNORECASE,
)
_CLOCK_KEYS = {"midi": ("12",), "minuit": ("00", "24")}
_CLOCK_PARTS = {"demi": 30, "demie": 30, "quart": 15}


def clock_words(text: str) -> frozenset[str]:
    """The times of day `text` says in a word, as figure keys: « à midi » 12:00, « vers
    minuit » 00:00 and 24:00 (« 0 h », « 24 h »), « midi et demi » 12:30, « minuit moins le
    quart » 23:45."""
    keys = set()
    for match in _CLOCK_WORD.finditer(text):
        if not (match["at"] or match["part"] or match["less"]):
            continue  # « le Midi »: a region, no time
        hours = _CLOCK_KEYS[match["word"].lower()]
        if match["less"]:  # a quarter before the hour
            keys |= {f"{(int(hour) - 1) % 24:02d}:45" for hour in hours[:1]}
            continue
        minutes = _CLOCK_PARTS.get((match["part"] or "").lower(), 0)
        keys |= {f"{hour}:{minutes:02d}" for hour in hours}
    return frozenset(keys)


@_read_once
def spelled_ordinals(text: str) -> Iterator[Figure]:
    """Ordinals in words, as the number they rank: "douzième" → 12, "vingt-septième" → 27,
    "cent vingt-sixième" → 126, "vingt et unième" → 21 (a source's « douzième anniversaire »
    vouches for an article's « douze ans »)."""
    for match in _ORDINAL.finditer(text):
        stem = match.group(1).lower()
        if stem.endswith("qu"):  # cinquième
            stem = stem[:-1]
        elif stem.endswith("v"):  # neuvième
            stem = stem[:-1] + "f"
        elif stem.endswith("un"):  # vingt et unième
            pass
        elif stem.split("-")[-1] not in SMALL and stem.split("-")[-1] not in HUNDREDS:
            stem += "e"  # douzième, trentième, quatrième, millième
        last = stem.split("-")[-1]
        if last in HUNDREDS and (
            match.group(0).endswith("s") or _OF_AFTER.match(text, match.end())
        ):
            continue  # « trois centièmes », « un centième de seconde »: parts, no rank
        known = last in SMALL or last in HUNDREDS or stem in WORD_SCALES or stem == "mille"
        if not known:
            continue  # « centième », « deux-centième » rank hundreds as « millième » does
        # the number words before it, apart (« cent vingt-sixième », « vingt et unième »): the
        # longest run that reads as one number with the ordinal's own; not before a plural,
        # which counts parts (« quatre millièmes », « trois cinquièmes »)
        plural = match.group(0).endswith("s")
        if plural and stem.endswith("un") and _AND_BEFORE.search(text[: match.start()]):
            plural = False  # « les trente et unièmes journées »: the 31st ones, no fraction
        run = (
            None
            if plural
            else _NUMBER_WORDS_BEFORE.search(text, max(0, match.start() - 80), match.start())
        )
        starts = (
            []
            if run is None
            else [m.start() for m in _WORD.finditer(text, run.start(), match.start())]
        )
        for start in [*starts, match.start()]:
            said = text[start : match.start()].lower() + stem
            number = next(_read(said), None)
            if number is not None and number.text == said:
                yield Figure(
                    "number", text[start : match.end()], number.key, start=start, spelled=True
                )
                break


def _read(text: str) -> Iterator[Figure]:
    words = [(m.start(), m.end(), m.group(0).lower()) for m in _WORD.finditer(text)]
    run = _number(text, words, 0) if words else None
    if run is not None:
        yield run[1]


def _joined(text: str, left: tuple[int, int, str], right: tuple[int, int, str]) -> str | None:
    """How two words are joined: "" (space or hyphen), "et", or None (not one number)."""
    between = text[left[1] : right[0]]
    if right[2] in ("un", "une", "onze") and _ET.match(between):
        return "et"
    if _HYPHEN_OR_SPACE.match(between):
        return ""
    return "et" if _ET.match(between) else None


def _fraction(
    text: str, words: list[tuple[int, int, str]], i: int
) -> tuple[int, Figure | None] | None:
    """ "la moitié", "un tiers", "deux tiers", "trois quarts" as a percentage; a fraction of a
    unit (« un quart de siècle », « trois quarts d'heure ») is a measure, no share of a whole:
    no figure (None), its words skipped."""
    word, last = words[i][2], i
    if word == "moitié":
        value = FRACTIONS[word]
    elif word in ("un", "une", "deux", "trois") and i + 1 < len(words):
        following = words[i + 1][2]
        if following not in FRACTIONS or following == "moitié":
            return None
        if _joined(text, words[i], words[i + 1]) != "":
            return None
        value, last = FRACTIONS[following] * SMALL[word], i + 1
    else:
        return None
    if last + 2 < len(words) and words[last + 1][2] in ("de", "d"):
        unit = words[last + 2][2]
        if unit in WORD_SCALES:  # « un quart de million »: 250 000
            number = format((value * WORD_SCALES[unit] / 100).normalize(), "f")
            written = text[words[i][0] : words[last + 2][1]]
            return last + 3, Figure("number", written, number, start=words[i][0], spelled=True)
        if unit in UNITS or unit.removesuffix("s") in UNITS:
            return last + 1, None  # « un quart de siècle », « trois quarts d'heure »
    if _of_a_period(text, words[last][1]):
        return last + 1, None  # « la première moitié de l'année », « … du mois »: a stretch
    start, end = words[i][0], words[last][1]
    key = format(value.quantize(Decimal("0.1")).normalize(), "f")
    return last + 1, Figure("percentage", text[start:end], f"{key}%", start=start, spelled=True)


# What follows a fraction of a stretch of time: « de l'année », « du mois », « de la saison »,
# « de mars », « de 2017 ».
_OF_PERIOD = re.compile(
    rf"{_S}+(?:de{_S}+|d['’]|du{_S}+|des{_S}+)(?:(?:l['’]|la{_S}+|le{_S}+|les{_S}+|cette{_S}+"
    rf"|ce{_S}+|cet{_S}+))?([^\W_]+)",
    re.IGNORECASE,
)


def _of_a_period(text: str, end: int) -> bool:
    """The words after a fraction ending at `end` name a stretch of time it divides (« de
    l'année », « du mois », « de la saison », « de mars », « de 2017 »: lexicon
    halved_periods.txt, the months, a year)."""
    said = _OF_PERIOD.match(text, end)
    if said is None:
        return False
    noun = said.group(1).lower()
    return noun in words("halved_periods") or noun in MONTHS or bool(re.fullmatch(_YEAR, noun))


def _counted(text: str, words: list[tuple[int, int, str]], i: int) -> bool:
    """A number stands before word `i` (« cinquante pour cent », « 3 pour cent »): its « pour
    cent » is a percentage."""
    before = words[i - 1][2] if i > 0 else ""
    if before in SMALL or before in HUNDREDS or before in WORD_SCALES or before in FRACTIONS:
        return True  # « cinquante pour cent », « trois quarts pour cent »
    if before in ("mille", "demi", "demie"):  # « un demi pour cent »
        return True
    return text[: words[i][0]].rstrip(SPACES)[-1:].isdigit()


def _number(text: str, words: list[tuple[int, int, str]], i: int) -> tuple[int, Figure] | None:
    names = [words[i][2]]
    if names[0] not in SMALL and names[0] not in WORD_SCALES and names[0] not in HUNDREDS:
        return None
    if names[0] == "cent" and i > 0 and words[i - 1][2] == "pour" and _counted(text, words, i - 1):
        return None  # the « pour cent » of a percentage (« pour cent vingt jours » is 120 days)
    if names[0] in WORD_SCALES and text[: words[i][0]].rstrip(SPACES)[-1:].isdigit():
        return None  # the scale of "2,1 millions", which engine.brief.figures reads
    j = i + 1
    while j < len(words):
        word = words[j][2]
        if word == "et" and j + 1 < len(words) and names[-1] in _TENS:
            # "vingt et un", "soixante et onze"
            if words[j + 1][2] in ("un", "une", "onze") and _joined(
                text, words[j - 1], words[j + 1]
            ):
                names.append(words[j + 1][2])
                j += 2
                continue
            break
        if word not in SMALL and word not in WORD_SCALES and word not in HUNDREDS:
            break
        if _joined(text, words[j - 1], words[j]) != "":
            break
        names.append(word)
        j += 1
    # "un"/"une" ending a run is the article of what follows ("deux cents une", "deux millions
    # un") unless it ends "vingt et un", or follows "cent" or "mille", which it adds to ("deux
    # cent un", "mille une nuits"); a lone article is no number.
    while len(names) > 1 and names[-1] in _ARTICLES and names[-2] not in _ADDED_TO:
        names.pop()
    if (
        names[-1] in _ARTICLES
        and len(names) == 1
        and not _PERCENT.match(text[words[i][1] :])
        and not _VIRGULE.match(text[words[i][1] :])
    ):
        return None  # a lone article, not « un pour cent »
    if names == [names[0]] and names[0] in WORD_SCALES and names[0].endswith("s"):
        return None  # « des millions de dollars », « en centaines de millions »: an order
    if names[0] == _MIL and (len(names) == 1 or names[1] in WORD_SCALES):
        return None  # « le mil », a grain; « mil » leads a year's number words only
    if _MIL in names[1:]:
        return None
    value = _value(names)
    if value is None or (
        value == 0
        and not _WORD_CURRENCY.match(text[words[i][1] :])
        and not (
            _HOURS_AFTER.match(text, words[i][1])
            and _AT_HOUR.search(text, max(0, words[i][0] - 8), words[i][0])
        )
    ):
        return None  # "partir de zéro" is no figure; "zéro euro", "zéro heure quinze" are
    last = _last_index(words, i, len(names))
    if _inside_word(text, words[i][0], words[last][1]):
        return None
    end = words[last][1]
    if decimals := _decimals(text, words, last):  # « dix virgule cinq », « … et demi »
        scale = WORD_SCALES.get(names[-1], 1)  # « dix milliards et demi »: half a milliard
        value, last, end = value + decimals[0] * scale, decimals[1], decimals[2]
        value = value.to_integral_value() if value == value.to_integral_value() else value
    return last + 1, _word_figure(text, words[i][0], end, value)


_HALF = frozenset({"demi", "demie"})
_VIRGULE = re.compile(rf"^{_S}+virgule{_S}+\w", re.IGNORECASE)


def _decimals(
    text: str, words: list[tuple[int, int, str]], last: int
) -> tuple[Decimal, int, int] | None:
    """What a number in words says after its whole part: « dix virgule cinq » (10,5), « deux et
    demi », « cent quatre-vingt-dix kilomètres et demi » (190,5: the half of the unit said
    between) — as (the decimals, the index of the last word of the figure, where it ends)."""
    after = words[last + 1 : last + 4]
    if len(after) >= 2 and after[0][2] == "virgule" and after[1][2] in SMALL:
        j = last + 2
        while (
            j + 1 < len(words)
            and words[j + 1][2] in SMALL
            and _joined(text, words[j], words[j + 1]) == ""
        ):
            j += 1
        digits = _value([w[2] for w in words[last + 2 : j + 1]])
        if digits is None:
            return None
        return Decimal(f"0.{int(digits)}"), j, words[j][1]
    if len(after) >= 2 and after[1][2] in _HALF and _ET.match(text[words[last][1] : after[1][0]]):
        return Decimal("0.5"), last + 2, after[1][1]  # « un million et demi (d'euros) »
    if (
        len(after) >= 3
        and after[2][2] in _HALF
        and after[0][2] not in _DURATION_UNITS
        and after[0][2] not in ("heure", "heures")  # « deux heures et demie »: a duration
        and _joined(text, words[last], after[0]) == ""
        and _ET.match(text[after[0][1] : after[2][0]])
    ):
        return Decimal("0.5"), last, words[last][1]
    return None


def _inside_word(text: str, start: int, end: int) -> bool:
    """ "entre-deux-tours", "vingt-septième", "mille-pattes": number words hyphened to a word that
    is no number are part of that word (a noun, an ordinal), not a figure."""
    before = text[max(0, start - 2) : start]
    after = _WORD.match(text, end + 1) if text[end : end + 1] == "-" else None
    glued_before = before.endswith("-") and before[:1].isalpha()
    return glued_before or (after is not None and after.group(0).lower() not in NUMBER_WORDS)


def _last_index(words: list[tuple[int, int, str]], i: int, count: int) -> int:
    """The index of the `count`-th number word from `i`, the "et" of "vingt et un" skipped."""
    j = i
    seen = 0
    while True:
        if words[j][2] != "et":
            seen += 1
            if seen == count:
                return j
        j += 1


def _value(names: list[str]) -> Decimal | None:
    """The number some number words make: a scale larger than every one said before it
    multiplies all of them (« mille milliards », « mille cinq cents millions »), a smaller one
    only what follows the last (« deux millions trois cent mille »)."""
    total, current, previous, largest = 0, 0, "", 0
    for name in names:
        if name in SMALL:
            number = SMALL[name]
            if number == 20 and previous == "quatre":
                current += 80 - 4  # quatre-vingt(s)
            elif number < 20 and previous in SMALL and 0 < SMALL[previous] < 10:
                return None  # "deux trois": two numbers, not one
            else:
                current += number
        elif name in HUNDREDS:
            current = (current or 1) * 100
        else:
            scale = WORD_SCALES[name]
            if total and scale > largest:
                total = (total + current) * scale
            else:
                total += (current or 1) * scale
            largest, current = max(largest, scale), 0
        previous = name
    return Decimal(total + current)


def _word_figure(text: str, start: int, end: int, value: Decimal) -> Figure:
    number, tail = str(value), text[end:]
    if percent := _PERCENT.match(tail):
        written = text[start : end + percent.end()]
        return Figure("percentage", written, f"{number}%", start=start, spelled=True)
    if currency := _WORD_CURRENCY.match(tail):
        code = CURRENCIES.get(" ".join(currency.group(1).lower().split()), "EUR")
        written = text[start : end + currency.end()]
        return Figure("amount", written, f"{number} {code}", start=start, spelled=True)
    return Figure("number", text[start:end], number, start=start, spelled=True)


# --- durations ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Duration:
    """A length of time in minutes and seconds, however it is written: « une minute quinze »,
    « 1 min 15 s », « soixante-quinze secondes » and « 75 secondes » are all 75 seconds."""

    seconds: Decimal
    text: str
    start: int
    unit: str = ""  # the unit it is counted in, for a length in hours to years (« semaine »)


_DURATIONS = {word: int(seconds) for word, seconds in tagged("durations").items()}
_DURATION_UNITS = {w: n for w, n in _DURATIONS.items() if w.isalpha()}  # after a number
_DURATION_WORDS = {w: n for w, n in _DURATIONS.items() if not w.isalpha()}  # « demi-heure »


def _unit_after(units: Iterable[str], before: str = "") -> re.Pattern[str]:
    """One of `units` as the next word (after the words `before` may match), longest first."""
    alternatives = "|".join(sorted(map(re.escape, units), key=len, reverse=True))
    return re.compile(rf"^{_S}+{before}({alternatives})(?![\w'’-])", re.IGNORECASE)


_UNIT_AFTER = _unit_after(_DURATION_UNITS)
_AND = re.compile(rf"^(?:{_S}+et)?{_S}+", re.IGNORECASE)
# « une seconde » before a noun is the ordinal (« une seconde vie », « une seconde fois »); before
# a function word or a length's own words it is a second of time (« une seconde plus tard »,
# « une seconde d'avance », « à une seconde près »).
_ORDINAL_SECOND = re.compile(
    rf"^{_S}+(?!(?:de|d|du|des|plus|moins|et|ou|à|a|après|avant|près|seulement|environ|"
    r"entière|pile|pour|par|sur|seule|trop|avec|sans|qui|que|en|au)\b)[^\W\d_]{3,}",
    re.IGNORECASE,
)


_HALF_NEXT = re.compile(rf"{_S}+et{_S}+demie?(?![\w-])", re.IGNORECASE)


@_read_once
def durations(text: str) -> Iterator[Duration]:
    """Every duration of `text` in minutes and seconds, in order: a number and its unit, and the
    number of the next unit down that may follow it with or without its unit (« une minute
    quinze », « deux minutes et dix secondes ») or its half (« une minute et demie »); the
    hours said before such minutes (« 1 h 57 min 17 s », a race time: hours alone are a time of
    day); a race clock (« 1:57:17 »); « une demi-heure », « un quart d'heure »."""
    numbers = sorted(_duration_numbers(text), key=lambda n: n[0])
    by_start = {start: (end, value) for start, end, value in numbers}
    by_end = {end: (start, value) for start, end, value in numbers}
    used_until = -1
    for start, end, value in numbers:
        if start < used_until:
            continue
        unit = _UNIT_AFTER.match(text[end:])
        if unit is None and (shared := _unit_of_range_end(text, end, value, by_start)) is not None:
            # « de 30 à 60 minutes »: 30 minutes, in the unit its range's end says
            yield Duration(value * _DURATION_UNITS[shared.group(1).lower()], text[start:end], start)
            continue
        if unit is None:
            continue
        size = _DURATION_UNITS[unit.group(1).lower()]
        second = unit.group(1).lower() == "seconde"
        if second and value == 1 and _ORDINAL_SECOND.match(text[end + unit.end() :]):
            continue  # « une seconde vie »: the second one, no length of time
        seconds, last = value * size, end + unit.end()
        half = _HALF_NEXT.match(text, last)
        if half is not None:  # « une minute et demie » is 90 seconds
            seconds, last = seconds + Decimal(size) / 2, half.end()
        if size == 60:  # « une minute quinze », « deux minutes et dix secondes »
            gap = _AND.match(text[last:]) if half is None else None
            follow = by_start.get(last + gap.end()) if gap else None
            if follow is not None:
                tail = _UNIT_AFTER.match(text[follow[0] :])
                if tail is None or _DURATION_UNITS[tail.group(1).lower()] == 1:
                    seconds += follow[1]
                    last = follow[0] + (tail.end() if tail else 0)
            unit_before = _HOURS_BEFORE.search(text[:start])
            hours = _hours(text, unit_before.start(), by_end) if unit_before else None
            if hours is not None:  # « 1 h 57 min », « une heure, quarante-six minutes »
                seconds += hours[1] * 3600
                start = hours[0]
        if size == 60 or size == 1:  # « 3 minutes 35 secondes et 12 centièmes »
            part = _part_of_second(text, last, by_start)
            if part is not None:
                seconds, last = seconds + part[0], part[1]
        used_until = last
        yield Duration(seconds, text[start:last], start)
    clocks = []
    for clock in (*_CLOCK.finditer(text), *_RACE_CLOCK.finditer(text)):
        h, m, s = (int(g) for g in clock.groups())
        clocks.append((clock.start(), clock.end()))
        yield Duration(Decimal(h * 3600 + m * 60 + s), clock.group(0), clock.start())
    for mark in _RACE_MARKS.finditer(text):
        if any(a < mark.end() and mark.start() < b for a, b in clocks):
            continue  # « 2 h 24' 12'' »: the race clock read it
        hours, minutes = mark.group("h", "m")
        whole, part = mark["s"] or mark["s2"], mark["f"] or mark["f2"]
        value = Decimal(int(hours or 0) * 3600 + int(minutes or 0) * 60 + int(whole))
        if part:
            value += Decimal(part).scaleb(-len(part))
        yield Duration(value, mark.group(0), mark.start())
    lowered = text.lower().replace("’", "'")
    for word, seconds in _DURATION_WORDS.items():
        for match in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", lowered):
            yield Duration(Decimal(seconds), text[match.start() : match.end()], match.start())


def _unit_of_range_end(
    text: str, end: int, value: Decimal, by_start: dict[int, tuple[int, Decimal]]
) -> re.Match[str] | None:
    """The unit of a range's end said after it alone (« de 30 à 60 minutes », « entre 20 et 45
    secondes »), for its bare first number: the match of that unit after the end's number."""
    joiner = _RANGED.match(text, end)
    follow = by_start.get(joiner.end()) if joiner else None
    if follow is None or text[end - 1].isdigit() != text[joiner.end()].isdigit():
        return None  # a range is written one way (« 1998 et soixante minutes » is none)
    if follow[1] <= value:
        return None  # …and goes up: « en 1998 et 60 minutes » is none
    return _UNIT_AFTER.match(text[follow[0] :])


_SECOND_PARTS = {w: int(n) for w, n in tagged("second_parts").items()}
_PART_OF_SECOND = re.compile(rf"^(?:{_S}*,)?(?:{_S}+et)?{_S}+", re.IGNORECASE)
_PART_UNIT = _unit_after(_SECOND_PARTS)


def _part_of_second(
    text: str, end: int, by_start: dict[int, tuple[int, Decimal]]
) -> tuple[Decimal, int] | None:
    """(seconds, end) of the hundredths or tenths said after a duration's seconds (« et 12
    centièmes », « huit dixièmes »), None where none follow."""
    gap = _PART_OF_SECOND.match(text[end:])
    follow = by_start.get(end + gap.end()) if gap else None
    if follow is None:
        return None
    unit = _PART_UNIT.match(text[follow[0] :])
    if unit is None:
        return None
    parts = _SECOND_PARTS[unit.group(1).lower()]
    return follow[1] / parts, follow[0] + unit.end()


def _hours(
    text: str, end: int, by_end: dict[int, tuple[int, Decimal]]
) -> tuple[int, Decimal] | None:
    """(start, value) of the number of hours ending at `end`: one read as a number (« une »,
    « 1 »), else bare digits the time-of-day pattern took (« 2 h 3 min »)."""
    if end in by_end:
        return by_end[end]
    digits = re.search(r"(?<![\d,.])\d{1,2}$", text[:end])
    return (digits.start(), Decimal(digits.group(0))) if digits else None


# The hours before a duration's minutes (« 1 h 57 min », « 9 heures, 22 minutes »), a race clock.
_HOURS_BEFORE = re.compile(
    rf"{_S}?(?<![^\W\d_])(?:h|heures?)(?:{_S}*,)?{_S}*(?:et{_S}+)?$", re.IGNORECASE
)
_CLOCK = re.compile(r"(?<![\d:])(\d{1,2}):([0-5]\d):([0-5]\d)(?![\d:])")
# a race time with its minutes and seconds marked (« 2h24'12 », « 2 h 24' 12'' »)
_RACE_CLOCK = re.compile(
    r"(?<![\d:,])(\d{1,2})\s?h\s?([0-5]\d)\s?['’′]\s?([0-5]\d)(?:''|’’|″|\"|s\b)?(?![\d'’])"
)


# a race time written the athletics way, its seconds marked and their hundredths after the mark
# (« 9"81 », « 3'30"65 », « 1'45"3 », « 2 h 08'44" », « 9''87 »): seconds alone need their
# hundredths (« 12" » may close a quote), minutes their seconds
_SECONDS_MARK = "(?:''|’’|′′|\"|″|”)"
_RACE_MARKS = re.compile(
    rf"(?<![\w,.'’′])(?:(?:(?P<h>\d{{1,2}}){_S}?h{_S}?)?(?P<m>\d{{1,2}}){_S}?['’′](?!['’′]){_S}?"
    rf"(?P<s>[0-5]?\d){_S}?{_SECONDS_MARK}(?P<f>\d{{1,3}})?"
    rf"|(?P<s2>\d{{1,2}}){_SECONDS_MARK}(?P<f2>\d{{1,3}}))(?![\d'’′])"
)


@_read_once
def _duration_numbers(text: str) -> Iterator[tuple[int, int, Decimal]]:
    """(start, end, value) of every number that may count a duration, « un »/« une » too."""
    for figure in [*figures(text), *spelled_figures(text)]:
        if figure.kind == "number" and not _ORDINAL_DIGITS.search(figure.text):
            yield figure.start, figure.start + len(figure.text), Decimal(figure.key)
    for match in re.finditer(r"(?<![\w-])(?:un|une)(?![\w-])", text, re.IGNORECASE):
        yield match.start(), match.end(), Decimal(1)


# « la 24ème journée », « le 2e jour »: a rank among days, no length of time
_ORDINAL_DIGITS = re.compile(r"\d\s*(?:e|è|ème|eme|ième|er|re|ère)$", re.IGNORECASE)


# --- lengths of time in hours, days, months, years --------------------------------------

_LONG = {w: Decimal(h) for w, h in tagged("long_durations").items()}
_LONG_UNITS = {w: h for w, h in _LONG.items() if " " not in w}
_LONG_WORDS = {w: h for w, h in _LONG.items() if " " in w}  # « quinze jours »: two weeks
_LONG_UNIT_OF = {
    w: next(u for u, h in _LONG_UNITS.items() if h == hours) for w, hours in _LONG_UNITS.items()
}
_LONG_UNIT_AFTER = _unit_after(
    _LONG_UNITS,
    rf"(?:(?:derni[eè]re?s|premi[eè]re?s|prochaine?s|longue?s|bonne?s|petite?s){_S}+)?",
)


_HOURS_SAID = re.compile(rf"(\d{{1,2}}){_S}+heures?", re.IGNORECASE)


@_read_once
def long_durations(text: str) -> Iterator[Duration]:
    """Every length of time of `text` counted in hours, days, weeks, months or years, in hours
    (`Duration.seconds` holds hours here): a number and its unit (« 48 heures », « trois
    ans », « une semaine », « six longs mois »; each of « de 17 à 35 ans »), and the weeks
    French counts in days (« quinze jours » is two weeks, and fifteen days too)."""
    numbers = list(_duration_numbers(text))
    numbers += [  # « 12 heures », which the figures read as a time of day
        (f.start, f.start + len(hour.group(1)), Decimal(hour.group(1)))
        for f in figures(text)
        if f.kind == "date" and (hour := _HOURS_SAID.fullmatch(f.text))
    ]
    covered, kept = -1, []
    for start, end, value in sorted(numbers, key=lambda n: (n[0], -n[1])):
        if start >= covered:  # not the « un » of « quarante et un »
            kept.append((start, end, value))
            covered = end
    unit_of_next: tuple[int, str] | None = None  # where the next number starts, and its unit
    found = []
    for start, end, value in reversed(kept):  # « de 17 à 35 ans »: the unit said once, last
        unit = _LONG_UNIT_AFTER.match(text[end:])
        if unit is not None:
            word, written_end = unit.group(1).lower(), end + unit.end()
        elif (
            unit_of_next
            and _LISTED.fullmatch(text[end : unit_of_next[0]])
            and text[start].isdigit() == text[unit_of_next[0]].isdigit()
        ):  # a list is written one way: « 1985, deux semaines avant » lists no weeks
            word, written_end = unit_of_next[1], end
        else:
            unit_of_next = None
            continue
        unit_of_next = (start, word)
        half = _HALF_NEXT.match(text, written_end)
        if half and value == value.to_integral_value():  # « un an et demi »: eighteen months
            value, written_end = value + Decimal("0.5"), half.end()  # (« cinq », read with it)
        hours = value * _LONG_UNITS[word]
        found.append(Duration(hours, text[start:written_end], start, _LONG_UNIT_OF[word]))
    yield from reversed(found)
    lowered = text.lower()
    for word, hours in _LONG_WORDS.items():
        for match in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", lowered):
            # weeks counted in days (« quinze jours », « huit jours »)
            yield Duration(hours, text[match.start() : match.end()], match.start(), "semaine")


# --- factors -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Factor:
    """How many times a quantity grew or shrank: « a triplé », « multipliée par trois », « trois
    fois plus », « plus du double » (a comparator: "more", "less", "about" or None)."""

    value: Decimal
    text: str
    start: int
    comparator: str | None = None


_FACTOR_STEMS = {stem: int(value) for stem, value in tagged("factors").items()}
_STEMS = "|".join(_FACTOR_STEMS)
_FACTOR_VERB = re.compile(
    rf"(?<![\w-])({_STEMS})(?:er|é|ée|és|ées|ent|ait|aient|ant|era|eront|erait)(?![\w-])",
    re.IGNORECASE,
)
_FACTOR_NOUN = re.compile(  # « le triple de », « plus du double de » (not « le double champion »)
    rf"(?<![\w-])(?:(plus|moins|près)\s+d[ue]\s+|(?:le|du|au)\s+)({_STEMS})e"
    rf"(?=\s+(?:(?:de|du|des|que)(?![\w-])|d['’]|qu['’]))",
    re.IGNORECASE,
)
# A participle says a factor after an auxiliary (« a triplé », « ont été doublées »), not after
# a determiner, which makes it a noun (« ils ont réalisé le doublé »).
_DETERMINERS = frozenset({"le", "un", "ce", "son", "leur", "du", "au", "premier", "nouveau"})
_AUXILIARIES = frozenset(
    "a ont avait avaient aura auront aurait ait été est sont était étaient sera seront".split()
)
_BY = re.compile(r"(?<![\w-])(multipli|divis)(?:é|ée|és|ées|er|e|ent|ait|era)\s+par\s+", re.I)
_TIMES = re.compile(rf"^{_S}+fois{_S}+(?:plus|moins|supérieure?s?|inférieure?s?)(?![\w-])", re.I)
_FACTOR_COMPARATORS = {"plus": "more", "moins": "less", "près": "about"}
_TIMES_BOUND = re.compile(rf"(?<![\w-])(plus|moins|près){_S}+d(?:e{_S}+|['’]{_S}*)$", re.I)


@_read_once
def factors(text: str) -> Iterator[Factor]:
    """Every factor of `text`: a verb (« doubler », « a triplé »; not « double », which may be
    an adjective), a noun (« le triple », « plus du double »), « multiplié par N », « divisé par
    N », « N fois plus »."""
    for match in _FACTOR_VERB.finditer(text):
        participle = match.group(0).lower().endswith(("é", "ée", "és", "ées"))
        before = _WORD.findall(text[max(0, match.start() - 30) : match.start()].lower())[-3:]
        noun = bool(before) and before[-1] in _DETERMINERS
        if participle and (noun or not _AUXILIARIES & set(before)):
            continue  # « un doublé », « ont réalisé le doublé »: a double win, a noun
        value = _FACTOR_STEMS[match.group(1).lower()]
        yield Factor(Decimal(value), match.group(0), match.start())
    for match in _FACTOR_NOUN.finditer(text):
        value = _FACTOR_STEMS[match.group(2).lower()]
        bound = _FACTOR_COMPARATORS.get((match.group(1) or "").lower())
        yield Factor(Decimal(value), match.group(0), match.start(), bound)
    numbers = [*figures(text), *spelled_figures(text)]
    for match in _BY.finditer(text):
        after = next((f for f in numbers if f.start == match.end() and f.kind == "number"), None)
        if after is not None:
            value = Decimal(after.key)
            if match.group(1).lower() == "divis" and value:
                value = 1 / value
            written = text[match.start() : after.start + len(after.text)]
            yield Factor(value, written, match.start())
    for number in numbers:
        end = number.start + len(number.text)
        times = _TIMES.match(text[end:])
        if number.kind == "number" and times is not None:
            written = text[number.start : end + times.end()]
            said = _TIMES_BOUND.search(text[max(0, number.start - 12) : number.start])
            bound = _FACTOR_COMPARATORS[said.group(1).lower()] if said else None
            yield Factor(Decimal(number.key), written, number.start, bound)  # « plus de deux fois »


# --- orders of magnitude -------------------------------------------------------------------


@dataclass(frozen=True)
class Magnitude:
    """An order of magnitude said in words: « plusieurs centaines de milliards » (from 10¹¹ to
    10¹²), « des milliers », « une dizaine » (about 10)."""

    low: Decimal  # the least it may be
    high: Decimal  # the most
    text: str
    start: int
    about: Decimal | None = None  # the figure it rounds (« une cinquantaine » 50), if one


_COLLECTIVES = {word: int(value) for word, value in tagged("collectives").items()}
_MAGNITUDE_SCALES = {"milliers": 10**3} | {  # « des dizaines de milliers, de millions »
    word: 10**power for word, power in SCALES.items() if word.isalpha() and word.endswith("s")
}
_MAGNITUDE = re.compile(
    r"(?<![\w-])(?P<det>des|plusieurs|quelques|une|un|deux|trois|quatre|cinq)\s+"
    r"(?P<unit>" + "|".join(_COLLECTIVES) + r")(?P<s>s?)"
    r"(?:\s+(?:de\s+|d['’])(?P<scale>" + "|".join(_MAGNITUDE_SCALES) + r"))?(?![\w-])",
    re.IGNORECASE,
)


# how a text names the plural order it speaks of (« les dizaines de milliers de foyers », « par
# milliers »): the same order as « des dizaines de milliers », said of a group already in view
_ORDER_NAMED = re.compile(
    r"(?<![\w-])(?P<det>les|aux|par|de)\s+"
    r"(?P<unit>" + "|".join(_COLLECTIVES) + r")(?P<s>s)"
    r"(?:\s+(?:de\s+|d['’])(?P<scale>" + "|".join(_MAGNITUDE_SCALES) + r"))?(?![\w-])",
    re.IGNORECASE,
)


@_read_once
def orders_said(text: str) -> Iterator[Magnitude]:
    """The orders of magnitude a source vouches for: every one of `magnitudes`, and a plural
    order it names with a definite article or a preposition, which says as much as « des »."""
    yield from magnitudes(text)
    for match in _ORDER_NAMED.finditer(text):
        unit = Decimal(_COLLECTIVES[match.group("unit").lower()])
        scale = Decimal(_MAGNITUDE_SCALES.get((match.group("scale") or "").lower(), 1))
        yield Magnitude(unit * scale, unit * scale * 10, match.group(0), match.start())


@_read_once
def magnitudes(text: str) -> Iterator[Magnitude]:
    """Every order of magnitude in words of `text`, with the span of values it may stand for."""
    for match in _MAGNITUDE.finditer(text):
        unit = Decimal(_COLLECTIVES[match.group("unit").lower()])
        scale = Decimal(_MAGNITUDE_SCALES.get((match.group("scale") or "").lower(), 1))
        det = match.group("det").lower()
        about: Decimal | None = None
        if det in ("un", "une"):  # « une dizaine »: about ten
            about = unit * scale
        elif det in SMALL:  # « deux centaines »: two hundred or so
            about = unit * scale * SMALL[det]
        if about is not None:
            low, high = about / 2, about * 2
        else:  # « plusieurs centaines »: from one to ten hundreds
            low, high = unit * scale, unit * scale * 10
        yield Magnitude(low, high, match.group(0), match.start(), about)

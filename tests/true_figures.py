"""True forms of the figures and dates of the project's own sources: each source paragraph with
one value written another way, as a French newsroom writes it (digits ↔ words, thousands grouped
otherwise, « % » ↔ « pour cent », « M€ » ↔ « millions d'euros », units written out or
abbreviated, glued punctuation, « environ » before it, Markdown emphasis; a date without its
year or with its weekday, « 03/12/2016 », « début mars »; a time « 14h30 » or « 14:30 »), and the
same form with the value changed (`Form.false`). tests/test_true_figures.py asserts the gate draws
no new finding on the first and still flags the second.

The forms are written here, from French, never read back from the engine: the engine's figure
scanner only says where a source's figures are."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from engine.brief.figures import Figure, figures

SOURCES = Path(__file__).parent / "data" / "wikinews"
NBSP, NNBSP = "\u00a0", "\u202f"

_UNITS = (
    "zéro un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze "
    "seize dix-sept dix-huit dix-neuf"
).split()
_TENS = {2: "vingt", 3: "trente", 4: "quarante", 5: "cinquante", 6: "soixante"}
MONTHS = (
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()
)
WEEKDAYS = "lundi mardi mercredi jeudi vendredi samedi dimanche".split()


def _below_hundred(n: int) -> str:
    if n < 20:
        return _UNITS[n]
    tens, unit = divmod(n, 10)
    if tens in (7, 9):  # soixante-dix, quatre-vingt-dix
        base = "soixante" if tens == 7 else "quatre-vingt"
        if tens == 7 and unit == 1:
            return "soixante et onze"
        return f"{base}-{_UNITS[10 + unit]}"
    if tens == 8:
        return "quatre-vingts" if unit == 0 else f"quatre-vingt-{_UNITS[unit]}"
    if unit == 0:
        return _TENS[tens]
    if unit == 1:
        return f"{_TENS[tens]} et un"
    return f"{_TENS[tens]}-{_UNITS[unit]}"


def _below_thousand(n: int) -> str:
    hundreds, rest = divmod(n, 100)
    if hundreds == 0:
        return _below_hundred(rest)
    head = "cent" if hundreds == 1 else f"{_UNITS[hundreds]} cent"
    if rest == 0:
        return head + ("s" if hundreds > 1 else "")
    return f"{head} {_below_hundred(rest)}"


def spelled(n: int) -> str:
    """A whole number in French words: 2300 → « deux mille trois cents »."""
    if n < 1000:
        return _below_thousand(n)
    for size, name in ((10**9, "milliard"), (10**6, "million")):
        if n >= size:
            head, rest = divmod(n, size)
            words = f"{spelled(head)} {name}{'s' if head > 1 else ''}"
            return words + (f" {spelled(rest)}" if rest else "")
    thousands, rest = divmod(n, 1000)
    head = "mille" if thousands == 1 else f"{spelled(thousands)} mille"
    head = head.replace("quatre-vingts mille", "quatre-vingt mille").replace(
        "cents mille", "cent mille"
    )
    return head + (f" {_below_thousand(rest)}" if rest else "")


@dataclass(frozen=True)
class Form:
    """One value of a source paragraph written another way (`true`), and the same form with the
    value changed (`false`): `find` is what the paragraph says, once."""

    source: str
    kind: str
    paragraph: str
    find: str
    true: str
    false: str | None  # None: no changed form to try (a count up to ten may be discourse)
    at: int = 0  # where `find` starts in the paragraph

    def text(self, value: str) -> str:
        """The paragraph with `find` written `value`."""
        assert self.paragraph[self.at : self.at + len(self.find)] == self.find
        return self.paragraph[: self.at] + value + self.paragraph[self.at + len(self.find) :]

    @property
    def name(self) -> str:
        return f"{self.source}:{self.kind}:{self.find}"


# --- the forms of a number --------------------------------------------------------------

_SP = f"[ {NBSP}{NNBSP}]"
_GROUPED = re.compile(rf"^\d{{1,3}}(?:{_SP}\d{{3}})+$")


def _digits(written: str) -> str:
    return re.sub(_SP, "", written)


_SOURCE_DIGITS: set[str] = set()  # the digit strings of the source being read (forms_of sets it)


def _other(n: int) -> int:
    """A value the source does not give, far enough from `n` that no rounding, bound or
    « environ » stands for it (the value changed): the first digit moved, or ±1 below 20."""
    size = 10 ** (len(str(n)) - 1) if n >= 20 else 1
    for step in (1, -1, 2, -2, 3, 4, 5, 6, 7):
        other = n + step * size
        if other > 0 and str(other) not in _SOURCE_DIGITS:
            return other
    return n + 11 * size


def _grouped(n: int, sep: str) -> str:
    text = f"{n:,}".replace(",", sep)
    return text


_BOUNDS = ("de", "d'", "d’", "environ", "quelque", "près", "plus", "moins", "à")


def number_forms(fig: Figure, before: str, after: str) -> Iterator[tuple[str, str, str, str]]:
    """(kind, find, true, false) for a bare whole number written in digits."""
    text = fig.text
    bounded = before.rstrip().lower().endswith(_BOUNDS)
    if not re.fullmatch(rf"\d{{1,3}}(?:{_SP}\d{{3}})*|\d+", text):
        return
    n = int(_digits(text))
    if 1900 <= n <= 2100 and len(_digits(text)) == 4:
        return  # a year: its own forms
    if n >= 2 and n < 10**7:
        yield "in words", text, spelled(n), spelled(_other(n))
    if n >= 1000:
        for sep, name in (
            (NBSP, "nbsp"),
            (NNBSP, "narrow nbsp"),
            (".", "point"),
            ("", "ungrouped"),
        ):
            yield f"grouped by {name}", text, _grouped(n, sep), _grouped(_other(n), sep)
    changed = _as_written(_other(n), text)
    yield "emphasis", text, f"**{text}**", f"**{changed}**"
    if n >= 20 and not after.lstrip().startswith(("%", "pour cent")) and not bounded:
        yield "environ", text, f"environ {text}", f"environ {changed}"


def _as_written(n: int, like: str) -> str:
    """`n` grouped as `like` groups its thousands (by a space of its kind, or not at all)."""
    space = next((c for c in like if not c.isdigit()), None)
    return _grouped(n, space) if space else str(n)


def percentage_forms(fig: Figure) -> Iterator[tuple[str, str, str, str]]:
    m = re.fullmatch(rf"(\d+(?:,\d+)?){_SP}?(%|pour{_SP}cent)", fig.text)
    if not m:
        return
    value, sign = m.groups()
    other = _changed_decimal(value)
    if sign == "%":
        yield "pour cent", fig.text, f"{value} pour cent", f"{other} pour cent"
        yield "glued %", fig.text, f"{value}%", f"{other}%"
        yield "nbsp %", fig.text, f"{value}{NBSP}%", f"{other}{NBSP}%"
    else:
        yield "%", fig.text, f"{value} %", f"{other} %"
    if "," not in value and int(value) < 100:
        yield (
            "percent in words",
            fig.text,
            f"{spelled(int(value))} pour cent",
            (f"{spelled(int(other))} pour cent"),
        )
    yield "emphasis", fig.text, f"*{fig.text}*", f"*{other} %*"


def _changed_decimal(value: str) -> str:
    """A percentage or a decimal the source does not give: its whole part moved."""
    whole, _, decimals = value.partition(",")
    other = str(_other(int(whole) if int(whole) >= 20 else int(whole) + 2))
    return f"{other},{decimals}" if decimals else other


_SCALE_WORDS = {"million": 6, "millions": 6, "milliard": 9, "milliards": 9}


def amount_forms(fig: Figure) -> Iterator[tuple[str, str, str, str]]:
    m = re.fullmatch(
        rf"(\d+(?:,\d+)?){_SP}(millions?|milliards?){_SP}(?:d['’]euros|de{_SP}dollars)", fig.text
    )
    if m:
        value, scale = m.groups()
        other = _changed_decimal(value)
        symbol = "€" if "euro" in fig.text else "$"
        letter = "M" if scale.startswith("million") else "Md"
        yield "M€", fig.text, f"{value} {letter}{symbol}", f"{other} {letter}{symbol}"
        if value.endswith(",5") and int(value[:-2]) > 0:
            whole = int(value[:-2])
            word = scale if whole > 1 else scale.rstrip("s")
            unit = "d'euros" if symbol == "€" else "de dollars"
            yield (
                "et demi",
                fig.text,
                f"{spelled(whole)} {word} et demi {unit}",
                (f"{spelled(whole + 1)} {scale.rstrip('s')}s et demi {unit}"),
            )
        return
    m = re.fullmatch(rf"(\d+(?:{_SP}\d{{3}})*){_SP}(?:euros|€)", fig.text)
    if m:
        value = m.group(1)
        n = int(_digits(value))
        yield "€", fig.text, f"{value} €", f"{_other(n)} €"
        yield "euros in words", fig.text, f"{spelled(n)} euros", f"{spelled(_other(n))} euros"


_UNIT_NAMES = {
    "km": "kilomètres",
    "m": "mètres",
    "kg": "kilogrammes",
    "cm": "centimètres",
    "km/h": "kilomètres à l'heure",
    "t": "tonnes",
    "ha": "hectares",
}
_UNIT_SYMBOLS = {name: symbol for symbol, name in _UNIT_NAMES.items()}
_UNIT_AFTER = re.compile(
    rf"^{_SP}("
    + "|".join(sorted(map(re.escape, [*_UNIT_NAMES, *_UNIT_SYMBOLS]), key=len, reverse=True))
    + r")(?![\w/])"
)


def unit_forms(fig: Figure, after: str) -> Iterator[tuple[str, str, str, str]]:
    """A number and its unit: the unit's symbol for its name and its name for its symbol."""
    unit = _UNIT_AFTER.match(after)
    if fig.kind != "number" or unit is None:
        return
    said = unit.group(1)
    written = fig.text + after[: unit.end()]
    other_unit = _UNIT_NAMES.get(said) or _UNIT_SYMBOLS[said]
    value = fig.text
    other = _changed_decimal(_digits(value)) if "," in value else str(_other(int(_digits(value))))
    yield "unit", written, f"{value} {other_unit}", f"{other} {other_unit}"
    if other_unit in _UNIT_NAMES:  # a symbol glued to its number
        yield "glued unit", written, f"{value}{other_unit}", f"{other}{other_unit}"


# --- the forms of a date ----------------------------------------------------------------

_DATE = re.compile(
    rf"(?:(?P<w>{'|'.join(WEEKDAYS)}){_SP})?(?P<d>1er|\d{{1,2}}){_SP}(?P<m>{'|'.join(MONTHS)})"
    rf"(?:{_SP}(?P<y>\d{{4}}))?",
    re.IGNORECASE,
)


def date_forms(
    paragraph: str, source: str, dateline: tuple[int, int] | None, dateline_year: int | None
) -> Iterator[tuple[int, str, str, str, str]]:
    for m in _DATE.finditer(paragraph):
        day = 1 if m["d"] == "1er" else int(m["d"])
        month = MONTHS.index(m["m"].lower()) + 1
        year = int(m["y"]) if m["y"] else dateline_year
        month_name = m["m"].lower()
        near = (
            {dateline[0] + k for k in (-2, -1, 0, 1, 2)}
            if dateline and dateline[1] == month
            else set()
        )
        other_day = next(
            d
            for d in (day + 3, day - 3, day + 4, day - 4, day + 5, day - 5, day + 6, day - 6)
            if 1 <= d <= 28
            and not re.search(rf"(?<!\d){d}(?:er)?{_SP}{month_name}", source)
            and d not in near
        )
        written = m.group(0)
        try:
            weekday = WEEKDAYS[date(year, month, day).weekday()] if year else None
            other_weekday = WEEKDAYS[date(year, month, other_day).weekday()] if year else None
        except ValueError:
            continue
        if year:
            yield (
                m.start(),
                "dd/mm/yyyy",
                written,
                f"{day:02d}/{month:02d}/{year}",
                (f"{other_day:02d}/{month:02d}/{year}"),
            )
        if m["y"] and dateline_year == year:
            yield (
                m.start(),
                "without its year",
                written,
                f"{day} {month_name}",
                f"{other_day} {month_name}",
            )
        if m["w"]:
            rest = written[len(m["w"]) + 1 :]
            yield (
                m.start(),
                "without its weekday",
                written,
                rest,
                rest.replace(m["d"], str(other_day), 1),
            )
        elif weekday and other_weekday:
            yield (
                m.start(),
                "with its weekday",
                written,
                f"{weekday} {written}",
                (f"{other_weekday} {written.replace(m['d'], str(other_day), 1)}"),
            )
        part = "début" if day <= 10 else "fin" if day >= 21 else "mi-"
        wrong = "fin" if day <= 15 else "début"
        joined = f"{part}{month_name}" if part.endswith("-") else f"{part} {month_name}"
        wrong_joined = f"{wrong} {month_name}"
        if year and m["y"]:
            joined, wrong_joined = f"{joined} {year}", f"{wrong_joined} {year}"
        yield m.start(), "part of the month", written, joined, wrong_joined
        if 1 <= day <= 31:
            yield (
                m.start(),
                "day in words",
                written,
                written.replace(m["d"], spelled(day) if day > 1 else "premier", 1),
                (written.replace(m["d"], spelled(other_day), 1)),
            )


_TIME = re.compile(rf"(?<![\d,])(\d{{1,2}}){_SP}?h{_SP}?(\d{{2}})?(?![\w])")


def time_forms(paragraph: str) -> Iterator[tuple[int, str, str, str, str]]:
    for m in _TIME.finditer(paragraph):
        hour, minutes = int(m[1]), m[2] or "00"
        if hour > 23:
            continue
        other = (hour + 1) % 24
        written = m.group(0)
        yield m.start(), "14h30", written, f"{hour}h{minutes}", f"{other}h{minutes}"
        yield m.start(), "14 h 30", written, f"{hour} h {minutes}", f"{other} h {minutes}"
        yield m.start(), "14:30", written, f"{hour}:{minutes}", f"{other}:{minutes}"
        if minutes == "00":
            yield m.start(), "heures", written, f"{hour} heures", f"{other} heures"


# --- the forms of a length of time -----------------------------------------------------

_WORDS = {spelled(n): n for n in range(1, 100)} | {"une": 1}
_HOURS = {"heure": 1, "jour": 24, "semaine": 168, "mois": 730.5, "an": 8766, "année": 8766}
_LENGTH = re.compile(
    r"(?<![\w-])(\d+|" + "|".join(sorted(_WORDS, key=len, reverse=True)) + r")\s+"
    r"(heures?|jours?|semaines?|mois|ans|années?)(?![\w-])",
    re.IGNORECASE,
)


def _unit(word: str) -> str:
    return word.lower() if word.lower() == "mois" else word.lower().removesuffix("s")


def _said(n: int, unit: str) -> str:
    """« deux jours », « un an », « une semaine »: a count of a unit, in words up to 99."""
    feminine = unit in ("heure", "semaine", "année")
    count = ("une" if feminine else "un") if n == 1 else spelled(n) if n < 100 else str(n)
    plural = "" if n == 1 or unit == "mois" else "s"
    return f"{count} {unit}{plural}"


_RANGE_BEFORE = re.compile(
    r"(?<![\w-])(?:\d+|" + "|".join(sorted(_WORDS, key=len, reverse=True)) + r")\s+(?:à|ou|et)\s+$",
    re.IGNORECASE,
)


def length_forms(paragraph: str) -> Iterator[tuple[int, str, str, str, str]]:
    """A length of time in another unit: « 48 heures » → « deux jours », « quinze jours » →
    « deux semaines », « une semaine » → « sept jours », « douze mois » → « un an », « deux
    ans » → « vingt-quatre mois »; changed, two units more."""
    for m in _LENGTH.finditer(paragraph):
        if _RANGE_BEFORE.search(paragraph[: m.start()]):
            continue  # « deux à trois semaines »: the range's unit is both numbers', not one's
        said = m.group(1).lower()
        n = int(said) if said.isdigit() else _WORDS[said]
        unit = _unit(m.group(2))
        hours = 336 if (n, unit) == (15, "jour") else n * _HOURS[unit]
        for other in ("jour", "semaine", "mois", "an", "heure"):
            count = hours / _HOURS[other]
            if other != unit and count == int(count) and 1 <= count <= 60:
                count = int(count)
                changed = next(  # not « huit jours », a week; no count the source gives
                    c for c in range(count + 2, count + 9) if str(c) not in _SOURCE_DIGITS
                )
                said = (_said(count, other), _said(changed, other))
                yield m.start(), f"{unit} as {other}", m.group(0), *said


# --- the forms of a source --------------------------------------------------------------


def _dateline(text: str) -> tuple[tuple[int, int] | None, int | None]:
    """The (day, month) and year of the source's dateline (« 6 juillet 2016. – »)."""
    opening = text.split("\n\n")[1] if "\n\n" in text else text
    m = _DATE.match(opening.strip())
    if m is None or not m["y"]:
        return None, None
    day = 1 if m["d"] == "1er" else int(m["d"])
    return (day, MONTHS.index(m["m"].lower()) + 1), int(m["y"])


_QUOTED = re.compile(r"«[^»]*»|“[^”]*”|\"[^\"]*\"")


def _quoted(paragraph: str, start: int) -> bool:
    """Whether `start` falls inside a quotation, which a rewrite keeps verbatim."""
    return any(m.start() < start < m.end() for m in _QUOTED.finditer(paragraph))


def forms_of(name: str, text: str) -> Iterator[Form]:
    """Every true form of every figure and date of one source, one paragraph at a time."""
    paragraphs = [p for p in text.split("\n\n")[1:] if p.strip()]
    dateline, year = _dateline(text)
    _SOURCE_DIGITS.clear()
    _SOURCE_DIGITS.update(re.findall(r"\d+", re.sub(rf"(?<=\d){_SP}(?=\d{{3}})", "", text)))
    for paragraph in paragraphs:
        seen: set[tuple[str, int]] = set()
        made: list[tuple[int, str, str, str, str]] = [
            *date_forms(paragraph, text, dateline, year),
            *time_forms(paragraph),
            *length_forms(paragraph),
        ]
        found = list(figures(paragraph))
        dated = [(f.start, f.start + len(f.text)) for f in found if f.kind == "date"]
        for fig in found:
            if fig.kind == "number" and any(a <= fig.start < b for a, b in dated):
                continue  # the day or year of a date: the date's forms
            after = paragraph[fig.start + len(fig.text) :]
            before = paragraph[: fig.start]
            if fig.kind == "number":
                of_figure = [*number_forms(fig, before, after), *unit_forms(fig, after)]
            elif fig.kind == "percentage":
                of_figure = list(percentage_forms(fig))
            elif fig.kind == "amount":
                of_figure = list(amount_forms(fig))
            else:
                continue
            made += [(fig.start, *form) for form in of_figure]
        for at, kind, find, true, false in made:
            if (
                paragraph[at : at + len(find)] != find
                or (kind, at) in seen
                or _quoted(paragraph, at)
            ):
                continue
            seen.add((kind, at))
            small = re.fullmatch(r"\d|10", find) is not None
            yield Form(name, kind, paragraph, find, true, None if small else false, at)


def sources(names: tuple[str, ...] | None = None) -> Iterator[tuple[str, str]]:
    for path in sorted(SOURCES.glob("*.txt")):
        if names is None or path.stem in names:
            yield path.stem, path.read_text(encoding="utf-8")

"""French numbers written in words, read into the figure keys `engine.brief.figures` gives digits.

"dix mille" → 10000, "trois cents" → 300, "quatre-vingt-dix-sept" → 97, "vingt et un" → 21,
"deux millions" → 2000000, "dix mille euros" → "10000 EUR", "cinquante pour cent" → "50%".
Fractions of a whole are percentages: "la moitié" → "50%", "un tiers" → "33.3%", "deux tiers"
→ "66.7%", "un quart" → "25%", "trois quarts" → "75%". A lone "un"/"une" is an article, not a
number: "un" counts only before a scale or a fraction ("un million", "un tiers").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from engine.brief.figures import CURRENCIES, SPACES, Figure

SMALL = {
    "zéro": 0, "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6,
    "sept": 7, "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13,
    "quatorze": 14, "quinze": 15, "seize": 16, "vingt": 20, "vingts": 20, "trente": 30,
    "quarante": 40, "cinquante": 50, "soixante": 60,
}  # fmt: skip
SCALES = {"mille": 1000, "million": 10**6, "millions": 10**6, "milliard": 10**9,
          "milliards": 10**9}  # fmt: skip
HUNDREDS = frozenset({"cent", "cents"})
FRACTIONS = {"moitié": Decimal(50), "tiers": Decimal(100) / 3, "quart": Decimal(25),
             "quarts": Decimal(25)}  # fmt: skip
_S = f"[{SPACES}]"
_WORD = re.compile(r"[a-zàâçéèêëîïôûùüÿœ]+", re.IGNORECASE)
_HYPHEN_OR_SPACE = re.compile(rf"^(?:{_S}+|-)$")
_ET = re.compile(rf"^(?:{_S}+|-)et(?:{_S}+|-)$", re.IGNORECASE)
_PERCENT = re.compile(rf"^{_S}+pour{_S}+cent(?!\w)", re.IGNORECASE)
_CURRENCY = re.compile(
    rf"^{_S}+(?:d['’]|de{_S}+)?(euros?|dollars?|francs{_S}suisses|livres{_S}sterling)(?!\w)",
    re.IGNORECASE,
)
_ARTICLES = frozenset({"un", "une"})
_TENS = frozenset({"vingt", "trente", "quarante", "cinquante", "soixante"})
_NUMBER_WORDS = frozenset(SMALL) | frozenset(SCALES) | HUNDREDS | {"et"}


def spelled_figures(text: str) -> Iterator[Figure]:
    """Every number and fraction written in words in `text`, in order, with its figure key."""
    words = [(m.start(), m.end(), m.group(0).lower()) for m in _WORD.finditer(text)]
    i = 0
    while i < len(words):
        run = _fraction(text, words, i) or _number(text, words, i)
        if run is None:
            i += 1
            continue
        after, figure = run
        yield figure
        end = figure.start + len(figure.text)
        i = after
        while i < len(words) and words[i][0] < end:  # "pour cent", "euros" are read
            i += 1


_ORDINAL = re.compile(r"(?<![\w-])((?:[a-z]+-)*[a-z]+)ièmes?(?!\w)", re.IGNORECASE)


def spelled_ordinals(text: str) -> Iterator[Figure]:
    """Ordinals in words, as the number they rank: "douzième" → 12, "vingt-septième" → 27 (a
    source's « douzième anniversaire » vouches for an article's « douze ans »)."""
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
        if stem.split("-")[-1] not in SMALL and stem not in SCALES and stem != "mille":
            continue
        number = next(_read(stem), None)
        if number is not None and number.text == stem:
            yield Figure("number", match.group(0), number.key, start=match.start(), spelled=True)


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


def _fraction(text: str, words: list[tuple[int, int, str]], i: int) -> tuple[int, Figure] | None:
    """ "la moitié", "un tiers", "deux tiers", "trois quarts" as a percentage."""
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
    start, end = words[i][0], words[last][1]
    key = format(value.quantize(Decimal("0.1")).normalize(), "f")
    return last + 1, Figure("percentage", text[start:end], f"{key}%", start=start, spelled=True)


def _number(text: str, words: list[tuple[int, int, str]], i: int) -> tuple[int, Figure] | None:
    names = [words[i][2]]
    if names[0] not in SMALL and names[0] not in SCALES and names[0] not in HUNDREDS:
        return None
    if names[0] == "cent" and i > 0 and words[i - 1][2] == "pour":
        return None  # the « pour cent » of a percentage
    if names[0] in SCALES and text[: words[i][0]].rstrip(SPACES)[-1:].isdigit():
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
        if word not in SMALL and word not in SCALES and word not in HUNDREDS:
            break
        if _joined(text, words[j - 1], words[j]) != "":
            break
        names.append(word)
        j += 1
    # "un"/"une" ending a run is the article of what follows ("deux cents une"…) unless it
    # ends "vingt et un"; a lone article is no number.
    while len(names) > 1 and names[-1] in _ARTICLES and names[-2] not in SMALL:
        names.pop()
    if names[-1] in _ARTICLES and len(names) == 1 and not _PERCENT.match(text[words[i][1] :]):
        return None  # a lone article, not « un pour cent »
    value = _value(names)
    if value is None or (value == 0 and not _CURRENCY.match(text[words[i][1] :])):
        return None  # "partir de zéro" is no figure; "zéro euro" is
    last = _last_index(words, i, len(names))
    if _inside_word(text, words[i][0], words[last][1]):
        return None
    return last + 1, _figure(text, words[i][0], words[last][1], value)


def _inside_word(text: str, start: int, end: int) -> bool:
    """ "entre-deux-tours", "vingt-septième", "mille-pattes": number words hyphened to a word that
    is no number are part of that word (a noun, an ordinal), not a figure."""
    before = text[max(0, start - 2) : start]
    after = _WORD.match(text, end + 1) if text[end : end + 1] == "-" else None
    glued_before = before.endswith("-") and before[:1].isalpha()
    return glued_before or (after is not None and after.group(0).lower() not in _NUMBER_WORDS)


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
    total, current, previous = 0, 0, ""
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
            total += (current or 1) * SCALES[name]
            current = 0
        previous = name
    return Decimal(total + current)


def _figure(text: str, start: int, end: int, value: Decimal) -> Figure:
    number, tail = str(value), text[end:]
    if percent := _PERCENT.match(tail):
        written = text[start : end + percent.end()]
        return Figure("percentage", written, f"{number}%", start=start, spelled=True)
    if currency := _CURRENCY.match(tail):
        code = CURRENCIES.get(" ".join(currency.group(1).lower().split()), "EUR")
        written = text[start : end + currency.end()]
        return Figure("amount", written, f"{number} {code}", start=start, spelled=True)
    return Figure("number", text[start:end], number, start=start, spelled=True)

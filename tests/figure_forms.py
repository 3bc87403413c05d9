"""The forms an honest writer gives a source's figure, for a round trip through the gate.

For each figure a source sentence gives (engine.brief.figures), `forms` writes the other ways
French news says it — in words up to a few thousand (« trois cent douze »), its thousands
grouped or not (« 20 000 », « 20000 »), in millions (« 1 500 000 » ↔ « 1,5 million »), the
decimal comma as a point, « % » as « pour cent », a time « 13 h 10 » as « 13h10 » or « 13 heures
10 », a height « 6m03 » as « 6,03 m », « 1er » as « premier », « 4e » as « quatrième », a big
figure rounded with « environ », « près de » or « plus de » — and `round_trips` puts each one
in the source's own sentence, which the gate must pass with no hard finding the sentence as
written does not draw. Deterministic: the same sources give the same forms in the same order.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import ROUND_DOWN, Decimal

from engine.brief.figures import Figure, figures, spelled_figures, spelled_ordinals
from tests.true_figures import spelled as in_words  # « deux mille trois cent douze »

_ORDINAL_STEMS = {"un": "unième", "cinq": "cinquième", "neuf": "neuvième"}


def ordinal_in_words(n: int) -> str:
    """« premier », « quatrième », « vingt et unième », « cinquantième »."""
    if n == 1:
        return "premier"
    words = in_words(n)
    words = words.removesuffix("s") if words.endswith(("vingts", "cents")) else words
    last = re.split(r"[ -]", words)[-1]
    stem = _ORDINAL_STEMS.get(last) or (last[:-1] if last.endswith("e") else last) + "ième"
    return words[: len(words) - len(last)] + stem


def _decimal(value: Decimal, comma: bool = True) -> str:
    text = format(value.normalize(), "f")
    return text.replace(".", ",") if comma else text


def _grouped(n: int) -> str:
    return f"{n:,}".replace(",", " ")


_YEAR = re.compile(r"1[89]\d\d|20\d\d")
_MONTH_AFTER = re.compile(
    r"\s*(?:au|et|,)?\s*\d*\s*(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|"
    r"octobre|novembre|décembre)",
    re.IGNORECASE,
)
_BOUND_BEFORE = re.compile(
    r"(?:environ|près|plus|moins|quelque|presque|jusqu['’]à|au moins|au plus|d['’]|de|à)\s*$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Form:
    figure: str  # the source's figure as written
    form: str  # how the article writes it
    kind: str  # which form: words, thousands, million, point, percent, time, metres, ordinal, about


def forms(figure: Figure, sentence: str) -> Iterator[Form]:
    """The honest forms of `figure`, written in `sentence`."""
    text, key = figure.text, figure.key
    before = sentence[: figure.start]
    bounded = bool(_BOUND_BEFORE.search(before))
    after = sentence[figure.start + len(text) : figure.start + len(text) + 12]
    if figure.kind == "number" and not figure.spelled:
        yield from _number_forms(figure, bounded, after)
    elif figure.kind == "percentage":
        number = text.rstrip(" %\u00a0\u202f").removesuffix("pour cent").strip()
        if number.lstrip("+-−").strip() != number or not re.fullmatch(r"[\d,]+", number):
            return  # a sign, a range or a list (« 25 à 30 % »): its bounds are read together
        yield Form(text, f"{number} pour cent", "percent")
        yield Form(text, f"{number}%" if " " in text else f"{number} %", "percent")
        value = Decimal(key.rstrip("%"))
        if value == int(value) and value <= 100:
            yield Form(text, f"{in_words(int(value))} pour cent", "words")
        elif not bounded and value >= 10:
            rounded = value.to_integral_value()
            word = "près de" if rounded > value else "plus de"
            yield Form(text, f"{word} {int(rounded)} %", "about")
    elif figure.kind == "amount" and not figure.spelled:
        yield from _amount_forms(figure, bounded)
    elif figure.kind == "date" and re.fullmatch(r"\d\d:\d\d", key):
        hour, minute = (int(p) for p in key.split(":"))
        if minute:
            yield Form(text, f"{hour}h{minute:02d}", "time")
            yield Form(text, f"{hour} h {minute:02d}", "time")
            yield Form(text, f"{hour} heures {minute:02d}", "time")
        else:
            yield Form(text, f"{hour}h", "time")
            yield Form(text, f"{hour} heures", "time")
    elif figure.kind == "date" and re.fullmatch(r"(?:\d{4})?--?\d\d-\d\d", key):
        day = re.match(r"(1)\s*er\b", text)
        if day:
            yield Form(text, "premier" + text[day.end() :], "ordinal")


def _number_forms(figure: Figure, bounded: bool, after: str) -> Iterator[Form]:
    text, key = figure.text, figure.key
    if re.fullmatch(r"\d{1,3}m\d\d", text):  # « 6m03 »
        yield Form(text, f"{_decimal(Decimal(key))} m", "metres")
        yield Form(text, f"{_decimal(Decimal(key))} mètres", "metres")
        return
    ordinal = re.fullmatch(r"(\d+)\s*(e|er|ème|ᵉ)", text)
    if ordinal:
        n = int(ordinal.group(1))
        yield Form(text, ordinal_in_words(n), "ordinal")
        if ordinal.group(2) != "e" and n > 1:
            yield Form(text, f"{n}e", "ordinal")
        return
    if not re.fullmatch(r"[\d\s\u00a0\u202f.,]+(?:\s*(?:millions?|milliards?))?", text):
        return
    value = Decimal(key)
    if _YEAR.fullmatch(text):
        return  # a year: no writer says it in words
    if value != int(value):
        if "," in text and not re.search(r"\d[.,]\d{3}\b", text):
            yield Form(text, text.replace(",", "."), "point")
        return
    n = int(value)
    if 10 < n <= 3000 and not re.match(r"\s*[-/:h]", after) and not _MONTH_AFTER.match(after):
        yield Form(text, in_words(n), "words")
    if 10_000 <= n < 1_000_000 and n % 1000 == 0:
        yield Form(text, in_words(n), "words")  # « vingt mille »
    if n >= 10_000 and re.fullmatch(r"\d{1,3}(?:[\s\u00a0\u202f]\d{3})+", text):
        yield Form(text, str(n), "thousands")
        if n % 1_000_000 == 0 or (n >= 1_000_000 and n % 100_000 == 0):
            yield Form(
                text, f"{_decimal(value / 1_000_000)} million{'s' if n >= 2e6 else ''}", "million"
            )
        elif n >= 1_000_000 and not bounded:
            millions = (value / 1_000_000).quantize(Decimal("0.1"), ROUND_DOWN)
            if millions * 1_000_000 < value:
                plural = "s" if millions >= 2 else ""
                yield Form(text, f"plus de {_decimal(millions)} million{plural}", "about")
        elif n % 1000 and not bounded:
            yield Form(text, f"environ {_grouped(round(n, -3))}", "about")
    if re.fullmatch(r"\d+(?:,\d+)?\s*millions?", text):
        yield Form(text, _grouped(n), "million")


_CURRENCY_WORDS = {"EUR": "euros", "USD": "dollars", "GBP": "livres"}


def _amount_forms(figure: Figure, bounded: bool) -> Iterator[Form]:
    """« 2,5 millions d'euros » as « 2 500 000 euros », « 13 000 euros » as « 13000 euros » or
    « treize mille euros », « 159 208 $ » as « environ 159 000 dollars »."""
    value, code = figure.key.split()
    word = _CURRENCY_WORDS.get(code)
    if word is None or "-" in figure.text or "à" in figure.text or " et " in figure.text:
        return
    amount = Decimal(value)
    if amount != int(amount):
        return
    n = int(amount)
    if n >= 1_000_000 and re.search(r"millions?|milliards?", figure.text):
        yield Form(figure.text, f"{_grouped(n)} {word}", "million")
    elif 10_000 <= n < 1_000_000:
        yield Form(figure.text, f"{n} {word}", "thousands")
        if n % 1000 == 0:
            yield Form(figure.text, f"{in_words(n)} {word}", "words")
        elif not bounded:
            yield Form(figure.text, f"environ {_grouped(round(n, -3))} {word}", "about")
    elif 10 < n < 10_000:
        yield Form(figure.text, f"{in_words(n)} {word}", "words")


def _spelled_forms(figure: Figure) -> Iterator[Form]:
    """A figure the source says in words, in digits: « trois cents » as « 300 », « vingt mille »
    as « 20 000 », « dix pour cent » as « 10 % », « un million et demi d'euros » as « 1,5 million
    d'euros »."""
    text, key = figure.text, figure.key
    if figure.kind == "number" and re.fullmatch(r"\d+(?:\.5)?", key):
        value = Decimal(key)
        if value >= 1_000_000_000:
            return  # « six milliards »: said in words or « 6 milliards » alike
        if value >= 1_000_000 and value % 100_000 == 0:
            millions = _decimal(value / 1_000_000)
            yield Form(text, f"{millions} million{'s' if value >= 2_000_000 else ''}", "digits")
        elif value == int(value) and 10 < value < 1_000_000:
            yield Form(text, _grouped(int(value)), "digits")
    elif figure.kind == "percentage" and re.fullmatch(r"\d+%", key) and "pour cent" in text:
        yield Form(text, f"{key[:-1]} %", "digits")
    elif figure.kind == "amount":
        value, code = key.split()
        word = _CURRENCY_WORDS.get(code)
        amount = Decimal(value)
        if word and 1_000_000 <= amount < 1_000_000_000 and amount % 100_000 == 0:
            millions = _decimal(amount / 1_000_000)
            plural = "s" if amount >= 2_000_000 else ""
            yield Form(text, f"{millions} million{plural} d'{word}", "digits")
        elif word and amount == int(amount) and 10 < amount < 1_000_000:
            yield Form(text, f"{_grouped(int(amount))} {word}", "digits")


_RANK_WORDS = {"premier": "1er", "première": "1re", "second": "2e", "seconde": "2e"}
_RANK_WORD = re.compile(
    r"(?<=\b(?:le|la|au) )(premier|première|second|seconde)\b(?! ministre| secrétaire)",
    re.IGNORECASE,
)


def _rank_forms(sentence: str) -> Iterator[tuple[int, Form]]:
    """A rank in words as an ordinal in digits: « la première place » as « la 1re place »,
    « le second tour » as « le 2e tour », « la douzième étape » as « la 12e étape »."""
    for match in _RANK_WORD.finditer(sentence):
        word = match.group(1)
        yield match.start(), Form(word, _RANK_WORDS[word.lower()], "rank")
    for ordinal in spelled_ordinals(sentence):
        if not ordinal.text.endswith("s"):
            yield ordinal.start, Form(ordinal.text, f"{ordinal.key}e", "rank")


@dataclass(frozen=True)
class Trip:
    sentence: str  # the source sentence
    form: Form
    article: str  # the sentence with the figure in this form


def sentences(text: str) -> list[str]:
    """The sentences of a source's body, its dateline's paragraph opening aside."""
    out = []
    for paragraph in text.split("\n\n")[1:]:
        paragraph = re.sub(r"^.*?\d{4}\s*\.?\s*[–-]\s*", "", paragraph.strip(), count=1)
        out += [s for s in re.split(r"(?<=[.!?])\s+(?=[A-ZÀ-Ý«])", paragraph) if s]
    return out


def round_trips(source: str, per_source: int = 12) -> list[Trip]:
    """Up to `per_source` forms of the figures of `source`, each in its own sentence."""
    trips: list[Trip] = []
    for sentence in sentences(source):
        if len(sentence) > 400 or "«" in sentence:
            continue  # no quotation: a figure inside one is the speaker's words
        for figure in figures(sentence):
            start = figure.start
            if sentence.count(figure.text) != 1 or not sentence.startswith(figure.text, start):
                continue  # a year or a day read inside its date, or a figure said twice
            for form in forms(figure, sentence):
                article = sentence[:start] + form.form + sentence[start + len(form.figure) :]
                trips.append(Trip(sentence, form, article))
        said = [(f.start, form) for f in spelled_figures(sentence) for form in _spelled_forms(f)]
        for start, form in [*said, *_rank_forms(sentence)]:
            if sentence.startswith(form.figure, start) and sentence[start - 1 : start] != "'":
                article = sentence[:start] + form.form + sentence[start + len(form.figure) :]
                trips.append(Trip(sentence, form, article))
        if len(trips) >= per_source:
            return trips[:per_source]
    return trips

"""The neutral text layer: word counting, comparison forms, quotations and apostrophes.

Plain string functions, no spaCy and no project imports, so that the source reader, the
clean-up, the batch runner, the facts and the gate can all use them without importing one
another. The language, chatter and leak patterns are in `engine.text.patterns`.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Punctuation Yoast strips from both ends of a whitespace-separated token (a token made only
# of it is no word): ASCII and typographic punctuation, French quotes and dashes.
_EDGE_PUNCTUATION = "–—-_.,;:!?¿¡…·'\"“”„‘’«»‹›()[]{}<>/\\|*#%&+=~^`$€£@°•‚\u00a0"
_QUOTED = re.compile(r"«[^»]*»|“[^”]*”|\"[^\"\n]*\"")
# Every apostrophe a keyboard or a model types, as the straight one.
APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "′": "'", "`": "'"})
_COMPARED = str.maketrans({**APOSTROPHES, ord("\u00a0"): " ", ord("\u202f"): " "})
# The marks that open or close a quotation, and the spaces that pad them.
QUOTE_MARKS = "«»“”„‟\"' \u00a0\u202f"


def straight_apostrophes(text: str) -> str:
    """’ ‘ ʼ ′ ` → ' (what patterns and keys are written with)."""
    return text.translate(APOSTROPHES)


def words(text: str) -> list[str]:
    """Whitespace-separated tokens with edge punctuation stripped, as Yoast counts them."""
    out = []
    for token in text.split():
        word = token.strip(_EDGE_PUNCTUATION)
        if word:
            out.append(word)
    return out


def count_words(text: str) -> int:
    return len(words(text))


@lru_cache(maxsize=4096)  # the checks compare the same sentences many times
def normalise(text: str) -> str:
    """Lowercase, unified apostrophes and spaces: the form texts are compared in."""
    return " ".join(text.translate(_COMPARED).lower().split())


def match_words(text: str) -> list[str]:
    """Lowercase word sequence for copy and repeat detection (punctuation ignored)."""
    return re.findall(r"\w+", normalise(text))


@lru_cache(maxsize=1 << 16)  # called on every token's text and lemma, which repeat
def fold(text: str) -> str:
    """ASCII-folded lowercase text: 'Élysée' → 'elysee', 'œuvre' → 'oeuvre' (a ligature is
    two letters, not none)."""
    decomposed = unicodedata.normalize("NFKD", text.lower().translate(_LIGATURES))
    return decomposed.encode("ascii", "ignore").decode("ascii")


_LIGATURES = str.maketrans({"œ": "oe", "æ": "ae", "ß": "ss"})

# How the words of a compound are joined: a hyphen (of any kind), a space, or nothing.
_JOINS = re.compile(r"[\s\-‐‑–]+")
# The abbreviations of a compound's word (« St Denis », « Ste-Marie »), as its whole word.
_ABBREVIATED = {"st": "saint", "ste": "sainte", "sts": "saints", "stes": "saintes"}


def compound_parts(text: str) -> list[str]:
    """The words of a compound, folded, as a reader reads it whatever joins them (a hyphen, a
    space) and with its abbreviations written out: « Sud Africain », « sud-africain » → [sud,
    africain]; « St-Denis », « Saint Denis » → [saint, denis]."""
    return list(_compound_parts(text))


@lru_cache(maxsize=1 << 14)  # names and offices are compared many times a gate pass
def _compound_parts(text: str) -> tuple[str, ...]:
    parts = [p.rstrip(".") for p in _JOINS.split(fold(text)) if p.rstrip(".")]
    return tuple(_ABBREVIATED.get(p, p) for p in parts)


def compound_key(text: str) -> str:
    """One form for a compound written with a hyphen, a space or glued (« vice-président »,
    « vice président », « viceprésident » → « vicepresident »; « St Denis » → « saintdenis »):
    the form names, nationalities, offices, titles and ranks are compared in."""
    return "".join(_compound_parts(text))


def compound_pattern(text: str) -> str:
    """A pattern that finds `text` in `fold`ed text however its compound is written: its words
    joined by a hyphen, a space or nothing, an abbreviation for a word it abbreviates (« Saint
    Denis » finds « st-denis »); whole, not inside a longer word."""
    inside = compound_regex(text)
    return rf"(?<!\w){inside}(?!\w)" if inside else r"(?!)"


def compound_regex(text: str) -> str:
    """`compound_pattern` without its bounds: to put among others in one pattern."""
    spelled = {v: k for k, v in _ABBREVIATED.items()}
    words_ = [
        rf"(?:{re.escape(p)}|{re.escape(spelled[p])}\.?)" if p in spelled else re.escape(p)
        for p in compound_parts(text)
    ]
    return _JOINED.join(words_)


_JOINED = r"[\s\-‐‑–]*"  # between the words of a compound: a hyphen, a space or nothing


def stands_in(text: str, haystack: str) -> bool:
    """`text` is in `haystack` (already `normalise`d) as a whole: not inside a longer number
    or word."""
    needle = normalise(text)
    if not needle:
        return False
    return re.search(rf"(?<![\w]){re.escape(needle)}(?![\w])", haystack) is not None


def loosely_in(text: str, haystack: str) -> bool:
    """`text` stands in `haystack` (already `normalise`d) but for spacing around punctuation and
    inside a figure: a source tokenised where links were (« l' état », « nangarhar , »,
    « 25, 6 pour cent », « 1 er juin »), with a unit glued to its number (« 144km/h ») or a
    number glued to a word (« entre les17 et 23 mars », « 24à 17 »), its thousands grouped
    another way (« 18.500 », « 18'500 », « 18500 » for « 18 500 »). Words stay apart, digits
    stay grouped as written (« 1 256 » is not « 1 25 6 »), « % » is also « pour cent », a comma
    then a space is a decimal comma only after at most three digits (« en 2015, 6 personnes »
    never gives « 2015,6 »), a decimal comma before one or two decimals may have been lost to a
    space (« 5 78 m » for « 5,78 m »: no thousands group has two digits), and a number is never
    read inside a longer one: not « 5 % » in « 2,5 % », « 18 » in « 18 500 » nor « 500 » in
    « 18 500 »."""
    return bool(loose_spans(text, haystack))


def loose_spans(text: str, haystack: str) -> list[tuple[int, int]]:
    """Where `text` stands in `haystack` as `loosely_in` reads it."""
    pattern = _loose_pattern(normalise(text))
    return [m.span() for m in re.finditer(pattern, haystack)] if pattern else []


def digit_group_spans(text: str, haystack: str) -> list[tuple[int, int]]:
    """Where `haystack` writes the digit groups of `text`, two at least (« 9,87 secondes »: 9
    and 87; « 13 h 10 »: 13 and 10), as runs of digits one after another, inside one token (a
    run of non-spaces) or adjacent ones (« 9''87 », « 13H10 », « 776 7 °C »): the same digits
    in a form a reader of figures may not read. One group alone is never enough (« 24 » is in
    « A24 » and in « 24 morts » alike)."""
    groups = tuple(_DIGITS.findall(text))
    if len(groups) < 2:
        return []
    runs = _digit_runs(haystack)
    found = []
    for i in range(len(runs) - len(groups) + 1):
        window = runs[i : i + len(groups)]
        if tuple(run for run, _, _ in window) == groups and all(
            b[1] - a[1] <= 1 for a, b in zip(window, window[1:], strict=False)
        ):
            found.append((window[0][2], window[-1][2] + len(window[-1][0])))
    return found


_DIGITS = re.compile(r"\d+")


@lru_cache(maxsize=64)
def _digit_runs(text: str) -> tuple[tuple[str, int, int], ...]:
    """Every run of digits of `text`: its digits, the index of the token (run of non-spaces) it
    is in, where it starts."""
    out: list[tuple[str, int, int]] = []
    for number, token in enumerate(re.finditer(r"\S+", text)):
        out += [
            (run.group(0), number, token.start() + run.start())
            for run in _DIGITS.finditer(token.group(0))
        ]
    return tuple(out)


# A decimal comma with one or two decimals: a source may have lost it to a space (« 5 78 m » for
# 5,78 m), which no thousands group explains (a group has three digits).
_SHORT_DECIMALS = re.compile(r"(?<=\d),(?=\d{1,2}(?!\d))")
# How a number's thousands are set apart (in `normalise`d text): a space, a dot, an apostrophe.
_THOUSANDS = "[ .']"
# An integer written in groups of three (« 18 500 ») or in one run of more than three digits.
_INTEGER = re.compile(r"(?<![\d,.])(?:\d{1,3}(?: \d{3})+|\d{4,})(?![\d])")


@lru_cache(maxsize=1 << 12)
def _loose_pattern(needle: str) -> str | None:
    chars = needle.replace(" ", "")
    if not chars:
        return None
    grouped = _groups(needle)
    out = [_start(needle) if chars[0].isdigit() else r"(?<!\w)" if chars[0].isalnum() else ""]
    lost = {m.start() for m in _SHORT_DECIMALS.finditer(needle)}
    seen, spaced = "", False
    for at, char in enumerate(needle):
        if char == " ":
            spaced = True
            continue
        if seen:
            group = len(seen) in grouped
            out.append(f"{_THOUSANDS}?" if group else _between(seen, char, spaced))
        seen, spaced = seen + char, False
        if at in lost:  # « 5,78 m » where the source lost its comma: « 5 78 m »
            out.append(r"(?:,|\s)")
            continue
        out.append(r"(?:%|pour\s*cent)" if char == "%" else re.escape(char))
    out.append(_end(needle) if chars[-1].isdigit() else r"(?!\w)" if chars[-1].isalnum() else "")
    return "".join(out)


def _groups(needle: str) -> set[int]:
    """Where, in `needle` without its spaces, a thousands group of an integer begins."""
    found: set[int] = set()
    for match in _INTEGER.finditer(needle):
        digits = match.group(0).replace(" ", "")
        first = match.start() - needle[: match.start()].count(" ")
        found.update(first + n for n in range(len(digits) - 3, 0, -3))
    return found


def _start(needle: str) -> str:
    """Before a number: no digit, nor a digit and a decimal mark (« 5 » is not in « 2,5 »); a
    word may be glued to it (« les17 »). A first group of three digits is no thousands group of
    a longer number (« 500 » is not in « 18 500 »)."""
    lead = len(needle) - len(needle.lstrip("0123456789"))
    return r"(?<!\d)(?<!\d[,.])" + (r"(?<!\d[ .'])" if lead == 3 else "")


def _end(needle: str) -> str:
    """After a number: no digit, decimal or thousands group of it (« 18 » is not in « 18 500 »,
    « 2 » not in « 2,5 »); a word may be glued to it (« 24à 17 »)."""
    tail = len(needle) - len(needle.rstrip("0123456789"))
    return r"(?!\d)(?![,.]\d)" + (r"(?![ .']\d{3}(?!\d))" if tail <= 3 else "")


def _between(before: str, right: str, spaced: bool) -> str:
    """What may stand between the needle read so far and its next character."""
    left = before[-1]
    if left.isdigit() and right.isdigit():
        return r"\s" if spaced else ""  # two numbers, or one
    if left.isalpha() and right.isalpha():
        return r"\s+" if spaced else ""  # two words, or one
    if left == "," and right.isdigit() and re.search(r"\d{4}$", before[:-1]):
        return ""  # « 2015,6 »: four digits before the comma, read only as written
    return r"\s*"  # punctuation, a unit or a suffix against a number


_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MD_EMPHASIS = re.compile(r"(\*\*|__|\*|`)(?=\S)(.+?)(?<=\S)\1")


def plain_inline(line: str) -> str:
    """A line of Markdown as its reader reads it: a link as its text, emphasis and code marks
    dropped (« *Charlie Hebdo*. » is « Charlie Hebdo. »)."""
    return _MD_EMPHASIS.sub(r"\2", _MD_LINK.sub(r"\1", line))


def one_letter_more(short: str, long: str) -> bool:
    """`long` is `short` with one letter added anywhere (« ministère » is no « ministre »; the
    misspelling of a name: « Jorgenson » for « Jorgeson »)."""
    return len(long) == len(short) + 1 and any(
        long[:i] + long[i + 1 :] == short for i in range(len(long))
    )


def without_quotations(text: str) -> list[str]:
    """The pieces of `text` outside quotations (« … », “ … ”, "…")."""
    return _QUOTED.split(text)


def excerpt(text: str, limit: int = 60) -> str:
    """A short one-line excerpt for messages."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def ngrams(seq: list[str], n: int) -> list[tuple[str, ...]]:
    return [tuple(seq[i : i + n]) for i in range(len(seq) - n + 1)]

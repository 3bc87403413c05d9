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


def stands_in(text: str, haystack: str) -> bool:
    """`text` is in `haystack` (already `normalise`d) as a whole: not inside a longer number
    or word."""
    needle = normalise(text)
    if not needle:
        return False
    return re.search(rf"(?<![\w]){re.escape(needle)}(?![\w])", haystack) is not None


def without_quotations(text: str) -> list[str]:
    """The pieces of `text` outside quotations (« … », “ … ”, "…")."""
    return _QUOTED.split(text)


def excerpt(text: str, limit: int = 60) -> str:
    """A short one-line excerpt for messages."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def ngrams(seq: list[str], n: int) -> list[tuple[str, ...]]:
    return [tuple(seq[i : i + n]) for i in range(len(seq) - n + 1)]

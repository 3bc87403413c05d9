"""Quotations in French text: « … », “ … ” and "…", with a key that survives re-typing.

Key rule (`quote_key`): the quoted words with typography normalised, so that a verbatim
re-quote matches whatever the keyboard: every run of spaces (nbsp, narrow nbsp, newlines)
becomes one space; ’ ‘ ʼ ′ become '; quote marks inside (« » “ ” „ ‟ ") are dropped; "..." and
"[…]" become "…"; leading and trailing spaces and , ; : are trimmed. Case and words are kept:
the gate asks that an article's quotation key be a substring of one of the source's.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from engine.text import APOSTROPHES

_QUOTED = re.compile(r"«([^«»]{1,2000})»|“([^“”]{1,2000})”|\"([^\"\n]{1,2000})\"")
_QUOTE_MARKS = re.compile(r"[«»“”„‟\"]")
_ELLIPSIS = re.compile(r"[\[(]\s*(?:\.\.\.|…)\s*[\])]|\.\.\.")
_SPACES = re.compile(r"\s+")


def quote_key(text: str) -> str:
    """The comparison form of quoted words (see the module's rule)."""
    text = _QUOTE_MARKS.sub(" ", text.translate(APOSTROPHES))
    text = _ELLIPSIS.sub("…", text)
    return _SPACES.sub(" ", text).strip(" ,;:")


def quotations(text: str) -> Iterator[tuple[int, str, str]]:
    """(start, as written, key) for every quotation of `text` that holds at least one word."""
    for match in _QUOTED.finditer(text):
        key = quote_key(next(g for g in match.groups() if g is not None))
        if any(ch.isalnum() for ch in key):
            yield match.start(), match.group(0), key

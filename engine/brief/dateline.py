"""The source's dateline: a news article opens with its date, « 27 septembre 2016. – … » (at
times with its place, « 12 mars 2016, Montpellier. – »; at times after a standfirst, one
paragraph that sums the story up before it). That date is the article's date, not a
fact its body must repeat: the output carries it (front matter `date`, JSON-LD
`datePublished`), and `fidelity` counts it as kept there.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from engine.brief.figures import Figure, figures

if TYPE_CHECKING:
    from engine.brief.source import Source

# The dateline: up to the first full stop of the first paragraph, then a dash (–, — or -).
_DATELINE = re.compile(r"\s*(?P<head>[^\n.–—]{4,80}?)\s*\.\s*[-–—](?=\s|$)")
_FULL_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
OPENING = 2  # paragraphs: the dateline opens the first, or the one after a standfirst
# …not counting what a copy sets above the story: a status line with no sentence (« État
# Vérifié »), or a quotation alone in its paragraph (« « C'était la plus grande foule … » »)
_SET_ABOVE = re.compile(r"[^.!?:]{0,40}|\s*«[^«»]*»\s*")


def dateline(source: Source) -> Figure | None:
    """The full date that opens the source's dateline (key « 2016-09-27 »), in its first
    paragraph or the one after its standfirst, else None (no dateline, or a date without its
    day or year)."""
    first = next(filter(None, map(dated, _opening(source))), None)
    return first if first is not None and _FULL_DATE.fullmatch(first.key) else None


def _opening(source: Source) -> list[str]:
    """The paragraphs a dateline may open: the first OPENING after what is set above the
    story."""
    paragraphs = list(source.paragraphs)
    while paragraphs and _SET_ABOVE.fullmatch(paragraphs[0]) and not dated(paragraphs[0]):
        paragraphs.pop(0)
    return paragraphs[:OPENING]


def after_dateline(paragraph: str) -> str:
    """The paragraph past its dateline (« 16 mars 2018 . – »), if it opens with one."""
    found = _DATELINE.match(paragraph)
    return paragraph[found.end() :] if found else paragraph


def dated(paragraph: str) -> Figure | None:
    """The date a paragraph opens with as a dateline (« 8 mars 2016. – … »), else None."""
    match = _DATELINE.match(paragraph)
    if match is None:
        return None
    first = next(figures(match["head"]), None)
    return first if first is not None and first.kind == "date" and first.start == 0 else None


def on_dateline(written: str, source: Source) -> bool:
    """Whether `written` (a figure as the source writes it) stands in the head of the source's
    dateline (« 8 novembre 2016, 13 h 10 UTC . – »: its hour of publication), part of the
    article's date, no fact its body must repeat."""
    heads = (_DATELINE.match(p) for p in _opening(source))
    return any(m is not None and dated(m.group(0)) and written in m["head"] for m in heads)

"""Deterministic clean-up of model text before it enters an article.

Small models wrap their answer in chatter ("Bien sûr ! Voici la section :"), repeat the
subheading, or fence the text in ``` blocks. None of that needs a new generation: it is cut
here, and what remains is split into paragraphs.
"""

from __future__ import annotations

import re

from engine.text import straight_apostrophes
from engine.text.patterns import CHATTER

_SENTENCE = re.compile(r"(?<=[.!?:…])\s+")
_FENCE = re.compile(r"^\s*```")
_HEADING = re.compile(r"^\s*#{1,6}\s")


def clean_paragraphs(text: str, heading: str | None = None) -> list[str]:
    """The model's text as paragraphs: chatter, fences and repeated headings removed."""
    paragraphs: list[str] = []
    for block in re.split(r"\n\s*\n", text.replace("\r", "")):
        lines = [
            line.strip()
            for line in block.split("\n")
            if line.strip() and not _FENCE.match(line) and not _HEADING.match(line)
        ]
        if heading:
            lines = [ln for ln in lines if ln.strip("*_ ").rstrip(" :") != heading]
        kept = _drop_chatter(" ".join(lines))
        if kept:
            paragraphs.append(kept)
    return paragraphs


def _drop_chatter(paragraph: str) -> str:
    sentences = _SENTENCE.split(paragraph.strip())
    kept = (s for s in sentences if s and not CHATTER.search(straight_apostrophes(s)))
    return " ".join(kept).strip()

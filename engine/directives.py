"""Editor instruction lines (seed-prompt style, in English) and scraping debris.

Seed prompts glue their instructions to the article: "Customize this title in french<title>"
(the title follows the directive without a space) and "Make this article seo compatible,Let
there be subheadings for the article, be in french, create at least 700 words" (clauses split
by commas, spaces missing). A line is an instruction when it opens like an English instruction
("Make", "Let there be", "Please"…) or when every clause of it is understood; the clauses not
understood are kept as `unknown`, so they are reported and never passed to the model as text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_TITLE = re.compile(
    r"^\s*customi[sz]e\s+(?:this|the)\s+title(?:\s+in\s+french)?\s*[:\-–]?\s*", re.I
)
_SEO = re.compile(r"\bseo\b", re.I)
_SUBHEADINGS = re.compile(r"\bsub-?\s?headings?\b|\bsubtitles\b", re.I)
_LANGUAGE = re.compile(r"\b(?:be|write|written|rewrite|it)\s+in\s+(french|english)\b", re.I)
_MIN_WORDS = re.compile(
    r"\b(?:at\s+least|minimum(?:\s+of)?|min\.?)\s+(\d[\d ,.]*)\s*words?\b", re.I
)
_WORDS = re.compile(r"^\s*(?:create|write|make)?\s*(\d[\d ,.]*)\s*\+?\s*words?\b", re.I)
_ENGLISH_ORDER = re.compile(
    r"^\s*(?:please\b|make\b|let\s+there\b|create\b|write\b|rewrite\b|customi[sz]e\b|add\b|"
    r"use\b|include\b|ensure\b|do\s+not\b|don'?t\b|keep\b|avoid\b|be\s+in\b|translate\b|"
    r"generate\b|optimi[sz]e\b|paraphrase\b)",
    re.I,
)
_LANGUAGES = {"french": "fr", "english": "en"}

DEBRIS = (
    re.compile(r"^\s*source\s+link\b.*$", re.I),
    re.compile(r"^\s*\[\s*edited\s+by\b[^\]]*\]\s*$", re.I),
    re.compile(r"^\s*en\s+savoir\s+plus\s+(?:avec|sur)\b.*$", re.I),
    re.compile(r"^\s*(?:lire\s+aussi|read\s+more|advertisement|publicité)\s*:?.{0,120}$", re.I),
)


@dataclass
class DirectiveFindings:
    """What the instruction lines of one input ask for (mutable while reading)."""

    min_words: int | None = None
    title: str | None = None
    subheadings: bool = False
    language: str | None = None
    seo: bool = False
    unknown: list[str] = field(default_factory=list)


def is_debris(line: str) -> bool:
    """A scraping leftover: "Source link -57", "[Edited by …]", "En savoir plus avec …"."""
    return any(pattern.match(line) for pattern in DEBRIS)


def read_directive(line: str, found: DirectiveFindings) -> bool:
    """Record what `line` asks for in `found`; False when the line is article text."""
    title = _TITLE.match(line)
    if title:
        rest = line[title.end() :].strip()
        if rest:
            found.title = rest
        else:
            found.unknown.append(line.strip())
        return True
    clauses = [c.strip() for c in line.split(",") if c.strip()]
    understood = [_read_clause(clause, found) for clause in clauses]
    if _ENGLISH_ORDER.match(line) or (understood and all(understood)):
        found.unknown.extend(c for c, ok in zip(clauses, understood, strict=True) if not ok)
        return True
    return False


def _read_clause(clause: str, found: DirectiveFindings) -> bool:
    words = _MIN_WORDS.search(clause) or _WORDS.match(clause)
    if words:
        found.min_words = int(re.sub(r"\D", "", words.group(1)))
        return True
    language = _LANGUAGE.search(clause)
    if language:
        found.language = _LANGUAGES[language.group(1).lower()]
        return True
    if _SUBHEADINGS.search(clause):
        found.subheadings = True
        return True
    if _SEO.search(clause):
        found.seo = True
        return True
    return False

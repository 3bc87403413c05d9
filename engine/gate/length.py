"""`length`: body words (Yoast's count: headings included, title and front matter excluded)."""

from __future__ import annotations

from engine.brief import Brief
from engine.config import Settings
from engine.gate.findings import Finding
from engine.gate.parsed import ParsedArticle
from engine.text import count_words


def body_words(parsed: ParsedArticle) -> int:
    return sum(count_words(p.text) for p in parsed.parts)


def check_length(parsed: ParsedArticle, brief: Brief, settings: Settings) -> list[Finding]:
    n, needed = body_words(parsed), brief.min_words
    if n >= needed:
        return [Finding("length", True, "hard", n, f"≥ {needed}", f"body has {n} words")]
    message = f"body has {n} words, {needed} needed: add {needed - n} words"
    return [Finding("length", False, "hard", n, f"≥ {needed}", message)]

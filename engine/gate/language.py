"""`language`: French body; no assistant chatter, code fences or leftover instructions."""

from __future__ import annotations

from engine.brief import Brief
from engine.config import Settings
from engine.gate.findings import Finding
from engine.gate.parsed import ParsedArticle
from engine.gate.target import DESCRIPTION, TITLE, Target
from engine.text import excerpt, straight_apostrophes
from engine.text.patterns import CHATTER, INSTRUCTIONS, looks_english, stopword_counts

ID = "language"


def check_language(parsed: ParsedArticle, brief: Brief, settings: Settings) -> list[Finding]:
    article = parsed.article
    places = [
        (TITLE, "title", article.title),
        (DESCRIPTION, "description", article.description),
    ]
    places += [(p.target, p.kind, p.text) for p in parsed.parts]
    failures = []
    for target, what, text in places:
        if "```" in text or "~~~" in text:
            failures.append(_fail("code fence", target, f"remove the code fence in the {what}"))
        for kind, pattern in (("assistant chatter", CHATTER), ("instruction", INSTRUCTIONS)):
            found = pattern.search(straight_apostrophes(text))
            if found:
                failures.append(
                    _fail(kind, target, f"remove the {kind} «{found.group(0)}» from the {what}")
                )
        if looks_english(text):
            failures.append(
                _fail("not French", target, f"write this {what} in French: «{excerpt(text)}»")
            )
    body_fr, body_en = stopword_counts(" ".join(p.text for p in parsed.parts))
    share = round(body_fr / max(body_fr + body_en, 1), 2)
    if failures:
        return failures
    return [Finding(ID, True, "hard", share, "French", "body is French, no chatter or leftovers")]


def _fail(value: str, target: Target, message: str) -> Finding:
    return Finding(ID, False, "hard", value, "French, no chatter", f"{target}: {message}", target)

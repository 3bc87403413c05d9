"""`repetition`: no paragraph or passage of ≥ N words said twice, no looping text."""

from __future__ import annotations

from engine.brief import Brief
from engine.config import Settings
from engine.gate.findings import Finding
from engine.gate.parsed import ParsedArticle
from engine.gate.target import Target
from engine.text import excerpt, match_words, ngrams

ID = "repetition"


def check_repetition(parsed: ParsedArticle, brief: Brief, settings: Settings) -> list[Finding]:
    n = settings.repeat_min_words
    expected = f"no passage of ≥ {n} words repeated"
    failures: list[Finding] = []
    paragraphs_seen: dict[tuple[str, ...], Target] = {}
    grams_seen: set[tuple[str, ...]] = set()
    for part in parsed.paragraphs:
        words = tuple(match_words(part.text))
        if len(words) >= n and words in paragraphs_seen:
            first = paragraphs_seen[words]
            message = f"{part.target}: paragraph repeated from {first}, replace it with new content"
            failures.append(
                Finding(ID, False, "hard", excerpt(part.text), expected, message, part.target)
            )
            continue
        paragraphs_seen.setdefault(words, part.target)
        grams = ngrams(list(words), n)
        for gram in grams:
            if gram in grams_seen:
                passage = excerpt(" ".join(gram))
                message = f"{part.target}: passage said twice, «{passage}»: rewrite or cut it"
                failures.append(Finding(ID, False, "hard", passage, expected, message, part.target))
                break
            grams_seen.add(gram)
        grams_seen.update(grams)
    if failures:
        return failures
    return [Finding(ID, True, "hard", 0, expected, "no repeated paragraph, sentence or loop")]

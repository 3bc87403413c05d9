"""`repetition`: no paragraph or sentence of ≥ N words said twice, no looping text.

What the design forbids, and only that: a paragraph said again, a sentence said again word for
word, and text that loops (a stretch said again right after itself, « … du voisinage sud. L'OTAN
devra … du voisinage sud. »). A name or a noun phrase of the source said in several places (« la
primaire de la droite et du centre ») and a summary that restates a fact in a new sentence are
writing, not repetition.
"""

from __future__ import annotations

from collections.abc import Sequence

from engine.brief import Brief
from engine.config import Settings
from engine.gate.findings import Finding
from engine.gate.parsed import ParsedArticle
from engine.gate.target import Target
from engine.text import excerpt, match_words

ID = "repetition"


def loop_at(words: Sequence[str], n: int) -> tuple[int, int] | None:
    """(start, period) of the first stretch of `words` said again right after itself: at least
    `n` words in a row each equal to the word `period` places further, and the whole stretch
    of `period` words repeated when it is longer than that (« a b c a b c » with `n` ≤ 3).
    Such a stretch starts with an n-gram said again `period` words later: only those are tried."""
    first_at: dict[tuple[str, ...], int] = {}
    for j in range(len(words) - n + 1):
        gram = tuple(words[j : j + n])
        i = first_at.setdefault(gram, j)
        if i == j:
            continue
        period, run = j - i, 0
        while j + run < len(words) and words[i + run] == words[j + run]:
            run += 1
        if run >= period:  # the n words at i are said again at j, and all between them too
            return i, period
        first_at[gram] = j
    return None


def check_repetition(parsed: ParsedArticle, brief: Brief, settings: Settings) -> list[Finding]:
    n = settings.repeat_min_words
    expected = f"no paragraph or sentence of ≥ {n} words repeated, no loop"
    failures: list[Finding] = []

    def fail(value: str, message: str, target: Target) -> None:
        failures.append(Finding(ID, False, "hard", value, expected, message, target))

    paragraphs_seen: dict[tuple[str, ...], Target] = {}
    sentences_seen: dict[tuple[str, ...], Target] = {}
    for part in parsed.paragraphs:
        words = tuple(match_words(part.text))
        if len(words) >= n and words in paragraphs_seen:
            first = paragraphs_seen[words]
            message = f"{part.target}: paragraph repeated from {first}, replace it with new content"
            fail(excerpt(part.text), message, part.target)
            continue
        paragraphs_seen.setdefault(words, part.target)
        loop = loop_at(words, n)
        if loop is not None:
            start, period = loop
            passage = excerpt(" ".join(words[start : start + max(n, period)]))
            message = f"{part.target}: passage said twice, «{passage}»: rewrite or cut it"
            fail(passage, message, part.target)
            continue
        for sent in part.doc.sents:
            said = tuple(match_words(sent.text))
            if len(said) >= n and said in sentences_seen:
                first, sentence = sentences_seen[said], excerpt(sent.text)
                message = (
                    f"{part.target}: sentence said twice (first in {first}), «{sentence}»: "
                    "rewrite or cut it"
                )
                fail(sentence, message, part.target)
                break
            sentences_seen.setdefault(said, part.target)
    if failures:
        return failures
    return [Finding(ID, True, "hard", 0, expected, "no repeated paragraph, sentence or loop")]

"""`originality`: a rewrite, not a copy of the source.

Quotations are left out of the count, and so are names (a person, a place, an organisation, any
proper noun): a name cannot be said another way, so a list of the source's names (« par Red
Eagle Lodge, Meiers Lake Roadhouse, Sourdough Lodge … ») is no copied writing. A name joins a
copied run without counting in its length or in the copied share.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from engine.brief import Brief
from engine.config import Settings
from engine.gate.findings import Finding
from engine.gate.length import body_words
from engine.gate.parsed import ParsedArticle
from engine.text import excerpt, match_words, ngrams, without_quotations

if TYPE_CHECKING:
    from spacy.tokens import Doc

ID = "originality"
NAMES = frozenset({"PER", "LOC", "ORG"})


def name_words(doc: Doc) -> frozenset[str]:
    """The words (as `match_words` gives them) of the names in `doc`: proper nouns and the
    people, places and organisations spaCy finds."""
    return frozenset(
        word
        for token in doc
        if token.pos_ == "PROPN" or token.ent_type_ in NAMES
        for word in match_words(token.text)
    )


def copied_runs(words: list[str], source: set[tuple[str, ...]], n: int) -> list[tuple[int, int]]:
    """(start, end) of the maximal stretches of `words` covered by n-grams found in the source."""
    covered = [False] * len(words)
    for i, gram in enumerate(ngrams(words, n)):
        if gram in source:
            covered[i : i + n] = [True] * n
    runs, start = [], None
    for i, c in enumerate([*covered, False]):
        if c and start is None:
            start = i
        elif not c and start is not None:
            runs.append((start, i))
            start = None
    return runs


def check_originality(parsed: ParsedArticle, brief: Brief, settings: Settings) -> list[Finding]:
    s = settings
    if not brief.source.paragraphs:
        return [skipped(ID)]
    n, longest_allowed = s.copied_run_min_words, s.copy_run_max_words
    source_grams = {g for p in brief.source.paragraphs for g in ngrams(match_words(p), n)}
    long_grams = {
        g for p in brief.source.paragraphs for g in ngrams(match_words(p), longest_allowed + 1)
    }
    failures: list[Finding] = []
    copied = 0
    for part in parsed.parts:
        names = name_words(part.doc)

        def length(words: list[str], start: int, end: int) -> int:
            return sum(w not in names for w in words[start:end])  # noqa: B023 (used at once)

        for piece in without_quotations(part.text):
            words = match_words(piece)
            copied += sum(length(words, *run) for run in copied_runs(words, source_grams, n))
            for start, end in copied_runs(words, long_grams, longest_allowed + 1):
                copied_words = length(words, start, end)
                if copied_words <= longest_allowed:
                    continue
                run = " ".join(words[start:end])
                failures.append(
                    Finding(
                        ID,
                        False,
                        "hard",
                        copied_words,
                        f"≤ {longest_allowed} words copied in a row",
                        f"{part.target}: {copied_words} words copied from the source, "
                        f"rewrite «{excerpt(run)}»",
                        part.target,
                    )
                )
    share = round(copied / max(body_words(parsed), 1), 2)
    expected = f"≤ {s.copied_share_max:.0%} of words in copied runs of ≥ {n}"
    if share > s.copied_share_max:
        message = f"{share:.0%} of the body is copied from the source in runs of ≥ {n} words"
        failures.append(Finding(ID, False, "hard", share, expected, message + ": rewrite it"))
    if failures:
        return failures
    return [Finding(ID, True, "hard", share, expected, f"{share:.0%} of words in copied runs")]


def skipped(check: str) -> Finding:
    """The finding of a source-dependent check run without a source."""
    message = "skipped: no source given (give --source to check facts and copying)"
    return Finding(check, True, "review", None, "a source", message)

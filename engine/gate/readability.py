"""`readability` (soft): Yoast's French readability rules and Kandel–Moles reading ease."""

from __future__ import annotations

import re
from collections import Counter
from itertools import groupby

from engine.brief import Brief
from engine.config import Settings
from engine.gate.findings import Finding
from engine.gate.parsed import ParsedArticle
from engine.gate.target import Target
from engine.text import count_words, fold, normalise, words
from engine.text.lexicon import lines

ID = "readability"
# Words and phrases that link a sentence to what came before (lexicon/transitions.txt).
TRANSITIONS = lines("transitions")
_TRANSITION = re.compile(
    r"(?<![\w'])(?:"
    + "|".join(sorted(map(re.escape, TRANSITIONS), key=len, reverse=True))
    + r")(?![\w'])"
)
_VOWEL_GROUP = re.compile(r"[aeiouy]+")


def syllables(word: str) -> int:
    """French syllables, approximated by vowel groups; a final mute e/es/ent is not one."""
    w = fold(word)
    n = len(_VOWEL_GROUP.findall(w))
    if n > 1 and re.search(r"[^aeiouy](?:e|es|ent)$", w):
        n -= 1
    return max(n, 1)


def reading_ease(sentence_words: list[list[str]]) -> float:
    """Kandel–Moles: 207 − 1.015 × words/sentence − 73.6 × syllables/word."""
    all_words = [w for s in sentence_words for w in s]
    if not all_words:
        return 0.0
    per_sentence = len(all_words) / len(sentence_words)
    per_word = sum(syllables(w) for w in all_words) / len(all_words)
    return round(207 - 1.015 * per_sentence - 73.6 * per_word, 1)


def check_readability(parsed: ParsedArticle, brief: Brief, settings: Settings) -> list[Finding]:
    s = settings
    findings: list[Finding] = []

    def add(ok: bool, value: object, expected: str, message: str, target: Target | None = None):
        findings.append(Finding(ID, ok, "soft", value, expected, message, None if ok else target))

    sentences = [(p, sent) for p, sent in parsed.sentences() if p.kind == "paragraph"]
    total = max(len(sentences), 1)
    long_by_target = Counter(
        p.target for p, sent in sentences if count_words(sent.text) > s.long_sentence_words
    )
    share = round(sum(long_by_target.values()) / total, 2)
    worst = long_by_target.most_common(1)[0][0] if long_by_target else None
    add(
        share <= s.long_sentence_share_max,
        share,
        f"≤ {s.long_sentence_share_max:.0%}",
        f"{share:.0%} of sentences over {s.long_sentence_words} words"
        + (f", most in {worst}: split them" if share > s.long_sentence_share_max else ""),
        worst,
    )
    long_paragraphs = [p for p in parsed.paragraphs if count_words(p.text) > s.paragraph_max_words]
    for p in long_paragraphs:
        n = count_words(p.text)
        add(
            False,
            n,
            f"≤ {s.paragraph_max_words} words",
            f"{p.target}: paragraph of {n} words, split it",
            p.target,
        )
    if not long_paragraphs:
        add(True, 0, f"≤ {s.paragraph_max_words} words", "no over-long paragraph")
    passive = round(sum(_is_passive(sent) for _, sent in sentences) / total, 2)
    add(
        passive <= s.passive_share_max,
        passive,
        f"≤ {s.passive_share_max:.0%}",
        f"{passive:.0%} of sentences in the passive voice",
    )
    linked = round(
        sum(bool(_TRANSITION.search(normalise(sent.text))) for _, sent in sentences) / total, 2
    )
    add(
        linked >= s.transition_share_min,
        linked,
        f"≥ {s.transition_share_min:.0%}",
        f"{linked:.0%} of sentences with a transition word",
    )
    run, run_target, run_word = _longest_same_start(sentences)
    add(
        run <= s.same_start_max_run,
        run,
        f"≤ {s.same_start_max_run} in a row",
        f"{run} consecutive sentences start with «{run_word}»"
        + (f" in {run_target}: vary them" if run > s.same_start_max_run else ""),
        run_target,
    )
    ease = reading_ease([words(sent.text) for _, sent in sentences])
    add(
        ease >= s.reading_ease_min,
        ease,
        f"≥ {s.reading_ease_min}",
        f"Kandel–Moles reading ease {ease}",
    )
    return findings


def _is_passive(sent) -> bool:
    return any(t.dep_ in ("aux:pass", "nsubj:pass") for t in sent)


def _longest_same_start(sentences) -> tuple[int, Target | None, str]:
    best: tuple[int, Target | None, str] = (0, None, "")
    for (target, first), group in groupby(
        sentences, key=lambda ps: (ps[0].target, normalise(ps[1][0].text) if len(ps[1]) else "")
    ):
        n = len(list(group))
        if n > best[0]:
            best = (n, target, first)
    return best

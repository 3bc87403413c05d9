"""`language`: French prose; no assistant chatter, code fences, leftover instructions, nor
Plume's own machinery played back (chat-template tokens, prompt echo, gate feedback)."""

from __future__ import annotations

import re

from engine.brief import Brief
from engine.config import Settings
from engine.gate.findings import Finding
from engine.gate.parsed import ParsedArticle
from engine.gate.text import excerpt, match_words
from engine.leaks import find_leak

ID = "language"
_FRENCH = frozenset(
    "le la les un une des du de et est sont dans pour par sur avec au aux ce cette ces qui que "
    "il elle ils elles nous vous on ne pas plus leur leurs son sa ses mais ou où été être a ont "
    "se en lui y comme aussi après avant selon entre".split()
)
_ENGLISH = frozenset(
    "the a an and is are was were in for of on with to this that these which who it they we "
    "you not be been has have had by from at as or but will would can your our their here "
    "there about".split()
)
# An assistant talking to its user, not a journalist to readers. Also what the pipeline's
# clean-up cuts, sentence by sentence, before an answer enters the article.
CHATTER = re.compile(
    r"voici (?:votre|l'|le|un|une|la) (?:article|texte|réécriture|version)|here (?:is|are)\b|"
    r"here's|en tant qu'(?:ia|assistant|intelligence artificielle|modèle)|as an ai\b|"
    r"^(?:bien sûr|d'accord|absolument|avec plaisir|certainement)\s*[!,.]|^certainly\b|"
    r"^sure\b|^(?:voici|voilà)\b[^.!?\n]*:\s*$|j'espère que (?:cet|ce|cette|ces|vous)|"
    r"n'hésitez pas\b|si vous (?:souhaitez|voulez) (?:des|d'autres|une|que)|"
    r"i hope (?:this|you)|let me know|je reste à (?:votre|ta) "
    r"disposition|je suis (?:un|une) (?:ia|assistant|modèle)",
    re.IGNORECASE | re.MULTILINE,
)
_INSTRUCTIONS = re.compile(
    r"create at least|seo compatible|customi[sz]e this title|let there be subheadings|"
    r"\bin french\b|word count|\bmeta description\s*:|\bkeyphrase\s*:|\bmot[- ]clé\s*:|"
    r"\[(?:insérer|insert|titre|title)[^\]]*\]|\btodo\b",
    re.IGNORECASE,
)
_MIN_WORDS_FOR_LANGUAGE = 8
# French prose: its commonest words (le, de, et…) are about a third of the running words.
# Below this share over enough words, the body is not French prose (a PDF's bytes, code, lists).
_PROSE_MIN_WORDS = 30
_PROSE_MIN_FRENCH_SHARE = 0.12


def check_language(parsed: ParsedArticle, brief: Brief, settings: Settings) -> list[Finding]:
    article = parsed.article
    places = [
        ("title", "title", article.title),
        ("description", "description", article.description),
    ]
    places += [(p.target, p.kind, p.text) for p in parsed.parts]
    failures = []
    for target, what, text in places:
        if "```" in text or "~~~" in text:
            failures.append(_fail("code fence", target, f"remove the code fence in the {what}"))
        for kind, pattern in (("assistant chatter", CHATTER), ("instruction", _INSTRUCTIONS)):
            found = pattern.search(text.replace("’", "'"))
            if found:
                failures.append(
                    _fail(kind, target, f"remove the {kind} «{found.group(0)}» from the {what}")
                )
        leak = find_leak(text)
        if leak:
            kind, found = leak
            failures.append(_fail(kind, target, f"remove the {kind} «{found}» from the {what}"))
        if looks_english(text):
            failures.append(
                _fail("not French", target, f"write this {what} in French: «{excerpt(text)}»")
            )
    body = " ".join(p.text for p in parsed.parts)
    body_fr, body_en = _stopword_counts(body)
    share = round(body_fr / max(body_fr + body_en, 1), 2)
    words = len(match_words(body))
    if words >= _PROSE_MIN_WORDS and body_fr < _PROSE_MIN_FRENCH_SHARE * words:
        failures.append(
            _fail(
                "not French prose",
                None,
                f"{body_fr} of its {words} words are common French words; "
                "write the article as French prose",
            )
        )
    if failures:
        return failures
    return [Finding(ID, True, "hard", share, "French", "body is French, no chatter or leftovers")]


def looks_english(text: str) -> bool:
    """More English than French stopwords, over enough of them to judge."""
    fr, en = _stopword_counts(text)
    return fr + en >= _MIN_WORDS_FOR_LANGUAGE and en > fr


def _stopword_counts(text: str) -> tuple[int, int]:
    tokens = match_words(text)
    return sum(t in _FRENCH for t in tokens), sum(t in _ENGLISH for t in tokens)


def _fail(value: str, target: str | None, message: str) -> Finding:
    where = target or "body"
    return Finding(ID, False, "hard", value, "French, no chatter", f"{where}: {message}", target)

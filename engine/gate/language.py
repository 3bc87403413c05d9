"""`language`: French prose; no assistant chatter, code fences, leftover instructions, nor
Plume's own machinery played back (chat-template tokens, prompt echo, gate feedback)."""

from __future__ import annotations

from engine.brief import Brief
from engine.config import Settings
from engine.gate.findings import Finding
from engine.gate.parsed import ParsedArticle
from engine.gate.target import DESCRIPTION, TITLE, Target
from engine.text import excerpt, match_words, straight_apostrophes
from engine.text.patterns import CHATTER, INSTRUCTIONS, looks_english, stopword_counts
from engine.write.leaks import find_leak

ID = "language"
# French prose: its commonest words (le, de, et…) are about a third of the running words.
# Below this share over enough words, the body is not French prose (a PDF's bytes, code, lists).
_PROSE_MIN_WORDS = 30
_PROSE_MIN_FRENCH_SHARE = 0.12
# What each kind of leak (engine.write.leaks) is, said so that a repair goes the right way: the
# text is Plume's own, to be cut, never a fact to restate.
LEAK_MESSAGES = {
    "chat template token": "remove the chat template token «{found}» from the {what}",
    "prompt echo": "the {what} repeats Plume's instructions to the model «{found}»: cut them, "
    "they are not article text",
    "facts list": "the {what} copies the prompt's list of facts «{found}»: cut the list, say "
    "each fact in a sentence",
    "gate feedback": "the {what} repeats the gate's feedback «{found}»: cut it",
}


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
        leak = None if any(f.target == target for f in failures) else find_leak(text)
        if leak:
            kind, found = leak
            failures.append(_fail(kind, target, LEAK_MESSAGES[kind].format(found=found, what=what)))
        if looks_english(text):
            failures.append(
                _fail("not French", target, f"write this {what} in French: «{excerpt(text)}»")
            )
    body = " ".join(p.text for p in parsed.parts)
    body_fr, body_en = stopword_counts(body)
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


def _fail(value: str, target: Target | None, message: str) -> Finding:
    where = target or "body"
    return Finding(ID, False, "hard", value, "French, no chatter", f"{where}: {message}", target)

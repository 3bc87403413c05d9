"""Plume's own machinery leaking into a draft: chat-template tokens, prompt echo, gate feedback.

A small model plays back what it was given: the chat template's markers (`<|im_start|>`,
`<|im_end|>`, whole chat turns), the system prompt's lines (« Tu es journaliste web… »,
« Règles absolues : »), the task lines (« TÂCHE : … », « Écris l'introduction : environ 90
mots… ») and the gate's English feedback that a repair prompt carries (« passage said twice…:
rewrite or cut it »). Plume knows its prompts, so the phrases are taken from the templates
themselves (`engine.write.prompts`), and matched accent- and case-blind. The clean-up cuts what is
certain; the `language` check fails whatever is left.
"""

from __future__ import annotations

import re
from functools import cache

from engine.text import fold, straight_apostrophes
from engine.text.patterns import (
    CHAT_TOKEN,
    GATE_FEEDBACK,
    PROMPT_LABEL,
    TASK_SHAPE,
    TURN_END,
    TURN_START,
    UPPER_LABEL,
)

_ANSWER_ROLES = frozenset({"assistant", "model"})

_MIN_PHRASE_WORDS = 5


def _fold(text: str) -> str:
    """Lowercase ASCII with one kind of apostrophe and single spaces (line breaks kept); the
    text layer's fold (NFKD also turns no-break spaces into spaces)."""
    return re.sub(r"[ \t]+", " ", fold(straight_apostrophes(text)))


def strip_chat_turns(text: str) -> str:
    """The answer without chat markers: the turns of other roles and what follows an end of
    turn are cut, an assistant turn's marker is dropped and its text kept."""
    out: list[str] = []
    keep, pos = True, 0
    markers = re.compile(f"{TURN_START.pattern}|{TURN_END.pattern}", re.I)
    for match in markers.finditer(text):
        if keep:
            out.append(text[pos : match.start()])
        role = match.group(1)
        keep = bool(role and role.lower() in _ANSWER_ROLES) if _is_start(match) else False
        pos = match.end()
    if keep:
        out.append(text[pos:])
    return CHAT_TOKEN.sub("", "\n".join(piece for piece in out if piece.strip()))


def _is_start(match: re.Match[str]) -> bool:
    return TURN_START.match(match.group(0)) is not None


@cache
def prompt_phrases() -> tuple[str, ...]:
    """Folded sentences of Plume's prompts (between placeholders), of five words or more."""
    from engine.write.prompts import fixed_texts

    phrases: set[str] = set()
    for text in fixed_texts():
        for piece in re.split(r"\$\{?\w+\}?|[.;:!?\n«»()]", _fold(text)):
            words = re.findall(r"[\w']+", piece)
            if len(words) >= _MIN_PHRASE_WORDS:
                phrases.add(" ".join(words))
    return tuple(sorted(phrases))


def find_leak(text: str) -> tuple[str, str] | None:
    """(kind, what was found) for the first leak in `text`, else None.

    Kinds: "chat template token", "prompt echo", "gate feedback"."""
    token = CHAT_TOKEN.search(text)
    if token:
        return "chat template token", token.group(0)
    label = UPPER_LABEL.search(text)
    if label:
        return "prompt echo", label.group(0)
    folded = _fold(text)
    line = PROMPT_LABEL.search(folded) or TASK_SHAPE.search(folded)
    if line:
        return "prompt echo", _shown(text, folded, line.start(), line.end())
    flat = " " + " ".join(re.findall(r"[\w']+", folded)) + " "
    for phrase in prompt_phrases():
        if f" {phrase} " in flat:
            return "prompt echo", phrase
    feedback = GATE_FEEDBACK.search(folded)
    if feedback:
        return "gate feedback", _shown(text, folded, feedback.start(), feedback.end())
    return None


def is_leak(text: str) -> bool:
    return find_leak(text) is not None


def is_prompt_line(line: str) -> bool:
    """A line that opens with a prompt's label, or carries a task line or the gate's feedback
    (a prompt gives each on a line of its own): cut whole."""
    folded = _fold(line)
    return any(p.search(folded) for p in (PROMPT_LABEL, TASK_SHAPE, GATE_FEEDBACK))


def _shown(text: str, folded: str, start: int, end: int) -> str:
    """The original text of a folded match (folding keeps lengths on French text)."""
    if len(folded) == len(text):
        return text[start:end].strip()
    return folded[start:end].strip()

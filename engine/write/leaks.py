"""Plume's own machinery leaking into a draft: chat-template tokens, prompt echo, gate feedback.

A small model plays back what it was given: the chat template's markers (`<|im_start|>`,
`<|im_end|>`, whole chat turns), the system prompt's lines (« Tu es journaliste web… »,
« Règles absolues : ») and its facts list (« - date : 4 mai 2016 »), the task lines (« TÂCHE :
… », « Écris l'introduction : environ 90 mots… ») and the gate's English feedback that a repair
prompt carries (« passage said twice…: rewrite or cut it »). Plume knows its prompts, so what is
echoed is taken from the templates themselves (`engine.write.prompts`): any run of five
consecutive words of them (none occurs in the honest articles of tests/data nor of the shared
corpus, while the small models echo the rules with a word changed: « qui ne figure pas »), an
item of the facts list by its labels, a sentence that opens with one of the prompts' orders
(« Écris… », « Emploie… »: an article never says « tu »), all matched accent- and case-blind.
The clean-up cuts what is certain (the line, else the sentence); the `language` check fails
whatever is left, each kind with its own message.
"""

from __future__ import annotations

import re
from functools import cache

from engine.text import fold, straight_apostrophes
from engine.text.patterns import (
    ADDRESSED_ORDER,
    CHAT_TOKEN,
    GATE_FEEDBACK,
    PROMPT_LABEL,
    TASK_SHAPE,
    TURN_END,
    TURN_START,
    UPPER_LABEL,
)

_ANSWER_ROLES = frozenset({"assistant", "model"})

# A run of this many consecutive words of a prompt is its echo: none of the prompts' runs of
# five occurs in an honest article (four-word ones do: « ce qu'il faut retenir »).
ECHO_RUN_WORDS = 5


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


def _words(folded: str) -> list[str]:
    return re.findall(r"[\w']+", folded)


@cache
def prompt_runs() -> frozenset[tuple[str, ...]]:
    """Every run of `ECHO_RUN_WORDS` consecutive words of Plume's prompts, folded, within a
    line and between placeholders (Plume's own words, never the article's values)."""
    from engine.write.prompts import fixed_texts

    runs: set[tuple[str, ...]] = set()
    for text in fixed_texts():
        for piece in re.split(r"\$\{?\w+\}?|\n", _fold(text)):
            words = _words(piece)
            runs.update(
                tuple(words[i : i + ECHO_RUN_WORDS]) for i in range(len(words) - ECHO_RUN_WORDS + 1)
            )
    return frozenset(runs)


@cache
def facts_list() -> re.Pattern[str]:
    """An item of the system prompt's facts list, folded (« - date : 4 mai 2016 », the labels
    of `FACT_LABELS`), up to the next item or the line's end."""
    from engine.write.prompts import FACT_LABELS

    # The French labels, and the English kinds a small model translates them back to.
    labels = "|".join(sorted({fold(label) for label in (*FACT_LABELS.values(), *FACT_LABELS)}))
    item = rf"-[ \t]*(?:{labels})[ \t]*:"
    return re.compile(rf"(?:^|(?<=\s)){item}[^\n]*?(?=[ \t]+{item}|[ \t]*$)", re.M)


def _echoed_run(folded: str) -> str | None:
    """The stretch of `folded` made of prompt runs, from the first one; else None."""
    words = _words(folded)
    runs = prompt_runs()
    for start in range(len(words) - ECHO_RUN_WORDS + 1):
        if tuple(words[start : start + ECHO_RUN_WORDS]) in runs:
            end = start + ECHO_RUN_WORDS
            while end < len(words) and tuple(words[end - ECHO_RUN_WORDS + 1 : end + 1]) in runs:
                end += 1
            return " ".join(words[start:end])
    return None


def find_leak(text: str) -> tuple[str, str] | None:
    """(kind, what was found) for the first leak in `text`, else None.

    Kinds: "chat template token", "prompt echo", "facts list", "gate feedback"."""
    token = CHAT_TOKEN.search(text)
    if token:
        return "chat template token", token.group(0)
    label = UPPER_LABEL.search(text)
    if label:
        return "prompt echo", label.group(0)
    folded = _fold(text)
    item = facts_list().search(folded)
    if item:
        return "facts list", _shown(text, folded, item.start(), item.end())
    line = (
        PROMPT_LABEL.search(folded) or TASK_SHAPE.search(folded) or ADDRESSED_ORDER.search(folded)
    )
    if line:
        return "prompt echo", _shown(text, folded, line.start(), line.end())
    run = _echoed_run(folded)
    if run:
        return "prompt echo", run
    feedback = GATE_FEEDBACK.search(folded)
    if feedback:
        return "gate feedback", _shown(text, folded, feedback.start(), feedback.end())
    return None


def is_leak(text: str) -> bool:
    return find_leak(text) is not None


def is_prompt_line(line: str) -> bool:
    """A line that opens with a prompt's label, words, order or an item of its facts list, or
    carries a task line or the gate's feedback (a prompt gives each on a line of its own): cut
    whole. (A prompt's sentence inside a line of text is cut alone: see `is_leak`.)"""
    folded = _fold(line)
    patterns = (PROMPT_LABEL, TASK_SHAPE, GATE_FEEDBACK)
    if any(p.search(folded) for p in patterns) or is_facts_item(line):
        return True
    opening = ADDRESSED_ORDER.match(folded.lstrip())
    return opening is not None or tuple(_words(folded)[:ECHO_RUN_WORDS]) in prompt_runs()


def is_facts_item(line: str) -> bool:
    """A line that opens with an item of the prompt's facts list."""
    match = facts_list().search(_fold(line))
    return match is not None and not line[: match.start()].strip()


def _shown(text: str, folded: str, start: int, end: int) -> str:
    """The original text of a folded match (folding keeps lengths on French text)."""
    if len(folded) == len(text):
        return text[start:end].strip()
    return folded[start:end].strip()

"""Deterministic clean-up of model text before it enters an article.

Small models wrap their answer in chatter ("Bien sûr ! Voici la section :"), repeat the
subheading, fence the text in ``` blocks, or play back their prompt: chat-template markers and
other roles' turns, the task lines, the system prompt's rules, the gate's feedback (see
`engine.write.leaks`). None of that needs a new generation: it is cut here, line by line and then
sentence by sentence, and what remains is split into paragraphs.
"""

from __future__ import annotations

import re

from engine.text import straight_apostrophes
from engine.text.patterns import CHATTER
from engine.write.leaks import is_facts_item, is_leak, is_prompt_line, strip_chat_turns

_SENTENCE = re.compile(r"(?<=[.!?:…])\s+")
_FENCE = re.compile(r"^\s*```")
_HEADING = re.compile(r"^\s*#{1,6}\s")
_ITEM = re.compile(r"^\s*[-*•]\s*[\w' ]{1,30}\s:")


def clean_paragraphs(text: str, heading: str | None = None) -> list[str]:
    """The model's text as paragraphs: chatter, fences, leaks and repeated headings removed."""
    paragraphs: list[str] = []
    text = strip_chat_turns(text.replace("\r", ""))
    for block in re.split(r"\n\s*\n", text):
        lines = [
            line.strip()
            for line in _without_lists(block.split("\n"))
            if line.strip()
            and not _FENCE.match(line)
            and not _HEADING.match(line)
            and not is_prompt_line(line)
        ]
        if heading:
            lines = [ln for ln in lines if ln.strip("*_ ").rstrip(" :") != heading]
        kept = _drop_sentences(" ".join(lines))
        if kept:
            paragraphs.append(kept)
    return paragraphs


def _without_lists(lines: list[str]) -> list[str]:
    """The lines without the prompt's facts list: its items, and the items of the same shape
    (« - label : value ») that follow one in the list, whatever label the model gave them."""
    kept: list[str] = []
    in_list = False
    for line in lines:
        in_list = is_facts_item(line) or (in_list and _ITEM.match(line) is not None)
        if not in_list:
            kept.append(line)
    return kept


def _drop_sentences(paragraph: str) -> str:
    """The paragraph without its chatter and leaked sentences."""
    sentences = _SENTENCE.split(paragraph.strip())
    kept = (
        s for s in sentences if s and not CHATTER.search(straight_apostrophes(s)) and not is_leak(s)
    )
    return " ".join(kept).strip()

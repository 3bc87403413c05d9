"""Several stories in one source: a file that holds more than one article.

Plume rewrites a source as one article. A file of several news stories (a day's wire, a page
saved whole) would come out as one article mixing them, so Plume says so before it writes (a
note of the source, which `plume inspect` and `rewrite`'s start-up block both print): a story
begins at the source's title and at each later paragraph that reads as a title (one line, no
closing punctuation) followed by a dateline (« 8 mars 2016. – … »); a source over
`SEVERAL_STORIES_WORDS` words may be several stories even when none is found — unless one
dateline, and one only, opens it (a day's live log, however long, is one story).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from engine.brief.dateline import dated
from engine.config import SEVERAL_STORIES_WORDS
from engine.text import count_words

TITLE_MAX_CHARS = 150
_FINAL_PUNCTUATION = '.!?…:;,»”"'


@dataclass(frozen=True)
class Story:
    title: str | None
    first: int  # the index of its first paragraph in the source's paragraphs
    words: int  # its paragraphs' words (its title's included)


def looks_like_title(line: str) -> bool:
    """One line short enough for a title, with no closing punctuation."""
    return len(line) <= TITLE_MAX_CHARS and not line.rstrip().endswith(tuple(_FINAL_PUNCTUATION))


def stories(title: str | None, paragraphs: Sequence[str]) -> list[Story]:
    """The stories of a source (its title, its paragraphs), in order: one, unless later titles
    open dated stories."""
    starts = [
        i
        for i in range(1, len(paragraphs) - 1)
        if looks_like_title(paragraphs[i]) and dated(paragraphs[i + 1]) is not None
    ]
    found = []
    for start, end in zip([0, *starts], [*starts, len(paragraphs)], strict=True):
        heading = title if start == 0 else paragraphs[start]
        body = paragraphs[start:end] if start == 0 else paragraphs[start + 1 : end]
        words = sum(count_words(p) for p in body) + count_words(heading or "")
        found.append(Story(heading, start, words))
    return found


def several_stories(title: str | None, paragraphs: Sequence[str]) -> str | None:
    """The note for a source that may hold several stories, else None."""
    found = stories(title, paragraphs)
    words = sum(story.words for story in found)
    if len(found) > 1:
        said = f"the source has {len(found)} titles, each followed by a dateline ({words:,} words)"
    elif words > SEVERAL_STORIES_WORDS and sum(dated(p) is not None for p in paragraphs) != 1:
        said = f"the source has {words:,} words"
    else:
        return None
    return (
        f"{said}: it may hold several stories, and Plume rewrites it as one article (give each "
        "story its own file to rewrite them apart)"
    )

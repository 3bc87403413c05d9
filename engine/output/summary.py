"""What the user is told in words: what Plume understood of an input, and where it is.

`understood` is the start-up block of `plume rewrite` (on stderr, before the model writes) and
the body of `plume inspect`; `min_words_said` says which minimum the rule chose, and why.
"""

from __future__ import annotations

from collections import Counter

from engine.brief import Brief, min_words_rule
from engine.brief.facts import listed
from engine.brief.source import Directives, Source
from engine.brief.stories import stories
from engine.config import Settings

FACT_NAMES = {
    "number": ("number", "numbers"),
    "percentage": ("percentage", "percentages"),
    "amount": ("amount", "amounts"),
    "date": ("date", "dates"),
    "person": ("person", "people"),
    "organisation": ("organisation", "organisations"),
    "place": ("place", "places"),
    "quotation": ("quotation", "quotations"),
}
LANGUAGES = {"fr": "in French", "en": "in English (Plume writes French)"}


def directives_understood(directives: Directives) -> list[str]:
    """The editor's directives as Plume took them, in words."""
    said = []
    if directives.title:
        said.append("customise the title")
    if directives.min_words is not None:
        said.append(f"at least {directives.min_words} words")
    if directives.subheadings:
        said.append("subheadings")
    if directives.seo:
        said.append("SEO-compatible")
    if directives.language:
        said.append(LANGUAGES.get(directives.language, directives.language))
    return said


def understood(brief: Brief, settings: Settings) -> list[str]:
    """The start-up block: title, length, directives (understood and ignored), keyphrase,
    and every note on the source (what `plume inspect` says of it too)."""
    given = brief.min_words if brief.min_words_from == "given" else None
    return [
        f"Plume understood {brief.source.name}:",
        *source_lines(brief.source, settings, given),
        *keyphrase_lines(brief),
        *note_lines(brief.source),
    ]


def note_lines(source: Source) -> list[str]:
    """What was stripped or detected in the source: debris, directives, its language…"""
    return [f"  note: {note}" for note in source.notes]


def source_lines(source: Source, settings: Settings, min_words: int | None = None) -> list[str]:
    """What the source itself says (no language model needed): title, length, directives;
    `min_words` is the one the user gave explicitly, if any."""
    directives = source.directives
    if source.title:
        origin = "the directive" if directives.title else "the source's title"
        lines = [f"  title to customise: « {source.title} » ({origin})"]
    else:
        lines = ["  title to customise: none found (the model proposes one)"]
    words, words_from = min_words_rule(min_words, source, settings)
    lines.append(f"  min words: {min_words_said(words, words_from, source, settings)}")
    said = directives_understood(directives)
    lines.append(f"  directives understood: {', '.join(said) if said else 'none'}")
    if directives.unknown:
        ignored = ", ".join(f"« {clause} »" for clause in directives.unknown)
        lines.append(f"  directives ignored (not understood): {ignored}")
    return lines


def min_words_said(
    words: int, words_from: str, source: Source, settings: Settings, given_as: str = "--min-words"
) -> str:
    """ "900 (your --min-words; the source asks for 700)": the value and where it came from
    (`given_as` names the user's own option: the flag, or the API's field)."""
    asked = source.directives.min_words
    if words_from == "given":
        why = f"your {given_as}"
        if asked is not None and asked != words:
            why += f"; the source asks for {asked}"
    elif words_from == "directive":
        why = "the directive"
    elif settings.min_words == Settings().min_words:
        why = f"default; {given_as} to change"
    else:
        why = "PLUME_MIN_WORDS"
    return f"{words} ({why})"


def keyphrase_lines(brief: Brief) -> list[str]:
    if brief.keyphrase_from == "given":
        return [f"  keyphrase: « {brief.keyphrase} » (given)"]
    lines = [
        f"  keyphrase: « {brief.keyphrase} » (extracted from the title and the text; "
        "--keyphrase to choose)"
    ]
    if brief.candidates:
        lines.append("    other candidates: " + ", ".join(f"« {c} »" for c in brief.candidates))
    return lines


def story_lines(source: Source) -> list[str]:
    """Each story of a source that holds several, under its note (for `plume inspect`)."""
    found = stories(source.title, source.paragraphs)
    if len(found) < 2:
        return []
    return [
        f"    story {n}: « {story.title or '(no title)'} » ({story.words:,} words)"
        for n, story in enumerate(found, 1)
    ]


def fact_counts(brief: Brief) -> str:
    shown = Counter(fact.kind for fact in listed(brief.facts, brief.source.text))
    counts = [(kind, shown[kind]) for kind in FACT_NAMES if shown[kind]]
    if not counts:
        return "none (no figure, date, name or quotation)"
    return ", ".join(f"{n} {FACT_NAMES[kind][n > 1]}" for kind, n in counts)


def fact_lines(brief: Brief) -> list[str]:
    """Every fact of the inventory, one per line, grouped by kind (for `plume inspect`)."""
    shown = listed(brief.facts, brief.source.text)
    lines = []
    for kind, (one, many) in FACT_NAMES.items():
        texts = [fact.text for fact in shown if fact.kind == kind]
        if texts:
            lines.append(f"  {many if len(texts) > 1 else one}: " + " | ".join(texts))
    return lines


def duration(seconds: float) -> str:
    """ "42 s", "3 min 12 s", "1 h 05 min"."""
    seconds = round(seconds)
    if seconds < 60:
        return f"{seconds} s"
    minutes, secs = divmod(seconds, 60)
    if minutes < 60:
        return f"{minutes} min {secs:02d} s"
    hours, minutes = divmod(minutes, 60)
    return f"{hours} h {minutes:02d} min"

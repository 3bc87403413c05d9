"""What the user is told in words: what Plume understood of an input, and where it is.

`understood` is the start-up block of `plume rewrite` (on stderr, before the model writes) and
the body of `plume inspect`; `end_line` is the one line that closes a single article.
"""

from __future__ import annotations

from pathlib import Path

from engine.brief import Brief
from engine.brief.source import Directives, Source
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
    """The start-up block: title, length, directives (understood and ignored), keyphrase."""
    return [
        f"Plume understood {brief.source.name}:",
        *source_lines(brief.source, settings),
        *keyphrase_lines(brief),
    ]


def source_lines(source: Source, settings: Settings) -> list[str]:
    """What the source itself says (no language model needed): title, length, directives."""
    directives = source.directives
    if source.title:
        origin = "the directive" if directives.title else "the source's title"
        lines = [f"  title to customise: « {source.title} » ({origin})"]
    else:
        lines = ["  title to customise: none found (the model proposes one)"]
    if directives.min_words is not None:
        words, length_from = directives.min_words, "the directive"
    elif settings.min_words == Settings().min_words:
        words, length_from = settings.min_words, "default; --min-words to change"
    else:
        words, length_from = settings.min_words, "--min-words or PLUME_MIN_WORDS"
    lines.append(f"  min words: {words} ({length_from})")
    said = directives_understood(directives)
    lines.append(f"  directives understood: {', '.join(said) if said else 'none'}")
    if directives.unknown:
        ignored = ", ".join(f"« {clause} »" for clause in directives.unknown)
        lines.append(f"  directives ignored (not understood): {ignored}")
    return lines


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


def fact_counts(brief: Brief) -> str:
    counts = [(kind, n) for kind, n in brief.facts.counts().items() if n]
    if not counts:
        return "none (no figure, date, name or quotation)"
    return ", ".join(f"{n} {FACT_NAMES[kind][n > 1]}" for kind, n in counts)


def fact_lines(brief: Brief) -> list[str]:
    """Every fact of the inventory, one per line, grouped by kind (for `plume inspect`)."""
    lines = []
    for kind, (one, many) in FACT_NAMES.items():
        seen: dict[str, str] = {}
        for fact in brief.facts.of(kind):  # type: ignore[arg-type]
            seen.setdefault(fact.key, fact.text)
        if seen:
            lines.append(f"  {many if len(seen) > 1 else one}: " + " | ".join(seen.values()))
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


def end_line(
    written: Path | None, words: int, rounds: int, seconds: float, report: Path | None
) -> str:
    """The line that closes a single article that passed."""
    where = f"wrote {written}" if written else "wrote the article to stdout"
    tail = f"; report: {report}" if report else ""
    plural = "" if rounds == 1 else "s"
    return f"{where}: {words} words, {rounds} repair round{plural}, {duration(seconds)}{tail}"

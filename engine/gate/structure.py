"""`structure`: one H1, enough H2, an intro and sections of the right size, sound headings."""

from __future__ import annotations

from engine.brief import Brief
from engine.config import Settings
from engine.gate.findings import Finding
from engine.gate.parsed import ParsedArticle
from engine.gate.target import INTRO, TITLE, Target, heading, section
from engine.output.article import Section
from engine.text import count_words, excerpt, normalise

ID = "structure"


def section_words(sections: tuple[Section, ...], index: int) -> int:
    """Words under a section's heading, its deeper subsections included."""
    level = sections[index].level
    total = 0
    for i in range(index, len(sections)):
        if i > index and sections[i].level <= level:
            break
        total += sum(count_words(p) for p in sections[i].paragraphs)
    return total


def check_structure(parsed: ParsedArticle, brief: Brief, settings: Settings) -> list[Finding]:
    article, s = parsed.article, settings
    sections = article.sections
    failures: list[Finding] = []

    def fail(value: object, expected: str, target: Target | None, message: str) -> None:
        failures.append(Finding(ID, False, "hard", value, expected, message, target))

    if article.h1_count != 1 or not article.title.strip():
        extra = [i for i, sec in enumerate(sections) if sec.level == 1]
        target = section(extra[0]) if extra else TITLE
        fail(article.h1_count, "1 H1", target, f"{target}: the article needs exactly one H1 title")
    h2 = sum(sec.level == 2 for sec in sections)
    if h2 < s.min_h2:
        fail(h2, f"≥ {s.min_h2} H2", None, f"body has {h2} H2 subheadings: add sections")
    intro = sum(count_words(p) for p in article.intro)
    if not s.intro_min_words <= intro <= s.intro_max_words:
        fail(
            intro,
            f"{s.intro_min_words}–{s.intro_max_words} words",
            INTRO,
            f"intro: {intro} words before the first H2, write "
            f"{s.intro_min_words}–{s.intro_max_words}",
        )
    seen: set[str] = set()
    h2_seen = False
    for i, sec in enumerate(sections):
        target, name = section(i), f"«{excerpt(sec.heading, 40)}»"
        subheading = heading(i)  # a fault of the subheading itself, not of the text under it
        n = section_words(sections, i)
        if not s.section_min_words <= n <= s.section_max_words:
            fail(
                n,
                f"{s.section_min_words}–{s.section_max_words} words",
                target,
                f"{target} {name}: {n} words, write {s.section_min_words}–{s.section_max_words}",
            )
        key = normalise(sec.heading)
        if not key:
            fail("", "a heading", subheading, f"{subheading}: empty subheading, write one")
        elif key in seen:
            fail(
                sec.heading,
                "unique",
                subheading,
                f"{subheading} {name}: duplicate subheading, rename it",
            )
        elif len(sec.heading) > s.heading_max_chars:
            fail(
                len(sec.heading),
                f"≤ {s.heading_max_chars} chars",
                subheading,
                f"{subheading} {name}: subheading of {len(sec.heading)} characters, shorten it",
            )
        seen.add(key)
        h2_seen = h2_seen or sec.level == 2
        if sec.level >= 3 and not h2_seen:
            message = f"{subheading} {name}: H3 with no H2 above it"
            fail(f"H{sec.level}", "H2 above", subheading, message)
    if failures:
        return failures
    sizes = [section_words(sections, i) for i in range(len(sections))]
    summary = f"1 H1, {h2} H2, intro {intro} words, sections {min(sizes)}–{max(sizes)} words"
    return [Finding(ID, True, "hard", h2, f"≥ {s.min_h2} H2", summary)]

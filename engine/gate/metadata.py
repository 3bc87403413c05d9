"""`metadata`: title length, meta description length, a clean slug holding the keyphrase."""

from __future__ import annotations

import re

from engine.brief import Brief
from engine.config import Settings
from engine.gate.density import content_words
from engine.gate.findings import Finding
from engine.gate.parsed import ParsedArticle
from engine.gate.target import DESCRIPTION, SLUG, TITLE, Target
from engine.text import normalise

ID = "metadata"
_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


def check_metadata(parsed: ParsedArticle, brief: Brief, settings: Settings) -> list[Finding]:
    article, s = parsed.article, settings
    failures: list[Finding] = []

    def fail(value: object, expected: str, target: Target, message: str) -> None:
        failures.append(Finding(ID, False, "hard", value, expected, f"{target}: {message}", target))

    title = len(article.title)
    asked = brief.source.directives.title  # "Customize this title": the source's, to rewrite
    if not article.title.strip():
        fail(0, f"1–{s.title_max_chars} chars", TITLE, "no title: write one")
    elif asked and normalise(article.title) == normalise(asked):
        fail(title, "a title of its own", TITLE, "the source's title kept as is: customise it")
    elif title > s.title_max_chars:
        fail(title, f"1–{s.title_max_chars} chars", TITLE, f"{title} characters, shorten it")
    meta = len(article.description)
    meta_range = f"{s.meta_min_chars}–{s.meta_max_chars} chars"
    if not article.description.strip():
        fail(0, meta_range, DESCRIPTION, "no meta description (front matter `description:`)")
    elif not s.meta_min_chars <= meta <= s.meta_max_chars:
        fix = "shorten it" if meta > s.meta_max_chars else "lengthen it"
        fail(meta, meta_range, DESCRIPTION, f"{meta} characters, {fix}")
    slug = article.slug
    slug_rule = f"lowercase ASCII words and hyphens, ≤ {s.slug_max_chars} chars"
    if not slug:
        fail("", slug_rule, SLUG, "no slug (front matter `slug:`)")
    elif not _SLUG.fullmatch(slug) or len(slug) > s.slug_max_chars:
        fail(slug, slug_rule, SLUG, f"«{slug}» is not {slug_rule}")
    else:
        parts = set(slug.split("-"))
        missing = [k for k in content_words(parsed.keyphrase) if not _in_slug(k, parts)]
        if missing:
            words = ", ".join(sorted(min(k) for k in missing))
            fail(slug, "holds the keyphrase", SLUG, f"«{slug}» lacks the keyphrase's {words}")
    if failures:
        return failures
    summary = f"title {title} chars, description {meta} chars, slug «{slug}»"
    return [Finding(ID, True, "hard", title, f"≤ {s.title_max_chars} chars", summary)]


def _in_slug(keyword: frozenset[str], slug_words: set[str]) -> bool:
    return any(set(re.findall(r"[a-z0-9]+", form)) <= slug_words for form in keyword)

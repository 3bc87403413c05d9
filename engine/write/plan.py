"""The plan of an article: title, meta description, slug and the subheadings with budgets.

The model writes the plan as JSON; `parse_plan` accepts what small models really return (a JSON
object wrapped in prose or a code fence, numbers as strings) and repairs what can be repaired
without inventing anything. When nothing usable comes back, `fallback_plan` gives a neutral
outline, so a bad plan costs a repair round, never the whole run.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace

from engine.brief import Brief
from engine.config import Settings
from engine.output.article import slug_words, slugify

# The word budget: what the plan gives the intro and the sections, and the closing section.
INTRO_WORDS = 90
LAST_SECTION = "Ce qu'il faut retenir"


def body_target(min_words: int) -> int:
    """Words to plan for: the minimum plus a margin, since drafts come out short."""
    return round(min_words * 1.15)


@dataclass(frozen=True)
class PlannedSection:
    heading: str
    words: int
    facts: tuple[str, ...] = ()


@dataclass(frozen=True)
class Plan:
    title: str
    description: str
    slug: str
    sections: tuple[PlannedSection, ...]

    def with_meta(self, title: str | None = None, description: str | None = None) -> Plan:
        return replace(
            self,
            title=title if title is not None else self.title,
            description=description if description is not None else self.description,
        )


class PlanError(ValueError):
    """The model's plan could not be read."""


def first_json_object(text: str) -> dict:
    """The first JSON object in `text` (prose or code fences around it are ignored)."""
    start = text.find("{")
    while start >= 0:
        try:
            value, _ = json.JSONDecoder().raw_decode(text[start:])
        except ValueError:
            start = text.find("{", start + 1)
            continue
        if isinstance(value, dict):
            return value
        start = text.find("{", start + 1)
    raise PlanError("no JSON object in the model's answer")


def parse_plan(text: str, brief: Brief, settings: Settings) -> Plan:
    data = first_json_object(text)
    raw_sections = data.get("sections")
    if not isinstance(raw_sections, list):
        raise PlanError("the plan has no list of sections")
    sections = []
    seen: set[str] = set()
    for raw in raw_sections:
        if not isinstance(raw, dict):
            continue
        heading = _one_line(raw.get("heading", ""))
        if not heading or heading.lower() in seen:
            continue
        seen.add(heading.lower())
        facts = raw.get("facts") or []
        sections.append(
            PlannedSection(
                heading=_clipped(heading, settings.heading_max_chars),
                words=_budget(raw.get("words"), settings),
                facts=tuple(_one_line(f) for f in facts if isinstance(f, str) and f.strip()),
            )
        )
    if len(sections) < settings.min_h2:
        raise PlanError(f"the plan has {len(sections)} usable sections, {settings.min_h2} needed")
    sections = _fit_budgets(sections, brief.min_words, settings)
    title = _one_line(data.get("title", "")) or (brief.title or brief.keyphrase)
    description = _one_line(data.get("description", ""))
    slug = slugify(str(data.get("slug") or ""), settings.slug_max_chars)
    return Plan(title, description, slug or make_slug(brief.keyphrase, title, settings), sections)


def fallback_plan(brief: Brief, settings: Settings) -> Plan:
    """A neutral outline that invents nothing; title and description come from the source."""
    key = brief.keyphrase
    headings = [
        f"{key} : les faits",
        "Le contexte",
        f"{key} : les enjeux",
        "Les réactions et les suites",
        LAST_SECTION,
    ]
    count = max(len(headings), settings.min_h2)
    headings += [f"Point {i}" for i in range(len(headings) + 1, count + 1)]
    each = _budget(None, settings)
    sections = _fit_budgets([PlannedSection(h, each) for h in headings], brief.min_words, settings)
    title = brief.title or key
    return Plan(title, "", make_slug(key, title, settings), tuple(sections))


def parse_meta(text: str) -> tuple[str | None, str | None]:
    """Title and description from the meta step's JSON answer (None where absent)."""
    data = first_json_object(text)
    title = _one_line(data.get("title", "")) or None
    description = _one_line(data.get("description", "")) or None
    return title, description


def parse_headings(text: str, plan: Plan, settings: Settings) -> Plan:
    """The plan with the headings of the model's answer, when it gave one for each section."""
    headings = first_json_object(text).get("headings")
    if not isinstance(headings, list) or len(headings) != len(plan.sections):
        raise PlanError(f"expected {len(plan.sections)} headings")
    cleaned = [_clipped(_one_line(h), settings.heading_max_chars) for h in headings]
    if not all(cleaned) or len({h.lower() for h in cleaned}) != len(cleaned):
        raise PlanError("the headings are empty or repeated")
    sections = tuple(replace(s, heading=h) for s, h in zip(plan.sections, cleaned, strict=True))
    return replace(plan, sections=sections)


def make_slug(keyphrase: str, title: str, settings: Settings) -> str:
    """The title's words in their order (function words out, each once) within the slug limit,
    the keyphrase's kept; the keyphrase's own words when the title does not hold them all.
    Never the keyphrase glued before the title: its words stand where the title says them."""
    keep = slug_words(keyphrase)
    words = title if set(keep) <= set(slug_words(title)) else keyphrase
    return slugify(words, settings.slug_max_chars, keep=keep)


def _clipped(heading: str, limit: int) -> str:
    """A heading within `limit` characters, cut between words: a heading cut inside a word
    claims what its words never said (« depuis 2013 » cut to « depuis 201 », a number the source
    does not give)."""
    if len(heading) <= limit:
        return heading
    cut = heading[: limit + 1]
    cut = cut.rsplit(" ", 1)[0] if " " in cut else heading[:limit]
    return cut.rstrip(" ,;:–—-").rstrip()


def _one_line(value: object) -> str:
    text = re.sub(r"\s+", " ", str(value)).strip()
    return text.strip("#*").strip()


def _budget(value: object, settings: Settings) -> int:
    low, high = settings.section_words()
    try:
        words = int(float(str(value)))
    except (TypeError, ValueError):
        words = (low + high) // 2
    return min(max(words, low), high)


def _fit_budgets(
    sections: list[PlannedSection], min_words: int, settings: Settings
) -> tuple[PlannedSection, ...]:
    """Scale section budgets so intro + sections reach the target, within section limits."""
    target = body_target(min_words) - INTRO_WORDS
    total = sum(s.words for s in sections)
    if total >= target:
        return tuple(sections)
    scale = target / total
    high = settings.section_words()[1]
    return tuple(replace(s, words=min(round(s.words * scale), high)) for s in sections)

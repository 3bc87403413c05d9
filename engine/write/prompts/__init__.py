"""Versioned French prompt templates, and the messages Plume sends for each step.

Every call starts with the same system message (rules, keyphrase, facts, source), and section
calls share the plan and the text already written, so llama.cpp evaluates only the new tail.
Templates are `$name` placeholders (string.Template) in files named `<step>.<version>.txt`.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from importlib.resources import files
from string import Template
from typing import TYPE_CHECKING

from engine.brief.facts import listed
from engine.text.lexicon import tagged
from engine.write.plan import INTRO_WORDS, body_target

if TYPE_CHECKING:
    from engine.brief import Brief
    from engine.config import Settings
    from engine.write.plan import Plan

VERSIONS = {
    "system": "v1",
    "plan": "v1",
    "intro": "v1",
    "section": "v1",
    "meta": "v1",
    "headings": "v1",
}
FACT_LABELS = tagged("fact_kinds")  # the fact list's kinds in French
TITLE_HINT = " Le titre à personnaliser est « $title »."
KEYPHRASE_HINT = "Emploie l'expression « $keyphrase » une ou deux fois, naturellement."
FEEDBACK_HEADER = "À corriger par rapport à la version précédente :"
# A review finding (a doubt, never blocking) rides along once with a part regenerated anyway.
REVIEW_HINT = "À vérifier, sans certitude (ne change que si la source dit autre chose) : "


@cache
def template(step: str) -> Template:
    name = f"{step}.{VERSIONS[step]}.txt"
    return Template(files(__package__).joinpath(name).read_text(encoding="utf-8"))


def fixed_texts() -> tuple[str, ...]:
    """Every text Plume writes into a prompt, placeholders left as `$name`: what a model may
    echo back (see `engine.write.leaks`)."""
    templates = tuple(template(step).template for step in VERSIONS)
    return (*templates, TITLE_HINT, KEYPHRASE_HINT, FEEDBACK_HEADER, REVIEW_HINT)


def render(step: str, **values: object) -> str:
    """The template of `step` with every placeholder filled (a missing one is a KeyError)."""
    return template(step).substitute(values)


def system_prompt(brief: Brief) -> str:
    shown = listed(brief.facts, brief.source.text)
    facts = "\n".join(f"- {FACT_LABELS[f.kind]} : {f.text}" for f in shown)
    return render(
        "system",
        keyphrase=brief.keyphrase,
        facts=facts or "- (aucun fait chiffré ni citation)",
        source=brief.source.text,
    )


def plan_prompt(brief: Brief, settings: Settings) -> str:
    title_hint = ""
    if brief.title:
        title_hint = Template(TITLE_HINT).substitute(title=brief.title)
    sections = max(settings.min_h2 + 1, 4)
    return render(
        "plan",
        min_words=brief.min_words,
        title_hint=title_hint,
        keyphrase=brief.keyphrase,
        title_max=settings.title_max_chars,
        meta_min=settings.meta_min_chars,
        meta_max=settings.meta_max_chars,
        min_sections=sections,
        max_sections=sections + 2,
        heading_max=min(settings.heading_max_chars, 60),
        section_min=max(settings.section_min_words, 80),
        section_max=min(settings.section_max_words, 250),
        body_words=body_target(brief.min_words),
    )


def intro_prompt(plan: Plan, brief: Brief, feedback: Sequence[str] = ()) -> str:
    return render(
        "intro",
        outline=outline(plan),
        title=plan.title,
        words=INTRO_WORDS,
        keyphrase=brief.keyphrase,
        feedback=_feedback(feedback),
    )


def section_prompt(
    plan: Plan,
    index: int,
    written: str,
    brief: Brief,
    feedback: Sequence[str] = (),
) -> str:
    section = plan.sections[index]
    hint = ""
    if brief.keyphrase.lower() in section.heading.lower() or index == 0:
        hint = Template(KEYPHRASE_HINT).substitute(keyphrase=brief.keyphrase)
    return render(
        "section",
        outline=outline(plan),
        written=written or "(rien pour l'instant)",
        index=index + 1,
        count=len(plan.sections),
        heading=section.heading,
        words=section.words,
        facts="; ".join(section.facts) if section.facts else "aucun fait nouveau",
        keyphrase_hint=hint,
        feedback=_feedback(feedback),
    )


def meta_prompt(plan: Plan, brief: Brief, settings: Settings, feedback: Sequence[str] = ()) -> str:
    return render(
        "meta",
        outline=outline(plan),
        keyphrase=brief.keyphrase,
        title_max=settings.title_max_chars,
        meta_min=settings.meta_min_chars,
        meta_max=settings.meta_max_chars,
        feedback=_feedback(feedback),
    )


def headings_prompt(
    plan: Plan, brief: Brief, settings: Settings, feedback: Sequence[str] = ()
) -> str:
    return render(
        "headings",
        outline=outline(plan),
        count=len(plan.sections),
        heading_max=min(settings.heading_max_chars, 60),
        keyphrase=brief.keyphrase,
        feedback=_feedback(feedback),
    )


def outline(plan: Plan) -> str:
    lines = [f"Titre : {plan.title}"]
    lines += [f"{i}. {s.heading} ({s.words} mots)" for i, s in enumerate(plan.sections, 1)]
    return "\n".join(lines)


def _feedback(items: Sequence[str]) -> str:
    if not items:
        return ""
    return f"\n{FEEDBACK_HEADER}\n" + "\n".join(f"- {item}" for item in items)

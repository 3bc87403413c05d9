"""Exact renders of every prompt template: a change to a prompt shows up as a diff here."""

from __future__ import annotations

from pathlib import Path

import pytest

from engine.brief import Brief, Fact, Facts
from engine.brief.source import Source
from engine.config import Settings
from engine.write.plan import Plan, PlannedSection
from engine.write.prompts import (
    VERSIONS,
    headings_prompt,
    intro_prompt,
    meta_prompt,
    plan_prompt,
    section_prompt,
    system_prompt,
    template,
)

EXPECTED = Path(__file__).parent / "data" / "prompts"

BRIEF = Brief(
    keyphrase="OTAN voisinage sud",
    min_words=700,
    title="L’OTAN envisage de s’implanter",
    facts=Facts(
        (
            Fact("date", "9 au 11 juillet", "9-11 juillet"),
            Fact("quotation", "« Nous espérons voir des conclusions ambitieuses »", "x"),
        )
    ),
    source=Source(title="Titre source", paragraphs=("Premier paragraphe.", "Second paragraphe.")),
)
PLAN = Plan(
    "OTAN voisinage sud : la stratégie",
    "desc",
    "otan-voisinage-sud",
    (
        PlannedSection("OTAN voisinage sud : le sommet", 150, ("9 au 11 juillet",)),
        PlannedSection("Les enjeux", 120),
    ),
)
WRITTEN = "Intro.\n\n## OTAN voisinage sud : le sommet\n\nTexte."
FEEDBACK = ("La section est trop courte : 25 mots, 40 au moins.",)

RENDERS = {
    "system": lambda: system_prompt(BRIEF),
    "plan": lambda: plan_prompt(BRIEF, Settings()),
    "intro": lambda: intro_prompt(PLAN, BRIEF),
    "section": lambda: section_prompt(PLAN, 1, WRITTEN, BRIEF, FEEDBACK),
    "meta": lambda: meta_prompt(PLAN, BRIEF, Settings()),
    "headings": lambda: headings_prompt(PLAN, BRIEF, Settings(), FEEDBACK),
}


@pytest.mark.parametrize("step", sorted(RENDERS))
def test_exact_render(step: str) -> None:
    expected = (EXPECTED / f"{step}.txt").read_text(encoding="utf-8")
    assert RENDERS[step]() == expected


def test_every_versioned_template_is_rendered_here() -> None:
    assert set(VERSIONS) == set(RENDERS)
    for step in VERSIONS:
        assert template(step).template  # the file exists and is not empty


def test_section_calls_share_a_growing_prefix() -> None:
    """The text already written precedes the task, so call n+1 extends call n's prefix."""
    first = section_prompt(PLAN, 0, "Intro.", BRIEF)
    second = section_prompt(PLAN, 1, WRITTEN, BRIEF)
    shared = first[: first.index("\n\nTÂCHE")]
    assert second.startswith(shared)


def test_first_section_asks_for_the_keyphrase() -> None:
    assert "Emploie l'expression « OTAN voisinage sud »" in section_prompt(PLAN, 0, "", BRIEF)
    assert "Emploie l'expression" not in section_prompt(PLAN, 1, WRITTEN, BRIEF)

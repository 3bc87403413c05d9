"""A nationality said of anyone or anything (engine.gate.claims.roles.nationality_swaps): one
nationality or country in for the one the restated source sentence gives, and none other, is
swapped; the same nationality in another form, or one the source sentence also gives, is not.

A source of our own; each distortion edits one sentence of an honest rewrite.
"""

from __future__ import annotations

import pytest

from engine.gate.findings import Finding
from scripts.fidelity_eval import CaseFile, Variant, brief_of, edited, fidelity

SOURCE = """Sciences : une comète observée depuis le Chili

Une astronome amateur argentine a repéré une comète le 3 mars. L'Observatoire européen austral, \
installé au Chili, a confirmé la découverte. Une équipe japonaise suit désormais son orbite \
chaque nuit depuis un télescope de montagne. Selon l'Agence spatiale canadienne, la comète sera \
visible à l'œil nu en mai."""

HONEST = """Une comète découverte par une amatrice

Le 3 mars, une astronome amateur argentine a repéré une comète. L'Observatoire européen austral, \
installé au Chili, a confirmé la découverte. Chaque nuit, une équipe japonaise suit désormais son \
orbite depuis un télescope de montagne. Selon l'Agence spatiale canadienne, la comète sera visible \
à l'œil nu en mai."""


def variant(find: str, replace: str) -> Variant:
    return Variant("nationality", 0, "nationality", find, replace)


CASE = CaseFile("nationality", SOURCE, HONEST, ())
DISTORTIONS = [
    variant("une astronome amateur argentine", "une astronome amateur chilienne"),
    variant("une équipe japonaise", "une équipe chinoise"),
    variant("l'Agence spatiale canadienne", "l'Agence spatiale américaine"),
]
HONEST_VARIANTS = [
    variant("une astronome amateur argentine", "une Argentine, astronome amateur,"),
    variant("installé au Chili", "installé en territoire chilien"),
    variant("une équipe japonaise", "une équipe venue du Japon"),
    # a continent holds its countries: a Japanese team is an Asian one
    variant("une équipe japonaise", "une équipe asiatique"),
]
_BRIEF = []


def findings(text: str) -> list[Finding]:
    if not _BRIEF:
        _BRIEF.append(brief_of(CASE))
    return [f for f in fidelity(text, _BRIEF[0]) if not f.passed and f.rule == "roles"]


def test_the_honest_rewrite_draws_no_nationality_finding() -> None:
    assert [f.message for f in findings(HONEST)] == []


@pytest.mark.parametrize("v", DISTORTIONS, ids=[v.replace for v in DISTORTIONS])
def test_another_nationality_is_a_hard_finding(v: Variant) -> None:
    found = findings(edited(CASE, v))
    assert [f.severity for f in found] == ["hard"], [f.message for f in found]
    assert "where the source says" in found[0].message


@pytest.mark.parametrize("v", HONEST_VARIANTS, ids=[v.replace for v in HONEST_VARIANTS])
def test_the_same_nationality_in_another_form_draws_nothing(v: Variant) -> None:
    assert [f.message for f in findings(edited(CASE, v))] == []

"""Time and certainty (engine.gate.slots.modality), by meaning class: an expectation given as a
certainty (« tablent sur » → « ont confirmé »), what can happen
given as what happens, what is feared given as what will happen.

A source of our own and an honest rewrite; each distortion changes the certainty of one
predicate and must draw the `modality` finding that names it; each honest variant keeps it
in other words and must draw none.
"""

from __future__ import annotations

import pytest

from engine.gate.claims import ON_PROBATION
from scripts.fidelity_eval import Variant
from tests.pairs import Pairs

SOURCE = """Lyon : le tramway prolongé jusqu'à Vénissieux

Les élus de la métropole tablent sur une mise en service de la ligne prolongée en 2026. \
Le maire de Vénissieux a confirmé le tracé définitif de la ligne devant le conseil municipal. \
La ligne actuelle semblait alors saturée aux heures de pointe du matin. \
Les nouvelles rames peuvent transporter jusqu'à trois cents passagers aux heures de pointe. \
Les commerçants de l'avenue redoutent un effondrement de leur chiffre d'affaires pendant les \
travaux. \
Les travaux permettent aux riverains de découvrir le futur tracé des rails."""

HONEST = """Le tramway lyonnais prolongé jusqu'à Vénissieux

Les élus de la métropole espèrent une mise en service de la ligne prolongée en 2026. \
Devant le conseil municipal, le maire de Vénissieux a confirmé le tracé définitif de la ligne. \
La ligne actuelle paraissait alors saturée aux heures de pointe du matin. \
Les nouvelles rames peuvent transporter jusqu'à trois cents passagers aux heures de pointe. \
Les commerçants de l'avenue craignent un effondrement de leur chiffre d'affaires pendant les \
travaux. \
Les travaux font découvrir aux riverains le futur tracé des rails."""

PAIRS = Pairs("modality", SOURCE, HONEST)


def variant(kind: str, find: str, replace: str, fails: str | None = None,
            severity: str | None = None) -> Variant:  # fmt: skip
    """A one-edit variant; `severity` (kept in `warns`): what its finding must be."""
    return Variant("modality", 0, kind, find, replace, fails, severity)


DISTORTIONS = [
    variant("expectation made certain", "Les élus de la métropole espèrent",
            "Les élus de la métropole ont confirmé",
            "gives as certain («confirmer») what the source only expects («tabler»)", "hard"),
    variant("can made a fact", "Les nouvelles rames peuvent transporter",
            "Les nouvelles rames transportent",
            "states as a fact («transporter») what the source says can happen", "review"),
    variant("feared made certain",
            "Les commerçants de l'avenue craignent un effondrement de leur chiffre d'affaires",
            "Le chiffre d'affaires des commerçants de l'avenue va s'effondrer",
            "gives as certain («effondrer») what the source only fears", "hard"),
]  # fmt: skip
HONEST_VARIANTS = [
    variant("expectation", "Les élus de la métropole espèrent",
            "Les élus de la métropole prévoient"),
    variant("confirmed", "a confirmé le tracé définitif", "a validé le tracé définitif"),
    variant("can", "Les nouvelles rames peuvent transporter",
            "Les nouvelles rames sont capables de transporter"),
    variant("feared", "Les commerçants de l'avenue craignent un effondrement",
            "Les commerçants de l'avenue redoutent une chute"),
]  # fmt: skip


def test_the_honest_rewrite_draws_no_modality_finding() -> None:
    assert [f.message for f in PAIRS.findings(HONEST, "modality")] == []


@pytest.mark.parametrize("v", DISTORTIONS, ids=[v.kind for v in DISTORTIONS])
def test_a_certainty_changed_is_flagged_and_named(v: Variant) -> None:
    severity = "review" if "modality" in ON_PROBATION else v.warns  # what the rule gives it
    found = PAIRS.edited(v, "modality")
    assert [f.severity for f in found] == [severity], [f.message for f in found]
    assert str(v.fails) in found[0].message


@pytest.mark.parametrize("v", HONEST_VARIANTS, ids=[v.kind for v in HONEST_VARIANTS])
def test_the_same_certainty_in_other_words_draws_no_modality_finding(v: Variant) -> None:
    assert [f.message for f in PAIRS.edited(v, "modality")] == []

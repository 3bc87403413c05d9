"""Tense against the calendar (engine.gate.claims.tense): a future for what the source dates
before its own date.

A dated source of our own and an honest rewrite; each distortion puts in the future a fact the
source dates on or before its dateline and must draw the hard `tense` finding; each honest
variant says a future the source dates after its dateline, or a past, and must draw none.
"""

from __future__ import annotations

import pytest

from scripts.fidelity_eval import Variant
from tests.pairs import Pairs

SOURCE = """Vannes : un nouveau stade pour la finale régionale

14 mars 2021. – Le nouveau stade de Vannes a été inauguré le 12 mars par le maire de la ville, \
Paul Le Gall. La finale régionale de football s'y jouera le 20 mars devant huit mille \
spectateurs. Le club de Vannes s'est offert les services d'un attaquant brésilien en \
février 2021."""

HONEST = """Un nouveau stade à Vannes

Le maire de Vannes, Paul Le Gall, a ouvert le nouveau stade de la ville le 12 mars. La finale \
régionale de football y sera disputée le 20 mars devant huit mille spectateurs. Le club de Vannes \
a recruté un attaquant brésilien en février 2021."""


PAIRS = Pairs("tense", SOURCE, HONEST)
variant = PAIRS.variant
DISTORTIONS = [
    variant("tense", "a ouvert le nouveau stade", "ouvrira le nouveau stade",
            "puts in the future («ouvrir») what the source dates before its own date («12 mars»)"),
    variant("tense", "a recruté un attaquant", "recrutera un attaquant",
            "puts in the future («recruter») what the source dates before its own date"),
]  # fmt: skip
HONEST_VARIANTS = [
    variant("future after the dateline", "y sera disputée le 20 mars", "se jouera le 20 mars"),
    variant("past", "a ouvert le nouveau stade", "a inauguré le nouveau stade"),
    variant("hedged", "a recruté un attaquant", "pourrait recruter un attaquant"),
]  # fmt: skip


def test_the_honest_rewrite_draws_no_tense_finding() -> None:
    assert PAIRS.findings(HONEST, "tense") == []


@pytest.mark.parametrize("v", DISTORTIONS, ids=[v.replace for v in DISTORTIONS])
def test_a_future_for_a_fact_dated_before_the_dateline_is_hard(v: Variant) -> None:
    found = PAIRS.edited(v, "tense")
    assert [f.severity for f in found] == ["hard"], [f.message for f in found]
    assert str(v.fails) in found[0].message


@pytest.mark.parametrize("v", HONEST_VARIANTS, ids=[v.kind for v in HONEST_VARIANTS])
def test_a_future_after_the_dateline_or_a_past_draws_no_tense_finding(v: Variant) -> None:
    assert [f.message for f in PAIRS.edited(v, "tense")] == []

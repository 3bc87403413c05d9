"""A quotation given to no one by name but to an organisation (engine.gate.claims.speakers):
« Selon le porte-parole de Météo-France, « … » » where the source's speaker is the SNCF's
spokeswoman is a review; the speaker's own organisation, or her name, draws nothing."""

from __future__ import annotations

import pytest

from tests.pairs import Pairs

SOURCE = """Finistère : la tempête coupe les voies ferrées

4 février 2025. – Selon Marie Kerbrat, porte-parole de la SNCF, « les trains reprendront lundi \
entre Brest et Quimper ». Météo-France a placé le Finistère en vigilance orange jusqu'à dimanche. \
Des arbres sont tombés sur les voies près de Landerneau."""

HONEST = """Tempête : les trains à l'arrêt dans le Finistère

Des arbres sont tombés sur les voies près de Landerneau. Météo-France a placé le Finistère en \
vigilance orange jusqu'à dimanche. Selon Marie Kerbrat, porte-parole de la SNCF, « les trains \
reprendront lundi entre Brest et Quimper »."""

PAIRS = Pairs("voice", SOURCE, HONEST)
FIND = "Selon Marie Kerbrat, porte-parole de la SNCF,"


def test_a_quotation_given_to_another_organisation_is_a_review() -> None:
    v = PAIRS.variant("quotation", FIND, "Selon le porte-parole de Météo-France,")
    found = PAIRS.edited(v, "quotations")
    assert [(f.severity, "to Météo-France" in f.message) for f in found] == [("review", True)]


@pytest.mark.parametrize(
    "replace", ["D'après la porte-parole de la SNCF,", "Selon Marie Kerbrat,", "Pour la SNCF,"]
)
def test_the_speaker_or_her_organisation_draws_nothing(replace: str) -> None:
    v = PAIRS.variant("honest", FIND, replace)
    assert [f.message for f in PAIRS.edited(v, "quotations")] == []

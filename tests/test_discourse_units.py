"""A small number in words whose unit the source never counts in is the article's discourse
(« l'argument tient en deux points » where the source gives no points), not a measure the source
lacks; where the source does count in that unit, another number of it stays a finding."""

from __future__ import annotations

import pytest

from tests.pairs import Pairs, blocking

SOURCE = """Justice : le maire de Valbourg conteste sa condamnation

3 mai 2022. – Le maire de Valbourg, Paul Girard, a fait appel lundi de sa condamnation pour \
favoritisme. Il affirme que le marché public avait été attribué selon les règles et que les faits \
remontent à 2015. Son avocat estime que la procédure a duré trop longtemps."""

HONEST = """Paul Girard, maire de Valbourg, a fait appel lundi de sa condamnation pour \
favoritisme. Sa défense tient en deux points : le marché aurait été attribué selon les \
règles, et les faits remontent à 2015. Son avocat juge aussi la procédure trop longue."""

PAIRS = Pairs("discourse-units", SOURCE, HONEST)


@pytest.mark.parametrize(
    "replace",
    [
        "Sa défense tient en deux points",
        "Sa défense repose sur trois points",
        "Son argument se résume en deux points",
    ],
)
def test_points_the_source_never_counts_are_discourse(replace: str) -> None:
    variant = PAIRS.variant("honest: meta-discourse", "Sa défense tient en deux points", replace)
    assert PAIRS.edited(variant, "figures") == []


SCORE = """Football : Valbourg reprend la tête

3 mai 2022. – Valbourg a battu Orly 2-0 dimanche et compte désormais 3 points d'avance sur son \
poursuivant, à quatre journées de la fin du championnat."""

SCORE_HONEST = """Vainqueur d'Orly 2-0 dimanche, Valbourg compte désormais 3 points d'avance sur \
son poursuivant, à quatre journées de la fin."""

LEAD = Pairs("score-points", SCORE, SCORE_HONEST)


def test_points_the_source_counts_stay_a_figure() -> None:
    variant = LEAD.variant("number changed", "3 points d'avance", "deux points d'avance")
    found = LEAD.edited(variant, "figures")
    assert [f.severity for f in found] == [blocking("figures")]

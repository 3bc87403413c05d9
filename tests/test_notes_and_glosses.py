"""Two readings of ordinary typography: a note's call in square brackets (« … » [1]) is no
figure of the source, and a parenthesis after a name glosses it, no item of a list (« les
catégories B (activité réduite longue) et D (chômeurs en formation) » lists two)."""

from __future__ import annotations

import pytest

from engine.brief.figures import figures
from tests.pairs import Sentences


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        ("« Un investissement pour le futur » [1] , explique-t-il.", []),
        ("selon le rapport [12].", []),
        ("les 3 [1] candidats", ["3"]),
        ("la liste [2016] des", ["2016"]),
        ("le groupe [1, 2] et", ["1", "2"]),
    ],
)
def test_a_note_call_is_no_figure(text: str, keys: list[str]) -> None:
    assert [f.key for f in figures(text)] == keys


SOURCE = """Chômage : hausse des inscrits

26 décembre 2016. – La catégorie A baisse de 31 800 personnes. Pourtant, les catégories B \
(activité réduite longue) et D (chômeurs en formation) connaissent une importante hausse du \
nombre d'inscrits. Le total repart à la hausse après deux mois de baisse."""

GLOSS = Sentences("gloss", SOURCE, "Chômage : hausse des inscrits")


def test_a_count_of_a_list_whose_names_are_glossed() -> None:
    GLOSS.draws_nothing(
        "Deux catégories connaissent une importante hausse du nombre d'inscrits.", "figures"
    )

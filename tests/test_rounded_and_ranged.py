"""Three readings of figures said the way a newsroom rounds or shares them: a range whose
thousands are said once (« 10 à 20 000 combattants » runs from 10 000), a duration rounded to its
last unit by a comparator (« un peu moins d'une heure et quatre minutes » for 1 h 03 min 45 s),
a time of day rounded to its hour (« peu après 16 heures » for « vers 16 h 10 »). The same
forms with a value the source does not give are still flagged."""

from __future__ import annotations

import pytest

from engine.brief.figures import figures
from tests.pairs import Sentences, each


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        ("Il compterait 10 à 20 000 combattants.", ["10000", "20000"]),
        ("entre 10 et 20 000 morts", ["10000", "20000"]),
        ("le 12, 15 000 personnes", ["12", "15000"]),  # a comma joins no range
        ("de 30 à 20 000", ["30", "20000"]),  # a bound above the last is no share of it
        ("entre 10 et 20 500 morts", ["10", "20500"]),
    ],
)
def test_thousands_said_once_for_a_range(text: str, keys: list[str]) -> None:
    assert [f.key for f in figures(text)] == keys


NOSRA = Sentences(
    "nosra",
    "Le Front al-Nosra\n\n20 juin 2017. – Apparu en 2012, le Front al-Nosra compterait aujourd'hui "
    "10 à 20 000 combattants selon les experts.",
    "Le Front al-Nosra",
)
RACE = Sentences(
    "race",
    "Triathlon de Deauville\n\n3 juin 2018. – Sabrina Godard-Monmarteau a franchi la ligne en tête "
    "en une heure, trois minutes et quarante-cinq secondes.",
    "Triathlon de Deauville",
)
TRAIN = Sentences(
    "train",
    "Collision à Millas\n\n14 décembre 2017. – Vers 16 h 10, un train régional a percuté un car "
    "scolaire sur un passage à niveau près de Millas.",
    "Collision à Millas",
)
CASES = {
    "nosra": NOSRA,
    "race": RACE,
    "train": TRAIN,
}
TRUE = [
    ("nosra", "Le Front al-Nosra compterait entre dix mille et vingt mille combattants."),
    ("nosra", "Le Front al-Nosra compterait de 10 000 à 20 000 combattants selon les experts."),
    ("race", "Elle a franchi la ligne en un peu moins d'une heure et quatre minutes."),
    ("race", "Elle a franchi la ligne en un peu plus d'une heure."),
    ("train", "Peu après 16 heures, un train régional a percuté un car scolaire à Millas."),
    ("train", "Vers 16 heures, un train régional a percuté un car scolaire à Millas."),
]


@each(TRUE, ids=lambda case: case[1][:40])
def test_a_rounded_or_shared_figure_is_the_sources(case: tuple[str, str]) -> None:
    CASES[case[0]].draws_nothing(case[1], ("figures", "missing"))


CHANGED = [
    ("nosra", "Le Front al-Nosra compterait entre trente mille et quarante mille combattants."),
    ("race", "Elle a franchi la ligne en un peu moins d'une heure et six minutes."),
    ("race", "Elle a franchi la ligne en un peu plus d'une heure et quatre minutes."),
    ("train", "Peu après 17 heures, un train régional a percuté un car scolaire à Millas."),
    ("train", "Peu avant 16 heures, un train régional a percuté un car scolaire à Millas."),
]


@each(CHANGED, ids=lambda case: case[1][:40])
def test_the_same_form_another_value_is_flagged(case: tuple[str, str]) -> None:
    CASES[case[0]].draws(case[1], "figures", "hard", "not in the source")

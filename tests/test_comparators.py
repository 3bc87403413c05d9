"""Comparators (lexicon/comparators.txt, read with each figure): a bound said another way.

A source of our own gives its figures with « jusqu'à » (a cap) and « pas moins de » (a floor);
an honest rewrite says them otherwise; a distortion turns a floor into a cap, and must draw the
hard finding that names the opposite bound. (A duration, « jusqu'à 6 minutes », is judged whole by
engine.gate.claims.measures, which does not compare its bound yet.)
"""

from __future__ import annotations

from tests.pairs import Case, Pairs, each

SOURCE = """Saint-Malo : les horloges du port déréglées

Depuis la mi-janvier, les horloges du port de Saint-Malo peuvent accuser jusqu'à 6 minutes de \
retard sur l'heure officielle. Les techniciens de la capitainerie ont relevé pas moins de 40 \
pannes du réseau électrique du port depuis le début de l'hiver."""

HONEST = """Les horloges du port de Saint-Malo déréglées

Depuis la mi-janvier, les horloges du port de Saint-Malo retardent parfois, de six minutes au \
maximum, sur l'heure officielle. Depuis le début de l'hiver, les techniciens de la capitainerie \
ont relevé au moins 40 pannes du réseau électrique du port."""

PAIRS = Pairs("comparators", SOURCE, HONEST)
DISTORTIONS = [
    PAIRS.variant("comparative", "ont relevé au moins 40 pannes", "ont relevé moins de 40 pannes",
                  "says «moins de» 40"),
    PAIRS.variant("comparative", "ont relevé au moins 40 pannes", "ont relevé au plus 40 pannes",
                  "says «moins de» 40"),
]  # fmt: skip


def test_the_honest_rewrite_draws_no_figure_finding() -> None:
    PAIRS.draws_nothing(HONEST, "figures", "hard")


@each(DISTORTIONS)
def test_a_cap_turned_into_a_floor_or_back_is_hard(case: Case) -> None:
    PAIRS.draws(case, "figures", "hard")


# « un minimum de » is a floor, « un maximum de » a cap (« sur un minimum de 150 000 demandés »).
CRECHE = Pairs(
    "creche",
    """Lille : une crèche ouvre ses portes

4 mars 2025. – La nouvelle crèche du quartier de Wazemmes accueillera un minimum de 30 enfants \
dès la rentrée. Chaque groupe comptera un maximum de 8 enfants par adulte.""",
)
CRECHE_TITLE = "Lille : une crèche ouvre ses portes\n\n"
FLOOR_OR_CAP_TURNED = [
    "La nouvelle crèche du quartier de Wazemmes accueillera un maximum de 30 enfants dès la "
    "rentrée.",
    "Chaque groupe comptera un minimum de 8 enfants par adulte.",
]
FLOOR_OR_CAP_KEPT = [
    "La nouvelle crèche du quartier de Wazemmes accueillera au moins 30 enfants dès la rentrée.",
    "Chaque groupe comptera au plus 8 enfants par adulte.",
    "Chaque groupe comptera au maximum 8 enfants par adulte.",
]


@each(FLOOR_OR_CAP_TURNED)
def test_a_minimum_turned_into_a_maximum_or_back_is_hard(case: str) -> None:
    CRECHE.draws(CRECHE_TITLE + case, "figures", "hard", fragment="the source the opposite")


@each(FLOOR_OR_CAP_KEPT)
def test_a_minimum_or_a_maximum_said_another_way_draws_nothing(case: str) -> None:
    CRECHE.draws_nothing(CRECHE_TITLE + case, "figures")

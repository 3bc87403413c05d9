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

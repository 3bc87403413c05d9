"""Comparatives turned the other way (engine.gate.slots.comparatives): « mineure » for the
source's « majeure », « derrière » for « devant », « en moins » for « en plus » (« inférieur »
for « supérieur » on one theme is engine.gate.claims.direction's, hard).

A source of our own and an honest rewrite; each distortion turns one comparative and must draw
the `comparatives` review that names both words; each honest variant says the same side in
other words, or both sides as the source does, and must draw none.
"""

from __future__ import annotations

from tests.pairs import Case, Pairs, each

SOURCE = """Grenoble : le nouveau téléphérique de la Bastille

Le nouveau téléphérique transporte un nombre de passagers supérieur à celui de l'ancien. \
Sa fréquentation place la Bastille devant le musée de Grenoble au classement des sites visités. \
Les cabines offrent la même vue que les anciennes, avec le chauffage en plus. \
Le prix du billet reste inférieur à celui du tramway de la ville. \
Une panne majeure a immobilisé les cabines pendant deux jours en mars."""

HONEST = """Le nouveau téléphérique de la Bastille, à Grenoble

Le nouveau téléphérique transporte un nombre de passagers supérieur à celui de l'ancien. \
Avec cette fréquentation, la Bastille passe devant le musée de Grenoble au classement des sites \
visités. \
Les cabines offrent la même vue que les anciennes, avec le chauffage en plus. \
Le billet reste moins cher que celui du tramway de la ville. \
En mars, une panne majeure a immobilisé les cabines pendant deux jours."""

PAIRS = Pairs("comparatives", SOURCE, HONEST)
variant = PAIRS.variant
DISTORTIONS = [
    variant("comparative turned", "une panne majeure", "une panne mineure",
            "says «mineure» where the source says «majeure»"),
    variant("comparative turned", "la Bastille passe devant le musée",
            "la Bastille passe derrière le musée",
            "says «derrière» where the source says «devant»"),
    variant("comparative turned", "avec le chauffage en plus.", "avec le chauffage en moins.",
            "says «en moins» where the source says «en plus»"),
]  # fmt: skip
HONEST_VARIANTS = [
    # the same side in other words: « devancer » places its subject ahead
    variant("verb of the same side", "la Bastille passe devant le musée de Grenoble",
            "la Bastille devance le musée de Grenoble"),
    # the passive turns it: « devancé par » is behind
    variant("passive", "la Bastille passe devant le musée de Grenoble",
            "le musée de Grenoble est devancé par la Bastille"),
    # « en plus de »: besides, no side
    variant("besides", "avec le chauffage en plus.", "en plus du chauffage."),
]  # fmt: skip


def test_the_honest_rewrite_draws_no_comparatives_finding() -> None:
    PAIRS.draws_nothing(HONEST, "comparatives")


@each(DISTORTIONS)
def test_a_comparative_turned_the_other_way_is_a_review(case: Case) -> None:
    PAIRS.draws_one(case, "comparatives", "review")


@each(HONEST_VARIANTS, "kind")
def test_the_same_side_said_another_way_draws_no_comparatives_finding(case: Case) -> None:
    PAIRS.draws_nothing(case, "comparatives")

"""Round 26 (F26C): « seul » restating a contrast the source draws — readings of honest-r36,
pairs of our own.

Every sentence here is written for this file, against a small source of our own; none is a
corpus sentence.

« La compagnie rapatrie ses trois bateaux de pêche tout en laissant sur place un navire de
secours »: « tout en laissant (gardant, conservant, maintenant) » draws a contrast, as « sauf »
does, and the group named first is the only one the act concerns (« seuls les bateaux de pêche
rentrent »). Where the source draws no contrast (« le club a recruté deux attaquants »), « seuls
les attaquants » is still a review.
"""

from __future__ import annotations

from tests.pairs import Case, Sentences, each

FLEET = Sentences(
    "fleet26",
    """Pêche : la flotte rentre au port

4 février 2024. – La compagnie rapatrie ses trois bateaux de pêche tout en laissant sur place \
un navire de secours et deux remorqueurs. Le club de Brest a recruté deux attaquants pour la \
saison.""",
    "La flotte rentre au port",
)

CONTRASTED = [
    "Seuls les bateaux de pêche sont donc rapatriés par la compagnie.",
    "La compagnie rapatrie ses seuls bateaux de pêche, tout en laissant sur place deux "
    "remorqueurs.",
]

UNCONTRASTED: list[Case] = [
    ("Le club de Brest a recruté ses seuls attaquants pour la saison.", "«attaquant»"),
]


@each(CONTRASTED)
def test_only_the_group_of_a_contrast_is_no_widening(case: Case) -> None:
    FLEET.draws_nothing(case, "scope")


@each(UNCONTRASTED)
def test_only_where_the_source_draws_no_contrast_is_still_a_review(case: Case) -> None:
    FLEET.draws(case, "scope", "review")

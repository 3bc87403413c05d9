"""Round 26 (F26C): « pour le moment » on a past fact — readings of honest-r36, pairs of our own.

Every sentence here is written for this file, against a small source of our own; none is a
corpus sentence.

« Pour le moment, 200 hectares ont brûlé »: what has happened so far, told in the passé composé,
is stated true without its « pour le moment » (« 200 hectares ont brûlé », « de 150 à 200
hectares brûlés »), and « déjà », « le dernier bilan », « à ce stade », « jusqu'ici »,
« provisoire » say « so far » themselves. On a state that may end (« les vols sont suspendus
pour le moment », « les causes sont pour l'instant inconnues ») it is still a hedge dropped.
"""

from __future__ import annotations

from tests.pairs import Case, Sentences, each

FIRE = Sentences(
    "fire26",
    """Incendie : 200 hectares brûlés près de Marseille

5 septembre 2024. – Pour le moment, 200 hectares ont brûlé, à proximité de deux campus à \
Marseille. Pour l'instant, trois maisons ont été touchées par les flammes dans le quartier. Les \
vols sont suspendus pour le moment à l'aéroport de Marignane. Les causes du sinistre sont pour \
l'instant inconnues.""",
    "200 hectares brûlés près de Marseille",
)

SO_FAR = [
    "Le dernier bilan fait état de 200 hectares brûlés à proximité de deux campus.",
    "200 hectares ont brûlé à proximité de deux campus à Marseille.",
    "De 150 à 200 hectares brûlés à proximité de deux campus",
    "Trois maisons ont été touchées par les flammes dans le quartier.",
    "À ce stade, les flammes ont touché trois maisons dans le quartier.",
]

STILL_HEDGED: list[Case] = [
    ("Les vols sont suspendus à l'aéroport de Marignane.", "«pour le moment»"),
    ("Les causes du sinistre sont inconnues.", "«pour l'instant»"),
]


@each(SO_FAR)
def test_a_past_fact_so_far_needs_no_for_now(case: Case) -> None:
    FIRE.draws_nothing(case, "qualifiers")


@each(STILL_HEDGED)
def test_a_state_for_now_still_keeps_its_hedge(case: Case) -> None:
    FIRE.draws(case, "qualifiers", "review")

"""What a count counts, read from its sentence (issue 19, round 8; honest-r12's figure reviews):
« 90 morts » for a strike that « tue entre 60 et 90 soldats » (the class of the noun said by the
verb before the source's figure), « 200 victimes » of floods that « ont fait 200 morts », « à
trois reprises » for « trois attentats », « 17 autres » for the rest of 43 after 26, « ces
dix-sept pays » after the article gave its 17, « 160 voix pour et 18 contre » (the unit said
once), « en un seul mois … en douze » (the unit said once, after the same preposition). Each drew
a finding; none now. The same sentences with the figure or the noun changed are still flagged."""

from __future__ import annotations

import pytest

from tests.pairs import Pairs

SOURCE = """Guerre, intempéries et vote

14 mai 2024. – Le 12 mai, une frappe aérienne tue entre 60 et 90 soldats et en blesse 110 autres \
sur le mont Kaldor. Les inondations du début du mois ont fait plus de 200 morts dans le pays. La \
communauté de la vallée, déjà victime de trois attentats en six ans, reste inquiète. Sur les 43 \
pays candidats, 26 ont été retenus pour la finale. La loi a été adoptée avec 160 voix pour et 18 \
contre. Le ministre gagne 9 000 euros par mois, soit plus que la moyenne des habitants en un an."""
HONEST = """Guerre, intempéries et vote

Le 12 mai, une frappe aérienne a fait entre 60 et 90 morts et 110 blessés sur le mont Kaldor. Les \
inondations du début du mois ont fait plus de 200 victimes dans le pays. La communauté de la \
vallée a déjà été frappée à trois reprises par des attentats en six ans. Si 26 pays ont été \
retenus pour la finale, 17 autres ont été écartés. Ils attendront. Pour ces dix-sept pays, \
l'aventure s'arrête. \
La loi a été adoptée avec 160 voix pour et 18 contre, soit 142 voix d'écart. Le ministre gagne \
9 000 euros par mois : en un seul mois, il gagne davantage que la moyenne des habitants en \
douze."""
PAIRS = Pairs("derived-counts", SOURCE, HONEST)


def test_each_count_read_from_its_sentence_draws_nothing() -> None:
    # before: reviews on « 90 morts », « 200 victimes », « trois reprises », « 17 », « dix-sept »
    # and « 142 »; a hard finding on « douze »
    PAIRS.draws_nothing(HONEST, "figures")


@pytest.mark.parametrize(
    ("find", "replace"),
    [
        ("entre 60 et 90 morts", "entre 60 et 90 civils"),  # what the strike killed, changed
        ("200 victimes", "200 blessés"),
        ("17 autres", "27 autres"),
        ("soit 142 voix", "soit 124 voix"),
        ("habitants en douze", "habitants en quinze"),
    ],
)
def test_the_same_sentence_changed_is_flagged(find: str, replace: str) -> None:
    assert find in HONEST
    assert PAIRS.findings(HONEST.replace(find, replace), "figures") != []

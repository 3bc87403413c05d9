"""Superlatives the source never makes, round 22 (F-A): against a small source of our own, the
honest family draws no finding, the distorted twin draws a review.

- A source sentence that says an order (« le premier accord », « ces derniers », « ses
  précédentes déclarations ») grades nothing: a superlative the article sets beside it (« l'accord
  le plus contraignant ») is still one the source never makes; « le plus ancien » for « le
  premier » is its rank in time, no claim.
- A superlative read in more of its forms: « le meilleur … de son histoire », « la pire … »,
  « jamais … aussi », « qui soit », « de toute la … », an adjective the tagger reads a noun or
  a verb (« le plus violent du pays », « le plus titré de l'histoire »); a superlative with no
  domain (« les allées les plus anciennes ») still claims no record.
- Where the source grades the same word (in the sentence restated or elsewhere), a superlative
  of it is the source's (« n'avait jamais connu d'hiver aussi froid » for « le plus froid »)."""

from __future__ import annotations

from tests.pairs import Pairs, each

BRIDGES = Pairs(
    "bridges",
    """Transports : le pont de la Marne rouvre

12 juin 2025. – Le pont de la Marne, l'un des ponts de la ville, a rouvert lundi après six mois \
de travaux. Le pont Neuf reste le plus fréquenté de la ville, selon la mairie. Signé en 2019, le \
premier accord régional sur la circulation fixe des quotas de camions. Les riverains ont réclamé \
des limitations ; ces derniers bénéficient de tarifs de stationnement très bas. La première \
ligne de tramway de la ville a été inaugurée en 2006. L'hiver dernier a été le plus froid depuis \
1985 dans la région.""",
)

SAID_AS_THE_SOURCE_GRADES = [
    "Le pont Neuf demeure le pont le plus fréquenté de la ville, d'après la mairie.",
    "Le pont le plus fréquenté de la ville reste le pont Neuf, selon la mairie.",
    "Le pont de la Marne, un des ponts de la ville, a rouvert lundi après six mois de travaux.",
    "Le premier accord régional sur la circulation, signé en 2019, fixe des quotas de camions.",
    "La plus ancienne ligne de tramway de la ville a été inaugurée en 2006.",
    "Dans la région, l'hiver dernier a été le plus froid depuis 1985.",
    "La région n'avait jamais connu d'hiver aussi froid depuis 1985.",
    "Les riverains, qui bénéficient de tarifs de stationnement très bas, ont réclamé des "
    "limitations.",
    "Selon la mairie, le pont le plus emprunté de la ville reste le pont Neuf.",
    "Le pont Neuf a reçu le plus de passages de la ville, selon la mairie.",
]


@each(SAID_AS_THE_SOURCE_GRADES)
def test_a_superlative_the_source_makes_draws_nothing(case: str) -> None:
    BRIDGES.draws_nothing(case, "superlatives")


INVENTED = [
    (
        "Le pont de la Marne, le pont le plus long de la ville, a rouvert lundi après six mois "
        "de travaux.",
        "le plus long",
    ),
    (
        "Signé en 2019, l'accord le plus contraignant de la région sur la circulation fixe des "
        "quotas de camions.",
        "le plus contraignant",
    ),
    (
        "Les riverains ont réclamé des limitations ; ces derniers bénéficient des tarifs de "
        "stationnement les plus bas de la ville.",
        "les plus bas",
    ),
    (
        "La plus longue ligne de tramway de la ville a été inaugurée en 2006.",
        "La plus longue",
    ),
    (
        "Le pont de la Marne a rouvert lundi après le pire chantier de son histoire, six mois de "
        "travaux.",
        "le pire",
    ),
    (
        "Le pont de la Marne, qui a rouvert lundi après six mois de travaux, n'a jamais été "
        "aussi moderne.",
        "aussi moderne",
    ),
    (  # the tagger's noun or verb after « le plus », with its domain
        "Le pont de la Marne, le plus emprunté de la ville, a rouvert lundi après six mois de "
        "travaux.",
        "le plus emprunté",
    ),
    (
        "Le pont de la Marne, le plus polémique de la ville, a rouvert lundi après six mois de "
        "travaux.",
        "le plus polémique",
    ),
]


@each(INVENTED)
def test_a_superlative_the_source_never_makes_is_a_review(case: tuple[str, str]) -> None:
    BRIDGES.draws(case, "superlatives", "review")


REGATTAS = Pairs(
    "regattas",
    """Voile : une seule régate à Brest cette année

3 juillet 2025. – Faute de bénévoles, le club n'a maintenu que la régate de 12 milles, renonçant \
à la traditionnelle régate, plus longue, de 30 milles. Les deux bateaux du club ont pris le \
départ samedi.""",
)

ONE_OF_TWO = [
    "Faute de bénévoles, le club n'a maintenu que la régate de 12 milles, la plus courte des "
    "deux, renonçant à la traditionnelle régate de 30 milles.",
    "Faute de bénévoles, le club n'a maintenu que la plus courte des deux régates, celle de 12 "
    "milles.",
    "Le club a renoncé à la plus longue des deux régates, celle de 30 milles, faute de bénévoles.",
    "Faute de bénévoles, le club a renoncé à la traditionnelle régate de 30 milles, la plus "
    "longue de ces deux courses, pour ne maintenir que celle de 12 milles.",
    "Faute de bénévoles, seule la régate de 12 milles, moins longue que la traditionnelle "
    "régate de 30 milles, a été maintenue.",
    "Le club n'a maintenu que la régate la moins longue d'entre les deux, faute de bénévoles.",
]


@each(ONE_OF_TWO)
def test_the_most_of_two_said_of_the_other_draws_nothing(case: str) -> None:
    REGATTAS.draws_nothing(case, ("rank", "superlatives"))


def test_the_other_degree_of_the_same_thing_is_still_hard() -> None:
    REGATTAS.draws(
        "Faute de bénévoles, le club n'a maintenu que la régate de 12 milles, renonçant à la "
        "traditionnelle régate, plus courte, de 30 milles.",
        "rank",
        "hard",
        "says «plus court» where the source says «plus long»",
    )


def test_the_other_degree_compared_with_another_thing_is_still_hard() -> None:
    REGATTAS.draws(
        "Faute de bénévoles, le club n'a maintenu que la régate de 12 milles, renonçant à la "
        "traditionnelle régate, moins longue que la course de 12 milles.",
        "rank",
        "hard",
        "the source the opposite",
    )

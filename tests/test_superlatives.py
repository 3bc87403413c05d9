"""Superlatives the source never makes (engine.gate.slots.superlatives): a record with its
domain (« la plus importante acquisition de son histoire », « le plus ancien festival de
France ») added to a sentence that grades nothing.

A source of our own and an honest rewrite; each distortion adds a record and must draw the
`superlatives` review that names it; each honest variant says a record the source gives (in
that sentence, in other words, or in another sentence), or a superlative with no domain, and
must draw none.
"""

from __future__ import annotations

from tests.pairs import Case, Pairs, Sentences, each

SOURCE = """Lyon : la métropole rachète le parc des Hauteurs

La métropole de Lyon a racheté le parc des Hauteurs pour 12 millions d'euros. \
Le parc accueille chaque année un festival de musique. \
La fréquentation du festival a atteint un record l'été dernier. \
Le maire a qualifié l'achat de plus grande opération foncière de la décennie. \
Les travaux de rénovation des allées commenceront au printemps."""

HONEST = """La métropole de Lyon rachète le parc des Hauteurs

La métropole de Lyon a acquis le parc des Hauteurs pour 12 millions d'euros. \
Chaque année, le parc accueille un festival de musique. \
L'été dernier, le festival a battu son record de fréquentation. \
Pour le maire, il s'agit de la plus grande opération foncière de la décennie. \
La rénovation des allées commencera au printemps."""

PAIRS = Pairs("superlatives", SOURCE, HONEST)
variant = PAIRS.variant
DISTORTIONS = [
    variant("record added", "pour 12 millions d'euros.",
            "pour 12 millions d'euros, la plus importante acquisition de son histoire.",
            "makes a superlative the source does not make («la plus importante»)"),
    variant("record added", "un festival de musique.",
            "le festival de musique le plus fréquenté de la région.",
            "makes a superlative the source does not make («le plus fréquenté»)"),
    variant("record added", "La rénovation des allées commencera",
            "Le chantier le plus long qu'ait connu le parc, la rénovation des allées, commencera",
            "makes a superlative the source does not make («le plus long»)"),
]  # fmt: skip
HONEST_VARIANTS = [
    # the source sentence says the record in other words (« un record »)
    variant("record said another way", "le festival a battu son record de fréquentation.",
            "le festival a connu la plus forte fréquentation de son histoire."),
    # the source grades the same adjective in another sentence
    variant("record of another sentence", "un festival de musique.",
            "un festival de musique, dans le cadre de la plus grande opération foncière de la "
            "décennie."),
    # a superlative with no domain: no record claimed
    variant("no domain", "La rénovation des allées commencera au printemps.",
            "La rénovation des allées les plus anciennes commencera au printemps."),
]  # fmt: skip


def test_the_honest_rewrite_draws_no_superlatives_finding() -> None:
    PAIRS.draws_nothing(HONEST, "superlatives")


@each(DISTORTIONS)
def test_a_record_the_source_never_makes_is_a_review(case: Case) -> None:
    PAIRS.draws_one(case, "superlatives", "review")


@each(HONEST_VARIANTS, "kind")
def test_a_record_the_source_gives_draws_no_superlatives_finding(case: Case) -> None:
    PAIRS.draws_nothing(case, "superlatives")


# A superlative whose noun and an adjective of it stand before its domain (« le plus grave
# accident ferroviaire de l'année »), and one set beside a name with no article (« al-Bab, plus
# grande ville du nord syrien »): a record the source never makes all the same; the source's own
# words (« un accident grave », « une grande ville ») and a comparison draw nothing (issue 19,
# round 11).
BETWEEN = Sentences(
    "superlatives-between",
    "Accident à Millas\n\n19 décembre 2017. – Un accident grave s'est produit le jeudi 14 "
    "décembre dans les Pyrénées-Orientales. Les rebelles avancent ensuite vers le sud, jusqu'à "
    "al-Bab, une grande ville stratégique qui compte près de 100 000 habitants.",
    "Accident à Millas",
)


@each(
    [
        "Le plus grave accident ferroviaire de l'année s'est produit le jeudi 14 décembre dans "
        "les Pyrénées-Orientales.",
        "Les rebelles avancent ensuite vers le sud, jusqu'à al-Bab, plus grande ville du nord "
        "syrien, qui compte près de 100 000 habitants.",
    ]
)
def test_a_record_with_words_before_its_domain_is_a_review(case: str) -> None:
    BETWEEN.draws(case, "superlatives", "review", "makes a superlative the source does not make")


@each(
    [
        "Un grave accident ferroviaire s'est produit le jeudi 14 décembre dans les "
        "Pyrénées-Orientales.",
        "Les rebelles avancent ensuite vers le sud, jusqu'à al-Bab, grande ville stratégique de "
        "près de 100 000 habitants.",
        "Les rebelles avancent ensuite vers le sud, jusqu'à al-Bab, plus grande que les villes "
        "voisines, qui compte près de 100 000 habitants.",
    ]
)
def test_the_source_s_own_grading_draws_no_superlatives_finding(case: str) -> None:
    BETWEEN.draws_nothing(case, "superlatives")


# A record said without an article: « plus critique que jamais », a noun « record » after its
# noun (« une affluence record »), « sans précédent »; the rank of a stretch of time (« le
# premier trimestre », « la dernière semaine ») grades nothing, so a record added there is seen.
RECORDS = Sentences(
    "superlatives-records",
    "Économie : la croissance ralentit\n\n3 août 2025. – Après un premier trimestre solide, la "
    "croissance ralentit. Dans la dernière semaine, le ministre s'est montré très prudent. Une "
    "forte présence policière entourait le sommet. La station a connu une bonne affluence.",
    "Économie : la croissance ralentit",
)


@each(
    [
        "Après un premier trimestre record, la croissance ralentit.",
        "Dans la dernière semaine, le ministre s'est montré plus prudent que jamais.",
        "Une présence policière sans précédent entourait le sommet.",
        "La station a connu une affluence record.",
    ]
)
def test_a_record_said_without_its_article_is_a_review(case: str) -> None:
    RECORDS.draws(case, "superlatives", "review", "makes a superlative the source does not make")


@each(
    [
        "Après un premier trimestre solide, la croissance ralentit.",
        "Dans la dernière semaine, le ministre s'est montré très prudent.",
        "Une présence policière importante entourait le sommet.",
        "La station a connu une affluence plus forte que prévu.",
    ]
)
def test_the_source_s_own_words_or_a_rank_of_time_draw_no_superlatives_finding(case: str) -> None:
    RECORDS.draws_nothing(case, "superlatives")

"""Round 26 (F26C): a comparison told from its other end — readings of honest-r36, pairs of
our own.

Every sentence here is written for this file, against a small source of our own; none is a
corpus sentence.

« A est plus vieux que B » is « B est plus jeune que A » (haut/bas, lourd/léger, cher/bon
marché …): the antonym, or the other degree, said of the source's second term (the one after
« que ») is the same fact, even when the source's first term is a « ce qui » on its clause
(« les traces … datent de 3,7 milliards d'années, ce qui est plus vieux de 200 millions
d'années que les plus vieilles connues »). Said of the same first term (« ces traces sont plus
jeunes »), it still clashes, hard.
"""

from __future__ import annotations

from tests.pairs import Case, Sentences, each

TRACES = Sentences(
    "traces26",
    """Traces de vie : une découverte au Groenland

1 septembre 2024. – Les traces de bactéries détectées par les géologues datent de 3,7 \
milliards d'années, ce qui est plus vieux de 200 millions d'années que les plus vieilles \
connues précédemment. La nouvelle tour mesure 320 mètres, ce qui est plus haut de 20 mètres \
que l'ancienne tour de la ville.""",
    "Une découverte au Groenland",
)

CONVERSE = [
    "Jusqu'ici, les plus vieilles traces connues étaient plus jeunes de 200 millions d'années.",
    "Jusqu'ici, les plus vieilles traces connues étaient moins vieilles de 200 millions d'années.",
    "L'ancienne tour de la ville était plus basse.",
    "L'ancienne tour de la ville était moins haute.",
]

SAME_END: list[Case] = [
    (
        "Ces traces sont plus jeunes de 200 millions d'années que les plus vieilles connues.",
        "«plus jeune»",
    ),
    ("La nouvelle tour de la ville est moins haute que l'ancienne.", "«haut»"),
]


@each(CONVERSE)
def test_the_other_term_with_the_antonym_is_the_same_fact(case: Case) -> None:
    TRACES.draws_nothing(case, "rank")


@each(SAME_END)
def test_the_same_term_with_the_antonym_still_clashes_hard(case: Case) -> None:
    TRACES.draws(case, "rank", "hard")


def test_the_same_term_with_the_antonym_alone_still_clashes() -> None:
    TRACES.draws("La nouvelle tour est plus basse.", "rank", None, "«plus bas»")

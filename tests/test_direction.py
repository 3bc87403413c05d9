"""Direction (engine.gate.claims.direction and the figures' direction): a rise where the source
says a fall.

A source of our own and an honest rewrite; each distortion turns one change round and must draw
a finding that names it: a verb of the lexicon's new pairs (« renforcer » ↔ « alléger »), a
figure whose change stands before its comma (« progresse légèrement, de 0,3 % »), a change in a
source sentence that also holds a comparison on another theme (« supérieure à 1000 degrés »).
`direction` blocks only on a near-minimal pair (engine.gate.claims.PAIR_ONLY): a sentence that
restates its source sentence only in part (the comparison left out, two subjects set against
each other) draws a review.
"""

from __future__ import annotations

from engine.gate.findings import Finding
from scripts.fidelity_eval import Variant
from tests.pairs import Case, Pairs, Sentences, each

SOURCE = """Un hiver difficile à Rennes

Le gouvernement a renforcé les contrôles sanitaires aux frontières bretonnes en 2020. Le chômage \
a reculé légèrement, de 0,3 %, sur un an dans la région rennaise. Le toit de la gare de Rennes \
s'est abaissé après l'incendie, sous l'effet d'une chaleur supérieure à 1000 degrés."""

HONEST = """Rennes après un hiver difficile

En 2020, le gouvernement a renforcé les contrôles sanitaires aux frontières bretonnes. Sur un an, \
le chômage a baissé de 0,3 % dans la région rennaise. Après l'incendie, le toit de la gare de \
Rennes s'est affaissé."""


PAIRS = Pairs("direction", SOURCE, HONEST)


def variant(find: str, replace: str, fails: str) -> Variant:
    return PAIRS.variant("direction", find, replace, fails)


DISTORTIONS = [
    variant("a renforcé les contrôles", "a allégé les contrôles",
            "says «allégé» where the source says «renforcé»"),
    variant("le chômage a baissé de 0,3 %", "le chômage a progressé légèrement, de 0,3 %,",
            "makes 0,3 % a rise"),
]  # fmt: skip
# the source's sentence also says what heat did it: the article's, without it, is no minimal pair
IN_PART = [
    variant("s'est affaissé", "s'est soulevé", "says «soulevé» where the source says «abaissé»"),
]  # fmt: skip


def hard(found: list[Finding]) -> list[str]:
    """Hard findings; a short source's figures left out of the rewrite are not our matter."""
    return [f.message for f in found if f.severity == "hard" and f.rule != "missing"]


def test_the_honest_rewrite_draws_no_hard_finding() -> None:
    assert hard(PAIRS.findings(HONEST)) == []


@each(DISTORTIONS)
def test_a_change_turned_round_is_hard(case: Case) -> None:
    PAIRS.draws(case, None, "hard")


@each(IN_PART)
def test_a_change_turned_round_in_a_sentence_restated_in_part_is_a_review(case: Case) -> None:
    PAIRS.draws(case, "direction", "review")
    assert hard(PAIRS.findings(PAIRS.text(case))) == []


# A second source: the changes of a siege, an advance, a cost said in the reformed spelling
# (« croitre »), and a fall in a sentence that also holds a comparison (« chaleur … supérieure »)
# the article's sentence says too: a comparison is no change, and says nothing of the fall.
SOURCE_2 = """Une saison agitée à Brest

L'armée a resserré son étau autour du port de Brest au mois de janvier. Les troupes du général \
Martin avancent sur deux fronts au nord de la ville portuaire. Le fioul est le seul combustible \
à voir ses coûts de production croitre à Brest cette année. La tour de l'arsenal s'est \
abaissée de plusieurs centimètres au niveau du pilier est, \
sous l'effet d'une chaleur supérieure à 800 degrés."""

HONEST_2 = """Brest, une saison agitée

En janvier, l'armée a resserré son étau autour du port de Brest. Au nord de la ville portuaire, \
les troupes du général Martin progressent sur deux fronts. À Brest, le fioul est le seul \
combustible dont les coûts de production augmentent cette année. La \
chaleur, supérieure à 800 degrés, a déformé la tour de l'arsenal, qui s'est affaissée de \
plusieurs centimètres au niveau du pilier est."""

PAIRS_2 = Pairs("direction-2", SOURCE_2, HONEST_2)

DISTORTIONS_2 = [
    PAIRS_2.variant("direction", "a resserré son étau", "a desserré son étau",
                    "says «desserré» where the source says «resserré»"),
    PAIRS_2.variant("direction", "progressent sur deux fronts", "reculent sur deux fronts",
                    "says «reculent» where the source says «avancent»"),
    PAIRS_2.variant("direction", "dont les coûts de production augmentent",
                    "dont les coûts de production diminuent",
                    "says «diminuent» where the source says «croitre»"),
    PAIRS_2.variant("direction", "qui s'est affaissée de", "qui s'est soulevée de",
                    "says «soulevée» where the source says «abaissée»"),
]  # fmt: skip


def test_the_second_honest_rewrite_draws_no_hard_finding() -> None:
    assert hard(PAIRS_2.findings(HONEST_2)) == []


@each(DISTORTIONS_2)
def test_a_change_of_the_broader_lexicon_turned_round_is_hard(case: Case) -> None:
    PAIRS_2.draws(case, None, "hard")


# A third source: one change per sentence, each said of one subject, while the source gives the
# other subjects' change in other words (« double son soutien », « autant de lecteurs »). An
# honest rewrite may set both subjects against each other in one sentence (« alors que »,
# « tandis que », « mais »): it says the source's change too, and its other change is the other
# subject's (issue 19, round 5: « Alors que la prescription est allongée pour les autres crimes,
# elle est réduite pour … » against « une loi réduisant la prescription »). A change turned round
# on the source's own subject stays hard, in a contrast or not, and so does a contrast that swaps
# which subject rises and which falls.
SOURCE_3 = """Rennes revoit ses aides

Le conseil municipal de Rennes a voté lundi une délibération réduisant les subventions versées \
aux clubs de football amateurs de la ville. Pour toutes les autres associations sportives, la \
ville double son soutien financier à partir de septembre.

La fréquentation des piscines municipales rennaises a nettement baissé cet été selon la mairie. \
Les médiathèques ont accueilli autant de lecteurs qu'en 2019."""

CONTRASTS = [
    "Alors que les subventions augmentent pour toutes les autres associations sportives, elles "
    "sont réduites pour les clubs de football amateurs de la ville.",
    "Tandis que la fréquentation progresse dans les médiathèques, elle a nettement baissé cet "
    "été dans les piscines municipales rennaises, selon la mairie.",
    "Le conseil municipal augmente les subventions des autres associations sportives, mais il "
    "réduit celles des clubs de football amateurs de la ville.",
]

TURNED = [
    ("Le conseil municipal de Rennes a voté lundi une délibération augmentant les subventions "
     "versées aux clubs de football amateurs de la ville.", "says «augmentant»"),
]  # fmt: skip
# set against another subject's change, the sentence is no minimal pair of its source sentence
TURNED_IN_A_CONTRAST = [
    ("Alors que les médiathèques ont accueilli autant de lecteurs qu'en 2019, la fréquentation "
     "des piscines municipales rennaises a nettement augmenté cet été selon la mairie.",
     "says «augmenté»"),
    ("Alors que les subventions baissent pour toutes les autres associations sportives, elles "
     "sont augmentées pour les clubs de football amateurs de la ville.", "says «augmentées»"),
    ("Tandis que la fréquentation baisse dans les médiathèques, elle a nettement progressé cet "
     "été dans les piscines municipales rennaises, selon la mairie.", "says «progressé»"),
]  # fmt: skip


AIDS = Sentences("direction-3", SOURCE_3, "Rennes revoit ses aides")


@each(CONTRASTS)
def test_a_contrast_of_two_subjects_is_no_change_turned_round(case: Case) -> None:
    AIDS.draws_nothing(case, "direction")


@each(TURNED)
def test_a_change_turned_round_on_its_own_subject_stays_hard(case: Case) -> None:
    AIDS.draws(case, "direction", "hard")


@each(TURNED_IN_A_CONTRAST)
def test_a_change_turned_round_in_a_contrast_is_a_review(case: Case) -> None:
    AIDS.draws(case, "direction", "review")


# A change under a concession (« malgré la baisse de la catégorie A, … ») is its complement's;
# with no complement of its own (« malgré son recul »), the main clause's subject's.
CONCEDED = Sentences(
    "direction-conceded",
    "Syrie : Daech recule\n\nMalgré son recul, Daech reste solidement implanté dans la vallée "
    "de l'Euphrate et dans le désert syrien, selon les experts de l'ONU réunis à Genève.",
    "Syrie : Daech recule",
)


def test_a_change_conceded_with_no_complement_is_the_subjects() -> None:
    CONCEDED.draws(
        "Toujours en expansion, Daech reste solidement implanté dans la vallée de l'Euphrate et "
        "dans le désert syrien, selon les experts de l'ONU réunis à Genève.",
        "direction",
        fragment="says «expansion»",
    )
    CONCEDED.draws_nothing(
        "Bien qu'en recul, Daech reste solidement implanté dans la vallée de l'Euphrate et dans "
        "le désert syrien, selon les experts de l'ONU réunis à Genève.",
        "direction",
    )


# A gap that grows or melts (issue 19, round 10): « distancer » widens it, « fondre » narrows it.
GAPS = Sentences(
    "direction-gaps",
    "Handball : Montpellier s'impose\n\n2 avril 2017. – En seconde période, Montpellier parvient "
    "à distancer le PSG au score. L'écart entre les deux équipes a fondu en fin de match.",
    "Montpellier s'impose",
)


@each(
    [
        "En seconde période, Montpellier réussit à creuser l'écart avec le PSG au score.",
        "En seconde période, Montpellier parvient à distancer nettement le PSG au score.",
        "L'écart entre les deux équipes s'est réduit en fin de match.",
    ]
)
def test_a_gap_said_growing_or_melting_as_the_source_says_draws_nothing(case: str) -> None:
    GAPS.draws_nothing(case, "direction")


@each(
    [
        "En seconde période, Montpellier voit l'écart avec le PSG fondre au score.",
        "L'écart entre les deux équipes a augmenté en fin de match.",
    ]
)
def test_a_gap_turned_round_is_flagged(case: str) -> None:
    GAPS.draws(case, "direction", None, "")


# A change said up to a moment (« n'a cessé de fondre jusqu'à la ligne d'arrivée ») is a change:
# only a verb that can say how far a place reaches (lexicon/extent.txt: « descendant jusqu'à la
# rivière ») says extent with « jusqu'à »; « grandir » rises, tension eases (« s'apaiser ») or
# worsens (« s'envenimer », « s'exacerber ») (issue 19, round 11).
UNTIL = Sentences(
    "direction-until",
    "Triathlon : Diemunsch s'impose\n\n15 août 2016. – Étienne Diemunsch remporte "
    "l'Embrunman. L'avance d'Étienne Diemunsch ne cesse de grandir jusqu'à la ligne d'arrivée. "
    "La tension entre les deux équipes a commencé à monter depuis deux semaines. Le sentier du "
    "col descend jusqu'au lac de Serre-Ponçon.",
    "Diemunsch s'impose",
)


@each(
    [
        "L'avance d'Étienne Diemunsch n'a cessé de croître jusqu'à la ligne d'arrivée.",
        "L'avance d'Étienne Diemunsch n'a cessé de grandir jusqu'à la ligne d'arrivée.",
        "La tension entre les deux équipes s'envenime depuis deux semaines.",
        "La tension entre les deux équipes s'est exacerbée depuis deux semaines.",
        "Le sentier du col s'étend jusqu'au lac de Serre-Ponçon.",
    ]
)
def test_a_change_up_to_a_moment_said_the_same_way_draws_nothing(case: str) -> None:
    UNTIL.draws_nothing(case, "direction")


@each(
    [
        "L'avance d'Étienne Diemunsch n'a cessé de fondre jusqu'à la ligne d'arrivée.",
        "L'avance d'Étienne Diemunsch n'a cessé de diminuer jusqu'à la ligne d'arrivée.",
        "La tension entre les deux équipes a commencé à s'apaiser depuis deux semaines.",
    ]
)
def test_a_change_up_to_a_moment_turned_round_is_hard(case: str) -> None:
    UNTIL.draws(case, "direction", "hard", "says «")


# Where something stands against a reference (issue 19, round 11b; lexicon positions.txt): above
# or below the one noun it is set against, however the parse splits « au-dessus », « au dessus
# de », « en dessous de ». Another change of the sentence (« réduire le taux de chômage ») on
# another theme leaves it compared.
PLACED = Sentences(
    "direction-placed",
    "Bretagne : un hiver doux\n\n12 février 2016. – Certaines villes bretonnes ont connu lundi "
    "des températures clémentes (au dessus de 0°c) et aucune neige. Le gouvernement espère que "
    "sa prévision se vérifiera, car elle est située au-dessus du seuil de 1,4 % de croissance "
    "qui permet de réduire le taux de chômage. Le niveau de la Vilaine est resté en dessous de "
    "la cote d'alerte mardi.",
    "Bretagne : un hiver doux",
)


@each(
    [
        "Lundi, certaines villes bretonnes ont connu des températures clémentes, au-dessus de "
        "zéro degré, et aucune neige.",
        "Le gouvernement espère que sa prévision se vérifiera : elle se situe au-dessus du seuil "
        "de 1,4 % de croissance qui permet de faire baisser le chômage.",
        "Mardi, le niveau de la Vilaine est resté sous la cote d'alerte.",
        "Mardi, le niveau de la Vilaine est resté en deçà de la cote d'alerte.",
    ]
)
def test_a_position_said_as_the_source_says_draws_nothing(case: str) -> None:
    PLACED.draws_nothing(case, "direction")


@each(
    [
        "Lundi, certaines villes bretonnes ont connu des températures clémentes, au-dessous de "
        "zéro degré, et aucune neige.",
        "Lundi, certaines villes bretonnes ont connu des températures clémentes, en dessous de "
        "zéro degré, et aucune neige.",
        "Le gouvernement espère que sa prévision se vérifiera : elle se situe en dessous du "
        "seuil de 1,4 % de croissance qui permet de faire baisser le chômage.",
        "Mardi, le niveau de la Vilaine est resté au-dessus de la cote d'alerte.",
    ]
)
def test_a_position_turned_round_is_hard(case: str) -> None:
    PLACED.draws(case, "direction", "hard", "says «")

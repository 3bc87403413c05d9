"""Figures as an honest editor writes them (round 18, F-A): families written ahead of the blind
writers, each against a small source of our own — the true sentences draw no hard finding (most
drew one before), the distorted twin stays hard where it is certain.

- A year a change is compared to (« ont moins progressé qu'en 2021 », « a ralenti par rapport
  à 2021 », « comparée à 2021 ») is the point of reference, not the quantity that changes: it
  takes no direction of its own, so a slowing said another way is no « fall » of 2021."""

from __future__ import annotations

from tests.pairs import Pairs, each

TRADE = Pairs(
    "trade",
    """Commerce extérieur : les exportations ralentissent

8 février 2023. – Les exportations françaises ont moins progressé qu'en 2021, selon les douanes. \
En 2022, les importations ont bondi de 20 % par rapport à 2021. Le déficit commercial s'est \
creusé en 2022, à 164 milliards d'euros. Dans le même temps, le chômage a reculé en 2022.""",
)

COMPARED_TO_A_YEAR = [
    # before: each hard, « makes 2021 a fall: the source says the opposite »
    "La progression des exportations a ralenti par rapport à 2021, selon les douanes.",
    "Les exportations ont ralenti par rapport à 2021.",
    "La hausse des exportations a diminué par rapport à 2021.",
    "La croissance des exportations a baissé comparée à 2021.",
    "Le rythme de hausse des exportations a décéléré par rapport à 2021.",
    # drew nothing before either: kept so
    "Les exportations ont progressé moins vite qu'en 2021.",
    "La hausse des exportations est moins forte qu'en 2021, selon les douanes.",
    "Les importations ont bondi de 20 % comparé à 2021.",
]


@each(COMPARED_TO_A_YEAR)
def test_a_year_compared_to_takes_no_direction(case: str) -> None:
    TRADE.draws_nothing(case, "figures")


COMPARED_CHANGED = [
    # the figure that changes keeps its direction: a fall of the source's rise stays hard
    ("Les importations ont reculé de 20 % par rapport à 2021.", "20 %"),
    ("En 2022, les importations ont chuté de 20 % par rapport à 2021.", "20 %"),
]


@each(COMPARED_CHANGED)
def test_the_figure_that_changes_keeps_its_direction(case: tuple[str, str]) -> None:
    TRADE.draws_one(case, "figures", "hard")


# - A small count of its own (« une course en deux temps », « trois disciplines », « deux
#   Françaises ») set against the source's « trois minutes » or « 2 h 05 » of another sentence:
#   a count of a noun, said in its own place, is no measure of the source's — nothing unless the
#   sentence surely restates the one that measures it (there, still a review).
# - A noun that counts what the source's count counts, said with it: « quatre disqualifiées »
#   for « les quatre athlètes sanctionnées … ont été disqualifiées »; a noun of a verb in -oyer
#   (« 30 emplois » for « employait 30 personnes »).
# - « 26 des 27 pays … aient accepté d'organiser »: the part counts what its whole counts and is
#   said with its words, so « 16 concurrentes ont abandonné » is in its own place.
# - A rank the sentence denies (« ce n'est pas la première fois », « n'est pas la première
#   ville à ») gives no rank: no clash with the source's « troisième fois ».
RACE = Pairs(
    "race",
    """Triathlon : Marie Dupont championne d'Europe à Lisbonne

12 juin 2016. – La Française Marie Dupont a remporté dimanche à Lisbonne le championnat \
d'Europe de triathlon en 2 h 05 min 30 s. L'échappée a creusé un écart de trois minutes sur le \
vélo. La course a été suivie par 4 000 spectateurs. Selon les organisateurs, les quatre athlètes \
sanctionnées, dont deux Allemandes, ont été disqualifiées. Le club de Dupont employait 30 \
personnes et a envoyé 12 entraîneurs à Lisbonne. Seize des 58 concurrentes ont abandonné. C'est \
la troisième fois que Lisbonne accueille l'épreuve.""",
)

COUNTS_OF_THEIR_OWN = [
    "Une course en deux temps : la natation groupée, puis l'échappée à vélo.",
    "Les concurrentes devaient enchaîner trois disciplines, sur trois parcours différents.",
    "Deux Françaises ont brillé à Lisbonne, avec la victoire de Marie Dupont.",
    "La course s'est jouée en trois actes sur le vélo.",
    "Quatre disqualifiées, dont deux Allemandes, selon les organisateurs.",
    # before: a review, « counts «30 emploi»: the source counts «30 personne» »
    "Le club de Dupont comptait 30 emplois.",
    "Seize concurrentes ont abandonné, sur les 58 au départ.",
    "Seize concurrentes ont jeté l'éponge.",
]


@each(COUNTS_OF_THEIR_OWN)
def test_a_count_of_its_own_draws_nothing(case: str) -> None:
    RACE.draws_nothing(case, "figures")


def test_another_unit_in_the_sentence_restated_stays_hard() -> None:
    RACE.draws_one(
        ("L'échappée a creusé un écart de trois kilomètres sur le vélo.", "kilomètres"),
        "figures",
        "hard",
    )


DENIED_RANKS = [
    # before: hard, « ranks «fois» «première» where the source says «troisième» »
    "Ce n'est pas la première fois que Lisbonne accueille l'épreuve.",
    # before: a review
    "Lisbonne n'est pas la première ville à accueillir l'épreuve deux fois.",
    "Lisbonne n'accueille pas l'épreuve pour la première fois.",
]


@each(DENIED_RANKS)
def test_a_denied_rank_gives_no_rank(case: str) -> None:
    # nor a denial of what the source affirms: the third time is not the first
    RACE.draws_nothing(case, {"rank", "polarity"})


def test_another_rank_stays_hard() -> None:
    RACE.draws_one(
        ("C'est la première fois que Lisbonne accueille l'épreuve.", "première"), "rank", "hard"
    )


EU = Pairs(
    "eu",
    """Europe : des consultations citoyennes dans 26 pays

19 avril 2018. – Emmanuel Macron s'est félicité devant la presse que 26 des 27 pays membres de \
l'Union européenne aient accepté d'organiser sur leur territoire des consultations citoyennes. \
Elles se tiendront d'avril à octobre.""",
)

PARTS_OF_A_WHOLE = [
    # before: hard, « gives «26» where the source gives «27» »
    "26 pays de l'UE en organiseront d'avril à octobre.",
    "Au total, 26 pays membres de l'Union européenne organiseront des consultations citoyennes.",
    "Emmanuel Macron s'est félicité que 26 pays aient accepté d'organiser des consultations.",
]


@each(PARTS_OF_A_WHOLE)
def test_a_part_is_said_with_its_wholes_words(case: str) -> None:
    EU.draws_nothing(case, "figures")


# - A share of a whole whose unit the part leaves unsaid (« Sur les 39 sièges du conseil, 31
#   reviennent à la liste », « 31 des 39 sièges »): « soit près de 80 % » is the writer's true
#   sum, shown; said far from it (« près de 90 % ») it stays hard.
TOWN = Pairs(
    "town",
    """Municipales : la liste de Claire Martin l'emporte à Vannes

22 mars 2020. – La liste de Claire Martin a remporté dimanche le second tour des élections \
municipales de Vannes avec 54,3 % des suffrages. Sur les 39 sièges du conseil municipal, 31 \
reviennent à la liste victorieuse. Le nouveau conseil sera installé le samedi 28 mars.""",
)

SHARES_OF_AN_UNSAID_UNIT = [
    # before: each hard, « percentage not in the source «80 %» »
    "La liste victorieuse obtient 31 des 39 sièges, soit près de 80 % des sièges.",
    "Sur les 39 sièges du conseil municipal, 31 reviennent à la liste victorieuse, soit près "
    "de 80 %.",
    "La liste victorieuse obtient 31 des 39 sièges, soit 79,5 % des sièges.",
]


@each(SHARES_OF_AN_UNSAID_UNIT)
def test_a_share_of_a_whole_the_part_leaves_unsaid(case: str) -> None:
    TOWN.draws_nothing(case, "figures")


SHARES_OFF = [
    ("La liste victorieuse obtient 31 des 39 sièges, soit près de 90 % des sièges.", "90 %"),
    ("La liste victorieuse obtient près de 90 % des sièges du conseil municipal.", "90 %"),
]


@each(SHARES_OFF)
def test_a_share_far_from_the_figures_stays_hard(case: tuple[str, str]) -> None:
    TOWN.draws_one(case, "figures", "hard")


# - A record the source never makes, said apart after a comma (« …, un record historique »),
#   or as a comparison with everything else (« plus dynamique que tout autre indice »): a review,
#   as « le plus … de son histoire » is. « supérieur » naming something (« l'enseignement
#   supérieur ») grades nothing, so it no longer hides a record the sentence adds; a source
#   that compares (« supérieure à celle de 2016 ») or makes the record its own way (« un niveau
#   inédit ») still vouches for the article's.
MARKET = Pairs(
    "market",
    """Bourse : le Dow Jones franchit les 20 000 points

25 janvier 2017. – Le Dow Jones a gagné 150 points mercredi, à 20 068 points, un niveau \
inédit. Le nombre de transactions a atteint 1,2 milliard. Les diplômés de l'enseignement \
supérieur sont 40 000 parmi les nouveaux actionnaires. La hausse de janvier est supérieure à \
celle de 2016.""",
)

RECORDS_THE_SOURCE_MAKES = [
    "Le Dow Jones a gagné 150 points mercredi, à 20 068 points, un record historique.",
    "Le Dow Jones a gagné 150 points mercredi, à 20 068 points, du jamais vu.",
    "La hausse de janvier, la plus forte depuis un an, est supérieure à celle de 2016.",
    "Les diplômés de l'enseignement supérieur sont 40 000 parmi les nouveaux actionnaires.",
]


@each(RECORDS_THE_SOURCE_MAKES)
def test_a_record_the_source_makes_draws_nothing(case: str) -> None:
    MARKET.draws_nothing(case, "superlatives")


RECORDS_ADDED = [
    ("Le nombre de transactions a atteint 1,2 milliard, un record historique.", "un record"),
    ("Le nombre de transactions, plus élevé que jamais, a atteint 1,2 milliard.", "que jamais"),
    (
        "Le nombre de transactions, plus élevé que tout autre jour, a atteint 1,2 milliard.",
        "que tout",
    ),
    (
        "Les diplômés de l'enseignement supérieur sont 40 000 parmi les nouveaux actionnaires, "
        "un record.",
        "un record",
    ),
]


@each(RECORDS_ADDED)
def test_a_record_the_source_does_not_make_is_a_review(case: tuple[str, str]) -> None:
    MARKET.draws_one(case, "superlatives", "review")

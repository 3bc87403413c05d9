"""Figures and degrees, round 19 (F-A): recall where the evidence is certain, each form against
a small source of our own — the distorted twin is caught, the honest family draws nothing.

- A small figure after « les », « ses », « ces » (« dans les dix dernières minutes ») was never
  judged: it was read as counting what the article said before (« les deux candidats »). Where
  the sentence surely restates a source sentence that gives, of the same unit or noun, one other
  figure and never this one, it is the source's figure changed: hard where it is said with the
  words the source says the other with, else a review.
- « une moindre couverture » is a degree (less of it): « davantage médiatisée » for it is a
  degree turned (review); « plus limités », « plus réduits » are the low side of « important »
  (rank.txt pairs), so « plus limités » keeps the source's « moins importants ».
- « Première des six étapes » ranks among six where the parse hangs the six elsewhere: against
  the source's « la deuxième des six compétitions », hard."""

from __future__ import annotations

from tests.pairs import Pairs, each

MATCH = Pairs(
    "match",
    """Football : Nice rejoint par Lyon

Après avoir mené pendant tout le match, les Lyonnais ont été rejoints dans les trois dernières \
minutes par les Niçois. Plus tôt dans la saison, Nice avait encaissé deux buts dans les dix \
premières minutes contre Lille. Ses deux adjoints et ses trois joueurs blessés ont manqué le \
déplacement, a précisé l'entraîneur niçois.""",
)

THE_FEW_SAID_AGAIN = [
    "Les Lyonnais, qui avaient mené pendant tout le match, ont été rejoints dans les trois "
    "dernières minutes par les Niçois.",
    "Dans les trois ultimes minutes, les Niçois ont rejoint les Lyonnais, qui avaient mené "
    "pendant tout le match.",
    "Les Lyonnais ont mené tout le match avant d'être rejoints dans les trois dernières minutes.",
    "Nice avait encaissé deux buts dans les dix premières minutes contre Lille.",
    "Selon l'entraîneur niçois, ses deux adjoints et ses trois joueurs blessés ont manqué le "
    "déplacement.",
    "Ses cinq absents, deux adjoints et trois blessés, ont manqué le déplacement.",
    "Les deux équipes se sont séparées sur un nul, les Lyonnais ayant été rejoints dans les "
    "trois dernières minutes.",
]


@each(THE_FEW_SAID_AGAIN)
def test_a_few_said_again_draw_nothing(case: str) -> None:
    MATCH.draws_nothing(case, "figures")


THE_FEW_CHANGED = [
    (
        "Les Lyonnais, qui avaient mené pendant tout le match, ont été rejoints dans les dix "
        "dernières minutes par les Niçois.",
        "gives «dix» where the source gives «trois»",
    ),
    (
        "Les Lyonnais, qui avaient mené pendant tout le match, ont été rejoints dans les deux "
        "dernières minutes par les Niçois.",
        "gives «deux» where the source gives «trois»",
    ),
]


@each(THE_FEW_CHANGED)
def test_a_few_changed_in_their_place_are_hard(case: tuple[str, str]) -> None:
    MATCH.draws_one(case, "figures", "hard")


ATTACK = Pairs(
    "attack",
    """Cyberattaque : un second logiciel malveillant

12 mai 2017. – L'attaque Adylkuzz a sévi en même temps que WannaCry, mais a bénéficié d'une \
moindre couverture médiatique. Les rançons réclamées étaient plus élevées que prévu par les \
experts. Les hôpitaux britanniques ont été les plus touchés par l'attaque. Les dégâts sont moins \
importants en Asie selon les experts.""",
)

DEGREES_KEPT = [
    "L'attaque Adylkuzz a sévi en même temps que WannaCry, mais elle a été moins médiatisée.",
    "L'attaque Adylkuzz a sévi en même temps que WannaCry, mais sa couverture médiatique a été "
    "plus faible.",
    "L'attaque Adylkuzz a sévi en même temps que WannaCry, mais elle a été plus discrète dans les "
    "médias.",
    "L'attaque Adylkuzz a sévi en même temps que WannaCry, mais les médias en ont moins parlé.",
    "L'attaque Adylkuzz a sévi en même temps que WannaCry, mais avec un moindre écho médiatique.",
    "Selon les experts, les dégâts sont plus limités en Asie.",
    "Selon les experts, les dégâts sont plus réduits en Asie.",
    "Les hôpitaux britanniques ont été les plus durement touchés par l'attaque.",
]


@each(DEGREES_KEPT)
def test_degrees_said_another_way_draw_nothing(case: str) -> None:
    ATTACK.draws_nothing(case, ("rank", "comparatives", "superlatives"))


DEGREES_TURNED = [
    (
        "L'attaque Adylkuzz a sévi en même temps que WannaCry, mais elle a été davantage "
        "médiatisée.",
        "where the source says «moins couverture»",
    ),
    (
        "L'attaque Adylkuzz a sévi en même temps que WannaCry, mais sa couverture médiatique a "
        "été plus large.",
        "where the source says «moins couverture»",
    ),
]


@each(DEGREES_TURNED)
def test_a_degree_turned_against_a_lesser_one_is_a_review(case: tuple[str, str]) -> None:
    ATTACK.draws_one(case, "rank", "review")


def test_a_low_word_of_the_pair_turned_is_hard() -> None:
    ATTACK.draws_one(
        ("Selon les experts, les dégâts sont moins limités en Asie.", "moins limité"),
        "rank",
        "hard",
    )


SKATING = Pairs(
    "skating",
    """Patinage : le Grand Prix d'Helsinki

C'est la deuxième des six compétitions du Grand Prix ISU 2018 qui permettent de se qualifier \
pour la finale. Elle a lieu une semaine après Skate America.""",
)

RANK_AMONG_KEPT = [
    "Deuxième des six étapes du Grand Prix ISU 2018 qui permettent de se qualifier pour la "
    "finale, elle a lieu une semaine après Skate America.",
    "C'est la deuxième des six compétitions du Grand Prix ISU 2018 qualificatives pour la finale.",
    "Cette compétition est la deuxième des six du Grand Prix ISU 2018 qui permettent de se "
    "qualifier pour la finale.",
    "Deuxième des six rendez-vous du Grand Prix ISU 2018, elle permet de se qualifier pour la "
    "finale.",
]


@each(RANK_AMONG_KEPT)
def test_a_rank_among_said_again_draws_nothing(case: str) -> None:
    SKATING.draws_nothing(case, "rank")


def test_a_rank_among_changed_is_hard() -> None:
    SKATING.draws_first(
        (
            "Première des six étapes du Grand Prix ISU 2018 qui permettent de se qualifier pour "
            "la finale, elle a lieu une semaine après Skate America.",
            "ranks «sur 6» «Première» where the source says «deuxième»",
        ),
        "rank",
        "hard",
    )


# - Two figures of the sentence restated, each in the other's place (« Thouless, 65 ans,
#   Haldane, 82 ans » for « Thouless (82 ans), Haldane (65 ans) »): read by the words right beside
#   each, on a near-minimal pair — hard. A writer who turns the sentence round keeps each figure
#   beside its own words: nothing.
NOBEL = Pairs(
    "nobel",
    """Nobel de physique : trois Britanniques

4 octobre 2016. – Les physiciens David Thouless (82 ans), Duncan Haldane (65 ans) et Michael \
Kosterlitz (74 ans) sont honorés par le prix Nobel. Au Kurdistan, le référendum approuve \
l'indépendance à 92,7 % avec une participation de 75,1 %.""",
)

PAIRS_TURNED_ROUND = [
    "Les physiciens Duncan Haldane, 65 ans, David Thouless, 82 ans, et Michael Kosterlitz, 74 "
    "ans, sont honorés par le prix Nobel.",
    "Sont honorés par le prix Nobel les physiciens David Thouless, 82 ans, Duncan Haldane, 65 "
    "ans, et Michael Kosterlitz, 74 ans.",
    "Les physiciens David Thouless, Duncan Haldane et Michael Kosterlitz, âgés de 82, 65 et 74 "
    "ans, sont honorés par le prix Nobel.",
    "Au Kurdistan, avec une participation de 75,1 %, le référendum approuve l'indépendance à "
    "92,7 %.",
    "Au Kurdistan, la participation au référendum a atteint 75,1 %, et l'indépendance a été "
    "approuvée à 92,7 %.",
    "Au Kurdistan, le référendum approuve l'indépendance à 92,7 %, la participation étant de "
    "75,1 %.",
    "Au Kurdistan, le référendum, avec 75,1 % de participation, approuve l'indépendance à 92,7 %.",
]


@each(PAIRS_TURNED_ROUND)
def test_a_pair_turned_round_draws_nothing(case: str) -> None:
    NOBEL.draws_nothing(case, "figures")


PAIRS_EXCHANGED = [
    (
        "Les physiciens David Thouless, 65 ans, Duncan Haldane, 82 ans, et Michael Kosterlitz, "
        "74 ans, sont honorés par le prix Nobel.",
        "gives «65» where the source gives «82»",
    ),
    (
        "Au Kurdistan, le référendum approuve l'indépendance à 75,1 %, avec une participation de "
        "92,7 %.",
        "gives «75,1 %» where the source gives «92,7 %»",
    ),
]


@each(PAIRS_EXCHANGED)
def test_a_pair_exchanged_is_hard(case: tuple[str, str]) -> None:
    NOBEL.draws_first(case, "figures", "hard")


# - A few after « les » in a sentence restated less surely (« des huit compétitions » for the
#   source's « une série de dix compétitions »): a review.
SERIES = Pairs(
    "series",
    """Patinage : le Trophée de Bavière

Cette compétition est la septième de l'« ISU Challenger Series », une série de dix compétitions \
destinées aux patineurs non sélectionnés pour le Grand Prix ISU.""",
)


def test_a_few_changed_in_a_sentence_less_sure_are_a_review() -> None:
    SERIES.draws_one(
        (
            "Le trophée était la septième des huit compétitions de l'ISU Challenger Series.",
            "gives «huit» where the source gives «dix»",
        ),
        "figures",
        "review",
    )


# - A count of anyone (« douze personnes ») said with a word of a class after it (« … ont été
#   tuées ») counts that class, as the source's « sept morts » does: another figure of the source
#   (its « douze personnes ont été arrêtées ») in that place is the source's figure changed.
LONDON = Pairs(
    "london",
    """Londres : une série d'attaques

4 juin 2017. – Le bilan provisoire s'élève à sept morts et à environ 48 blessés, dont une \
vingtaine dans un état grave. Douze personnes ont été arrêtées dimanche dans l'est de Londres.""",
)

CLASSES_SAID_AFTER = [
    "Selon le bilan provisoire, sept personnes ont été tuées et environ 48 blessées, dont une "
    "vingtaine dans un état grave.",
    "Douze personnes ont été interpellées dimanche dans l'est de Londres.",
    "Le bilan provisoire fait état de sept personnes tuées et d'environ quarante-huit blessés, "
    "dont une vingtaine gravement.",
    "Dimanche, douze personnes ont été arrêtées dans l'est de Londres, alors que le bilan "
    "provisoire s'élève à sept morts.",
    "Selon le bilan provisoire, sept personnes sont mortes et environ quarante-huit ont été "
    "blessées, dont une vingtaine grièvement.",
    "Environ quarante-huit personnes ont été blessées, dont une vingtaine dans un état grave, et "
    "sept tuées, selon le bilan provisoire.",
]


@each(CLASSES_SAID_AFTER)
def test_counts_of_a_class_said_after_them_draw_nothing(case: str) -> None:
    LONDON.draws_nothing(case, "figures")


CLASSES_SWAPPED = [
    (
        "Selon le bilan provisoire, douze personnes ont été tuées et environ 48 blessées, dont une "
        "vingtaine dans un état grave.",
        "gives «douze» where the source gives «sept»",
    ),
    (
        "Selon le bilan provisoire, sept personnes ont été tuées et environ douze blessées, dont "
        "une vingtaine dans un état grave.",
        "gives «douze» where the source gives «48»",
    ),
]


@each(CLASSES_SWAPPED)
def test_another_figure_of_the_source_in_a_class_said_after_is_hard(case: tuple[str, str]) -> None:
    LONDON.draws_one(case, "figures", "hard")


# - « progresse de 4,2 % sur un an et de 1,8 % sur six mois »: the verb before the first figure
#   is both figures' (the second one's left unsaid), so it tells neither apart — a writer who
#   gives the six months first keeps the verb in front.
TRAFFIC = Pairs(
    "traffic",
    """Transports : les TER bretons

14 mars 2024. – Selon la région, le trafic des TER progresse de 4,2 % sur un an et de 1,8 % sur \
six mois.""",
)

ELIDED_VERB_TURNED_ROUND = [
    "Selon la région, le trafic des TER progresse de 1,8 % sur six mois et de 4,2 % sur un an.",
    "Selon la région, le trafic des TER gagne 1,8 % sur six mois et 4,2 % sur un an.",
    "Sur six mois, le trafic des TER progresse de 1,8 %, et de 4,2 % sur un an, selon la région.",
    "Selon la région, le trafic des TER progresse de 4,2 % sur un an et de 1,8 % sur six mois.",
]


@each(ELIDED_VERB_TURNED_ROUND)
def test_a_verb_left_unsaid_tells_no_figure_apart(case: str) -> None:
    TRAFFIC.draws_nothing(case, "figures")


# - A lapse of time between two events (« une demi-heure plus tard », « il y a six mois ») in a
#   sentence that restates one giving another lapse, this one given nowhere in the source: a
#   review. The same length said otherwise (« trente minutes plus tard », « six mois plus tôt »)
#   or within the source's bound (« une heure après » for « moins de deux heures après ») is
#   silent.
KABUL = Pairs(
    "kabul",
    """Afghanistan : deux attaques à Kaboul

30 avril 2018. – La première attaque a eu lieu vers 8 heures du matin. Une demi-heure plus tard, \
une deuxième attaque a visé les journalistes venus sur place. L'État islamique a revendiqué \
l'attentat moins de deux heures après. Le procès des commanditaires avait débuté il y a six \
mois.""",
)

LAPSES_KEPT = [
    "Trente minutes plus tard, une deuxième attaque a visé les journalistes venus sur place.",
    "Une deuxième attaque a visé les journalistes venus sur place une demi-heure plus tard.",
    "Moins de deux heures après, l'État islamique a revendiqué l'attentat.",
    "L'État islamique a revendiqué l'attentat une heure après.",
    "Le procès des commanditaires avait commencé six mois plus tôt.",
    "Le procès des commanditaires avait débuté six mois auparavant.",
    "La première attaque a eu lieu vers 8 heures du matin, et une deuxième une demi-heure plus "
    "tard.",
]


@each(LAPSES_KEPT)
def test_a_lapse_said_otherwise_draws_nothing(case: str) -> None:
    KABUL.draws_nothing(case, "figures")


LAPSES_CHANGED = [
    (
        "Trois heures plus tard, une deuxième attaque a visé les journalistes venus sur place.",
        "gives «Trois heures plus tard» where the source gives «Une demi-heure plus tard»",
    ),
    (
        "Le procès des commanditaires avait débuté un an plus tôt.",
        "gives «un an plus tôt» where the source gives «il y a six mois»",
    ),
]


@each(LAPSES_CHANGED)
def test_another_lapse_is_a_review(case: tuple[str, str]) -> None:
    KABUL.draws(case, "figures", "review")  # « Trois », a number the source lacks, is hard too

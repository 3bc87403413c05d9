"""Figures as an honest editor writes them (round 17, F-A): families written ahead of the blind
writers, each against a small source of our own — the true sentences draw no hard finding (most
drew one before), the distorted twin stays hard where it is certain.

- A range or a choice said once (« entre 15 à 17 ans », « entre 3 000 et 8 000 hommes »): its
  first number measures or counts what the second does. « 15 » is an age, not a count to set
  against « trois ou quatre »; « plusieurs milliers d'hommes » is the order of the source's
  3 000 to 8 000 hommes (a short noun's plural too: « hommes » for the lemma « homme »)."""

from __future__ import annotations

from tests.pairs import Pairs, each

MILITIA = Pairs(
    "militia",
    """Mali : des adolescents arrêtés après une attaque près de Mopti

9 mai 2019. – Une dizaine de villages ont été attaqués depuis janvier dans la région de Mopti, \
et plusieurs centaines de familles ont fui vers Sévaré. Selon l'ONU, la milice compterait entre \
3 000 et 8 000 hommes. Trois ou quatre d'entre eux, des adolescents âgés entre 15 à 17 ans ont \
été arrêtés mardi par l'armée malienne et sont détenus à Sévaré.""",
)

RANGES_KEPT = [
    # before: each hard, « gives «quatre» where the source gives «15» » (the age read as a count)
    "Parmi eux, trois ou quatre ont été arrêtés mardi par l'armée malienne et sont détenus à "
    "Sévaré.",
    "Trois ou quatre jeunes ont été arrêtés mardi par l'armée malienne.",
    "L'armée malienne a arrêté mardi trois ou quatre adolescents, aujourd'hui détenus à Sévaré.",
    "Trois ou quatre adolescents de 15 à 17 ans ont été arrêtés mardi par l'armée malienne.",
    # before: each hard, « number not in the source «plusieurs milliers» »
    "Selon l'ONU, la milice compterait plusieurs milliers d'hommes.",
    "La milice rassemblerait quelques milliers d'hommes, selon l'ONU.",
    "La milice compterait des milliers d'hommes, selon l'ONU.",
    "Selon l'ONU, la milice compterait entre trois et huit mille hommes.",
]


@each(RANGES_KEPT)
def test_a_range_said_once_is_read_whole(case: str) -> None:
    MILITIA.draws_nothing(case, "figures")


RANGES_CHANGED = [
    ("Parmi eux, six ont été arrêtés mardi par l'armée malienne et sont détenus à Sévaré.", "six"),
    ("Selon l'ONU, la milice compterait entre 3 000 et 18 000 hommes.", "18 000"),
    ("Selon l'ONU, la milice compterait plusieurs dizaines de milliers d'hommes.", "dizaines"),
]


@each(RANGES_CHANGED)
def test_a_figure_out_of_the_range_is_still_hard(case: tuple[str, str]) -> None:
    MILITIA.draws_one(case, "figures", "hard")


def test_an_order_of_another_noun_over_a_source_figure_is_a_review() -> None:
    # « miliciens » may be the writer's word for the source's « hommes »: the source's 3 000
    # falls in the order's span, so no longer hard — an order over no source figure still is
    MILITIA.draws_one(
        ("Selon l'ONU, la milice compterait plusieurs milliers de miliciens.", "plusieurs"),
        "figures",
        "review",
    )


# - Computed and rounded: a rounded sum of a list whose second figure leaves its noun unsaid
#   (« 37 personnes en hélicoptère et 212 en bateau »: 212 personnes), a share and the points it
#   moved by (« 38 %, en baisse de 17 points »: 55 % before), a fraction bounded on the side
#   the source's share lies (« un peu plus d'un tiers » for 38 %): the writer's work, no figure
#   invented — a review at most; the same forms off the source's figures stay hard.
FLOOD = Pairs(
    "flood",
    """Inondations dans le Gard : des milliers de sinistrés

14 octobre 2021. – Les inondations qui ont frappé le Gard depuis lundi ont fait entre 2 000 et \
3 000 sinistrés, selon la préfecture. Le niveau de la rivière a atteint 6,03 mètres mardi, contre \
4,5 mètres lors de la crue de 2002. Les secours ont évacué 37 personnes en hélicoptère et 212 en \
bateau.""",
)

VOTE = Pairs(
    "vote",
    """Municipales : Claire Martin l'emporte à Vannes

22 mars 2020. – La liste de Claire Martin a remporté dimanche le second tour des élections \
municipales de Vannes avec 54,3 % des suffrages, contre 45,7 % pour celle du maire sortant, Paul \
Le Goff. La participation s'est établie à 38 %, en baisse de 17 points par rapport à 2014.""",
)


def test_a_rounded_sum_of_a_list_is_a_review() -> None:
    # before: hard, « number not in the source «250» » (212 read as counting nothing)
    FLOOD.draws_one(
        ("Les secours ont évacué près de 250 personnes, par les airs ou en bateau.", "250"),
        "figures",
        "review",
    )
    FLOOD.draws_nothing("Les secours ont évacué 249 personnes au total.", "figures", "hard")


def test_the_two_counts_of_the_list_exchanged_are_hard() -> None:
    found = FLOOD.found(
        "Les secours ont évacué 212 personnes en hélicoptère et 37 en bateau.", "figures", "hard"
    )
    assert len(found) == 2, [f.message for f in found]


def test_a_share_before_its_change_in_points_is_a_review() -> None:
    # before: hard, « percentage not in the source «55 %» »
    VOTE.draws_one(("En 2014, la participation avait atteint 55 %.", "55 %"), "figures", "review")
    VOTE.draws_one(("En 2014, la participation avait atteint 65 %.", "65 %"), "figures", "hard")


FRACTIONS_KEPT = [
    "La participation s'est établie à un peu plus d'un tiers des inscrits.",
    "La participation s'est établie à moins de deux électeurs sur cinq.",
    "La liste du maire sortant a obtenu un peu moins de la moitié des voix.",
]


@each(FRACTIONS_KEPT)
def test_a_fraction_bounding_the_restated_share_passes(case: str) -> None:
    VOTE.draws_nothing(case, "figures")


def test_a_fraction_bounding_a_share_of_another_sentence_is_a_review() -> None:
    # before: hard, « percentage not in the source «un tiers» »
    VOTE.draws_one(("Un peu plus d'un tiers des électeurs ont voté.", "tiers"), "figures", "review")
    VOTE.draws_one(
        ("La liste de Claire Martin a obtenu moins d'un tiers des voix au second tour.", "tiers"),
        "figures",
        "hard",
    )


# - A year the sentence gives places its figures: « en 2002, la rivière avait atteint 4,50
#   mètres » is the source's « 4,5 mètres lors de la crue de 2002 », though « la rivière …
#   atteint » are the words it says 6,03 with; a year in digits takes no unit from the length
#   before it (« il y a vingt ans, en 2002 » is no « 2002 ans »).
YEARS_KEPT = [
    "Il y a presque vingt ans, en 2002, la rivière avait atteint 4,50 mètres.",
    "En 2002, la rivière avait atteint 4,5 mètres, selon la préfecture.",
]


@each(YEARS_KEPT)
def test_a_figure_said_with_its_year_is_in_its_place(case: str) -> None:
    FLOOD.draws_nothing(case, "figures")  # before: hard, « gives «4,50» where … «6,03» »


def test_a_figure_said_with_the_other_figure_s_words_is_hard() -> None:
    FLOOD.draws_one(("Mardi, la rivière a atteint 4,5 mètres.", "«4,5»"), "figures", "hard")


# - Lengths of time: an age restates an age and a length a length (« Âgée de 31 ans » is no
#   length to set against « il y a trois ans »); a span from a year alone counts on the calendar
#   (« il y a trois ans » in April 2025 for « en 2022 »); a gap between two race times said
#   round with a bound word (« près d'une minute et demie », « d'environ 90 secondes ») is the
#   writer's; one near no source time nor gap is invented; a race time with its marks
#   (« 2h24'12 ») is the source's « 2 h 24 min 12 s ».
RACE = Pairs(
    "race",
    """Marathon de Lyon : victoire de Sarah Benali

6 avril 2025. – La Française Sarah Benali a remporté dimanche le marathon de Lyon en 2 h 24 min \
12 s, devant la Kényane Ruth Wanjiru, deuxième en 2 h 25 min 40 s. Âgée de 31 ans, Benali signe \
la deuxième victoire de sa carrière après celle de Rotterdam en 2022.""",
)

TIMES_KEPT = [
    # before: hard, « gives «trois ans» where the source gives «31 ans» » and « not in the source »
    "Sarah Benali signe son deuxième succès après Rotterdam il y a trois ans.",
    "Sarah Benali, 31 ans, avait gagné à Rotterdam il y a 3 ans.",
    "Sarah Benali signe son deuxième succès, trois ans après celui de Rotterdam.",
    # before: hard, « gives «12» where the source gives «24» »
    "Sarah Benali s'est imposée en 2h24'12, devant Ruth Wanjiru.",
    "Sarah Benali s'est imposée en 2 h 24' 12'', devant Ruth Wanjiru, 2 h 25' 40''.",
]


@each(TIMES_KEPT)
def test_lengths_and_times_said_otherwise_pass(case: str) -> None:
    RACE.draws_nothing(case, "figures")


GAPS_ROUNDED = [
    "Sarah Benali a devancé Ruth Wanjiru de près d'une minute et demie.",
    "Sarah Benali a devancé Ruth Wanjiru d'environ une minute et demie.",
    "Sarah Benali a devancé Ruth Wanjiru de près de 90 secondes.",
]


@each(GAPS_ROUNDED)
def test_a_rounded_gap_between_two_race_times_passes(case: str) -> None:
    # before: hard, « duration not in the source » (« près d' », « d'environ » were read as no
    # bound word); a gap said round with one is the writer's, as a bound of a source duration is
    RACE.draws_nothing(case, "figures")


TIMES_CHANGED = [
    ("Sarah Benali signe son deuxième succès après Rotterdam il y a cinq ans.", "cinq"),
    ("Âgée de 33 ans, Benali signe la deuxième victoire de sa carrière.", "33"),
    ("Sarah Benali a devancé Ruth Wanjiru de près de cinq minutes.", "cinq minutes"),
    ("Sarah Benali s'est imposée en 2h25'12, devant Ruth Wanjiru.", "2h25'12"),
]


@each(TIMES_CHANGED)
def test_a_length_or_time_changed_is_still_hard(case: tuple[str, str]) -> None:
    RACE.draws(case, "figures", "hard")


# - A range whose unit the source leaves unsaid (« âgés de 18 à 24 ») is no figure of another
#   unit the source gives the same number elsewhere (« au bout de 18 mois »): the article's « 18 à
#   24 ans » says the unit the source left to the reader.
APPS = Pairs(
    "apps",
    """Réseaux sociaux : Snapchat séduit les jeunes

12 mars 2016. – Près de 47 % des utilisateurs de Snapchat sont âgés de 18 à 24, contre 23 % \
pour Instagram. L'application Slingshot a disparu au bout de 18 mois.""",
)


def test_a_range_whose_unit_the_source_leaves_unsaid_passes() -> None:
    # before this round's range reading: nothing; with « 18 à 24 ans » read as ages and the
    # source's unitless 18 ignored, « gives «18» in ans: the source's 18 counts mois », hard
    APPS.draws_nothing(
        "Près de 47 % des utilisateurs de Snapchat sont âgés de 18 à 24 ans, contre 23 % pour "
        "Instagram.",
        "figures",
    )

"""Figures read as the source means them (round 16, F-A), each class with pairs of our own: a true
sentence that must pass, the same sentence with the fact changed that must still fail.

- An ordinal in digits is no day of the month: French days are cardinal but the first (« le 9 »,
  « le 1er »), so « au 9e », « jusqu'au 11e et dernier étage », « au 12e rang » rank floors and
  places, even after a date of the sentence (« le 12 mars, au 3e étage »); « 1er et dernier »
  ranks the noun said after it. The source vouches for the rank, not for a day it never gives."""

from __future__ import annotations

from tests.pairs import Pairs, each

FIRE = Pairs(
    "fire",
    """Lyon : une tour ravagée par un incendie

16 mars 2019. – Le feu, qui a pris le 12 mars au 3e étage, s'est propagé jusqu'au 11e et dernier \
étage de la tour, selon les pompiers. Il a duré six heures. Le 13 mars, la skieuse lyonnaise \
Anne Morel est remontée du 20e au 14e rang de la descente de Cortina.""",
)

RANKS_KEPT = [
    "Parti du troisième étage le 12 mars, le feu a gagné le onzième et dernier étage de la tour.",
    "Le feu a gagné le 11e et dernier étage de la tour, selon les pompiers.",
    "Le 13 mars, Anne Morel est remontée de la vingtième à la quatorzième place de la descente.",
]


@each(RANKS_KEPT)
def test_a_rank_the_source_gives_after_a_date_is_its_rank(case: str) -> None:
    # before: the source's « jusqu'au 11e », « au 14e » were read as 11 and 14 March, so
    # « onzième », « quatorzième » were ordinals « not in the source », hard
    FIRE.draws_nothing(case, "figures")


RANKS_CHANGED = [
    ("Le feu a gagné le dix-septième et dernier étage de la tour.", "«dix-septième»"),
    ("Le 13 mars, Anne Morel est remontée de la vingt-deuxième à la quatorzième place.", "«vingt"),
]


@each(RANKS_CHANGED)
def test_another_rank_is_still_flagged(case: tuple[str, str]) -> None:
    FIRE.draws_one(case, "figures", "hard")


DAYS_NOT_GIVEN = [
    ("Le feu a pris le 11 mars au troisième étage de la tour.", "11 mars"),
    ("Le 20 mars, Anne Morel est remontée à la quatorzième place de la descente.", "20 mars"),
]


@each(DAYS_NOT_GIVEN)
def test_a_day_the_rank_is_not_is_flagged(case: tuple[str, str]) -> None:
    # the source's « jusqu'au 11e », « au 14e rang » vouch for no 11 or 14 March
    FIRE.draws(case, "figures", "hard")


FINAL = Pairs(
    "final",
    """Handball : Nantes en finale

7 mai 2018. – Le 5 mai, au 1er et dernier match de la série, Nantes a battu Montpellier 31 à 28.""",
)


def test_first_and_last_is_a_rank_not_the_first_of_the_month() -> None:
    FINAL.draws_nothing("Le 5 mai, Nantes a battu Montpellier 31 à 28.", "figures")
    # « au 1er et dernier match » is no 1 May (a review: the source writes « 1er »), and another
    # day is a date the source never gives
    FINAL.draws_one(
        ("Le 1er mai, Nantes a battu Montpellier 31 à 28.", "«1er mai»"), "figures", "review"
    )
    FINAL.draws_one(("Le 2 mai, Nantes a battu Montpellier 31 à 28.", "«2 mai»"), "figures", "hard")


# - A count whose noun the source says as a verb or adjective after the figure (« quatre
#   personnes sont mortes », « sept ont été blessées ») counts that class of thing (lexicon
#   counted): « quatre morts », « sept blessés » restate it; another count of the same class
#   (« trois morts ») is a changed figure, and the two counts exchanged are flagged.
CRASH = Pairs(
    "crash",
    """Alpes : un car sort de la route près de Gap

3 juin 2018. – Quatre personnes sont mortes et sept ont été blessées dans l'accident d'un car \
près de Gap, selon la préfecture. Le car transportait trente-deux passagers.""",
)

COUNTS_KEPT = [
    "L'accident d'un car près de Gap a fait quatre morts et sept blessés, selon la préfecture.",
    "L'accident d'un car près de Gap a fait 4 morts et 7 blessés, selon la préfecture.",
    "Selon la préfecture, quatre personnes ont perdu la vie et sept ont été blessées près de Gap.",
]


@each(COUNTS_KEPT)
def test_a_count_the_source_gives_with_its_verb_is_kept(case: str) -> None:
    CRASH.draws_nothing(case, "figures")


def test_another_count_of_the_same_class_is_flagged() -> None:
    # before: « trois » is a small count in words, discourse unless the source counts « morts »
    # by that noun: missed. A review here, where the sentence restates its source sentence with
    # less than high confidence (hard where it does: heldout-r20 r20-s4 « cinq morts »)
    CRASH.draws_one(
        (
            "L'accident d'un car près de Gap a fait trois morts et sept blessés, selon la "
            "préfecture.",
            "gives «trois» where the source gives «Quatre»",
        ),
        "figures",
        "review",
    )


def test_the_two_counts_exchanged_are_flagged() -> None:
    found = CRASH.found(
        "L'accident d'un car près de Gap a fait sept morts et quatre blessés, selon la préfecture.",
        "figures",
    )
    assert [f.severity for f in found] == ["hard", "hard"], [f.message for f in found]
    assert "gives «sept» where the source gives «Quatre" in found[0].message


BLAST = Pairs(
    "blast",
    """Chine : explosion dans une usine de Tianjin

12 août 2015. – Cinq personnes sont mortes et neuf ont été blessées mardi dans l'explosion d'une \
usine chimique à Tianjin, dans le nord de la Chine, a annoncé l'agence Chine nouvelle. Un \
incendie s'est ensuite déclaré.""",
)
BLASTED = (
    "L'explosion d'une usine chimique à Tianjin, dans le nord de la Chine, a fait {} morts et {} "
    "blessés mardi, a annoncé l'agence Chine nouvelle."
)


def test_counts_restated_with_high_confidence() -> None:
    BLAST.draws_nothing(BLASTED.format("cinq", "neuf"), "figures")
    BLAST.draws_one((BLASTED.format("trois", "neuf"), "«trois»"), "figures", "hard")
    # exchanged: each count stands where the source gives the other of its class, hard
    found = BLAST.found(BLASTED.format("neuf", "cinq"), "figures")
    assert [f.severity for f in found] == ["hard", "hard"], [f.message for f in found]
    assert "gives «neuf» where the source gives «Cinq" in found[0].message


# - Figures the source gives together in another sentence vouch for the sentence's own only
#   where they count there what they count here: « six pharmacies et trois écoles » vouch for no
#   « six camions … trois nuits » where the restated sentence gives « neuf camions »; a count
#   the source gives only of other things elsewhere (« six entrepôts ») leaves the swap flagged.
LOOTING = Pairs(
    "looting",
    """Centrafrique : des pillages à Bangui

Au moins six pharmacies et trois écoles ont été pillées dans le centre de Bangui, a affirmé l'ONU \
mardi.

9 mars 2016. – Les pillages ont touché notamment un entrepôt de la Croix-Rouge. « Au cours de \
trois nuits de pillages, menées à quelques heures d'intervalle, l'entrepôt a été vidé par neuf \
camions » a affirmé le bureau de la Croix-Rouge à Douala. Au moins six entrepôts de \
l'organisation ont été pillés depuis janvier.""",
)
LOOTED = (
    "Selon le bureau de Douala, {} camions ont vidé le dépôt au cours de trois nuits de pillages."
)


def test_figures_together_elsewhere_vouch_only_for_what_they_count() -> None:
    LOOTING.draws_nothing(LOOTED.format("neuf"), "figures")
    # before: nothing (« six » and « trois » stand together in the ONU's sentence)
    LOOTING.draws_one(
        (LOOTED.format("six"), "gives «six» where the source gives «neuf»"), "figures", "hard"
    )


def test_figures_together_elsewhere_counting_alike_still_vouch() -> None:
    LOOTING.draws_nothing(
        "Selon l'ONU, au moins six pharmacies et trois écoles ont été pillées mardi à Bangui.",
        "figures",
    )


# - A day the source dates in one year, said with another year the source names elsewhere (« le
#   30 septembre 2015 » for its « 30 septembre 2016 », 2015 given for another fact), is a date
#   changed, not the source's day with its year added: hard. A day the source gives without a
#   year may still take one of its years.
BUDGET = Pairs(
    "budget",
    """Budget : la loi de finances sera révisée

12 décembre 2017. – La loi, adoptée le 21 décembre 2016, sera révisée en 2018, a annoncé le \
ministre. Le texte sera de nouveau examiné le 15 janvier par la commission des finances.""",
)

DAYS_KEPT = [
    "Adoptée le 21 décembre 2016, la loi sera révisée en 2018, a annoncé le ministre.",
    "Adoptée le 21 décembre, la loi sera révisée en 2018, a annoncé le ministre.",
    "La commission des finances examinera de nouveau le texte le 15 janvier 2018.",
]


@each(DAYS_KEPT)
def test_the_source_day_with_its_year_or_one_of_its_years_added(case: str) -> None:
    BUDGET.draws_nothing(case, "figures")


def test_the_source_day_in_another_of_its_years_is_flagged() -> None:
    # before: nothing (2018 is a year of the source, 21 December a day of it)
    BUDGET.draws_one(
        (
            "Adoptée le 21 décembre 2018, la loi sera révisée en 2018, a annoncé le ministre.",
            "date not in the source «21 décembre 2018»",
        ),
        "figures",
        "hard",
    )


# - A round figure in words (« une vingtaine », about 20) whose span overlaps only the source's
#   round figures of other values (« une trentaine ») — no figure of the source it rounds, no
#   order without a value (« des dizaines ») — is another figure said round: a review (the spans
#   of the two overlap, and both passed before).
RALLY = Pairs(
    "rally",
    """Retraites : des rassemblements dans le Cher

14 janvier 2020. – Une trentaine de manifestants se sont rassemblés devant la mairie de Vierzon \
mardi matin. À Bourges, 212 personnes ont défilé dans l'après-midi, selon la préfecture.""",
)

ROUND_KEPT = [
    "Une trentaine de manifestants se sont réunis mardi matin devant la mairie de Vierzon.",
    "À Bourges, quelque deux centaines de personnes ont défilé l'après-midi, selon la préfecture.",
]


@each(ROUND_KEPT)
def test_a_round_figure_the_source_gives_or_rounds_passes(case: str) -> None:
    RALLY.draws_nothing(case, "figures")


def test_another_round_figure_is_a_review() -> None:
    RALLY.draws_one(
        (
            "Une vingtaine de manifestants se sont réunis mardi matin devant la mairie de Vierzon.",
            "gives «Une vingtaine» where the source gives «Une trentaine»",
        ),
        "figures",
        "review",
    )


def test_a_round_figure_beside_an_order_of_no_value_passes() -> None:
    orders = Pairs(
        "orders",
        """Retraites : des rassemblements dans le Cher

14 janvier 2020. – Des dizaines de manifestants se sont rassemblés devant la mairie de Vierzon \
mardi matin.""",
    )
    orders.draws_nothing(
        "Une vingtaine de manifestants se sont réunis mardi matin devant la mairie de Vierzon.",
        "figures",
    )


# - A day said relative to another (« la veille », « le lendemain », « le surlendemain », lexicon
#   relative_days) where the source sentence restated says another of the same anchor is a day
#   changed, maybe: a review (the day it counts from may be another). Not the converse: « la
#   veille, X » for the source's « le lendemain de X » tells the same two days from X. « demain »,
#   « aujourd'hui » are not read (« l'Europe de demain »).
STAGE = Pairs(
    "stage",
    """Cyclisme : Thomas Lenoir s'impose à Mâcon

14 juillet 2019. – Les coureurs ont quitté Lyon le 11 juillet sous la pluie. Le lendemain, le \
Belge Thomas Lenoir a remporté au sprint l'étape de Mâcon, devant le Français Paul Morel.""",
)
STAGED = "{}, le Belge Thomas Lenoir a remporté au sprint l'étape de Mâcon, devant Paul Morel."


@each(["Le lendemain", "Le 12 juillet", "La veille"])
def test_the_relative_day_the_source_says_or_its_converse_passes(case: str) -> None:
    STAGE.draws_nothing(STAGED.format(case), "figures")


def test_another_relative_day_is_a_review() -> None:
    # before: nothing (no figure to compare)
    STAGE.draws_one(
        (
            STAGED.format("Le surlendemain"),
            "says «Le surlendemain» where the source says «Le lendemain»",
        ),
        "figures",
        "review",
    )


def test_the_converse_told_from_the_other_day_passes() -> None:
    shots = Pairs(
        "shots",
        """Floride : une fusillade à Orlando

13 juin 2016. – La fusillade d'Orlando intervient le lendemain d'une fusillade ayant coûté la vie \
à la chanteuse Christina Grimmie, dans la même ville.""",
    )
    shots.draws_nothing(
        "La veille, une fusillade avait coûté la vie à la chanteuse Christina Grimmie, à Orlando.",
        "figures",
    )


def test_a_round_figure_the_source_says_with_another_article_passes() -> None:
    # honest-r14 r14-q3: the source's « à la trentaine de Gilets jaunes » is no order it reads,
    # beside its « Une dizaine de Gilets jaunes »
    camps = Pairs(
        "camps",
        """Gilets jaunes : les ronds-points évacués

29 décembre 2018. – Une dizaine de Gilets jaunes occupent toujours le rond-point de Soyaux. À \
Cognac, la police a rendu visite à la trentaine de Gilets jaunes présents au rond-point.""",
    )
    camps.draws_nothing(
        "À Cognac, une trentaine de Gilets jaunes ont reçu la visite de la police au rond-point.",
        "figures",
    )


# - « le premier / la dernière à » and an infinitive rank the act (« le premier à prêter
#   serment »), as « le dernier pays à rompre » does besides its noun: another rank of that act
#   is a changed rank, hard where the sentence surely restates its source sentence (the rank slot).
OATH = Pairs(
    "oath",
    """États-Unis : investiture à Washington

20 janvier 2017. – Accueilli par la foule, le président est arrivé à 11 h 30. Le vice-président \
Mike Pence a été le premier à prêter serment sur les marches du Capitole, à 11 h 52.""",
)
OATHS = (
    "Le vice-président Mike Pence a été {} à prêter serment sur les marches du Capitole, à 11 h 52."
)


@each(["le premier", "le tout premier"])
def test_the_act_ranked_as_the_source_ranks_it_passes(case: str) -> None:
    OATH.draws_nothing(OATHS.format(case), "rank")


@each(["le dernier", "le deuxième"])
def test_the_act_ranked_otherwise_is_flagged(case: str) -> None:
    # before: « le premier à prêter serment » read no rank (an adjective heading the sentence
    # ranks the clause after it only as « que … »)
    OATH.draws_one(
        (OATHS.format(case), "ranks «prêter»"),
        "rank",
        "hard",
    )

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

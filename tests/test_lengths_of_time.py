"""A length of time in hours, days, weeks, months or years is one length however it is counted
(« deux jours » for « 48 heures », « un semestre » for « six mois », « deux semaines » for
« quinze jours »): the source's, no figure absent from it, and its number kept. Another length
is still flagged. A part of a month (« fin juillet ») is a date of the source only where a day
the source gives falls in it."""

from __future__ import annotations

from decimal import Decimal

import pytest

from engine.brief.figures import long_durations
from tests.pairs import Sentences, each

SOURCE = """Grève à la SNCF

3 mars 2020. – La grève a duré 48 heures selon la direction. Le chantier de la gare durera six \
mois. Les négociations ont repris après quinze jours de blocage. Le plan de rénovation des \
gares court sur douze mois selon le ministère."""

LENGTHS = Sentences("lengths", SOURCE, "Grève à la SNCF")
FIGURES = ("figures", "missing")  # « missing »: of the sentence restated only


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("pendant 48 heures", "48"),
        ("il y a 12 heures", "12"),
        ("deux jours", "48"),
        ("une semaine", "168"),
        ("les trois prochaines années", "26298"),
        ("en 36 mois", "26298"),
        ("un semestre", "4383"),
    ],
)
def test_a_length_of_time_in_hours(text: str, hours: str) -> None:
    assert Decimal(hours) in {d.seconds for d in long_durations(text)}


def test_quinze_jours_is_two_weeks() -> None:
    assert {d.seconds for d in long_durations("quinze jours")} == {Decimal(336), Decimal(360)}


TRUE = [
    ("La grève a duré deux jours selon la direction.", "48"),
    ("Le chantier de la gare durera un semestre.", "six"),
    ("Les négociations ont repris après deux semaines de blocage.", "quinze"),
    ("Le plan de rénovation des gares court sur un an selon le ministère.", "douze"),
]


@each(TRUE)
def test_the_same_length_in_another_unit_draws_nothing(case: tuple[str, str]) -> None:
    found = [f.message for f in LENGTHS.found(case, FIGURES)]
    assert [m for m in found if "missing" not in m or f"«{case[1]}»" in m] == []


# Another length: counted in the unit of the source sentence's own, it is compared with it (as
# certain as the alignment); in another unit it is left to the figures (an age, a time of day, a
# length computed from two dates share sentences with the source's lengths: honest-r11, heldout-r2
# « quarante et un ans »): a number the source never gives, or the source's number missing.
CHANGED = [
    ("La grève a duré trois jours selon la direction.", "«48» is missing"),
    ("Le chantier de la gare durera sept mois.", "«sept mois» where the source gives «six mois»"),
    ("Les négociations ont repris après trois semaines de blocage.", "«quinze"),
    (
        "Le plan de rénovation des gares court sur vingt-quatre mois selon le ministère.",
        "«vingt-quatre mois» where the source gives «douze mois»",
    ),
]


@each(CHANGED)
def test_another_length_is_still_flagged(case: tuple[str, str]) -> None:
    LENGTHS.draws(case, FIGURES)


TOUR = Sentences(
    "parts",
    "Tour de France\n\n6 juillet 2016. – Van Avermaet a gagné l'étape le 6 juillet. L'arrivée à "
    "Paris est prévue le 24 juillet.",
    "Tour de France",
)


@each(["Van Avermaet a gagné l'étape début juillet.", "L'arrivée à Paris est prévue fin juillet."])
def test_the_part_of_the_month_a_source_day_falls_in(case: str) -> None:
    TOUR.draws_nothing(case, "figures")


@each(
    [
        ("Van Avermaet a gagné l'étape fin juillet.", "«fin juillet» where the source gives «6"),
        ("Van Avermaet a gagné l'étape mi-juillet.", "date not in the source «mi-juillet»"),
    ]
)
def test_a_part_of_the_month_no_source_day_falls_in(case: tuple[str, str]) -> None:
    TOUR.draws_one(case, "figures", "hard")

"""Which fact a date or a direction belongs to (issue 19, round 6). A sentence may carry two
dates of two events (« Ce 14 octobre, le ministère publiait les résultats du baccalauréat de
juillet 2023 »): the date set before its clause is said with that clause, and an article that
dates the publication by it restates the source. A direction belongs to its own figure: « 4 %
de plus » is a rise whatever stands before it, and the change another figure counts (« après
deux années de baisse ») is not the next figure's. A race time is read the same way whatever
the punctuation before it, and « 5 heures 5 minutes » is no time of day. Each honest reading
drew a hard finding before; each distortion stays hard."""

from __future__ import annotations

import pytest

from engine.brief.figures import figures
from tests.pairs import Case, Pairs, each

RESULTS = """Éducation : les résultats du baccalauréat

15 octobre 2023. – Ce 14 octobre, le ministère de l'Éducation publiait les résultats définitifs \
du baccalauréat de juillet 2023. Le taux de réussite atteint 91,1 %, contre 90,9 % un an plus tôt. \
Le 2 septembre, les recteurs avaient présenté le calendrier des épreuves de juin 2024. \
En 2022, l'Insee avait publié son enquête sur les diplômés de 2019."""
RESULTS_HONEST = """Les résultats du baccalauréat

Les résultats définitifs ont été publiés le 14 octobre par le ministère de l'Éducation. Le taux \
de réussite atteint 91,1 %, contre 90,9 % un an plus tôt. Le calendrier des épreuves a été \
présenté par les recteurs le 2 septembre. L'Insee a publié son enquête en 2022."""
DATES = Pairs("two-events", RESULTS, RESULTS_HONEST)


def test_a_date_set_before_its_clause_is_said_with_that_clause() -> None:
    # before: « gives 14 octobre where the source gives juillet 2023 », « 2 septembre » for
    # « juin 2024 », « 2022 » for « 2019 »: three hard findings
    DATES.draws_nothing(RESULTS_HONEST, "figures")


DATES_CHANGED = DATES.edits(
    [
        ("le 14 octobre", "le 16 octobre", "«16 octobre»"),
        ("le 2 septembre", "le 3 septembre", "«3 septembre»"),
        ("en 2022", "en 2021", "«2021»"),
    ]
)


@each(DATES_CHANGED, [f"{v.find}-{v.replace}-{v.fails}" for v in DATES_CHANGED])
def test_a_date_changed_is_still_hard(case: Case) -> None:
    DATES.draws(case, "figures", "hard")


MUSEUM = """Culture : le musée des Beaux-Arts de Lyon retrouve son public

9 janvier 2024. – Ce 8 janvier, la direction du musée des Beaux-Arts de Lyon présentait le bilan \
de l'année 2023. La fréquentation du musée augmente de 4 % soit 12 000 visiteurs de plus, après \
deux années de baisse. Le musée a aussi vendu 3 500 cartes d'abonnement."""
MUSEUM_HONEST = """Le musée des Beaux-Arts de Lyon retrouve son public

Le bilan de l'année 2023 a été présenté le 8 janvier par la direction du musée des Beaux-Arts de \
Lyon. La fréquentation repart à la hausse après deux années de baisse : 4 % de plus, soit 12 000 \
visiteurs. Le musée a aussi vendu 3 500 cartes d'abonnement."""
CHANGES = Pairs("directions", MUSEUM, MUSEUM_HONEST)


@pytest.mark.parametrize(
    ("find", "replace"),
    [
        ("", ""),  # « 4 % de plus »: its own rise, not the « baisse » before the colon
        ("repart à la hausse après", "repart après"),  # the two years' fall, not the 4 %'s
    ],
)
def test_a_direction_belongs_to_its_own_figure(find: str, replace: str) -> None:
    text = MUSEUM_HONEST.replace(find, replace) if find else MUSEUM_HONEST
    CHANGES.draws_nothing(text, "figures")


FALLS = [
    ("4 % de plus, soit 12 000 visiteurs", "4 % de moins, soit 12 000 visiteurs", "4 %"),
    ("4 % de plus, soit 12 000 visiteurs", "4 %, soit 12 000 visiteurs de moins", "12 000"),
    ("repart à la hausse après deux années de baisse : 4 % de plus", "recule de 4 %", "4 %"),
]


@each(
    CHANGES.edits((find, replace, f"makes {fall} a fall") for find, replace, fall in FALLS),
    ["-".join(row) for row in FALLS],
)
def test_a_rise_turned_into_a_fall_is_still_hard(case: Case) -> None:
    CHANGES.draws(case, "figures", "hard")


@pytest.mark.parametrize(
    ("text", "read"),
    [
        # a figure after a colon starts at its digit, not at the space before it
        ("une baisse : 0,8 % de plus", [("percentage", "0,8 %", 13)]),
        # a race time is no time of day, whatever stands before it
        ("en 5 heures 5 minutes", [("number", "5", 3), ("number", "5", 12)]),
        ("record : 5 heures, 5 minutes", [("number", "5", 9), ("number", "5", 19)]),
        ("il part à 5 heures, puis", [("date", "5 heures", 10)]),
    ],
)
def test_a_figure_is_read_the_same_whatever_stands_before_it(
    text: str, read: list[tuple[str, str, int]]
) -> None:
    assert [(f.kind, f.text, f.start) for f in figures(text)] == read

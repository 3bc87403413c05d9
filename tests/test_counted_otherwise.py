"""What a figure counts, said another way (issue 19, round 6): « 1 200 postes » for the source's
« 1 200 emplois », « 14 compétitrices » for « 14 concurrentes », a stadium of « 35 000 places »
for one that can hold « 35 000 personnes », « 12 morts » for « 12 décès » (lexicon/counted.txt:
nouns by what they count), « ces 1 200 salariés » (what the article has counted already), and
the parts of a race time (« à 25 secondes » is not the seconds of « 1 heure 12 minutes et 5
secondes ») drew a review each; none now. A noun that counts something else, and a time
changed, are still flagged."""

from __future__ import annotations

import pytest

from engine.gate.findings import Finding
from tests.pairs import Case, Pairs, Sentences, each

SOURCE = """Industrie et sport dans le Nord

4 mars 2024. – L'usine de Douai a créé 1 200 emplois en 2023, selon la direction. Le nouveau \
stade de la ville peut accueillir 35 000 personnes. Au semi-marathon, 14 concurrentes ont pris le \
départ. L'épidémie de grippe a causé 12 décès dans le département cet hiver. Au terme du \
semi-marathon, Léa Martin bat le record du parcours en 1 heure 9 minutes et 40 secondes, avec une \
avance de plus de 3 minutes sur sa poursuivante, Inès Caron. Léa Martin remporte l'épreuve en \
1 heure 12 minutes et 5 secondes. Inès Caron termine deuxième à 25 secondes."""
HONEST = """Industrie et sport dans le Nord

L'usine de Douai a créé 1 200 postes en 2023, selon la direction. Le nouveau stade de la ville \
compte 35 000 places. Au semi-marathon, 14 compétitrices ont pris le départ. La grippe a fait \
12 morts dans le département cet hiver. Léa Martin, qui bat le record du parcours, remporte \
l'épreuve en 1 heure, 12 minutes et 5 secondes, avec une avance de plus de 3 minutes sur sa \
poursuivante. Inès Caron, poursuivante de Léa Martin, termine à 25 secondes de la gagnante."""
PAIRS = Pairs("counted", SOURCE, HONEST)


def _figures(text: str) -> list[Finding]:
    return PAIRS.findings(text, "figures")


def test_a_count_said_with_another_noun_of_its_kind_or_a_race_times_part_draws_nothing() -> None:
    # before: five reviews (postes, places, compétitrices, morts, « 25 » for « 40 »)
    PAIRS.draws_nothing(HONEST, "figures")


def test_a_count_the_article_has_already_named_draws_nothing() -> None:
    named = "selon la direction. Ces 1 200 salariés ont signé."
    PAIRS.draws_nothing(HONEST.replace("selon la direction.", named), "figures")


@pytest.mark.parametrize(
    ("find", "replace", "said"),
    [
        ("1 200 postes", "1 200 licenciements", "counts «1 200 licenciement»"),
        ("12 morts", "12 blessés", "counts «12 blessé»"),
        ("35 000 places", "35 000 abonnés", "counts «35 000 abonné»"),
        ("14 compétitrices", "14 spectatrices", "counts «14 spectateur»"),
    ],
)
def test_a_count_of_something_else_is_still_a_review(find: str, replace: str, said: str) -> None:
    found = [(f.severity, f.message) for f in _figures(HONEST.replace(find, replace))]
    assert [s for s, m in found if said in m] == ["review"], found


TIMES = [
    ("12 minutes et 5", "12 minutes et 25", "«1 heure, 12 minutes et 25 secondes»"),
    ("à 25 secondes", "à 40 secondes", "«40 secondes»"),
]


@each(PAIRS.edits(TIMES), ["-".join(row) for row in TIMES])
def test_a_time_changed_is_still_hard(case: Case) -> None:
    PAIRS.draws(case, "figures", "hard")


# A weekday after a count (« une réunion lundi, et deux autres mardi ») dates what it counts,
# left unsaid: no noun counted, so a small count of the article's own (« deux volets se
# dessinent ») is not set against it (issue 19, round 11).
MEETINGS = Sentences(
    "counted-weekday",
    "Inondations dans l'Aude\n\n16 octobre 2018. – Une réunion entre assureurs et gouvernement "
    "est prévue lundi pour coordonner l'indemnisation des victimes, et deux autres mardi à "
    "Matignon pour préparer les dossiers de catastrophe naturelle et de calamités agricoles.",
    "Inondations dans l'Aude",
)


@each(
    [
        "Deux volets se dessinent pour Matignon mardi : les dossiers de catastrophe naturelle d'un "
        "côté, les calamités agricoles de l'autre.",
        "Deux réunions auront lieu mardi à Matignon pour préparer les dossiers de catastrophe "
        "naturelle et de calamités agricoles.",
    ]
)
def test_a_count_the_source_dates_by_its_weekday_draws_nothing(case: str) -> None:
    MEETINGS.draws_nothing(case, "figures")

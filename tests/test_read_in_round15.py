"""Readings drawn from round 15's blind judges (honest-r24, read by the lead after its blind
measures at the round's start and at the engineers' end — not blind —; the sentences are
written here):

- a source pasted from a page may keep two spaces inside a figure (« embaucher 1  200
  personnes »): it is 1 200, not 1 and 200;
- a sum of millions or more said bare, counting nothing, after the sentences that give its
  currency (« plus de deux milliards promis ; de l'autre, trois milliards et demi réclamés »), is
  the source's amount (« deux milliards d'euros », « 3,5 milliards d'euros »);
- a number glued by a hyphen to a short capitalised name (« une Ak-47 », « un M-16 ») names a
  model and counts nothing;
- a bound on a sum the writer computes rounds it (« au moins vingt heures » for 14 + 8 hours)
  or says it exactly; another figure as precise (« au moins vingt et une heures ») is a changed
  figure, whatever the sum (computed.arithmetic).

The same sentences with the fact changed are still flagged."""

from __future__ import annotations

import pytest

from tests.pairs import Pairs

HIRING = Pairs(
    "hiring",
    """Industrie : une usine rouvre à Brest

12 mars 2019. – Le groupe Armorique a annoncé la création de 1 200 emplois à Brest. « Et aussi, \
Kerlann, une nouvelle entreprise, va embaucher 1  200 personnes. C'est formidable », a ajouté son \
directeur, Paul Le Goff.""",
)
HIRED = """Une usine rouvre à Brest

Armorique va créer 1 200 emplois. Le directeur, Paul Le Goff, a ajouté : « Et aussi, Kerlann, une \
nouvelle entreprise, va embaucher {} personnes. »"""


def test_a_figure_with_two_spaces_in_the_source_is_one_figure() -> None:
    # before: « gives «1 200» where the source gives «1» », hard
    assert HIRING.findings(HIRED.format("1 200"), "figures") == []


def test_another_figure_is_still_flagged() -> None:
    found = HIRING.findings(HIRED.format("1 800"), "figures")
    assert [f.severity for f in found if "«1 800»" in f.message] == ["hard"]


FUNDS = Pairs(
    "funds",
    """Outre-mer : le plan de l'État jugé insuffisant

6 avril 2017. – Le gouvernement avait annoncé un engagement de plus de deux milliards \
d'euros. Insuffisant selon le collectif, qui exige « 3,5 milliards d'euros tout de suite ».""",
)
FUNDED = """Le plan de l'État jugé insuffisant

Le gouvernement avait promis plus de deux milliards d'euros, une somme que le collectif juge \
insuffisante. L'écart reste grand : d'un côté, {} promis ; de l'autre, {} réclamés sans attendre."""


@pytest.mark.parametrize(
    ("promised", "asked"),
    [("plus de deux milliards", "trois milliards et demi"), ("deux milliards", "3,5 milliards")],
)
def test_an_amount_said_again_without_its_currency(promised: str, asked: str) -> None:
    # before: « number not in the source «trois milliards et demi» », hard
    assert FUNDS.findings(FUNDED.format(promised, asked), "figures") == []


def test_another_sum_without_its_currency_is_still_flagged() -> None:
    found = FUNDS.findings(
        FUNDED.format("plus de deux milliards", "quatre milliards et demi"), "figures"
    )
    assert [f.severity for f in found if "«quatre milliards et demi»" in f.message] == ["hard"]


REST = Pairs(
    "rest",
    """Course de traîneaux : les règles du repos

9 janvier 2016. – Les règles de la course obligent les mushers à se reposer au moins 14 h, \
avec un arrêt de huit heures à l'un des postes de contrôle.""",
)
RESTED = """Les règles du repos

Côté repos, chaque musher doit s'arrêter au moins {} heures."""


def test_a_bound_that_is_no_rounding_of_a_sum_is_a_changed_figure() -> None:
    # before: « au moins vingt et une » read as 14 + 8 = 22 within its bound: a review
    found = REST.findings(RESTED.format("vingt et une"), "figures")
    assert [f.severity for f in found if "«vingt et une»" in f.message] == ["hard"]


SHOOTING = Pairs(
    "shooting",
    """Fusillade dans un centre commercial de Lyon

3 mars 2018. – Trois personnes sont mortes et cinq ont été blessées lorsqu'un homme a ouvert le \
feu à l'aide d'un M-16 dans un centre commercial de Lyon, selon la préfecture.""",
)
SHOT = """Fusillade à Lyon

Une fusillade a fait trois morts et {} blessés dans un centre commercial de Lyon, selon la \
préfecture."""


def test_a_model_s_number_counts_nothing() -> None:
    # before: « gives «cinq» where the source gives «16» » (the rifle's M-16 read as a count)
    assert SHOOTING.findings(SHOT.format("cinq"), "figures") == []


def test_a_model_s_number_is_no_figure_of_the_source() -> None:
    found = SHOOTING.findings(SHOT.format("seize"), "figures")
    assert [f.severity for f in found if "«seize»" in f.message] == ["hard"]

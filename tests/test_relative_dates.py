"""A day the source says relative to another (« hier », « le lendemain », « la veille du … »)
is a date the source gives: an article that writes it out computes it, and draws no « date not
in the source »; a day the source does not count that way still does."""

from __future__ import annotations

import pytest

from engine.brief.relative_dates import relative_dates
from engine.brief.source import parse_source
from tests.pairs import Pairs, blocking


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        ("Titre\n\n3 mars 2017. – Hier, le maire a démissionné.", {"2017-03-02", "--03-02"}),
        ("Titre\n\n1er mars 2016. – Avant-hier, la grève a cessé.", {"2016-02-28", "--02-28"}),
        (
            "Titre\n\n31 décembre 2015. – Demain, la loi entre en vigueur.",
            {"2016-01-01", "--01-01"},
        ),
        (
            "Titre\n\n20 juin 2017. – Le 14 juin, le feu a pris. Le lendemain, il a grandi.",
            {"2017-06-15", "--06-15"},
        ),
        (
            "Titre\n\n20 juin 2017. – Le 14 juin, le feu a pris ; le surlendemain, il a cessé.",
            {"2017-06-16", "--06-16"},
        ),
        ("Titre\n\n20 juin 2017. – La veille du 1er mars, rien.", {"2017-02-28", "--02-28"}),
        ("Titre\n\nLe 14 juin, le feu a pris. Le lendemain, il s'étendait.", {"--06-15"}),
        (
            "Titre\n\nLa hiérarchie a changé hier.",
            set(),
        ),  # no dateline: « hier » counts from nothing
        ("Titre\n\n3 mars 2017. – Rien.\n\nLe lendemain, tout.", set()),  # no date before it
        # a weekday alone, in the week the dateline (a Friday) ends; the dateline's own day
        (
            "Titre\n\n27 mai 2016. – Un naufrage a fait 30 morts jeudi.",
            {"2016-05-26", "--05-26"},
        ),
        ("Titre\n\n27 mai 2016. – Ce vendredi, rien.", {"2016-05-27", "--05-27"}),
        ("Titre\n\n27 mai 2016. – Le mardi 3 mai, rien ; lundi prochain, tout.", set()),
        ("Titre\n\nUn naufrage a fait 30 morts jeudi.", set()),  # no dateline
        (
            "Titre\n\n27 mai 2016. – 1 370 morts depuis le début de l'année.",
            {"2016-01-01", "--01-01"},
        ),
    ],
)
def test_days_said_relative_to_another(text: str, keys: set[str]) -> None:
    assert relative_dates(parse_source(text)) == keys


SOURCE = """Incendie : le massif des Maures touché

24 juillet 2017. – Un incendie s'est déclaré hier dans le massif des Maures, au nord de Bormes-les-Mimosas, selon la préfecture du Var. Plus de 600 pompiers sont mobilisés. Le 19 juillet, un premier feu avait déjà parcouru 80 hectares près de La Londe. Le lendemain, les habitants de deux hameaux avaient été évacués par précaution."""  # noqa: E501

HONEST = """L'incendie qui touche le massif des Maures s'est déclaré le 23 juillet 2017, au nord de Bormes-les-Mimosas, d'après la préfecture du Var. Plus de 600 pompiers sont mobilisés. Un premier feu avait parcouru 80 hectares près de La Londe le 19 juillet, et des habitants de deux hameaux avaient été évacués le 20 juillet, par précaution."""  # noqa: E501

PAIRS = Pairs("relative-days", SOURCE, HONEST)


def test_the_honest_rewrite_writes_the_days_out() -> None:
    assert PAIRS.findings(HONEST, "figures") == []


@pytest.mark.parametrize(
    ("find", "replace"),
    [
        ("le 23 juillet 2017", "le 22 juillet 2017"),  # « hier » is the 23rd
        ("le 20 juillet", "le 21 juillet"),  # « le lendemain » of the 19th is the 20th
    ],
)
def test_a_day_miscounted_stays_hard(find: str, replace: str) -> None:
    found = PAIRS.edited(PAIRS.variant("date changed", find, replace), "figures")
    assert [f.severity for f in found] == [blocking("figures")]
    assert "not in the source" in found[0].message

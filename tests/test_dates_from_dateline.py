"""Dates an honest writer derives from the dateline (issue 19, round 8; controls-c2): a day the
source names by its weekday alone (« jeudi » in an article dated Friday 27 May 2016 is « jeudi 26
mai »), a month's year (« en décembre » in an article dated March 2017 is « décembre 2016 »), a
year or a month said from the dateline (« en avril de l'année dernière » for « en avril 2015 »,
« mai prochain » for « mai 2017 » in December 2016, « le 17 de ce mois » for « le 17 mai »), a
birth year from an age (« né en 1957 ou 1958 » for « 58 ans »), a length since a date (« depuis
une dizaine de mois » from July 2015 to May 2016), « 2 h plus tard » for « deux heures plus
tard », « environ quinze » for « une quinzaine », « plus des trois quarts » for « environ 77 % ».
Each drew a hard finding (a date or number not in the source, or a source figure missing); none
now. The same facts miscounted are still flagged."""

from __future__ import annotations

import pytest

from tests.pairs import Pairs

SOURCE = """Naufrages en Méditerranée

27 mai 2016. – Un chalutier surchargé a fait une centaine de disparus mercredi. Un autre \
naufrage a fait 30 morts jeudi. En avril 2015, un naufrage avait fait 800 morts. Le plan \
d'accueil adopté en décembre sera revu d'ici le 17 mai, puis à nouveau en mars 2017. Une \
quinzaine d'embarcations sont en détresse. Un rescapé de 58 ans, blessé, est mort deux heures \
plus tard. Depuis juillet 2015, des milliers de migrants sont arrivés. Selon un sondage, environ \
77 % des habitants soutiennent le plan."""
HONEST = """Naufrages en Méditerranée

Mercredi 25 mai, un chalutier surchargé a fait une centaine de disparus. Jeudi 26 mai, un autre \
naufrage a fait 30 morts. En avril de l'année dernière, un naufrage avait fait 800 morts. Le plan \
d'accueil adopté en décembre 2015 sera revu d'ici le 17 de ce mois, puis à nouveau en mars \
prochain. Environ quinze embarcations sont en détresse. Un rescapé né en 1957 ou 1958, blessé, \
est mort 2 h plus tard. Depuis une dizaine de mois, soit depuis juillet 2015, des milliers de \
migrants sont arrivés. Selon un sondage, plus des trois quarts des habitants soutiennent le \
plan."""
PAIRS = Pairs("from-dateline", SOURCE, HONEST)


def test_dates_derived_from_the_dateline_draw_nothing() -> None:
    # before: « 25 mai », « 26 mai » and « décembre 2015 » not in the source (hard), « avril
    # 2015 », « 17 mai » and « mars 2017 » missing (hard)
    assert [f.message for f in PAIRS.findings(HONEST) if f.severity == "hard"] == []


@pytest.mark.parametrize(
    ("find", "replace"),
    [
        ("Jeudi 26 mai", "Jeudi 24 mai"),
        ("décembre 2015", "décembre 2014"),
        ("avril de l'année dernière", "avril de l'année prochaine"),
        ("le 17 de ce mois", "le 19 de ce mois"),
        ("mars prochain", "mars dernier"),
        ("né en 1957 ou 1958", "né en 1947 ou 1948"),
        ("2 h plus tard", "5 h plus tard"),
        ("Environ quinze", "Environ quarante"),
        ("plus des trois quarts", "plus des neuf dixièmes"),
    ],
)
def test_the_same_dates_miscounted_are_flagged(find: str, replace: str) -> None:
    assert find in HONEST
    assert [f for f in PAIRS.findings(HONEST.replace(find, replace)) if f.severity == "hard"]

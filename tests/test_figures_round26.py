"""Readings of round 26 (issue 19): figures and dates an honest writer restates that the gate
refused, read as classes — each with pairs of our own, honest and distorted."""

from __future__ import annotations

from engine.brief.figures import spelled_figures
from tests.pairs import Pairs, each

# --- 1. A year written in words is the year -------------------------------------------------
# « depuis septembre deux mille douze », « le vingt janvier deux mille seize », « en mil neuf
# cent quatre-vingt-dix-huit »: the source's « septembre 2012 », « 20 janvier 2016 », « 1998 »,
# for the missing check and for the date comparisons; another year in words is another date.
DAM = Pairs(
    "dam",
    "Brésil : le barrage de Mariana rouvre\n\n"
    "14 février 2016. – Le barrage de Mariana, fermé depuis mars 2009, a rouvert samedi. Il "
    "avait été construit en 1998 par la société Samarco, fondée le 3 avril 1977.",
)
_TITLE = "Le barrage de Mariana rouvre\n\n"
_BUILT = "Il avait été construit en mil neuf cent quatre-vingt-dix-huit par la société Samarco"

YEARS_HONEST = [
    f"{_TITLE}Le barrage de Mariana, fermé depuis mars deux mille neuf, a rouvert samedi. "
    f"{_BUILT}, fondée le trois avril mil neuf cent soixante-dix-sept.",
    f"{_TITLE}Fermé depuis mars deux mille neuf, le barrage de Mariana a rouvert samedi. Il "
    "avait été construit en dix-neuf cent quatre-vingt-dix-huit par la société Samarco, fondée "
    "le 3 avril mille neuf cent soixante-dix-sept.",
    f"{_TITLE}Le barrage de Mariana, fermé depuis mars deux mille neuf, a rouvert samedi. "
    f"{_BUILT}, fondée le trois avril 1977. L'information date du quatorze février deux mille "
    "seize.",
]


@each(YEARS_HONEST)
def test_a_year_in_words_is_the_sources_year(case: str) -> None:
    # before: « the source's date «mars 2009» is missing » (hard), « number not in the source
    # «neuf cent quatre-vingt-dix-huit» » (hard)
    assert DAM.hard_claims(case) == []
    assert [f.message for f in DAM.found(case, "missing", "hard")] == []


YEARS_DISTORTED = [
    (f"{_TITLE}Le barrage de Mariana, fermé depuis mars deux mille dix, a rouvert samedi.", "dix"),
    (f"{_TITLE}Le barrage de Mariana, fermé depuis mai deux mille neuf, a rouvert samedi.", "mai"),
    (f"{_TITLE}Il avait été construit en mil neuf cent quatre-vingt-dix-neuf.", "neuf"),
    (
        f"{_TITLE}La société Samarco a été fondée le trois avril mil neuf cent soixante-dix-huit.",
        "huit",
    ),
    (f"{_TITLE}La société Samarco a été fondée le trois mai mil neuf cent soixante-dix-sept.", ""),
]


@each(YEARS_DISTORTED)
def test_another_year_in_words_is_another_date(case: tuple[str, str]) -> None:
    DAM.draws(case, ("figures", "missing"), "hard", case[1])


@each(
    [
        ("en septembre deux mille douze", "2012-09"),
        ("le vingt janvier deux mille seize", "2016-01-20"),
        ("le 20 janvier deux mille seize", "2016-01-20"),
        ("le premier mars deux mille seize", "2016-03-01"),
        ("en mai mil neuf cent quatre-vingt-dix-huit", "1998-05"),
    ]
)
def test_a_date_with_its_year_in_words(case: tuple[str, str]) -> None:
    assert case[1] in [f.key for f in spelled_figures(case[0]) if f.kind == "date"]

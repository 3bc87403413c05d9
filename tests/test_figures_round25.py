"""Readings of round 25 (issue 19): figures an honest writer restates that the gate refused,
read as classes — each with pairs of our own, honest and distorted."""

from __future__ import annotations

from decimal import Decimal

import pytest

from engine.brief.figures import durations
from tests.pairs import Pairs, Sentences, each

# --- 1. A race time written the athletics way is one duration -------------------------------
# « 9"81 » is 9.81 s, « 3'35"12 » 3 min 35.12 s, « 2 h 08'44" » 2 h 8 min 44 s: one figure each
# (a duration), its parts no figures of their own; the same duration in words (« 3 minutes 35
# secondes et 12 centièmes ») is vouched for, another one is invented.
RACES = Sentences(
    "races",
    "Athlétisme : Paul Martin gagne le 100 m à Lyon\n\n"
    '12 juin 2021. – En courant le 100 m en 9"98 devant Hugo Leroy, Paul Martin est devenu le '
    "premier athlète à remporter trois titres nationaux dans la discipline. Sur 1 500 m, Luc "
    "Bernard l'a emporté en 3'35\"12, et le relais 4x400 m a fini en 2'59\"8. Le marathon a été "
    'gagné en 2 h 08\'44" par Abel Kiprop. Chez les cadets, le 100 m a été couru en 12"5.',
    "Athlétisme : Paul Martin gagne le 100 m à Lyon",
)


@pytest.mark.parametrize(
    ("text", "seconds"),
    [
        ('en 9"98', "9.98"),
        ("en 3'35\"12", "215.12"),
        ("en 2'59\"8", "179.8"),
        ('en 12"5', "12.5"),
        ("en 2 h 08'44\"", "7724"),
        ("en 9''87", "9.87"),
        ("en 3’35’’12", "215.12"),
        ("en 1'45\"3", "105.3"),
        ("en 3 minutes 35 secondes et 12 centièmes", "215.12"),
        ("en 9 secondes et 98 centièmes", "9.98"),
        ("en deux minutes cinquante-neuf secondes et huit dixièmes", "179.8"),
    ],
)
def test_a_race_time_is_one_duration(text: str, seconds: str) -> None:
    assert [d.seconds for d in durations(text)] == [Decimal(seconds)]


RACES_HONEST = [
    'Paul Martin gagne le 100 m en 9"98.',
    'Le chiffre à retenir est court : 9"98.',
    'Paul Martin a couru le 100 m en 9"98, soit 9 secondes et 98 centièmes.',
    "Luc Bernard a gagné le 1 500 m en 3'35\"12, soit 3 minutes 35 secondes et 12 centièmes.",
    "Le relais 4x400 m a bouclé la course en 2 minutes 59 secondes et 8 dixièmes.",
    "Abel Kiprop a gagné le marathon en 2 heures, 8 minutes et 44 secondes.",
    "Chez les cadets, le 100 m a été couru en 12,5 secondes.",
]


@each(RACES_HONEST)
def test_a_race_time_restated_is_the_sources(case: str) -> None:
    # before: « gives «9» where the source gives «trois» » (hard), « duration not in the source
    # «3 minutes 35 secondes» » (hard)
    RACES.draws_nothing(case, "figures")


RACES_DISTORTED = [
    'Paul Martin gagne le 100 m en 9"89.',
    'Paul Martin a couru le 100 m en 9"98, soit 9 secondes et 89 centièmes.',
    "Luc Bernard a gagné le 1 500 m en 3 minutes 53 secondes et 12 centièmes.",
    "Luc Bernard a gagné le 1 500 m en 3'53\"12.",
    "Abel Kiprop a gagné le marathon en 2 h 18'44\".",
]


@each(RACES_DISTORTED)
def test_another_race_time_is_invented(case: str) -> None:
    RACES.draws(case, "figures", "hard", "")


# --- 2. A time of day in words is the source's time in digits -------------------------------
NIGHT = Sentences(
    "night",
    "Fusillade devant une boîte de nuit de Fort Myers\n\n"
    "25 juillet 2016. – À 0 h 30, une fusillade a éclaté sur le parking d'une boîte de nuit "
    "de Fort Myers. Un suspect a été arrêté à 12 h 15. Le maire a parlé à la presse à 23 h 45, "
    "puis de nouveau à 11 h 45.",
    "Fusillade devant une boîte de nuit de Fort Myers",
)
NIGHT_HONEST = [
    ("À minuit et demi, une fusillade a éclaté sur le parking.", "0 h 30"),
    ("Il était minuit et demi quand une fusillade a éclaté.", "0 h 30"),
    ("Un suspect a été arrêté à midi et quart.", "12 h 15"),
    ("Le maire a parlé à la presse à minuit moins le quart.", "23 h 45"),
    ("Il a repris la parole à midi moins le quart.", "11 h 45"),
]


def _missing(text: str) -> list[str]:
    return [f.message for f in NIGHT.found(text, "missing", "hard")]


@each(NIGHT_HONEST)
def test_a_time_of_day_in_words_is_the_sources(case: tuple[str, str]) -> None:
    # before: « the source's date «0 h 30» is missing » (hard)
    text, time = case
    assert not [m for m in _missing(NIGHT.text(text)) if f"«{time}»" in m]


NIGHT_DISTORTED = [
    ("À une heure et demie, une fusillade a éclaté sur le parking.", "0 h 30"),
    ("Un suspect a été arrêté à midi et demi.", "12 h 15"),
    ("Le maire a parlé à la presse à minuit et quart.", "23 h 45"),
]


@each(NIGHT_DISTORTED)
def test_another_time_of_day_is_missing_the_sources(case: tuple[str, str]) -> None:
    text, time = case
    assert [m for m in _missing(NIGHT.text(text)) if f"«{time}»" in m]


# --- 3. A bracket of ranks the source's rank lies in ---------------------------------------
# « dans le top 10 », « parmi les dix premières » for the source's « 8 e position »: vouched for by
# a rank of the same one within it (her own, in a clause naming her as the article's does), not
# by a rank outside it (« top 5 » for 8e), nor by another's rank.
RANKS = Sentences(
    "ranks",
    "Cyclisme : van der Breggen gagne la course en ligne\n\n"
    "7 août 2016. – La Française Pauline Ferrand-Prévot, présentée comme favorite, termine à la "
    "26 e place, tandis que la Suissesse Jolanda Neff prend la 8 e position. L'Italienne Elisa "
    "Longo Borghini finit troisième. Au classement des nations, l'équipe du Kenya est 14e sur "
    "40.",
    "Cyclisme : van der Breggen gagne la course en ligne",
)
RANKS_HONEST = [
    "La Suissesse se hisse dans le top 10, tandis que la Française reste loin derrière.",
    "Jolanda Neff figure parmi les dix premières de l'épreuve.",
    "L'Italienne Elisa Longo Borghini termine dans le top 5.",
    "Au classement des nations, l'équipe du Kenya se classe dans les 15 premiers.",
    "Jolanda Neff se classe parmi les dix meilleures coureuses.",
]


@each(RANKS_HONEST)
def test_a_bracket_the_sources_rank_lies_in(case: str) -> None:
    # before: « number not in the source «10» » (hard)
    RANKS.draws_nothing(case, "figures")


RANKS_DISTORTED = [
    "La Suissesse Jolanda Neff se hisse dans le top 5.",
    "Jolanda Neff figure parmi les 5 premières de l'épreuve.",
    "La Française Pauline Ferrand-Prévot termine dans le top 10.",
    "La Française se hisse dans le top 10, tandis que la Suissesse reste loin derrière.",
    "Au classement des nations, l'équipe du Kenya se classe dans les 10 premiers.",
]


@each(RANKS_DISTORTED)
def test_a_bracket_the_sources_rank_lies_outside(case: str) -> None:
    RANKS.draws(case, "figures", "hard", "")


# --- 4. A share computed from a part and its whole the source gives -------------------------
# « plus de la moitié », « près des deux tiers » said of a part of a whole, both the source's: the
# writer's arithmetic, vouched for where it holds (the whole shown in the sentence, the one
# before, or counted by the source in the part's noun), a distortion where it does not.
SHARES = Sentences(
    "shares",
    "Emploi : le nombre d'inscrits recule en juillet\n\n"
    "26 août 2016. – La catégorie A, regroupant les demandeurs d'emploi sans aucune activité, "
    "compte 3 506 600 personnes. Au total, 5 442 100 personnes sont inscrites à Pôle Emploi. "
    "Au conseil municipal, 810 votants sur 1 200 ont approuvé le projet de piscine.",
    "Emploi : le nombre d'inscrits recule en juillet",
)
SHARES_HONEST = [
    "Les personnes sans aucune activité, au nombre de 3 506 600, en représentent plus de la "
    "moitié.",
    "Les 3 506 600 demandeurs sans activité représentent près des deux tiers des 5 442 100 "
    "inscrits.",
    "Avec 3 506 600 personnes, la catégorie A regroupe nettement plus de la moitié des inscrits.",
    "Le projet de piscine a été approuvé par 810 votants sur 1 200, soit plus des deux tiers.",
    "Les 810 votants favorables représentent près des deux tiers des 1 200 votants.",
]


@each(SHARES_HONEST)
def test_a_share_the_sources_part_and_whole_give(case: str) -> None:
    # before: « percentage not in the source «moitié» » (hard)
    SHARES.draws_nothing(case, "figures")


SHARES_DISTORTED = [
    "Les personnes sans aucune activité, au nombre de 3 506 600, en représentent moins de la "
    "moitié.",
    "Les 3 506 600 demandeurs sans activité représentent les trois quarts des 5 442 100 inscrits.",
    "Le projet de piscine a été approuvé par 810 votants sur 1 200, soit plus des trois quarts.",
]


@each(SHARES_DISTORTED)
def test_a_share_the_arithmetic_does_not_give(case: str) -> None:
    SHARES.draws(case, "figures", "hard", "")


# --- 5. A score reached by steps the source gives -------------------------------------------
# « passé de 14-7 à 14-11 » for the source's « le score de 14-7 », « quatre touches d'affilée »
# and its final « 15-11 »: a step the writer counts, its figure one the source writes in another
# score — a review at most; the source's score changed alone (« mené 13-12 » for « 13-8 »), or a
# step taken backwards, stays hard.
SCORES = Sentences(
    "scores",
    "Escrime : Lucas Petit champion de France\n\n"
    "3 mars 2019. – Lucas Petit a battu Marc Roux sur le score de 15-12 en finale. Mené 13-8, "
    "Petit a aligné sept touches d'affilée. En handball, Nantes a battu Paris 31-28 après avoir "
    "été mené 26-28 à cinq minutes de la fin : les cinq derniers buts ont été nantais.",
    "Escrime : Lucas Petit champion de France",
)
SCORES_HONEST = [
    "Mené 13-8, Petit est ensuite passé à 13-12.",
    "Le score est ainsi passé de 13-8 à 13-12, puis à 15-12.",
    "Menée 26-28, Nantes est revenue à 28-28 puis s'est imposée 31-28.",
]


@each(SCORES_HONEST)
def test_a_score_reached_by_steps(case: str) -> None:
    # before: « gives «12» where the source gives «8» » (hard)
    SCORES.draws_nothing(case, "figures", "hard")


SCORES_DISTORTED = [
    "Mené 13-12, Petit a aligné sept touches d'affilée.",
    "Le score est ainsi passé de 13-8 à 13-9.",
    "Le score est ainsi passé de 13-12 à 13-8.",
]


@each(SCORES_DISTORTED)
def test_a_score_changed(case: str) -> None:
    SCORES.draws(case, "figures", "hard", "")


# --- 6. The same count said with the noun the source uses for it elsewhere ------------------
# « 19 100 inscrits de moins » where the source's title says « 19 100 chômeurs de moins » and its
# body « le nombre de personnes inscrites … soit 19 100 personnes de moins »: the source's own
# word for that count, no change of thing counted; a noun the source never says with it is one.
COUNTS = Pairs(
    "counts",
    "France : 19 100 chômeurs de moins chez Pôle Emploi en juillet\n\n"
    "26 août 2016. – Le nombre de personnes inscrites à Pôle Emploi a reculé de 0,5 % en "
    "juillet, soit 19 100 personnes de moins. Dans l'industrie, 2 300 postes ont été supprimés "
    "cet été : les salariés licenciés, 2 300 au total, seront reclassés.",
)
COUNTS_HONEST = [
    "Pôle Emploi : 19 100 inscrits de moins en juillet",
    "Pôle Emploi : 19 100 inscrites et inscrits de moins en juillet",
    "Industrie : 2 300 licenciés cet été",
]


@each(COUNTS_HONEST)
def test_a_count_in_the_sources_word_for_it(case: str) -> None:
    # before: « counts «19 100 inscrit»: the source counts «19 100 chômeur» » (review)
    COUNTS.draws_nothing(f"{case}\n\nLe nombre d'inscrits a reculé de 0,5 % en juillet.", "figures")


COUNTS_DISTORTED = [
    "Pôle Emploi : 19 100 entreprises de moins en juillet",
    "Pôle Emploi : 19 100 retraités de moins en juillet",
]


@each(COUNTS_DISTORTED)
def test_a_count_of_another_thing(case: str) -> None:
    COUNTS.draws(
        f"{case}\n\nLe nombre d'inscrits a reculé de 0,5 % en juillet.", "figures", None, "counts"
    )

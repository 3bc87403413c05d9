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


@each(["en mai deux mille manifestants", "le 3 mars deux mille personnes", "le mil et le riz"])
def test_a_count_after_a_month_is_no_year(case: str) -> None:
    assert [f.key for f in spelled_figures(case) if f.kind == "date" or f.key == "1000"] == []


# --- 2. A duration in another unit is the source's duration ---------------------------------
# « d'une demi-heure à une heure » for « de 30 à 60 minutes », « cinq mille ans » for « cinq
# derniers millénaires », « longue de trois siècles » for « entre l'an 800 et l'an 1100 »: one
# length of time, whatever its unit — a span between two of the source's years is one of its
# durations too. Another length (« quatre siècles », « un quart d'heure ») stays invented.
SKY = Pairs(
    "sky",
    "Astronomie : les grottes de Lascaux et le ciel\n\n"
    "5 février 2016. – Le meilleur moment pour observer Mercure est de 30 à 90 minutes avant le "
    "lever du soleil. Le climat de la région a été stable au cours des cinq derniers "
    "millénaires.",
)
CAVES = Pairs(
    "caves",
    "Archéologie : des grottes habitées au Moyen Âge\n\n"
    "5 février 2016. – Les grottes de la vallée ont été habitées entre l'an 1000 et l'an 1400, "
    "selon les archéologues. Une crue les a vidées de 1914 à 1916 : la pire du siècle.",
)
_CAVES = "Des grottes habitées au Moyen Âge\n\n"
_SKY = "Mercure et les grottes\n\n"

DURATIONS_HONEST = [
    f"{_SKY}Il faut observer Mercure d'une demi-heure à une heure et demie avant que le soleil "
    "se lève.",
    f"{_SKY}Le climat a été stable depuis cinq millénaires, c'est-à-dire cinq mille ans.",
    f"{_CAVES}Les grottes ont été habitées pendant une période longue de quatre siècles.",
    f"{_CAVES}Les grottes ont été habitées quatre siècles durant, de l'an 1000 à l'an 1400.",
    f"{_CAVES}Une crue a vidé les grottes pendant deux ans, de 1914 à 1916.",
]


@each(DURATIONS_HONEST)
def test_a_duration_in_another_unit_is_the_sources(case: str) -> None:
    # before: « duration not in the source «demi-heure» », « number not in the source «trois
    # mille» », « number not in the source «quatre» » (hard)
    (SKY if case.startswith(_SKY) else CAVES).draws_nothing(case, "figures")


DURATIONS_DISTORTED = [
    (f"{_SKY}Il faut observer Mercure d'un quart d'heure à une heure avant l'aube.", "quart"),
    (f"{_SKY}Le climat a été stable depuis six mille ans.", "six mille"),
    (f"{_CAVES}Les grottes ont été habitées pendant une période longue de sept siècles.", "sept"),
    (f"{_CAVES}Les grottes ont été habitées pendant une période longue de trois siècles.", ""),
    (f"{_CAVES}Une crue a vidé les grottes pendant six ans, de 1914 à 1916.", "six"),
]


@each(DURATIONS_DISTORTED)
def test_another_duration_is_invented(case: tuple[str, str]) -> None:
    (SKY if case[0].startswith(_SKY) else CAVES).draws(case, "figures", "hard", case[1])


# --- 3. « la première moitié de l'année » is a period; « 1 er » is « premier » --------------
# A fraction of a stretch of time (« la première moitié de l'année », « la seconde moitié du
# mois », « la moitié de la saison ») is a stretch of time, no share of a count; the source's
# ordinals whose superscripts were lost (« 1 er semestre », « 2 e tour ») are ranks an article
# writes « premier », « seconde ». A share of a count stays a share (« la moitié des clubs » for
# the source's « 30 % des clubs » is invented).
RACE = Pairs(
    "race",
    "Triathlon : l'épreuve de Nice reportée\n\n"
    "21 septembre 2016. – La fédération a reporté l'épreuve de Nice au cours du 1 er semestre "
    "2017, faute de policiers. Le 2 e tour du championnat aura lieu à Lyon. 30 % des clubs ont "
    "demandé le remboursement de leurs inscriptions.",
)
_RACE = (
    "L'épreuve de Nice reportée\n\nLe deuxième tour du championnat aura lieu à Lyon. 30 % des "
    "clubs ont demandé le remboursement de leurs inscriptions. "
)

HALVES_HONEST = [
    f"{_RACE}Faute de policiers, l'épreuve de Nice pourrait se tenir dans la première moitié de "
    "l'année deux mille dix-sept.",
    f"{_RACE}Faute de policiers, l'épreuve de Nice a été reportée au premier semestre 2017, "
    "soit la première moitié de l'année suivante.",
    f"{_RACE}Faute de policiers, l'épreuve de Nice a été reportée à la première moitié de 2017.",
]


@each(HALVES_HONEST)
def test_a_half_of_a_period_is_a_period(case: str) -> None:
    # before: « percentage not in the source «moitié» » (hard), « the source's small numbers «1
    # er» are not in the article » (review)
    RACE.draws_nothing(case, "figures")
    assert [f.message for f in RACE.found(case, "missing") if "1 er" in f.message] == []


HALVES_DISTORTED = [
    (f"{_RACE}La moitié des clubs ont demandé le remboursement de leurs inscriptions.", "moitié"),
    (f"{_RACE}Faute de policiers, l'épreuve a été reportée au second semestre 2017.", ""),
]


@each(HALVES_DISTORTED)
def test_a_half_of_a_count_is_a_share(case: tuple[str, str]) -> None:
    RACE.draws(case, ("figures", "missing"), None, case[1])


# --- 5. A date the source gives by arithmetic ------------------------------------------------
# A year the source gives as another year and a span from it (« l'argent en 2008 et le bronze
# quatre ans plus tard »: 2012; « cinq ans plus tôt »: back), and the weekday the calendar gives
# the article's own full date (« le lendemain, soit le jeudi 1er septembre 2016 » where the
# source says « Mercredi 31 août 2016 … le lendemain »): the source's. Another year, or a weekday
# the calendar does not give that date, stays a distortion.
COUNTED = Pairs(
    "counted",
    "Judo : Marie Dupont championne d'Europe\n\n"
    "12 mai 2016. – Marie Dupont, qui avait gagné le bronze à Vienne en 2006 et l'argent trois ans "
    "plus tard à Rotterdam, a remporté l'or à Kazan. Son club, fondé en 1990, a fermé dix ans "
    "après. La loi de 2010 sur le sport remplace celle votée cinq ans plus tôt.",
)
_COUNTED = "Marie Dupont championne d'Europe\n\n"
SCHOOL = Pairs(
    "school",
    "France : un enseignant blessé à Rouen\n\n"
    "1er septembre 2016. – Mercredi 31 août 2016, un enseignant a été blessé dans la salle des "
    "professeurs, lors de la réunion qui préparait la rentrée ayant lieu le lendemain.",
)
_SCHOOL = "Un enseignant blessé à Rouen\n\n"

COUNTED_HONEST = [
    (COUNTED, f"{_COUNTED}En 2009, à Rotterdam, Marie Dupont avait obtenu l'argent."),
    (COUNTED, f"{_COUNTED}Son club, fondé en 1990, a fermé en 2000."),
    (COUNTED, f"{_COUNTED}La loi de 2010 sur le sport remplace celle votée en 2005."),
    (
        SCHOOL,
        f"{_SCHOOL}L'enseignant a été blessé lors de la réunion qui préparait la rentrée, "
        "prévue le lendemain, soit le jeudi 1er septembre 2016.",
    ),
]


@each(COUNTED_HONEST, lambda c: c[1][len(_SCHOOL) :][:30])
def test_a_date_the_source_counts_is_the_sources(case: tuple[Pairs, str]) -> None:
    # before: « number not in the source «2009» … (the sum or difference of two of them?) »
    # (review), « says «jeudi» where the source says «mercredi» » (review)
    case[0].draws_nothing(case[1], "figures")


COUNTED_DISTORTED = [
    (COUNTED, f"{_COUNTED}En 2008, à Rotterdam, Marie Dupont avait obtenu l'argent.", "2008"),
    (COUNTED, f"{_COUNTED}La loi de 2010 sur le sport remplace celle votée en 2015.", "2015"),
    (
        SCHOOL,
        f"{_SCHOOL}L'enseignant a été blessé lors de la réunion qui préparait la rentrée, "
        "prévue le lendemain, soit le vendredi 1er septembre 2016.",
        "vendredi",
    ),
    (
        SCHOOL,
        f"{_SCHOOL}L'enseignant a été blessé lors de la réunion qui préparait la rentrée, "
        "prévue le lendemain, soit le jeudi 2 septembre 2016.",
        "",
    ),
]


@each(COUNTED_DISTORTED, lambda c: c[1][len(_SCHOOL) :][:30])
def test_another_date_than_the_counted_one_is_wrong(case: tuple[Pairs, str, str]) -> None:
    # hard where it is hard on main (a year that is a sum of two source figures: a review)
    severity = "hard" if case[0] is SCHOOL or case[2] == "2008" else None
    case[0].draws(case[1], "figures", severity, case[2])


# --- 4. A sum of the source's counts of the same thing ---------------------------------------
# A count that is the sum of counts one source sentence gives of the same noun, said of that noun
# (« trois avions restent » for « un avion de ravitaillement et deux avions de surveillance »,
# « le nombre de pompiers engagés à plus de 650 » for « plus de 500 pompiers … et 150 autres
# pompiers »): the source's count, added up. A wrong sum, or the sum said of another noun, stays.
FLEET = Pairs(
    "fleet",
    "Canada : la mission contre l'État islamique change\n\n"
    "8 février 2016. – Le Canada rapatrie ses six avions de combat CF-18, tout en laissant sur "
    "place un avion de ravitaillement Polaris et deux avions de surveillance Aurora. Plus de 500 "
    "pompiers ont été mobilisés à Marseille et 150 autres pompiers des Bouches-du-Rhône sont "
    "attendus. Trois hélicoptères sont en route. La ville compte 4 casernes et 12 camions.",
)
_FLEET = "La mission canadienne change\n\n"

SUMS_HONEST = [
    f"{_FLEET}Six CF-18 rapatriés, trois avions restent sur place.",
    f"{_FLEET}Le Canada laisse trois avions sur place : un Polaris et deux Aurora.",
    f"{_FLEET}Ces renforts porteront le nombre de pompiers engagés à plus de 650.",
    f"{_FLEET}Au total, plus de 650 pompiers seront engagés à Marseille.",
]


@each(SUMS_HONEST)
def test_a_sum_of_counts_of_one_thing_is_the_sources(case: str) -> None:
    # before: « number not in the source «trois» » (hard), « number not in the source «650» …
    # (the sum or difference of two of them?) » (review)
    FLEET.draws_nothing(case, "figures")


SUMS_DISTORTED = [
    (f"{_FLEET}Six CF-18 rapatriés, quatre avions restent sur place.", "quatre"),
    (f"{_FLEET}Ces renforts porteront le nombre de pompiers engagés à plus de 700.", "700"),
    (f"{_FLEET}La ville compte seize camions.", "seize"),
    (f"{_FLEET}Plus de 650 camions seront engagés à Marseille.", "650"),
]


@each(SUMS_DISTORTED)
def test_another_sum_is_not_the_sources(case: tuple[str, str]) -> None:
    FLEET.draws(case, "figures", None, case[1])


def test_a_sum_standing_for_one_of_its_counts_is_no_sum() -> None:
    # « trois avions de surveillance » for the source's « deux avions de surveillance »: the count
    # of one of the operands changed, not the two added up
    FLEET.draws(
        f"{_FLEET}Le Canada laisse sur place trois avions de surveillance Aurora.",
        "figures",
        None,
        "trois",
    )

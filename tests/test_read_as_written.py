"""Words read as a careful reader reads them (issue 19, round 7): « une seconde vie » is the second
one, no length of time; a capital said for its country (« Washington a renoncé ») is no person; a
nationality the article says of a thing the source sentence has without one (« les droits de
douane chinois » beside « le ministre français ») is no swap of the source's nationality; a title
whose relative clause runs up to a name (« les arbitres, qui l'ont classé … derrière Marc Dubois »)
is not that person's title; « cent un kilomètres » is 101; « une heure du matin » keeps the
source's « 1h00 »; an order of magnitude the source's title gives (« des centaines de blessés »)
is the source's. Each draws no finding of its rule; the distortion of the same shape still draws
one."""

from __future__ import annotations

import pytest

from engine.brief.figures import durations, spelled_figures
from tests.pairs import Pairs, each


@each(["une seconde vie", "une seconde fois", "une seconde chance pour le club"])
def test_une_seconde_before_a_noun_is_the_ordinal(case: str) -> None:
    assert [d.text for d in durations(case)] == []


@each(["une seconde plus tard", "en une seconde.", "une seconde d'avance", "à une seconde près"])
def test_une_seconde_of_time_stays_a_duration(case: str) -> None:
    assert [d.text for d in durations(case)] == ["une seconde"]


def test_une_minute_then_its_seconds_stays_one_duration() -> None:
    assert [(d.text, d.seconds) for d in durations("une minute quinze à l'arrivée")] == [
        ("une minute quinze", 75)
    ]


SUMMIT = """Commerce : Paris et la Chine ne s'entendent pas

4 avril 2024. – Le ministre français du Commerce, Paul Reynaud, a rencontré jeudi le vice-Premier \
ministre chinois. La Chine refuse de baisser ses droits de douane sur le vin, comme les \
États-Unis. Même \
si Paul Reynaud reste ouvert à une nouvelle rencontre avec le ministre chinois, il le met en garde \
: « vous parlez de vos droits de douane, mais les nôtres peuvent monter aussi ». Au classement \
des exportateurs, la France est deuxième derrière l'Italie. Grâce à la décision des arbitres, le \
vin de Bordeaux a été classé premier devant le vin de Marc Dubois, vigneron."""

HONEST = """Paris et la Chine ne s'entendent pas sur le commerce

Le ministre français du Commerce, Paul Reynaud, a rencontré jeudi le vice-Premier \
ministre chinois. La Chine refuse de baisser ses droits de douane sur le vin, comme les \
États-Unis. Paul Reynaud met en garde son homologue. Au classement des exportateurs, la \
France est deuxième derrière l'Italie."""

PAIRS = Pairs("read-as-written", SUMMIT, HONEST)
REFUSES = "La Chine refuse de baisser ses droits de douane sur le vin, comme les États-Unis."
WARNS = "Paul Reynaud met en garde son homologue."


def test_a_capital_said_for_a_country_the_source_names_is_no_person() -> None:
    said = PAIRS.variant(
        "x", REFUSES, "La Chine refuse de baisser ses droits. Pourquoi Washington a-t-il renoncé "
        "à baisser les siens ?"
    )  # fmt: skip
    PAIRS.draws_nothing(said, "people", "hard")


def test_a_name_the_source_never_gives_is_still_a_person_not_in_it() -> None:
    said = PAIRS.variant("x", REFUSES, "Selon Jean Martin, la Chine refuse de baisser ses droits.")
    PAIRS.draws(said, "people", "hard", "Jean Martin")


def test_a_nationality_said_of_another_thing_is_no_swap() -> None:
    said = PAIRS.variant(
        "x", WARNS, "Paul Reynaud met le ministre en garde et rappelle que les droits de douane "
        "français peuvent monter aussi."
    )  # fmt: skip
    PAIRS.draws_nothing(said, "roles", "hard")


def test_a_nationality_swapped_on_the_same_thing_stays_hard() -> None:
    said = PAIRS.variant("x", WARNS, "Paul Reynaud met en garde le ministre japonais.")
    PAIRS.draws(said, "roles", "hard", "japonais")


def test_a_title_whose_clause_runs_up_to_a_name_is_not_that_name_s() -> None:
    said = PAIRS.variant(
        "x", WARNS, "Grâce à la décision des arbitres, qui l'ont classé premier, le vin de "
        "Bordeaux devance celui de Marc Dubois."
    )  # fmt: skip
    PAIRS.draws_nothing(said, "roles", "hard")


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("cent un kilomètres", "101"),
        ("deux cent une voix", "201"),
        ("les cent un dalmatiens", "101"),
    ],
)
def test_un_after_cent_before_a_plural_is_part_of_the_number(text: str, key: str) -> None:
    assert [f.key for f in spelled_figures(text)] == [key]


NIGHT = """Rennes : une nuit d'émeutes

2 décembre 2018. – Vers 1h00 du matin, des centaines de jeunes ont incendié des voitures dans \
le quartier du Blosne, selon la préfecture."""

NIGHT_HONEST = """Une nuit d'émeutes à Rennes

Vers une heure du matin, des centaines de jeunes ont incendié des voitures dans le quartier du \
Blosne, selon la préfecture."""

NIGHT_PAIRS = Pairs("night", NIGHT, NIGHT_HONEST)


def test_une_heure_du_matin_keeps_the_source_s_1h00() -> None:
    NIGHT_PAIRS.draws_nothing(NIGHT_HONEST, "missing")


def test_another_hour_in_words_leaves_1h00_missing() -> None:
    later = NIGHT_PAIRS.variant("x", "Vers une heure du matin", "Vers deux heures du matin", "1h00")
    NIGHT_PAIRS.draws(later, "missing", "hard")


TITLED = """France : une nuit d'émeutes et des centaines de blessés

2 décembre 2018. – Plusieurs milliers de manifestants ont défilé samedi à Paris. Dans la nuit, \
227 personnes ont été blessées."""

TITLED_HONEST = """Une nuit d'émeutes à Paris

Plusieurs milliers de manifestants ont défilé samedi à Paris, et des centaines de personnes ont \
été blessées : 227 dans la nuit."""


def test_an_order_of_magnitude_the_source_s_title_gives_is_the_source_s() -> None:
    Pairs("titled", TITLED, TITLED_HONEST).draws_nothing(TITLED_HONEST, "figures")


def test_an_order_of_magnitude_no_one_gives_stays_hard() -> None:
    pairs = Pairs("titled", TITLED, TITLED_HONEST)
    wrong = pairs.variant(
        "x", "des centaines de personnes", "des dizaines de milliers de personnes"
    )
    pairs.draws(wrong, "figures", "hard", "des dizaines de milliers")


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("près de mille milliards de dollars", "1000000000000 USD"),
        ("mille cinq cents millions d'habitants", "1500000000"),
        ("deux millions trois cent mille visiteurs", "2300000"),
        ("un million deux cent mille euros", "1200000 EUR"),
        ("trois mille deux cents mètres", "3200"),
    ],
)
def test_a_larger_scale_multiplies_every_word_before_it(text: str, key: str) -> None:
    """« mille milliards » is a thousand milliards, not a thousand and a milliard; a smaller
    scale after a larger one counts only its own words (« deux millions trois cent mille »)."""
    assert [f.key for f in spelled_figures(text)] == [key]


BUDGET = """Défense : un arsenal à moderniser

3 mars 2021. – Selon des estimations indépendantes, la modernisation de l'arsenal devrait coûter \
1 000 milliards de dollars sur trente ans."""

BUDGET_PAIRS = Pairs("budget", BUDGET, BUDGET)


@each(
    [
        "devrait coûter mille milliards de dollars",
        "devrait coûter près de mille milliards de dollars",
    ]
)
def test_a_thousand_milliards_in_words_is_the_source_s_amount(case: str) -> None:
    said = BUDGET_PAIRS.variant("x", "devrait coûter 1 000 milliards de dollars", case)
    BUDGET_PAIRS.draws_nothing(said, ("figures", "missing"))


@each(["devrait coûter cent milliards de dollars", "devrait coûter mille millions de dollars"])
def test_another_amount_in_words_is_not_the_source_s(case: str) -> None:
    said = BUDGET_PAIRS.variant("x", "devrait coûter 1 000 milliards de dollars", case)
    BUDGET_PAIRS.draws(said, "figures", "hard", "")


GOLD = """Burundi : de l'or exporté en fraude

5 juin 2017. – Officiellement, 411 kg d'or ont été exportés vers Dubaï, qui déclare en avoir \
importé plus de 3 tonnes. Le port a reçu 2,5 tonnes de minerai."""

GOLD_PAIRS = Pairs("gold", GOLD, GOLD)


@each(
    [
        ("plus de 3 tonnes", "plus de 3 000 kilos"),
        ("plus de 3 tonnes", "plus de 3 000 kilogrammes"),
        ("411 kg d'or", "0,41 tonne d'or"),
        ("2,5 tonnes de minerai", "2 500 kg de minerai"),
    ]
)
def test_a_weight_in_another_unit_is_the_source_s_converted(case: tuple[str, str]) -> None:
    GOLD_PAIRS.draws_nothing(GOLD_PAIRS.variant("x", *case), ("figures", "missing"), "hard")


@each(
    [
        ("plus de 3 tonnes", "près de 300 kilos"),
        ("2,5 tonnes de minerai", "25 000 kg de minerai"),
    ]
)
def test_a_weight_converted_wrong_is_another_figure(case: tuple[str, str]) -> None:
    GOLD_PAIRS.draws(GOLD_PAIRS.variant("x", *case), "figures", "hard", "")


PODIUM = """Triathlon : un podium australien à Port Macquarie

3 mai 2012. – Tim Berkel remporte l'épreuve en 8 heures 15 minutes, devant David Dellow ; Pete \
Jacobs complète un podium 100 % australien."""

PODIUM_PAIRS = Pairs("podium", PODIUM, PODIUM)


@each(["complète un podium entièrement australien", "complète un podium totalement australien"])
def test_a_whole_said_in_words_keeps_the_source_s_hundred_percent(case: str) -> None:
    said = PODIUM_PAIRS.variant("x", "complète un podium 100 % australien", case)
    PODIUM_PAIRS.draws_nothing(said, "missing", "hard")


@each(["complète un podium australien", "complète un podium largement australien"])
def test_no_whole_said_leaves_the_hundred_percent_missing(case: str) -> None:
    said = PODIUM_PAIRS.variant("x", "complète un podium 100 % australien", case)
    PODIUM_PAIRS.draws(said, "missing", "hard", "100")

"""Figures read as a reader reads them: a race time of hours, minutes and seconds is a duration
whether written « 1 h 57 min 17 s » or as a clock « 1:57:17 » (hours alone stay a time of day);
half of a scale is half of it (« dix milliards et demi » is 10,5 milliards)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from engine.brief.figures import durations, figures, spelled_figures
from tests.pairs import Pairs, Sentences, blocking


@pytest.mark.parametrize(
    ("text", "seconds", "said"),
    [
        ("Elle finit en 1:57:17.", 7037, "1:57:17"),
        ("Elle finit en 1 h 57 min 17 s.", 7037, "1 h 57 min 17 s"),
        ("Il boucle l'épreuve en 8 heures 51 minutes.", 31860, "8 heures 51 minutes"),
        ("Il boucle l'épreuve en 2 h et 5 minutes.", 7500, "2 h et 5 minutes"),
        (
            "Elle court une heure, six minutes et vingt secondes.",
            3980,
            "une heure, six minutes et vingt secondes",
        ),
        ("Le départ est donné à 17 h 30, deux minutes plus tard.", 120, "deux minutes"),
    ],
)
def test_race_times_are_durations(text: str, seconds: int, said: str) -> None:
    found = [(d.seconds, d.text) for d in durations(text)]
    assert found == [(Decimal(seconds), said)]


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        ("Elle finit en 1:57:17.", []),  # a race clock: no time of day
        ("Le match commence à 20:45.", ["20:45"]),
    ],
)
def test_a_clock_of_seconds_is_no_time_of_day(text: str, keys: list[str]) -> None:
    assert [f.key for f in figures(text) if f.kind == "date"] == keys


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("à dix milliards et demi d'années-lumière", "10500000000"),
        ("deux millions et demi de visiteurs", "2500000"),
        ("trois mille et demi", "3500"),
        ("deux et demi", "2.5"),
    ],
)
def test_half_of_a_scale(text: str, key: str) -> None:
    assert [f.key for f in spelled_figures(text)] == [key]


SOURCE = """Triathlon : Sarah Lemaire gagne à Nice

14 juin 2021. – La Française Sarah Lemaire a remporté dimanche le triathlon de Nice en 2:03:41, \
devant l'Italienne Giulia Rossi, deuxième en 2:05:02. Le parcours vélo mesurait 40 km. Une \
étoile située à 4,5 milliards d'années-lumière porte désormais son nom, en hommage."""

HONEST = """Sarah Lemaire a gagné dimanche le triathlon de Nice en 2 h 3 min 41 s. Giulia Rossi \
termine deuxième en 2 heures, 5 minutes et 2 secondes. Une étoile à quatre milliards et demi \
d'années-lumière porte son nom."""

PAIRS = Pairs("race-clocks", SOURCE, HONEST)


def test_the_honest_rewrite_says_the_times_otherwise() -> None:
    assert PAIRS.findings(HONEST, "figures") == []
    assert PAIRS.findings(HONEST, "missing") == []


@pytest.mark.parametrize(
    ("find", "replace"),
    [
        ("2 h 3 min 41 s", "2 h 13 min 41 s"),
        ("quatre milliards et demi", "cinq milliards et demi"),
    ],
)
def test_a_time_or_a_half_changed_is_found(find: str, replace: str) -> None:
    found = PAIRS.edited(PAIRS.variant("number changed", find, replace), "figures")
    assert found and all(f.severity == blocking("figures") for f in found)


# A length in hours that the source writes « 10 heures » after « en moins de » (the figures read
# a time of day): « en plus de dix heures » says the opposite bound, « en moins de dix heures »
# or « en moins de 10 heures » the same (issue 19, round 11).
HOURS = Sentences(
    "hours-bound",
    "Triathlon : Embrun\n\n15 août 2016. – Les trois premiers ont bouclé l'épreuve en moins de "
    "10 heures de course. Le départ de la natation a été donné à 6 heures du matin.",
    "Triathlon : Embrun",
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Les trois premiers ont bouclé l'épreuve en moins de dix heures de course.",
        "Les trois premiers ont bouclé l'épreuve en moins de 10 heures de course.",
        "Les trois premiers ont couru moins de dix heures.",
    ],
)
def test_hours_under_the_source_s_bound_draw_nothing(sentence: str) -> None:
    HOURS.draws_nothing(sentence, "figures")


@pytest.mark.parametrize(
    "sentence",
    [
        "Les trois premiers ont bouclé l'épreuve en plus de dix heures de course.",
        "Il a fallu plus de dix heures de course aux trois premiers pour boucler l'épreuve.",
    ],
)
def test_hours_over_the_source_s_bound_under_it_are_hard(sentence: str) -> None:
    HOURS.draws(sentence, "figures", "hard", "says «plus de» dix")


# « au moins 18h » of rest, « en moins de 10 heures », « pendant 12 h »: hours after a word of
# length (lexicon/hours_bounds.txt) are a length, not a time of day; « jusqu'à 18 heures »,
# « vers 18 heures » and « à 18h00 » stay times (issue 19, round 11).
@pytest.mark.parametrize(
    ("text", "kin"),
    [
        ("Les mushers doivent se reposer au moins 18h au total.", "unit:heure"),
        ("Ils ont bouclé l'épreuve en moins de 10 heures de course.", "unit:heure"),
        ("Le chantier a été arrêté pendant 12 h en raison de la tempête.", "unit:heure"),
        ("Le bureau de vote reste ouvert jusqu'à 18 heures.", "time"),
        ("Le départ est prévu vers 18 heures.", "time"),
        ("Le départ a été donné à 18h00.", "time"),
    ],
)
def test_hours_after_a_word_of_length_are_a_length(text: str, kin: str) -> None:
    from engine.gate.claims.numeric import read_figures
    from engine.text.nlp import parse

    doc = parse([text])[0]
    tokens = list(doc)
    found, _ = read_figures(text, tokens, [t.idx for t in tokens])
    assert [f.kin for f in found] == [kin], found

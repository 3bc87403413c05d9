"""The source's own typography (issue 19, class 2): a WiNER-style source splits tokens where links
were (« 25, 6 pour cent », « 1 er juin », « l' Île-Verte , »), a newsroom paste glues a unit to its
number (« 144km/h »). The figure a source writes so is the source's figure, and the article that
writes it the honest way (« 25,6 % », « 1er juin », « 144 km/h ») is not told it invented it; a
figure changed is still caught."""

from __future__ import annotations

import pytest

from engine.brief.figures import figures
from engine.text import loosely_in
from tests.pairs import Pairs

# figures(): a unit glued to its number, an ordinal split from its suffix
GLUED = [
    ("Le vent a soufflé à 144km/h hier.", "144"),
    ("Le village est à 3km du centre.", "3"),
    ("Le colis pesait 12,5kg à l'arrivée.", "12.5"),
    ("Une parcelle de 40ha a brûlé.", "40"),
]
SPLIT_ORDINALS = [
    ("Il finit à la 3 e place du classement.", "number", "3"),
    ("Elle arrive 12 ème de la course.", "number", "12"),
    ("Les écoles ferment le 1 er juin 2016.", "date", "2016-06-01"),
]


@pytest.mark.parametrize(("text", "key"), GLUED)
def test_a_glued_unit_leaves_its_number_a_figure(text: str, key: str) -> None:
    assert [f.key for f in figures(text) if f.kind == "number"] == [key]


@pytest.mark.parametrize(("text", "kind", "key"), SPLIT_ORDINALS)
def test_an_ordinal_split_from_its_suffix_is_the_figure(text: str, kind: str, key: str) -> None:
    assert key in [f.key for f in figures(text) if f.kind == kind]


def test_a_word_glued_to_a_number_is_still_no_figure() -> None:
    # « 5G », « 4x4 », « SN1987A »: no unit of measure, no figure read inside
    assert [f.key for f in figures("La 5G et le SN1987A, un 4x4.")] == []


# loosely_in: spacing around punctuation and inside a number or ordinal aside
LOOSE = [
    ("25,6 %", "le taux atteint 25, 6 pour cent dans la région"),
    ("1er juin", "jusqu' au 1 er juin ."),
    ("l'île-verte", "le pont de l' île-verte , à 3km"),
    ("144 km/h", "le vent a soufflé à 144km/h sur la côte"),
    ("(saint-mandé, val-de-marne)", "à ( saint-mandé , val-de-marne ) hier"),
]


@pytest.mark.parametrize(("text", "source"), LOOSE)
def test_spacing_aside_the_source_writes_it(text: str, source: str) -> None:
    assert loosely_in(text, source)


NOT_LOOSE = [
    ("2015,6", "en 2015, 6 personnes sont mortes"),  # a year, then a count: never a decimal
    ("25,7 %", "le taux atteint 25, 6 pour cent"),  # another figure
    ("1 256", "les 1 25 6"),  # digits aside: another number
    ("144 km/h", "à 1444km/h"),  # inside a longer number
]


@pytest.mark.parametrize(("text", "source"), NOT_LOOSE)
def test_another_figure_is_not_the_sources(text: str, source: str) -> None:
    assert not loosely_in(text, source)


SOURCE = (
    "3 mai 2016. – Le vent a soufflé à 144km/h sur la côte du Finistère , "
    "selon Météo-France .\n\n"
    "Le taux de chômage atteint 25, 6 pour cent dans la région , "
    "contre 19, 4 pour cent en 2010 .\n\n"
    "Les écoles de Brest resteront fermées jusqu' au 1 er juin , a annoncé la préfecture .\n\n"
    "Le pont de Plougastel , à 3km de la ville , est fermé depuis le 2 mai .\n\n"
    "En 2015, 6 personnes étaient mortes dans une tempête semblable ."
)
HONEST = (
    "Le vent a soufflé à 144 km/h sur la côte du Finistère, selon Météo-France.\n\n"
    "Dans la région, le chômage atteint 25,6 %, contre 19,4 % en 2010.\n\n"
    "Selon la préfecture, les écoles de Brest resteront fermées jusqu'au 1er juin.\n\n"
    "À 3 km de la ville, le pont de Plougastel est fermé depuis le 2 mai.\n\n"
    "En 2015, six personnes étaient mortes dans une tempête semblable."
)
PAIRS = Pairs("typography", SOURCE, HONEST)


def test_the_honest_article_has_no_hard_fidelity_finding() -> None:
    PAIRS.draws_nothing(HONEST, None, "hard")


@pytest.mark.parametrize(
    ("find", "replace"),
    [
        ("144 km/h", "184 km/h"),
        ("25,6 %", "28,6 %"),
        ("1er juin", "10 juin"),
        ("À 3 km", "À 47 km"),
        ("six personnes", "26 personnes"),
    ],
)
def test_a_figure_changed_is_still_caught(find: str, replace: str) -> None:
    PAIRS.draws(PAIRS.variant("figures", find, replace), None, "hard", "")  # some hard finding


NAMED_SOURCE = (
    "12 mars 2016. – Le maire de Saint-Mandé ( Val-de-Marne ) , Patrick Beaudouin , a inauguré "
    "samedi la 3 e édition du salon du livre de l' Est parisien .\n\n"
    "Selon l' Insee , la ville compte 22 500 habitants , soit 1, 5 pour cent de plus qu' en 2010 "
    ".\n\n"
    "Le salon , installé à 2km de la mairie , a accueilli 4 200 visiteurs dès le premier jour , a "
    "précisé l' adjoint à la culture , Jean-Marc O' Neill ."
)
NAMED_HONEST = (
    "Le maire de Saint-Mandé (Val-de-Marne), Patrick Beaudouin, a inauguré samedi la 3e édition "
    "du salon du livre de l'Est parisien.\n\n"
    "Selon l'Insee, la ville compte 22 500 habitants, soit 1,5 % de plus qu'en 2010.\n\n"
    "Installé à 2 km de la mairie, le salon a accueilli 4 200 visiteurs dès le premier jour, a "
    "précisé l'adjoint à la culture, Jean-Marc O'Neill."
)
NAMED = Pairs("typography-names", NAMED_SOURCE, NAMED_HONEST)


def test_a_name_and_figures_spaced_otherwise_are_the_sources() -> None:
    # before: « Jean-Marc O'Neill » person not in the source, « 1,5 % » and « 2 » not in the
    # source, « 5 pour cent » missing — four hard findings on the truth
    NAMED.draws_nothing(NAMED_HONEST, None, "hard")


@pytest.mark.parametrize(
    ("find", "replace", "rule"),
    [
        ("Jean-Marc O'Neill", "Jean-Marc O'Brien", "people"),
        ("1,5 %", "1,8 %", "figures"),
        ("à 2 km", "à 27 km", "figures"),
    ],
)
def test_a_name_or_figure_changed_is_still_caught(find: str, replace: str, rule: str) -> None:
    NAMED.draws(NAMED.variant("figures", find, replace), rule, "hard", "")  # some hard finding


AMOUNT_SOURCE = (
    "12 mars 2016. – La cathédrale , construite au XIII e siècle , a été restaurée au début du "
    "XX e siècle , a rappelé samedi le maire de Nangarhar , Karim Wali .\n\n"
    "Les travaux ont coûté 3, 2 millions d' euros , selon la mairie ."
)
AMOUNT_HONEST = (
    "La cathédrale, construite au XIIIe siècle, a été restaurée au début du XXe siècle, a "
    "rappelé samedi le maire de Nangarhar, Karim Wali.\n\n"
    "Selon la mairie, les travaux ont coûté 3,2 millions d'euros."
)
AMOUNT = Pairs("typography-amount", AMOUNT_SOURCE, AMOUNT_HONEST)


def test_an_amount_with_a_split_decimal_is_the_sources() -> None:
    # before: « 3,2 millions d'euros » not in the source, « 3, 2 millions » missing (2 hard)
    AMOUNT.draws_nothing(AMOUNT_HONEST, None, "hard")


@pytest.mark.parametrize(
    ("find", "replace", "rule"),
    [("3,2 millions", "3,8 millions", "figures"), ("Karim Wali", "Karim Walid", "people")],
)
def test_the_amount_or_the_name_changed_is_still_caught(find: str, replace: str, rule: str) -> None:
    AMOUNT.draws(AMOUNT.variant("figures", find, replace), rule, "hard", "")  # some hard finding

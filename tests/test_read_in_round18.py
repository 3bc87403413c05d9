"""Readings of round 18, from the development sets heldout-r17 and heldout-r22 (places swapped
that nothing flagged); the sentences are written here:

- a place the source writes with spaces, written with hyphens (« Villeneuve-d'Ascq » for
  « Villeneuve d'Ascq »), is the source's place: put in the place of the other the sentence
  it restates names for the same act, it is a swap (read as a name absent from the source, it
  drew nothing); said where the source says it, it draws nothing;
- tried and dropped: a place the sentence restated names of one thing, given what that sentence
  says of another place the article leaves out (« un nouveau site à Roanne » for « l'usine de
  Roanne … un nouveau site à Montbrison »), as a review — on the development sets' honest
  articles it flagged lists, containers and appositions (« Évacué vers Nice » for « l'hôpital
  Pasteur de Nice », « dans le Doubs » for « Besançon (Doubs) »): +8 reviews on honest-r20…r27,
  +9 on the default eval's.

Then, read after round 18's blind measures of honest-r28 and heldout-r23 (not blind), each a
class written here with a distorted twin still flagged:

- an area whose power the source's text lost (« 1 200 m 2 ») is the article's « 1 200 m² » or
  « 1 200 mètres carrés », no count of metres;
- « l'une des constructions les plus hautes » is « l'une des plus hautes »: among the first, not
  the first;
- those before the Nth a source ranks, counted N − 1 with « autres » or « avant lui » (« Seize
  autres avaient été observés avant lui » for « le 17e sursaut observé »), are the writer's
  subtraction: a review, not a number absent from the source;
- a small count the article's sentence before gives too (« Sur l'ensemble des deux matchs … Deux
  victoires ») may count what the writer has just set out (honest-r28 r28-c2): a review;
- a word of a name the tagger keeps out of the source's lemmas (« l'International Skating
  Union ») is the source's word, no cause absent from it;
- « soit zéro heure quinze UTC » is the source's « 0 h 15 UTC »."""

from __future__ import annotations

import pytest

from tests.conftest import DATA
from tests.pairs import Pairs

STUDENT = Pairs(
    "etudiant",
    """Faits divers : un étudiant interpellé près de Lille

7 février 2017 . – Un étudiant de 19 ans a été interpellé mardi à Wattignies par les policiers, \
selon le parquet.

Selon ses proches, il était inscrit à l'université de Villeneuve d'Ascq, où il suivait des \
cours de chimie.""",
)


def _said(pairs: Pairs, text: str) -> list[tuple[str, str]]:
    found = pairs.findings(text, ("actors", "swaps"))
    return [(f"{f.severity} {f.rule}", f.message.split("» ", 1)[-1]) for f in found]


def test_a_place_written_with_hyphens_is_the_sources_put_in_anothers_place() -> None:
    found = _said(
        STUDENT, "Mardi, les policiers ont interpellé l'étudiant de 19 ans à Villeneuve-d'Ascq."
    )
    assert [s for s, _ in found] == ["hard swaps"]
    assert "names Villeneuve-d'Ascq where the source names Wattignies" in found[0][1]


@pytest.mark.parametrize(
    "text",
    [
        "Inscrit à l'université de Villeneuve-d'Ascq, l'étudiant de 19 ans a été interpellé mardi "
        "à Wattignies.",
        "L'étudiant de Villeneuve-d'Ascq, âgé de 19 ans, a été arrêté mardi à Wattignies, d'après "
        "le parquet.",
        "Le jeune homme de 19 ans, étudiant à Villeneuve-d'Ascq, a été arrêté par la police mardi.",
    ],
)
def test_a_place_written_with_hyphens_where_the_source_says_it_draws_nothing(text: str) -> None:
    assert _said(STUDENT, text) == []


HALL = Pairs(
    "salle",
    """Lyon : le salon du livre ancien s'installe aux Subsistances

12 mars 2019 . – Le salon du livre ancien s'étend cette année sur 1 200 m 2 et accueille 80 \
exposants venus de toute l'Europe, selon ses organisateurs.""",
)


@pytest.mark.parametrize("area", ["1 200 m²", "1 200 mètres carrés"])
def test_an_area_whose_power_the_source_lost_is_the_same_area(area: str) -> None:
    text = f"Le salon s'étend cette année sur {area} et accueille 80 exposants."
    assert HALL.findings(text, "figures") == []


def test_another_area_is_still_hard() -> None:
    text = "Le salon s'étend cette année sur 1 500 m² et accueille 80 exposants."
    assert [f.severity for f in HALL.findings(text, "figures")] == ["hard"]


TOWER = Pairs(
    "tour",
    """Dubaï : une nouvelle tour inaugurée

4 janvier 2020 . – La tour Horizon, inaugurée samedi, est l'une des plus hautes jamais \
construites au Moyen-Orient, selon son architecte.""",
)


def test_one_of_the_tallest_said_with_its_noun_is_among_the_first() -> None:
    text = (
        "La tour Horizon, inaugurée samedi, est l'une des constructions les plus hautes jamais "
        "bâties au Moyen-Orient."
    )
    assert TOWER.findings(text, "rank") == []


def test_the_tallest_for_one_of_the_tallest_is_still_hard() -> None:
    text = (
        "La tour Horizon, inaugurée samedi, est la construction la plus haute jamais bâtie au "
        "Moyen-Orient."
    )
    assert [f.severity for f in TOWER.findings(text, "rank")] == ["hard"]


MEASLES = Pairs(
    "cas",
    """Santé : un nouveau cas de rougeole à Lyon

5 mai 2019 . – Le 32e cas de rougeole de l'année a été confirmé mardi à Lyon par l'agence \
régionale de santé, qui appelle à la vaccination.""",
)


def test_those_before_the_nth_counted_one_less_are_a_review() -> None:
    text = "Trente et un autres cas avaient été confirmés avant lui cette année."
    assert [f.severity for f in MEASLES.findings(text, "figures")] == ["review"]


@pytest.mark.parametrize(
    "text",
    [
        "Vingt-neuf autres cas avaient été confirmés avant lui cette année.",
        "Trente et un cas ont été confirmés mardi à Lyon.",
    ],
)
def test_another_count_or_one_less_said_of_the_nth_itself_is_still_hard(text: str) -> None:
    assert [f.severity for f in MEASLES.findings(text, "figures")] == ["hard"]


JUDO = Pairs(
    "patinage",
    """Patinage : le trophée de Paris

8 février 2020 . – Le trophée de Paris est la deuxième étape du circuit mondial. À ce titre, il \
est reconnu par l' International Skating Union .""",
)


def test_a_word_of_a_name_the_source_writes_is_no_cause_absent_from_it() -> None:
    text = (
        "Son appartenance au circuit mondial lui vaut d'être reconnu par l'International Skating "
        "Union."
    )
    assert JUDO.findings(text, "causes") == []


def test_a_body_the_source_never_names_as_the_cause_is_still_hard() -> None:
    text = (
        "Son appartenance au circuit mondial lui vaut d'être reconnu par la Fédération mondiale "
        "de lutte."
    )
    assert [f.severity for f in JUDO.findings(text, "causes")] == ["hard"]


STATION = Pairs(
    "station",
    """Espace : la chute de la station

2 avril 2018 . – La station est tombée dans l'océan Pacifique à 8 h 15 heure de Pékin ( 0 h 15 \
UTC ), a annoncé l'agence spatiale.""",
)
FELL = (
    "La station est tombée dans l'océan Pacifique à huit heures quinze, heure de Pékin, soit {} "
    "quinze UTC, a annoncé l'agence spatiale."
)


def test_zero_hour_said_in_words_is_the_sources_time() -> None:
    found = STATION.findings(FELL.format("zéro heure"))
    assert [f.message for f in found if f.severity == "hard"] == []


def test_another_hour_in_words_is_still_hard() -> None:
    assert "hard" in [f.severity for f in STATION.findings(FELL.format("une heure"))]


def test_a_small_count_the_sentence_before_sets_out_is_no_swap() -> None:
    # honest-r28 r28-c2 (a development set): « Sur l'ensemble des deux matchs, … Deux victoires,
    # aucun but encaissé » where the source counts « 6 victoires » over seven matches
    from scripts.fidelity_eval import check_article

    result = check_article(DATA / "blind" / "honest-r28" / "r28-c2.md")
    assert [rule for rule in result.hard if rule.startswith("fidelity")] == []
    assert result.review["fidelity/figures"] >= 1  # still flagged for the editor

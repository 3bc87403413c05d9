"""The gate reads the names of an article as its reader does: emphasis and links are not part of
the words (« *Charlie Hebdo*. » names Charlie Hebdo, a newspaper the source names), nor is the
common noun that opens a title before a name (« Affaire Gaillard : … » names Gaillard), while a
person the source never names stays one, in italics or not, after « Affaire » or not."""

from __future__ import annotations

import pytest

from engine.text import plain_inline
from tests.pairs import Pairs, blocking


@pytest.mark.parametrize(
    ("line", "plain"),
    [
        ("Un hommage devant *Charlie Hebdo*.", "Un hommage devant Charlie Hebdo."),
        ("Le **Parlement européen** a voté.", "Le Parlement européen a voté."),
        ("Selon [l'AFP](https://afp.com), rien.", "Selon l'AFP, rien."),
        ("Le taux est de 5 * 3 points.", "Le taux est de 5 * 3 points."),  # no emphasis there
        ("La commande `plume check` passe.", "La commande plume check passe."),
    ],
)
def test_a_line_read_without_its_marks(line: str, plain: str) -> None:
    assert plain_inline(line) == plain


SOURCE = """Presse : Le Canard enchaîné fête ses 100 ans

10 septembre 2015. – Le journal satirique Le Canard enchaîné a célébré jeudi son centenaire à \
Paris, en présence de son directeur, Michel Gaillard. Le premier numéro était paru le 10 septembre \
1915. L'hebdomadaire ne publie aucune publicité."""

HONEST = """Le centenaire a été fêté jeudi à Paris, en présence du directeur, *Michel Gaillard*. \
Le premier numéro du *Canard enchaîné* était paru le 10 septembre 1915, et l'hebdomadaire, dirigé \
par **Michel Gaillard**, ne publie toujours aucune publicité."""

PAIRS = Pairs("markup", SOURCE, HONEST)


def test_names_in_italics_or_bold_are_the_sources() -> None:
    assert PAIRS.findings(HONEST, "people") == []
    assert PAIRS.findings(HONEST, "names") == []


@pytest.mark.parametrize("name", ["*Pierre Lambert*", "Pierre Lambert"])
def test_a_person_the_source_never_names_stays_hard(name: str) -> None:
    variant = PAIRS.variant("invented person", "**Michel Gaillard**", name)
    found = PAIRS.edited(variant, "people")
    assert [f.severity for f in found] == [blocking("people")]
    assert "Pierre Lambert" in found[0].message


@pytest.mark.parametrize(
    "title",
    [
        "Affaire Gaillard : le Canard enchaîné fête ses 100 ans",
        "Affaire Michel Gaillard : un centenaire sans publicité",
    ],
)
def test_a_common_noun_opening_a_title_is_no_first_name(title: str) -> None:
    text = f"{title}\n\n{HONEST}"
    assert PAIRS.findings(text, "people") == []


def test_a_person_the_source_never_names_after_a_common_noun_stays_hard() -> None:
    text = f"Affaire Pierre Lambert : un centenaire sans publicité\n\n{HONEST}"
    found = PAIRS.findings(text, "people")
    assert [f.severity for f in found] == [blocking("people")]
    assert "Pierre Lambert" in found[0].message


CAIRO = """Égypte : 17 hommes jugés pour « débauche »

1er octobre 2017. – Ce dimanche, 17 Égyptiens de 17 à 35 ans ont comparu pour « débauche » \
devant un tribunal cairote. Amnesty International réclame leur libération."""

CAIRO_PAIRS = Pairs("cairo", CAIRO)


def test_a_place_whose_people_the_source_names_is_the_source_s() -> None:
    """« au Caire » of the source's « un tribunal cairote »."""
    text = "Égypte : 17 hommes jugés au Caire\n\nCe dimanche, 17 Égyptiens ont comparu au Caire."
    CAIRO_PAIRS.draws_nothing(text, ("names", "actors"))


def test_a_place_the_source_never_names_stays_flagged() -> None:
    text = "Égypte : 17 hommes jugés à Alexandrie\n\nCe dimanche, 17 Égyptiens ont comparu."
    CAIRO_PAIRS.draws(text, "names", None, "Alexandrie")

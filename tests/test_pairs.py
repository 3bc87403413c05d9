"""The table runner of tests/pairs.py: each assertion fails where its case does not draw what it
says (a runner whose checks cannot fail would make every table test pass)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.pairs import CERTAIN, Pairs, Sentences, each

SOURCE = """Lyon : des travaux sur le tramway

Quelques commerçants de l'avenue Berthelot ont protesté contre le chantier devant la mairie."""

HONEST = """Des travaux sur le tramway lyonnais

Quelques commerçants de l'avenue Berthelot ont manifesté contre le chantier devant la mairie."""

PAIRS = Pairs("runner", SOURCE, HONEST)
MANY = PAIRS.variant("scope", "Quelques commerçants", "De nombreux commerçants",
                     "says many («commerçant») where the source says a few")  # fmt: skip
FEW = PAIRS.variant("honest", "Quelques commerçants", "Une poignée de commerçants")


def test_what_a_case_draws_passes_its_own_assertion() -> None:
    PAIRS.draws_nothing(HONEST, "scope")
    PAIRS.draws_nothing(FEW, "scope")
    PAIRS.draws_one(MANY, "scope", "hard")
    PAIRS.draws_first(MANY, "scope", "hard")
    PAIRS.draws(MANY, ("scope", "polarity"), CERTAIN)
    PAIRS.draws(MANY, None, "hard", fragment="")


@pytest.mark.parametrize(
    "check",
    [
        lambda: PAIRS.draws_nothing(MANY, "scope"),
        lambda: PAIRS.draws_nothing(MANY, None, "hard"),
        lambda: PAIRS.draws_one(MANY, "scope", "review"),
        lambda: PAIRS.draws_one(MANY, "scope", "hard", "says all"),
        lambda: PAIRS.draws_one(FEW, "scope", "hard"),
        lambda: PAIRS.draws_one(MANY, "polarity"),
        lambda: PAIRS.draws_first(MANY, "scope", "review"),
        lambda: PAIRS.draws_first(FEW, "scope"),
        lambda: PAIRS.draws(MANY, "scope", "review"),
        lambda: PAIRS.draws(MANY, "scope", fragment="says most"),
        lambda: PAIRS.draws(FEW, "scope", fragment=""),
    ],
    ids=["nothing", "nothing hard", "one review", "one fragment", "one on honest",
         "one of another rule", "first review", "first on honest", "some review",
         "some fragment", "some on honest"],
)  # fmt: skip
def test_what_a_case_does_not_draw_fails_its_assertion(check: Callable[[], None]) -> None:
    with pytest.raises(AssertionError):
        check()


def test_a_text_case_asking_for_a_fragment_must_give_one() -> None:
    with pytest.raises(TypeError, match="no fragment"):
        PAIRS.draws(HONEST, "scope")


def test_a_sentence_stands_under_its_title() -> None:
    title = Sentences("runner", SOURCE, "Des travaux à Lyon")
    assert title.text("Une phrase.") == "Des travaux à Lyon\n\nUne phrase."
    assert title.text(("Une phrase.", "fragment")) == "Des travaux à Lyon\n\nUne phrase."


def test_each_names_its_cases() -> None:
    rows = [MANY, FEW, "Une phrase qui dépasse trente caractères.", ("Court.", "x")]
    mark = each(rows)
    assert mark.args == ("case", rows)
    assert mark.kwargs["ids"] == [
        "De nombreux commerçants",
        "Une poignée de commerçants",
        "Une phrase qui dépasse trente ",
        "Court.",
    ]
    assert each([MANY, FEW], "kind").kwargs["ids"] == ["scope", "honest"]
    assert each([MANY], ["mine"]).kwargs["ids"] == ["mine"]

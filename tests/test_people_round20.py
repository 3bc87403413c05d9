"""People, round 20 (F-B): titles read where a sentence gives none.

- A title in a phrase a preposition leads, a comma between it and a name that is the subject of
  what follows (« Pour les juges, X a … », « Selon le procureur, X … », « Aux yeux des juges, X
  … »), is whose view it is, not the person's office; an apposition the comma opens (« Selon le
  juge d'instruction, X, … ») stays the name's.
- A title word after a name with no article, acting on what follows it (« X juge la décision
  injuste », « X juge injuste la décision », « X, lui, juge « injuste » la décision »), is the verb
  « juger »; an apposition (« X, juge à Lyon, ») is an office.

A source of our own; none of these sentences is a corpus sentence.
"""

from __future__ import annotations

import pytest

from tests.pairs import Pairs

PROCES = Pairs(
    "proces",
    """Justice : l'ancien ministre Paul Vernier condamné en appel

3 mars 2025. – La cour d'appel de Lyon a condamné lundi l'ancien ministre du Budget Paul \
Vernier à deux ans de prison avec sursis pour favoritisme. La cour a estimé que Paul Vernier \
avait « sciemment » favorisé une entreprise amie lors de l'attribution d'un marché public en \
2019. L'avocat de l'ancien ministre, Marc Delorme, a annoncé un pourvoi en cassation. Le \
condamné, qui a toujours clamé son innocence, trouve la décision « injuste ».""",
)
_PEOPLE = {"roles", "names", "actors", "entities", "swaps", "agents", "paired"}


def _found(text: str) -> list[tuple[str, str]]:
    return [
        (f.rule, f.severity)
        for f in PROCES.findings(f"Paul Vernier condamné en appel\n\n{text}", _PEOPLE)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Pour les juges, Paul Vernier a « sciemment » favorisé une entreprise amie en 2019.",
        "Selon les juges, Paul Vernier avait favorisé une entreprise amie.",
        "Aux yeux des juges, Paul Vernier a favorisé une entreprise amie lors d'un marché public.",
        "Pour le juge, Paul Vernier a favorisé une entreprise amie.",
        "Selon le procureur, Paul Vernier a favorisé une entreprise amie.",
        "Paul Vernier juge la décision « injuste » et clame son innocence.",
        "Condamné, Paul Vernier juge injuste la décision de la cour d'appel.",
        "Paul Vernier, lui, juge « injuste » la décision.",
    ],
)
def test_a_view_or_a_verb_gives_no_title(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Le juge Paul Vernier a favorisé une entreprise amie.",
        "Le procureur Paul Vernier a favorisé une entreprise amie.",
        "Selon le juge Paul Vernier, l'entreprise a été favorisée.",
        "Paul Vernier, juge à Lyon, a favorisé une entreprise amie.",
        "Selon le juge d'instruction, Paul Vernier, l'entreprise a été favorisée.",
    ],
)
def test_a_title_beside_the_name_is_his(text: str) -> None:
    assert _found(text) == [("roles", "hard")]


def test_an_apposition_before_a_party_s_name_is_an_office() -> None:
    # « Les Républicains » after the title: a party's name, not the object of a verb
    found = _found(
        "Paul Vernier, sénateur Les Républicains de Lyon, a favorisé une entreprise amie."
    )
    assert ("roles", "hard") in found

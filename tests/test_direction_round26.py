"""Round 26 (F26C): a span is no direction — readings of honest-r36, pairs of our own.

Every sentence here is written for this file, against a small source of our own; none is a
corpus sentence.

« La période qui s'étend de l'an 1000 à l'an 1400 », « une zone qui s'étend sur deux
kilomètres », « s'étendant de … à … »: « s'étendre de … à … / sur … » (and another verb of
extent with a « de … à … » of no figure) says how far a time or a place reaches, no rise
against the source's fall. A change said against the source's (« a monté » for « a baissé »)
still clashes.
"""

from __future__ import annotations

from tests.pairs import Case, Sentences, each

SEAS = Sentences(
    "seas26",
    """Climat : les océans ont baissé au Moyen Âge

3 février 2024. – Selon une étude, les océans ont baissé de 8 cm entre l’an 1000 et l’an 1400, \
car cette période avait été marquée par une baisse de la température. Le niveau de la nappe a \
baissé dans la zone située entre le port et le centre-ville.""",
    "Les océans ont baissé au Moyen Âge",
)

SPANS = [
    "La période qui s'étend de l'an 1000 à l'an 1400 a vu les océans baisser de 8 cm.",
    "S'étendant de l'an 1000 à l'an 1400, cette période a vu les océans baisser de 8 cm.",
    "Cette période, qui s'étend sur quatre siècles, a été marquée par une baisse de la "
    "température.",
    "La nappe a baissé dans une zone qui s'étend sur deux kilomètres, entre le port et le "
    "centre-ville.",
]

CHANGES: list[Case] = [
    (
        "Le niveau de la nappe a monté dans la zone située entre le port et le centre-ville.",
        "«monté»",
    ),
    ("Les océans ont monté de 8 cm entre l'an 1000 et l'an 1400.", "«monté»"),
]


@each(SPANS)
def test_a_span_in_time_or_space_is_no_direction(case: Case) -> None:
    SEAS.draws_nothing(case, "direction")


@each(CHANGES)
def test_a_change_against_the_source_still_clashes(case: Case) -> None:
    SEAS.draws(case, "direction")


def test_a_rise_against_a_fall_is_still_hard() -> None:
    SEAS.draws(CHANGES[0], "direction", "hard")

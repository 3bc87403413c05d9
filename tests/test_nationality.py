"""A nationality said of anyone or anything (engine.gate.claims.roles.nationality_swaps): one
nationality or country in for the one the restated source sentence gives, and none other, is
swapped; the same nationality in another form, or one the source sentence also gives, is not.

A source of our own; each distortion edits one sentence of an honest rewrite.
"""

from __future__ import annotations

from functools import partial

from tests.pairs import Case, Pairs, each

SOURCE = """Sciences : une comète observée depuis le Chili

Une astronome amateur argentine a repéré une comète le 3 mars. L'Observatoire européen austral, \
installé au Chili, a confirmé la découverte. Une équipe japonaise suit désormais son orbite \
chaque nuit depuis un télescope de montagne. Selon l'Agence spatiale canadienne, la comète sera \
visible à l'œil nu en mai."""

HONEST = """Une comète découverte par une amatrice

Le 3 mars, une astronome amateur argentine a repéré une comète. L'Observatoire européen austral, \
installé au Chili, a confirmé la découverte. Chaque nuit, une équipe japonaise suit désormais son \
orbite depuis un télescope de montagne. Selon l'Agence spatiale canadienne, la comète sera visible \
à l'œil nu en mai."""


PAIRS = Pairs("nationality", SOURCE, HONEST)
variant = partial(PAIRS.variant, "nationality")
DISTORTIONS = [
    variant("une astronome amateur argentine", "une astronome amateur chilienne"),
    variant("une équipe japonaise", "une équipe chinoise"),
    variant("l'Agence spatiale canadienne", "l'Agence spatiale américaine"),
]
HONEST_VARIANTS = [
    variant("une astronome amateur argentine", "une Argentine, astronome amateur,"),
    variant("installé au Chili", "installé en territoire chilien"),
    variant("une équipe japonaise", "une équipe venue du Japon"),
    # a continent holds its countries: a Japanese team is an Asian one
    variant("une équipe japonaise", "une équipe asiatique"),
]


def test_the_honest_rewrite_draws_no_nationality_finding() -> None:
    PAIRS.draws_nothing(HONEST, "roles")


@each(DISTORTIONS)
def test_another_nationality_is_a_hard_finding(case: Case) -> None:
    PAIRS.draws_one(case, "roles", "hard", "where the source says")


@each(HONEST_VARIANTS)
def test_the_same_nationality_in_another_form_draws_nothing(case: Case) -> None:
    PAIRS.draws_nothing(case, "roles")

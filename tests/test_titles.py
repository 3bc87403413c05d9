"""An office standing for a person (engine.gate.claims.roles.title_swaps): a sentence naming
nobody gives what the source says of a person to an office the source gives, but never in a
sentence naming that person, is swapped; the person's own office, or a title word that names
no one (« le classement général »), is not.
"""

from __future__ import annotations

from functools import partial

from tests.pairs import Case, Pairs, each

SOURCE = """Inondations : l'armée appelée en renfort

Environ 400 soldats sont partis aider les sinistrés, à la demande du ministre de la Sécurité \
publique. « Les habitants sont épuisés et les communes manquent de moyens », a déclaré Paul \
Girard, le directeur de la sécurité civile. La crue reste au plus haut du classement général \
des crues de la décennie."""

HONEST = """L'armée en renfort contre les inondations

Quelque 400 soldats sont partis aider les sinistrés, à la demande du ministre de la Sécurité \
publique. Paul Girard, le directeur de la sécurité civile, a déclaré que les habitants étaient \
« épuisés » et que les communes manquaient de moyens. La crue reste au plus haut du classement \
général des crues de la décennie."""


PAIRS = Pairs("titles", SOURCE, HONEST)
variant = partial(PAIRS.variant, "titles")
SAID = "Paul Girard, le directeur de la sécurité civile, a déclaré"


def test_another_office_in_the_place_of_the_person_is_hard() -> None:
    found = PAIRS.found(variant(SAID, "Le ministre de la Sécurité publique a déclaré"), "roles")
    assert [(f.severity, f.value) for f in found] == [("hard", "ministre")]
    assert "gives the «ministre» what the source says of Paul Girard" in found[0].message


OWN = [
    variant(SAID, "Le directeur de la sécurité civile a déclaré"),
    variant(SAID, "Le responsable a déclaré"),
]


@each(OWN)
def test_the_persons_own_office_or_none_draws_nothing(case: Case) -> None:
    PAIRS.draws_nothing(case, "roles")


# --- one office under two titles (lexicon `offices`) -----------------------------------------

SOURCE_2 = """Football : Lyon tenu en échec à domicile

Lyon a concédé le match nul face à Nantes samedi soir. « Nous avons manqué de réalisme devant le \
but », a reconnu le manager de Lyon, Paul Girard, après la rencontre."""

HONEST_2 = """Lyon tenu en échec par Nantes

Samedi soir, Lyon a concédé le match nul face à Nantes. Après la rencontre, Paul Girard, \
l'entraîneur de Lyon, a reconnu que son équipe avait « manqué de réalisme devant le but »."""

PAIRS_2 = Pairs("titles-2", SOURCE_2, HONEST_2)


def test_the_same_office_under_another_title_draws_nothing() -> None:
    PAIRS_2.draws_nothing(HONEST_2, "roles")


def test_another_office_than_the_one_both_titles_name_is_still_hard() -> None:
    v = variant("Paul Girard, l'entraîneur de Lyon", "Paul Girard, le président de Lyon")
    PAIRS_2.draws_one(v, "roles", "hard", fragment="")  # its message: any

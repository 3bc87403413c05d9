"""A nationality said of anyone or anything (engine.gate.claims.roles.nationality_swaps): one
nationality or country in for the one the restated source sentence gives, and none other, is
swapped; the same nationality in another form, or one the source sentence also gives, is not.

A source of our own; each distortion edits one sentence of an honest rewrite.
"""

from __future__ import annotations

from functools import partial

from scripts.fidelity_eval import Variant
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


# A nationality standing for a person (« le Kényan ») is the person the source calls so: where
# the source names that person in the restated sentence or just before it (whom its « il » is),
# the nationality is not certainly in for the restated sentence's other one (« le Français »):
# a review, hard only on a near-minimal pair (issue 19, round 6).
RACE_SOURCE = """Marathon de Lyon : Paul Kiprop s'impose

6 avril 2025. – Le Kényan Paul Kiprop a remporté dimanche le marathon de Lyon en 2 h 09 min. \
Parti prudemment, il est resté longtemps dans le second groupe. Il a repris peu à peu son retard \
et s'est emparé de la tête au 35e kilomètre, alors que le Français, victime de crampes, \
abandonnait. L'Éthiopien Abebe Tola termine deuxième, à une minute."""
RACE_HONEST = """Paul Kiprop gagne à Lyon

Le Kényan Paul Kiprop a gagné dimanche le marathon de Lyon en 2 h 09 min. Il est d'abord resté \
prudemment dans le second groupe. Le Kényan a ensuite repris peu à peu son retard, jusqu'à \
s'emparer de la tête au 35e kilomètre. L'Éthiopien Abebe Tola prend la deuxième place, à une \
minute."""
RACE = Pairs("nationality-race", RACE_SOURCE, RACE_HONEST)
STANDING_FOR = [
    RACE_HONEST,
    RACE.variant("honest", "Le Kényan a ensuite", "Le coureur kényan a ensuite"),
    RACE.variant(
        "honest",
        "Le Kényan a ensuite repris peu à peu son retard, jusqu'à s'emparer de la tête au 35e "
        "kilomètre.",
        "Le Kényan s'est ensuite emparé de la tête au 35e kilomètre, après avoir repris peu à "
        "peu son retard.",
    ),
]
SWAPPED = [
    # a nationality the source gives nobody near the restated sentence
    RACE.variant("nationality", "Le Kényan a ensuite", "L'Éthiopien a ensuite",
                 "says «éthiopien» where the source says «français»"),
    # the near-minimal pair: the source's person said by the other's nationality
    RACE.variant(
        "nationality",
        "Le Kényan a ensuite repris peu à peu son retard, jusqu'à s'emparer de la tête au 35e "
        "kilomètre.",
        "Le Kényan a repris peu à peu son retard et s'est emparé de la tête au 35e kilomètre, "
        "alors que le Kényan, victime de crampes, abandonnait.",
        "says «kényan» where the source says «français»",
    ),
]  # fmt: skip


@each(STANDING_FOR, lambda case: case.replace if isinstance(case, Variant) else "honest")
def test_a_nationality_standing_for_the_person_the_source_calls_so_is_no_hard_swap(
    case: Case,
) -> None:
    RACE.draws_nothing(case, "roles", "hard")


@each(SWAPPED)
def test_a_nationality_in_for_another_stays_hard_where_certain(case: Case) -> None:
    RACE.draws_one(case, "roles", "hard")


KOREA = """Japon : Shinzo Abe remporte les législatives

23 octobre 2017. – Le Premier ministre Shinzo Abe a réussi à orienter la campagne vers les \
menaces venues de la Corée du Nord, dans un contexte de fortes tensions militaires."""

KOREA_PAIRS = Pairs("korea", KOREA)
KOREA_TITLE = "Shinzo Abe remporte les législatives"


def test_a_nationality_of_a_country_the_source_writes_in_full_is_the_source_s() -> None:
    """« nord-coréenne » of the source's « la Corée du Nord » (read « Corée »)."""
    text = (
        "Le Premier ministre Shinzo Abe a réussi à orienter la campagne vers la menace "
        "nord-coréenne, dans un contexte de fortes tensions militaires."
    )
    KOREA_PAIRS.draws_nothing(f"{KOREA_TITLE}\n\n{text}", "roles")


def test_another_country_for_it_is_still_flagged() -> None:
    text = (
        "Le Premier ministre Shinzo Abe a réussi à orienter la campagne vers la menace "
        "chinoise, dans un contexte de fortes tensions militaires."
    )
    KOREA_PAIRS.draws(f"{KOREA_TITLE}\n\n{text}", "roles", None, "chinois")


def test_a_feminine_adjective_in_que_names_its_country() -> None:
    """« la frontière turque », « la marine grecque »: the country of « turc », « grec »."""
    from engine.gate.slots.entities import country

    assert [country(w) for w in ("turque", "grecques", "turcs")] == ["Turquie", "Grèce", "Turquie"]

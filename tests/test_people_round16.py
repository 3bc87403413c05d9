"""People, round 16 (F-B): roles an honest writer reads right and the gate read wrong, and the
same sentences with another person's or another nationality, still flagged.

- A word of nationality written after its country's side (« l'Africaine du Sud », « les Coréens
  du Nord »: engine.gate.slots.entities.turned_about) is the compound the lexicon holds
  (« sud-africain »): of the name it heads, never the next person's.
- An office a sentence gives its subject « il » / « elle » (an apposition opening it, « Député
  européen en 1979, …, il devient … », or its attribute, « il fut sénateur ») is the office of
  the person the pronoun stands for (roles.read_subject_roles, source_index): the source gives
  it; an office said there of someone else (« il a conseillé le président X ») is not his.

A source of our own; none of these sentences is a corpus sentence.
"""

from __future__ import annotations

import pytest

from tests.pairs import Pairs

TRIATHLON = Pairs(
    "triathlon",
    """Natation : le Coréen du Sud Kim Min-jun remporte la traversée du lac d'Annecy

12 août 2024. – Le Coréen du Sud Kim Min-jun a remporté samedi la traversée du lac d'Annecy, \
devant l'Allemand Jonas Weber. L'Irlandaise du Nord Claire Doyle a pris la troisième place que \
la nageuse locale, la Française Léa Martin, lui a longtemps disputée. Le Japonais Kenji Sato a \
abandonné à mi-course.""",
)

MERCIER = Pairs(
    "mercier",
    """Politique : décès de l'ancien ministre Paul Mercier

3 mars 2025. – L'homme politique Paul Mercier est mort lundi à l'âge de 88 ans. Ancien préfet de \
la Somme, il fut ensuite sénateur de l'Oise puis ministre des Transports. Député européen en \
1989, puis maire d'Amiens, il devient en 1995 délégué du gouvernement en Guyane. Il y a conseillé \
le président Jacques Roux jusqu'en 2001.""",
)
TITLES = {TRIATHLON: "Traversée du lac d'Annecy", MERCIER: "Mort de Paul Mercier"}
_PEOPLE = {"roles", "names", "actors", "entities", "people"}


def _found(pairs: Pairs, text: str) -> list[tuple[str, str]]:
    return [(f.rule, f.severity) for f in pairs.findings(f"{TITLES[pairs]}\n\n{text}", _PEOPLE)]


@pytest.mark.parametrize(
    ("pairs", "text"),
    [
        # the side turned about: the compound, of the name it heads
        (TRIATHLON, "Le Sud-Coréen Kim Min-jun a remporté samedi la traversée du lac d'Annecy."),
        (TRIATHLON, "La Nord-Irlandaise Claire Doyle a pris la troisième place."),
        (TRIATHLON, "Claire Doyle, nord-irlandaise, a terminé troisième devant Léa Martin."),
        # a demonym a preposition leads, a comma before the next name: another person
        (TRIATHLON, "Devant la Française, Claire Doyle a pris la troisième place."),
        (
            TRIATHLON,
            "Derrière les deux Allemands, la Nord-Irlandaise Claire Doyle a fini troisième.",
        ),
        # a country where one is, spelled as a demonym: no nationality
        (TRIATHLON, "En France, Claire Doyle a pris la troisième place."),
        # an office given to « il » by an opening apposition, or as its attribute
        (MERCIER, "En 1989, Paul Mercier est devenu député européen."),
        (MERCIER, "Paul Mercier a aussi été préfet de la Somme."),
        (MERCIER, "Paul Mercier fut ensuite sénateur de l'Oise."),
        (MERCIER, "Le maire d'Amiens Paul Mercier a ensuite rejoint la Guyane."),
    ],
)
def test_the_source_gives_it(pairs: Pairs, text: str) -> None:
    assert _found(pairs, text) == []


@pytest.mark.parametrize(
    ("pairs", "text"),
    [
        # another nationality for the one the turned demonym gives
        (TRIATHLON, "Le Japonais Kim Min-jun a remporté samedi la traversée du lac d'Annecy."),
        (TRIATHLON, "L'Allemande Claire Doyle a pris la troisième place."),
        (TRIATHLON, "La Française Claire Doyle a pris la troisième place."),
        # the turned demonym of one runner given to another
        (TRIATHLON, "La Sud-Coréenne Léa Martin a pris la troisième place."),
        # an office the pronoun's sentence says of someone else, or none says
        (MERCIER, "Paul Mercier, ancien président, est mort lundi à l'âge de 88 ans."),
        (MERCIER, "En 1989, Paul Mercier est devenu ambassadeur."),
    ],
)
def test_another_is_still_hard(pairs: Pairs, text: str) -> None:
    assert ("roles", "hard") in _found(pairs, text)


def _roles(text: str) -> dict[str, frozenset[str]]:
    from engine.gate.statements import read_doc
    from engine.text.nlp import parse

    return {p: r for s in read_doc(parse([text])[0]) for p, r in s.roles.items()}


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        (
            "L'Africaine du Sud Andrea Steyn devance l'Espagnole Ana Ruiz.",
            {"Andrea Steyn": {"sud-africain"}, "Ana Ruiz": {"espagnol"}},
        ),
        ("Le Coréen du Nord Kim Jong-un a tiré un missile.", {"Kim Jong-un": {"nord-coréen"}}),
        ("La Sud-Coréenne Lee Min-ji a gagné.", {"Lee Min-ji": {"sud-coréen"}}),  # lemma cut short
        ("En Argentine, Emmanuel Macron a parlé au G20.", {}),  # where one is
        ("Derrière la Britannique, Caroline Steffen a fini deuxième.", {}),  # another one
        ("Depuis l'Argentine, Emmanuel Macron a parlé.", {}),
        ("L'Argentine Paula Pareto a gagné.", {"Paula Pareto": {"argentin"}}),  # a demonym still
        ("Le député européen Jean Moulin a voté contre.", {"Jean Moulin": {"député"}}),
    ],
)
def test_what_is_read_beside_the_name(text: str, roles: dict[str, set[str]]) -> None:
    assert _roles(text) == roles


@pytest.mark.parametrize(
    ("text", "offices"),
    [
        ("Ancienne maire de Lyon, elle a rencontré le président.", {"maire"}),
        (
            "Député européen en 1979, puis sénateur, il devient ministre.",
            {"député", "sénateur", "ministre"},
        ),
        (
            "Il fut ensuite sénateur de la Somme et ministre des Transports.",
            {"sénateur", "ministre"},
        ),
        ("Après la mort du président, il devient maire.", {"maire"}),
        ("Il a conseillé le président Jacques Roux.", set()),
        ("Le ministre a reçu le maire.", set()),  # no « il »: nothing
    ],
)
def test_the_offices_of_il(text: str, offices: set[str]) -> None:
    from engine.gate.statements import read_doc
    from engine.text.nlp import parse

    (statement,) = read_doc(parse([text])[0])
    assert statement.subject_roles == offices


# --- who did what to whom: the same noun, unnamed, in the other place of the same verb -------

VISIT = Pairs(
    "visit",
    """Social : le ministre reçoit les syndicats

4 avril 2025. – Le ministre du Travail a reçu mardi les syndicats de cheminots à Paris. Le maire \
de Lille a félicité les pompiers pour leur courage pendant l'incendie. Les syndicats ont ensuite \
rencontré les députés de la majorité.""",
)
TITLES[VISIT] = "Le ministre reçoit les syndicats"


@pytest.mark.parametrize(
    "text",
    [
        "Les syndicats de cheminots ont été reçus mardi par le ministre du Travail à Paris.",
        "Le ministre du Travail a accueilli mardi les syndicats de cheminots à Paris.",
        "Les pompiers ont été félicités par le maire de Lille pour leur courage.",
        "Les députés de la majorité ont ensuite rencontré les syndicats.",
    ],
)
def test_the_same_fact_in_either_voice(text: str) -> None:
    found = VISIT.findings(f"{TITLES[VISIT]}\n\n{text}", {"agents"})
    assert [(f.rule, f.severity) for f in found] == []


@pytest.mark.parametrize(
    ("text", "severity"),
    [
        # both places exchanged: certain on a near-minimal pair
        (
            "Les pompiers ont félicité le maire de Lille pour son courage pendant l'incendie.",
            "hard",
        ),
        # the one who acts made the one acted on by another: the same noun on both sides, unnamed
        ("Le ministre du Travail a été reçu mardi à Paris par des cheminots.", "review"),
        ("Le maire de Lille a été félicité pour son courage par le préfet du Nord.", "review"),
    ],
)
def test_the_reverse_is_still_flagged(text: str, severity: str) -> None:
    found = VISIT.findings(f"{TITLES[VISIT]}\n\n{text}", {"agents"})
    assert ("agents", severity) in [(f.rule, f.severity) for f in found]


def test_one_side_alone_is_no_hard_finding() -> None:
    text = "Le ministre du Travail a été reçu mardi à Paris par des cheminots."
    found = VISIT.findings(f"{TITLES[VISIT]}\n\n{text}", {"agents"})
    assert [(f.rule, f.severity) for f in found] == [("agents", "review")]


# --- compounds read by engine.text's compound helper: a rank, a deputy's office ---------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Il a gagné l'avant-dernière étape.", "last-1"),
        ("Il a gagné l'avant dernière étape.", "last-1"),  # the hyphen left out
        ("Il a chuté avant la dernière étape.", "last"),  # a time: its article between
    ],
)
def test_a_compound_rank(text: str, value: str) -> None:
    from engine.gate.slots.rank import Rank, read
    from engine.text.nlp import parse

    marks = read(list(parse([text])[0]))
    assert {m.value for m in marks if isinstance(m, Rank)} == {value}


GROUP = Pairs(
    "group",
    """Europe : le groupe élit sa direction

5 mai 2025. – Le vice-président du groupe, Marc Olier, a présenté mardi le budget du groupe. Le \
président du groupe, Jean Vautrin, a salué son travail.""",
)
TITLES[GROUP] = "Le groupe élit sa direction"


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Le viceprésident du groupe a présenté mardi le budget du groupe.", []),  # glued
        ("Le vice président du groupe a présenté mardi le budget du groupe.", []),  # spaced
        ("Le président du groupe a présenté mardi le budget du groupe.", [("roles", "hard")]),
    ],
)
def test_a_deputys_office_however_joined(text: str, found: list[tuple[str, str]]) -> None:
    assert _found(GROUP, text) == found

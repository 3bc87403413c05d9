"""People, round 17 (F-B): the source's own description of a person names that person, and a
title the person's verb acts on is someone else's.

- A description the source gives a person bare, in a sentence naming no one right after one
  naming that person alone (« Jean Lemaire recevra … Cette visite doit, selon le chef de l'État,
  … », « Peeters … « … », a expliqué le vainqueur »), is the source's own name for him
  (roles._bare_for, speakers.named_last): the article may use it, or give his words to his name.
  Another office is certain (hard) only by a second cue — written beside another person's name,
  or the person's own office written beside his — else a review.
- A title after a name that the name's verb acts on, with its determiner (« Jean Lemaire recevra
  le roi du Maroc »), is whom he receives, not his title (roles._acted_on); another office found
  only in the words of a sentence naming him, never written beside his name, is a review.
- A nationality the source writes beside no one's name for him, another said near it (« la
  délégation allemande » beside « Emmanuel Macron a reçu … »), is no certain other: « le Français
  Emmanuel Macron » is a review. Written beside the name, another stays hard.

A source of our own; none of these sentences is a corpus sentence.
"""

from __future__ import annotations

import pytest

from tests.pairs import Pairs

ELYSEE = Pairs(
    "elysee",
    """Diplomatie : visite royale à Paris

14 mai 2025. – Jean Lemaire recevra jeudi le roi du Maroc à l'Élysée, a annoncé la présidence. \
Cette visite doit, selon le chef de l'État, « ouvrir une nouvelle étape » entre les deux pays. \
La ministre des Affaires étrangères, Claire Vidal, accompagnera les deux hommes à Rabat en juin. \
Le locataire de l'Élysée avait déjà reçu le souverain l'an dernier.""",
)
VELO = Pairs(
    "velo",
    """Cyclisme : le Belge Tom Peeters gagne à Roubaix

9 avril 2025. – Le coureur belge Tom Peeters a remporté dimanche Paris-Roubaix, devant le \
Néerlandais Joris de Vries et son compatriote Bram Janssen. Peeters, 27 ans, signe sa première \
victoire sur une classique. « J'ai attaqué au bon moment », a expliqué le vainqueur. L'équipe \
Lotto, qui l'emploie depuis cette saison, fête son troisième succès. Le directeur sportif de \
Lotto, Marc Dubois, a salué « une course parfaite ».""",
)
MACRON = Pairs(
    "macron",
    """Diplomatie : Emmanuel Macron reçoit la chancelière

12 juin 2017. – Emmanuel Macron a reçu lundi la chancelière allemande Angela Merkel à l'Élysée \
pour préparer le sommet européen. La délégation allemande est arrivée en avion en fin de matinée. \
Les deux dirigeants ont évoqué la défense commune, a indiqué l'Élysée.""",
)
VISIT = Pairs(
    "visit",
    """Diplomatie : visite royale à Paris

14 mai 2025. – Jean Lemaire recevra jeudi le roi du Maroc à l'Élysée. Les deux hommes doivent \
signer un accord sur l'eau.""",
)
POLICE = Pairs(
    "police",
    """Police : six policiers tués à Libreville

2 septembre 2016. – Le chef de la police de Libreville, Paul Ndong, a annoncé que six policiers \
ont été tués. Les émeutes ont duré trois jours.""",
)
TITLES = {
    VISIT: "Le roi du Maroc à Paris",
    POLICE: "Six policiers tués",
    ELYSEE: "Le roi du Maroc reçu à l'Élysée",
    VELO: "Tom Peeters gagne Paris-Roubaix",
    MACRON: "Macron et Merkel préparent le sommet",
}
_PEOPLE = {"roles", "names", "actors", "entities", "people", "swaps", "quotations", "agents"}


def _found(pairs: Pairs, text: str) -> list[tuple[str, str]]:
    return [(f.rule, f.severity) for f in pairs.findings(f"{TITLES[pairs]}\n\n{text}", _PEOPLE)]


@pytest.mark.parametrize(
    ("pairs", "text"),
    [
        # the source's own description of him, said another way or as the source says it
        (ELYSEE, "Le chef de l'État recevra jeudi le roi du Maroc à l'Élysée."),
        (ELYSEE, "Selon le chef de l'État, cette visite doit « ouvrir une nouvelle étape »."),
        (ELYSEE, "Selon le président, cette visite doit « ouvrir une nouvelle étape »."),
        (ELYSEE, "Le président de la République recevra jeudi le roi du Maroc à l'Élysée."),
        (ELYSEE, "Jean Lemaire, le chef de l'État, recevra jeudi le roi du Maroc."),
        (ELYSEE, "Le locataire de l'Élysée recevra jeudi le roi du Maroc."),
        (ELYSEE, "Lemaire avait déjà reçu le souverain l'an dernier."),
        (ELYSEE, "La ministre Claire Vidal accompagnera les deux hommes à Rabat en juin."),
        # a demonym for the country and the reverse, a compatriot, a surname after his name
        (VELO, "Le Belge Tom Peeters a remporté dimanche Paris-Roubaix."),
        (VELO, "Tom Peeters, coureur de Belgique, a remporté dimanche Paris-Roubaix."),
        (VELO, "Le Néerlandais Bram Janssen a pris la troisième place."),
        (VELO, "Bram Janssen, compatriote de Joris de Vries, a pris la troisième place."),
        (VELO, "Les Néerlandais Joris de Vries et Bram Janssen complètent le podium."),
        # his words given to his name, or to his description said otherwise
        (VELO, "« J'ai attaqué au bon moment », a expliqué Tom Peeters."),
        (VELO, "« J'ai attaqué au bon moment », a expliqué le coureur belge."),
        (VELO, "« J'ai attaqué au bon moment », a raconté le Belge."),
        (VELO, "Peeters est le vainqueur de Paris-Roubaix."),
        (VELO, "Le lauréat, Tom Peeters, signe sa première victoire sur une classique."),
        (VELO, "Marc Dubois, directeur sportif de Lotto, a salué « une course parfaite »."),
    ],
)
def test_the_source_names_him_so(pairs: Pairs, text: str) -> None:
    assert _found(pairs, text) == []


@pytest.mark.parametrize(
    ("pairs", "text", "found"),
    [
        # another's office, written beside another's name: certain
        (
            ELYSEE,
            "La ministre des Affaires étrangères recevra jeudi le roi du Maroc à l'Élysée.",
            ("roles", "hard"),
        ),
        (VELO, "Le Néerlandais Tom Peeters a remporté dimanche Paris-Roubaix.", ("roles", "hard")),
        (VELO, "Le Belge Joris de Vries a remporté dimanche Paris-Roubaix.", ("roles", "hard")),
        (
            VELO,
            "Le directeur sportif de Lotto, Tom Peeters, a salué « une course parfaite ».",
            ("quotations", "hard"),
        ),
        # another source person's words, the source's speaker a description: unsure
        (
            VELO,
            "« J'ai attaqué au bon moment », a expliqué Joris de Vries.",
            ("quotations", "review"),
        ),
        (
            VELO,
            "Tom Peeters, le directeur sportif de Lotto, a remporté Paris-Roubaix.",
            ("roles", "review"),
        ),
    ],
)
def test_another_is_still_flagged(pairs: Pairs, text: str, found: tuple[str, str]) -> None:
    assert found in _found(pairs, text)


@pytest.mark.parametrize(
    "text",
    [
        # a nationality the source never gives him, another said near his name of a thing (« la
        # délégation allemande »): the writer's knowledge, unsure, never hard
        "Le Français Emmanuel Macron a reçu lundi Angela Merkel à l'Élysée.",
        "Le président français Emmanuel Macron a reçu lundi Angela Merkel.",
        "Emmanuel Macron, français, a reçu lundi Angela Merkel.",
    ],
)
def test_a_nationality_said_near_him_of_a_thing_is_no_certain_other(text: str) -> None:
    assert _found(MACRON, text) == [("roles", "review")]


@pytest.mark.parametrize(
    "text",
    [
        "L'Allemande Angela Merkel a été reçue lundi à l'Élysée par Emmanuel Macron.",
        "Emmanuel Macron a reçu la dirigeante allemande Angela Merkel.",
    ],
)
def test_the_nationality_written_beside_her_name(text: str) -> None:
    assert _found(MACRON, text) == []


@pytest.mark.parametrize(
    "text",
    [
        # another than the one written beside her name: certain
        "L'Autrichienne Angela Merkel a été reçue lundi à l'Élysée par Emmanuel Macron.",
        "Emmanuel Macron a reçu lundi la chancelière autrichienne Angela Merkel à l'Élysée.",
        # another office than the one written beside her name
        "Emmanuel Macron a reçu lundi la présidente allemande Angela Merkel à l'Élysée.",
    ],
)
def test_another_beside_her_name_is_still_hard(text: str) -> None:
    assert ("roles", "hard") in _found(MACRON, text)


@pytest.mark.parametrize(
    "text",
    [
        # an office the source never gives him, the one in his sentence a verb acts on: unsure
        "Le président Jean Lemaire recevra jeudi le roi du Maroc à l'Élysée.",
        "Jean Lemaire, président de la République, recevra jeudi le roi du Maroc.",
    ],
)
def test_an_office_his_verb_acts_on_is_no_certain_other(text: str) -> None:
    assert _found(VISIT, text) == [("roles", "review")]


def test_an_office_said_of_him_alone_is_still_hard() -> None:
    text = "Paul Ndong, maire de Libreville, a annoncé que six policiers ont été tués."
    assert _found(POLICE, text) == [("roles", "hard")]
    assert (
        _found(POLICE, "Le patron de la police, Paul Ndong, a annoncé la mort de six policiers.")
        == []
    )


def _roles(text: str) -> dict[str, frozenset[str]]:
    from engine.gate.statements import read_doc
    from engine.text.nlp import parse

    return {p: r for s in read_doc(parse([text])[0]) for p, r in s.roles.items()}


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        ("Jean Lemaire recevra jeudi le roi du Maroc.", {}),
        ("Paul Morel a rencontré mardi le ministre de l'Intérieur.", {}),
        ("Anne Roux a remplacé l'ancien entraîneur du club.", {}),
        ("Jean Lemaire, le président, recevra le roi.", {"Jean Lemaire": {"président"}}),
        ("Paul Morel devient le ministre de l'Intérieur.", {"Paul Morel": {"ministre"}}),
        ("Anne Roux est la présidente du club.", {"Anne Roux": {"président"}}),
    ],
)
def test_a_title_his_verb_acts_on_is_anothers(text: str, roles: dict[str, set[str]]) -> None:
    assert _roles(text) == roles

"""People, round 19 (F-B): recall where the evidence is certain.

- Two people of one source sentence that pairs several people with several things (« le simple
  messieurs a été remporté par X, le simple dames par Y ») exchanged between those things: each
  name now stands among the words the source gives the other (slots/paired.py). Read by the
  words as written, pieces cut at commas, brackets, « ; », « tandis que », « et » after a word
  that is no name; a name's words are those of its own piece, else of the one piece next to it
  that holds a word of both sentences said once in each. Hard on a sentence restated with
  confidence: both names exchanged.
- Honest families that must stay silent: the pairs said in another order, names before or after
  their things, « respectivement », a passive for an active, a cleft, one pair left out, names
  said apart in two sentences, a word said of every pair (« remporté ») that pairs none.

A source of our own; none of these sentences is a corpus sentence.
"""

from __future__ import annotations

import pytest

from tests.pairs import Pairs

TOURNOI = Pairs(
    "tournoi",
    """Badminton : les championnats régionaux se sont achevés à Valence

12 mai 2025. – Les championnats régionaux de badminton se sont achevés dimanche à Valence, \
devant huit cents spectateurs. Le simple messieurs a été remporté par Lucas Morel, le simple \
dames par Inès Garnier, et le double mixte par Hugo Lambert et Clara Besson. Lucas Morel, \
licencié à Romans, n'a perdu aucun set de la semaine. Le club organisateur compte déjà sur une \
nouvelle édition l'an prochain.""",
)
_PEOPLE = {"roles", "names", "actors", "entities", "swaps", "agents", "paired"}


def _found(text: str) -> list[tuple[str, str]]:
    return [
        (f.rule, f.severity)
        for f in TOURNOI.findings(f"Championnats régionaux à Valence\n\n{text}", _PEOPLE)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Lucas Morel a remporté le simple messieurs et Inès Garnier le simple dames, dimanche.",
        "Le simple dames est revenu à Inès Garnier, le simple messieurs à Lucas Morel, et le "
        "double mixte à Hugo Lambert et Clara Besson.",
        "Chez les dames, Inès Garnier s'est imposée en simple ; chez les messieurs, Lucas Morel "
        "l'a emporté, et le double mixte est revenu à Hugo Lambert et Clara Besson.",
        "Lucas Morel et Inès Garnier ont remporté respectivement le simple messieurs et le "
        "simple dames.",
        "En double mixte, Hugo Lambert et Clara Besson se sont imposés, tandis que Lucas Morel a "
        "gagné le simple messieurs.",
        "C'est Inès Garnier qui a remporté le simple dames, et Lucas Morel le simple messieurs.",
        "Inès Garnier (simple dames) et Lucas Morel (simple messieurs) ont été titrés dimanche.",
        "Le double mixte a été remporté par Clara Besson et Hugo Lambert, le simple messieurs par "
        "Lucas Morel.",
    ],
)
def test_pairs_said_another_way_pass(text: str) -> None:
    found = _found(text)  # (an « entities » review where a pair is left out: not this rule's)
    assert not [f for f in found if f[0] == "paired" or f[1] == "hard"]


@pytest.mark.parametrize(
    "text",
    [
        "Le simple messieurs a été remporté par Inès Garnier, le simple dames par Lucas Morel, "
        "et le double mixte par Hugo Lambert et Clara Besson.",
        "Lucas Morel a remporté le simple dames et Inès Garnier le simple messieurs, dimanche.",
        "En double mixte, Lucas Morel et Clara Besson se sont imposés, tandis que Hugo Lambert a "
        "gagné le simple messieurs.",
    ],
)
def test_two_people_exchanged_between_their_things_are_hard(text: str) -> None:
    assert ("paired", "hard") in _found(text)


SALLE = Pairs(
    "salle",
    """Vienne : la mairie réclame la salle des fêtes

3 juin 2025. – La mairie de Vienne a demandé à l'association des Amis du Rhône de quitter la \
salle des fêtes avant vendredi. Le préfet de l'Isère a soutenu la décision du maire. \
L'association a adressé une lettre de protestation au préfet. Une réunion est prévue lundi.""",
)


def _salle(text: str) -> list[tuple[str, str]]:
    return [
        (f.rule, f.severity)
        for f in SALLE.findings(f"La mairie réclame la salle\n\n{text}", _PEOPLE)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "La mairie de Vienne a prié l'association des Amis du Rhône de libérer la salle des "
        "fêtes avant vendredi.",
        "L'association des Amis du Rhône a été priée par la mairie de Vienne de quitter la salle "
        "des fêtes avant vendredi.",
        "C'est la mairie de Vienne qui a demandé à l'association des Amis du Rhône de quitter la "
        "salle des fêtes d'ici vendredi.",
        "La demande de la mairie de Vienne est claire : l'association des Amis du Rhône doit "
        "quitter la salle des fêtes avant vendredi.",
        "Avant vendredi, l'association des Amis du Rhône devra avoir quitté la salle des fêtes, "
        "à la demande de la mairie de Vienne.",
        "La mairie de Vienne a demandé que l'association des Amis du Rhône quitte la salle des "
        "fêtes avant vendredi.",
        "Le préfet de l'Isère a appuyé la décision du maire, et l'association lui a adressé une "
        "lettre de protestation.",
        "L'association a écrit au préfet pour protester ; celui-ci soutient la décision du maire.",
        "La décision du maire de Vienne a reçu le soutien du préfet de l'Isère.",
        "Le maire de Vienne a pris une décision que le préfet de l'Isère a soutenue.",
        "Soutenue par le préfet de l'Isère, la décision du maire de Vienne vise l'association.",
    ],
)
def test_who_asks_whom_said_another_way_passes(text: str) -> None:
    found = _salle(text)
    assert not [f for f in found if f[0] == "agents" or f[1] == "hard"]


@pytest.mark.parametrize(
    "text",
    [
        # the asker and the one asked exchanged, one verb: certain on a near-minimal pair
        "L'association des Amis du Rhône a demandé à la mairie de Vienne de quitter la salle "
        "des fêtes avant vendredi.",
        # who supports and whose decision it is exchanged: two words' places crossed
        "Le maire de Vienne a soutenu la décision du préfet de l'Isère.",
    ],
)
def test_who_asks_whom_exchanged_is_hard(text: str) -> None:
    assert ("agents", "hard") in _salle(text)

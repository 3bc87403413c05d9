"""Who did what, round 22 (F-B): names and nouns by their seat round the main verb.

Each name, and each noun with its article, is read with its seat round the sentence's main verb
(the one who acts, the one acted on, « à X », « contre X », « pour X », « sur X », or the
possessor of one of those: engine.gate.slots.seats). Two that trade seats with the same verb on
both sides are exchanged (« les juges ont adressé au parquet » for « le parquet a adressé aux
juges »): hard on a near-minimal pair, a review otherwise (PAIR_ONLY). Silent for the same act
in the other voice, « se voir + infinitive », a converse or an opposite said with another verb
(« a perdu contre », « s'est inclinée face à »), a verb said of both alike (« rencontrer »), and
a writer who moves a name's seat alone.

A source of our own; none of these sentences is a corpus sentence.
"""

from __future__ import annotations

import pytest

from tests.pairs import Pairs

AFFAIRE = Pairs(
    "affaire",
    """Affaire Biolam : le parquet de Lyon saisit les juges

4 mars 2025. – Le parquet de Lyon a adressé jeudi aux juges d'instruction un réquisitoire \
contre la société Biolam. Le maire Paul Vernier a pris à partie les syndicats de la mairie lors \
du conseil municipal. L'équipe de Julie Perrin reproche aux médias leur partialité dans cette \
affaire. Marc Delorme s'est imposé face à Claire Dumas au second tour de l'élection. Le \
ministère de la Culture a accordé une subvention de 20 000 euros à l'association Terre Vive. \
L'avocat de la société a rencontré le procureur mardi. Le maire a présenté ses condoléances au \
directeur du musée.""",
)
_TITLE = "Affaire Biolam : le parquet de Lyon saisit les juges\n\n"


def _found(text: str, rules: frozenset[str] = frozenset({"seats"})) -> list[tuple[str, str]]:
    return [(f.rule, f.severity) for f in AFFAIRE.findings(_TITLE + text, rules)]


@pytest.mark.parametrize(
    "text",
    [
        # the same act in the other voice
        "Jeudi, un réquisitoire contre la société Biolam a été adressé aux juges d'instruction "
        "par le parquet de Lyon.",
        "Les syndicats de la mairie ont été pris à partie par le maire Paul Vernier lors du "
        "conseil municipal.",
        "Le tribunal a été saisi : les juges d'instruction ont reçu jeudi du parquet de Lyon un "
        "réquisitoire contre la société Biolam.",
        # « se voir + infinitive »
        "Les médias se voient reprocher leur partialité dans cette affaire par l'équipe de "
        "Julie Perrin.",
        # a converse or an opposite said with another verb
        "Claire Dumas s'est inclinée face à Marc Delorme au second tour de l'élection.",
        "Claire Dumas a perdu contre Marc Delorme au second tour de l'élection.",
        "L'association Terre Vive a reçu du ministère de la Culture une subvention de 20 000 "
        "euros.",
        # a verb said of both alike
        "Mardi, le procureur a rencontré l'avocat de la société.",
        # each in its place, said otherwise
        "Le maire Paul Vernier s'en est pris aux syndicats de la mairie lors du conseil municipal.",
        "Les médias sont accusés de partialité dans cette affaire par l'équipe de Julie Perrin.",
        "Au second tour de l'élection, Marc Delorme l'a emporté face à Claire Dumas.",
        "Le ministère de la Culture a versé 20 000 euros à l'association Terre Vive.",
        # the same thing acted on, another verb
        "Le maire a adressé ses condoléances au directeur du musée.",
        "Le directeur du musée a reçu les condoléances du maire.",
        "Le directeur du musée s'est vu présenter les condoléances du maire.",
        "Le directeur du musée a remercié le maire de ses condoléances.",
    ],
)
def test_each_in_its_seat_draws_nothing(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Les juges d'instruction ont adressé jeudi au parquet de Lyon un réquisitoire contre la "
        "société Biolam.",
        "Les syndicats de la mairie ont pris à partie le maire Paul Vernier lors du conseil "
        "municipal.",
        "Les médias reprochent à l'équipe de Julie Perrin leur partialité dans cette affaire.",
        "Claire Dumas s'est imposée face à Marc Delorme au second tour de l'élection.",
        "L'association Terre Vive a accordé au ministère de la Culture une subvention de 20 000 "
        "euros.",
    ],
)
def test_two_exchanged_round_the_same_verb_are_flagged(text: str) -> None:
    found = _found(text, frozenset({"seats", "agents"}))
    assert ("seats", "hard") in found or ("agents", "hard") in found


@pytest.mark.parametrize(
    "text",
    [
        "Le directeur du musée a adressé ses condoléances au maire.",
    ],
)
def test_two_exchanged_round_one_act_said_with_another_verb(text: str) -> None:
    # the same thing acted on (« ses condoléances »), a near-minimal pair: hard
    assert _found(text) == [("seats", "hard")]


# Precision seen on main (brief item 3), pairs of our own.
FEDERATION = Pairs(
    "federation22",
    """Politique : Paul Vernier tend la main à la gauche

3 juin 2025. – Le député Paul Vernier a présenté lundi son projet de fédération. Il invitait \
pourtant Marc Delorme et Julie Perrin à rejoindre son mouvement dès janvier.""",
)


@pytest.mark.parametrize(
    "text",
    [
        "Marc Delorme et Julie Perrin, il les invitait pourtant à rejoindre son mouvement dès "
        "janvier.",
        "Julie Perrin, il l'invitait pourtant à rejoindre son mouvement dès janvier, comme Marc "
        "Delorme.",
    ],
)
def test_a_topic_taken_up_by_a_pronoun_is_not_the_one_who_acts(text: str) -> None:
    found = FEDERATION.findings(f"Paul Vernier tend la main à la gauche\n\n{text}", "agents")
    assert found == []


def test_the_one_who_acts_turned_round_still_counts() -> None:
    text = "Marc Delorme, lui, invitait pourtant le député à rejoindre son mouvement dès janvier."
    found = FEDERATION.findings(f"Paul Vernier tend la main à la gauche\n\n{text}", "agents")
    assert [f.severity for f in found] == ["review"]


COUNCIL = Pairs(
    "council",
    """Syrie : l'ONU condamne l'attaque d'Alep

12 mai 2025. – Le conseil de sécurité des Nations unies a condamné mercredi l'attaque contre \
un convoi humanitaire près d'Alep. Selon l'ONU, au moins douze personnes ont été tuées.""",
)


@pytest.mark.parametrize(
    ("text", "drawn"),
    [
        (
            "Le Conseil de sécurité de l'ONU a condamné mercredi l'attaque d'un convoi.",
            [],
        ),
        (
            "Le Conseil de sécurité de l'OTAN a condamné mercredi l'attaque d'un convoi.",
            [("names", "review"), ("actors", "review")],
        ),
    ],
)
def test_an_acronym_of_the_source_names_its_body(text: str, drawn: list[tuple[str, str]]) -> None:
    found = COUNCIL.findings(
        f"Syrie : l'ONU condamne l'attaque d'Alep\n\n{text}", {"names", "actors"}
    )
    assert sorted((f.rule, f.severity) for f in found) == sorted(drawn)

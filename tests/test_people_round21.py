"""Who did what, round 21 (F-B): someone unnamed and someone named exchanged round one word.

The article's doer acts on an object pronoun before the verb (« l' », « lui », « les ») where the
source's « il » acts on that doer (« son avocat l'a remercié » for « il a remercié son avocat »):
both places turned, but whom the pronouns stand for is read from neither sentence, so a review
(agents._pronouns_turned). Not a name set before its verb's « il » (« X, il les invitait »), nor
the same word said with the pronoun where the source has it (« Biolam lui aurait permis »), nor a
verb that says nothing (« avoir », « faire »).

A source of our own; none of these sentences is a corpus sentence.
"""

from __future__ import annotations

import pytest

from tests.pairs import Pairs

FEDERATION = Pairs(
    "federation",
    """Politique : Paul Vernier tend la main à la gauche

3 juin 2025. – Le député Paul Vernier a présenté lundi son projet de fédération. Il invitait \
pourtant Marc Delorme et Julie Perrin à rejoindre son mouvement dès janvier. Il a remercié son \
avocat, Me Louis Garnier, après le non-lieu. Il a félicité les militants de Lyon pour leur \
travail. Selon lui, l'entreprise Biolam lui aurait permis d'obtenir des fonds.""",
)
_WHO = {"agents", "actors", "entities", "roles", "names", "swaps", "paired"}


def _found(text: str) -> list[tuple[str, str]]:
    return [
        (f.rule, f.severity)
        for f in FEDERATION.findings(f"Paul Vernier tend la main à la gauche\n\n{text}", _WHO)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Il a remercié Me Louis Garnier, son avocat, après le non-lieu.",
        "Après le non-lieu, Paul Vernier a remercié son avocat, Me Louis Garnier.",
        "Son avocat, Me Louis Garnier, a été remercié par le député après le non-lieu.",
        "Il invitait pourtant Marc Delorme et Julie Perrin à le rejoindre dès janvier.",
        "Dès janvier, il les invitait, Marc Delorme et Julie Perrin, à rejoindre son mouvement.",
        "L'entreprise Biolam lui aurait permis d'obtenir des fonds, selon lui.",
        "Les militants de Lyon, il les a félicités pour leur travail.",
        "Il a salué le travail des militants de Lyon et les a félicités.",
    ],
)
def test_the_doer_and_the_one_acted_on_in_their_places(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Son avocat, Me Louis Garnier, l'a remercié après le non-lieu.",
        "Les militants de Lyon l'ont félicité pour son travail.",
    ],
)
def test_the_pronoun_and_the_doer_exchanged_is_a_review(text: str) -> None:
    assert _found(text) == [("agents", "review")]

"""Who the people are by trade (engine.gate.claims.roles.occupation_swaps): an article sentence
that names one trade where the source sentence it restates names another, and none other
differs, has swapped who they are (« un policier et le chauffeur » for « un pompier et le
conducteur »); the same trade in another word, or a trade the source sentence also names, is no
swap.

A source of our own; each distortion edits one sentence of an honest rewrite and must draw a
`roles` finding; each honest variant must draw none.
"""

from __future__ import annotations

from functools import partial

from tests.pairs import Case, Pairs, each

SOURCE = """Lyon : un incendie dans un entrepôt du port Édouard-Herriot

Un incendie a ravagé mardi soir un entrepôt du port Édouard-Herriot, à Lyon. Le feu a fait deux \
blessés légers, un pompier et le conducteur d'un camion de livraison. Selon l'architecte qui a \
conçu le bâtiment, la charpente métallique pourrait ne pas être réparable. Une enquête a été \
confiée à la police judiciaire, qui entendra les témoins dès jeudi."""

HONEST = """Incendie d'un entrepôt au port de Lyon

Mardi soir, un incendie a ravagé un entrepôt du port Édouard-Herriot, à Lyon. Le feu a fait deux \
blessés légers : un pompier et le chauffeur d'un camion de livraison. D'après l'architecte qui a \
conçu le bâtiment, la charpente métallique pourrait ne pas être réparable. La police judiciaire, \
chargée de l'enquête, entendra les témoins dès jeudi."""


PAIRS = Pairs("occupations", SOURCE, HONEST)
variant = partial(PAIRS.variant, "role")
DISTORTIONS = [
    variant("un pompier et le chauffeur", "un policier et le chauffeur"),
    variant("D'après l'architecte qui a conçu", "D'après l'ingénieur qui a conçu"),
]
HONEST_VARIANTS = [
    # the same trade in another word; the trades of the source sentence in another order
    variant("un pompier et le chauffeur", "un sapeur-pompier et le conducteur"),
    variant("un pompier et le chauffeur d'un camion de livraison",
            "le chauffeur d'un camion de livraison et un pompier"),
    # a trade's word as an adjective is no trade (« un camion militaire »)
    variant("un pompier et le chauffeur d'un camion de livraison",
            "un membre des secours et le chauffeur d'un camion militaire de livraison"),
    # the trade left out, said as no trade at all
    variant("D'après l'architecte qui a conçu", "D'après la personne qui a conçu"),
]  # fmt: skip


def test_the_honest_rewrite_draws_no_roles_finding() -> None:
    PAIRS.draws_nothing(HONEST, "roles")


@each(DISTORTIONS)
def test_another_trade_is_flagged(case: Case) -> None:
    PAIRS.draws_first(case, "roles", fragment="where the source says")


@each(HONEST_VARIANTS)
def test_the_same_trade_in_another_word_draws_nothing(case: Case) -> None:
    PAIRS.draws_nothing(case, "roles")


POLICE = """Paris : un policier attaqué devant Notre-Dame

Un homme a attaqué mardi un officier de police devant la cathédrale Notre-Dame, à Paris. \
L'agresseur a été blessé par un autre agent. Un soldat de l'opération Sentinelle a sécurisé le \
parvis."""

POLICE_PAIRS = Pairs("police", POLICE)


@each(
    [
        "Un homme a attaqué mardi un policier devant la cathédrale Notre-Dame, à Paris.",
        "Un homme a attaqué mardi un agent de police devant la cathédrale Notre-Dame, à Paris.",
        "Un homme a attaqué mardi des officiers de police devant la cathédrale Notre-Dame.",
    ]
)
def test_a_trade_of_several_words_is_that_trade(case: Case) -> None:
    """« l'officier de police » is a policeman, whatever the words (« policier »)."""
    POLICE_PAIRS.draws_nothing(f"Un policier attaqué à Paris\n\n{case}", "roles")


@each(
    [
        (
            "Un homme a attaqué mardi un pompier devant la cathédrale Notre-Dame, à Paris.",
            "pompier",
        ),
        (
            "Un homme a attaqué mardi un gendarme devant la cathédrale Notre-Dame, à Paris.",
            "gendarme",
        ),
    ]
)
def test_another_trade_for_a_trade_of_several_words_is_flagged(case: Case) -> None:
    text, said = case
    POLICE_PAIRS.draws(f"Un policier attaqué à Paris\n\n{text}", "roles", None, said)

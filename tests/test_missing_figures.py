"""`fidelity/missing` (engine.gate.fidelity): every figure the source states is kept (a small
number, up to ten, left out is one review for them all) — but not the figures it gives only in a
paragraph that ends no sentence, the lines of a list (a box score « Dumoulin (7 arrêts) Perez
(0/3) … », a results table), which a rewrite leaves out as a matter of course (issue 19: blind
honest w1-b drew a review for « 0 », « 6 », « 5 » of its source's box scores)."""

from __future__ import annotations

from tests.pairs import Pairs

SOURCE = """Handball : Paris en finale

Le PSG a battu Toulouse 38 à 29 samedi, après avoir mené 21 à 14 à la pause, devant 5 200 \
spectateurs. Le gardien a réussi 7 arrêts en seconde période.

Dumoulin (7 arrêts)
Perez (0/3)
Gilbert (6/12)
Porte (4/5)"""

WITH_PROSE = """Le PSG a battu Toulouse 38 à 29 samedi, après avoir mené 21 à 14 à la pause, \
devant 5 200 spectateurs. Le gardien a réussi 7 arrêts en seconde période."""

MISSING_PROSE = """Le PSG a battu Toulouse 38 à 29 samedi, après avoir mené 21 à 14 à la pause, \
devant 5 200 spectateurs. Le gardien a brillé en seconde période."""


PAIRS = Pairs("missing", SOURCE)


def missing(text: str) -> list[tuple[str, str]]:
    return [(f.severity, f.message) for f in PAIRS.found(text, "missing")]


def test_the_figures_of_a_box_score_may_be_left_out() -> None:
    PAIRS.draws_nothing(WITH_PROSE, "missing")
    # « 12 » is only in the box score, « 7 » is in a sentence too
    PAIRS.draws_nothing(WITH_PROSE.replace(" 7 arrêts", " sept arrêts"), "missing")


def test_the_figures_of_the_sources_sentences_are_still_required() -> None:
    assert missing(MISSING_PROSE) == [
        ("review", "the source's small numbers «7» are not in the article: keep what matters")
    ]
    assert missing(WITH_PROSE.replace("5 200 spectateurs", "une foule de spectateurs")) == [
        ("hard", "the source's number «5 200» is missing: give it in the article")
    ]

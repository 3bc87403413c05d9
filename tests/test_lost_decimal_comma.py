"""A source that lost a decimal comma to a space (« 5 78 m », « 1 5 % ») still gives 5,78 m and
1,5 %: no thousands group has one or two digits. A number the source does not give that way is
still absent (« 2015,6 » from « en 2015, 6 personnes », « 5,7 » from « 5 78 »)."""

from __future__ import annotations

import pytest

from engine.text import loosely_in, normalise
from tests.pairs import Pairs, blocking

HAYSTACK = normalise(
    "La Loire atteint 5 78 m à Blois, le pic est attendu à 6 1 m. Le chômage recule de 1 5 %. "
    "En 2015, 6 personnes ont été évacuées ; la ville compte 18 500 habitants."
)


@pytest.mark.parametrize(
    ("figure", "found"),
    [
        ("5,78", True),
        ("5,78 m", True),
        ("6,1 m", True),
        ("1,5 %", True),
        ("2015,6", False),
        ("5,7", False),
        ("18,5", False),
        ("6,10 m", False),
    ],
)
def test_a_decimal_comma_lost_to_a_space(figure: str, found: bool) -> None:
    assert loosely_in(figure, HAYSTACK) is found


SOURCE = """Crue : la Loire monte encore à Blois

9 février 2021. – La Loire a atteint 5 78 m ce matin à Blois, selon Vigicrues, qui attend un \
pic à 6 05 m dans la nuit. En 2003, le fleuve était monté jusqu'à 6 40 m."""

HONEST = """À Blois, la Loire mesurait 5,78 mètres ce matin d'après Vigicrues. Le service attend \
un pic à 6,05 m dans la nuit, sous les 6,40 m de 2003."""

PAIRS = Pairs("lost-comma", SOURCE, HONEST)


def test_the_honest_rewrite_restores_the_commas() -> None:
    assert PAIRS.findings(HONEST, "figures") == []


def test_a_level_the_source_never_gives_stays_hard() -> None:
    found = PAIRS.edited(PAIRS.variant("number changed", "6,05 m", "6,50 m"), "figures")
    assert [f.severity for f in found] == [blocking("figures")]

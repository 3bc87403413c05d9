"""The focus keyphrase: a phrase of the source, for what the story is about (issue 20).

Measured against `tests/data/keyphrases.tsv`, the keyphrases blind SEO writers chose for honest
rewrites of the same articles (`python -m scripts.keyphrase_agreement`).
"""

from __future__ import annotations

import pytest

from scripts.keyphrase_agreement import agrees, occurs, read_table, source_of
from tests.conftest import DATA


def test_the_reference_table_names_a_source_for_every_row() -> None:
    rows = read_table()
    assert len(rows) >= 32
    assert all((DATA / row.source).is_file() and row.keyphrase for row in rows)
    assert {r.source for r in rows if r.id.endswith("05")} == {"wikinews/05.txt"}
    assert source_of("w1-a") == "wikinews/w1-a.txt"


@pytest.mark.parametrize(
    ("extracted", "reference", "expected"),
    [
        ("procédure de sanctions", "procédure de sanction", True),  # lemmas
        ("Van Avermaet", "Greg Van Avermaet", True),  # one inside the other
        ("Coupe de la Ligue handball", "coupe de la Ligue de handball", True),  # content words
        ("élections", "élections en Italie", True),
        ("Élysée", "elysee", True),  # accents folded
        ("Benoît Hamon", "primaire socialiste", False),
        ("élection présidentielle", "présidentielle en Colombie", False),  # not inside
        ("Duque élection", "Iván Duque", False),
    ],
)
def test_agreement_is_equal_or_one_inside_the_other(
    extracted: str, reference: str, expected: bool
) -> None:
    assert agrees(extracted, reference) is expected


def test_a_keyphrase_occurs_in_its_source_only_as_a_phrase_of_it() -> None:
    text = (DATA / "wikinews/05.txt").read_text(encoding="utf-8")
    assert occurs("Iván Duque", text)
    assert occurs("élections présidentielles", text)  # lemma-matched
    assert not occurs("Duque élection présidentielle", text)  # words put together
    assert not occurs("Petro Duque", text)

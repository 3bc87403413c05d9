"""Readings of round 20 (issue 19): classes found reading what refused honest writing, each with
pairs of our own beside the case that showed it."""

from __future__ import annotations

from pathlib import Path

from tests.pairs import Pairs

WIKINEWS = Path(__file__).parent / "data" / "wikinews"

# A whole source sentence copied into the article says what the source says: no claim rule may
# find it contradicting the source. Read as a source of its own, its parse (the spaces around
# its commas) once gave its future a date before the dateline (a hard `tense` finding).
MARIANNE = Pairs("r13-t2", (WIKINEWS / "r13-t2.txt").read_text(encoding="utf-8"))
COPIED = (
    "Yves de Chaisemartin , propriétaire du magazine Marianne , annonce lui, le 3 janvier, "
    "qu'il déposera prochainement le bilan."
)

BUDGET = Pairs(
    "budget",
    "Budget : les impôts locaux pourraient baisser\n\n"
    "12 avril 2018. – Le maire de Nantes a présenté mardi son budget. Si le conseil municipal "
    "l'approuve le 30 avril, les impôts locaux baisseront de 5 % en 2019. L'opposition juge la "
    "mesure irréaliste.",
)


def claims(pairs: Pairs, text: str) -> list[str]:
    return [f"{f.severity} {f.rule}" for f in pairs.findings(text) if f.rule != "missing"]


def test_a_source_sentence_copied_whole_contradicts_nothing() -> None:
    assert claims(MARIANNE, COPIED) == []


def test_a_copied_sentence_keeps_its_condition() -> None:
    whole = (
        "Si le conseil municipal l'approuve le 30 avril, les impôts locaux baisseront de 5 % "
        "en 2019."
    )
    assert claims(BUDGET, whole) == []


def test_a_part_of_a_source_sentence_is_no_proof() -> None:
    """The sentence without its « si » clause is a copy of a part: it drops the condition."""
    assert claims(BUDGET, "Les impôts locaux baisseront de 5 % en 2019.") == ["review qualifiers"]

"""Readings of round 20 (issue 19): classes found reading what refused honest writing, each with
pairs of our own beside the case that showed it."""

from __future__ import annotations

from pathlib import Path

from tests.pairs import Pairs, each

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


# A lapse of time is read from a whole number: the « neuf » of « quatre-vingt-neuf jours plus
# tard » is no lapse of nine days (a review « gives neuf jours plus tard where the source gives
# 89 jours plus tard » on the source's own sentence, its number written in words).
CRASH = Pairs(
    "crash",
    "Thaïlande : un avion de chasse s'écrase\n\n"
    "15 février 2017. – Un Gripen s'est écrasé sur une piste vers 9 h 30. L'enquête a été "
    "rouverte 89 jours plus tard. Le pilote avait rejoint l'armée 22 ans auparavant. Un premier "
    "rapport avait été remis 3 semaines après l'accident.",
)
LAPSES_IN_WORDS = [
    "L'enquête a été rouverte quatre-vingt-neuf jours plus tard.",
    "Le pilote avait rejoint l'armée vingt-deux ans auparavant.",
    "Un premier rapport avait été remis trois semaines après l'accident.",
]


@each(LAPSES_IN_WORDS)
def test_a_lapse_in_words_is_the_whole_number(case: str) -> None:
    assert claims(CRASH, case) == []


def test_a_lapse_changed_in_words_is_still_read() -> None:
    """29 days for 89: a number absent from the source, certain."""
    assert "hard figures" in claims(CRASH, "L'enquête a été rouverte vingt-neuf jours plus tard.")


# Two bounds joined by « ou » (« partiellement ou complètement ») are one or the other: neither
# bounds what it is said of. Read apart, the parse gave « complètement » to the next noun and a
# sentence was found saying « all » and « most » against its own words (hard scope, twice).
FLOODS = Pairs(
    "floods",
    "Inondations : des routes coupées dans le Gard\n\n"
    "9 octobre 2018. – Après les pluies de la nuit, plusieurs routes départementales ont été "
    "partiellement ou complètement fermées près des 30 communes inondées, dont une dizaine dans "
    "les Cévennes. Le pont de Sommières a été en partie emporté. Les écoles de la vallée ont été "
    "entièrement évacuées.",
)
EITHER_OR = [
    "Plusieurs routes départementales ont été fermées, partiellement ou complètement, près des "
    "trente communes inondées, dont une dizaine dans les Cévennes.",
    "Près des 30 communes touchées, des routes ont été en partie ou en totalité fermées.",
    "Plusieurs routes ont été totalement ou partiellement fermées près des communes inondées.",
]


@each(EITHER_OR)
def test_either_bound_bounds_nothing(case: str) -> None:
    assert claims(FLOODS, case) == []


def test_a_bound_alone_still_clashes() -> None:
    """« entièrement emporté » for « en partie emporté »: all where the source says some."""
    assert set(claims(FLOODS, "Le pont de Sommières a été entièrement emporté.")) == {"hard scope"}

"""The alignment thresholds (engine.gate.claims.alignment): SURE is the share of a sentence's
weight its source sentence must hold for a slot that differs to be a certain (hard) finding.

0.45 (was 0.5, issue 19): on the blind one-edit sets it turns six true distortions from review to
hard — a swapped place, a scope « certains → tous », an actor, who did what to whom — and on the
32 whole honest rewrites and 99 honest controls it raises no hard finding (fidelity_eval)."""

from __future__ import annotations

from pathlib import Path

import pytest

from scripts.fidelity_eval import _failed, brief_of, edited, fidelity, judge, load
from tests.pairs import Pairs

DATA = Path(__file__).parent / "data" / "blind" / "distortions"
SCRIPTS = Path(__file__).parent.parent / "scripts" / "data"


@pytest.mark.parametrize(
    ("path", "number"),
    [
        (DATA / "d1-11.toml", 4),  # swap places: « la France en tête » for « l'Allemagne »
        (DATA / "d1-11.toml", 14),  # scope: « l'ensemble des pays » for « plusieurs pays »
        (DATA / "d1-08.toml", 3),  # swap places: a region's figure given to another region
        (SCRIPTS / "fidelity_blind_22.toml", 8),  # actors: the mairie for the prefecture
    ],
)
def test_a_distortion_aligned_with_sure_confidence_is_hard(path: Path, number: int) -> None:
    case = load(path)
    variant = next(v for v in case.variants if v.number == number)
    brief = brief_of(case)
    outcome = judge(variant, fidelity(edited(case, variant), brief), fidelity(case.honest, brief))
    assert outcome.verdict == "hard", outcome.messages


@pytest.mark.parametrize("path", sorted(DATA.glob("*.toml")), ids=lambda p: p.stem)
def test_the_honest_rewrites_and_controls_stay_clear(path: Path) -> None:
    case = load(path)
    brief = brief_of(case)
    assert [f.message for f in _failed(fidelity(case.honest, brief), ("hard",))] == []
    for variant in (v for v in case.variants if v.honest):
        found = fidelity(edited(case, variant), brief)
        assert [f.message for f in _failed(found, ("hard",))] == [], variant.name


TWINS = Pairs(
    "twins",
    """Lyon : les parcs restent ouverts malgré l'orage

Chaque été, la mairie de Lyon publie un arrêté de fermeture des parcs dès qu'un orage \
menace. La mairie n'ayant pas publié d'arrêté de fermeture mardi, les parcs sont restés \
ouverts toute la soirée. Trois arbres sont tombés au parc de la Tête d'Or.""",
    """Les parcs lyonnais ouverts pendant l'orage

Mardi, les parcs de Lyon sont restés ouverts toute la soirée, faute d'arrêté de fermeture. \
Trois arbres sont tombés au parc de la Tête d'Or.""",
)


def test_a_sentence_two_source_sentences_restate_alike_is_not_certain() -> None:
    """« la mairie n'a pas publié d'arrêté de fermeture » holds as much of the source sentence
    that says it does every summer as of the one that says it did not: which one it restates
    is unsure (MARGIN), so a clash with the first is a review, never hard."""
    text = TWINS.case.honest.replace(
        "Trois arbres", "Cette fois, la mairie n'a pas publié d'arrêté de fermeture. Trois arbres"
    )
    assert [f.message for f in TWINS.findings(text) if f.severity == "hard"] == []


def test_a_sentence_that_restates_one_source_sentence_clearly_stays_certain() -> None:
    text = TWINS.case.honest.replace("Trois arbres sont tombés", "Trois arbres ne sont pas tombés")
    hard = [f for f in TWINS.findings(text) if f.severity == "hard"]
    assert [f.rule for f in hard] == ["polarity"]

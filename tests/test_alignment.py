"""The alignment thresholds (engine.gate.claims.alignment): SURE is the share of a sentence's
weight its source sentence must hold for a slot that differs to be a certain (hard) finding.

0.45 (was 0.5, issue 19): on the blind one-edit sets it turns six true distortions from review to
hard — a swapped place, a scope « certains → tous », an actor, who did what to whom — and on the
32 whole honest rewrites and 99 honest controls it raises no hard finding (fidelity_eval)."""

from __future__ import annotations

from pathlib import Path

import pytest

from scripts.fidelity_eval import _failed, brief_of, edited, fidelity, judge, load

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

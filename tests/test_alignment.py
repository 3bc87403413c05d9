"""The alignment thresholds (engine.gate.claims.alignment): SURE is the share of a sentence's
weight its source sentence must hold for a slot that differs to be a certain (hard) finding.

0.45 (was 0.5, issue 19): on the blind one-edit sets it turns six true distortions from review to
hard — a swapped place, a scope « certains → tous », an actor, who did what to whom — and on the
32 whole honest rewrites and 99 honest controls it raises no hard finding (fidelity_eval)."""

from __future__ import annotations

from pathlib import Path

import pytest

from engine.usecase import check_file
from scripts.fidelity_eval import (
    HONEST,
    SETTINGS,
    _failed,
    brief_of,
    edited,
    fidelity,
    judge,
    load,
    source_of,
)
from tests.pairs import Pairs, blocking

DATA = Path(__file__).parent / "data" / "blind" / "distortions"
SCRIPTS = Path(__file__).parent.parent / "scripts" / "data"


@pytest.mark.parametrize(
    ("path", "number", "rule"),
    [
        (DATA / "d1-11.toml", 4, "names"),  # swap places: « la France en tête » for « l'Allemagne »
        (DATA / "d1-11.toml", 14, "scope"),  # scope: « l'ensemble des pays » for « plusieurs pays »
        (
            DATA / "d1-08.toml",
            3,
            "actors",
        ),  # swap places: a region's figure given to another region
        (SCRIPTS / "fidelity_blind_22.toml", 8, "actors"),  # the mairie for the prefecture
    ],
)
def test_a_distortion_aligned_with_sure_confidence_is_hard(
    path: Path, number: int, rule: str
) -> None:
    case = load(path)
    variant = next(v for v in case.variants if v.number == number)
    brief = brief_of(case)
    outcome = judge(variant, fidelity(edited(case, variant), brief), fidelity(case.honest, brief))
    assert outcome.verdict == blocking(rule), outcome.messages


@pytest.mark.parametrize("path", sorted(DATA.glob("*.toml")), ids=lambda p: p.stem)
def test_the_honest_rewrites_and_controls_stay_clear(path: Path) -> None:
    case = load(path)
    brief = brief_of(case)
    assert [f.message for f in _failed(fidelity(case.honest, brief), ("hard",))] == []
    for variant in (v for v in case.variants if v.honest):
        found = fidelity(edited(case, variant), brief)
        assert [f.message for f in _failed(found, ("hard",))] == [], variant.name


# Whole honest rewrites nobody tuned on that a rule still refuses: each names what is left to
# fix (strict: the day it passes, its mark must go, and the guard keeps it clean from then on).
_LEFT = {
    "r11-k1": "true by the design: its writer left out the source's « 7 janvier 2015 », and every "
    "figure of the source appears in the article",
    "r13-u2": "true by the design: its writer left out the source's garbled « 776 7 °C », and "
    "every figure of the source appears in the article",
    "r17-p1": "true by the verbatim rule: « oui » in quotation marks names a camp the source "
    "never calls so, and a quotation must be the source's words",
}
WHOLE = [
    pytest.param(p, id=p.stem, marks=[pytest.mark.xfail(strict=True, reason=_LEFT[p.stem])])
    if p.stem in _LEFT
    else pytest.param(p, id=p.stem)
    for folder in HONEST
    for p in sorted(folder.glob("*.md"))
    if p.name.count(".") == 1 and p.stem != "README"
]


@pytest.mark.parametrize("path", WHOLE)
def test_no_whole_honest_rewrite_draws_a_hard_fidelity_finding(path: Path) -> None:
    """Every honest corpus of fidelity_eval (those tuned on, and r3 to r19, written blind): the gate
    as `plume check --source` runs it gives no hard `fidelity` finding."""
    report = check_file(path, SETTINGS, source_of(path))
    assert [f.message for f in report.findings if f.id == "fidelity" and f.failed_hard] == []


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
    TWINS.draws_nothing(text, None, "hard")


def test_a_sentence_that_restates_one_source_sentence_clearly_stays_certain() -> None:
    text = TWINS.case.honest.replace("Trois arbres sont tombés", "Trois arbres ne sont pas tombés")
    sure = [f for f in TWINS.findings(text) if f.severity == blocking(f.rule)]
    assert [f.rule for f in sure] == ["polarity"]


PAIR_SOURCE = """Quimper : un nouveau pont sur l'Odet

Samedi, le maire de Quimper a inauguré le nouveau pont sur l'Odet devant trois cents habitants. \
Le chantier a duré deux ans. Les travaux ont coûté quatre millions d'euros."""


def _sentence(article_sentence: str) -> tuple[object, object]:
    from engine.gate.claims.alignment import article_statements
    from engine.gate.parsed import parse_article
    from engine.gate.source_index import source_index
    from scripts.fidelity_eval import article_of

    pairs = Pairs("pair", PAIR_SOURCE, "Un pont\n\n" + article_sentence)
    brief = brief_of(pairs.case)
    index = source_index(brief)
    parsed = parse_article(article_of(pairs.case.honest), brief.keyphrase)
    found = [s for s in article_statements(parsed, index) if s.target and s.target.kind != "title"]
    return found[0], index


@pytest.mark.parametrize(
    ("sentence", "besides", "expected"),
    [
        # the source sentence in other order: a near-minimal pair
        ("Devant trois cents habitants, le maire de Quimper a inauguré samedi le nouveau pont "
         "sur l'Odet.", (), "hard"),
        # half of it, with words of its own: it restates, but is no near-minimal pair
        ("Samedi, le maire de Quimper, venu avec ses adjoints, sa famille et la fanfare "
         "municipale, a inauguré le pont.", (), "review"),
        # a cause added: a near-minimal pair once the slot's own words are left out
        ("Samedi, le maire de Quimper a inauguré le nouveau pont sur l'Odet devant trois cents "
         "habitants, à cause des élections municipales.", ("élection", "municipal"), "hard"),
    ],
)  # fmt: skip
def test_a_relation_is_certain_only_on_a_near_minimal_pair(
    sentence: str, besides: tuple[str, ...], expected: str
) -> None:
    from engine.gate.claims.alignment import pair_certainty

    found, index = _sentence(sentence)
    assert pair_certainty(found, index, frozenset(besides)) == expected  # type: ignore[arg-type]

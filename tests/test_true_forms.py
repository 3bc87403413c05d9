"""True forms of meaning (tests/true_forms.py): each source sentence's fact said every way a
newsroom says it draws no finding of a rule that reads meaning, nor any hard finding; the same
form with its meaning flipped still draws the row's rule."""

from __future__ import annotations

from functools import cache

import pytest

from tests.pairs import Sentences
from tests.true_forms import FORMS, MEANING, Forms

TITLE = "Un titre sans rapport"


@cache
def _pairs(source: str) -> Sentences:
    forms = next(f for f in FORMS if f.source == source)
    return Sentences(source, forms.text(), TITLE)


def _cases(flipped: bool) -> list:
    return [
        pytest.param(forms, text, id=f"{forms.source}: {text[:60]}")
        for forms in FORMS
        for text in (forms.flipped if flipped else forms.true)
    ]


@pytest.mark.parametrize("forms", FORMS, ids=lambda f: f"{f.source}: {f.said[:40]}")
def test_each_row_restates_its_source(forms: Forms) -> None:
    assert forms.said in forms.text()
    assert forms.true and forms.flipped


@pytest.mark.parametrize(("forms", "text"), _cases(flipped=False))
def test_a_true_form_draws_no_meaning_finding_and_nothing_hard(forms: Forms, text: str) -> None:
    found = _pairs(forms.source).found(text)
    wrong = [f"{f.severity} {f.rule}: {f.message}" for f in found if f.rule in MEANING]
    # the article is one sentence: the source's other figures are missing from it, rightly
    wrong += [f.message for f in found if f.severity == "hard" and f.rule != "missing"]
    assert wrong == []


@pytest.mark.parametrize(("forms", "text"), _cases(flipped=True))
def test_the_same_form_flipped_draws_the_rule(forms: Forms, text: str) -> None:
    rules = set(forms.rule.split("|"))
    found = _pairs(forms.source).found(text)
    assert any(f.rule in rules for f in found), [f"{f.rule}: {f.message}" for f in found]

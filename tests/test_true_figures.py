"""The figures and dates of the project's own sources written every way a French newsroom writes
them (tests/true_figures.py): the source paragraph with one value written another way draws no
finding its own wording does not draw, and the same form with the value changed still draws
one."""

from __future__ import annotations

import re
from functools import cache

import pytest

from engine.brief import Brief
from scripts.fidelity_eval import CaseFile, brief_of, fidelity
from tests.true_figures import Form, forms_of, sources

# The sources the table reads: the first Wikinews texts and round 11's (their blind rewrites'
# sources), every figure and date of each.
NAMES = ("01", "05", "08", "11", "12", "14", "19", "22", "r11-k1", "r11-k3", "r11-l2", "r11-l4")
TEXTS = dict(sources(NAMES))
# One form of each kind per source (EACH): every kind on every source, in a table the suite
# runs in about a minute.
EACH = 1


def _some(forms: list[Form]) -> list[Form]:
    taken: dict[tuple[str, str], int] = {}
    kept = []
    for form in forms:
        key = (form.source, form.kind)
        taken[key] = taken.get(key, 0) + 1
        if taken[key] <= EACH:
            kept.append(form)
    return kept


FORMS = _some([form for name, text in TEXTS.items() for form in forms_of(name, text)])


@cache
def _brief(name: str) -> Brief:
    return brief_of(CaseFile(name, TEXTS[name], "", ()))


def drawn(form: Form, paragraph: str) -> set[tuple[str, str]]:
    """The failed findings on the source's title and `paragraph` as an article, less the
    missing figures of the source's other paragraphs (the article is one paragraph)."""
    title = TEXTS[form.source].split("\n\n")[0]
    found = fidelity(f"{title}\n\n{paragraph}", _brief(form.source))
    return {
        (f.severity, f.message)
        for f in found
        if not f.passed and (f.rule != "missing" or _of_paragraph(str(f.value), form.paragraph))
    }


def _of_paragraph(value: str, paragraph: str) -> bool:
    """Whether a missing figure («7 000», or «8», «3» of a review) is the paragraph's."""
    return any(v in paragraph for v in re.findall(r"«([^»]*)»", value) or [value])


@cache
def _own(form_source: str, paragraph: str) -> frozenset[tuple[str, str]]:
    form = next(f for f in FORMS if f.source == form_source and f.paragraph == paragraph)
    return frozenset(drawn(form, paragraph))


def new(form: Form, value: str) -> set[tuple[str, str]]:
    return drawn(form, form.text(value)) - _own(form.source, form.paragraph)


def test_the_table_covers_every_form() -> None:
    kinds = {f.kind for f in FORMS}
    assert {"in words", "grouped by point", "pour cent", "dd/mm/yyyy", "14:30", "unit"} <= kinds
    assert len(FORMS) > 150


@pytest.mark.parametrize("form", FORMS, ids=[f.name for f in FORMS])
def test_a_true_form_draws_nothing_new(form: Form) -> None:
    assert new(form, form.true) == set()


CHANGED = [f for f in FORMS if f.false is not None]


@pytest.mark.parametrize("form", CHANGED, ids=[f.name for f in CHANGED])
def test_the_same_form_changed_is_flagged(form: Form) -> None:
    assert new(form, str(form.false)) != set()

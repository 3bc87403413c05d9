"""A source of our own, its honest rewrite and the texts a table tries against it: the sentence
pairs each claim rule's tests try (tests/test_polarity.py, test_scope.py, test_tense.py, …),
checked as scripts.fidelity_eval checks its sets.

One table runner for them all: `each(cases)` parametrises a test over a table (a case is a
one-edit `Variant` of the honest rewrite, a text, or a (text, fragment) pair), and a test asserts
what its case draws with `Pairs.draws_nothing`, `Pairs.draws_one` or `Pairs.draws`."""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Sequence

import pytest

from engine.brief import Brief
from engine.gate.claims import ON_PROBATION
from engine.gate.findings import Finding
from scripts.fidelity_eval import CaseFile, Variant, brief_of, edited, fidelity

# A case of a table: a one-edit variant of the honest rewrite (its fragment is `fails`), a text
# (`Sentences`: a sentence), or a text with the fragment its finding must hold.
Case = Variant | str | tuple[str, str]
Rules = str | Collection[str] | None
CERTAIN = "certain"  # a severity: hard, or review for a rule on probation (`blocking`)


def blocking(rule: str) -> str:
    """The severity a certain finding of `rule` takes: hard, or review while the rule is on
    probation (engine.gate.claims.ON_PROBATION: it may not block yet)."""
    return "review" if rule in ON_PROBATION else "hard"


def hard(found: list[Finding]) -> list[str]:
    """The messages of the hard findings among `found`."""
    return [f.message for f in found if f.severity == "hard"]


def certain(found: list[Finding]) -> list[str]:
    """The messages of the failed findings with the severity their rule's certainty gives:
    hard, or review for a rule on probation."""
    return [f.message for f in found if not f.passed and f.severity == blocking(f.rule)]


def _name(case: Case, ids: str | None) -> str:
    if isinstance(case, Variant):
        return str(getattr(case, ids or "replace"))
    return (case if isinstance(case, str) else case[0])[:30]


def each(
    cases: Sequence[Case], ids: str | Callable[[Case], str] | Sequence[str] | None = None
) -> pytest.MarkDecorator:
    """Parametrise a test over `cases`, passed as `case`: each named by its variant's
    `replace` (or the attribute `ids` names: "kind", "find"), or by a text's first 30
    characters; `ids` may also be a function of the case, or the names themselves."""
    if ids is None or isinstance(ids, str):
        names = [_name(c, ids) for c in cases]
    else:
        names = [ids(c) for c in cases] if callable(ids) else list(ids)
    return pytest.mark.parametrize("case", cases, ids=names)


class Pairs:
    def __init__(self, name: str, source: str, honest: str = "") -> None:
        self.case = CaseFile(name, source, honest, ())
        self._brief: Brief | None = None

    def variant(self, kind: str, find: str, replace: str, fails: str | None = None) -> Variant:
        return Variant(self.case.name, 0, kind, find, replace, fails)

    def edits(self, rows: Iterable[tuple[str, ...]], kind: str = "x") -> list[Variant]:
        """Rows of (find, replace) or (find, replace, fragment) as one-edit variants."""
        return [self.variant(kind, *row) for row in rows]

    def findings(self, text: str, rule: Rules = None) -> list[Finding]:
        """The failed findings of `fidelity` on `text` (of `rule` only, or of the rules in
        it, if given)."""
        if self._brief is None:
            self._brief = brief_of(self.case)
        found = [f for f in fidelity(text, self._brief) if not f.passed]
        rules = {rule} if isinstance(rule, str) else rule
        return [f for f in found if rules is None or f.rule in rules]

    def claims(self, text: str) -> list[str]:
        """« severity rule » of each failed finding on `text` but `missing` (a fact left out)."""
        return [f"{f.severity} {f.rule}" for f in self.findings(text) if f.rule != "missing"]

    def hard_claims(self, text: str) -> list[str]:
        """The hard ones among `claims`."""
        return [c for c in self.claims(text) if c.startswith("hard")]

    def edited(self, variant: Variant, rule: Rules = None) -> list[Finding]:
        """The failed findings on the honest rewrite with `variant`'s one edit."""
        return self.findings(edited(self.case, variant), rule)

    def text(self, case: Case) -> str:
        """The article a case stands for: the honest rewrite with a variant's one edit, or
        the text given."""
        if isinstance(case, Variant):
            return edited(self.case, case)
        return case if isinstance(case, str) else case[0]

    def found(self, case: Case, rule: Rules = None, severity: str | None = None) -> list[Finding]:
        """The failed findings on the article `case` stands for: of `rule` (of the rules in it;
        of any rule: None), of `severity` (any: None; CERTAIN: the one their rule's certainty
        gives)."""
        found = self.findings(self.text(case), rule)
        if severity == CERTAIN:
            return [f for f in found if f.severity == blocking(f.rule)]
        return [f for f in found if severity is None or f.severity == severity]

    def draws_nothing(self, case: Case, rule: Rules = None, severity: str | None = None) -> None:
        """`case` draws no finding of `rule`, of `severity` (as `found` reads them)."""
        assert [f.message for f in self.found(case, rule, severity)] == []

    def draws_one(
        self, case: Case, rule: Rules, severity: str | None = None, fragment: str | None = None
    ) -> None:
        """`case` draws exactly one finding of `rule`, of `severity` (any: None), and its
        message holds `fragment` (the case's own: its variant's `fails`, its pair's second)."""
        found = self.found(case, rule)
        if severity is None:
            assert len(found) == 1, [f.message for f in found]
        else:
            assert [f.severity for f in found] == [severity], [f.message for f in found]
        assert _fragment(case, fragment) in found[0].message

    def draws_first(
        self, case: Case, rule: Rules, severity: str | None = None, fragment: str | None = None
    ) -> None:
        """`case` draws findings of `rule`, the first of `severity` (any: None) and holding
        `fragment` (the case's own if not given)."""
        found = self.found(case, rule)
        if severity is None:
            assert found != [], found
        else:
            assert [f.severity for f in found][:1] == [severity], [f.message for f in found]
        assert _fragment(case, fragment) in found[0].message

    def draws(
        self,
        case: Case,
        rule: Rules = None,
        severity: str | None = None,
        fragment: str | None = None,
    ) -> None:
        """Some finding of `rule` on `case`, of `severity` (as `found` reads them), holds
        `fragment` (the case's own if not given; "": any finding)."""
        found = [f.message for f in self.found(case, rule, severity)]
        wanted = _fragment(case, fragment)
        assert any(wanted in m for m in found), found


class Sentences(Pairs):
    """A source of our own and articles of one sentence each under one title: a text case is
    that sentence."""

    def __init__(self, name: str, source: str, title: str) -> None:
        super().__init__(name, source)
        self.title = title

    def text(self, case: Case) -> str:
        return f"{self.title}\n\n{super().text(case)}"


def _fragment(case: Case, fragment: str | None) -> str:
    if fragment is not None:
        return fragment
    if isinstance(case, Variant):
        return str(case.fails)
    if isinstance(case, tuple):
        return case[1]
    raise TypeError(f"no fragment for the case «{case[:30]}»: give one")

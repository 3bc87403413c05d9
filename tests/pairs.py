"""A source of our own, its honest rewrite and one-edit variants of it: the sentence pairs each
claim rule's tests try (tests/test_polarity.py, test_causes.py, test_tense.py,
test_direction.py), checked as scripts.fidelity_eval checks its sets."""

from __future__ import annotations

from engine.brief import Brief
from engine.gate.claims import ON_PROBATION
from engine.gate.findings import Finding
from scripts.fidelity_eval import CaseFile, Variant, brief_of, edited, fidelity


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


class Pairs:
    def __init__(self, name: str, source: str, honest: str) -> None:
        self.case = CaseFile(name, source, honest, ())
        self._brief: Brief | None = None

    def variant(self, kind: str, find: str, replace: str, fails: str | None = None) -> Variant:
        return Variant(self.case.name, 0, kind, find, replace, fails)

    def findings(self, text: str, rule: str | None = None) -> list[Finding]:
        """The failed findings of `fidelity` on `text` (of `rule` only, if given)."""
        if self._brief is None:
            self._brief = brief_of(self.case)
        found = [f for f in fidelity(text, self._brief) if not f.passed]
        return [f for f in found if rule is None or f.rule == rule]

    def edited(self, variant: Variant, rule: str | None = None) -> list[Finding]:
        """The failed findings on the honest rewrite with `variant`'s one edit."""
        return self.findings(edited(self.case, variant), rule)

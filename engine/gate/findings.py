"""What a check returns: findings, and the report that gathers them.

Severity: a failed `hard` finding rejects the article; a `soft` one only scores it; a `review`
finding is a doubt the editor should look at (a claim the gate could not prove either way, a
check that could not run): it is reported and never blocks.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Literal

from engine.gate.target import Target

Severity = Literal["hard", "soft", "review"]


@dataclass(frozen=True)
class Finding:
    id: str  # the id of the check that found it (engine.gate.checks.CHECKS)
    passed: bool
    severity: Severity
    value: object  # what was measured
    expected: str  # the range that passes, e.g. "≥ 700"
    message: str  # what to fix and where, one line
    # Which part of the article it concerns, for targeted repair; None for the whole body.
    target: Target | None = None
    # Within the check, the rule that found it (fidelity: "figures", "quotations", "missing"…),
    # so that each rule can be measured alone; "" where the check has one rule.
    rule: str = ""

    def __post_init__(self) -> None:
        if self.target is not None and not isinstance(self.target, Target):
            raise TypeError(f"{self.id}: target {self.target!r} is not a Target")

    @property
    def failed_hard(self) -> bool:
        return self.severity == "hard" and not self.passed

    def to_dict(self) -> dict[str, object]:
        return {**asdict(self), "target": None if self.target is None else str(self.target)}


@dataclass(frozen=True)
class Report:
    findings: tuple[Finding, ...]  # in gate order: check by check, as CHECKS declares them

    @property
    def passed(self) -> bool:
        return not any(f.failed_hard for f in self.findings)

    @property
    def reviews(self) -> tuple[Finding, ...]:
        """The review findings to show the editor (doubts, never blocking)."""
        return tuple(f for f in self.findings if f.severity == "review" and not f.passed)

    @property
    def failed(self) -> tuple[str, ...]:
        """Ids of the failed hard checks, once each, in gate order."""
        return tuple(dict.fromkeys(f.id for f in self.findings if f.failed_hard))

    def to_dict(self) -> dict[str, object]:
        return {"passed": self.passed, "checks": [f.to_dict() for f in self.findings]}

"""What a check returns: findings, and the report that gathers them."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Literal

Severity = Literal["hard", "soft", "warning"]
HARD_CHECKS = (
    "language",
    "length",
    "structure",
    "keyphrase",
    "metadata",
    "fidelity",
    "originality",
    "repetition",
)
SOFT_CHECKS = ("readability",)


@dataclass(frozen=True)
class Finding:
    id: str  # one of HARD_CHECKS / SOFT_CHECKS
    passed: bool
    severity: Severity
    value: object  # what was measured
    expected: str  # the range that passes, e.g. "≥ 700"
    message: str  # what to fix and where, one line
    # Which part of the article it concerns, for targeted repair: "title", "description",
    # "slug", "intro", "section:N" (the text of Article.sections[N]), "heading:N" (its
    # subheading), or None for the whole body.
    target: str | None = None


@dataclass(frozen=True)
class Report:
    findings: tuple[Finding, ...]

    @property
    def passed(self) -> bool:
        return not any(f.severity == "hard" and not f.passed for f in self.findings)

    @property
    def failed(self) -> tuple[str, ...]:
        """Ids of the failed hard checks, once each, in gate order."""
        ids = {f.id for f in self.findings if f.severity == "hard" and not f.passed}
        return tuple(i for i in HARD_CHECKS if i in ids)

    @property
    def targets(self) -> tuple[str | None, ...]:
        """The parts to regenerate (failed hard findings), once each, in report order."""
        seen: dict[str | None, None] = {}
        for f in self.findings:
            if f.severity == "hard" and not f.passed:
                seen.setdefault(f.target)
        return tuple(seen)

    def to_dict(self) -> dict[str, object]:
        return {"passed": self.passed, "checks": [asdict(f) for f in self.findings]}

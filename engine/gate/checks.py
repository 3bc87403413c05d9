"""The registry: every check of the gate declared once, in gate order.

A record says what the gate runs (`run`, a pure function of the parsed article, the brief and
the settings), how much it counts (`severity`: a failed hard check rejects the article, a soft
one only reports) and where the repair loop regenerates a finding of it: the finding's own
target, or for a finding about the whole body (no target), the sections `whole_body` picks.
`HARD_CHECKS`, `SOFT_CHECKS`, the report and the pipeline's repair targeting derive from it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from engine.gate.density import check_keyphrase
from engine.gate.fidelity import check_fidelity
from engine.gate.findings import Finding
from engine.gate.language import check_language
from engine.gate.length import check_length
from engine.gate.metadata import check_metadata
from engine.gate.originality import check_originality
from engine.gate.readability import check_readability
from engine.gate.repetition import check_repetition
from engine.gate.structure import check_structure
from engine.gate.target import Target, section

if TYPE_CHECKING:
    from engine.brief import Brief
    from engine.config import Settings
    from engine.gate.parsed import ParsedArticle

CheckFunction = Callable[["ParsedArticle", "Brief", "Settings"], list[Finding]]
# Given the words of each section, the sections that repair a finding about the whole body.
WholeBody = Callable[[Sequence[int]], tuple[Target, ...]]


def shortest_sections(sizes: Sequence[int]) -> tuple[Target, ...]:
    """The two shortest sections: they have the most room to grow (too short, density …)."""
    return tuple(section(i) for i in sorted(range(len(sizes)), key=lambda i: sizes[i])[:2])


def last_section(sizes: Sequence[int]) -> tuple[Target, ...]:
    """The last section ("what to remember"), which can carry a missing source fact."""
    return (section(len(sizes) - 1),) if sizes else ()


@dataclass(frozen=True)
class Check:
    id: str
    severity: Literal["hard", "soft"]
    run: CheckFunction
    whole_body: WholeBody = shortest_sections

    def repair_targets(self, finding: Finding, sizes: Sequence[int]) -> tuple[Target, ...]:
        """Where to regenerate to fix `finding` (of this check), given the section sizes."""
        return (finding.target,) if finding.target is not None else self.whole_body(sizes)


CHECKS: tuple[Check, ...] = (
    Check("language", "hard", check_language),
    Check("length", "hard", check_length),
    Check("structure", "hard", check_structure),
    Check("keyphrase", "hard", check_keyphrase),
    Check("metadata", "hard", check_metadata),
    Check("fidelity", "hard", check_fidelity, whole_body=last_section),
    Check("originality", "hard", check_originality),
    Check("repetition", "hard", check_repetition),
    Check("readability", "soft", check_readability),
)
BY_ID = {check.id: check for check in CHECKS}
HARD_CHECKS = tuple(c.id for c in CHECKS if c.severity == "hard")
SOFT_CHECKS = tuple(c.id for c in CHECKS if c.severity == "soft")


def run_check(
    check: Check, parsed: ParsedArticle, brief: Brief, settings: Settings
) -> list[Finding]:
    """The check's findings, held to its record: its own id, and no hard finding from a soft
    check (so what the report counts is what the registry declares)."""
    findings = check.run(parsed, brief, settings)
    for f in findings:
        if f.id != check.id or (check.severity == "soft" and f.severity == "hard"):
            raise ValueError(f"check {check.id} returned a {f.severity} finding of {f.id!r}")
    return findings

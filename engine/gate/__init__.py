"""The quality gate: every check of the design, each a pure function → findings.

`run_gate` parses the article once with spaCy and hands the parsed article to each check.
"""

from __future__ import annotations

from collections.abc import Callable

from engine.article import Article
from engine.brief import Brief
from engine.config import Settings
from engine.gate.findings import HARD_CHECKS, SOFT_CHECKS, Finding, Report, Severity

__all__ = ["HARD_CHECKS", "SOFT_CHECKS", "Finding", "Report", "Severity", "run_gate"]

Check = Callable[..., list[Finding]]


def checks() -> tuple[Check, ...]:
    """Every check, in gate order (imported here so `engine.gate` stays light to import)."""
    from engine.gate.fidelity import check_fidelity
    from engine.gate.keyphrase import check_keyphrase
    from engine.gate.language import check_language
    from engine.gate.length import check_length
    from engine.gate.metadata import check_metadata
    from engine.gate.originality import check_originality
    from engine.gate.readability import check_readability
    from engine.gate.repetition import check_repetition
    from engine.gate.structure import check_structure

    return (
        check_language,
        check_length,
        check_structure,
        check_keyphrase,
        check_metadata,
        check_fidelity,
        check_originality,
        check_repetition,
        check_readability,
    )


def run_gate(article: Article, brief: Brief, settings: Settings) -> Report:
    from engine.gate.parsed import parse_article

    parsed = parse_article(article, brief.keyphrase)
    return Report(tuple(f for check in checks() for f in check(parsed, brief, settings)))

"""The quality gate: every check of the design, each a pure function → findings.

The checks are declared once, in `engine.gate.checks.CHECKS`. `run_gate` parses the article
once with spaCy and hands the parsed article to each check, in that order.
"""

from __future__ import annotations

from engine.brief import Brief
from engine.config import Settings
from engine.gate.checks import BY_ID, CHECKS, HARD_CHECKS, SOFT_CHECKS, Check, run_check
from engine.gate.findings import Finding, Report, Severity
from engine.gate.target import Target
from engine.output.article import Article

__all__ = [
    "BY_ID",
    "CHECKS",
    "HARD_CHECKS",
    "SOFT_CHECKS",
    "Check",
    "Finding",
    "Report",
    "Severity",
    "Target",
    "run_gate",
]


def run_gate(article: Article, brief: Brief, settings: Settings) -> Report:
    from engine.gate.parsed import parse_article

    parsed = parse_article(article, brief.keyphrase)
    return Report(tuple(f for check in CHECKS for f in run_check(check, parsed, brief, settings)))

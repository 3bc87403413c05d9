"""The report, in words and in JSON: what the CLI prints and the server answers, one module.

`report_dict` is the report file written beside an article (`OUT.report.json`) and the API's
job report; `report_json` and `report_table` are `plume check`'s two forms (and `/api/check`'s
answer); `rejection_text` is the verdict of a rejected article; `end_line` closes one that passed,
and `review_lines` follow it when the gate left doubts for the editor (review findings).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from pathlib import Path

from engine.brief import Brief
from engine.config import Settings
from engine.gate import Finding, Report
from engine.output.summary import duration, min_words_said
from engine.write.prompts import VERSIONS as PROMPT_VERSIONS
from engine.write.rewriter import Result


def report_dict(result: Result) -> dict[str, object]:
    """The gate's verdict (and how many review findings) plus every round and model call: what
    was tried, what it cost, why the repairs stopped and which prompt versions wrote it."""
    return {
        **result.report.to_dict(),
        "failed": list(result.report.failed),
        "reviews": len(result.report.reviews),
        "rounds": [dataclasses.asdict(r) for r in result.rounds],
        "stopped": result.stopped,
        "prompts": dict(PROMPT_VERSIONS),  # the templates that wrote this draft
        "calls": [dataclasses.asdict(c) for c in result.calls],
        "timings": result.timings,
        "source_notes": list(result.brief.source.notes),
    }


def is_skipped(finding: Finding) -> bool:
    """A check that could not run (no source given): neither passed nor failed."""
    return finding.passed and finding.value is None and finding.severity == "review"


def report_json(report: Report, brief: Brief | None = None) -> dict[str, object]:
    """The JSON of `plume check --json` and `/api/check`: the verdict, the failed hard checks,
    the skipped ones, how many review findings, every finding (a skipped one says "skipped",
    never `passed: true`), and the minimum the article was checked for, with where it came
    from."""
    checks = []
    for finding in report.findings:
        item = finding.to_dict()
        if is_skipped(finding):
            item["passed"] = "skipped"
        checks.append(item)
    skipped = sorted({f.id for f in report.findings if is_skipped(f)})
    answer: dict[str, object] = {
        "passed": report.passed,
        "failed": list(report.failed),
        "skipped": skipped,
        "reviews": len(report.reviews),
        "checks": checks,
    }
    if brief is not None:
        minimum: dict[str, object] = {"value": brief.min_words, "from": brief.min_words_from}
        asked = brief.source.directives.min_words
        if asked is not None:
            minimum["source_asks"] = asked
        answer["min_words"] = minimum
    return answer


def report_table(
    report: Report,
    brief: Brief | None = None,
    settings: Settings | None = None,
    given_as: str = "--min-words",
) -> str:
    """The human form: one row per finding (id, status, value, expected, message), the
    minimum checked for and why, a verdict."""
    rows = [("check", "", "value", "expected", "message")]
    for f in report.findings:
        if f.passed:
            status = "skip" if is_skipped(f) else "ok"
        else:
            status = {"hard": "FAIL", "soft": "weak", "review": "review"}[f.severity]
        rows.append((f.id, status, _cell(f.value), f.expected, f.message))
    widths = [max(len(row[i]) for row in rows) for i in range(4)]
    lines = [
        "  ".join(c.ljust(w) for c, w in zip(row, widths, strict=False)) + "  " + row[4]
        for row in rows
    ]
    skipped = sorted({f.id for f in report.findings if is_skipped(f)})
    if skipped:
        lines.append(f"note: {', '.join(skipped)} skipped: give --source to check facts")
    if brief is not None and settings is not None:
        words, origin = brief.min_words, brief.min_words_from
        said = min_words_said(words, origin, brief.source, settings, given_as)
        lines.append(f"min words: {said}")
    verdict = "PASSED" if report.passed else "FAILED: " + ", ".join(report.failed)
    if report.reviews:
        count = len(report.reviews)
        verdict += f" ({count} review finding{'s' if count > 1 else ''} for the editor to check)"
    return "\n".join([*lines, verdict])


def _cell(value: object) -> str:
    if value is None:
        return "-"
    if isinstance(value, bool):
        return "yes" if value else "no"
    text = " ".join(str(value).split())
    return text if len(text) <= 24 else text[:23] + "…"


def rejection_text(
    result: Result,
    draft: Path | None = None,
    report: Path | None = None,
    kept: bool = False,
    output: Path | None = None,
) -> str:
    """The verdict of a rejected article (`verdict_lines`), then where its files are: what the
    command line says."""
    lines = verdict_lines(result)
    if draft is not None:
        lines.append(f"Rejected draft (not for publication): {draft}")
    elif kept:
        lines.append("Rejected draft (not for publication) written to stdout.")
    elif output is not None:
        lines.append("No article written; --keep-rejected keeps the best draft, marked rejected.")
    else:
        lines.append("No article written; --keep-rejected writes the draft to stdout, marked.")
    if report is not None:
        lines.append(f"Report: {report}")
    else:
        lines.append("Report: above only (output on stdout; give -o FILE to save it).")
    return "\n".join(lines)


def verdict_lines(result: Result) -> list[str]:
    """Why an article was rejected, true wherever it is read (the command line, the API): the
    checks the last round failed, which draft was kept and why, and that draft's findings."""
    last = result.rounds[-1]
    lines = [
        f"Gate not met after {len(result.rounds) - 1} repair round(s); "
        f"the last round failed: {', '.join(last.failed)}."
    ]
    if result.stopped.startswith("no progress"):
        lines.append(f"Repairs stopped early ({result.stopped}).")
    kept = result.kept_round
    faults = [f for f in result.report.findings if f.severity == "hard" and not f.passed]
    name = "the first draft" if kept == 0 else f"the draft of repair round {kept}"
    if kept == last.index:
        lines.append(
            f"Kept draft: {name}, the last, which has the fewest failed hard findings "
            f"({len(faults)})."
        )
    else:
        lines.append(
            f"Kept draft: {name}, which has the fewest failed hard findings ({len(faults)}; "
            f"no later round had fewer); it failed: {', '.join(result.report.failed)}."
        )
    for finding in faults:
        where = f" [{finding.target}]" if finding.target else ""
        lines.append(f"  {finding.id}{where}: {finding.message}")
    return lines


def end_line(
    written: Path | None, words: int, rounds: int, seconds: float, report: Path | None
) -> str:
    """The line that closes a single article that passed."""
    where = f"wrote {written}" if written else "wrote the article to stdout"
    tail = f"; report: {report}" if report else ""
    plural = "" if rounds == 1 else "s"
    return f"{where}: {words} words, {rounds} repair round{plural}, {duration(seconds)}{tail}"


def review_lines(reviews: Sequence[str], report: Path | None = None) -> list[str]:
    """What an article that passed says of its review findings (doubts the gate could not
    settle, which never block): how many, then each, for the editor to check."""
    if not reviews:
        return []
    count = len(reviews)
    where = f"; they are in {report}" if report else ""
    head = (
        f"note: passed with {count} review finding{'s' if count > 1 else ''}, "
        f"for the editor to check against the source{where}:"
    )
    return [head, *(f"  review: {message}" for message in reviews)]

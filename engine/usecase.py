"""`plume check`: gate a finished Markdown article, with or without its source."""

from __future__ import annotations

from pathlib import Path

from engine.brief import Brief, Facts, extract_keyphrase, make_brief
from engine.brief.source import Source, read_source, refuse_binary
from engine.config import Settings
from engine.errors import InputError
from engine.gate import Finding, Report, run_gate
from engine.output.article import Article, parse_markdown

NO_SOURCE = Source(title=None, paragraphs=(), name="")


def read_article(path: str | Path) -> Article:
    """Parse a Markdown article file; InputError (exit 2) when missing, unreadable or empty."""
    path = Path(path)
    try:
        data = path.read_bytes()
        if not data.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16: "not UTF-8" below
            refuse_binary(data, f"Article {path}")
        text = data.decode("utf-8")
    except FileNotFoundError:
        raise InputError(f"Article {path} does not exist.", "Check the path.") from None
    except IsADirectoryError:
        raise InputError(f"Article {path} is a folder.", "Give one Markdown file.") from None
    except UnicodeDecodeError:
        raise InputError(f"Article {path} is not UTF-8 text.", "Save it as UTF-8.") from None
    except OSError as exc:
        raise InputError(f"Article {path} cannot be read: {exc.strerror}.") from None
    if not text.strip():
        raise InputError(f"Article {path} is empty.", "Give a Markdown article to check.")
    return parse_markdown(text)


def make_check_brief(
    article: Article,
    settings: Settings,
    source: Source | None = None,
    keyphrase: str | None = None,
    min_words: int | None = None,
) -> Brief:
    """The brief to check against. Keyphrase: the flag, else the front matter, else the
    source's; min words: the flag, else the source's directive, else the settings."""
    keyphrase = keyphrase or article.keyphrase or None
    if source is None:
        return Brief(
            keyphrase=keyphrase or "",
            min_words=min_words or settings.min_words,
            title=None,
            facts=Facts(),
            source=NO_SOURCE,
        )
    brief = make_brief(source, settings, keyphrase or extract_keyphrase(source))
    if min_words is not None:
        brief = Brief(brief.keyphrase, min_words, brief.title, brief.facts, brief.source)
    return brief


def check_file(
    path: str | Path,
    settings: Settings,
    source: str | Path | None = None,
    keyphrase: str | None = None,
    min_words: int | None = None,
) -> Report:
    article = read_article(path)
    src = read_source(source) if source is not None else None
    brief = make_check_brief(article, settings, src, keyphrase, min_words)
    return run_gate(article, brief, settings)


def is_skipped(finding: Finding) -> bool:
    """A check that could not run (no source given): neither passed nor failed."""
    return finding.passed and finding.value is None and finding.severity == "warning"


def report_json(report: Report) -> dict[str, object]:
    """The JSON of `plume check --json`: the verdict, the failed hard checks, the skipped
    ones, and every finding (a skipped one says "skipped", never `passed: true`)."""
    checks = []
    for finding in report.findings:
        item = finding.to_dict()
        if is_skipped(finding):
            item["passed"] = "skipped"
        checks.append(item)
    skipped = sorted({f.id for f in report.findings if is_skipped(f)})
    return {
        "passed": report.passed,
        "failed": list(report.failed),
        "skipped": skipped,
        "checks": checks,
    }


def report_table(report: Report) -> str:
    """The human form: one row per finding (id, status, value, expected, message), a verdict."""
    rows = [("check", "", "value", "expected", "message")]
    for f in report.findings:
        if f.passed:
            status = "skip" if is_skipped(f) else "ok"
        else:
            status = {"hard": "FAIL", "soft": "weak", "warning": "warn"}[f.severity]
        rows.append((f.id, status, _cell(f.value), f.expected, f.message))
    widths = [max(len(row[i]) for row in rows) for i in range(4)]
    lines = [
        "  ".join(c.ljust(w) for c, w in zip(row, widths, strict=False)) + "  " + row[4]
        for row in rows
    ]
    skipped = sorted({f.id for f in report.findings if is_skipped(f)})
    if skipped:
        lines.append(f"note: {', '.join(skipped)} skipped: give --source to check facts")
    verdict = "PASSED" if report.passed else "FAILED: " + ", ".join(report.failed)
    return "\n".join([*lines, verdict])


def _cell(value: object) -> str:
    if value is None:
        return "-"
    if isinstance(value, bool):
        return "yes" if value else "no"
    text = " ".join(str(value).split())
    return text if len(text) <= 24 else text[:23] + "…"

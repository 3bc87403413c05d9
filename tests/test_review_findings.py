"""Review findings (doubts the gate could not settle) are shown and never block: the report
counts them, a passed article says so on stderr, the repair prompt mentions each once."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from engine.batch import Outcome, summary_table
from engine.cli import cli
from engine.gate import Finding, Report
from engine.gate.target import Target, section
from engine.output.report import report_json, report_table, review_lines
from engine.write.draft import Draft
from engine.write.plan import Plan, PlannedSection
from engine.write.prompts import REVIEW_HINT
from engine.write.repair import repair, repair_targets
from tests.scripted import ScriptedGenerator, use_scripted

PASSED = Finding("fidelity", True, "hard", 3, "nothing invented", "3 source figures kept")


def review(message: str, target: Target | None = None) -> Finding:
    return Finding("fidelity", False, "review", None, "What the source says", message, target)


def hard(message: str, target: Target | None = None) -> Finding:
    return Finding("fidelity", False, "hard", None, "What the source says", message, target)


def test_the_report_counts_review_findings_and_they_do_not_block() -> None:
    report = Report((PASSED, review("section:1: «Deux issues» counts «deux»", section(1))))
    assert report.passed
    assert report_json(report)["reviews"] == 1
    table = report_table(report)
    assert table.splitlines()[-1] == "PASSED (1 review finding for the editor to check)"
    assert "fidelity  review" in table
    assert report_json(Report((PASSED,)))["reviews"] == 0
    assert report_table(Report((PASSED,))).splitlines()[-1] == "PASSED"


def test_review_lines_say_how_many_and_each() -> None:
    assert review_lines([]) == []
    assert review_lines(["a doubt", "another"], None) == [
        "note: passed with 2 review findings, for the editor to check against the source:",
        "  review: a doubt",
        "  review: another",
    ]
    [head, _] = review_lines(["a doubt"], Path("out/a.report.json"))
    assert head.endswith("review finding, for the editor to check against the source; "
                         "they are in out/a.report.json:")  # fmt: skip


class RecordingWriter:
    """Stands in for the model's writer: records the feedback each regenerated section gets."""

    def __init__(self) -> None:
        self.calls: list[tuple[int, tuple[str, ...]]] = []

    def section(self, draft: Draft, index: int, feedback: tuple[str, ...] = ()) -> list[str]:
        self.calls.append((index, feedback))
        return [f"section {index} again"]


def a_draft() -> Draft:
    sections = tuple(PlannedSection(f"Partie {i}", 120) for i in range(3))
    bodies = [[f"Texte de la partie {i}."] for i in range(3)]
    return Draft(Plan("Titre", "Description", "titre", sections), ["Chapeau."], bodies)


def test_a_review_finding_rides_once_with_a_repair_and_never_causes_one() -> None:
    draft = a_draft()
    doubt = review("section:1: «Le Belge» may not be «les deux Belges»", section(1))
    elsewhere = review("section:2: a doubt in a section nothing repairs", section(2))
    assert repair_targets(Report((doubt, elsewhere)), draft) == {}  # doubts alone: no repair
    writer = RecordingWriter()
    report = Report((hard("section:1: number not in the source «7»", section(1)), doubt, elsewhere))
    assert repair(writer, draft, report) == ["section:1"]  # type: ignore[arg-type]
    assert writer.calls == [
        (1, ("section:1: number not in the source «7»", REVIEW_HINT + doubt.message))
    ]
    writer.calls.clear()
    again = Report((hard("section:1: number not in the source «8»", section(1)), doubt))
    repair(writer, draft, again)  # type: ignore[arg-type]
    assert writer.calls == [(1, ("section:1: number not in the source «8»",))]  # said once


# --- what the user sees: plume check and plume rewrite, with a real review finding ---------

DATA = Path(__file__).parent / "data"
GOOD = (DATA / "rouen-good.md").read_text(encoding="utf-8")
# A place the source never names is a doubt (it may be the source's own, said another way).
ELSEWHERE = "Des curieux venus du Havre ont suivi l'incendie depuis les quais."
DOUBTFUL = GOOD.replace("Pour eux, les pertes", f"{ELSEWHERE} Pour eux, les pertes", 1)


def findings(n: int) -> str:
    return f"{n} review finding{'s' if n > 1 else ''}"


def test_check_says_on_stderr_that_a_passed_article_has_review_findings(tmp_path: Path) -> None:
    article = tmp_path / "article.md"
    article.write_text(DOUBTFUL, encoding="utf-8")
    source = str(DATA / "wikinews" / "22.txt")
    data = json.loads(run_check(str(article), "--source", source, "--json").stdout)
    count = data["reviews"]
    reviews = [c for c in data["checks"] if c["severity"] == "review" and c["passed"] is False]
    assert data["passed"] is True and count == len(reviews) >= 1
    result = run_check(str(article), "--source", source)
    assert result.exit_code == 0, result.output
    assert result.stdout.rstrip().endswith(f"PASSED ({findings(count)} for the editor to check)")
    assert re.search(r"^fidelity +review ", result.stdout, re.MULTILINE)
    said = result.stderr.splitlines()
    assert said == [
        f"note: passed with {findings(count)}, for the editor to check against the source:",
        *(f"  review: {c['message']}" for c in reviews),
    ]
    assert any("Havre" in line for line in said)  # the doubt this test added


def run_check(*args: str):  # noqa: ANN201
    return CliRunner().invoke(cli, ["check", *args])


def test_rewrite_says_so_even_quiet_and_the_report_counts_them(
    monkeypatch: pytest.MonkeyPatch, tiny_chat_model: Path, tmp_path: Path
) -> None:
    section = "\n\n".join(ScriptedGenerator("wikinews-22").article.sections[0].paragraphs)
    anchor = "Sa vitesse était cependant trop élevée."
    doubtful = section.replace(anchor, f"{anchor} {ELSEWHERE}", 1)
    assert doubtful != section
    use_scripted(
        monkeypatch, lambda: ScriptedGenerator("wikinews-22", {("section:0", 1): doubtful})
    )
    out = tmp_path / "article.md"
    args = [
        "rewrite",
        str(DATA / "seeds" / "wikinews-22-seed.txt"),
        "--model",
        str(tiny_chat_model),
    ]
    result = CliRunner().invoke(cli, [*args, "-o", str(out), "-q"])
    assert result.exit_code == 0, result.output
    report = tmp_path / "article.report.json"
    data = json.loads(report.read_text(encoding="utf-8"))
    count = data["reviews"]
    reviews = [c for c in data["checks"] if c["severity"] == "review" and c["passed"] is False]
    assert count == len(reviews) >= 1 and data["rounds"][0]["regenerated"] == []
    said = result.stderr.splitlines()
    at = said.index(
        f"note: passed with {findings(count)}, for the editor to check against the source; "
        f"they are in {report}:"
    )
    assert said[at + 1 :] == [f"  review: {c['message']}" for c in reviews]
    assert any("Havre" in line for line in said[at + 1 :])
    assert not [line for line in said if line.startswith("wrote ")]  # -q: no end line


def test_a_folder_lists_its_passed_articles_review_findings() -> None:
    outcomes = [
        Outcome("a.txt", "passed", 800, 0, 1.0, reviews=("section:1: a doubt",)),
        Outcome("b.txt", "passed", 800, 0, 1.0),
    ]
    lines = summary_table(outcomes).splitlines()
    assert lines[-3:] == [
        "  a.txt:",
        "    note: passed with 1 review finding, for the editor to check against the source:",
        "      review: section:1: a doubt",
    ]

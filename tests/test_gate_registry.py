"""The gate's registry: each check declared once, and everything that counts derived from it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import engine.gate.checks as checks
from engine.brief import Brief, Facts
from engine.brief.source import Source
from engine.config import Settings
from engine.gate import CHECKS, HARD_CHECKS, SOFT_CHECKS, Check, Finding, Report, Target, run_gate
from engine.gate.target import DESCRIPTION, HEADINGS, INTRO, META, SLUG, TITLE, heading, section
from engine.output.article import parse_markdown
from engine.write.draft import Draft
from engine.write.plan import Plan, PlannedSection
from engine.write.repair import repair_targets

DATA = Path(__file__).parent / "data"
SETTINGS = Settings()
NO_SOURCE = Brief("pont Mathilde", 700, None, Facts(), Source(None, ()))


def test_the_design_checks_in_gate_order() -> None:
    assert HARD_CHECKS == (
        "language",
        "length",
        "structure",
        "keyphrase",
        "metadata",
        "fidelity",
        "originality",
        "repetition",
    )
    assert SOFT_CHECKS == ("readability",)
    assert [c.id for c in CHECKS] == [*HARD_CHECKS, *SOFT_CHECKS]


def _always(check_id: str, severity: str, finding_severity: str | None = None):
    def run(parsed, brief, settings) -> list[Finding]:
        message = f"{check_id} always fails"
        return [Finding(check_id, False, finding_severity or severity, 1, "never", message)]

    return Check(check_id, severity, run)  # type: ignore[arg-type]


def test_a_new_hard_check_that_fails_is_in_the_report_and_rejects(monkeypatch) -> None:
    article = parse_markdown((DATA / "rouen-good.md").read_text(encoding="utf-8"))
    assert run_gate(article, NO_SOURCE, SETTINGS).passed
    monkeypatch.setattr(checks, "CHECKS", (*CHECKS, _always("invented", "hard")))
    monkeypatch.setattr("engine.gate.CHECKS", checks.CHECKS)
    report = run_gate(article, NO_SOURCE, SETTINGS)
    assert report.failed == ("invented",)
    assert not report.passed
    assert report.to_dict()["checks"][-1]["message"] == "invented always fails"


@pytest.mark.parametrize(
    ("check", "problem"),
    [
        (
            Check("mine", "hard", _always("other", "hard").run),
            "mine returned a hard finding of 'other'",
        ),
        (_always("quiet", "soft", "hard"), "check quiet returned a hard finding of 'quiet'"),
    ],
)
def test_a_check_cannot_report_under_another_id_or_above_its_severity(
    monkeypatch, check: Check, problem: str
) -> None:
    monkeypatch.setattr("engine.gate.CHECKS", (check,))
    article = parse_markdown("# Titre\n\nUn texte.\n")
    with pytest.raises(ValueError, match=problem):
        run_gate(article, NO_SOURCE, SETTINGS)


def test_failed_lists_every_failed_hard_id_once_in_report_order() -> None:
    findings = (
        Finding("b", False, "hard", 1, "", "", section(0)),
        Finding("a", False, "hard", 1, "", ""),
        Finding("b", False, "hard", 2, "", ""),
        Finding("c", False, "soft", 1, "", ""),
        Finding("d", False, "review", 1, "", ""),
        Finding("e", True, "hard", 1, "", ""),
    )
    report = Report(findings)
    assert report.failed == ("b", "a")
    assert not report.passed
    assert Report(findings[3:]).passed


def test_targets_print_as_the_report_shows_them() -> None:
    assert [str(t) for t in (TITLE, DESCRIPTION, SLUG, INTRO, section(2), heading(0))] == [
        "title",
        "description",
        "slug",
        "intro",
        "section:2",
        "heading:0",
    ]
    assert section(3).heading == heading(3)
    with pytest.raises(ValueError):
        Target("section")
    with pytest.raises(ValueError):
        Target("intro", 1)
    with pytest.raises(TypeError, match="target 'intro' is not a Target"):
        Finding("structure", False, "hard", 0, "", "", "intro")  # type: ignore[arg-type]
    finding = Finding("length", False, "hard", 3, "≥ 5", "section:1: too short", section(1))
    as_json = json.loads(json.dumps(Report((finding,)).to_dict()))
    assert as_json["checks"][0]["target"] == "section:1"


def _draft(sizes: list[int]) -> Draft:
    plan = Plan("Titre", "Description", "slug", tuple(PlannedSection(f"H{i}", 100) for i in sizes))
    return Draft(plan, ["Intro."], [[" ".join(["mot"] * n)] for n in sizes])


def _failed(check_id: str, target: Target | None) -> Finding:
    return Finding(check_id, False, "hard", 0, "", f"{check_id} at {target}", target)


def test_repair_targets_come_from_the_check_records() -> None:
    draft = _draft([300, 120, 200, 90])
    whole_body = Report((_failed("length", None), _failed("fidelity", None)))
    todo = repair_targets(whole_body, draft)
    assert todo == {
        section(3): ["length at None", "fidelity at None"],  # shortest, and the last section
        section(1): ["length at None"],  # the second shortest
    }
    assert checks.BY_ID["fidelity"].whole_body is checks.last_section
    assert checks.BY_ID["length"].whole_body is checks.shortest_sections


def test_repair_steps_group_meta_and_headings_and_drop_unknown_sections() -> None:
    draft = _draft([300, 120])
    report = Report(
        (
            _failed("metadata", TITLE),
            _failed("keyphrase", DESCRIPTION),
            _failed("structure", heading(0)),
            _failed("keyphrase", heading(1)),
            _failed("metadata", SLUG),
            _failed("language", INTRO),
            _failed("repetition", section(1)),
            _failed("structure", section(7)),  # a section the draft does not have
            Finding("readability", False, "soft", 0, "", "soft: never repaired", section(0)),
        )
    )
    todo = repair_targets(report, draft)
    assert list(todo) == [META, HEADINGS, SLUG, INTRO, section(1)]
    assert todo[META] == ["metadata at title", "keyphrase at description"]
    assert todo[HEADINGS] == ["structure at heading:0", "keyphrase at heading:1"]


def test_the_text_layer_and_the_source_import_no_gate_and_no_spacy() -> None:
    code = (
        "import sys\n"
        "import engine.brief.source, engine.write.cleanup, engine.text.patterns\n"
        "held = ('engine.gate', 'engine.write.plan', 'spacy')\n"
        "print(sorted(m for m in held if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"

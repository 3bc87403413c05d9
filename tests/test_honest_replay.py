"""Honest articles come out: each honest rewrite of tests/data/honest (written blind, issue 19),
replayed through `plume rewrite` by the scripted backend — its headings as the plan, its
intro and sections as the model's answers — is written in round 0, with no repair."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from engine.cli import cli
from engine.output.article import parse_markdown
from scripts.fidelity_eval import source_of
from tests.scripted import ScriptedGenerator, use_scripted

HONEST = Path(__file__).parent / "data" / "honest"
ARTICLES = sorted(p for p in HONEST.glob("*.md") if p.name.count(".") == 1 and p.stem != "README")
ARTICLES.append(Path(__file__).parent / "data" / "drafts" / "wikinews-22.md")


@pytest.mark.parametrize("article", ARTICLES, ids=[p.stem for p in ARTICLES])
def test_an_honest_article_is_written_in_round_0(
    article: Path, monkeypatch: pytest.MonkeyPatch, tiny_chat_model: Path, tmp_path: Path
) -> None:
    loaded = use_scripted(monkeypatch, lambda: ScriptedGenerator(article))
    keyphrase = parse_markdown(article.read_text(encoding="utf-8")).keyphrase
    out = tmp_path / "article.json"
    args = ["rewrite", str(source_of(article)), "--model", str(tiny_chat_model)]
    args += ["--keyphrase", keyphrase, "-o", str(out), "-q"]
    result = CliRunner().invoke(cli, args)
    report = json.loads(out.with_name("article.report.json").read_text(encoding="utf-8"))
    checks = report["checks"]
    failures = [c["message"] for c in checks if c["passed"] is False and c["severity"] == "hard"]
    assert result.exit_code == 0, failures
    assert report["stopped"] == "passed"
    assert [(r["index"], r["failed"], r["regenerated"]) for r in report["rounds"]] == [(0, [], [])]
    [generator] = loaded
    assert set(generator.attempts.values()) == {1}  # every step answered once: no repair
    written = json.loads(out.read_text(encoding="utf-8"))["article"]
    assert written["sections"] == [s.heading for s in generator.article.sections]

"""scripts/fidelity_eval: the corpora it reads are whole, and it counts what it says it counts."""

from __future__ import annotations

import json
import tomllib
from collections import Counter
from pathlib import Path

import pytest

from engine.gate.findings import Finding
from scripts import fidelity_eval
from scripts.fidelity_eval import HONEST, SETS, Variant, judge, rule_of, source_of

DATA = Path(__file__).parent / "data"
HONEST_ALL = sorted(set(HONEST) | set((DATA / "blind").glob("honest-r*")))
ARTICLES = sorted(p for folder in HONEST_ALL for p in folder.glob("*.md") if p.name.count(".") == 1)
ARTICLES = [p for p in ARTICLES if p.stem != "README"]
BLIND_SETS = sorted((DATA / "blind" / "distortions").glob("*.toml"))
HELD_OUT_SETS = sorted((DATA / "blind").glob("heldout-r*/*.toml"))
CLASSES = {
    "swap people", "swap places", "swap numbers", "number changed", "date changed",
    "comparative", "scope", "modality", "tense", "who did what to whom", "nationality",
    "dropped condition", "invented consequence", "invented cause", "negation", "direction",
    "role", "quotation",
}  # fmt: skip


def test_the_corpora_are_there() -> None:
    assert len([p for p in ARTICLES if p.parent == HONEST[0]]) == 8
    assert len([p for p in ARTICLES if p.parent == HONEST[1]]) >= 24
    assert len(BLIND_SETS) >= 7
    assert all(folder.is_dir() for folder in SETS)


@pytest.mark.parametrize("article", ARTICLES, ids=[p.stem for p in ARTICLES])
def test_each_honest_article_has_its_source_notes_and_credit(article: Path) -> None:
    assert source_of(article).is_file()
    assert article.with_suffix(".notes.md").is_file()
    stem = source_of(article).stem
    assert f"| {stem} |" in (DATA / "wikinews" / "SOURCES.md").read_text(encoding="utf-8")


def test_source_of_maps_ids_to_one_place() -> None:
    assert source_of(Path("w2-11.md")) == DATA / "wikinews" / "11.txt"
    assert source_of(Path("05.md")) == DATA / "wikinews" / "05.txt"
    assert source_of(Path("w1-a.md")) == DATA / "wikinews" / "w1-a.txt"


@pytest.mark.parametrize("path", BLIND_SETS + HELD_OUT_SETS, ids=lambda p: p.stem)
def test_each_blind_set_is_well_formed_and_credited(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert "CC BY 2.5" in text.splitlines()[0] and "wikinews.org" in text.splitlines()[0]
    data = tomllib.loads(text)
    for variant in data["variant"]:
        assert data["honest"].count(variant["find"]) == 1, variant["find"]
        assert variant["class"].startswith("honest:") or variant["class"] in CLASSES
        assert variant["why"]


def finding(message: str, severity: str = "hard") -> Finding:
    return Finding("fidelity", False, severity, None, "", message)  # type: ignore[arg-type]


def test_a_distortion_is_judged_by_what_its_edit_adds() -> None:
    base = [finding("already there")]
    distortion = Variant("x", 1, "number changed", "a", "b")
    control = Variant("x", 2, "honest: synonym", "a", "b")
    assert judge(distortion, [*base, finding("new", "hard")], base).verdict == "hard"
    assert judge(distortion, [*base, finding("new", "review")], base).verdict == "review"
    assert judge(distortion, [*base, finding("new", "warning")], base).verdict == "review"
    assert judge(distortion, [*base, finding("new", "soft")], base).verdict == "missed"
    assert judge(distortion, list(base), base).verdict == "missed"
    assert judge(control, [finding("new", "review")], []).verdict == "passed"
    assert judge(control, list(base), base).verdict == "failed"


def test_a_claims_case_is_caught_hard_only_with_its_own_message() -> None:
    case = Variant("x", 1, "speaker", "a", "b", fails="to Borgel")
    assert judge(case, [finding("gives it to Borgel")], []).verdict == "hard"
    assert judge(case, [finding("something else")], []).verdict == "review"
    assert judge(case, [], []).verdict == "missed"


def test_json_counts_every_variant_and_control(capsys: pytest.CaptureFixture[str]) -> None:
    path = DATA / "claims" / "22.toml"
    variants = tomllib.loads(path.read_text(encoding="utf-8"))["variant"]
    assert fidelity_eval.main(["--json", str(path)]) == 0
    result = json.loads(capsys.readouterr().out)["sets"]["22"]
    controls = sum(v["class"].startswith("honest") for v in variants)
    assert result["controls"] == controls + 1  # the honest rewrite itself is a control
    assert result["distortions_total"]["total"] == len(variants) - controls
    totals = result["distortions_total"]
    assert totals["hard"] + totals["review"] + totals["missed"] == totals["total"]


def test_a_missing_path_is_an_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert fidelity_eval.main(["tests/data/nowhere"]) == 2
    assert "tests/data/nowhere does not exist" in capsys.readouterr().err


def test_rule_of_names_the_check_and_the_rule_within_it() -> None:
    assert rule_of(Finding("fidelity", False, "hard", None, "", "m", rule="figures")) == (
        "fidelity/figures"
    )
    assert rule_of(Finding("fidelity", False, "hard", None, "", "m")) == "fidelity"
    assert rule_of(Finding("metadata", False, "hard", None, "", "m", rule="metadata")) == "metadata"


def test_an_article_failing_only_form_rules_its_writer_was_not_given_passed_its_brief() -> None:
    def article(name: str, **hard: int) -> fidelity_eval.ArticleResult:
        return fidelity_eval.ArticleResult(name, not hard, Counter(hard), Counter(), 0, [])

    corpus = fidelity_eval.HonestCorpus(
        "c",
        [
            article("clean"),
            article("form", keyphrase=2, metadata=1, originality=3),
            article("repeats", keyphrase=1, repetition=1),  # repetition was in the brief
            article("short", length=1),
            article("false", **{"fidelity/figures": 1}),
        ],
    )
    assert (corpus.passed, corpus.briefed, corpus.faithful) == (1, 2, 4)
    table = fidelity_eval.honest_table([corpus])
    rows = [line.rsplit(None, 1) for line in table.splitlines()]
    assert ["  or but for unbriefed form", "2/5"] in rows

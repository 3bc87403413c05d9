"""`plume check`: exit codes, the JSON contract and the human table."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from engine.cli import cli

DATA = Path(__file__).parent / "data"
GOOD = str(DATA / "rouen-good.md")


@pytest.fixture(scope="module")
def source(corpus_dir: Path) -> str:
    return str(corpus_dir / "wikinews" / "22.txt")


def run(*args: str):
    return CliRunner().invoke(cli, ["check", *args], catch_exceptions=False)


def test_good_article_with_source_passes(source: str) -> None:
    result = run(GOOD, "--source", source)
    assert result.exit_code == 0, result.output
    assert result.stdout.rstrip().splitlines()[-1].startswith("PASSED")  # doubts aside
    assert "fidelity     ok" in result.stdout


def test_json_has_the_contract_shape_and_fails_with_exit_1(source: str) -> None:
    result = run(str(DATA / "rouen-stuffed.md"), "--source", source, "--json")
    assert result.exit_code == 1
    report = json.loads(result.output)
    assert report["passed"] is False
    assert {"id", "passed", "severity", "value", "expected", "message", "target", "rule"} == set(
        report["checks"][0]
    )
    failed = {c["id"] for c in report["checks"] if c["severity"] == "hard" and not c["passed"]}
    assert failed == {"keyphrase"}


def test_without_source_says_what_was_skipped() -> None:
    result = run(str(DATA / "rouen-invented-number.md"))
    assert result.exit_code == 0
    assert "fidelity     skip" in result.output
    assert "note: fidelity, originality skipped: give --source to check facts" in result.output


def test_min_words_flag_and_keyphrase_flag() -> None:
    longer = run(GOOD, "--min-words", "900", "--json")
    assert longer.exit_code == 1
    length = next(c for c in json.loads(longer.output)["checks"] if c["id"] == "length")
    assert (length["value"], length["expected"]) == (804, "≥ 900")
    other = json.loads(run(GOOD, "--keyphrase", "camion frigorifique", "--json").output)
    assert "keyphrase" in {c["id"] for c in other["checks"] if not c["passed"]}


def test_plain_markdown_without_front_matter_fails_metadata(tmp_path: Path) -> None:
    text = (DATA / "rouen-good.md").read_text(encoding="utf-8").split("---\n", 2)[2]
    plain = tmp_path / "plain.md"
    plain.write_text(text, encoding="utf-8")
    result = run(str(plain), "--keyphrase", "pont Mathilde", "--json")
    assert result.exit_code == 1
    report = json.loads(result.output)
    metadata = [(c["target"], c["message"]) for c in report["checks"] if c["id"] == "metadata"]
    assert metadata == [
        ("description", "description: no meta description (front matter `description:`)"),
        ("slug", "slug: no slug (front matter `slug:`)"),
    ]


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda d: d / "missing.md", "does not exist"),
        (lambda d: d, "is a directory"),
        (lambda d: (d / "empty.md", (d / "empty.md").write_text(" \n"))[0], "is empty"),
        (lambda d: (d / "bin.md", (d / "bin.md").write_bytes(b"\xff\xfe\x00"))[0], "not UTF-8"),
    ],
)
def test_bad_input_exits_2_without_traceback(tmp_path: Path, make, message: str) -> None:
    result = CliRunner().invoke(cli, ["check", str(make(tmp_path))])
    assert result.exit_code == 2
    assert message in result.output
    assert "Traceback" not in result.output

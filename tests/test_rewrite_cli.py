"""`plume rewrite` as a user runs it: one file, stdin, a folder; md/html/json; exit codes;
and one run through the real llama.cpp adapter, whose tiny model cannot pass the gate."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from engine.cli import cli
from engine.gate import HARD_CHECKS
from engine.output.article import parse_markdown
from engine.write.prompts import VERSIONS
from tests.scripted import ScriptedByText, ScriptedGenerator, use_scripted

REPO = Path(__file__).resolve().parent.parent
SEED = "seeds/wikinews-05-seed.txt"
KEY = "Iván Duque"


@pytest.fixture
def scripted(monkeypatch: pytest.MonkeyPatch) -> list[ScriptedByText]:
    """Select the scripted backend (PLUME_BACKEND=scripted); the generators it loaded."""
    return use_scripted(monkeypatch, ScriptedByText)


def run(*args: str, env: dict[str, str] | None = None):
    return CliRunner().invoke(cli, list(args), env=env)


@pytest.mark.parametrize("fmt", ["md", "html", "json"])
def test_one_article_to_a_file(scripted, corpus_dir, tiny_chat_model, tmp_path, fmt) -> None:
    out = tmp_path / f"article.{fmt}"
    result = run(
        "rewrite",
        str(corpus_dir / SEED),
        "--model",
        str(tiny_chat_model),
        "--keyphrase",
        KEY,
        "-o",
        str(out),
        "--format",
        fmt,
        "-q",
    )
    assert result.exit_code == 0, result.output
    text = out.read_text(encoding="utf-8")
    expected_title = ScriptedGenerator("wikinews-05").article.title
    if fmt == "md":
        article = parse_markdown(text)
        assert article.title == expected_title
        assert article.keyphrase == KEY
        assert int(article.meta["words"]) >= 700
        assert article.meta["model"] == "scripted"
        assert article.meta["date"] == "2018-06-23"  # the source's dateline
        assert list(article.meta)[:2] == ["date", "words"]
    elif fmt == "html":
        assert f"<title>{expected_title}</title>" in text.replace("&#x27;", "'")
        assert '"@type": "NewsArticle"' in text
        assert '"datePublished": "2018-06-23"' in text
    else:
        data = json.loads(text)
        assert data["article"]["title"] == expected_title
        assert data["article"]["date"] == "2018-06-23"
        assert data["report"]["passed"] is True
        assert data["report"]["stopped"] == "passed"
        assert data["report"]["prompts"] == VERSIONS  # which prompts wrote it
        assert data["seed"] == 42
        assert data["model"]["name"] == "scripted"
        assert len(data["model"]["sha256"]) == 64 and data["model"]["path"]
        assert {"plan_s", "write_s", "gate_s", "total_s"} <= set(data["timings"])
    # no temp file left; the report beside the article
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([out.name, "article.report.json"])


def test_stdout_when_no_output_is_given(scripted, corpus_dir, tiny_chat_model) -> None:
    args = ["rewrite", str(corpus_dir / SEED), "--model", str(tiny_chat_model), "--keyphrase", KEY]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0
    assert result.stdout.startswith("---\ntitle: ")
    assert "plan:" not in result.stdout  # progress goes to stderr only
    assert "plan:" in result.stderr


def test_a_folder_is_mirrored_and_a_rerun_skips_done_articles(
    scripted, corpus_dir, tiny_chat_model, tmp_path
) -> None:
    inbox = tmp_path / "inbox"
    (inbox / "sport").mkdir(parents=True)
    shutil.copy(corpus_dir / "seeds/wikinews-05-seed.txt", inbox / "colombie.txt")
    shutil.copy(corpus_dir / "wikinews/12.txt", inbox / "sport" / "12.txt")
    shutil.copy(corpus_dir / "wikinews/22.txt", inbox / "22.txt")
    out = tmp_path / "out"
    first = run("rewrite", str(inbox), "-o", str(out), "--model", str(tiny_chat_model))
    assert sorted(str(p.relative_to(out)) for p in out.rglob("*.md")) == [
        "22.md",
        "colombie.md",
        "sport/12.md",
    ], first.output
    assert "3 passed, 0 rejected, 0 errors, 0 skipped" in first.output
    assert len(scripted) == 1  # the model is loaded once for the whole folder
    again = run("rewrite", str(inbox), "-o", str(out), "--model", str(tiny_chat_model))
    assert again.exit_code == 0
    assert "0 passed, 0 rejected, 0 errors, 3 skipped" in again.output


def test_missing_input_is_exit_2(tiny_chat_model, tmp_path) -> None:
    result = run("rewrite", str(tmp_path / "nope.txt"), "--model", str(tiny_chat_model))
    assert result.exit_code == 2
    assert "Input not found" in result.output


SHORT_ARTICLE = """Rouen : le pont Mathilde rouvre à la circulation

Le pont Mathilde de Rouen a rouvert lundi 5 novembre après deux ans de travaux, a annoncé la
préfecture. « Le chantier est terminé », a déclaré le préfet devant la presse.

Près de 80 000 véhicules empruntaient chaque jour cet ouvrage avant l'incendie de 2012.
"""


def test_real_tiny_model_cannot_pass_and_writes_no_article(tiny_chat_model, tmp_path) -> None:
    """The real llama.cpp path end to end: the tiny model's text fails the gate → exit 1."""
    source = tmp_path / "pont.txt"
    source.write_text(SHORT_ARTICLE, encoding="utf-8")
    out = tmp_path / "out"
    args = ["rewrite", str(source), "-o", f"{out}/", "--model", str(tiny_chat_model)]
    options = ["--max-rounds", "1", "--min-words", "100", "--threads", "2"]
    # The tiny tokenizer spells French almost letter by letter: give it room.
    result = run(*args, *options, env={"PLUME_PLAN_MAX_TOKENS": "64", "PLUME_N_CTX": "4096"})
    assert result.exit_code == 1, result.output
    assert sorted(p.name for p in out.iterdir()) == ["pont.report.json"]  # no article
    report = json.loads((out / "pont.report.json").read_text(encoding="utf-8"))
    assert report["passed"] is False
    assert report["failed"] and set(report["failed"]) <= set(HARD_CHECKS)
    for check in report["failed"]:
        assert f"\n  {check}" in result.output  # the report on stderr names each failed check
    assert [r["index"] for r in report["rounds"]] == [0, 1]
    assert report["rounds"][0]["regenerated"]
    assert report["rounds"][0]["generated_tokens"] > 0
    assert "Gate not met after 1 repair round(s)" in result.output
    calls = report["calls"]
    assert [c["step"] for c in calls[:2]] == ["plan", "intro"]
    # After the first call, llama.cpp re-evaluates only the tail of each prompt.
    assert all(c["prompt_evaluated"] < c["prompt_tokens"] for c in calls[1:])


def test_rejected_run_writes_report_and_on_request_the_named_draft(
    monkeypatch, corpus_dir, tiny_chat_model, tmp_path
) -> None:
    short = (REPO / "tests/data/drafts/failures/wikinews-05/section-too-short.md").read_text(
        encoding="utf-8"
    )
    failing = ScriptedGenerator("wikinews-05", {("section:4", n): short for n in range(1, 9)})
    use_scripted(monkeypatch, lambda: failing)
    out = tmp_path / "out"
    args = ["rewrite", str(corpus_dir / SEED), "-o", f"{out}/", "--model", str(tiny_chat_model)]
    result = run(*args, "--keyphrase", KEY, "--max-rounds", "1", "--keep-rejected")
    assert result.exit_code == 1
    stem = "wikinews-05-seed"
    assert sorted(p.name for p in out.iterdir()) == [
        f"{stem}.rejected.md",
        f"{stem}.report.json",
    ]
    report = json.loads((out / f"{stem}.report.json").read_text(encoding="utf-8"))
    assert report["failed"] == ["structure"]
    assert "structure [section:4]" in result.output
    rejected = parse_markdown((out / f"{stem}.rejected.md").read_text(encoding="utf-8"))
    assert rejected.title == failing.article.title

"""One rule for the minimum word count, on every entry point (issue 18): a minimum the user gives
explicitly (a flag, a form field, an API field) wins over the source's directive, which wins
over the settings. The source here asks for « at least 700 words »; each entry point is given
900 and must use 900 and say so, and with nothing given must use 700."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from engine.cli import cli
from engine.config import Settings
from tests.conftest import plume
from tests.netguard import no_network
from tests.scripted import ScriptedByText
from tests.serving import ROUEN, Server, call, wait_finished

REPO = Path(__file__).resolve().parent.parent
SEED = REPO / "tests" / "data" / "seeds" / "wikinews-22-seed.txt"  # asks for 700 words
GIVEN = "  min words: 900 (your --min-words; the source asks for 700)"
ASKED = "  min words: 700 (the directive)"
DRAFT = REPO / "tests" / "data" / "drafts" / "wikinews-22.md"  # about 800 words


def length_expected(report: dict) -> str:
    return next(c["expected"] for c in report["checks"] if c["id"] == "length")


@pytest.mark.parametrize(("given", "words", "said"), [(("--min-words", "900"), 900, GIVEN),
                                                      ((), 700, ASKED)])  # fmt: skip
def test_rewrite_writes_and_gates_for_the_rule(
    given: tuple[str, ...], words: int, said: str, tiny_chat_model: Path, tmp_path: Path
) -> None:
    out = tmp_path / "rouen.md"
    args = ("rewrite", str(SEED), "-o", str(out), "--model", str(tiny_chat_model), *given)
    done = plume(*args, env={"PLUME_MAX_ROUNDS": "0"})
    assert said in done.stderr.splitlines(), done.stderr
    report = json.loads(out.with_name("rouen.report.json").read_text(encoding="utf-8"))
    assert length_expected(report) == f"≥ {words}"


@pytest.mark.parametrize(("given", "said"), [(("--min-words", "900"), GIVEN), ((), ASKED)])
def test_inspect_shows_the_rule(given: tuple[str, ...], said: str) -> None:
    result = CliRunner().invoke(cli, ["inspect", str(SEED), *given])
    assert result.exit_code == 0, result.output
    assert said in result.stdout.splitlines()


@pytest.mark.parametrize(("given", "words"), [(("--min-words", "900"), 900), ((), 700)])
def test_check_gates_for_the_rule(given: tuple[str, ...], words: int, tmp_path: Path) -> None:
    article = tmp_path / "rouen.md"
    article.write_text(DRAFT.read_text(encoding="utf-8"), encoding="utf-8")
    args = ["check", str(article), "--source", str(SEED), *given]
    as_json = json.loads(CliRunner().invoke(cli, [*args, "--json"]).stdout)
    assert length_expected(as_json) == f"≥ {words}"
    origin = "given" if given else "directive"
    assert as_json["min_words"] == {"value": words, "from": origin, "source_asks": 700}
    table = CliRunner().invoke(cli, args).stdout.splitlines()
    assert ("min words:" + (GIVEN if given else ASKED).split(":", 1)[1]) in table


@pytest.mark.parametrize(("given", "words"), [(("--min-words", "900"), 900), ((), 700)])
def test_bench_article_writes_for_the_rule(
    given: tuple[str, ...], words: int, monkeypatch: pytest.MonkeyPatch, tiny_chat_model: Path
) -> None:
    from tests.scripted import use_scripted

    use_scripted(monkeypatch, ScriptedByText)
    monkeypatch.setenv("PLUME_MAX_ROUNDS", "0")
    args = ["bench", "--article", str(SEED), "--model", str(tiny_chat_model), *given]
    result = CliRunner().invoke(cli, [*args, "-o", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    origin = "given" if given else "directive"
    assert (data["min_words"], data["min_words_from"]) == (words, origin)
    assert (GIVEN if given else ASKED) in result.stderr.splitlines()


@pytest.fixture
def server(tmp_path: Path):
    settings = Settings(models_dir=tmp_path, data_dir=tmp_path / "data", threads=1, max_rounds=0)
    with no_network(loopback=True):
        running = Server(settings, ScriptedByText)
        yield running
        running.stop()


@pytest.mark.parametrize(("field", "words"), [({"min_words": 900}, 900), ({}, 700)])
def test_api_rewrite_writes_for_the_rule(server: Server, field: dict, words: int) -> None:
    answer = call("POST", f"{server.url}/api/rewrite", json_body={"text": ROUEN, **field})
    assert answer.status == 202, answer.body
    job = wait_finished(server, answer.json()["id"])
    said = (
        "min words: 900 (your min_words; the source asks for 700)"
        if field
        else "min words: 700 (the directive)"
    )
    assert job["progress"][0] == f"brief: keyphrase « pont Mathilde », {said}"
    assert (job.get("article") or job["rejected_draft"])["min_words"] == words
    assert length_expected(job["report"]) == f"≥ {words}"


@pytest.mark.parametrize(("field", "words"), [({"min_words": 900}, 900), ({}, 700)])
def test_api_check_and_brief_use_the_rule(server: Server, field: dict, words: int) -> None:
    article = DRAFT.read_text(encoding="utf-8")
    body = {"article": article, "source": ROUEN, **field}
    report = call("POST", f"{server.url}/api/check", json_body=body).json()
    assert length_expected(report) == f"≥ {words}"
    origin = "given" if field else "directive"
    assert report["min_words"] == {"value": words, "from": origin, "source_asks": 700}
    brief = call("POST", f"{server.url}/api/brief", json_body={"text": ROUEN, **field}).json()
    assert (brief["min_words"], brief["min_words_from"]) == (words, origin)

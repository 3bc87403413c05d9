"""What Plume says to an editor, and where (issue 20): true messages at the command line and in
the API, each in the place it is read. Real processes; generation, where any, is scripted."""

from __future__ import annotations

import os
import subprocess
import sys
from functools import partial
from pathlib import Path

import pytest

from tests.conftest import plume as run_plume

REPO = Path(__file__).resolve().parent.parent


plume = partial(run_plume, scripted=False)  # the real `plume ARGS` in a fresh process


def test_a_missing_input_is_said_before_the_missing_model(tmp_path: Path) -> None:
    empty = tmp_path / "models"
    empty.mkdir()
    done = plume(
        "rewrite",
        str(tmp_path / "nope.txt"),
        env={"PLUME_MODELS_DIR": str(empty), "PLUME_MODEL": ""},
    )
    assert done.returncode == 2, done.stderr
    assert done.stderr.splitlines()[0] == f"Error: Input not found: {tmp_path / 'nope.txt'}"
    assert "No model" not in done.stderr and "Traceback" not in done.stderr
    assert done.stdout == ""


def test_the_verdict_lists_the_last_round_and_names_the_kept_draft_and_why() -> None:
    """Round 0 fails `structure` (a short section); the repair writes a looping one instead:
    the last round fails `repetition`, and the first draft is the one kept."""
    from engine.brief import make_brief
    from engine.brief.source import read_source
    from engine.config import Settings
    from engine.output.report import verdict_lines
    from engine.write.rewriter import Rewriter
    from tests.scripted import DRAFTS, ScriptedGenerator

    failures = DRAFTS / "failures" / "wikinews-05"
    short = (failures / "section-too-short.md").read_text(encoding="utf-8")
    loop = (failures / "section-loop.md").read_text(encoding="utf-8")
    settings = Settings(max_rounds=2)
    generator = ScriptedGenerator("wikinews-05", {("section:4", 1): short, ("section:4", 2): loop})
    source = read_source(REPO / "tests" / "data" / "seeds" / "wikinews-05-seed.txt")
    brief = make_brief(source, settings, generator.article.keyphrase)
    result = Rewriter(generator, settings).rewrite(brief)
    assert [r.failed for r in result.rounds] == [("structure",), ("repetition",)]
    lines = verdict_lines(result)
    assert lines[0] == "Gate not met after 1 repair round(s); the last round failed: repetition."
    assert lines[1].startswith("Repairs stopped early (no progress: ")
    assert lines[2] == (
        "Kept draft: the first draft, which has the fewest failed hard findings (1; no later "
        "round had fewer); it failed: structure."
    )
    assert lines[3].startswith("  structure [section:4]: section:4 «") and len(lines) == 4


def test_the_command_line_keeps_its_own_advice(tmp_path: Path) -> None:
    rtf = tmp_path / "article.rtf"
    rtf.write_text("{\\rtf1 Le pont Mathilde a rouvert.}", encoding="utf-8")
    done = plume("inspect", str(rtf))
    assert done.returncode == 2
    assert done.stderr == (
        f"Error: {rtf}: unsupported file type '.rtf'.\n"
        "  → Give a .txt, .md or .html file. At the command line, - reads stdin.\n"
    )


def test_parallel_on_the_cpu_says_what_it_costs(tiny_chat_model: Path, caplog) -> None:
    from engine.config import Settings
    from engine.llm.local import load_generator

    settings = Settings(parallel=2, gpu_layers=0, n_ctx=1024, threads=1)
    load_generator(tiny_chat_model, settings).close()
    assert caplog.messages == [
        "--parallel 2 with the model on the CPU: the articles in flight share its cores, and "
        "batching does not pay on a CPU (measured on 2 cores: 23.8 tokens/s in one stream, 16.2 "
        "for two together; 29.0 articles/hour one at a time, 11.1 two at a time). --parallel 1 "
        "is faster here; keep N > 1 for a GPU or an inference server (--server)."
    ]
    caplog.clear()
    load_generator(tiny_chat_model, Settings(gpu_layers=0, n_ctx=1024, threads=1)).close()
    assert caplog.messages == []


def test_a_folder_lists_the_files_it_skips_and_why(tiny_chat_model: Path, tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "notes").write_text("x", encoding="utf-8")
    (inbox / "scan.pdf").write_bytes(b"%PDF-1.4\n")
    text = (REPO / "tests" / "data" / "seeds" / "wikinews-22-seed.txt").read_text(encoding="utf-8")
    (inbox / "rouen.txt").write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    done = run_plume("rewrite", str(inbox), "-o", str(out), "-q", "--model", str(tiny_chat_model))
    assert done.returncode == 0, done.stderr
    kinds = ".txt, .text, .md, .markdown, .html, .htm"
    assert [line for line in done.stderr.splitlines() if line.startswith("skipped")] == [
        f"skipped {inbox / 'notes'}: a file without a suffix, not an article (Plume reads {kinds})",
        f"skipped {inbox / 'scan.pdf'}: a .pdf file, not an article (Plume reads {kinds})",
    ]
    assert sorted(p.name for p in out.iterdir()) == ["rouen.md", "rouen.report.json"]


def test_rewrite_says_every_note_inspect_says(tiny_chat_model: Path, tmp_path: Path) -> None:
    """An English source with a debris line: `rewrite`'s start-up block has the notes of
    `inspect`, the language one first among them."""
    from tests.test_bad_input import ENGLISH, NOT_FRENCH

    source = tmp_path / "fire.txt"
    source.write_text(ENGLISH + "\nSource link -57\n", encoding="utf-8")
    inspected = plume("inspect", str(source))
    assert inspected.returncode == 0, inspected.stderr
    notes = [line for line in inspected.stdout.splitlines() if line.startswith("  note: ")]
    assert notes == ["  note: stripped debris: 'Source link -57'", f"  note: {NOT_FRENCH}"]
    out = tmp_path / "out"
    model = ("--model", str(tiny_chat_model), "--keyphrase", "pont Mathilde")
    done = run_plume("rewrite", str(source), "-o", f"{out}/", *model)
    assert done.returncode == 1, done.stderr  # the French draft has dates the English lacks
    err = done.stderr.splitlines()
    block = err.index(f"Plume understood {source}:")
    said = []
    for line in err[block + 1 :]:
        if not line.startswith("  "):
            break
        said.append(line)
    assert said[-2:] == notes


def call_at(rate: float, evaluated: int, generated: int, eval_rate: float = 100.0):
    """A recorded call that read `evaluated` tokens at `eval_rate` and wrote `generated` at
    `rate` tokens/s."""
    from engine.write.draft import Call

    ttft = evaluated / eval_rate
    return Call("section:0", 0, evaluated, evaluated, 0, generated, ttft + generated / rate,
                ttft * 1000, rate)  # fmt: skip


def test_time_left_comes_from_the_latest_calls_of_this_run() -> None:
    from engine.write.draft import time_left

    assert time_left([], [], [300]) is None
    # The plan read 1,500 tokens and wrote 700 at 25 tok/s; then the context filled and a
    # section wrote 300 at 10 tok/s. The two calls after it (budgets 400 and 400) are timed at
    # the speed of these two latest calls, and re-estimated when a third comes.
    plan, slow = call_at(25.0, 1500, 700), call_at(10.0, 400, 300)
    budgets = [700, 400]
    fill = (700 + 300) / (700 + 400)
    per_token = (700 / 25.0 + 300 / 10.0) / 1000
    per_prompt_token = (1500 / 100 + 400 / 100) / 1900
    tail = max(400, 300 + 150)  # what the section wrote, read back with the next task
    expected = 2 * (tail * per_prompt_token + 400 * fill * per_token)
    assert time_left([plan, slow], budgets, [400, 400]) == pytest.approx(expected)
    slower = call_at(5.0, 450, 400)
    assert time_left([plan, slow, slower], [*budgets, 400], [400]) > expected / 2 * 1.5


@pytest.mark.parametrize(
    "args",
    [
        ("inspect", "tests/data/wikinews/11.txt"),
        ("check", "tests/data/drafts/wikinews-22.md", "--source", "tests/data/wikinews/22.txt"),
    ],
)
def test_a_terminal_hears_at_once_that_the_french_model_loads(args: tuple[str, ...]) -> None:
    """On a terminal the loading is said before the seconds it takes; piped, nothing is."""
    import pty

    master, slave = pty.openpty()
    process = subprocess.Popen(
        [sys.executable, "-m", "engine", *args],
        stdout=subprocess.PIPE,
        stderr=slave,
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    os.close(slave)
    try:
        said = b""
        while not said.endswith(b"\n"):
            said += os.read(master, 1)
        still_working = process.poll() is None
    finally:
        stdout, _ = process.communicate(timeout=300)
        os.close(master)
    assert said.decode().strip() == "loading the French model…"
    assert still_working and process.returncode in (0, 1)
    piped = plume(*args)
    assert piped.stdout == stdout.decode() and "loading" not in piped.stderr


def test_a_long_source_may_be_several_stories(tmp_path: Path) -> None:
    wikinews = REPO / "tests" / "data" / "wikinews"
    stories = [
        (wikinews / f"{n}.txt").read_text(encoding="utf-8") for n in ("05", "11", "12", "22")
    ]
    one = plume("inspect", str(wikinews / "11.txt"))
    assert one.returncode == 0 and "may hold several stories" not in one.stdout
    many = tmp_path / "page.txt"
    many.write_text("\n\n".join(stories), encoding="utf-8")
    done = plume("inspect", str(many))
    assert done.returncode == 0, done.stderr
    notes = [line for line in done.stdout.splitlines() if "several stories" in line]
    # four titles, each over its dateline: the stories are counted, and listed below (E1)
    start = "  note: the source has 4 titles, each followed by a dateline (1,"
    assert len(notes) == 1 and notes[0].startswith(start), notes
    assert notes[0].endswith(
        " words): it may hold several stories, and Plume rewrites it as one article (give each "
        "story its own file to rewrite them apart)"
    )

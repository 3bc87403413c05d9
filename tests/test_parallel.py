"""The backend seam and `--parallel N`, on the scripted backend: which backend runs, articles
in flight at once giving the same files as one at a time, failures of one article listed while
the others go on, Ctrl-C with several in flight. (Through a real server: test_server.py.)"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from engine.config import Settings
from engine.errors import InputError, ServerError
from engine.llm import Backend, backend_name, open_backend
from engine.llm.local import LlamaBackend
from tests.scripted import ScriptedByText, use_scripted
from tests.test_bad_input import assert_refused, rewrite
from tests.test_faults import SOURCES, finished_articles
from tests.test_rewrite_cli import REPO, run


@pytest.fixture
def inbox(corpus_dir: Path, tmp_path: Path) -> Path:
    folder = tmp_path / "inbox"
    folder.mkdir()
    for name, corpus_file in SOURCES.items():
        shutil.copy(corpus_dir / corpus_file, folder / name)
    return folder


def without_date(text: str) -> str:
    """An article with its `generated:` time removed (the only line that may differ)."""
    return re.sub(r"(?m)^generated: .*\n", "", text)


def test_the_backend_is_chosen_by_name_or_by_a_server(tiny_chat_model: Path) -> None:
    assert backend_name(Settings()) == "llama"
    assert backend_name(Settings(server="http://127.0.0.1:8080")) == "openai"
    assert backend_name(Settings(server="http://127.0.0.1:8080", backend="llama")) == "llama"
    llama = open_backend(Settings(model=str(tiny_chat_model)))
    assert isinstance(llama, LlamaBackend) and isinstance(llama, Backend)
    assert llama.where() == f"model: {tiny_chat_model.resolve()}"
    with pytest.raises(InputError, match="Unknown backend 'vllm'") as err:
        open_backend(Settings(backend="vllm"))
    assert err.value.hint.startswith("Use one of: llama, openai")


def test_the_llama_backend_reports_its_file(tiny_chat_model: Path) -> None:
    backend = open_backend(Settings(model=str(tiny_chat_model), n_ctx=512, threads=1))
    info = backend.info()
    assert (info.name, info.backend, info.context_length) == ("tiny-chat", "llama", 512)
    assert info.path == str(tiny_chat_model.resolve()) and len(info.sha256) == 64
    assert info.server is None


def drafts(folder: Path) -> dict[str, str]:
    return {p.name: without_date(p.read_text()) for p in sorted(folder.glob("*.rejected.md"))}


def test_in_process_parallel_writes_what_one_at_a_time_writes(
    inbox: Path, tiny_chat_model: Path, tmp_path: Path
) -> None:
    """The real llama.cpp path: two articles in flight in one context (each its own sequence),
    every call of each decoded in the same batches as the other's, give the drafts one at a
    time gives. (The tiny model writes no article that passes: its drafts are compared.)"""
    (inbox / "colombie.txt").unlink()  # longer than the tiny model's context
    runs = {}
    for parallel in ("1", "2"):
        out = tmp_path / f"out{parallel}"
        args = ("-o", str(out), "--parallel", parallel, "--max-rounds", "0", "--keep-rejected")
        result = rewrite(tiny_chat_model, str(inbox), *args)
        assert result.exit_code == 1, result.output  # every article rejected by the gate
        runs[parallel] = drafts(out)
    assert sorted(runs["1"]) == ["rouen.rejected.md", "velo.rejected.md"]
    assert runs["2"] == runs["1"]


def test_in_process_parallel_that_does_not_fit_in_memory_is_refused(
    inbox: Path, tiny_chat_model: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import engine.llm.local

    size = tiny_chat_model.stat().st_size
    monkeypatch.setattr(engine.llm.local, "nvidia_gpus", lambda: [])
    monkeypatch.setattr(engine.llm.local, "memory_bytes", lambda: (None, size + 6_000_000))
    out = tmp_path / "out"
    result = rewrite(tiny_chat_model, str(inbox), "-o", str(out), "--parallel", "3")
    # The context sized for these articles is 5,376 tokens (the largest prompt a rewrite can
    # build); the tiny model's KV cache takes 512 bytes a token: 2.75 MB an article, two of
    # which fit beside the model.
    assert_refused(
        result,
        "--parallel 3 needs a KV cache of 3 × 5,376 tokens = 8.3 MB; with the model's 0.6 MB "
        "that is more than the 6.6 MB of memory available.",
        "Use --parallel 2, or give each article a smaller context (PLUME_N_CTX).",
        code=3,
    )
    assert not out.exists()


class AllInFlight(ScriptedByText):
    """The scripted replay, whose plan calls wait until `n` articles are planning at once:
    the run finishes only if `n` articles really are in flight together."""

    def __init__(self, n: int) -> None:
        super().__init__()
        self.together = threading.Barrier(n, timeout=60)

    def generate(self, messages, **kwargs):
        if "TÂCHE : le plan" in messages[-1]["content"]:
            self.together.wait()
        return super().generate(messages, **kwargs)


def test_parallel_writes_the_same_articles_as_one_at_a_time(
    monkeypatch, inbox: Path, tiny_chat_model: Path, tmp_path: Path
) -> None:
    serial, parallel = tmp_path / "serial", tmp_path / "parallel"
    use_scripted(monkeypatch, ScriptedByText)
    one = rewrite(tiny_chat_model, str(inbox), "-o", str(serial))
    assert one.exit_code == 0, one.output
    loaded = use_scripted(monkeypatch, lambda: AllInFlight(3))
    model = ("--model", str(tiny_chat_model))
    three = run("rewrite", str(inbox), "-o", str(parallel), *model, "--parallel", "3")
    assert three.exit_code == 0, three.output
    names = sorted(p.name for p in serial.iterdir())
    assert names == ["colombie.md", "rouen.md", "velo.md"]
    assert sorted(p.name for p in parallel.iterdir()) == names
    for name in names:
        written = (parallel / name).read_text(encoding="utf-8")
        assert without_date(written) == without_date((serial / name).read_text(encoding="utf-8"))
    # Progress lines say which article they are about; the summary keeps the input order.
    for name in ("colombie.txt", "rouen.txt", "velo.txt"):
        assert f"\n{inbox / name}: plan: " in three.output
    rows = [line.split()[0] for line in three.output.splitlines() if line.startswith(str(inbox))]
    rows = [row for row in rows if not row.endswith(":")]
    assert rows == [str(inbox / n) for n in ("colombie.txt", "rouen.txt", "velo.txt")]
    assert "3 passed, 0 rejected, 0 errors, 0 skipped" in three.output
    again = rewrite(tiny_chat_model, str(inbox), "-o", str(parallel), "--parallel", "3")
    assert "0 passed, 0 rejected, 0 errors, 3 skipped" in again.output
    assert len(loaded) == 1  # a rerun with nothing to do loads nothing


class ServerFailsOnColombie(ScriptedByText):
    def generate(self, messages, **kwargs):
        if "Duque" in messages[0]["content"]:
            raise ServerError("The server at http://127.0.0.1:9 answered HTTP 503 (busy).", "…")
        return super().generate(messages, **kwargs)


@pytest.mark.parametrize("parallel", ["1", "2"])
def test_a_server_failure_fails_that_article_only_and_the_run_exits_3(
    monkeypatch, inbox: Path, tiny_chat_model: Path, tmp_path: Path, parallel: str
) -> None:
    use_scripted(monkeypatch, ServerFailsOnColombie)
    out = tmp_path / "out"
    result = rewrite(tiny_chat_model, str(inbox), "-o", str(out), "--parallel", parallel)
    assert_refused(
        result,
        "2 passed, 0 rejected, 1 errors, 0 skipped",
        f"  {inbox / 'colombie.txt'}: The server at http://127.0.0.1:9 answered HTTP 503 (busy).",
        code=3,
    )
    assert finished_articles(out) == ["rouen.md", "velo.md"]


def test_interrupt_with_articles_in_flight_leaves_nothing_half_written(
    inbox: Path, tiny_chat_model: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    command = [sys.executable, "-m", "tests.interrupt_batch", "rewrite", str(inbox), "-o"]
    command += [str(out), "--model", str(tiny_chat_model), "-q", "--parallel", "2"]
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    proc = subprocess.Popen(
        command,
        cwd=REPO,
        env=env,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    deadline = time.monotonic() + 120
    while not (out.is_dir() and any(p.suffix == ".md" for p in out.iterdir())):
        assert proc.poll() is None, proc.stderr.read()
        assert time.monotonic() < deadline, "no article written in 120 s"
        time.sleep(0.02)
    proc.send_signal(signal.SIGINT)
    _, stderr = proc.communicate(timeout=60)
    assert proc.returncode == 130, stderr
    assert stderr.strip().splitlines()[-1].startswith("Interrupted: finished articles are kept")
    assert "Traceback" not in stderr
    done = finished_articles(out)  # whole articles only, no temp file
    assert 1 <= len(done) < len(SOURCES)
    rerun = subprocess.run(command, cwd=REPO, env=env, capture_output=True, text=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    assert finished_articles(out) == ["colombie.md", "rouen.md", "velo.md"]


def test_bench_reports_articles_per_hour_at_each_parallel(
    monkeypatch, inbox: Path, tiny_chat_model: Path
) -> None:
    """`plume bench --article FOLDER -np 1,3`: the folder rewritten at each N in turn."""
    levels = iter([ScriptedByText(), AllInFlight(3)])  # the second proves 3 were in flight
    loaded = use_scripted(monkeypatch, lambda: next(levels))
    model = ("--model", str(tiny_chat_model))
    result = run("bench", "--article", str(inbox), "-np", "1,3", *model, "-o", "json")
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert [(r["parallel"], r["articles"], r["passed"]) for r in rows] == [(1, 3, 3), (3, 3, 3)]
    for row in rows:
        assert row["articles_per_hour"] == pytest.approx(3600 * 3 / row["wall_s"], rel=1e-3)
        assert set(row) >= {"n_threads", "load_avg_start", "cpu_cores", "thread_waits"}
    assert len(loaded) == 2  # one model per level
    assert not loaded[1].together.broken


def test_bench_folder_on_the_real_model_at_parallel_2(inbox: Path, tiny_chat_model: Path) -> None:
    (inbox / "colombie.txt").unlink()  # longer than the tiny model's context
    args = ("--article", str(inbox), "-np", "2", "--model", str(tiny_chat_model))
    result = run("bench", *args, env={"PLUME_MAX_ROUNDS": "0", "PLUME_THREADS": "1"})
    assert result.exit_code == 0, result.output
    table = result.stdout.splitlines()
    assert table[0] == ("| parallel | articles | passed | model load | wall time | articles/hour |")
    assert re.fullmatch(r"\| 2 \| 2 \| 0 \| \d+\.\d s \| \d+\.\d s \| \d+\.\d \|", table[2])
    assert re.fullmatch(
        r"-np 2: conditions: threads 1 on \d+ physical cores; waiting threads: "
        r"(GOMP_SPINCOUNT|OMP_WAIT_POLICY)=.+; load average at start \d+\.\d\d \(1 min\)",
        table[4],
    )

"""Faults injected into real runs: Ctrl-C in the middle of a batch, a full or read-only disk,
the model file removed or truncated between runs, llama.cpp failing to allocate or to decode.
Each ends with a clear message and the design's exit code; nothing written is ever lost."""

from __future__ import annotations

import errno
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import engine.output.files
from engine.config import Settings
from engine.errors import ModelError
from engine.output.article import parse_markdown
from tests.test_bad_input import assert_refused, rewrite
from tests.test_rewrite_cli import REPO, scripted  # noqa: F401 - the fixture

SOURCES = {
    "rouen.txt": "wikinews/22.txt",
    "colombie.txt": "seeds/wikinews-05-seed.txt",
    "velo.txt": "wikinews/12.txt",
}


@pytest.fixture
def inbox(corpus_dir: Path, tmp_path: Path) -> Path:
    folder = tmp_path / "inbox"
    folder.mkdir()
    for name, corpus_file in SOURCES.items():
        shutil.copy(corpus_dir / corpus_file, folder / name)
    return folder


def finished_articles(out: Path) -> list[str]:
    """Names of the complete articles in `out`; fails on any temp or partial file."""
    names = sorted(p.name for p in out.iterdir())
    for name in names:
        assert not name.startswith(".") and name.endswith(".md"), names
        assert parse_markdown((out / name).read_text(encoding="utf-8")).meta["words"]
    return names


def test_interrupt_mid_batch_keeps_finished_files_and_a_rerun_finishes(
    inbox, tiny_chat_model, tmp_path
) -> None:
    out = tmp_path / "out"
    command = [sys.executable, "-m", "tests.interrupt_batch", "rewrite", str(inbox), "-o"]
    command += [str(out), "--model", str(tiny_chat_model), "-q"]
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    proc = subprocess.Popen(
        command,
        cwd=REPO,
        env=env,
        stderr=subprocess.PIPE,
        text=True,
        # A shell's background job inherits SIGINT ignored, and Python keeps it so: give the
        # child the default disposition, as a terminal would.
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    deadline = time.monotonic() + 120
    while not (out.is_dir() and any(p.suffix == ".md" for p in out.iterdir())):
        assert proc.poll() is None, proc.stderr.read()
        assert time.monotonic() < deadline, "no article written in 120 s"
        time.sleep(0.05)
    proc.send_signal(signal.SIGINT)
    _, stderr = proc.communicate(timeout=60)
    assert proc.returncode == 130, stderr
    assert stderr.strip().splitlines()[-1] == (
        "Interrupted: finished articles are kept, none is half-written; "
        "run the same command again to do the rest."
    )
    assert "Traceback" not in stderr
    done = finished_articles(out)
    assert 1 <= len(done) < len(SOURCES)
    rerun = subprocess.run(command, cwd=REPO, env=env, capture_output=True, text=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    assert f"{len(done)} skipped" in rerun.stderr
    assert finished_articles(out) == ["colombie.md", "rouen.md", "velo.md"]


@pytest.mark.parametrize(
    ("target", "code", "reason"),
    [
        ("replace", errno.ENOSPC, "No space left on device"),
        ("mkstemp", errno.EROFS, "Read-only file system"),
    ],
)
def test_full_or_read_only_disk_is_exit_3_and_loses_nothing(
    scripted,  # noqa: F811
    inbox,
    tiny_chat_model,
    tmp_path,
    monkeypatch,
    target,
    code,
    reason,
) -> None:
    out = tmp_path / "out"
    module = engine.output.files.os if target == "replace" else engine.output.files.tempfile
    real = getattr(module, target)
    calls: list[object] = []

    def second_write_fails(*args, **kwargs):
        probe = kwargs.get("prefix", "").startswith(".plume-probe.")
        if probe or str(out) not in f"{args}{kwargs}":  # the check before the run; the model's
            return real(*args, **kwargs)  # checksum record beside it: the disk is fine for them
        calls.append(args)
        if len(calls) == 2:  # the first article is written, the disk fills on the second
            raise OSError(code, os.strerror(code))
        return real(*args, **kwargs)

    monkeypatch.setattr(module, target, second_write_fails)
    result = rewrite(tiny_chat_model, str(inbox), "-o", str(out))
    assert_refused(
        result,
        f"Cannot write {out / 'rouen.md'}: {reason}.",
        "Free some disk space or choose a folder you can write to (-o).",
        code=3,
    )
    assert finished_articles(out) == ["colombie.md"]  # intact; no temp file left behind
    monkeypatch.setattr(module, target, real)
    again = rewrite(tiny_chat_model, str(inbox), "-o", str(out))
    assert again.exit_code == 0, again.output
    assert "2 passed, 0 rejected, 0 errors, 1 skipped" in again.output
    assert finished_articles(out) == ["colombie.md", "rouen.md", "velo.md"]


def test_model_truncated_or_removed_between_runs(
    scripted,  # noqa: F811
    corpus_dir,
    tiny_chat_model,
    tmp_path,
) -> None:
    model = tmp_path / "model.gguf"
    shutil.copy(tiny_chat_model, model)
    source = str(corpus_dir / "wikinews/22.txt")
    first = rewrite(model, source, "-o", str(tmp_path / "a.md"))
    assert first.exit_code == 0, first.output
    size = model.stat().st_size
    with model.open("r+b") as fh:
        fh.truncate(size // 2)
    truncated = rewrite(model, source, "-o", str(tmp_path / "b.md"))
    assert_refused(
        truncated,
        f"Truncated GGUF file: {model} has {size // 2:,} bytes, its header needs {size:,}.",
        "Copy the file again from its source",
        code=3,
    )
    model.unlink()
    removed = rewrite(model, source, "-o", str(tmp_path / "c.md"))
    assert_refused(removed, f"Model file not found: {model}", code=3)
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".md") == ["a.md"]
    assert len(scripted) == 1  # neither failed run got as far as loading


def test_llama_cpp_failing_to_allocate_is_exit_3_with_a_hint(
    corpus_dir, tiny_chat_model, tmp_path, monkeypatch
) -> None:
    from engine.llm.llama.binding import llama_cpp

    def no_memory(model, params):  # what llama.cpp returns when the KV cache won't fit
        return None

    monkeypatch.setattr(llama_cpp, "llama_init_from_model", no_memory)
    out = tmp_path / "out"
    result = rewrite(tiny_chat_model, str(corpus_dir / "wikinews/22.txt"), "-o", f"{out}/")
    assert_refused(
        result,
        "llama.cpp could not create a context of ",
        " for tiny-chat.gguf.",
        "try a smaller context (PLUME_N_CTX) or fewer --gpu-layers.",
        code=3,
    )
    assert not out.exists()


def test_decode_failure_during_generation_is_a_model_error(tiny_chat_model, monkeypatch) -> None:
    from engine.llm.llama import LlamaGenerator
    from engine.llm.llama.binding import llama_cpp

    generator = LlamaGenerator(tiny_chat_model, Settings(n_ctx=512, threads=1, gpu_layers=0))
    decode = llama_cpp.llama_decode

    def decode_fails_after_the_prompt(ctx, batch):
        if batch.n_tokens == 1:  # a generated token: the KV cache is full, say
            return -3
        return decode(ctx, batch)

    monkeypatch.setattr(llama_cpp, "llama_decode", decode_fails_after_the_prompt)
    try:
        with pytest.raises(ModelError, match="llama_decode returned -3") as err:
            generator.generate([{"role": "user", "content": "Bonjour"}], max_tokens=8)
        assert "smaller context" in err.value.hint
    finally:
        generator.close()

"""The soak: 200 articles through the batch path with the scripted model, in a fresh process.
Memory stays flat, no file descriptor leaks, and every article is accounted for."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import pytest

from tests.test_rewrite_cli import REPO

ARTICLES = 200
BAD = {"a050.txt": b"", "a100.txt": b"\x00\x01binary", "a150.txt": b" \n\t\n", "a199.txt": b"\x00"}
PEAK_GROWTH_KIB = 32 * 1024  # after 10 articles everything is loaded; the rest may not add 32 MiB


@pytest.mark.slow
def test_200_articles_memory_flat_no_fd_leak_all_accounted_for(corpus_dir, tmp_path) -> None:
    inbox, out = tmp_path / "inbox", tmp_path / "out"
    inbox.mkdir()
    for n in range(ARTICLES):
        name = f"a{n:03}.txt"
        if name in BAD:
            (inbox / name).write_bytes(BAD[name])
        else:
            shutil.copy(corpus_dir / "wikinews/22.txt", inbox / name)
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    command = [sys.executable, "-m", "tests.soak_batch", str(inbox), str(out)]
    run = subprocess.run(command, cwd=REPO, env=env, capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr
    result = json.loads(run.stdout)
    print(json.dumps(result["figures"]))  # the figures for the report (pytest -s)

    assert result["statuses"] == {"passed": ARTICLES - len(BAD), "error": len(BAD)}
    errors = sorted(os.path.basename(n) for n, s in result["outcomes"].items() if s == "error")
    assert errors == sorted(BAD)
    written = sorted(p.name for p in out.iterdir())
    assert written == sorted(f"a{n:03}.md" for n in range(ARTICLES) if f"a{n:03}.txt" not in BAD)

    at = {int(k): v for k, v in result["figures"].items()}
    assert sorted(at) == [10, 100, ARTICLES]
    assert at[ARTICLES]["VmHWM"] - at[10]["VmHWM"] <= PEAK_GROWTH_KIB, at
    assert at[ARTICLES]["fds"] == at[100]["fds"] == at[10]["fds"], at

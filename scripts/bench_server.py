"""Articles per hour: in-process against llama-server, one article at a time and several.

    python -m scripts.bench_server MODEL.gguf INBOX [--slots 4] [--threads N] [--context 8192]

Starts llama.cpp's `llama-server` (built by `make llama-server`) on 127.0.0.1 with `--slots`
slots, then times `plume rewrite INBOX` three ways in one run: the in-process backend, the
server at `--parallel 1`, the server at `--parallel SLOTS`. Every article costs the same when
PLUME_MAX_ROUNDS=0 (set here unless given); PLUME_MIN_WORDS shrinks them. Prints a Markdown
table with the machine's load (`uptime`) before and after. Not a test: a measurement.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from scripts import llama_server

REPO = Path(__file__).resolve().parent.parent


def load() -> str:
    return subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip()


def rewrite(inbox: Path, out: Path, env: dict[str, str], *args: str) -> float:
    command = [sys.executable, "-m", "engine", "rewrite", str(inbox), "-o", str(out), "-q"]
    started = time.perf_counter()
    done = subprocess.run([*command, *args], cwd=REPO, env=env, capture_output=True, text=True)
    seconds = time.perf_counter() - started
    if done.returncode not in (0, 1):  # 1: the gate (a shape-alike writes no French)
        raise SystemExit(f"plume failed ({done.returncode}):\n{done.stderr[-3000:]}")
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("model", type=Path)
    parser.add_argument("inbox", type=Path)
    parser.add_argument("--slots", type=int, default=4)
    parser.add_argument("--threads", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--context", type=int, default=8192, help="tokens per slot")
    options = parser.parse_args()
    articles = sum(1 for p in options.inbox.iterdir() if p.suffix in (".txt", ".md", ".html"))
    env = {"PLUME_MAX_ROUNDS": "0", **os.environ, "PLUME_THREADS": str(options.threads)}
    print(f"load before: {load()}", flush=True)
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        seconds = rewrite(options.inbox, work / "local", env, "--model", str(options.model))
        results.append(("in-process", 1, seconds))
        print(f"in-process: {seconds:.1f} s", flush=True)
        server = llama_server.start(
            options.model,
            work / "server.log",
            slots=options.slots,
            context=options.context,
            threads=options.threads,
        )
        try:
            for parallel in (1, options.slots):
                out = work / f"server-{parallel}"
                seconds = rewrite(
                    options.inbox, out, env, "--server", server.url, "--parallel", str(parallel)
                )
                results.append((f"llama-server -np {options.slots}", parallel, seconds))
                print(f"server, --parallel {parallel}: {seconds:.1f} s", flush=True)
        finally:
            server.stop()
    print(f"load after: {load()}\n")
    base = 3600 * articles / results[0][2]
    print(f"{articles} articles, {options.model.name}, {options.threads} threads\n")
    print("| backend | --parallel | wall time | articles/hour | vs in-process |")
    print("| --- | ---: | ---: | ---: | ---: |")
    for backend, parallel, seconds in results:
        rate = 3600 * articles / seconds
        print(f"| {backend} | {parallel} | {seconds:.1f} s | {rate:.1f} | {rate / base:.2f}× |")


if __name__ == "__main__":
    main()

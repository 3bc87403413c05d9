"""Rewrite a few articles with each real model of the test tier and print what happened.

    python -m scripts.real_model_table [PLUME_ARGS…]   (after `make real-models`)

For each model (build/real-models/) and each input (the two seed-style prompts and three
Wikinews articles of tests/data), one `plume rewrite` in a subprocess, then one table row: the
hard checks failed in round 0 and after the last round, words written, wall time, generation
tokens/s, repair rounds used and why they stopped. Set PLUME_THREADS and friends in the
environment; the machine's load average is printed before and after each run.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from scripts.real_models import GEMMA, SMOLLM2

REPO = Path(__file__).resolve().parent.parent
MODELS = REPO / "build" / "real-models"
INPUTS = (
    "seeds/wikinews-05-seed.txt",
    "seeds/wikinews-12-seed.txt",
    "wikinews/22.txt",
    "wikinews/08.txt",
    "wikinews/19.txt",
)


def run(model: Path, source: Path, extra: list[str], out: Path) -> dict[str, object]:
    command = [sys.executable, "-m", "engine", "rewrite", str(source), "--model", str(model)]
    command += ["-o", f"{out}/", "--keep-rejected", "-q", *extra]
    load = os.getloadavg()[0]
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, cwd=REPO)
    wall = time.perf_counter() - started
    report_file = out / f"{source.stem}.report.json"
    if not report_file.is_file():
        return {"exit": done.returncode, "error": done.stderr.strip().splitlines()[-1:]}
    report = json.loads(report_file.read_text(encoding="utf-8"))
    draft = next(out.glob(f"{source.stem}.*md"), None)
    words = 0
    if draft is not None:
        body = draft.read_text(encoding="utf-8").split("\n---\n", 1)[-1]
        words = len([w for w in body.split() if not w.startswith("#")])
    calls = report["calls"]
    generated = sum(c["generated_tokens"] for c in calls)
    seconds = sum(c["seconds"] for c in calls)
    return {
        "exit": done.returncode,
        "round0": report["rounds"][0]["failed"],
        "last": report["failed"],
        "words": words,
        "wall_s": round(wall, 1),
        "total_s": round(report["timings"]["total_s"], 1),
        "tokens": generated,
        "tok_s": round(generated / seconds, 1) if seconds else 0.0,
        "rounds": len(report["rounds"]) - 1,
        "stopped": report.get("stopped", ""),
        "load": (round(load, 1), round(os.getloadavg()[0], 1)),
    }


def main(extra: list[str]) -> int:
    print(
        "| model | input | exit | failed, round 0 | failed, last round | words | time s "
        "| gen tok/s | repair rounds | stopped | load before/after |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    for name in INPUTS:  # both models on each input in turn: a cut-short run covers both
        for model in (GEMMA, SMOLLM2):
            with tempfile.TemporaryDirectory() as tmp:
                row = run(MODELS / model.file, REPO / "tests" / "data" / name, extra, Path(tmp))
            if "error" in row:
                print(f"| {model.file} | {name} | {row['exit']} | error: {row['error']} |")
                continue
            print(
                f"| {model.file} | {name} | {row['exit']} | {', '.join(row['round0'])} | "
                f"{', '.join(row['last'])} | {row['words']} | {row['total_s']} | {row['tok_s']} | "
                f"{row['rounds']} | {row['stopped']} | {row['load'][0]}/{row['load'][1]} |",
                flush=True,
            )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

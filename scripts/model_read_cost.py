"""What reading a GGUF into memory costs against mapping it (issue 21): Plume reads the model
(llama.cpp's LLAMA_LOAD_MODE_NONE) so that a file truncated in place cannot kill the process
with SIGBUS; llama.cpp's default maps it (AUTO: mmap on a CPU). Each run is a fresh process:
the time to load the model and create its context, the process's memory after the load
(resident: anonymous and file-backed), the time of a first generation of 32 tokens, and the
memory after it. Runs alternate the modes; the page cache is warm (the files were read just
before), so the load times compare the two ways of getting the bytes, not the disk.

    python -m scripts.model_read_cost build/real-models/*.gguf [--rounds 3] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

MODES = ("mapped", "read")


def memory() -> dict[str, int]:
    """Resident memory of this process in MiB: total, anonymous, file-backed."""
    fields = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        key, _, value = line.partition(":")
        if key in ("VmRSS", "RssAnon", "RssFile"):
            fields[key] = round(int(value.split()[0]) / 1024)
    return fields


def one(model: Path, mode: str) -> dict[str, object]:
    """In this process: load `model` as `mode` says, generate once, measure."""
    from engine.config import Settings
    from engine.llm.llama import LlamaGenerator
    from engine.llm.llama.binding import llama_cpp

    if mode == "mapped":  # llama.cpp's defaults, as Plume had them before issue 21
        load = llama_cpp.llama_model_load_from_file

        def mapped(path, params):  # noqa: ANN001, ANN202
            params.load_mode = llama_cpp.LLAMA_LOAD_MODE_AUTO
            params.lazy_mode = llama_cpp.LLAMA_LAZY_MODE_AUTO
            return load(path, params)

        llama_cpp.llama_model_load_from_file = mapped
    started = time.perf_counter()
    generator = LlamaGenerator(model, Settings(n_ctx=2048, threads=2, gpu_layers=0))
    loaded = time.perf_counter() - started
    after_load = memory()
    started = time.perf_counter()
    generator.generate([{"role": "user", "content": "Écris une phrase."}], max_tokens=32)
    first = time.perf_counter() - started
    return {
        "model": model.name,
        "mode": mode,
        "load_s": round(loaded, 3),
        "first_generation_s": round(first, 3),
        "after_load_mib": after_load,
        "after_generation_mib": memory(),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("models", nargs="+", type=Path)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--one", choices=MODES, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(one(args.models[0], args.one)))
        return
    for model in args.models:
        model.read_bytes()  # warm the page cache for both modes alike
    rows = []
    for n in range(args.rounds):
        for model in args.models:
            for mode in MODES if n % 2 == 0 else MODES[::-1]:
                command = [sys.executable, "-m", "scripts.model_read_cost", str(model)]
                done = subprocess.run(
                    [*command, "--one", mode], capture_output=True, text=True, check=True
                )
                rows.append(json.loads(done.stdout.strip().splitlines()[-1]))
    summary = []
    for model in args.models:
        for mode in MODES:
            mine = [r for r in rows if r["model"] == model.name and r["mode"] == mode]
            summary.append(
                {
                    "model": model.name,
                    "mode": mode,
                    "load_s": statistics.median(r["load_s"] for r in mine),
                    "first_generation_s": statistics.median(r["first_generation_s"] for r in mine),
                    "after_load_mib": mine[-1]["after_load_mib"],
                    "after_generation_mib": mine[-1]["after_generation_mib"],
                }
            )
    figures = {"load": os.getloadavg(), "rounds": args.rounds, "summary": summary}
    if args.json:
        print(json.dumps(figures, indent=2))
        return
    print(f"load average at the end: {figures['load']}; medians of {args.rounds} runs")
    for row in summary:
        print(row)


if __name__ == "__main__":
    main()

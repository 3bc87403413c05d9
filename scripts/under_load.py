"""Generation speed when another process keeps a core busy: threads and OpenMP's wait policy.

llama.cpp's CPU threads meet at a barrier after every operation of the graph. llama-cpp-python
builds ggml with OpenMP, whose idle threads spin (GOMP_SPINCOUNT, ~300k rounds) before they
sleep: with every core taken, a spinning thread burns the time slice its partner needs. Each
configuration runs `plume bench` (tg only) in a fresh process, since libgomp reads its
environment once when it loads; the configurations alternate order between rounds, once with
no added load and once beside `yes > /dev/null` processes (one per core, `--hogs N`).

    python -m scripts.under_load build/models/qwen2.5-0.5b-shape-Q4_K_M.gguf [--rounds 2]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from contextlib import contextmanager
from pathlib import Path

CONFIGS = [  # (label, threads, extra environment)
    # libgomp's own default: spin 300,000 rounds, then sleep (Plume's default before PASSIVE)
    ("threads 2, GOMP_SPINCOUNT=300000", 2, {"GOMP_SPINCOUNT": "300000"}),
    ("threads 2, GOMP_SPINCOUNT=10000", 2, {"GOMP_SPINCOUNT": "10000"}),
    ("threads 2, OMP_WAIT_POLICY=PASSIVE", 2, {"OMP_WAIT_POLICY": "PASSIVE"}),
    ("threads 1", 1, {}),
]


def tg(model: Path, threads: int, env: dict[str, str], n_gen: int, reps: int) -> float:
    command = [
        sys.executable, "-m", "engine", "bench", "--model", str(model), "-p", "0",
        "-n", str(n_gen), "-r", str(reps), "-t", str(threads), "-o", "jsonl",
    ]  # fmt: skip
    done = subprocess.run(
        command, env={**os.environ, **env}, capture_output=True, text=True, check=True
    )
    return json.loads(done.stdout.splitlines()[-1])["avg_ts"]


@contextmanager
def hogs(n: int):
    procs = [
        subprocess.Popen(["yes"], stdout=subprocess.DEVNULL)  # noqa: S607
        for _ in range(n)
    ]
    try:
        yield
    finally:
        for proc in procs:
            proc.kill()
            proc.wait()


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("model", type=Path)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--hogs", type=int, default=1, help="busy processes beside the run")
    parser.add_argument("-n", type=int, default=64, help="tokens generated per repetition")
    parser.add_argument("-r", type=int, default=2, help="repetitions")
    args = parser.parse_args(argv)
    print(f"load before: {os.getloadavg()[0]:.2f}; model {args.model.name}; tg{args.n} × {args.r}")
    for load in (0, args.hogs):
        with hogs(load):
            for round_ in range(args.rounds):
                order = CONFIGS if round_ % 2 == 0 else CONFIGS[::-1]
                for label, threads, env in order:
                    rate = tg(args.model, threads, env, args.n, args.r)
                    print(
                        f"busy processes {load}  round {round_}  {label:36} {rate:7.2f} t/s  "
                        f"(load {os.getloadavg()[0]:.2f})",
                        flush=True,
                    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

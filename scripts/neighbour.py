"""A neighbour for scripts/under_load.py: another llama.cpp process on the same box, generating
forever, its threads waiting as its environment says (under_load gives it libgomp's default,
300,000 spinning rounds) — the newsroom's case of several Plume or llama.cpp processes on one
machine, and the load that made the "turn-2" figures (other engineers' llama.cpp tests).

    GOMP_SPINCOUNT=300000 python -m scripts.neighbour MODEL [THREADS]

It says `ready: <how its threads wait>` once its first token is made, then the count of tokens
made so far, at most every quarter of a second, until it is stopped.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

REPORT_EVERY_S = 0.25
CONTEXT = 128  # tokens; the cache is emptied when it is full, and generation goes on


def main(argv: list[str]) -> int:
    from engine.llm.llama.binding import THREAD_WAITS
    from engine.llm.llama.measure import BenchModel
    from engine.models.system import physical_cores

    model = BenchModel(Path(argv[0]), n_gpu_layers=0)
    threads = int(argv[1]) if len(argv) > 1 else physical_cores()
    ctx = model.context(
        n_ctx=CONTEXT, n_batch=CONTEXT, n_ubatch=CONTEXT, threads=threads, flash_attn=-1
    )
    ctx.generate(1)
    print(f"ready: {THREAD_WAITS}", flush=True)
    made, said = 1, time.monotonic()
    while True:
        ctx.clear()
        for _ in range(CONTEXT):
            ctx.generate(1)
            made += 1
            if time.monotonic() - said >= REPORT_EVERY_S:
                print(made, flush=True)
                said = time.monotonic()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

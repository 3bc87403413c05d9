"""How much Plume's generation loop costs per token, against llama.cpp's own decode rate.

Plume generates `n_tokens` tokens on the model; the loop's rate (tokens after the first ÷ wall
time after the first) is divided by llama.cpp's own decode rate in the same run
(`llama_perf_context`: n_eval ÷ t_eval_ms). 1.00 means the loop adds nothing to the decode.
It runs twice: sampling on the CPU after each decode, then inside the decode graph (backend
sampling), and repeats the pair `reps` times, alternating the order.

    python -m scripts.loop_overhead build/models/qwen2.5-0.5b-shape-Q4_K_M.gguf 1500 [reps]
"""

from __future__ import annotations

import sys
from pathlib import Path

from engine.config import Settings
from engine.llm.llama import LlamaGenerator

PROMPT = [{"role": "user", "content": "Réécris l'article sur la sécurité du voisinage sud."}]


def measure(path: Path, settings: Settings, n_tokens: int) -> tuple[int, float, float, bool]:
    generator = LlamaGenerator(path, settings)
    try:
        timings = generator.generate(PROMPT, max_tokens=n_tokens).timings
        backend = generator.sampled_on_backend
    finally:
        generator.close()
    return timings.generated_tokens, timings.generation_tps, timings.eval_tps, backend


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__, file=sys.stderr)
        return 2
    path = Path(argv[0])
    n_tokens = int(argv[1]) if len(argv) > 1 else 1500
    reps = int(argv[2]) if len(argv) > 2 else 1
    base = Settings.from_env(n_ctx=n_tokens + 256)
    modes = [("cpu sampling", 0), ("backend sampling", 1)]
    print(f"model {path.name}, {n_tokens} tokens asked, threads {base.threads or 'auto'}")
    for rep in range(reps):
        for name, flag in modes if rep % 2 == 0 else modes[::-1]:
            count, loop_tps, eval_tps, backend = measure(
                path, base.replace(backend_sampling=flag), n_tokens
            )
            where = "in the graph" if backend else "on the CPU"
            print(
                f"{name:17} ({where:12}) {count:5} tokens  loop {loop_tps:7.2f} t/s  "
                f"llama.cpp eval {eval_tps:7.2f} t/s  ratio {loop_tps / eval_tps:.3f}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

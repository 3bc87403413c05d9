"""How much Python costs per generated token: Plume's loop against llama-cpp-python's.

Both generate the same number of tokens on the same model; each rate (tokens after the first ÷
wall time after the first) is divided by llama.cpp's own decode rate for that run
(`llama_perf_context`: n_eval ÷ t_eval_ms). 1.00 means the loop adds nothing to the decode.

    python -m scripts.loop_overhead build/models/qwen2.5-0.5b-shape-Q4_K_M.gguf 1500
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from engine.config import Settings
from engine.llm.llama import LlamaGenerator
from engine.llm.llama.binding import context_pointer, llama_cpp

PROMPT = [{"role": "user", "content": "Réécris l'article sur la sécurité du voisinage sud."}]


def plume_ratio(generator: LlamaGenerator, n_tokens: int) -> tuple[int, float, float]:
    timings = generator.generate(PROMPT, max_tokens=n_tokens).timings
    return timings.generated_tokens, timings.generation_tps, timings.eval_tps


def create_completion_ratio(generator: LlamaGenerator, n_tokens: int) -> tuple[int, float, float]:
    llama, settings = generator._llama, generator.settings
    prompt = generator.render(PROMPT)
    llama.reset()
    llama_cpp.llama_perf_context_reset(context_pointer(llama))
    count, first = 0, 0.0
    stream = llama.create_completion(
        prompt,
        max_tokens=n_tokens,
        temperature=settings.temperature,
        top_k=settings.top_k,
        top_p=settings.top_p,
        min_p=0.0,
        repeat_penalty=settings.repeat_penalty,
        stream=True,
    )
    for _ in stream:
        count += 1
        if count == 1:
            first = time.perf_counter()
    span = time.perf_counter() - first
    perf = llama_cpp.llama_perf_context(context_pointer(llama))
    return count, (count - 1) / span, 1000.0 * perf.n_eval / perf.t_eval_ms


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__, file=sys.stderr)
        return 2
    n_tokens = int(argv[1]) if len(argv) > 1 else 1500
    settings = Settings.from_env(n_ctx=n_tokens + 256)
    generator = LlamaGenerator(Path(argv[0]), settings)
    print(f"model {generator.name}, {generator.threads} threads, {n_tokens} tokens asked")
    for name, measure in (("plume", plume_ratio), ("create_completion", create_completion_ratio)):
        count, loop_tps, eval_tps = measure(generator, n_tokens)
        print(
            f"{name:18} {count:5} tokens  loop {loop_tps:7.2f} t/s  "
            f"llama.cpp eval {eval_tps:7.2f} t/s  ratio {loop_tps / eval_tps:.3f}"
        )
    generator.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

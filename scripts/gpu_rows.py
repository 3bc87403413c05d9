"""The table of scripts/gpu_figures.sh, from the files its steps wrote (one folder).

python -m scripts.gpu_rows OUT_DIR MODEL
"""

from __future__ import annotations

import json
import re
import statistics
import sys
from pathlib import Path

LOOP_LINE = re.compile(
    r"^(?P<mode>cpu sampling|backend sampling)\s+\((?P<where>[^)]*)\)\s+(?P<n>\d+) tokens\s+"
    r"loop\s+(?P<loop>[\d.]+) t/s\s+llama\.cpp eval\s+(?P<eval>[\d.]+) t/s\s+"
    r"ratio (?P<ratio>[\d.]+)"
)


def jsonl(path: Path) -> list[dict]:
    if not path.is_file():
        return []
    return [json.loads(line) for line in path.read_text().splitlines() if line.startswith("{")]


def mean_rates(records: list[dict]) -> dict[str, tuple[float, int]]:
    """llama-bench's records (or plume bench's) → {"pp512": (mean t/s, runs), "tg128": …}."""
    by_test: dict[str, list[float]] = {}
    for r in records:
        test = f"pp{r['n_prompt']}" if r["n_prompt"] else f"tg{r['n_gen']}"
        by_test.setdefault(test, []).append(float(r["avg_ts"]))
    return {test: (statistics.fmean(rates), len(rates)) for test, rates in by_test.items()}


def rows(out: Path) -> list[str]:
    lines = ["| row | Plume | llama.cpp | Plume ÷ llama.cpp |", "|---|---:|---:|---:|"]
    loop: dict[tuple[str, str, str], list[re.Match]] = {}
    text = (out / "loop.txt").read_text() if (out / "loop.txt").is_file() else ""
    for line in text.splitlines():
        m = LOOP_LINE.match(line.strip())
        if m:
            loop.setdefault((m["mode"], m["where"].strip(), m["n"]), []).append(m)
    for (mode, where, n), runs in loop.items():
        mean = {k: statistics.fmean(float(m[k]) for m in runs) for k in ("loop", "eval", "ratio")}
        lines.append(
            f"| token loop, {mode} ({where}), {n} tokens, mean of {len(runs)} | "
            f"{mean['loop']:.1f} t/s | {mean['eval']:.1f} t/s (eval counter) | "
            f"{mean['ratio']:.3f} |"
        )
    plume, reference = jsonl(out / "plume-bench.jsonl"), jsonl(out / "llama-bench.jsonl")
    ours, theirs = mean_rates(plume), mean_rates(reference)
    for test in ours:
        if test in theirs:
            (a, n), (b, _) = ours[test], theirs[test]
            lines.append(
                f"| `plume bench` vs `llama-bench` {test} (mean of {n} alternated runs) | "
                f"{a:.1f} t/s | {b:.1f} t/s | {a / b:.3f} |"
            )
    articles = jsonl(out / "articles.jsonl")
    batched = {r["pl"]: r for r in jsonl(out / "batched-bench.jsonl")}
    levels = sorted({*batched, *(a["parallel"] for a in articles)})
    skipped = out / "articles.skipped"
    base_articles = next((a["articles_per_hour"] for a in articles if a["parallel"] == 1), None)
    base_tg = batched[1]["speed_tg"] if 1 in batched else None
    for level in levels:
        article = next((a for a in articles if a["parallel"] == level), None)
        mine = (
            f"{article['articles_per_hour']:.0f} articles/h (of {article['articles']})"
            + _scale(article["articles_per_hour"], base_articles)
            if article
            else f"not run ({skipped.read_text().strip()})"
            if skipped.is_file()
            else "not run"
        )
        b = batched.get(level)
        theirs_text = (
            f"{b['speed_tg']:.1f} t/s generated, all streams (pp {b['pp']}, tg {b['tg']})"
            + _scale(b["speed_tg"], base_tg)
            if b
            else "not run"
        )
        lines.append(f"| --parallel {level} in-process vs llama-batched-bench | {mine} | "
                     f"{theirs_text} | |")  # fmt: skip
    if plume:
        first = plume[0]
        lines += [
            "",
            f"model {Path(first['model_filename']).name} ({first['model_type']}); "
            f"{first['backends']} {first['gpu_info']}; -ngl {first['n_gpu_layers']}; "
            f"waiting threads: {first.get('thread_waits', '?')}; "
            f"load average at start {first.get('load_avg_start', '?')}",
        ]
    return lines


def _scale(value: float, base: float | None) -> str:
    """How many times the one-at-a-time figure: what batching gains."""
    return f", ×{value / base:.2f} of one at a time" if base else ""


def main(argv: list[str]) -> int:
    if len(argv) < 1:
        print(__doc__, file=sys.stderr)
        return 2
    print("\n".join(rows(Path(argv[0]))))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

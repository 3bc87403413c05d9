"""Generation speed by thread count and the way waiting threads wait, idle and under a load.

llama.cpp's CPU threads meet at a barrier after every operation of the graph. llama-cpp-python
builds ggml with OpenMP, whose waiting threads spin `GOMP_SPINCOUNT` rounds (libgomp's default:
300,000) before they sleep: on an idle machine spinning is what makes a barrier cheap, and with
every core taken a spinning thread burns the time slice its partner needs. This script measures
each setting the same way, each in a fresh process (libgomp reads its environment once, when it
loads), in alternating order between rounds:

- `plume bench -p 64 -n 64` (tg and pp), and with `--article FILE` a whole short rewrite;
- settings: GOMP_SPINCOUNT 0, 10³, 10⁴, 10⁵, libgomp's default, infinite; OMP_WAIT_POLICY
  PASSIVE and ACTIVE; Plume's own default; at threads = cores, and once at cores − 1 (at one
  thread there is no barrier to wait at, so the wait settings make no difference there);
- with `--nomp PYTHON`, a Python whose llama-cpp-python was built with -DGGML_OPENMP=OFF (ggml's
  own threadpool); with `--llama-bench PATH`, llama.cpp's `llama-bench` as the reference.

"idle" is the machine as it is (check `uptime` first); "loaded" adds the reproducible load: one
busy process (`yes > /dev/null`) per core, `--hogs N` to change. The load average is printed
before each measurement, so a figure taken beside other work says so.

    python -m scripts.under_load build/models/qwen2.5-0.5b-shape-Q4_K_M.gguf \\
        --article tests/data/wikinews/12.txt --article-model build/real-models/SmolLM2-...gguf \\
        --nomp /work/nomp-venv/bin/python --llama-bench ~/.cache/plume/.../llama-bench \\
        --conditions idle,loaded --rounds 2 --json build/under_load.json
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from engine.models.system import physical_cores

WAIT_VARIABLES = ("OMP_WAIT_POLICY", "GOMP_SPINCOUNT")
# A short article: one draft, no repairs, sections of 80 words (the same work in every run: the
# seed is fixed, and each thread computes whole dot products, so the tokens are the same).
ARTICLE_ENV = {
    "PLUME_MAX_ROUNDS": "0",
    "PLUME_MIN_WORDS": "100",
    "PLUME_SECTION_MAX_WORDS": "130",
    "PLUME_PLAN_MAX_TOKENS": "160",
}


@dataclass(frozen=True)
class Config:
    label: str
    threads: int
    env: dict[str, str] = field(default_factory=dict)
    python: str = sys.executable
    llama_bench: str | None = None  # run llama.cpp's llama-bench instead of plume bench


def configs(cores: int, nomp: str | None, llama_bench: str | None) -> list[Config]:
    spins = [
        ("GOMP_SPINCOUNT=0", {"GOMP_SPINCOUNT": "0"}),
        ("GOMP_SPINCOUNT=1000", {"GOMP_SPINCOUNT": "1000"}),
        ("GOMP_SPINCOUNT=10000", {"GOMP_SPINCOUNT": "10000"}),
        ("GOMP_SPINCOUNT=100000", {"GOMP_SPINCOUNT": "100000"}),
        ("libgomp's default (300000)", {"GOMP_SPINCOUNT": "300000"}),
        ("GOMP_SPINCOUNT=infinite", {"GOMP_SPINCOUNT": "infinite"}),
        ("OMP_WAIT_POLICY=PASSIVE", {"OMP_WAIT_POLICY": "PASSIVE"}),
        ("OMP_WAIT_POLICY=ACTIVE", {"OMP_WAIT_POLICY": "ACTIVE"}),
        ("Plume's default", {}),
    ]
    out = [Config(label, cores, env) for label, env in spins]
    if cores > 1:
        out.append(Config("Plume's default", cores - 1))
    if nomp:
        out.append(Config("no OpenMP (ggml threadpool)", cores, python=nomp))
        if cores > 1:
            out.append(Config("no OpenMP (ggml threadpool)", cores - 1, python=nomp))
    if llama_bench:
        out.append(Config("llama-bench (libgomp's default)", cores, llama_bench=llama_bench))
    return out


def environment(config: Config, extra: dict[str, str] | None = None) -> dict[str, str]:
    """The caller's environment without any OpenMP wait setting, then the config's."""
    env = {k: v for k, v in os.environ.items() if k not in WAIT_VARIABLES}
    return {**env, **config.env, **(extra or {})}


def bench(config: Config, model: Path, n: int, reps: int) -> tuple[float, float]:
    """(pp t/s, tg t/s) of one fresh process."""
    sizes = ["-p", str(n), "-n", str(n), "-r", str(reps), "-t", str(config.threads)]
    if config.llama_bench:
        command = [config.llama_bench, "-m", str(model), *sizes, "-o", "jsonl"]
    else:
        command = [config.python, "-m", "engine", "bench", "--model", str(model), *sizes]
        command += ["-o", "jsonl"]
    done = subprocess.run(
        command, env=environment(config), capture_output=True, text=True, check=True
    )
    rates = {}
    for line in done.stdout.splitlines():
        if line.startswith("{"):
            record = json.loads(line)
            rates["pp" if record["n_prompt"] else "tg"] = record["avg_ts"]
    return rates["pp"], rates["tg"]


def article(config: Config, path: Path, model: Path, timeout: float) -> float | None:
    """Seconds of one whole rewrite (model load and spaCy excluded); None past `timeout`."""
    command = [config.python, "-m", "engine", "bench", "--article", str(path), "-o", "json"]
    env = environment(
        config, {**ARTICLE_ENV, "PLUME_MODEL": str(model), "PLUME_THREADS": str(config.threads)}
    )
    try:
        done = subprocess.run(
            command, env=env, capture_output=True, text=True, check=True, timeout=timeout
        )
    except subprocess.TimeoutExpired:
        return None
    return json.loads(done.stdout)["rewrite_s"]


@contextmanager
def hogs(n: int) -> Iterator[None]:
    procs = [subprocess.Popen(["yes"], stdout=subprocess.DEVNULL) for _ in range(n)]  # noqa: S607
    try:
        time.sleep(1.0 if n else 0.0)
        yield
    finally:
        for proc in procs:
            proc.kill()
            proc.wait()


def name(config: Config) -> str:
    return f"{config.label}, {config.threads} thread{'s' if config.threads > 1 else ''}"


def picked(config: Config, wanted: str) -> bool:
    return any(part.strip() and part.strip() in name(config) for part in wanted.split(";"))


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("model", type=Path)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--conditions", default="idle,loaded", help="idle, loaded or both")
    parser.add_argument("--hogs", type=int, default=physical_cores(), help="busy processes")
    parser.add_argument("-n", type=int, default=64, help="pp and tg tokens")
    parser.add_argument("-r", type=int, default=3, help="repetitions per process")
    parser.add_argument("--article", type=Path, help="also time a whole rewrite of this file")
    parser.add_argument("--article-model", type=Path, help="the GGUF the article is written by")
    parser.add_argument("--article-timeout", type=float, default=240.0)
    parser.add_argument("--nomp", help="a Python with llama-cpp-python built without OpenMP")
    parser.add_argument("--llama-bench", help="llama.cpp's llama-bench, as the reference")
    parser.add_argument("--only", help="settings to run: parts of their names, ';' between")
    parser.add_argument("--article-for", help="settings that also time the article (as --only)")
    parser.add_argument("--json", type=Path, help="write every measurement here")
    args = parser.parse_args(argv)
    cores = physical_cores()
    chosen = configs(cores, args.nomp, args.llama_bench)
    if args.only:
        chosen = [c for c in chosen if picked(c, args.only)]
    print(f"{cores} cores; model {args.model.name}; pp{args.n}/tg{args.n} × {args.r} per process")
    rows: list[dict[str, object]] = []
    for condition in args.conditions.split(","):
        with hogs(args.hogs if condition == "loaded" else 0):
            for round_ in range(args.rounds):
                order = chosen if round_ % 2 == 0 else chosen[::-1]
                for config in order:
                    load = os.getloadavg()[0]
                    pp, tg = bench(config, args.model, args.n, args.r)
                    seconds, over = None, None
                    timed = bool(args.article) and not config.llama_bench and round_ == 0
                    timed = timed and (not args.article_for or picked(config, args.article_for))
                    if timed:
                        seconds = article(
                            config, args.article, args.article_model, args.article_timeout
                        )
                        over = None if seconds is not None else args.article_timeout
                    row = {
                        "condition": condition,
                        "round": round_,
                        "config": name(config),
                        "load_before": round(load, 2),
                        "pp_ts": round(pp, 2),
                        "tg_ts": round(tg, 2),
                        "article_s": None if seconds is None else round(seconds, 2),
                        "article_over_s": over,
                    }
                    rows.append(row)
                    shown = "" if seconds is None else f"  article {seconds:7.2f} s"
                    if timed and seconds is None:
                        shown = f"  article > {args.article_timeout:.0f} s"
                    print(
                        f"{condition:6} r{round_} {name(config):40} pp {pp:7.2f}  tg {tg:6.2f} t/s"
                        f"{shown}  (load before {load:.2f})",
                        flush=True,
                    )
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1) + "\n", encoding="utf-8")
    print()
    print(table(rows))
    return 0


def table(rows: list[dict[str, object]]) -> str:
    """One line per setting: mean tg (and pp) over rounds, article seconds, per condition."""
    conditions = list(dict.fromkeys(str(r["condition"]) for r in rows))
    header = ["setting"]
    for c in conditions:
        header += [f"{c}: tg t/s", f"{c}: pp t/s", f"{c}: article s", f"{c}: load"]
    lines = ["| " + " | ".join(header) + " |", "|---" + "|---:" * (len(header) - 1) + "|"]
    for setting in dict.fromkeys(str(r["config"]) for r in rows):
        cells = [setting]
        for c in conditions:
            mine = [r for r in rows if r["config"] == setting and r["condition"] == c]
            if not mine:
                cells += ["", "", "", ""]
                continue
            tg = statistics.fmean(float(r["tg_ts"]) for r in mine)  # type: ignore[arg-type]
            pp = statistics.fmean(float(r["pp_ts"]) for r in mine)  # type: ignore[arg-type]
            seconds = [f"{r['article_s']:.1f}" for r in mine if r["article_s"] is not None]
            seconds += [f"> {r['article_over_s']:.0f}" for r in mine if r["article_over_s"]]
            loads = [float(r["load_before"]) for r in mine]  # type: ignore[arg-type]
            cells += [
                f"{tg:.1f}",
                f"{pp:.0f}",
                seconds[0] if seconds else "",
                f"{min(loads):.2f}–{max(loads):.2f}",
            ]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""`plume bench --article`: one real rewrite timed phase by phase, or a folder's throughput.

Where the time of a rewrite goes: the time to the first token, the speed of each phase (plan,
first draft, repairs), the prompt tokens llama.cpp really evaluated thanks to the shared prefix,
the gate's own time and the total wall time. With a folder or `-np N` (a comma list, like
llama-batched-bench's), the folder is rewritten at each N in turn, as `plume rewrite
--parallel N` would, and the report gives articles per hour.
"""

from __future__ import annotations

import json
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, replace
from pathlib import Path

from engine.bench import csv_text
from engine.bench.conditions import Conditions
from engine.brief.source import read_source
from engine.config import Settings
from engine.llm import Generator
from engine.models.system import physical_cores
from engine.output.summary import understood
from engine.text import nlp
from engine.usecase import Options, brief_of, rewrite_article
from engine.write.draft import Call, Progress
from engine.write.rewriter import Result


@dataclass(frozen=True)
class Phase:
    name: str  # "plan", "draft" (intro and sections), "repairs"
    calls: int
    prompt_tokens: int
    prompt_evaluated: int
    generated_tokens: int
    seconds: float
    prompt_seconds: float  # up to each call's first token: evaluating the prompt's new tail

    @property
    def tokens_per_second(self) -> float:
        """Generation speed: tokens after the prompt, over the time after it."""
        span = self.seconds - self.prompt_seconds
        return self.generated_tokens / span if span > 0 else 0.0


@dataclass(frozen=True)
class ArticleBench:
    article: str
    model: str
    load_s: float
    first_token_ms: float
    phases: tuple[Phase, ...]
    brief_s: float  # the source read and parsed, once per article
    gate_s: float
    gate_passes_s: tuple[float, ...]  # each gate pass: the first draft, then each repair round
    rewrite_s: float
    rounds: int
    passed: bool
    min_words: int = 0  # the article's minimum, by the rule
    min_words_from: str = "settings"
    threads: int = 0
    conditions: Conditions | None = None


def run_article(
    path: Path,
    load: Callable[[], Generator],
    settings: Settings,
    progress: Progress | None = None,
    options: Options | None = None,
) -> ArticleBench:
    before = Conditions.at_start()
    started = time.perf_counter()
    nlp.preload()  # spaCy loads alongside the model
    generator: Generator = load()
    loaded = time.perf_counter()
    conditions = before.loaded()
    nlp.french()  # waited for here, so that the brief's time is the source's parse alone
    parsing = time.perf_counter()
    brief = brief_of(read_source(path), (options or Options()).checked(settings), settings)
    briefed = time.perf_counter()
    if progress is not None:
        progress("\n".join(understood(brief, settings)))
    result = rewrite_article(brief, settings, generator, progress)
    bench = summarise(str(path), generator.name, loaded - started, result, briefed - parsing)
    return replace(bench, threads=settings.threads or physical_cores(), conditions=conditions)


def summarise(
    article: str, model: str, load_s: float, result: Result, brief_s: float = 0.0
) -> ArticleBench:
    groups: dict[str, list[Call]] = {"plan": [], "draft": [], "repairs": []}
    for call in result.calls:
        phase = "plan" if call.step == "plan" else "draft" if call.round == 0 else "repairs"
        groups[phase].append(call)
    phases = tuple(
        Phase(
            name,
            len(calls),
            sum(c.prompt_tokens for c in calls),
            sum(c.prompt_evaluated for c in calls),
            sum(c.generated_tokens for c in calls),
            sum(c.seconds for c in calls),
            sum(c.first_token_ms for c in calls) / 1000.0,
        )
        for name, calls in groups.items()
    )
    return ArticleBench(
        article=article,
        model=model,
        load_s=load_s,
        first_token_ms=result.timings["first_token_ms"],
        phases=phases,
        brief_s=brief_s,
        gate_s=result.timings["gate_s"],
        gate_passes_s=tuple(r.gate_seconds for r in result.rounds),
        rewrite_s=result.timings["total_s"],
        rounds=len(result.rounds) - 1,
        passed=result.passed,
        min_words=result.brief.min_words,
        min_words_from=result.brief.min_words_from,
    )


def render_article(bench: ArticleBench, fmt: str) -> str:
    stated = _stated(bench.threads, bench.conditions)
    if fmt in ("json", "jsonl"):
        data = {**asdict(bench), **stated}
        del data["conditions"]
        for phase, raw in zip(bench.phases, data["phases"], strict=True):
            raw["tokens_per_second"] = round(phase.tokens_per_second, 2)
        return json.dumps(data, ensure_ascii=False, indent=None if fmt == "jsonl" else 2) + "\n"
    if fmt == "csv":
        rows = [
            {
                "phase": p.name,
                "calls": p.calls,
                "prompt_tokens": p.prompt_tokens,
                "prompt_evaluated": p.prompt_evaluated,
                "generated_tokens": p.generated_tokens,
                "seconds": f"{p.seconds:.3f}",
                "prompt_seconds": f"{p.prompt_seconds:.3f}",
                "tokens_per_s": f"{p.tokens_per_second:.2f}",
                **stated,
            }
            for p in bench.phases
        ]
        return csv_text(rows)
    lines = [
        f"article: {bench.article} — model: {bench.model}",
        "",
        "| phase | calls | prompt tokens evaluated | prompt time | generated | time | tokens/s |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for p in bench.phases:
        lines.append(
            f"| {p.name} | {p.calls} | {p.prompt_evaluated:,} of {p.prompt_tokens:,} | "
            f"{p.prompt_seconds:.2f} s | {p.generated_tokens:,} | {p.seconds:.2f} s | "
            f"{p.tokens_per_second:.2f} |"
        )
    passes = bench.gate_passes_s
    lines += [
        f"| brief (source parse) | 1 | | | | {bench.brief_s:.2f} s | |",
        f"| gate | {len(passes)} | | | | {bench.gate_s:.2f} s | |",
    ]
    verdict = "passed" if bench.passed else "rejected"
    lines += [
        "",
        f"model load {bench.load_s:.2f} s · first token {bench.first_token_ms:.0f} ms · "
        f"gate {bench.gate_s:.2f} s ({' + '.join(f'{s:.2f}' for s in passes)}) · "
        f"rewrite {bench.rewrite_s:.2f} s · "
        f"{bench.rounds} repair round(s), {verdict} · "
        f"min words {bench.min_words} ({bench.min_words_from})",
    ]
    if bench.conditions:
        lines.append(bench.conditions.line(f"threads {bench.threads}"))
    return "\n".join(lines) + "\n"


def _stated(threads: int, conditions: Conditions | None) -> dict[str, object]:
    """The conditions as fields of every machine-readable format."""
    return {"n_threads": threads, **(conditions.record() if conditions else {})}


# --- a folder at --parallel N: articles per hour -------------------------------------------


@dataclass(frozen=True)
class Throughput:
    """A folder rewritten with `parallel` articles in flight (outputs to a scratch folder)."""

    parallel: int
    articles: int
    passed: int
    load_s: float  # loading the model (and spaCy) before the first article
    wall_s: float  # from the first article's start to the last one's end
    threads: int = 0
    conditions: Conditions | None = None

    @property
    def articles_per_hour(self) -> float:
        return 3600.0 * self.articles / self.wall_s if self.wall_s > 0 else 0.0


def run_folder(
    inputs: Sequence[str],
    settings: Settings,
    parallel: int,
    progress: Progress | None = None,
    options: Options | None = None,
) -> Throughput:
    """Rewrite every article of `inputs` as `plume rewrite --parallel N` does, and time it."""
    from engine.batch import Batch, plan_jobs, work_for
    from engine.llm import open_backend

    settings = settings.replace(parallel=parallel)
    before = Conditions.at_start()
    with tempfile.TemporaryDirectory(prefix="plume-bench-") as scratch:
        jobs = plan_jobs(inputs, scratch + "/", "md")
        backend = open_backend(settings)
        try:
            started = time.perf_counter()
            batch = Batch(settings, backend, options=options, progress=progress)
            backend.prepare(work_for(jobs, parallel, batch.largest_minimum(jobs)))
            batch.generator()
            loaded = time.perf_counter()
            outcomes = batch.run(jobs)
            finished = time.perf_counter()
        finally:
            backend.close()
    passed = sum(o.status == "passed" for o in outcomes)
    threads = settings.threads or physical_cores()
    return Throughput(
        parallel, len(jobs), passed, loaded - started, finished - loaded, threads, before.loaded()
    )


def render_throughput(results: Sequence[Throughput], fmt: str) -> str:
    rows = []
    for r in results:
        row = {**asdict(r), "articles_per_hour": round(r.articles_per_hour, 2)}
        del row["threads"], row["conditions"]
        rows.append({**row, **_stated(r.threads, r.conditions)})
    if fmt == "json":
        return json.dumps(rows, indent=2) + "\n"
    if fmt == "jsonl":
        return "".join(json.dumps(row) + "\n" for row in rows)
    if fmt == "csv":
        return csv_text(rows)
    lines = [
        "| parallel | articles | passed | model load | wall time | articles/hour |",
        "| ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    lines += [
        f"| {r.parallel} | {r.articles} | {r.passed} | {r.load_s:.1f} s | {r.wall_s:.1f} s | "
        f"{r.articles_per_hour:.1f} |"
        for r in results
    ]
    stated = [r for r in results if r.conditions]
    lines += [
        "",
        *(f"-np {r.parallel}: " + r.conditions.line(f"threads {r.threads}") for r in stated),
    ]
    return "\n".join(lines) + "\n"

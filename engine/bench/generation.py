"""`plume bench`: generation speed measured the way llama.cpp's `llama-bench` measures it.

pp (prompt processing) decodes n_prompt random tokens in batches; tg (token generation) decodes
n_gen tokens one by one, after n_depth tokens already in the cache. Each test runs once to warm
up, then `reps` times; the rate is tokens ÷ wall time of each repetition, reported as mean ±
sample standard deviation. Records carry llama-bench's field names, so a tool that reads one
reads both. The physical ceiling of tg is the memory read bandwidth ÷ the model's bytes.
"""

from __future__ import annotations

import itertools
import json
import statistics
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from engine.bench import csv_text
from engine.bench.conditions import Conditions
from engine.models.system import Bandwidth

if TYPE_CHECKING:
    from engine.llm.llama import BenchModel, ModelFacts, SystemFacts


@dataclass(frozen=True)
class Case:
    """One line of the results: a pp or a tg test with its parameters."""

    n_prompt: int
    n_gen: int
    n_depth: int
    n_threads: int
    n_gpu_layers: int
    n_batch: int
    n_ubatch: int
    flash_attn: int  # -1 auto, 0 off, 1 on (llama.cpp's flash_attn_type)

    @property
    def name(self) -> str:
        kind = f"pp{self.n_prompt}" if self.n_prompt else f"tg{self.n_gen}"
        return f"{kind} @ d{self.n_depth}" if self.n_depth else kind


@dataclass(frozen=True)
class Spec:
    """What to run: every list is a set of values, and every combination runs."""

    n_prompt: Sequence[int]
    n_gen: Sequence[int]
    n_depth: Sequence[int]
    threads: Sequence[int]
    n_gpu_layers: Sequence[int]
    n_batch: Sequence[int]
    n_ubatch: Sequence[int]
    flash_attn: Sequence[int]
    reps: int
    warmup: bool = True

    def tests(self) -> list[Case]:
        """In llama-bench's order: model parameters outermost, so the model loads once each."""
        combos = itertools.product(
            self.n_gpu_layers, self.threads, self.n_batch, self.n_ubatch, self.flash_attn
        )
        tests = []
        for ngl, threads, batch, ubatch, fa in combos:
            for depth in self.n_depth:
                common = dict(
                    n_depth=depth,
                    n_threads=threads,
                    n_gpu_layers=ngl,
                    n_batch=batch,
                    n_ubatch=ubatch,
                    flash_attn=fa,
                )
                tests += [Case(n_prompt=p, n_gen=0, **common) for p in self.n_prompt if p > 0]
                tests += [Case(n_prompt=0, n_gen=g, **common) for g in self.n_gen if g > 0]
        return tests


@dataclass(frozen=True)
class Result:
    case: Case
    model: ModelFacts
    system: SystemFacts
    samples_ns: tuple[int, ...]
    test_time: str
    bandwidth: float | None = None  # memory bandwidth the weights are read at, bytes/s
    bandwidth_source: str = ""  # where that figure comes from (see `weights_bandwidth`)
    conditions: Conditions | None = None  # load at start, cores, how threads wait

    @property
    def samples_ts(self) -> list[float]:
        tokens = self.case.n_prompt + self.case.n_gen
        return [1e9 * tokens / ns for ns in self.samples_ns]

    @property
    def avg_ts(self) -> float:
        return statistics.fmean(self.samples_ts)

    @property
    def stddev_ts(self) -> float:
        return statistics.stdev(self.samples_ts) if len(self.samples_ns) > 1 else 0.0

    @property
    def ceiling_ratio(self) -> float | None:
        """tg rate ÷ (bandwidth ÷ model bytes): the share of the memory-bound maximum reached."""
        if not self.case.n_gen or not self.bandwidth:
            return None
        return self.avg_ts / (self.bandwidth / self.model.size)

    def record(self) -> dict[str, object]:
        """llama-bench's fields and types, then Plume's own (model_quant, the ceiling)."""
        t, m, s = self.case, self.model, self.system
        avg_ns = statistics.fmean(self.samples_ns)
        std_ns = statistics.stdev(self.samples_ns) if len(self.samples_ns) > 1 else 0.0
        return {
            "build_commit": s.build,
            "build_number": 0,
            "cpu_info": s.cpu_info,
            "gpu_info": s.gpu_info,
            "backends": s.backends,
            "model_filename": m.filename,
            "model_type": m.model_type,
            "model_size": m.size,
            "model_n_params": m.n_params,
            "n_batch": t.n_batch,
            "n_ubatch": t.n_ubatch,
            "n_threads": t.n_threads,
            "type_k": "f16",
            "type_v": "f16",
            "n_gpu_layers": t.n_gpu_layers,
            "flash_attn": t.flash_attn,
            "n_prompt": t.n_prompt,
            "n_gen": t.n_gen,
            "n_depth": t.n_depth,
            "test_time": self.test_time,
            "avg_ns": round(avg_ns),
            "stddev_ns": round(std_ns),
            "avg_ts": round(self.avg_ts, 6),
            "stddev_ts": round(self.stddev_ts, 6),
            "samples_ns": list(self.samples_ns),
            "samples_ts": [round(x, 6) for x in self.samples_ts],
            "model_quant": m.quant,
            "mem_read_gbs": round(self.bandwidth / 1e9, 3) if self.bandwidth else None,
            "mem_read_source": self.bandwidth_source or None,
            "tg_ceiling_ratio": _round(self.ceiling_ratio),
            **(self.conditions.record() if self.conditions else {}),
        }


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def run(
    path: Path,
    spec: Spec,
    *,
    measure_bandwidth: bool = True,
    on_result: Callable[[Result], None] | None = None,
) -> list[Result]:
    """Run every test of `spec` on the model at `path`."""
    started = Conditions.at_start()
    from engine.llm.llama import BenchModel, system_facts

    system = system_facts()
    conditions = started.loaded()
    results = []
    tests = spec.tests()
    for ngl, group in itertools.groupby(tests, key=lambda c: c.n_gpu_layers):
        model = BenchModel(path, ngl)
        try:
            facts = model.facts()
            on_gpu = model.offloaded
            bandwidth = weights_bandwidth(on_gpu) if measure_bandwidth else None
            for case in group:
                samples = _measure(model, case, spec.reps, spec.warmup)
                stamp = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
                result = Result(
                    case,
                    facts,
                    system,
                    samples,
                    stamp,
                    bandwidth.bytes_per_s if bandwidth else None,
                    bandwidth.source if bandwidth else "",
                    conditions,
                )
                results.append(result)
                if on_result is not None:
                    on_result(result)
        finally:
            model.close()
    return results


_cpu_bandwidth: list[Bandwidth] = []  # measured once per process: it takes a second


def weights_bandwidth(on_gpu: bool) -> Bandwidth | None:
    """The bandwidth every weight is read at per generated token: the GPU's memory when the
    model is offloaded (read from the device, else its datasheet; None if unknown), else the
    CPU's RAM, measured."""
    from engine.models.system import gpu_bandwidth, memory_read_bandwidth

    if on_gpu:
        return gpu_bandwidth()
    if not _cpu_bandwidth:
        _cpu_bandwidth.append(Bandwidth(memory_read_bandwidth(), "measured (CPU RAM)"))
    return _cpu_bandwidth[0]


def _measure(model: BenchModel, case: Case, reps: int, warmup: bool) -> tuple[int, ...]:
    ctx = model.context(
        n_ctx=case.n_prompt + case.n_gen + case.n_depth,
        n_batch=case.n_batch,
        n_ubatch=case.n_ubatch,
        threads=case.n_threads,
        flash_attn=case.flash_attn,
    )
    try:
        if warmup:
            ctx.clear()
            if case.n_prompt:
                ctx.decode_prompt(case.n_prompt)
            if case.n_gen:
                ctx.generate(1)
        samples = []
        for _ in range(reps):
            if case.n_depth:
                ctx.fill(case.n_depth)
            else:
                ctx.clear()
            started = time.perf_counter_ns()
            if case.n_prompt:
                ctx.decode_prompt(case.n_prompt)
            if case.n_gen:
                ctx.generate(case.n_gen)
            samples.append(time.perf_counter_ns() - started)
        return tuple(samples)
    finally:
        ctx.close()


# --- output formats ----------------------------------------------------------------------


def render(results: Sequence[Result], fmt: str) -> str:
    return {"md": to_markdown, "json": to_json, "jsonl": to_jsonl, "csv": to_csv}[fmt](results)


def to_json(results: Sequence[Result]) -> str:
    return json.dumps([r.record() for r in results], indent=2, ensure_ascii=False) + "\n"


def to_jsonl(results: Sequence[Result]) -> str:
    return "".join(json.dumps(r.record(), ensure_ascii=False) + "\n" for r in results)


def to_csv(results: Sequence[Result]) -> str:
    """llama-bench's CSV: one header row, the scalar fields (sample lists are JSON-only)."""
    return csv_text(
        [{k: v for k, v in r.record().items() if not k.startswith("samples")} for r in results]
    )


MD_COLUMNS = ("model", "size", "params", "quant", "backend", "ngl", "threads")
OPTIONAL_COLUMNS = {  # shown when a run sets them to more than one value or off their default
    "n_batch": lambda t: t.n_batch,
    "n_ubatch": lambda t: t.n_ubatch,
    "fa": lambda t: t.flash_attn,
}


def to_markdown(results: Sequence[Result]) -> str:
    optional = [
        name for name, get in OPTIONAL_COLUMNS.items() if len({get(r.case) for r in results}) > 1
    ]
    header = [*MD_COLUMNS, *optional, "test", "t/s", "of ceiling"]
    aligns = ["---"] * 4 + ["---", "---:", "---:"] + ["---:"] * len(optional) + ["---:"] * 3
    lines = [_row(header), _row(aligns)]
    for r in results:
        m, t = r.model, r.case
        ratio = r.ceiling_ratio
        cells = [
            Path(m.filename).stem,
            _size(m.size),
            _params(m.n_params),
            m.quant,
            r.system.backends,
            str(t.n_gpu_layers),
            str(t.n_threads),
            *[str(OPTIONAL_COLUMNS[name](t)) for name in optional],
            t.name,
            f"{r.avg_ts:.2f} ± {r.stddev_ts:.2f}",
            f"{100 * ratio:.0f} %" if ratio is not None else "",
        ]
        lines.append(_row(cells))
    lines.append("")
    lines += list(_footer(results))
    return "\n".join(lines) + "\n"


def _footer(results: Sequence[Result]) -> Iterator[str]:
    if not results:
        return
    first = results[0]
    yield f"build: {first.system.build} ({first.system.cpu_info or first.system.backends})"
    if first.bandwidth:
        ceiling = first.bandwidth / first.model.size
        yield (
            f"memory read bandwidth: {first.bandwidth / 1e9:.1f} GB/s; tg ceiling for this model: "
            f"{ceiling:.1f} t/s (bandwidth ÷ {first.model.size:,} bytes); "
            f"bandwidth {first.bandwidth_source}"
        )
    if first.conditions:
        used = sorted({r.case.n_threads for r in results})
        yield first.conditions.line(f"threads {','.join(map(str, used))}")


def _row(cells: Sequence[str]) -> str:
    return "| " + " | ".join(cells) + " |"


def _size(n: int) -> str:
    return f"{n / 2**30:.2f} GiB" if n >= 2**30 else f"{n / 2**20:.2f} MiB"


def _params(n: int) -> str:
    return f"{n / 1e9:.2f} B" if n >= 1e9 else f"{n / 1e6:.2f} M"

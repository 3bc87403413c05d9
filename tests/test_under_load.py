"""scripts/under_load.py, the threads table of issue 22: what its table and ratios say of the
runs it took, the bound a stopped run proves, and its loads' names (that the loads keep the
machine busy: tests/test_threads.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from scripts import under_load
from scripts.under_load import Config, Load


def row(condition: str, config: str, tg: float, **changes: object) -> dict[str, object]:
    base = {
        "condition": condition,
        "round": 0,
        "config": config,
        "cpus_busy_before": 0.0 if condition == "idle" else 2.0,
        "load_before": 0.1,
        "pp_ts": 200.0,
        "pp_sd": 1.0,
        "pp_below": False,
        "tg_ts": tg,
        "tg_sd": 0.5,
        "tg_below": False,
        "process_s": 5.0,
        "waits": "",
        "article_s": None,
        "article_over_s": None,
    }
    return {**base, **changes}


ROWS = [
    row("idle", "GOMP_SPINCOUNT=0, 2 threads", 26.0),
    row("idle", "GOMP_SPINCOUNT=0, 2 threads", 28.0, round=1),
    row("idle", "libgomp's default (300000), 2 threads", 40.0, article_s=33.04),
    row("idle", "llama-bench (libgomp's default), 2 threads", 41.0),
    row("8 busy", "GOMP_SPINCOUNT=0, 2 threads", 6.0, article_over_s=90.0),
    row("8 busy", "libgomp's default (300000), 2 threads", 0.5, tg_below=True, pp_ts=None),
]


def test_the_table_gives_means_ranges_bounds_and_articles() -> None:
    assert under_load.table(ROWS).splitlines() == [
        "| setting | idle: tg t/s | idle: pp t/s | idle: article s | 8 busy: tg t/s | "
        "8 busy: pp t/s | 8 busy: article s |",
        "|---|---:|---:|---:|---:|---:|---:|",
        "| GOMP_SPINCOUNT=0, 2 threads | 27.0 (26.0–28.0) | 200.0 (200.0–200.0) |  | 6.0 | "
        "200.0 | > 90 |",
        "| libgomp's default (300000), 2 threads | 40.0 | 200.0 | 33.0 | < 0.5 | – |  |",
        "| llama-bench (libgomp's default), 2 threads | 41.0 | 200.0 |  | – | – |  |",
        "",
        "CPUs other processes kept busy before each run: idle: 0.0–0.0; 8 busy: 2.0–2.0",
    ]


def test_ratios_to_libgomp_and_llama_bench_say_which_are_bounds() -> None:
    assert under_load.ratios(ROWS).splitlines() == [
        "idle, tg ÷ libgomp's default (300000), 2 threads: GOMP_SPINCOUNT=0, 2 threads: 0.68×; "
        "libgomp's default (300000), 2 threads: 1.00×; llama-bench (libgomp's default), "
        "2 threads: 1.02×",
        "idle, tg ÷ llama-bench (libgomp's default), 2 threads: GOMP_SPINCOUNT=0, 2 threads: "
        "0.66×; libgomp's default (300000), 2 threads: 0.98×; llama-bench (libgomp's "
        "default), 2 threads: 1.00×",
        # libgomp's figure is a bound (its run was stopped): the gain is at least 12×
        "8 busy, tg ÷ libgomp's default (300000), 2 threads: GOMP_SPINCOUNT=0, 2 threads: > 12.00×",
    ]


PP_SAID = {
    # plume bench says each test on stderr as it ends; llama-bench writes its record
    "plume": "echo 'pp16: 20.00 ± 0.10 t/s' >&2",
    "llama-bench": """echo '{"n_prompt": 16, "avg_ts": 20.0, "stddev_ts": 0.1}'""",
}


@pytest.mark.parametrize("tool", ["plume", "llama-bench"])
def test_a_stopped_run_proves_a_bound(tmp_path: Path, tool: str) -> None:
    """A run stopped after its pp test: pp as it said, tg below the tokens it had to make
    (one to warm up, then n × r) over the time it had."""
    standin = tmp_path / "standin"
    standin.write_text(f"#!/bin/sh\n{PP_SAID[tool]}\nexec sleep 30\n", encoding="utf-8")
    standin.chmod(0o755)
    if tool == "plume":
        config = Config("x", 2, python=str(standin))
    else:
        config = Config("x", 2, llama_bench=str(standin))
    measure = under_load.bench(config, Path("m.gguf"), 16, 2, 1.0)
    assert (measure.pp, measure.pp_below, measure.tg_below) == (20.0, False, True)
    assert 33 / 2.0 < measure.tg < 33 / 0.9  # 33 tokens in under the 1 s it had
    assert measure.seconds < 5


@pytest.mark.parametrize(
    ("given", "load", "said"),
    [
        ("0", Load("yes", 0), "idle"),
        ("4", Load("yes", 4), "4 yes"),
        ("yes2", Load("yes", 2), "2 yes"),
        (" llama2", Load("llama", 2), "2 llama"),
    ],
)
def test_loads_are_named_by_kind_and_count(given: str, load: Load, said: str) -> None:
    assert Load.parse(given) == load
    assert str(load) == said


@pytest.mark.parametrize("given", ["", "llama", "4yes", "spin2", "-1"])
def test_an_unknown_load_is_refused_with_the_forms_it_takes(given: str) -> None:
    with pytest.raises(SystemExit) as stopped:
        under_load.main(["m.gguf", "--loads", f"0,{given}"])
    assert stopped.value.code == 2


def test_the_neighbours_own_rate_is_said_and_empty_columns_left_out() -> None:
    """Beside neighbours, their own tg is a column; pp and articles, measured nowhere under
    this load, are not."""
    rows = [
        row("1 llama", "GOMP_SPINCOUNT=0, 2 threads", 20.0, neighbours_tg_ts=21.0),
        row("1 llama", "GOMP_SPINCOUNT=0, 2 threads", 22.0, round=1, neighbours_tg_ts=23.0),
        row("1 llama", "libgomp's default (300000), 2 threads", 2.0, neighbours_tg_ts=30.5),
    ]
    for r in rows:
        r["pp_ts"] = None
    assert under_load.table(rows).splitlines() == [
        "| setting | 1 llama: tg t/s | 1 llama: neighbours' tg |",
        "|---|---:|---:|",
        "| GOMP_SPINCOUNT=0, 2 threads | 21.0 (20.0–22.0) | 22.0 (21.0–23.0) |",
        "| libgomp's default (300000), 2 threads | 2.0 | 30.5 |",
        "",
        "CPUs other processes kept busy before each run: 1 llama: 2.0–2.0",
    ]
    assert "  neighbours tg 30.50  (" in under_load.progress_line(rows[-1])


def test_a_finished_run_counts_before_a_stopped_one() -> None:
    """libgomp beside 8 busy processes: one run stopped (< 0.5), one finished (1.52): the
    table gives the figure and the bound, the ratio is taken to the figure."""
    rows = [*ROWS, row("8 busy", "libgomp's default (300000), 2 threads", 1.52, round=1)]
    lines = under_load.table(rows).splitlines()
    assert lines[3] == (
        "| libgomp's default (300000), 2 threads | 40.0 | 200.0 | 33.0 | 1.5; < 0.5 | 200.0 |  |"
    )
    assert under_load.ratios(rows).splitlines()[-1] == (
        "8 busy, tg ÷ libgomp's default (300000), 2 threads: GOMP_SPINCOUNT=0, 2 threads: "
        "3.95×; libgomp's default (300000), 2 threads: 1.00×"
    )


def test_a_neighbour_that_cannot_start_is_said(tmp_path: Path) -> None:
    said = r"a llama.cpp neighbour made no token \(1\): "
    with pytest.raises(RuntimeError, match=said), under_load.loaded(Load("llama", 1), tmp_path, 1):
        pass  # never reached: the neighbour ended before its first token


def test_the_neighbours_rate_is_their_tokens_over_the_time_since() -> None:
    neighbours = under_load.Neighbours()
    assert neighbours.rate((10.0, 0)) is None  # none reported yet
    neighbours.counts = {0: (12.0, 50), 1: (11.5, 30)}
    assert neighbours.made() == 80
    assert neighbours.rate((10.0, 40)) == 20.0  # 40 tokens in the 2 s to the last report

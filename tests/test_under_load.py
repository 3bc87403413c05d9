"""scripts/under_load.py, the threads table of issue 22: what its table and ratios say of the
runs it took, the bound a stopped run proves, the CPU time a run got while tg ran (read from
/proc), and its loads' names (that the loads keep the machine busy: tests/test_threads.py)."""

from __future__ import annotations

import subprocess
import sys
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


# A stand-in for `plume bench -p 0 -n 16 -r 2`: it burns CPU_BURNT seconds of CPU time on one
# thread (however long that takes on this machine), says tg on stderr, then its record
CPU_BURNT = 0.4
BURNER = f"""
import json, sys, time
start, wall = time.process_time(), time.perf_counter_ns()
while time.process_time() - start < {CPU_BURNT}:
    pass
took = time.perf_counter_ns() - wall
print("tg16: 40.00 ± 0.00 t/s", file=sys.stderr, flush=True)
time.sleep(0.3)  # the process lives on a little, using nothing
halves = [took // 2, took - took // 2]
record = {{"n_prompt": 0, "avg_ts": 40.0, "stddev_ts": 0.0, "samples_ns": halves}}
print(json.dumps(record))
"""


def test_the_cpu_time_a_run_got_while_tg_ran(tmp_path: Path) -> None:
    """Its CPU seconds while tg ran (the repetitions it timed, up to its tg line): 32 tokens
    in 0.4 CPU s are 80 per CPU second, whatever else the machine does; a sleeping neighbour
    got nothing meanwhile."""
    standin = tmp_path / "python"
    standin.write_text(f"#!/bin/sh\nexec {sys.executable} -c '{BURNER}'\n", encoding="utf-8")
    standin.chmod(0o755)
    with subprocess.Popen(["sleep", "30"]) as sleeper:  # noqa: S607
        try:
            measure = under_load.bench(
                Config("x", 2, python=str(standin)), Path("m.gguf"), 16, 2, 20.0, 0, [sleeper.pid]
            )
        finally:
            sleeper.kill()
    assert (measure.tg, measure.tg_below) == (40.0, False)
    assert measure.tg_per_cpu_s is not None and 32 / 0.46 < measure.tg_per_cpu_s < 32 / 0.36
    assert measure.cpus is not None and 0.1 < measure.cpus <= 1.05  # one thread: ≤ 1 CPU
    assert measure.neighbours_cpus == 0.0


def test_cpu_seconds_are_read_from_proc_and_none_once_the_process_is_gone() -> None:
    burn = "import time\nwhile time.process_time() < 0.3: pass\nprint(flush=True)\ninput()"
    with subprocess.Popen(
        [sys.executable, "-c", burn], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    ) as proc:
        proc.stdout.readline()  # type: ignore[union-attr]
        seconds = under_load.cpu_seconds(proc.pid)
        proc.kill()
    assert seconds is not None and 0.28 <= seconds < 0.6  # 10 ms ticks; and its start
    assert under_load.cpu_seconds(proc.pid) is None


def test_cpu_used_between_two_moments_is_read_between_samples() -> None:
    samples = [(1.0, 10.0), (2.0, 11.0), (3.0, 11.5)]
    assert under_load.used(samples, 1.5, 2.5) == 0.75  # 10.5 → 11.25
    assert under_load.used(samples, 2.0, 4.0) == 0.5  # past the last sample: as the last
    assert under_load.used(samples, 0.5, 2.0) is None  # before the first: unknown


@pytest.mark.parametrize(
    ("ended", "timed", "stopped", "life", "window"),
    [
        ({"tg": 12.0}, 3.0, False, 12.5, (9.0, 12.0)),  # the repetitions it timed
        ({"pp": 9.0}, 0.0, True, 40.0, (9.0, 40.0)),  # stopped in tg: since its pp test
        ({}, 0.0, True, 40.0, (30.0, 40.0)),  # … none: its last 10 s
        ({}, 0.0, True, 12.0, (6.0, 12.0)),  # … or its last half
        ({}, 0.0, False, 5.0, None),  # neither: none
    ],
)
def test_when_tg_ran(ended, timed, stopped, life, window) -> None:
    assert under_load.tg_window(ended, timed, stopped, life) == window


def test_the_table_gives_each_runs_share_of_the_cpus_and_its_tokens_per_cpu_second() -> None:
    rows = [
        row("2 llama", "GOMP_SPINCOUNT=0, 2 threads", 15.0, cpus=0.6, tg_per_cpu_s=25.0),
        row("2 llama", "GOMP_SPINCOUNT=0, 2 threads", 13.0, cpus=0.5, tg_per_cpu_s=26.0),
        row(
            "2 llama",
            "libgomp's default (300000), 2 threads",
            1.0,
            tg_below=True,
            cpus=0.4,
            tg_per_cpu_s=2.5,
            neighbours_cpus=1.55,
        ),
    ]
    for r in rows:
        r["pp_ts"] = None
    assert under_load.table(rows).splitlines()[:4] == [
        "| setting | 2 llama: tg t/s | 2 llama: CPUs | 2 llama: t per CPU-s | "
        "2 llama: neighbours' CPUs |",
        "|---|---:|---:|---:|---:|",
        "| GOMP_SPINCOUNT=0, 2 threads | 14.0 (13.0–15.0) | 0.55 (0.50–0.60) | 25.5 (25.0–26.0) "
        "| – |",
        "| libgomp's default (300000), 2 threads | < 1.0 | 0.40 | < 2.5 | 1.55 |",
    ]
    assert "  CPUs 0.40 (< 2.5 t per CPU-s)  neighbours' CPUs 1.55  (" in (
        under_load.progress_line(rows[-1])
    )


def test_passive_waits_are_a_reference_too() -> None:
    rows = [
        row("3 llama", "GOMP_SPINCOUNT=0, 2 threads", 12.0),
        row("3 llama", "OMP_WAIT_POLICY=PASSIVE, 2 threads", 10.0),
    ]
    assert under_load.ratios(rows).splitlines() == [
        "3 llama, tg ÷ OMP_WAIT_POLICY=PASSIVE, 2 threads: GOMP_SPINCOUNT=0, 2 threads: 1.20×; "
        "OMP_WAIT_POLICY=PASSIVE, 2 threads: 1.00×"
    ]


def test_the_settings_include_short_spins_and_more_threads_than_cores_said_so() -> None:
    names = [under_load.name(c) for c in under_load.configs(2, None, None)]
    assert names[:3] == [
        "GOMP_SPINCOUNT=0, 2 threads",
        "GOMP_SPINCOUNT=10, 2 threads",
        "GOMP_SPINCOUNT=100, 2 threads",
    ]
    assert names[-1] == (
        "more threads than cores (not Plume's to take): Plume's default, 4 threads"
    )

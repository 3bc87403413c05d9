"""Generation speed by thread count and the way waiting threads wait, idle and under loads.

llama.cpp's CPU threads meet at a barrier after every operation of the graph. llama-cpp-python
builds ggml with OpenMP, whose waiting threads spin `GOMP_SPINCOUNT` rounds (libgomp's default:
300,000) before they sleep: on an idle machine spinning is what makes a barrier cheap, and with
every core taken a spinning thread burns the time slice its partner needs. This script measures
each setting the same way, each in a fresh process (libgomp reads its environment once, when it
loads), the order reversed from one round (and one load) to the next:

- `plume bench -p N -n N -r R` (pp and tg), and with `--article FILE` a whole short rewrite;
- settings: GOMP_SPINCOUNT 0, 10, 100, 1000, 10000, libgomp's default (300,000),
  OMP_WAIT_POLICY PASSIVE, and Plume's own default (its choice at start, which each run
  reports) at threads = cores, and Plume's default at cores − 1 (at one thread there is no
  barrier to wait at) and at twice the cores (a row to compare, labelled so: taking more
  threads than cores would take CPU time from every other job on the box, which Plume does not);
- with `--nomp PYTHON`, a Python whose llama-cpp-python was built with -DGGML_OPENMP=OFF (ggml's
  own threadpool); with `--llama-bench PATH`, llama.cpp's `llama-bench` as the reference (idle).

The loads are reproducible, of two kinds. `--loads 0,yes2,yes4,llama1,llama2` runs every setting
idle (0: the machine as it is; check `uptime` first), then beside 2 and 4 busy processes that
never wait (`yes > /dev/null`; a bare number is that too), then beside 1 and 2 llama.cpp
neighbours (scripts/neighbour.py: the same model, generating forever on one thread per core,
their threads spinning as libgomp does by default — the newsroom's case of several Plume or
llama.cpp processes on one box, and the load of the "turn-2" figures). Beside neighbours, each
run also says how fast they generated meanwhile (all of them together). While tg runs, the
process's CPU time and the neighbours' are read from /proc every 50 ms: the CPUs' worth of
time each got (CPU seconds ÷ wall seconds: its share of the machine) and the process's tokens
per CPU second (what it makes of the time it gets). Before each run the
script says how busy the CPUs were (other processes' work, in CPUs) and the load average. A
run that passes `--timeout` is stopped, and says what it proves: tg below (the tokens it had to
generate) ÷ (the time it had), a bound the table shows as "< x". `--stop-at HH:MM` starts no run
after that time (the table says what was skipped).

    python -m scripts.under_load build/models/qwen2.5-0.5b-shape-Q4_K_M.gguf --loads 0,4,llama2 \\
        --nomp /work/nomp-venv/bin/python \\
        --llama-bench ~/.cache/plume/llama.cpp-*/bin/llama-bench \\
        --article tests/data/wikinews/12.txt --article-model build/real-models/SmolLM2-...gguf \\
        --article-for "Plume's default, 2" --json build/under_load.json
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from engine.models.system import cpus_busy_elsewhere, physical_cores

WAIT_VARIABLES = ("OMP_WAIT_POLICY", "GOMP_SPINCOUNT", "PLUME_SET_OPENMP_WAITS")
# A short article: one draft, no repairs, sections of 80 words (the same work in every run: the
# seed is fixed, and each thread computes whole dot products, so the tokens are the same).
ARTICLE_ENV = {
    "PLUME_MAX_ROUNDS": "0",
    "PLUME_MIN_WORDS": "100",
    "PLUME_SECTION_MAX_WORDS": "130",
    "PLUME_PLAN_MAX_TOKENS": "160",
}
LIBGOMP = "libgomp's default (300000)"
PASSIVE = "OMP_WAIT_POLICY=PASSIVE"
OVERSUBSCRIBED = "more threads than cores (not Plume's to take): Plume's default"
ROOT = Path(__file__).resolve().parent.parent  # where `python -m scripts.neighbour` runs


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
        ("GOMP_SPINCOUNT=10", {"GOMP_SPINCOUNT": "10"}),
        ("GOMP_SPINCOUNT=100", {"GOMP_SPINCOUNT": "100"}),
        ("GOMP_SPINCOUNT=1000", {"GOMP_SPINCOUNT": "1000"}),
        ("GOMP_SPINCOUNT=10000", {"GOMP_SPINCOUNT": "10000"}),
        (LIBGOMP, {"GOMP_SPINCOUNT": "300000"}),
        (PASSIVE, {"OMP_WAIT_POLICY": "PASSIVE"}),
        ("Plume's default", {}),
    ]
    out = [Config(label, cores, env) for label, env in spins]
    if cores > 1:
        out.append(Config("Plume's default", cores - 1))
    # Not a choice Plume may make (it would take CPU time from every other job on the box):
    # measured to show what grabbing it would give
    out.append(Config(OVERSUBSCRIBED, 2 * cores))
    if nomp:
        out.append(Config("no OpenMP (ggml threadpool)", cores, python=nomp))
    if llama_bench:
        out.append(Config("llama-bench (libgomp's default)", cores, llama_bench=llama_bench))
    return out


def environment(config: Config, extra: dict[str, str] | None = None) -> dict[str, str]:
    """The caller's environment without any OpenMP wait setting, then the config's."""
    env = {k: v for k, v in os.environ.items() if k not in WAIT_VARIABLES}
    return {**env, **config.env, **(extra or {})}


@dataclass
class Measure:
    pp: float | None = None  # t/s; None: not reached
    tg: float | None = None
    pp_sd: float = 0.0
    tg_sd: float = 0.0
    pp_below: bool = False  # stopped: the figure is an upper bound
    tg_below: bool = False
    waits: str = ""  # how the process's threads waited, as it said
    seconds: float = 0.0  # the whole process
    # While tg ran: the CPUs' worth of time the process got (its CPU seconds ÷ the wall time),
    # its tokens per CPU second, and the CPUs' worth the neighbours got meanwhile
    cpus: float | None = None
    tg_per_cpu_s: float | None = None
    neighbours_cpus: float | None = None


CPU_EVERY_S = 0.05  # how often a run's CPU time is read
STOPPED_WINDOW_S = 10.0  # a stopped run without a pp test: its CPU share over its last seconds


def cpu_seconds(pid: int) -> float | None:
    """User and system CPU time of a process, all its threads together, from /proc/PID/stat
    (utime and stime, its 14th and 15th fields: man 5 proc); None once it has ended."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text(encoding="ascii", errors="replace")
        fields = stat.rpartition(")")[2].split()  # from the 3rd field on (a name may hold spaces)
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError, ValueError):
        return None


@dataclass
class CpuLog:
    """A run's CPU seconds and its neighbours' (all together), read every CPU_EVERY_S while it
    ran: [(seconds since it started, CPU seconds so far)]."""

    own: list[tuple[float, float]] = field(default_factory=list)
    others: list[tuple[float, float]] = field(default_factory=list)

    def read(self, at: float, pid: int, others: Sequence[int]) -> None:
        own = cpu_seconds(pid)
        if own is not None:
            self.own.append((at, own))
        theirs = [cpu_seconds(other) for other in others]
        if theirs and None not in theirs:
            self.others.append((at, sum(theirs)))  # type: ignore[arg-type]


def used(samples: list[tuple[float, float]], start: float, end: float) -> float | None:
    """CPU seconds used between two moments, read off the samples (linearly between the two
    around a moment; past the last one, as the last: a process ends soon after its last test);
    None where no sample was taken before `start`."""

    def at(moment: float) -> float | None:
        before = [s for s in samples if s[0] <= moment]
        after = [s for s in samples if s[0] > moment]
        if not before:
            return None
        (t0, c0), (t1, c1) = before[-1], (after[0] if after else before[-1])
        return c0 if t1 == t0 else c0 + (c1 - c0) * (moment - t0) / (t1 - t0)

    first, last = at(start), at(end)
    return None if first is None or last is None else last - first


def run_timed(
    command: list[str],
    env: dict[str, str],
    timeout: float,
    cpu: CpuLog | None = None,
    others: Sequence[int] = (),
) -> tuple[list, bool]:
    """[(seconds since start, stream, line)] of a process, and whether it was stopped; with
    `cpu`, its CPU time and that of the processes `others` are read into it as it runs."""
    started = time.monotonic()
    lines: list[tuple[float, str, str]] = []

    def read(stream: object, name: str) -> None:
        for line in stream:  # type: ignore[attr-defined]
            lines.append((time.monotonic() - started, name, line.rstrip("\n")))

    stopped = False
    with subprocess.Popen(
        command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    ) as proc:
        readers = [
            threading.Thread(target=read, args=(proc.stdout, "out"), daemon=True),
            threading.Thread(target=read, args=(proc.stderr, "err"), daemon=True),
        ]
        for reader in readers:
            reader.start()
        while proc.poll() is None and not stopped:
            now = time.monotonic() - started
            if cpu is not None:
                cpu.read(now, proc.pid, others)
            if now >= timeout:
                proc.kill()
                stopped = True
            else:
                time.sleep(min(CPU_EVERY_S, timeout - now))
        proc.wait()
        for reader in readers:
            reader.join()
    lines.append((time.monotonic() - started, "end", ""))
    if proc.returncode and not stopped:
        errors = "\n".join(line for _, name, line in lines if name == "err")
        raise RuntimeError(f"{' '.join(command)} failed ({proc.returncode}):\n{errors}")
    return sorted(lines), stopped


def bench(
    config: Config,
    model: Path,
    n: int,
    reps: int,
    timeout: float,
    prompt: int | None = None,
    others: Sequence[int] = (),
) -> Measure:
    """pp (of `prompt` tokens, `n` unless said; 0: no pp test) and tg (of `n`) of one fresh
    process; past `timeout`, upper bounds of what it did not finish. While tg ran, the CPU
    time the process got, and the processes `others` (its neighbours) meanwhile."""
    prompt = n if prompt is None else prompt
    sizes = ["-p", str(prompt), "-n", str(n), "-r", str(reps), "-t", str(config.threads)]
    if config.llama_bench:
        command = [config.llama_bench, "-m", str(model), *sizes, "-o", "jsonl"]
    else:
        command = [config.python, "-m", "engine", "bench", "--model", str(model), *sizes]
        command += ["-o", "jsonl"]
    cpu = CpuLog()
    lines, stopped = run_timed(command, environment(config), timeout, cpu, others)
    measure = Measure(seconds=lines[-1][0])
    ended: dict[str, float] = {}  # when each test ended, seconds after the start
    tg_timed = 0.0  # seconds the tg repetitions took, as the process timed them
    for at, name, line in lines:
        if name == "out" and line.startswith("{"):
            record = json.loads(line)
            test = "pp" if record["n_prompt"] else "tg"
            setattr(measure, test, record["avg_ts"])
            setattr(measure, f"{test}_sd", record["stddev_ts"])
            measure.waits = record.get("thread_waits", "libgomp's default (llama-bench)")
            ended.setdefault(test, at)
            if test == "tg":
                tg_timed = sum(record.get("samples_ns", [])) / 1e9
        elif name == "err" and line[:2] in ("pp", "tg") and ": " in line and "±" in line:
            # plume bench says each test on stderr as it ends: "pp16: 20.36 ± 0.22 t/s"
            ended.setdefault(line[:2], at)
            if getattr(measure, line[:2]) is None:
                setattr(measure, line[:2], float(line.split(": ")[1].split("±")[0]))
    if stopped and prompt and measure.pp is None:  # from the process's start: a loose bound
        measure.pp, measure.pp_below = n * (reps + 1) / lines[-1][0], True
    if stopped and measure.tg is None:  # one token to warm up, then n × r
        measure.tg = (1 + n * reps) / (lines[-1][0] - ended.get("pp", 0.0))
        measure.tg_below = True
    shares(measure, cpu, tg_window(ended, tg_timed, stopped, lines[-1][0]), n * reps)
    return measure


def tg_window(
    ended: dict[str, float], timed: float, stopped: bool, life: float
) -> tuple[float, float] | None:
    """When tg ran, seconds after the process started: the repetitions it timed, up to the
    moment it said tg's result; a stopped run, from the end of its pp test (tg follows it),
    else its last STOPPED_WINDOW_S, or its last half if it ran less than twice that."""
    if "tg" in ended and timed > 0:
        return ended["tg"] - timed, ended["tg"]
    if stopped and "pp" in ended:
        return ended["pp"], life
    if stopped:
        return life - min(STOPPED_WINDOW_S, life / 2), life
    return None


def shares(measure: Measure, cpu: CpuLog, window: tuple[float, float] | None, tokens: int) -> None:
    """The CPUs' worth of time the process and its neighbours got while tg ran, and the
    process's tokens per CPU second (a bound where its tg is)."""
    if window is None or window[1] <= window[0]:
        return
    seconds = window[1] - window[0]
    own = used(cpu.own, *window)
    if own:
        measure.cpus = own / seconds
        if measure.tg_below and measure.tg is not None:
            measure.tg_per_cpu_s = measure.tg / measure.cpus
        else:
            measure.tg_per_cpu_s = tokens / own
    theirs = used(cpu.others, *window)
    if theirs is not None:
        measure.neighbours_cpus = theirs / seconds


def article(config: Config, path: Path, model: Path, timeout: float) -> float | None:
    """Seconds of one whole rewrite (model load and spaCy excluded); None past `timeout`."""
    command = [config.python, "-m", "engine", "bench", "--article", str(path), "-o", "json"]
    env = environment(
        config, {**ARTICLE_ENV, "PLUME_MODEL": str(model), "PLUME_THREADS": str(config.threads)}
    )
    lines, stopped = run_timed(command, env, timeout)
    if stopped:
        return None
    return json.loads("\n".join(line for _, name, line in lines if name == "out"))["rewrite_s"]


@dataclass(frozen=True)
class Load:
    """What runs beside each measured process: `n` busy processes of one kind — `yes`
    (`yes > /dev/null`: one busy thread each, never waiting), or `llama` (scripts/neighbour.py:
    llama.cpp generating forever on `threads` threads that spin as libgomp does by default)."""

    kind: str  # "yes" or "llama"
    n: int

    @classmethod
    def parse(cls, text: str) -> Load:
        """ "0" (idle), "4" or "yes4" (4 `yes`), "llama2" (2 spinning llama.cpp neighbours)."""
        found = re.fullmatch(r"(yes|llama)?(\d+)", text.strip())
        if not found:
            raise argparse.ArgumentTypeError(
                f"unknown load {text!r}: say 0 (idle), N or yesN (N `yes` processes), or llamaN "
                "(N llama.cpp neighbours)"
            )
        kind, count = found[1] or "yes", found[2]
        return cls(kind, int(count))

    def __str__(self) -> str:
        return "idle" if self.n == 0 else f"{self.n} {self.kind}"


# A neighbour's threads wait as libgomp does when nothing is set (its default count, said
# explicitly so that Plume, which the neighbour's llama.cpp is loaded through, does not choose)
NEIGHBOUR_WAITS = {"GOMP_SPINCOUNT": "300000"}


class Neighbours:
    """Running llama.cpp neighbours: how many tokens they made, and when."""

    def __init__(self) -> None:
        self.counts: dict[int, tuple[float, int]] = {}  # process → (when, tokens so far)
        self.said: list[str] = []  # each one's "ready: …" line
        self.pids: list[int] = []

    def made(self) -> int:
        return sum(tokens for _, tokens in self.counts.values())

    def rate(self, since: tuple[float, int]) -> float | None:
        """All neighbours' tokens/s since (when, tokens made then)."""
        if not self.counts:
            return None
        last = max(when for when, _ in self.counts.values())
        return (self.made() - since[1]) / (last - since[0]) if last > since[0] else None

    def now(self) -> tuple[float, int]:
        return time.monotonic(), self.made()

    def go_past(self, tokens: int, within_s: float) -> bool:
        """Whether they make more than `tokens` within `within_s` seconds: they report at most
        every quarter of a second, and a loaded machine may slow them many times over."""
        deadline = time.monotonic() + within_s
        while self.made() <= tokens:
            if time.monotonic() >= deadline:
                return False
            time.sleep(0.05)
        return True


@contextmanager
def loaded(load: Load, model: Path, threads: int) -> Iterator[Neighbours | None]:
    """`load` running beside whatever the block does; llama.cpp neighbours (on `model`, with
    `threads` threads) have each made their first token before it starts."""
    if load.kind == "yes":
        with hogs(load.n):
            yield None
        return
    neighbours = Neighbours()
    command = [sys.executable, "-m", "scripts.neighbour", str(model), str(threads)]
    env = {k: v for k, v in os.environ.items() if k not in WAIT_VARIABLES} | NEIGHBOUR_WAITS
    procs = [
        subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.PIPE, text=True)
        for _ in range(load.n)
    ]
    neighbours.pids = [proc.pid for proc in procs]
    ready = [threading.Event() for _ in procs]

    def read(i: int, proc: subprocess.Popen[str]) -> None:
        for line in proc.stdout:  # type: ignore[union-attr]
            if line.startswith("ready: "):
                neighbours.said.append(line.removeprefix("ready: ").strip())
                neighbours.counts[i] = (time.monotonic(), 1)
                ready[i].set()
            elif line.strip().isdigit():
                neighbours.counts[i] = (time.monotonic(), int(line))
        ready[i].set()  # ended (killed, or failed: said below)

    readers = [threading.Thread(target=read, args=item, daemon=True) for item in enumerate(procs)]
    try:
        for reader in readers:
            reader.start()
        for i, proc in enumerate(procs):
            ready[i].wait(120)
            if i not in neighbours.counts:  # it ended, or made no token in two minutes
                proc.kill()
                raise RuntimeError(f"a llama.cpp neighbour made no token ({proc.wait()}): {model}")
        yield neighbours
    finally:
        for proc in procs:
            proc.kill()
            proc.wait()
        for reader in readers:
            reader.join()
        for proc in procs:
            proc.stdout.close()  # type: ignore[union-attr]


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


def past(stop_at: str | None) -> bool:
    return bool(stop_at) and datetime.now().strftime("%H:%M") >= stop_at  # type: ignore[operator]


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("model", type=Path)
    parser.add_argument(
        "--loads",
        default="0,4,8",
        help="what runs beside each run: 0 (idle), N or yesN (`yes` processes), llamaN "
        "(llama.cpp neighbours), ',' between",
    )
    parser.add_argument("--rounds", type=int, default=2, help="rounds idle")
    parser.add_argument("--loaded-rounds", type=int, default=1, help="rounds under each load")
    parser.add_argument("-n", type=int, default=64, help="pp and tg tokens, idle")
    parser.add_argument("-r", type=int, default=3, help="repetitions per process, idle")
    parser.add_argument("--loaded-n", type=int, default=16, help="tg tokens, loaded")
    parser.add_argument("--loaded-p", type=int, help="pp tokens, loaded (0: none) [--loaded-n]")
    parser.add_argument("--loaded-r", type=int, default=2, help="repetitions, loaded")
    parser.add_argument("--timeout", type=float, default=40.0, help="seconds a run may take")
    parser.add_argument("--neighbour-model", type=Path, help="the neighbours' GGUF [model]")
    parser.add_argument("--neighbour-threads", type=int, help="each neighbour's [cores]")
    parser.add_argument("--article", type=Path, help="also time a whole rewrite of this file")
    parser.add_argument("--article-model", type=Path, help="the GGUF the article is written by")
    parser.add_argument("--article-timeout", type=float, default=90.0)
    parser.add_argument("--article-for", help="settings that time the article (as --only)")
    parser.add_argument("--article-loads", default="0", help="loads the article is timed at")
    parser.add_argument("--nomp", help="a Python with llama-cpp-python built without OpenMP")
    parser.add_argument("--llama-bench", help="llama.cpp's llama-bench, as the reference")
    parser.add_argument("--only", help="settings to run: parts of their names, ';' between")
    parser.add_argument("--stop-at", help="HH:MM: start no run after this time")
    parser.add_argument("--json", type=Path, help="write every measurement here (as it goes)")
    args = parser.parse_args(argv)
    try:
        loads = [Load.parse(text) for text in args.loads.split(",")]
        article_loads = {str(Load.parse(text)) for text in args.article_loads.split(",")}
    except argparse.ArgumentTypeError as error:
        parser.error(str(error))
    cores = physical_cores()
    chosen = configs(cores, args.nomp, args.llama_bench)
    if args.only:
        chosen = [c for c in chosen if picked(c, args.only)]
    loaded_p = args.loaded_n if args.loaded_p is None else args.loaded_p
    print(
        f"{cores} cores; model {args.model.name}; idle pp{args.n}/tg{args.n} × {args.r}, loaded "
        f"pp{loaded_p}/tg{args.loaded_n} × {args.loaded_r} per process; runs stopped "
        f"after {args.timeout:.0f} s",
        flush=True,
    )
    rows: list[dict[str, object]] = []
    flip = 0
    for load in loads:
        rounds = args.rounds if load.n == 0 else args.loaded_rounds
        sizes = (args.n, args.r, args.n)
        if load.n:
            sizes = (args.loaded_n, args.loaded_r, loaded_p)
        neighbour_model = args.neighbour_model or args.model
        with loaded(load, neighbour_model, args.neighbour_threads or cores) as neighbours:
            if neighbours:
                print(f"{load}: each neighbour's threads wait: {neighbours.said[0]}", flush=True)
            for round_ in range(rounds):
                order = chosen if flip % 2 == 0 else chosen[::-1]
                flip += 1
                for config in order:
                    if config.llama_bench and load.n:
                        continue  # the reference is taken idle (under load: libgomp's row)
                    if past(args.stop_at):
                        print(f"skipped (past {args.stop_at}): {load} {name(config)}")
                        continue
                    timed = args.article and not config.llama_bench and round_ == 0
                    timed = timed and str(load) in article_loads
                    timed = timed and (not args.article_for or picked(config, args.article_for))
                    row = run(config, args, sizes, neighbours, bool(timed))
                    rows.append({"condition": str(load), "round": round_, **row})
                    if args.json:
                        args.json.write_text(json.dumps(rows, indent=1) + "\n", encoding="utf-8")
                    print(progress_line(rows[-1]), flush=True)
    print()
    print(table(rows))
    print()
    print(ratios(rows))
    return 0


def run(
    config: Config,
    args: argparse.Namespace,
    sizes: tuple[int, int, int],
    neighbours: Neighbours | None,
    timed: bool,
) -> dict[str, object]:
    """One fresh process of `config` (and its article, if `timed`): the row of the table."""
    n, reps, prompt = sizes
    _, busy = cpus_busy_elsewhere(0.5)
    average = os.getloadavg()[0]
    since = neighbours.now() if neighbours else None
    others = neighbours.pids if neighbours else ()
    measure = bench(config, args.model, n, reps, args.timeout, prompt, others)
    beside = neighbours.rate(since) if neighbours and since else None
    seconds = None
    if timed:
        seconds = article(config, args.article, args.article_model, args.article_timeout)
    return {
        "config": name(config),
        "cpus_busy_before": busy,
        "load_before": round(average, 2),
        "pp_ts": _round(measure.pp),
        "pp_sd": round(measure.pp_sd, 2),
        "pp_below": measure.pp_below,
        "tg_ts": _round(measure.tg),
        "tg_sd": round(measure.tg_sd, 2),
        "tg_below": measure.tg_below,
        "process_s": round(measure.seconds, 1),
        "cpus": _round(measure.cpus),
        "tg_per_cpu_s": _round(measure.tg_per_cpu_s),
        "neighbours_cpus": _round(measure.neighbours_cpus),
        "waits": measure.waits,
        "neighbours_tg_ts": _round(beside),
        "article_s": None if seconds is None else round(seconds, 2),
        "article_over_s": args.article_timeout if timed and not seconds else None,
    }


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 2)


def figure(value: object, below: object, digits: int = 1) -> str:
    if value is None:
        return "–"
    return f"{'< ' if below else ''}{float(value):.{digits}f}"  # type: ignore[arg-type]


def progress_line(row: dict[str, object]) -> str:
    shown = ""
    if row["article_s"] is not None:
        shown = f"  article {row['article_s']:.1f} s"
    elif row["article_over_s"]:
        shown = f"  article > {row['article_over_s']:.0f} s"
    if row.get("neighbours_tg_ts") is not None:
        shown += f"  neighbours tg {row['neighbours_tg_ts']:.2f}"
    if row.get("cpus") is not None:
        per = figure(row.get("tg_per_cpu_s"), row["tg_below"])
        shown += f"  CPUs {row['cpus']:.2f} ({per} t per CPU-s)"
    if row.get("neighbours_cpus") is not None:
        shown += f"  neighbours' CPUs {row['neighbours_cpus']:.2f}"
    return (
        f"{row['condition']:7} r{row['round']} {row['config']:42} "
        f"pp {figure(row['pp_ts'], row['pp_below']):>7} ± {row['pp_sd']:<5} "
        f"tg {figure(row['tg_ts'], row['tg_below'], 2):>7} ± {row['tg_sd']:<5}{shown}  "
        f"({row['process_s']} s; before: CPUs busy {row['cpus_busy_before']}, "
        f"load {row['load_before']}) [{row['waits']}]"
    )


# The figures a stopped run gives as bounds, and which flag says so
BOUND_BY = {"pp_ts": "pp_below", "tg_ts": "tg_below", "tg_per_cpu_s": "tg_below"}


def summary(rows: list[dict[str, object]], key: str, digits: int = 1) -> str:
    """Mean over the processes that finished, and their range: "40.1 (39.5–40.8)"; a stopped
    run's bound after it ("1.5; < 1.51"), alone if no run finished ("< 1.51")."""
    below = BOUND_BY.get(key, "")
    values = [float(r[key]) for r in rows if r.get(key) is not None and not r.get(below)]  # type: ignore[arg-type]
    bounds = [float(r[key]) for r in rows if r.get(key) is not None and r.get(below)]  # type: ignore[arg-type]
    said = []
    if values:
        mean, low, high = statistics.fmean(values), min(values), max(values)
        said.append(
            f"{mean:.{digits}f}"
            if len(values) == 1
            else f"{mean:.{digits}f} ({low:.{digits}f}–{high:.{digits}f})"
        )
    if bounds:
        said.append(f"< {max(bounds):.{digits}f}")
    return "; ".join(said) or "–"


def table(rows: list[dict[str, object]]) -> str:
    """One line per setting: tg and pp (mean, and the processes' range), the article's seconds
    and the neighbours' own tg, then while tg ran the CPUs' worth of time the process got, its
    tokens per CPU second and the neighbours' CPUs, for each condition (a column nothing was
    measured in is left out); the CPUs other work kept busy before the runs."""
    conditions = list(dict.fromkeys(str(r["condition"]) for r in rows))
    settings = list(dict.fromkeys(str(r["config"]) for r in rows))
    columns = [["setting", *settings]]
    for c in conditions:
        cells: dict[str, list[str]] = {"tg t/s": [], "pp t/s": [], "article s": []}
        cells["neighbours' tg"] = []
        cells["CPUs"], cells["t per CPU-s"], cells["neighbours' CPUs"] = [], [], []
        for setting in settings:
            mine = [r for r in rows if r["config"] == setting and r["condition"] == c]
            seconds = [f"{r['article_s']:.1f}" for r in mine if r["article_s"] is not None]
            seconds += [f"> {r['article_over_s']:.0f}" for r in mine if r["article_over_s"]]
            cells["tg t/s"].append(summary(mine, "tg_ts"))
            cells["pp t/s"].append(summary(mine, "pp_ts"))
            cells["article s"].append(", ".join(seconds))
            cells["neighbours' tg"].append(summary(mine, "neighbours_tg_ts"))
            cells["CPUs"].append(summary(mine, "cpus", 2))
            cells["t per CPU-s"].append(summary(mine, "tg_per_cpu_s"))
            cells["neighbours' CPUs"].append(summary(mine, "neighbours_cpus", 2))
        for head, column in cells.items():
            if any(cell not in ("", "–") for cell in column):
                columns.append([f"{c}: {head}", *column])
    grid = list(zip(*columns, strict=True))
    lines = ["| " + " | ".join(grid[0]) + " |", "|---" + "|---:" * (len(columns) - 1) + "|"]
    lines += ["| " + " | ".join(line) + " |" for line in grid[1:]]
    busy = []
    for c in conditions:
        values = [float(r["cpus_busy_before"] or 0) for r in rows if r["condition"] == c]
        busy.append(f"{c}: {min(values):.1f}–{max(values):.1f}")
    lines.append("")
    lines.append("CPUs other processes kept busy before each run: " + "; ".join(busy))
    return "\n".join(lines)


def ratios(rows: list[dict[str, object]]) -> str:
    """tg of each setting ÷ libgomp's default, per condition (the issue's ≥ 10× under load),
    ÷ passive waits (turn 2's setting: the gain to keep), and idle ÷ llama-bench (its ≥ 0.97)."""
    conditions = list(dict.fromkeys(str(r["condition"]) for r in rows))
    out = []
    for c in conditions:
        mine = [r for r in rows if r["condition"] == c and r["tg_ts"] is not None]
        means, below = {}, set()
        for s in dict.fromkeys(str(r["config"]) for r in mine):
            finished = [float(r["tg_ts"]) for r in mine if r["config"] == s and not r["tg_below"]]  # type: ignore[arg-type]
            bounds = [float(r["tg_ts"]) for r in mine if r["config"] == s and r["tg_below"]]  # type: ignore[arg-type]
            means[s] = statistics.fmean(finished) if finished else max(bounds)
            if not finished:
                below.add(s)  # only bounds: the ratio is a bound too
        for reference in [s for s in means if s.startswith(("libgomp", PASSIVE, "llama-bench"))]:
            said = []
            for s, v in means.items():
                # a bound over a figure is a bound; over another bound, nothing
                bound = {(True, False): "< ", (False, True): "> "}.get(
                    (s in below, reference in below), "" if s not in below else None
                )
                if bound is not None:
                    said.append(f"{s}: {bound}{v / means[reference]:.2f}×")
            out.append(f"{c}, tg ÷ {reference}: " + "; ".join(said))
    return "\n".join(out)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

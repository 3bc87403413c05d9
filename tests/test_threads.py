"""How llama.cpp's threads wait (issue 22): Plume's choice from how busy the CPUs are when it
starts, the user's own OMP_*/GOMP_* winning, and what `rewrite` says of it in its start-up
lines (a real subprocess, beside real busy processes where the test needs a busy machine)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from engine.config import OPENMP_SPIN_COUNT, OPENMP_SPIN_COUNT_BUSY
from engine.llm import threads
from engine.llm.threads import Machine
from engine.models import system
from engine.models.system import physical_cores
from scripts import under_load
from scripts.under_load import Load
from tests.conftest import REPO

CPUS = len(os.sched_getaffinity(0))
CLEAN = {
    k: v for k, v in os.environ.items() if k not in (*threads.WAIT_VARIABLES, threads.SET_BY_PLUME)
}


@pytest.mark.parametrize(
    ("machine", "said"),
    [
        (
            Machine(cpus=2, threads=2, busy=0.1),
            "GOMP_SPINCOUNT=1000 (Plume's default for a quiet machine: other processes kept "
            "0.1 of 2 CPUs busy at start)",
        ),
        (
            Machine(cpus=2, threads=2, busy=0.45),
            "GOMP_SPINCOUNT=1000 (Plume's default for a quiet machine: other processes kept "
            "0.5 of 2 CPUs busy at start)",
        ),
        (
            Machine(cpus=2, threads=2, busy=0.5),
            "GOMP_SPINCOUNT=0 (Plume's default for a busy machine: other processes kept "
            "0.5 of 2 CPUs busy at start)",
        ),
        (
            Machine(cpus=2, threads=2, busy=2.0),
            "GOMP_SPINCOUNT=0 (Plume's default for a busy machine: other processes kept "
            "2.0 of 2 CPUs busy at start)",
        ),
        # 16 CPUs (8 cores, 2 hyper-threads each), 8 threads: 8 CPUs are Plume's to spare
        (
            Machine(cpus=16, threads=8, busy=8.4),
            "GOMP_SPINCOUNT=1000 (Plume's default for a quiet machine: other processes kept "
            "8.4 of 16 CPUs busy at start)",
        ),
        (
            Machine(cpus=16, threads=8, busy=8.5),
            "GOMP_SPINCOUNT=0 (Plume's default for a busy machine: other processes kept "
            "8.5 of 16 CPUs busy at start)",
        ),
        (
            Machine(cpus=2, threads=2, busy=None),
            "GOMP_SPINCOUNT=1000 (Plume's default; how busy the CPUs are cannot be read here)",
        ),
    ],
)
def test_plume_spins_on_a_quiet_machine_and_sleeps_at_once_on_a_busy_one(machine, said) -> None:
    assert (OPENMP_SPIN_COUNT, OPENMP_SPIN_COUNT_BUSY) == (1000, 0)
    assert str(threads.choose(machine)) == said
    assert str(threads.decide({}, machine)) == said


@pytest.mark.parametrize(
    ("given", "said"),
    [
        ({"GOMP_SPINCOUNT": "1000"}, "GOMP_SPINCOUNT=1000 (your environment)"),
        ({"OMP_WAIT_POLICY": "ACTIVE"}, "OMP_WAIT_POLICY=ACTIVE (your environment)"),
        ({"OMP_WAIT_POLICY": "PASSIVE"}, "OMP_WAIT_POLICY=PASSIVE (your environment)"),
    ],
)
def test_the_users_own_variables_win_on_any_machine(given, said) -> None:
    for busy in (0.0, 2.0):
        environ = dict(given)
        assert str(threads.apply(environ, Machine(2, 2, busy))) == said
        assert environ == given  # untouched


def test_a_process_plume_starts_decides_again_and_keeps_the_choice_plumes() -> None:
    """A child inherits the variable Plume set: still Plume's to choose, on the machine it sees."""
    parent: dict[str, str] = {}
    threads.apply(parent, Machine(2, 2, 0.0))
    assert parent == {"GOMP_SPINCOUNT": "1000", threads.SET_BY_PLUME: "GOMP_SPINCOUNT=1000"}
    child = dict(parent)
    waits = threads.apply(child, Machine(2, 2, 1.8))
    assert (waits.setting, waits.chosen_by) == ("GOMP_SPINCOUNT=0", "Plume's default")
    assert child == {"GOMP_SPINCOUNT": "0", threads.SET_BY_PLUME: "GOMP_SPINCOUNT=0"}
    child["GOMP_SPINCOUNT"] = "100"  # then changed by the user: theirs
    assert str(threads.apply(child, Machine(2, 2, 0.0))) == "GOMP_SPINCOUNT=100 (your environment)"
    assert child["GOMP_SPINCOUNT"] == "100"


def test_other_processes_work_is_counted_and_this_ones_is_not(monkeypatch) -> None:
    """Two CPUs watched for 0.2 s (40 ticks at 100 Hz): 30 busy ticks, 0.1 s of them this
    process's own (a thread loading spaCy meanwhile) → others kept 1.0 CPU busy."""
    ticks = iter([(1000, 4000), (1030, 4040)])
    own = iter([5.0, 5.1])
    monkeypatch.setattr(system, "cpu_ticks", lambda cpus: next(ticks))
    monkeypatch.setattr(system, "_own_cpu_seconds", lambda: next(own, 5.1))
    monkeypatch.setattr(system.os, "sched_getaffinity", lambda pid: {0, 1})
    monkeypatch.setattr(system.os, "sysconf", lambda name: 100)
    assert system.cpus_busy_elsewhere(0.0) == (2, 1.0)
    monkeypatch.setattr(system, "cpu_ticks", lambda cpus: None)  # no /proc/stat
    assert system.cpus_busy_elsewhere(0.0) == (2, None)


# A busy machine, two ways: two `yes` per CPU, or another llama.cpp process whose threads (one
# per CPU) spin as libgomp does by default — the newsroom's case of two Plumes on one box.
LOADS = {"yes": Load("yes", 2 * CPUS), "llama": Load("llama", 1)}


@contextmanager
def busy_machine(kind: str, model: Path) -> Iterator[None]:
    with under_load.loaded(LOADS[kind], model, CPUS) as neighbours:
        if neighbours:  # really llama.cpp, really spinning, really generating
            assert neighbours.said == ["GOMP_SPINCOUNT=300000 (your environment)"]
            made = neighbours.made()
        yield
        if neighbours:
            assert neighbours.go_past(made, within_s=60)


@pytest.mark.parametrize("kind", LOADS)
def test_busy_processes_are_seen_on_this_machine(kind, tiny_chat_model) -> None:
    """Beside either load, every CPU is busy with other work, and Plume's choice is the busy
    one."""
    busy, total = system.cpu_ticks(os.sched_getaffinity(0)) or (0, 0)
    assert 0 < busy < total
    with busy_machine(kind, tiny_chat_model):
        machine = Machine.now(0.5)
    assert machine.cpus == CPUS
    assert machine.busy is not None and machine.busy >= CPUS - 0.3
    assert threads.decide({}, machine).setting == f"GOMP_SPINCOUNT={OPENMP_SPIN_COUNT_BUSY}"


def rewrite_startup(tmp_path: Path, model: Path, env: dict[str, str], *args: str) -> str:
    """`plume rewrite` of an empty file: its start-up lines, then exit 2 (nothing to rewrite)."""
    empty = tmp_path / "vide.txt"
    empty.write_text("", encoding="utf-8")
    command = [sys.executable, "-m", "engine", "rewrite", str(empty), "--model", str(model)]
    done = subprocess.run(
        [*command, *args], cwd=REPO, env={**CLEAN, **env}, capture_output=True, text=True
    )
    assert done.returncode == 2, done.stderr
    return next(line for line in done.stderr.splitlines() if line.startswith("threads: "))


STARTUP = re.compile(
    r"threads: (\d+) \(physical cores\); waiting threads: GOMP_SPINCOUNT=(\d+) \(Plume's "
    r"default for a (quiet|busy) machine: other processes kept (\d+\.\d) of (\d+) CPUs busy "
    r"at start\)"
)


@pytest.mark.parametrize(
    ("env", "args", "said"),
    [
        (
            {"GOMP_SPINCOUNT": "10000"},
            ["--threads", "1"],
            "threads: 1 (your setting); waiting threads: GOMP_SPINCOUNT=10000 (your environment)",
        ),
        (
            {"OMP_WAIT_POLICY": "PASSIVE"},
            [],
            f"threads: {physical_cores()} (physical cores); waiting threads: "
            "OMP_WAIT_POLICY=PASSIVE (your environment)",
        ),
    ],
)
def test_rewrite_says_the_users_wait_setting(tmp_path, tiny_chat_model, env, args, said) -> None:
    assert rewrite_startup(tmp_path, tiny_chat_model, env, *args) == said


@pytest.mark.parametrize("kind", [None, *LOADS])
def test_rewrite_says_plumes_choice_and_why(tmp_path, tiny_chat_model, kind) -> None:
    """On the machine as the test finds it, the line agrees with the rule; beside either load,
    the threads sleep at once."""
    if kind is None:
        line = rewrite_startup(tmp_path, tiny_chat_model, {})
    else:
        with busy_machine(kind, tiny_chat_model):
            line = rewrite_startup(tmp_path, tiny_chat_model, {})
    found = STARTUP.fullmatch(line)
    assert found, line
    machine = Machine(int(found[5]), int(found[1]), float(found[4]))
    assert found[0].split("waiting threads: ")[1] == str(threads.choose(machine))
    if kind is not None:
        assert (found[2], found[3]) == (str(OPENMP_SPIN_COUNT_BUSY), "busy")


def test_the_start_up_line_and_llama_cpp_get_the_same_decision() -> None:
    """Decided once per process: the line said before the model loads is what libgomp reads."""
    probe = (
        "import os; from engine.llm import threads; print(threads.startup_line(0)); "
        "import engine.llm.llama.binding as b; print(b.THREAD_WAITS); "
        "print(os.environ['GOMP_SPINCOUNT'])"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], cwd=REPO, env=CLEAN, capture_output=True, text=True
    )
    line, in_force, variable = done.stdout.splitlines()
    assert line.endswith(f"waiting threads: {in_force}")
    assert in_force.startswith(f"GOMP_SPINCOUNT={variable} (Plume's default for a ")

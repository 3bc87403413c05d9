"""How llama.cpp's CPU threads wait for each other: decided once, before llama.cpp loads.

llama.cpp's threads meet at a barrier after every operation of the graph (hundreds per token).
llama-cpp-python builds ggml with OpenMP, and libgomp's waiting threads spin `GOMP_SPINCOUNT`
rounds before they sleep (300,000 by default, `infinite` with OMP_WAIT_POLICY=ACTIVE, 0 with
PASSIVE). Spinning makes a barrier cost nanoseconds on an idle machine; on a machine whose cores
are busy with other work, a spinning thread burns the time slice its partner needs and
generation collapses. No single count is right on both (README, "Threads: idle and under
load"), so Plume watches the CPUs for a moment before llama.cpp loads and chooses: a short spin
on a quiet machine, none on a busy one. libgomp reads the variables once, when it loads, so
`apply` sets them before `llama_cpp` is imported (by engine/llm/llama/binding.py, or earlier by
the CLI, which says the choice in its start-up lines); a user's own OMP_WAIT_POLICY or
GOMP_SPINCOUNT always wins.

This module imports nothing of llama.cpp: what Plume chose can be said without loading it.
"""

from __future__ import annotations

import os
import sys
from collections.abc import MutableMapping
from dataclasses import dataclass

from engine.config import BUSY_CPUS, BUSY_SAMPLE_S, OPENMP_SPIN_COUNT, OPENMP_SPIN_COUNT_BUSY
from engine.models.system import cpus_busy_elsewhere, physical_cores

WAIT_VARIABLES = ("OMP_WAIT_POLICY", "GOMP_SPINCOUNT")
# What Plume set, for the processes it starts (they inherit the variable, not the user's choice)
SET_BY_PLUME = "PLUME_SET_OPENMP_WAITS"
PLUMES = "Plume's default"
USERS = "your environment"


@dataclass(frozen=True)
class Machine:
    """How busy the CPUs were just before llama.cpp loaded."""

    cpus: int  # CPUs this process may run on
    threads: int  # the threads Plume runs by default (physical cores)
    busy: float | None  # CPUs' worth of other processes' work; None where it cannot be read

    @classmethod
    def now(cls, seconds: float = BUSY_SAMPLE_S) -> Machine:
        cpus, busy = cpus_busy_elsewhere(seconds)
        return cls(cpus, physical_cores(), busy)

    def is_busy(self) -> bool:
        """Busy when other work takes the CPUs Plume's threads need: beyond the CPUs its
        threads leave free, at least BUSY_CPUS of them."""
        return self.busy is not None and self.busy >= self.cpus - self.threads + BUSY_CPUS


@dataclass(frozen=True)
class Waits:
    """The wait setting in force, who chose it and why."""

    setting: str  # "GOMP_SPINCOUNT=1000", "OMP_WAIT_POLICY=ACTIVE GOMP_SPINCOUNT=…"
    chosen_by: str  # PLUMES or USERS
    why: str = ""  # Plume's reason: "for a quiet machine: …"
    machine: Machine | None = None

    def __str__(self) -> str:
        return f"{self.setting} ({self.chosen_by}{self.why})"


def choose(machine: Machine) -> Waits:
    """Plume's setting for a machine in this state."""
    if machine.busy is None:
        why = "; how busy the CPUs are cannot be read here"
        return Waits(_spin(OPENMP_SPIN_COUNT), PLUMES, why, machine)
    busy = machine.is_busy()
    count = OPENMP_SPIN_COUNT_BUSY if busy else OPENMP_SPIN_COUNT
    why = (
        f" for a {'busy' if busy else 'quiet'} machine: other processes kept "
        f"{machine.busy:.1f} of {machine.cpus} CPUs busy at start"
    )
    return Waits(_spin(count), PLUMES, why, machine)


def _spin(count: int) -> str:
    return f"GOMP_SPINCOUNT={count}"


def decide(environ: MutableMapping[str, str], machine: Machine | None = None) -> Waits:
    """What waiting threads will do with this environment, without changing it: the user's
    own variables, else Plume's choice for `machine` (watched now if not given)."""
    given = " ".join(f"{name}={environ[name]}" for name in WAIT_VARIABLES if environ.get(name))
    if given and given != environ.get(SET_BY_PLUME):
        return Waits(given, USERS, machine=machine)
    return choose(machine or Machine.now())


_applied: list[Waits] = []  # this process's decision (libgomp reads the variables only once)


def apply(environ: MutableMapping[str, str] | None = None, machine: Machine | None = None) -> Waits:
    """Set Plume's choice in `environ` unless the user set a wait variable. For this process's
    own environment (no `environ`), decided once: later calls return the same decision."""
    if environ is None:
        if not _applied:
            _applied.append(apply(os.environ, machine))
        return _applied[0]
    waits = decide(environ, machine)
    if waits.chosen_by == PLUMES:
        environ["GOMP_SPINCOUNT"] = waits.setting.removeprefix("GOMP_SPINCOUNT=")
        environ[SET_BY_PLUME] = waits.setting
    return waits


def applied() -> Waits | None:
    """This process's decision, if one was taken."""
    return _applied[0] if _applied else None


def describe(waits: Waits, openmp: bool) -> str:
    """One line for `plume bench` and the start-up block; a build without OpenMP ignores the
    variables (ggml's own threadpool waits at its barriers)."""
    return str(waits) if openmp else "ggml threadpool (llama.cpp built without OpenMP)"


def in_force() -> str | None:
    """How this process's llama.cpp threads wait; None while llama.cpp is not loaded here."""
    binding = sys.modules.get("engine.llm.llama.binding")
    return getattr(binding, "THREAD_WAITS", None)


def startup_line(threads: int) -> str:
    """`rewrite`'s start-up line: the threads and how they will wait (decided now, before the
    model loads; the same decision llama.cpp gets)."""
    used = f"{threads} (your setting)" if threads else f"{physical_cores()} (physical cores)"
    return f"threads: {used}; waiting threads: {apply()}"

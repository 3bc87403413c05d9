"""How llama.cpp's CPU threads wait for each other: decided once, before llama.cpp loads.

llama.cpp's threads meet at a barrier after every operation of the graph (hundreds per token).
llama-cpp-python builds ggml with OpenMP, and libgomp's waiting threads spin `GOMP_SPINCOUNT`
rounds before they sleep (300,000 by default, `infinite` with OMP_WAIT_POLICY=ACTIVE, 0 with
PASSIVE). Spinning makes a barrier cost nanoseconds on an idle machine; on a machine whose cores
are all busy, a spinning thread burns the time slice its partner needs. libgomp reads these
variables once, when it loads, so `apply` sets them before `llama_cpp` is imported (by
engine/llm/llama/binding.py), and a user's own OMP_WAIT_POLICY or GOMP_SPINCOUNT always wins.

This module imports nothing of llama.cpp: what Plume chose can be said without loading it.
"""

from __future__ import annotations

import os
import sys
from collections.abc import MutableMapping
from dataclasses import dataclass

from engine.config import OPENMP_SPIN_COUNT

WAIT_VARIABLES = ("OMP_WAIT_POLICY", "GOMP_SPINCOUNT")
# What Plume set, for the processes it starts (they inherit the variable, not the user's choice)
SET_BY_PLUME = "PLUME_SET_OPENMP_WAITS"


@dataclass(frozen=True)
class Waits:
    """The wait setting in force and who chose it."""

    setting: str  # "GOMP_SPINCOUNT=10000", "OMP_WAIT_POLICY=ACTIVE GOMP_SPINCOUNT=…"
    chosen_by: str  # "Plume's default" or "your environment"

    def __str__(self) -> str:
        return f"{self.setting} ({self.chosen_by})"


def decide(environ: MutableMapping[str, str]) -> Waits:
    """What waiting threads will do with this environment, without changing it."""
    given = " ".join(f"{name}={environ[name]}" for name in WAIT_VARIABLES if environ.get(name))
    if given and given != environ.get(SET_BY_PLUME):
        return Waits(given, "your environment")
    return Waits(f"GOMP_SPINCOUNT={OPENMP_SPIN_COUNT}", "Plume's default")


def apply(environ: MutableMapping[str, str] | None = None) -> Waits:
    """Set Plume's default in `environ` (os.environ) unless the user set a wait variable."""
    environ = os.environ if environ is None else environ
    waits = decide(environ)
    if waits.chosen_by == "Plume's default":
        environ["GOMP_SPINCOUNT"] = str(OPENMP_SPIN_COUNT)
        environ[SET_BY_PLUME] = waits.setting
    return waits


def describe(waits: Waits, openmp: bool) -> str:
    """One line for `plume bench` and the start-up block; a build without OpenMP ignores the
    variables (ggml's own threadpool waits at its barriers)."""
    return str(waits) if openmp else "ggml threadpool (llama.cpp built without OpenMP)"


def in_force() -> str | None:
    """How this process's llama.cpp threads wait; None while llama.cpp is not loaded here."""
    binding = sys.modules.get("engine.llm.llama.binding")
    return getattr(binding, "THREAD_WAITS", None)

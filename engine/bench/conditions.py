"""What a speed figure depends on besides the model, stated with every result of `plume bench`:
the threads, how they wait for each other (OpenMP's spin count or wait policy, who chose it and
why), and how busy the machine was when the run started (the CPUs other processes kept busy
just before the model loaded, and the load average over one minute, beside its cores)."""

from __future__ import annotations

import os
from dataclasses import dataclass, replace

from engine.llm import threads
from engine.models.system import physical_cores


@dataclass(frozen=True)
class Conditions:
    load_average: float  # the 1-minute load average when the run started
    cores: int  # physical cores
    thread_waits: str = ""  # engine.llm.threads: the setting, who chose it and why
    cpus_busy: float | None = None  # CPUs other processes kept busy at start (None: unknown)

    @classmethod
    def at_start(cls) -> Conditions:
        """Read before the model loads (loading is work, and moves the load average); the
        threads' wait setting is decided now too, on the same look at the CPUs."""
        machine = threads.Machine.now()
        threads.apply(machine=machine)  # unless this process decided already
        return cls(round(os.getloadavg()[0], 2), physical_cores(), cpus_busy=machine.busy)

    def loaded(self) -> Conditions:
        """With the wait setting of the llama.cpp this process loaded since."""
        waits = threads.in_force() or "llama.cpp not in this process (a server's own)"
        return replace(self, thread_waits=waits)

    def record(self) -> dict[str, object]:
        return {
            "load_avg_start": self.load_average,
            "cpus_busy_start": self.cpus_busy,
            "cpu_cores": self.cores,
            "thread_waits": self.thread_waits,
        }

    def line(self, threads_used: str) -> str:
        return (
            f"conditions: {threads_used} on {self.cores} physical cores; waiting threads: "
            f"{self.thread_waits}; load average at start {self.load_average:.2f} (1 min)"
        )

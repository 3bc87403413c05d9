"""What a speed figure depends on besides the model, stated with every result of `plume bench`:
the threads, how they wait for each other (OpenMP's spin count or wait policy), and how busy
the machine was when the run started (its load average over one minute, beside its cores)."""

from __future__ import annotations

import os
from dataclasses import dataclass

from engine.llm import threads
from engine.models.system import physical_cores


@dataclass(frozen=True)
class Conditions:
    load_average: float  # the 1-minute load average when the run started
    cores: int  # physical cores
    thread_waits: str = ""  # engine.llm.threads: the setting and who chose it

    @classmethod
    def at_start(cls) -> Conditions:
        """Read before the model loads (loading is work, and moves the load average)."""
        return cls(round(os.getloadavg()[0], 2), physical_cores())

    def loaded(self) -> Conditions:
        """With the wait setting of the llama.cpp this process loaded since."""
        waits = threads.in_force() or "llama.cpp not in this process (a server's own)"
        return Conditions(self.load_average, self.cores, waits)

    def record(self) -> dict[str, object]:
        return {
            "load_avg_start": self.load_average,
            "cpu_cores": self.cores,
            "thread_waits": self.thread_waits,
        }

    def line(self, threads_used: str) -> str:
        return (
            f"conditions: {threads_used} on {self.cores} physical cores; waiting threads: "
            f"{self.thread_waits}; load average at start {self.load_average:.2f} (1 min)"
        )

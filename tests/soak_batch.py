"""The soak's worker, in a fresh process so its memory figures are its own: runs every article
of INBOX into OUT through `Batch` with the scripted model and prints, as JSON, the outcomes and
the peak and current RSS and the open file descriptors after 10, 100 and all articles.

    python -m tests.soak_batch INBOX OUT
"""

from __future__ import annotations

import json
import os
import sys
from collections import Counter

from engine.batch import Batch, plan_jobs
from engine.config import Settings
from engine.usecase import Options
from tests.scripted import ScriptedBackend, ScriptedGenerator

CHECKPOINTS = (10, 100)


class Replay(ScriptedGenerator):
    """The scripted model without its request log (a test aid that would grow with the run)."""

    def generate(self, messages, **kwargs):
        generation = super().generate(messages, **kwargs)
        self.requests.clear()
        return generation


def memory() -> dict[str, int]:
    """Peak and current resident memory (KiB, from /proc/self/status) and open descriptors."""
    with open("/proc/self/status", encoding="ascii") as fh:
        fields = dict(line.split(":", 1) for line in fh)
    kib = {key: int(fields[key].split()[0]) for key in ("VmHWM", "VmRSS")}
    return {**kib, "fds": len(os.listdir("/proc/self/fd"))}


def main(inbox: str, out: str) -> None:
    jobs = plan_jobs([inbox], out, "md")
    settings = Settings(max_rounds=0)
    backend = ScriptedBackend(settings, lambda: Replay("wikinews-22"))
    batch = Batch(settings, backend, options=Options(keyphrase="incendie pont Mathilde"))
    outcomes, figures = [], {}
    for start, end in zip((0, *CHECKPOINTS), (*CHECKPOINTS, len(jobs)), strict=True):
        outcomes += batch.run(jobs[start:end])
        figures[end] = memory()
    statuses = Counter(o.status for o in outcomes)
    names = {o.name: o.status for o in outcomes}
    print(json.dumps({"figures": figures, "statuses": statuses, "outcomes": names}))


if __name__ == "__main__":
    main(*sys.argv[1:])

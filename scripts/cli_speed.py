"""Time `plume inspect` and `plume check` as a user runs them: fresh processes, wall clock.

    python -m scripts.cli_speed [RUNS]   (default 5)

Inspect reads tests/data/wikinews/11.txt (868 words); check gates tests/data/drafts/wikinews-22.md
(873 words) against its source. Prints the median, min and max wall time of each, its median CPU
time, and the load average before and after (the machine is shared: say it with the figures).
"""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DATA = REPO / "tests" / "data"
COMMANDS = {
    "inspect": ["inspect", str(DATA / "wikinews" / "11.txt")],
    "check": [
        "check",
        str(DATA / "drafts" / "wikinews-22.md"),
        "--source",
        str(DATA / "wikinews" / "22.txt"),
    ],
}


def timed(args: list[str]) -> tuple[float, float]:
    """(wall, CPU) seconds of one run; the CPU time (user + system, every thread) is what a
    quiet machine's wall time would be, about, when the work runs on one core."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "engine", *args], capture_output=True, cwd=REPO, check=False
    )
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode not in (0, 1):
        raise SystemExit(done.stderr.decode())
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def main(runs: int) -> int:
    print(f"load average before: {os.getloadavg()[0]:.1f}")
    for name, args in COMMANDS.items():
        runs_done = [timed(args) for _ in range(runs)]
        walls, cpus = [w for w, _ in runs_done], [c for _, c in runs_done]
        print(
            f"plume {name}: wall median {statistics.median(walls):.2f} s "
            f"(min {min(walls):.2f}, max {max(walls):.2f}); CPU median "
            f"{statistics.median(cpus):.2f} s ({runs} runs)"
        )
    print(f"load average after: {os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 5))

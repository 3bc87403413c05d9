"""Time `plume inspect` and `plume check` as a user runs them: fresh processes, wall and CPU.

    python -m scripts.cli_speed [RUNS] [--against REV]   (default 5 runs)

Inspect reads tests/data/wikinews/11.txt (868 words); check gates tests/data/drafts/wikinews-22.md
(873 words) against its source. Prints the median, min and max wall time of each, its median CPU
time (user + system, every thread: what a quiet machine's wall time would be, about, since the
work runs on one core at a time), and the load average before and after (the machine is shared:
say it with the figures).

`--against REV` times that revision too (its tree extracted with `git archive` to a temporary
folder, run with this checkout's Python), its runs alternating with this tree's so that both
see the same load, and prints both rows.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from collections.abc import Sequence
from io import BytesIO
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


def timed(args: list[str], tree: Path = REPO) -> tuple[float, float]:
    """(wall, CPU) seconds of one run of `python -m engine ARGS` in the tree (its `engine`)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "engine", *args], capture_output=True, cwd=tree, check=False
    )
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode not in (0, 1):
        raise SystemExit(done.stderr.decode())
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def row(label: str, runs: Sequence[tuple[float, float]]) -> str:
    walls, cpus = [w for w, _ in runs], [c for _, c in runs]
    return (
        f"{label}: wall median {statistics.median(walls):.2f} s "
        f"(min {min(walls):.2f}, max {max(walls):.2f}); CPU median "
        f"{statistics.median(cpus):.2f} s (min {min(cpus):.2f}; {len(runs)} runs)"
    )


def extract(rev: str, into: Path) -> Path:
    """The tree of revision `rev` under `into` (whose `engine` a run in it imports)."""
    archive = subprocess.run(["git", "archive", rev], cwd=REPO, capture_output=True, check=False)
    if archive.returncode != 0:
        raise SystemExit(f"git archive {rev}: {archive.stderr.decode().strip()}")
    with tarfile.open(fileobj=BytesIO(archive.stdout)) as tar:
        tar.extractall(into, filter="data")
    return into


def main(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("runs", nargs="?", type=int, default=5)
    parser.add_argument("--against", metavar="REV", help="time this revision too, alternately")
    options = parser.parse_args(argv)
    print(f"load average before: {os.getloadavg()[0]:.1f}")
    with tempfile.TemporaryDirectory(prefix="cli-speed-") as temp:
        other = extract(options.against, Path(temp)) if options.against else None
        for name, args in COMMANDS.items():
            mine: list[tuple[float, float]] = []
            theirs: list[tuple[float, float]] = []
            for i in range(options.runs):
                if other is not None and i % 2 == 0:
                    theirs.append(timed(args, other))
                mine.append(timed(args))
                if other is not None and i % 2 == 1:
                    theirs.append(timed(args, other))
            if other is not None:
                print(row(f"plume {name} at {options.against}", theirs))
            print(row(f"plume {name}", mine))
    print(f"load average after: {os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Facts about the machine Plume runs on (CPU cores, memory), read without extra packages."""

from __future__ import annotations

import os
from pathlib import Path


def physical_cores() -> int:
    """Physical CPU cores available to this process (hyper-threads don't speed up llama.cpp)."""
    logical = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    logical = logical or 1
    try:
        text = Path("/proc/cpuinfo").read_text(encoding="ascii", errors="replace")
    except OSError:
        return logical
    cores: set[tuple[str, str]] = set()
    physical = core = ""
    for line in text.splitlines():
        key, _, value = line.partition(":")
        key, value = key.strip(), value.strip()
        if key == "physical id":
            physical = value
        elif key == "core id":
            core = value
            cores.add((physical, core))
    return max(1, min(logical, len(cores))) if cores else logical


def cpu_name() -> str:
    for line in _read("/proc/cpuinfo").splitlines():
        key, _, value = line.partition(":")
        if key.strip() == "model name":
            return value.strip()
    return "unknown"


def memory_bytes() -> tuple[int | None, int | None]:
    """(total, available) RAM in bytes from /proc/meminfo; None where unknown."""
    fields: dict[str, int] = {}
    for line in _read("/proc/meminfo").splitlines():
        key, _, value = line.partition(":")
        parts = value.split()
        if parts and parts[0].isdigit():
            fields[key] = int(parts[0]) * 1024
    return fields.get("MemTotal"), fields.get("MemAvailable")


def nvidia_gpus() -> list[str]:
    """GPU models the NVIDIA driver reports (read from /proc, no tool or library needed)."""
    names = []
    for info in sorted(Path("/proc/driver/nvidia/gpus").glob("*/information")):
        for line in _read(str(info)).splitlines():
            key, _, value = line.partition(":")
            if key.strip() == "Model":
                names.append(value.strip())
    return names


def _read(path: str) -> str:
    try:
        return Path(path).read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""


def memory_read_bandwidth(size_bytes: int = 256 * 1024 * 1024, rounds: int = 3) -> float:
    """Measured memory read bandwidth in bytes/s: every core sums its share of a buffer far
    larger than the caches; the best of `rounds`. Token generation reads every weight once per
    token, so bandwidth ÷ model bytes bounds tokens/s."""
    import threading
    import time

    import numpy as np

    data = np.ones(size_bytes // 8, dtype=np.float64)
    parts = np.array_split(data, physical_cores())
    best = 0.0
    for _ in range(rounds):
        workers = [threading.Thread(target=np.sum, args=(part,)) for part in parts]
        started = time.perf_counter()
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join()
        best = max(best, data.nbytes / (time.perf_counter() - started))
    return best

"""Facts about the machine Plume runs on (CPU cores, memory), read without extra packages."""

from __future__ import annotations

import ctypes
import os
from dataclasses import dataclass
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


def cpu_ticks(cpus: set[int]) -> tuple[int, int] | None:
    """(busy, all) clock ticks these CPUs spent since boot, from /proc/stat (busy: every state
    but idle and waiting for a disk; a virtual machine's stolen time counts as busy); None
    where the kernel does not say."""
    busy = total = 0
    for line in _read("/proc/stat").splitlines():
        name, *fields = line.split()
        if not name.startswith("cpu"):
            break  # the CPUs' lines come first
        if name == "cpu" or int(name[3:]) not in cpus:
            continue
        ticks = [int(v) for v in fields[:8]]  # user nice system idle iowait irq softirq steal
        total += sum(ticks)
        busy += sum(ticks) - ticks[3] - ticks[4]
    return (busy, total) if total else None


def cpus_busy_elsewhere(seconds: float) -> tuple[int, float | None]:
    """(CPUs this process may run on, how many of them other processes kept busy over the
    next `seconds`, on average: 1.5 = one and a half CPUs' worth of work; None where it
    cannot be read). This process's own work (another of its threads) is not counted."""
    import time

    cpus = os.sched_getaffinity(0) if hasattr(os, "sched_getaffinity") else set()
    before, own_before = cpu_ticks(cpus), _own_cpu_seconds()
    time.sleep(seconds)
    after, own_after = cpu_ticks(cpus), _own_cpu_seconds()
    if before is None or after is None or after[1] <= before[1]:
        return len(cpus) or 1, None
    hz = os.sysconf("SC_CLK_TCK")
    wall = (after[1] - before[1]) / hz / len(cpus)  # as the CPUs counted it
    busy = (after[0] - before[0]) / hz - (own_after - own_before)
    return len(cpus), round(min(float(len(cpus)), max(0.0, busy / wall)), 2)


def _own_cpu_seconds() -> float:
    times = os.times()
    return times.user + times.system


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


@dataclass(frozen=True)
class Bandwidth:
    """A memory bandwidth in bytes/s and where the figure comes from."""

    bytes_per_s: float
    source: str  # "measured (CPU RAM)", "NVML: …", "datasheet: …"


# Peak memory bandwidth of common NVIDIA GPUs, GB/s, from the vendor's datasheets: used when
# NVML (the driver's library) cannot be asked. Matched as a substring of the reported name,
# the first match wins, so the more specific names come first.
GPU_DATASHEET_GBS = (
    ("H200", 4800.0),
    ("H100 PCIe", 2000.0),
    ("H100 NVL", 3900.0),
    ("H100", 3350.0),  # SXM, HBM3
    ("A100 80GB PCIe", 1935.0),
    ("A100-SXM4-80GB", 2039.0),
    ("A100", 1555.0),  # 40 GB
    ("L40S", 864.0),
    ("L40", 864.0),
    ("L4", 300.0),
    ("A10G", 600.0),
    ("A10", 600.0),
    ("T4", 320.0),
    ("V100", 900.0),
    ("RTX 4090", 1008.0),
    ("RTX 3090", 936.0),
)


def peak_bandwidth(mem_clock_mhz: float, bus_width_bits: int) -> float:
    """Peak bandwidth in bytes/s from what NVML reports: the memory clock (two transfers per
    reported cycle, for HBM and GDDR alike) times the bus width. H100 SXM: 2,619 MHz × 5,120
    bits → 3.35 TB/s."""
    return 2.0 * mem_clock_mhz * 1e6 * bus_width_bits / 8.0


def datasheet_bandwidth(name: str) -> Bandwidth | None:
    for key, gbs in GPU_DATASHEET_GBS:
        if key.lower() in name.lower():
            return Bandwidth(gbs * 1e9, f"datasheet: {name}, {gbs:,.0f} GB/s")
    return None


def gpu_bandwidth(index: int = 0) -> Bandwidth | None:
    """The memory bandwidth of NVIDIA GPU `index`: read from the device through NVML (its
    maximum memory clock and bus width), else the datasheet figure for its name, else None."""
    try:
        nvml = ctypes.CDLL("libnvidia-ml.so.1")
    except OSError:
        nvml = None
    if nvml is not None and nvml.nvmlInit_v2() == 0:
        try:
            handle, clock, width = ctypes.c_void_p(), ctypes.c_uint(), ctypes.c_uint()
            name = ctypes.create_string_buffer(96)
            ok = (
                nvml.nvmlDeviceGetHandleByIndex_v2(index, ctypes.byref(handle)) == 0
                and nvml.nvmlDeviceGetName(handle, name, len(name)) == 0
                and nvml.nvmlDeviceGetMaxClockInfo(handle, 2, ctypes.byref(clock)) == 0  # MEM
                and nvml.nvmlDeviceGetMemoryBusWidth(handle, ctypes.byref(width)) == 0
            )
        finally:
            nvml.nvmlShutdown()
        if ok and clock.value and width.value:
            label = name.value.decode(errors="replace")
            return Bandwidth(
                peak_bandwidth(clock.value, width.value),
                f"NVML: {label}, {clock.value:,} MHz × {width.value:,}-bit bus",
            )
    names = nvidia_gpus()
    return datasheet_bandwidth(names[index]) if len(names) > index else None

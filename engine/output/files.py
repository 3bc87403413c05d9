"""Writing results: the article in md/html/json, the report, atomically (temp file + rename)."""

from __future__ import annotations

import dataclasses
import json
import os
import tempfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Literal

from engine.brief.dateline import dateline
from engine.config import Settings
from engine.errors import InputError, ResourceError
from engine.llm import ModelInfo
from engine.output.article import article_dict, render_html, render_markdown
from engine.output.report import report_dict
from engine.text import count_words
from engine.write.rewriter import Result

Format = Literal["md", "html", "json"]


SUFFIX_FORMATS: dict[str, Format] = {
    ".md": "md",
    ".markdown": "md",
    ".html": "html",
    ".htm": "html",
    ".json": "json",
}


def output_format(output: str | None, fmt: str | None) -> Format:
    """The format asked for, else the one of the -o suffix, else md; a mismatch is refused."""
    suffix = Path(output).suffix.lower() if output else ""
    implied = SUFFIX_FORMATS.get(suffix)
    if fmt is not None and implied is not None and implied != fmt:
        raise InputError(
            f"-o {output} names a .{implied} file, but --format is {fmt}.",
            f"Drop --format (the suffix decides), or name the file with .{fmt}.",
        )
    return fmt or implied or "md"  # type: ignore[return-value]


def front_matter(result: Result, model: ModelInfo) -> dict[str, object]:
    """What the output adds to the article: the source's dateline date (the article's date),
    its words, the model and when it was generated."""
    date = dateline(result.brief.source)
    return {
        **({"date": date.key} if date is not None else {}),
        "words": count_words(result.article.body_markdown()),
        "model": model.name,
        "generated": datetime.now(UTC).replace(microsecond=0).isoformat(),
    }


def render_result(result: Result, fmt: Format, model: ModelInfo, settings: Settings) -> str:
    """The article in `fmt`; a rejected draft is marked so in every format (front matter,
    JSON status, a noindex page with a banner and no JSON-LD) and can never pass for one."""
    extra = front_matter(result, model)
    failed = list(result.report.failed)
    if failed:
        extra = {"status": "rejected", "failed": ", ".join(failed), **extra}
    if fmt == "md":
        return render_markdown(result.article, extra)
    if fmt == "html":
        return render_html(result.article, extra, rejected=failed)
    payload = {
        "status": "rejected" if failed else "passed",
        "article": {**article_dict(result.article), **extra},
        "report": report_dict(result),
        "timings": result.timings,
        "model": dataclasses.asdict(model),
        "settings": _plain(dataclasses.asdict(settings)),
        "seed": settings.seed,
    }
    return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"


def write_atomic(path: Path, text: str) -> None:
    """Write `text` to `path` so that readers see the old file or the whole new one, never half."""
    tmp: str | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        os.fchmod(fd, 0o666 & ~current_umask())  # as open() would: mkstemp makes it 0600
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        raise ResourceError(
            f"Cannot write {path}: {exc.strerror or exc}.",
            "Free some disk space or choose a folder you can write to (-o).",
        ) from None
    finally:
        if tmp is not None and Path(tmp).exists():
            Path(tmp).unlink(missing_ok=True)


PROBE_BYTES = 64 * 1024  # more than an article and its report


def check_writable(folder: Path) -> None:
    """Write, sync and remove a probe of an article's size in `folder` (in the nearest folder
    above it that exists, when it does not yet: nothing is made before the run writes): a
    read-only or full folder is found before the model writes for minutes."""
    probe: str | None = None
    try:
        where = next((f for f in (folder, *folder.parents) if f.exists()), folder)
        fd, probe = tempfile.mkstemp(prefix=".plume-probe.", suffix=".tmp", dir=where)
        with os.fdopen(fd, "wb") as fh:
            fh.write(bytes(PROBE_BYTES))
            fh.flush()
            os.fsync(fh.fileno())
    except OSError as exc:
        raise ResourceError(
            f"Cannot write to {folder}: {exc.strerror or exc}.",
            "Free some disk space or choose a folder you can write to (-o).",
        ) from None
    finally:
        if probe is not None:
            Path(probe).unlink(missing_ok=True)


def current_umask() -> int:
    """The process umask, read without changing it (/proc on Linux; else set and restore)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def safe_output_path(root: Path, relative: Path) -> Path:
    """`root/relative`, refusing any name that would land outside `root`."""
    target = (root / relative).resolve()
    if not target.is_relative_to(root.resolve()):
        raise InputError(
            f"Output name {relative} would be written outside {root}.",
            "Rename the input file.",
        )
    return target


def _plain(value: object) -> object:
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, Path):
        return str(value)
    return value

"""The models folder as a user manages it: list, add (from a USB stick or a share), verify, path.

A file is copied in one pass that also computes its sha256, into a hidden temporary file that is
renamed only when the copy is complete and matches the manifest: `models/` never holds half a
model. Broken files (not GGUF, truncated) are refused before a byte is copied.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from engine.config import Settings
from engine.errors import InputError, ModelError
from engine.models.catalog import (
    DEFAULT_NAME,
    ModelEntry,
    Verification,
    check_gguf,
    default_model,
    installed_path,
    load_manifest,
    verification,
)
from engine.models.checksums import CHUNK, Progress, record_sha256, sha256_file


@dataclass(frozen=True)
class Row:
    """One line of `plume models list`: a manifest entry, an installed file, or both."""

    name: str
    file: str
    size: int | None
    status: str
    default: bool = False


def installed_files(models_dir: Path) -> list[Path]:
    if not models_dir.is_dir():
        return []
    return sorted(p for p in models_dir.glob("*.gguf") if p.is_file())


def list_models(settings: Settings) -> list[Row]:
    """Recommended models (installed or not) first, then other GGUF files of the folder; the
    default is the one `plume rewrite` runs without --model."""
    entries = load_manifest(settings.models_dir)
    try:
        default: Path | None = default_model(settings.models_dir, entries).resolve()
    except ModelError:
        default = None
    rows, seen = [], set()
    for entry in entries:
        path = settings.models_dir / entry.file
        if path.is_file():
            seen.add(path.name)
            found = verification(path, entries)
            status, size = found.status, path.stat().st_size
        else:
            status, size = "not installed", entry.size
        chosen = path.resolve() == default if default else entry.default
        rows.append(Row(entry.name, entry.file, size, status, chosen))
    for path in installed_files(settings.models_dir):
        if path.name not in seen:
            found = verification(path, entries)
            chosen = path.resolve() == default
            rows.append(Row(path.stem, path.name, path.stat().st_size, found.status, chosen))
    return rows


def set_default(name: str, settings: Settings) -> Path:
    """Make the installed model `name` the one used without --model; its file."""
    path = model_path(name, settings)
    target = settings.models_dir / DEFAULT_NAME
    try:
        target.write_text(name + "\n", encoding="utf-8")
    except OSError as exc:
        raise ModelError(
            f"Cannot record the default model in {settings.models_dir}: {exc.strerror or exc}.",
            "Check the permissions of the models folder, or pass --model NAME.",
        ) from None
    return path


def format_rows(rows: list[Row], models_dir: Path) -> str:
    cells = [("  NAME", "FILE", "SIZE", "STATUS")]
    for r in rows:
        cells.append((("* " if r.default else "  ") + r.name, r.file, _size(r.size), r.status))
    widths = [max(len(c[i]) for c in cells) for i in range(3)]
    lines = [f"Models folder: {models_dir}"]
    lines += [f"{a:<{widths[0]}}  {b:<{widths[1]}}  {c:>{widths[2]}}  {d}" for a, b, c, d in cells]
    if any(r.default for r in rows):
        lines.append("* default model")
    return "\n".join(lines)


def _size(size: int | None) -> str:
    if size is None:
        return "?"
    for unit in ("B", "KB", "MB", "GB"):
        if size < 1000 or unit == "GB":
            return f"{size:.0f} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1000
    raise AssertionError("unreachable")


def add_model(
    source: Path, settings: Settings, *, link: bool = False, progress: Progress | None = None
) -> Verification:
    """Check `source`, copy (or link) it into the models folder, and say how it matched."""
    source = check_gguf(Path(source).expanduser())
    models_dir = settings.models_dir
    entries = load_manifest(models_dir)
    models_dir.mkdir(parents=True, exist_ok=True)
    tmp = models_dir / f".{source.name}.partial"
    try:
        if link:
            digest = sha256_file(source, progress)
            tmp.unlink(missing_ok=True)
            tmp.symlink_to(source)
        else:
            digest = _copy_and_hash(source, tmp, progress)
        found = verification(source, entries, digest)
        _refuse_mismatch(found)
        target = models_dir / (found.entry.file if found.entry else source.name)
        if target.exists() and sha256_file(target) != digest:
            raise InputError(
                f"A different file named {target.name} is already in {models_dir}.",
                "Remove or rename it first, then add the model again.",
            )
        os.replace(tmp, target)
    except OSError as exc:
        raise ModelError(
            f"Could not copy {source.name} into {models_dir}: {exc.strerror or exc}.",
            "Check the free space and the permissions of the models folder.",
        ) from None
    finally:
        tmp.unlink(missing_ok=True)
    record_sha256(target, digest, added=True)
    return verification(target, entries, digest)


def _copy_and_hash(source: Path, target: Path, progress: Progress | None) -> str:
    digest = hashlib.sha256()
    with source.open("rb") as src, target.open("wb") as dst:
        while chunk := src.read(CHUNK):
            digest.update(chunk)
            dst.write(chunk)
            if progress is not None:
                progress(len(chunk))
        dst.flush()
        os.fsync(dst.fileno())
    if target.stat().st_size != source.stat().st_size:
        raise ModelError(
            f"The copy of {source.name} is incomplete ({target.stat().st_size:,} bytes).",
            "The source may have been removed during the copy: plug it back and retry.",
        )
    return digest.hexdigest()


def _refuse_mismatch(found: Verification) -> None:
    if found.status == "MISMATCH":
        entry: ModelEntry = found.entry  # type: ignore[assignment]
        raise ModelError(
            f"{found.path.name} is not the manifest's {entry.name}: its sha256 is "
            f"{found.sha256}, the manifest expects {entry.sha256}.",
            "The file is corrupt or another build: get the exact file named in the manifest.",
        )


def files_to_verify(settings: Settings) -> list[Path]:
    files = installed_files(settings.models_dir)
    if not files:
        raise ModelError(
            f"No model is installed in {settings.models_dir}.",
            "Import one with `plume models add /path/to/model.gguf`.",
        )
    return files


def verify_file(path: Path, entries: list[ModelEntry], progress: Progress | None = None) -> str:
    """Check and hash one installed file; its verdict ("verified", "MISMATCH", "BROKEN: …")."""
    try:
        check_gguf(path)
    except ModelError as exc:
        return f"BROKEN: {exc.message}"
    digest = sha256_file(path, progress)
    record_sha256(path, digest)
    return verification(path, entries, digest).status


def failed(status: str) -> bool:
    return status == "MISMATCH" or status.startswith("BROKEN")


def model_path(name: str, settings: Settings) -> Path:
    """The installed file for a manifest name or a file name/stem."""
    entries = load_manifest(settings.models_dir)
    path = installed_path(name, settings.models_dir, entries)
    if path is not None:
        return path.resolve()
    if any(e.name == name for e in entries):
        raise ModelError(
            f"{name} is recommended but not installed in {settings.models_dir}.",
            "Import its file with `plume models add /path/to/file.gguf`.",
        )
    stems = {p.stem for p in installed_files(settings.models_dir)}
    known = sorted({e.name for e in entries} | stems)
    raise InputError(
        f"No model named {name!r}.",
        f"Known names: {', '.join(known) or 'none'} (see `plume models list`).",
    )

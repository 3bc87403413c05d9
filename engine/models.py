"""Finding, checking and describing GGUF model files.

The model is found from `--model`, then `PLUME_MODEL`, then the default entry of
`models/manifest.toml` if its file is in the models folder. Every file is checked here before
llama.cpp touches it, so a wrong path or a broken file gives a message, not a crash.
"""

from __future__ import annotations

import struct
import tomllib
from dataclasses import dataclass
from pathlib import Path

from engine.config import Settings
from engine.errors import ModelError

GGUF_MAGIC = b"GGUF"
GGUF_VERSIONS = (2, 3)
MANIFEST_NAME = "manifest.toml"


@dataclass(frozen=True)
class ModelEntry:
    """One recommended model of the manifest. Unknown figures are None, never guessed."""

    name: str
    file: str
    size: int | None = None
    sha256: str | None = None
    quantization: str | None = None
    context_length: int | None = None
    licence: str | None = None
    chat_template: str | None = None
    min_ram_gb: float | None = None
    url: str | None = None
    why: str | None = None
    default: bool = False


def load_manifest(models_dir: Path) -> list[ModelEntry]:
    path = models_dir / MANIFEST_NAME
    if not path.is_file():
        return []
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ModelError(
            f"The model manifest {path} cannot be read: {exc}.",
            "Fix the TOML syntax or restore the file from the Plume release.",
        ) from None
    default = data.get("default")
    fields = set(ModelEntry.__dataclass_fields__) - {"default"}
    entries = []
    for raw in data.get("model", []):
        known = {k: (v if v != "" else None) for k, v in raw.items() if k in fields}
        entries.append(ModelEntry(**known, default=raw.get("name") == default))
    return entries


def check_gguf(path: Path) -> Path:
    """Raise ModelError unless `path` is a readable GGUF file; return it resolved."""
    if not path.exists():
        raise ModelError(
            f"Model file not found: {path}",
            "Check the path, or list installed models with `plume models list`.",
        )
    if not path.is_file():
        raise ModelError(f"Model path is not a file: {path}", "Give the path of a .gguf file.")
    try:
        with path.open("rb") as fh:
            header = fh.read(8)
    except OSError as exc:
        raise ModelError(
            f"Model file cannot be read: {path} ({exc.strerror}).",
            "Check the file's permissions, or copy it to a folder you can read.",
        ) from None
    if len(header) < 8 or header[:4] != GGUF_MAGIC:
        raise ModelError(
            f"Not a GGUF model file: {path}",
            "Plume runs GGUF models (llama.cpp's format). Convert or download the .gguf file.",
        )
    (version,) = struct.unpack("<I", header[4:8])
    if version not in GGUF_VERSIONS:
        raise ModelError(
            f"Unsupported GGUF version {version} in {path}",
            "Re-download the model, or convert it again with a current llama.cpp.",
        )
    return path.resolve()


def resolve_model(settings: Settings) -> Path:
    """The GGUF file to run: `settings.model` (path or manifest name), else the default."""
    entries = load_manifest(settings.models_dir)
    if settings.model:
        given = Path(settings.model).expanduser()
        by_name = {e.name: e for e in entries}
        if not given.exists() and settings.model in by_name:
            given = settings.models_dir / by_name[settings.model].file
        return check_gguf(given)
    default = next((e for e in entries if e.default), None)
    if default is not None and (settings.models_dir / default.file).is_file():
        return check_gguf(settings.models_dir / default.file)
    raise ModelError(no_model_message(settings.models_dir, default), None)


def no_model_message(models_dir: Path, entry: ModelEntry | None) -> str:
    lines = ["No model is installed, so Plume cannot write."]
    if entry is not None:
        size = f"{entry.size:,} bytes" if entry.size else "size not recorded"
        lines += [
            "Get the recommended model file:",
            f"  name:   {entry.name}",
            f"  file:   {entry.file} ({size})",
            f"  sha256: {entry.sha256 or 'not recorded in the manifest'}",
        ]
        if entry.url:
            lines.append(f"  from:   {entry.url}")
        lines.append(f"Put it in {models_dir}/ (or import it with `plume models add FILE`),")
    else:
        lines.append(f"Put a GGUF instruct model in {models_dir}/,")
    lines.append("or point Plume at any GGUF file: export PLUME_MODEL=/path/to/model.gguf")
    lines.append("(or pass --model /path/to/model.gguf).")
    return "\n".join(lines)

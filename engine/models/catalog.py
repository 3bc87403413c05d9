"""Finding, checking and describing GGUF model files.

The model is found from `--model`, then `PLUME_MODEL`, then the default the user chose
(`plume models default NAME`), then the default entry of the manifest
(`engine/models/manifest.toml`,
shipped in the package; a `manifest.toml` in the models folder replaces it) if its file is in
the models folder, then the only model installed. Every file is checked here before
llama.cpp touches it, so a wrong path or a broken file gives a message, not a crash.
"""

from __future__ import annotations

import logging
import struct
import tomllib
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path

from engine.config import Settings
from engine.errors import ModelError
from engine.models.checksums import added_by_user, recorded_sha256
from engine.models.gguf_header import GGUFHeader, HeaderError, read_header

GGUF_MAGIC = b"GGUF"
GGUF_VERSIONS = (2, 3)
MANIFEST_NAME = "manifest.toml"
DEFAULT_NAME = ".plume-default"  # in the models folder: the name chosen with `models default`

log = logging.getLogger("plume")


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
    source: str | None = None  # where the figures above were checked
    why: str | None = None
    default: bool = False


def manifest_path(models_dir: Path) -> Path:
    """The models folder's own manifest when it has one, else the one shipped with Plume."""
    own = models_dir / MANIFEST_NAME
    return own if own.is_file() else Path(str(files("engine.models").joinpath(MANIFEST_NAME)))


def load_manifest(models_dir: Path) -> list[ModelEntry]:
    path = manifest_path(models_dir)
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
    check_complete(path)
    return path.resolve()


def check_complete(path: Path) -> GGUFHeader:
    """Raise ModelError unless the file holds its whole header and every tensor it declares."""
    recopy = "Copy the file again from its source (the copy is incomplete), then retry."
    try:
        header = read_header(path)
    except HeaderError as exc:
        if exc.truncated:
            raise ModelError(f"Truncated GGUF file: {path} ({exc}).", recopy) from None
        raise ModelError(
            f"Corrupt GGUF file: {path} ({exc}).", "Download or copy a good copy of the model."
        ) from None
    actual = path.stat().st_size
    if actual < header.expected_size:
        raise ModelError(
            f"Truncated GGUF file: {path} has {actual:,} bytes, "
            f"its header needs {header.expected_size:,}.",
            recopy,
        )
    return header


def resolve_model(settings: Settings) -> Path:
    """The GGUF file to run: `settings.model` (path or name), else the manifest's default.

    A file that the manifest does not vouch for is still used, with a one-line warning.
    """
    entries = load_manifest(settings.models_dir)
    if settings.model:
        given = Path(settings.model).expanduser()
        if not given.exists():
            given = installed_path(settings.model, settings.models_dir, entries) or given
        path = check_gguf(given)
    else:
        path = check_gguf(default_model(settings.models_dir, entries))
    status = verification(path, entries)
    if status.warning:
        log.warning("%s", status.warning)
    return path


def chosen_default(models_dir: Path) -> str | None:
    """The name chosen with `plume models default NAME`, if any."""
    try:
        return (models_dir / DEFAULT_NAME).read_text(encoding="utf-8").strip() or None
    except OSError:
        return None


def default_model(models_dir: Path, entries: list[ModelEntry]) -> Path:
    """The user's chosen default, else the manifest's if installed, else the only model."""
    chosen = chosen_default(models_dir)
    if chosen:
        path = installed_path(chosen, models_dir, entries)
        if path is None:
            raise ModelError(
                f"The default model {chosen!r} (chosen with `plume models default`) is not in "
                f"{models_dir}.",
                "Choose another with `plume models default NAME` (see `plume models list`).",
            )
        return path
    default = next((e for e in entries if e.default), None)
    if default is not None and (models_dir / default.file).is_file():
        return models_dir / default.file
    installed = sorted(p for p in models_dir.glob("*.gguf") if p.is_file())
    if len(installed) == 1:
        return installed[0]
    if installed:
        names = ", ".join(p.stem for p in installed)
        raise ModelError(
            f"Several models are installed ({names}) and none is the default.",
            "Choose one with `plume models default NAME`, or pass --model NAME.",
        )
    raise ModelError(no_model_message(models_dir, default), None)


def installed_path(name: str, models_dir: Path, entries: list[ModelEntry]) -> Path | None:
    """The file in `models_dir` for a manifest name, a file name or a file stem, if there."""
    by_name = {e.name: e.file for e in entries}
    for candidate in (by_name.get(name), name, f"{name}.gguf"):
        if candidate and "/" not in candidate and (models_dir / candidate).is_file():
            return models_dir / candidate
    return None


@dataclass(frozen=True)
class Verification:
    """What Plume knows of a file: its manifest entry, its recorded sum, and the verdict."""

    path: Path
    entry: ModelEntry | None
    sha256: str | None  # recorded or just computed; None if never hashed
    added: bool = False  # the user added it with `plume models add` (its sum recorded then)

    @property
    def status(self) -> str:
        if self.entry is None and self.added and self.sha256:
            return "added by you (sha256 recorded)"
        if self.entry is None:
            return "unverified (not in the manifest)"
        if self.sha256 is None:
            return "not verified yet"
        if self.entry.sha256 is None:
            return "unverified (no sha256 in the manifest)"
        return "verified" if self.sha256 == self.entry.sha256 else "MISMATCH"

    @property
    def ok(self) -> bool:
        return self.status != "MISMATCH"

    @property
    def warning(self) -> str | None:
        status = self.status
        if status in ("verified", "added by you (sha256 recorded)"):
            return None
        if status == "MISMATCH":
            return (
                f"{self.path.name} does not match the manifest's sha256 for {self.entry.name}: "
                "the file is corrupt or another build (check with `plume models verify`)."
            )
        if status == "not verified yet":
            return f"{self.path.name} is not verified yet: run `plume models verify`."
        return f"{self.path.name} is {status}: Plume uses it as it is."


def verification(path: Path, entries: list[ModelEntry], digest: str | None = None) -> Verification:
    """Match `path` to a manifest entry, by its sum when known, else by its file name."""
    digest = digest or recorded_sha256(path)
    by_sum = next((e for e in entries if digest and e.sha256 == digest), None)
    by_file = next((e for e in entries if e.file == path.name), None)
    return Verification(path, by_sum or by_file, digest, added_by_user(path))


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

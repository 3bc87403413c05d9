"""Shared fixtures: the test models and the shared corpus."""

from __future__ import annotations

from pathlib import Path

import pytest

from engine.config import Settings

REPO = Path(__file__).resolve().parent.parent
# Beside the checkout (/work/main → /work/shared), or two levels up from a worktree (/work/wt/x).
SHARED = next(
    (p / "shared" for p in (REPO.parent, REPO.parent.parent) if (p / "shared").is_dir()),
    REPO.parent / "shared",
)
STORIES = SHARED / "models" / "stories260K.gguf"
CORPUS = SHARED / "corpus"


@pytest.fixture(scope="session")
def tiny_chat_model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The self-built 2-layer chat model (always available: built from a fixed seed)."""
    from scripts.tiny_models import write_tiny_chat_model

    return write_tiny_chat_model(tmp_path_factory.mktemp("models") / "tiny-chat.gguf")


@pytest.fixture(scope="session")
def stories_model() -> Path:
    if not STORIES.is_file():
        pytest.skip(f"shared test model not found at {STORIES} (a clone outside the workspace)")
    return STORIES


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    if not CORPUS.is_dir():
        pytest.skip(f"shared corpus not found at {CORPUS} (a clone outside the workspace)")
    return CORPUS


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """Deterministic settings with an empty models folder of its own."""
    models = tmp_path / "models"
    models.mkdir()
    return Settings(models_dir=models, n_ctx=1024, temperature=0.0, seed=7, threads=1)

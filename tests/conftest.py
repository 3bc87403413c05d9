"""Shared fixtures: the test models and the corpus, all read from tests/data.

Every fixture the suite needs lives in the checkout (tests/data), so a clone anywhere runs every
test. The client's seed prompts are the one exception: tests may *also* run on them when the
shared workspace is beside the checkout (`CLIENT_SEEDS`), never only on them.

With CI=true in the environment, a fixture that should be there and is not fails the run
instead of skipping it: CI must never pass by running less.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from engine.config import Settings

REPO = Path(__file__).resolve().parent.parent
DATA = REPO / "tests" / "data"
STORIES = DATA / "models" / "stories260K.gguf"
CORPUS = DATA  # wikinews/NN.txt and seeds/*.txt

# Seed-style prompts built from Wikinews texts (tests/data/seeds/README.md), and the Wikinews
# draft the scripted generator answers with for each.
SEEDS = {
    "wikinews-05-seed": "seeds/wikinews-05-seed.txt",  # customised title, blank-line paragraphs
    "wikinews-12-seed": "seeds/wikinews-12-seed.txt",  # no title, one paragraph per line
}

# The client's two editor prompts, when the shared workspace is beside the checkout (/work/main
# → /work/shared, or two levels up from a worktree). Optional extras, never required.
_SHARED = next(
    (p / "shared" for p in (REPO.parent, REPO.parent.parent) if (p / "shared").is_dir()), None
)
CLIENT_SEEDS = sorted((_SHARED / "corpus" / "seeds").glob("*.txt")) if _SHARED is not None else []


def plume(
    *args: str,
    stdin: str | None = None,
    env: dict[str, str] | None = None,
    cwd: Path = REPO,
    scripted: bool = True,
) -> subprocess.CompletedProcess[str]:
    """`plume ARGS` in a fresh process, its CompletedProcess: generation scripted
    (tests/scripted_cli.py), or with `scripted=False` the real `python -m engine`."""
    command = [sys.executable, "-m", "tests.scripted_cli" if scripted else "engine", *args]
    environ = {**os.environ, "PYTHONPATH": str(REPO), **(env or {})}
    return subprocess.run(
        command, input=stdin, capture_output=True, text=True, cwd=cwd, env=environ, timeout=300
    )


def require(path: Path, what: str) -> Path:
    """`path` when it exists; else skip (fail under CI=true) naming what is missing."""
    if path.exists():
        return path
    message = f"{what} not found at {path}"
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"{message} (CI=true: a missing fixture fails the run)", pytrace=False)
    pytest.skip(message)


@pytest.fixture(autouse=True)
def _loopback_only(request: pytest.FixtureRequest):
    """A test marked `loopback_only` (a real server and its clients) may reach this machine's own
    servers and nothing else: any other connection is blocked, and fails the test."""
    if request.node.get_closest_marker("loopback_only") is None:
        yield
        return
    from tests.netguard import no_network

    with no_network(loopback=True) as attempts:
        yield
    assert attempts == [], f"network access attempted: {attempts}"


@pytest.fixture(scope="session")
def tiny_chat_model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The self-built 2-layer chat model (always available: built from a fixed seed)."""
    from scripts.tiny_models import write_tiny_chat_model

    return write_tiny_chat_model(tmp_path_factory.mktemp("models") / "tiny-chat.gguf")


@pytest.fixture(scope="session")
def stories_model() -> Path:
    return require(STORIES, "test model stories260K.gguf")


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    """tests/data: wikinews/NN.txt (CC BY 2.5, see wikinews/SOURCES.md) and seeds/*.txt."""
    require(CORPUS / "wikinews" / "SOURCES.md", "Wikinews corpus")
    require(CORPUS / "seeds", "seed-style prompts")
    return CORPUS


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """Deterministic settings with an empty models folder of its own."""
    models = tmp_path / "models"
    models.mkdir()
    return Settings(models_dir=models, n_ctx=1024, temperature=0.0, seed=7, threads=1)


@pytest.fixture
def no_network():
    """Fail any network access in the test; yields the list of attempts (must stay empty)."""
    from tests.netguard import no_network as guard

    with guard() as attempts:
        yield attempts
    assert attempts == [], f"network access attempted: {attempts}"

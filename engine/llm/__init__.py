"""What the rest of Plume sees of a language model: a `Backend` that yields a `Generator`.

A backend is chosen by name from a small registry (`open_backend`): `llama` runs a GGUF file
in-process through llama.cpp (the default; the package `engine.llm.llama` is the only one that
imports `llama_cpp`), `openai` talks to an OpenAI-compatible inference server (llama-server,
vLLM, Ollama… — picked when `--server URL` is given), and tests register `scripted`, a replay,
the same way. Each backend owns its options (read from `Settings`),
sizes itself for the work (`prepare`), loads or connects (`load`) and reports the facts of its
model (`info`). The pipeline, the batch and the output know only these protocols.

Nothing heavy is imported here: `llama_cpp` and `httpx` are imported by the backend that needs
them, when it loads, so `plume --help` and a run without `--server` open no socket.

A `Generator` must be safe to call from several threads when its backend accepts a `parallel`
above 1 in `prepare` (the openai backend does: each call is its own HTTP request).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal, Protocol, TypedDict, runtime_checkable

if TYPE_CHECKING:
    from engine.config import Settings


class Message(TypedDict):
    role: Literal["system", "user", "assistant"]
    content: str


StopReason = Literal["stop", "eos", "length"]


@dataclass(frozen=True)
class Timings:
    """What one generation cost. `*_ms` of the model are the backend's own (llama.cpp's or the
    server's); `prompt_tokens - prompt_evaluated` tokens came from a cached prefix."""

    prompt_tokens: int = 0  # tokens of the rendered prompt
    prompt_evaluated: int = 0  # of which evaluated now (the rest came from the KV cache)
    prompt_ms: float = 0.0
    generated_tokens: int = 0
    eval_tokens: int = 0  # tokens llama.cpp decoded one by one (its n_eval)
    eval_ms: float = 0.0
    first_token_ms: float = 0.0  # wall time from the call to the first generated token
    wall_ms: float = 0.0  # wall time of the whole call

    @property
    def cached_tokens(self) -> int:
        return max(self.prompt_tokens - self.prompt_evaluated, 0)

    @property
    def eval_tps(self) -> float:
        """llama.cpp's own decode rate, tokens/s."""
        return 1000.0 * self.eval_tokens / self.eval_ms if self.eval_ms else 0.0

    @property
    def generation_tps(self) -> float:
        """Tokens/s as the caller saw them, from the first token to the last."""
        span = self.wall_ms - self.first_token_ms
        return 1000.0 * (self.generated_tokens - 1) / span if span > 0 else 0.0


@dataclass(frozen=True)
class Generation:
    text: str
    stop_reason: StopReason
    timings: Timings = field(default_factory=Timings)


OnText = Callable[[str], None]


@runtime_checkable
class Generator(Protocol):
    """Turns chat messages into text: what the pipeline calls, and all it passes."""

    name: str

    def generate(
        self,
        messages: Sequence[Message],
        *,
        max_tokens: int,
        stop: Sequence[str] = (),
        on_text: OnText | None = None,
    ) -> Generation:
        """`on_text` gets the text as it streams; an exception raised in it ends the call
        there (plume serve cancels a job so, at its next token)."""
        ...


@dataclass(frozen=True)
class ModelInfo:
    """The facts of the model that wrote an article, for its front matter and JSON.

    A local file has its path and sha256; a server's model has its id and the server's build.
    """

    name: str
    backend: str = "llama"
    context_length: int | None = None
    sha256: str | None = None
    path: str | None = None
    server: str | None = None  # base URL
    build: str | None = None  # the server's build, as it reports it


@dataclass(frozen=True)
class Work:
    """What a backend is asked to do, so it can size itself before anything loads."""

    largest_source: int  # bytes of the longest source (a guess for stdin)
    articles: int
    parallel: int = 1  # articles in flight at once
    min_words: int = 0  # the largest minimum word count (0: the settings')


@runtime_checkable
class Backend(Protocol):
    """A source of generators: owns its options, sizes itself, loads, describes its model."""

    name: str  # the registry key: "llama", "openai", "scripted"

    def where(self) -> str:
        """One line for progress: the model file, or the server and its model."""
        ...

    def prepare(self, work: Work) -> None:
        """Size for `work` (context, requests in flight); refuse what cannot be done
        (InputError, exit 2) before anything loads."""
        ...

    def load(self) -> Generator:
        """The generator, ready: a model loaded, or a server reached (ModelError if not)."""
        ...

    def info(self) -> ModelInfo:
        """The model's facts; after `load`."""
        ...

    def close(self) -> None: ...


BackendFactory = Callable[["Settings"], Backend]

# The registry: name → "module:attribute" (imported on first use) or a factory. Tests add
# `scripted` here (tests/scripted.py) and select it with PLUME_BACKEND=scripted.
BACKENDS: dict[str, str | BackendFactory] = {
    "llama": "engine.llm.local:LlamaBackend",
    "openai": "engine.llm.openai:OpenAIBackend",
}


def backend_name(settings: Settings) -> str:
    """`settings.backend` if set, else `openai` when a server is given, else `llama`."""
    return settings.backend or ("openai" if settings.server else "llama")


def open_backend(settings: Settings) -> Backend:
    """The backend `settings` ask for, constructed (its options checked; nothing loaded)."""
    from engine.errors import InputError

    name = backend_name(settings)
    entry = BACKENDS.get(name)
    if entry is None:
        raise InputError(
            f"Unknown backend {name!r}.",
            f"Use one of: {', '.join(sorted(BACKENDS))} (PLUME_BACKEND), or --server URL.",
        )
    if isinstance(entry, str):
        module, attribute = entry.split(":")
        entry = getattr(importlib.import_module(module), attribute)
    return entry(settings)

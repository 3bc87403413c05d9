"""What the rest of Plume sees of a language model: the `Generator` protocol.

The llama.cpp adapter (the package `engine.llm.llama`) is the only one that imports `llama_cpp`;
it is imported lazily by `load_generator`, so importing this package costs nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal, Protocol, TypedDict, runtime_checkable

if TYPE_CHECKING:
    from pathlib import Path

    from engine.config import Settings


class Message(TypedDict):
    role: Literal["system", "user", "assistant"]
    content: str


StopReason = Literal["stop", "eos", "length"]


@dataclass(frozen=True)
class Timings:
    """Where the time of one generation went. `*_ms` of the model are llama.cpp's own."""

    prompt_tokens: int = 0  # tokens of the rendered prompt
    prompt_evaluated: int = 0  # of which evaluated now (the rest came from the KV cache)
    prompt_ms: float = 0.0
    generated_tokens: int = 0
    eval_tokens: int = 0  # tokens llama.cpp decoded one by one (its n_eval)
    eval_ms: float = 0.0
    first_token_ms: float = 0.0  # wall time from the call to the first generated token
    wall_ms: float = 0.0  # wall time of the whole call

    @property
    def prompt_tps(self) -> float:
        return 1000.0 * self.prompt_evaluated / self.prompt_ms if self.prompt_ms else 0.0

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
    """Anything that turns chat messages into text: llama.cpp, or a scripted replay in tests."""

    name: str

    def generate(
        self,
        messages: Sequence[Message],
        *,
        max_tokens: int,
        stop: Sequence[str] = (),
        on_text: OnText | None = None,
        temperature: float | None = None,
        seed: int | None = None,
    ) -> Generation: ...


def load_generator(path: Path, settings: Settings) -> Generator:
    """Load a GGUF file into the llama.cpp adapter (the file is checked before llama.cpp)."""
    from engine.llm.llama import LlamaGenerator

    return LlamaGenerator(path, settings)

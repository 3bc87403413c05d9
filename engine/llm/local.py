"""The `llama` backend: a GGUF file run in-process by llama.cpp (Plume's default).

It owns everything that knows about the file: finding it (`--model`, `PLUME_MODEL`, the
manifest's default), sizing the context from the GGUF header and the work, loading it with its
options (context, threads, GPU layers, batch sizes, flash attention, from `Settings`), and its
facts (name, path, sha256, context). `llama_cpp` itself is imported only when the model loads.

With `parallel` N > 1, one context holds N sequences, one per article in flight, each sized
as one article's context (`engine.llm.llama.batching`); `prepare` refuses an N whose KV caches
and weights do not fit in the memory available, with the figures.
"""

from __future__ import annotations

import logging
from pathlib import Path

from engine.config import Settings
from engine.errors import InputError
from engine.llm import Generator, ModelInfo, Work
from engine.llm.placement import check_parallel_memory, kv_bytes_per_token, rewrite_context
from engine.models.catalog import resolve_model
from engine.models.checksums import record_sha256, recorded_sha256, sha256_file
from engine.models.gguf_header import read_header
from engine.models.system import memory_bytes, nvidia_gpus

log = logging.getLogger("plume")
# What --parallel costs where the model runs on the CPU (README, « What to pick »).
PARALLEL_ON_CPU = (
    "--parallel {n} with the model on the CPU: the articles in flight share its cores, and "
    "batching does not pay on a CPU (measured on 2 cores: 23.8 tokens/s in one stream, 16.2 for "
    "two together; 29.0 articles/hour one at a time, 11.1 two at a time). --parallel 1 is "
    "faster here; keep N > 1 for a GPU or an inference server (--server)."
)


class LlamaBackend:
    name = "llama"

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.path = resolve_model(settings)  # checked now: a bad path fails before any work
        self._generator: Generator | None = None

    def where(self) -> str:
        return f"model: {self.path}"

    def prepare(self, work: Work) -> None:
        if not self.settings.n_ctx:
            self.settings = self.settings.replace(n_ctx=self.context_for(work))
        if work.parallel > 1:
            self.check_memory(work.parallel)
        self.settings = self.settings.replace(parallel=work.parallel)

    def check_memory(self, parallel: int) -> None:
        """N KV caches of one article's context, and the weights, must fit in RAM. (With a
        GPU the cache lives in its memory: llama.cpp refuses the context there, exit 3.)"""
        kv_per_token = kv_bytes_per_token(read_header(self.path).metadata)
        available = memory_bytes()[1]
        if kv_per_token is None or available is None or nvidia_gpus():
            return
        check_parallel_memory(
            parallel, self.settings.n_ctx, kv_per_token, self.path.stat().st_size, available
        )

    def context_for(self, work: Work) -> int:
        """One context for the whole batch, sized for its longest source.

        A single article too long for the model is refused here, before the model loads; in a
        folder the context stops at the model's own and only the articles that don't fit fail.
        """
        trained = read_header(self.path).context_length
        settings = self.settings
        if work.min_words:  # the articles' own minimum (the rule), not only the settings'
            settings = settings.replace(min_words=work.min_words)
        try:
            return rewrite_context(work.largest_source, settings, trained)
        except InputError:
            if work.articles == 1 or trained is None:
                raise
            return trained

    def load(self) -> Generator:
        if self._generator is None:
            self._generator = load_generator(self.path, self.settings)
        return self._generator

    def info(self) -> ModelInfo:
        """Name, path, context and sha256 of the file (the sum is computed once, then recorded)."""
        digest = recorded_sha256(self.path)
        if digest is None:
            digest = sha256_file(self.path)
            record_sha256(self.path, digest)
        name = self._generator.name if self._generator is not None else self.path.stem
        return ModelInfo(
            name,
            backend=self.name,
            context_length=self.settings.n_ctx or None,
            sha256=digest,
            path=str(self.path),
        )

    def close(self) -> None:
        close = getattr(self._generator, "close", None)
        if close is not None:
            close()
        self._generator = None


def load_generator(path: Path, settings: Settings) -> Generator:
    """Load a GGUF file into the llama.cpp adapter (the file is checked before llama.cpp):
    with `settings.parallel` above 1, one context serving that many articles at once."""
    from engine.llm.llama import BatchedLlamaGenerator, LlamaGenerator

    if settings.parallel > 1:
        generator = BatchedLlamaGenerator(path, settings, settings.parallel)
        if generator.gpu_layers == 0:
            log.warning(PARALLEL_ON_CPU.format(n=settings.parallel))
        return generator
    return LlamaGenerator(path, settings)

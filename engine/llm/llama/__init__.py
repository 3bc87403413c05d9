"""The llama.cpp adapter: the only package of Plume that imports `llama_cpp`.

- `binding`: every use of llama-cpp-python beyond its public API, checked against the pinned
  version when imported (an upgrade breaks that one file);
- `runtime`: a model and a context of N sequences on llama.cpp's C API (both generators');
- `generator`: `LlamaGenerator`, a GGUF model in-process, one article at a time;
- `batching`: `BatchedLlamaGenerator`, N articles at once in one context (`--parallel N`);
- `measure`: llama-bench's operations on the raw C API, model and system facts, quantization.

`engine.llm.local.load_generator` imports this package lazily: `plume --help` never loads llama.cpp.
"""

from engine.llm.llama.batching import BatchedLlamaGenerator
from engine.llm.llama.generator import LlamaGenerator, backend_info
from engine.llm.llama.measure import (
    BenchContext,
    BenchModel,
    ModelFacts,
    SystemFacts,
    quantize_model,
    system_facts,
)

__all__ = [
    "BatchedLlamaGenerator",
    "BenchContext",
    "BenchModel",
    "LlamaGenerator",
    "ModelFacts",
    "SystemFacts",
    "backend_info",
    "quantize_model",
    "system_facts",
]

"""llama-bench's operations on the raw llama.cpp API, model and system facts, quantization."""

from __future__ import annotations

import ctypes
import random
from dataclasses import dataclass
from pathlib import Path

from engine.errors import ModelError
from engine.llm.llama import binding
from engine.llm.llama.binding import (
    CHAR_P,
    INT,
    SIZE_T,
    VOID_P,
    ggml_function,
    llama_cpp,
    set_verbose,
)
from engine.models.catalog import check_gguf
from engine.models.system import physical_cores

QUANT_FTYPES = {
    "F16": llama_cpp.LLAMA_FTYPE_MOSTLY_F16,
    "Q8_0": llama_cpp.LLAMA_FTYPE_MOSTLY_Q8_0,
    "Q4_K_M": llama_cpp.LLAMA_FTYPE_MOSTLY_Q4_K_M,
}
FTYPE_NAMES = {  # 15 → "Q4_K_M", 0 → "F32"
    getattr(llama_cpp, name): name.split("_", 3)[3]
    for name in dir(llama_cpp)
    if name.startswith(("LLAMA_FTYPE_MOSTLY_", "LLAMA_FTYPE_ALL_"))
}


def quantize_model(source: Path, target: Path, quant: str, threads: int = 0) -> Path:
    """Quantize a GGUF file with llama.cpp's own quantizer (`quant`: a key of QUANT_FTYPES)."""
    params = llama_cpp.llama_model_quantize_default_params()
    params.ftype = QUANT_FTYPES[quant]
    params.nthread = threads or physical_cores()
    tmp = target.with_suffix(".tmp")
    if llama_cpp.llama_model_quantize(str(source).encode(), str(tmp).encode(), params) != 0:
        tmp.unlink(missing_ok=True)
        raise ModelError(f"llama.cpp could not quantize {source} to {quant}.", None)
    tmp.replace(target)
    return target


@dataclass(frozen=True)
class ModelFacts:
    """What llama-bench reports about a model, read from llama.cpp."""

    filename: str
    model_type: str  # llama.cpp's description, e.g. "qwen2 1B Q4_K - Medium"
    size: int  # bytes of weights
    n_params: int
    quant: str  # the file type, e.g. "Q4_K_M"


@dataclass(frozen=True)
class SystemFacts:
    """The llama.cpp build and the machine it runs on."""

    build: str
    backends: str
    cpu_info: str
    gpu_info: str
    features: str  # llama_print_system_info()


def system_facts() -> SystemFacts:
    fn = ggml_function
    reg_count = fn("ggml_backend_reg_count", SIZE_T)
    reg_get = fn("ggml_backend_reg_get", VOID_P, SIZE_T)
    reg_name = fn("ggml_backend_reg_name", CHAR_P, VOID_P)
    dev_count = fn("ggml_backend_dev_count", SIZE_T)
    dev_get = fn("ggml_backend_dev_get", VOID_P, SIZE_T)
    dev_type = fn("ggml_backend_dev_type", INT, VOID_P)
    dev_description = fn("ggml_backend_dev_description", CHAR_P, VOID_P)
    names = [reg_name(reg_get(i)).decode() for i in range(reg_count())]
    accelerators = [n for n in names if n != "CPU"]
    devices = [dev_get(i) for i in range(dev_count())]
    cpus = [dev_description(d).decode() for d in devices if dev_type(d) == 0]
    gpus = [dev_description(d).decode() for d in devices if dev_type(d) != 0]
    return SystemFacts(
        build=f"llama-cpp-python {binding.PINNED}",
        backends=",".join(accelerators) or "CPU",
        cpu_info=", ".join(cpus),
        gpu_info=", ".join(gpus),
        features=llama_cpp.llama_print_system_info().decode().strip(),
    )


class BenchModel:
    """A model loaded for raw measurements: prompt and generation decodes, as llama-bench does."""

    def __init__(self, path: Path, n_gpu_layers: int) -> None:
        self.path = check_gguf(Path(path))
        set_verbose(False)  # llama.cpp's load log would bury the results
        params = llama_cpp.llama_model_default_params()
        params.n_gpu_layers = 999 if n_gpu_layers < 0 else n_gpu_layers
        params.use_extra_bufts = binding.EXTRA_BUFFERS  # as the runtime loads it
        self._model = llama_cpp.llama_model_load_from_file(str(self.path).encode(), params)
        if not self._model:
            raise ModelError(
                f"llama.cpp could not load {self.path.name}.",
                "The file may be truncated or corrupt (check it with `plume models verify`), "
                "or memory may be short: try fewer GPU layers (-ngl).",
            )
        self.vocab = llama_cpp.llama_model_get_vocab(self._model)
        # Layers on a GPU: the weights are read from its memory (llama-bench's -ngl).
        self.offloaded = params.n_gpu_layers > 0 and llama_cpp.llama_supports_gpu_offload()

    def facts(self) -> ModelFacts:
        desc = ctypes.create_string_buffer(256)
        llama_cpp.llama_model_desc(self._model, desc, len(desc))
        ftype = ctypes.create_string_buffer(32)
        n = llama_cpp.llama_model_meta_val_str(self._model, b"general.file_type", ftype, 32)
        quant = FTYPE_NAMES.get(int(ftype.value)) if n > 0 else None
        return ModelFacts(
            filename=str(self.path),
            model_type=desc.value.decode(),
            size=llama_cpp.llama_model_size(self._model),
            n_params=llama_cpp.llama_model_n_params(self._model),
            quant=quant or "unknown",
        )

    def context(
        self, *, n_ctx: int, n_batch: int, n_ubatch: int, threads: int, flash_attn: int
    ) -> BenchContext:
        return BenchContext(self, n_ctx, n_batch, n_ubatch, threads, flash_attn)

    def close(self) -> None:
        if self._model:
            llama_cpp.llama_model_free(self._model)
            self._model = None


class BenchContext:
    """One llama.cpp context; its decodes feed random tokens, like llama-bench's."""

    def __init__(
        self, model: BenchModel, n_ctx: int, n_batch: int, n_ubatch: int, threads: int, fa: int
    ) -> None:
        params = llama_cpp.llama_context_default_params()
        params.n_ctx, params.n_batch, params.n_ubatch = n_ctx, n_batch, n_ubatch
        params.n_threads = params.n_threads_batch = threads
        params.flash_attn_type = fa
        self._ctx = llama_cpp.llama_init_from_model(model._model, params)
        if not self._ctx:
            raise ModelError(
                f"llama.cpp could not create a context of {n_ctx} tokens.",
                "Memory may be short: try a smaller -p/-n/-d or fewer GPU layers (-ngl).",
            )
        self.n_batch = n_batch
        self._vocab = model.vocab
        self._n_vocab = llama_cpp.llama_vocab_n_tokens(model.vocab)
        self._add_bos = llama_cpp.llama_vocab_get_add_bos(model.vocab)
        self._random = random.Random(0)
        self._tokens = (llama_cpp.llama_token * n_batch)()
        self._saved: tuple[int, ctypes.Array] | None = None

    def clear(self) -> None:
        """Empty the KV cache."""
        llama_cpp.llama_memory_clear(llama_cpp.llama_get_memory(self._ctx), False)

    def _decode(self, n: int) -> None:
        if llama_cpp.llama_decode(self._ctx, llama_cpp.llama_batch_get_one(self._tokens, n)):
            raise ModelError("llama.cpp failed to decode a batch.", "The context may be full.")

    def decode_prompt(self, n_tokens: int) -> None:
        """Evaluate `n_tokens` random tokens in batches of n_batch (the pp test)."""
        done = 0
        while done < n_tokens:
            n = min(n_tokens - done, self.n_batch)
            for i in range(n):
                self._tokens[i] = self._random.randrange(self._n_vocab)
            if done == 0 and self._add_bos:
                self._tokens[0] = llama_cpp.llama_vocab_bos(self._vocab)
            self._decode(n)
            done += n
        llama_cpp.llama_synchronize(self._ctx)

    def generate(self, n_tokens: int) -> None:
        """Decode `n_tokens` tokens one at a time after what the cache holds (the tg test)."""
        for _ in range(n_tokens):
            self._tokens[0] = self._random.randrange(self._n_vocab)
            self._decode(1)
            llama_cpp.llama_synchronize(self._ctx)

    def fill(self, n_depth: int) -> None:
        """Put `n_depth` tokens in the cache; the state is kept so the next fill is a copy."""
        self.clear()
        if self._saved is not None and self._saved[0] == n_depth:
            state = self._saved[1]
            if llama_cpp.llama_state_seq_set_data(self._ctx, state, len(state), 0):
                return
        self.decode_prompt(n_depth)
        size = llama_cpp.llama_state_seq_get_size(self._ctx, 0)
        state = (ctypes.c_uint8 * size)()
        llama_cpp.llama_state_seq_get_data(self._ctx, state, size, 0)
        self._saved = (n_depth, state)

    def close(self) -> None:
        if self._ctx:
            llama_cpp.llama_free(self._ctx)
            self._ctx = None

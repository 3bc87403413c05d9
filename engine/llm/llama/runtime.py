"""One GGUF model in one llama.cpp context, on llama.cpp's C API: the part both generators share.

A context holds `n_seq` sequences (llama.cpp's `seq_id`), each with its own KV cache stream
(`kv_unified` off: a sequence's cells sit where they would if it were alone, so its attention
sums run in the same order whatever the other sequences hold). A `Slot` is one sequence and the
tokens its cache holds. `prefill` evaluates the part of a prompt its slot does not hold yet;
`step` decodes one token for each of several slots in a single `llama_decode`; `sample` draws a
slot's next token with its own sampler chain. Nothing here is thread-safe: one thread drives a
runtime (the serial generator's caller, or the batching scheduler).
"""

from __future__ import annotations

import ctypes
import logging
from dataclasses import dataclass, field
from pathlib import Path

from engine.config import Settings
from engine.errors import ModelError
from engine.llm.llama.binding import EXTRA_BUFFERS, llama_cpp, set_verbose
from engine.llm.placement import gpu_layers
from engine.models.catalog import check_gguf
from engine.models.system import physical_cores

log = logging.getLogger("plume")

PENALTY_LAST_N = 64  # tokens the repeat penalty looks back on (llama.cpp's default)
DEFAULT_CONTEXT = 8192  # when nothing sized the context for the work at hand
LOAD_HINT = (
    "The file may be truncated or corrupt (check it with `plume models verify`), "
    "or memory may be short: try a smaller context (PLUME_N_CTX) or fewer --gpu-layers."
)


@dataclass
class Slot:
    """One sequence of the context and the tokens whose keys and values it holds, in order."""

    seq_id: int
    cached: list[int] = field(default_factory=list)
    sampler: ctypes.c_void_p | None = None  # the chain of the generation under way

    def shared_prefix(self, tokens: list[int]) -> int:
        same = 0
        for a, b in zip(self.cached, tokens, strict=False):
            if a != b:
                break
            same += 1
        return same


def load_model(path: Path, n_gpu_layers: int) -> ctypes.c_void_p:
    """llama.cpp's model, or ModelError. (-1 layers: all of them.)

    The file is read into memory, not mapped: a mapped file truncated in place (`cp new.gguf`
    over the model in use) kills the process with SIGBUS at its next token; a read copy
    outlives any change to the file. (What it costs: README, « Replacing a model ».)"""
    params = llama_cpp.llama_model_default_params()
    params.n_gpu_layers = 0x7FFFFFFF if n_gpu_layers < 0 else n_gpu_layers
    params.load_mode = llama_cpp.LLAMA_LOAD_MODE_NONE  # read, not mapped
    params.lazy_mode = llama_cpp.LLAMA_LAZY_MODE_OFF  # (lazy reading needs a mapping)
    params.use_extra_bufts = EXTRA_BUFFERS  # none on an AMX build (binding.EXTRA_BUFFERS)
    model = llama_cpp.llama_model_load_from_file(str(path).encode(), params)
    if not model:
        raise ModelError(f"llama.cpp could not load {path.name}.", LOAD_HINT)
    return model


class Runtime:
    """A model and a context of `n_seq` sequences of `n_ctx_seq` tokens each."""

    def __init__(self, path: Path, settings: Settings, n_seq: int = 1) -> None:
        set_verbose(False)  # llama.cpp's load log would bury Plume's own messages
        self.path = check_gguf(Path(path))
        self.settings = settings
        self.threads = settings.threads or physical_cores()
        self.gpu_layers = gpu_layers(settings.gpu_layers, llama_cpp.llama_supports_gpu_offload())
        try:
            self.model = load_model(self.path, self.gpu_layers)
        except ModelError as exc:
            if self.gpu_layers == 0:
                raise
            log.warning("GPU offload failed (%s): running on the CPU instead.", exc.message)
            self.gpu_layers = 0
            self.model = load_model(self.path, 0)
        self.ctx = None
        try:
            self.ctx = self._context(settings.n_ctx or DEFAULT_CONTEXT, n_seq)
        except ModelError:
            self.close()
            raise
        self.vocab = llama_cpp.llama_model_get_vocab(self.model)
        self.n_vocab = llama_cpp.llama_vocab_n_tokens(self.vocab)
        self.n_seq = n_seq
        self.n_ctx_seq = llama_cpp.llama_n_ctx_seq(self.ctx)
        self.n_batch = llama_cpp.llama_n_batch(self.ctx)
        self._memory = llama_cpp.llama_get_memory(self.ctx)
        self._batch = llama_cpp.llama_batch_init(max(self.n_batch, n_seq), 0, 1)
        self._piece_buffer = ctypes.create_string_buffer(256)
        self.slots = [Slot(i) for i in range(n_seq)]

    def _context(self, n_ctx_seq: int, n_seq: int) -> ctypes.c_void_p:
        settings = self.settings
        params = llama_cpp.llama_context_default_params()
        params.n_ctx = n_ctx_seq * n_seq
        params.n_seq_max = n_seq
        params.kv_unified = False  # each sequence its own stream: results independent of N
        params.n_batch = settings.n_batch
        params.n_ubatch = min(settings.n_batch, settings.n_ubatch)
        params.n_threads = params.n_threads_batch = self.threads
        # auto (-1) stays off, as llama-cpp-python's Llama had it: on a CPU, auto would turn
        # flash attention on and change the numbers, not the speed (measured: no difference).
        params.flash_attn_type = (
            llama_cpp.LLAMA_FLASH_ATTN_TYPE_ENABLED
            if settings.flash_attn == 1
            else llama_cpp.LLAMA_FLASH_ATTN_TYPE_DISABLED
        )
        params.no_perf = False  # llama.cpp's own timings feed Timings
        ctx = llama_cpp.llama_init_from_model(self.model, params)
        if not ctx:
            raise ModelError(
                f"llama.cpp could not create a context of {params.n_ctx:,} tokens "
                f"({n_seq} × {n_ctx_seq:,}) for {self.path.name}.",
                LOAD_HINT,
            )
        return ctx

    # --- text ----------------------------------------------------------------------------

    def metadata(self, key: str) -> str | None:
        size = llama_cpp.llama_model_meta_val_str(self.model, key.encode(), None, 0)
        if size < 0:
            return None
        buf = ctypes.create_string_buffer(size + 1)
        llama_cpp.llama_model_meta_val_str(self.model, key.encode(), buf, size + 1)
        return buf.value.decode("utf-8", "replace")

    def tokenize(self, text: str, add_bos: bool) -> list[int]:
        data = text.encode("utf-8")
        size = len(data) + 2
        while True:
            out = (llama_cpp.llama_token * size)()
            n = llama_cpp.llama_tokenize(self.vocab, data, len(data), out, size, add_bos, True)
            if n >= 0:
                return out[:n]
            size = -n

    def piece(self, token: int, special: bool = False) -> bytes:
        buf = self._piece_buffer
        n = llama_cpp.llama_token_to_piece(self.vocab, token, buf, len(buf), 0, special)
        if n < 0:
            self._piece_buffer = buf = ctypes.create_string_buffer(-n)
            n = llama_cpp.llama_token_to_piece(self.vocab, token, buf, len(buf), 0, special)
        return buf.raw[:n]

    def is_end(self, token: int) -> bool:
        return llama_cpp.llama_vocab_is_eog(self.vocab, token)

    # --- sampling ------------------------------------------------------------------------

    def sampler(self, temperature: float, seed: int, on_backend: bool) -> ctypes.c_void_p:
        """The sampling chain, all in C. Top-k comes first, so the repeat penalty and top-p
        work on k candidates instead of the whole vocabulary (150k tokens for Qwen: that pass
        cost more per token than all of Plume's Python).

        Greedy on the backend is top-1 then a draw from that one candidate: llama.cpp's
        backend greedy sampler returns the index among the top-k candidates instead of the
        token (0.3.36's vendored llama.cpp; its top-k, top-p and dist map them back)."""
        settings = self.settings
        lib = llama_cpp
        chain = lib.llama_sampler_chain_init(lib.llama_sampler_chain_default_params())
        links = []
        if settings.top_k > 0:
            links.append(lib.llama_sampler_init_top_k(settings.top_k))
        links.append(
            lib.llama_sampler_init_penalties(
                self.n_vocab, PENALTY_LAST_N, settings.repeat_penalty, 0.0, 0.0
            )
        )
        if temperature <= 0 and on_backend:
            links += [lib.llama_sampler_init_top_k(1), lib.llama_sampler_init_dist(seed)]
        elif temperature <= 0:
            links.append(lib.llama_sampler_init_greedy())
        else:
            links.append(lib.llama_sampler_init_top_p(settings.top_p, 1))
            links.append(lib.llama_sampler_init_temp(temperature))
            links.append(lib.llama_sampler_init_dist(seed))
        for link in links:
            lib.llama_sampler_chain_add(chain, link)  # the chain owns and frees them
        return chain

    def attach(self, slot: Slot, sampler: ctypes.c_void_p, on_backend: bool) -> bool:
        """Give `slot` its chain; with `on_backend`, llama.cpp runs it inside the decode graph
        (on the GPU when offloaded) and only the token comes back. True if it does."""
        slot.sampler = sampler
        if not on_backend:
            return False
        return bool(llama_cpp.llama_set_sampler(self.ctx, slot.seq_id, sampler))

    def detach(self, slot: Slot) -> None:
        if slot.sampler is None:
            return
        llama_cpp.llama_set_sampler(self.ctx, slot.seq_id, None)
        llama_cpp.llama_sampler_free(slot.sampler)
        slot.sampler = None

    def sample(self, slot: Slot, index: int) -> int:
        """The next token of `slot` from output `index` of the last decode."""
        return llama_cpp.llama_sampler_sample(slot.sampler, self.ctx, index)

    # --- decoding ------------------------------------------------------------------------

    def prefill(self, slot: Slot, tokens: list[int]) -> int:
        """Evaluate what `slot`'s cache lacks of `tokens`; return how many it already held.

        The cache keeps the longest shared prefix (a prompt identical to the cached one still
        replays its last token, for fresh logits). The logits of the last token are at output
        index `self.last_index` afterwards."""
        if not tokens:
            raise ValueError("an empty prompt")
        same = min(slot.shared_prefix(tokens), len(tokens) - 1)
        if same < len(slot.cached):
            if not llama_cpp.llama_memory_seq_rm(self._memory, slot.seq_id, same, -1):
                llama_cpp.llama_memory_seq_rm(self._memory, slot.seq_id, -1, -1)
                same = 0
            del slot.cached[same:]
        batch, seq = self._batch, slot.seq_id
        start = same
        while start < len(tokens):
            chunk = tokens[start : start + self.n_batch]
            for i, token in enumerate(chunk):
                batch.token[i] = token
                batch.pos[i] = start + i
                batch.n_seq_id[i] = 1
                batch.seq_id[i][0] = seq
                batch.logits[i] = 0
            batch.logits[len(chunk) - 1] = int(start + len(chunk) == len(tokens))
            batch.n_tokens = len(chunk)
            self._decode()
            slot.cached += chunk
            start += len(chunk)
        self.last_index = batch.n_tokens - 1
        return same

    def step(self, slots: list[Slot], tokens: list[int]) -> None:
        """Decode `tokens[i]` as the next token of `slots[i]`, all in one llama_decode; the
        logits of slot i are at output index i afterwards."""
        batch = self._batch
        for i, (slot, token) in enumerate(zip(slots, tokens, strict=True)):
            batch.token[i] = token
            batch.pos[i] = len(slot.cached)
            batch.n_seq_id[i] = 1
            batch.seq_id[i][0] = slot.seq_id
            batch.logits[i] = 1
            slot.cached.append(token)
        batch.n_tokens = len(slots)
        self._decode()

    def _decode(self) -> None:
        status = llama_cpp.llama_decode(self.ctx, self._batch)
        if status != 0:
            raise ModelError(
                f"llama.cpp failed while generating: llama_decode returned {status}.",
                "Memory may be short: try a smaller context (PLUME_N_CTX=4096) or fewer "
                "GPU layers (--gpu-layers 0).",
            )

    def forget(self, slot: Slot) -> None:
        """Empty `slot`'s cache (after a failed decode its contents are unknown)."""
        llama_cpp.llama_memory_seq_rm(self._memory, slot.seq_id, -1, -1)
        slot.cached.clear()

    # --- timings -------------------------------------------------------------------------

    def perf_reset(self) -> None:
        llama_cpp.llama_perf_context_reset(self.ctx)

    def perf(self) -> tuple[float, int, float]:
        """llama.cpp's (prompt ms, tokens decoded one by one, their ms) since the reset."""
        data = llama_cpp.llama_perf_context(self.ctx)
        return data.t_p_eval_ms, data.n_eval, data.t_eval_ms

    def close(self) -> None:
        for slot in getattr(self, "slots", ()):
            self.detach(slot)
        if getattr(self, "_batch", None) is not None:
            llama_cpp.llama_batch_free(self._batch)
            self._batch = None
        if self.ctx:
            llama_cpp.llama_free(self.ctx)
            self.ctx = None
        if self.model:
            llama_cpp.llama_model_free(self.model)
            self.model = None

"""The llama.cpp adapter: the only module of Plume that imports `llama_cpp`.

Generation iterates tokens straight from llama.cpp's sampler (logits stay in C), turns each
token into text with an incremental UTF-8 decoder, and looks for stop strings only in the tail
that the new piece can complete, so a token costs the same at the 10th and the 3,000th.
Consecutive calls that share a prompt prefix (the source and the instructions) reuse llama.cpp's
KV cache: only the new tail of the prompt is evaluated.
"""

from __future__ import annotations

import codecs
import ctypes
import logging
import random
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import llama_cpp
from llama_cpp._internals import LlamaSampler
from llama_cpp._logger import set_verbose
from llama_cpp.llama_chat_format import Jinja2ChatFormatter

from engine.config import Settings
from engine.errors import InputError, ModelError
from engine.llm import Generation, Message, OnText, StopReason, Timings
from engine.models import check_gguf
from engine.placement import gpu_layers
from engine.system import physical_cores

log = logging.getLogger("plume")
llama_log = logging.getLogger("plume.llama_cpp")


@llama_cpp.llama_log_callback
def _to_logging(level: int, text: bytes, user_data: ctypes.c_void_p) -> None:
    """llama.cpp's own log lines go to the `plume.llama_cpp` logger at debug level, never to
    stderr: llama-cpp-python's callback misreads ggml's levels and prints every warning
    ("llama_kv_cache_iswa: using full-size SWA cache…") even with verbose=False."""
    llama_log.debug("%s", text.decode("utf-8", "replace").rstrip())


llama_cpp.llama_log_set(_to_logging, ctypes.c_void_p(0))

CHATML_FALLBACK = (
    "{% for m in messages %}<|im_start|>{{ m['role'] }}\n{{ m['content'] }}<|im_end|>\n"
    "{% endfor %}{% if add_generation_prompt %}<|im_start|>assistant\n{% endif %}"
)
# A model without the ChatML tokens spells them as text: its turn ends at the first one.
CHATML_STOPS = ("<|im_end|>", "<|im_start|>")


def backend_info() -> dict[str, str]:
    """What llama.cpp was built with: version, CPU features and backends, GPU offload."""
    return {
        "llama-cpp-python": llama_cpp.__version__,
        "system": llama_cpp.llama_print_system_info().decode("utf-8", "replace").strip(),
        "gpu_offload": "yes" if llama_cpp.llama_supports_gpu_offload() else "no (CPU build)",
    }


PENALTY_LAST_N = 64  # tokens the repeat penalty looks back on (llama.cpp's default)
DEFAULT_CONTEXT = 8192  # when nothing sized the context for the work at hand


class LlamaGenerator:
    """A GGUF model loaded in-process. Implements `engine.llm.Generator`."""

    def __init__(self, path: Path, settings: Settings) -> None:
        self.path = check_gguf(Path(path))
        self.name = self.path.stem
        self.settings = settings
        threads = settings.threads or physical_cores()
        self.gpu_layers = gpu_layers(settings.gpu_layers, llama_cpp.llama_supports_gpu_offload())
        try:
            self._llama = self._load(threads, self.gpu_layers)
        except ModelError as exc:
            if self.gpu_layers == 0:
                raise
            log.warning("GPU offload failed (%s): running on the CPU instead.", exc.message)
            self.gpu_layers = 0
            self._llama = self._load(threads, 0)
        self.threads = threads
        self._vocab = self._llama._model.vocab
        self._piece_buffer = ctypes.create_string_buffer(256)
        self._formatter, self.chat_template_source = self._chat_formatter()

    def _load(self, threads: int, n_gpu_layers: int) -> llama_cpp.Llama:
        settings = self.settings
        try:
            return llama_cpp.Llama(
                model_path=str(self.path),
                n_ctx=settings.n_ctx or DEFAULT_CONTEXT,
                n_batch=settings.n_batch,
                n_ubatch=settings.n_ubatch,
                # llama-cpp-python offers on or off only: auto (-1) stays off, as before.
                flash_attn=settings.flash_attn == 1,
                n_threads=threads,
                n_threads_batch=threads,
                n_gpu_layers=n_gpu_layers,
                seed=settings.seed,
                verbose=False,
            )
        except (ValueError, RuntimeError, OSError) as exc:
            raise ModelError(
                f"llama.cpp could not load {self.path.name}: {exc}",
                "The file may be truncated or corrupt (check it with `plume models verify`), "
                "or memory may be short: try a smaller context (PLUME_N_CTX) "
                "or fewer --gpu-layers.",
            ) from None

    # --- prompt ------------------------------------------------------------------------

    def _chat_formatter(self) -> tuple[Jinja2ChatFormatter, str]:
        template = self._llama.metadata.get("tokenizer.chat_template")
        source = "gguf"
        if not template:
            template, source = CHATML_FALLBACK, "chatml-fallback"
            log.warning("%s has no chat template in its metadata: using ChatML.", self.name)
        eos = self._token_text(self._llama.token_eos())
        bos = self._token_text(self._llama.token_bos())
        return Jinja2ChatFormatter(template=template, eos_token=eos, bos_token=bos), source

    def _token_text(self, token: int) -> str:
        if token < 0:
            return ""
        return self._llama.detokenize([token], special=True).decode("utf-8", "replace")

    def render(self, messages: Sequence[Message]) -> str:
        """The exact prompt text the model sees for `messages`."""
        return self._formatter(messages=list(messages)).prompt

    def tokenize(self, text: str) -> list[int]:
        # A template writes its own BOS; the fallback lets the model add one if it wants.
        add_bos = self.chat_template_source != "gguf"
        return self._llama.tokenize(text.encode("utf-8"), add_bos=add_bos, special=True)

    # --- generation --------------------------------------------------------------------

    def generate(
        self,
        messages: Sequence[Message],
        *,
        max_tokens: int,
        stop: Sequence[str] = (),
        on_text: OnText | None = None,
        temperature: float | None = None,
        seed: int | None = None,
    ) -> Generation:
        started = time.perf_counter()
        if self.chat_template_source == "chatml-fallback":
            stop = (*stop, *CHATML_STOPS)
        tokens = self.tokenize(self.render(messages))
        n_ctx = self._llama.n_ctx()
        budget = min(max_tokens, n_ctx - len(tokens))
        if budget <= 0:
            raise InputError(
                f"The prompt takes {len(tokens)} tokens, more than the model's context of "
                f"{n_ctx} leaves room for.",
                "Raise the context (PLUME_N_CTX) or shorten the article.",
            )
        settings = self.settings
        temp = settings.temperature if temperature is None else temperature
        llama = self._llama
        ctx = llama._ctx.ctx
        llama_cpp.llama_perf_context_reset(ctx)
        reused = self._reuse_prefix(tokens)

        decoder = codecs.getincrementaldecoder("utf-8")("replace")
        hold = max((len(s) for s in stop), default=1) - 1
        text, emitted, count = "", 0, 0
        reason: StopReason = "length"
        first_token_at = 0.0
        sampler = self._sampler(temp, settings.seed if seed is None else seed)
        try:
            llama.eval(tokens[reused:])
            while True:
                token = sampler.sample(llama._ctx, -1)
                if not first_token_at:
                    first_token_at = time.perf_counter()
                if llama_cpp.llama_vocab_is_eog(self._vocab, token):
                    reason = "eos"
                    break
                count += 1
                piece = decoder.decode(self._piece(token))
                if piece:
                    text += piece
                    if stop:
                        cut = _first_stop(text, stop, len(text) - len(piece) - hold)
                        if cut >= 0:
                            text, reason = text[:cut], "stop"
                            break
                    if on_text is not None and len(text) - hold > emitted:
                        on_text(text[emitted : len(text) - hold])
                        emitted = len(text) - hold
                if count >= budget:
                    break
                llama.eval([token])
        except RuntimeError as exc:  # llama_decode failed: out of memory, most often
            raise ModelError(
                f"llama.cpp failed while generating: {exc}.",
                "Memory may be short: try a smaller context (PLUME_N_CTX=4096) or fewer "
                "GPU layers (--gpu-layers 0).",
            ) from None
        finally:
            sampler.close()
        if reason != "stop":
            text += decoder.decode(b"", final=True)
        if on_text is not None and emitted < len(text):
            on_text(text[emitted:])
        finished = time.perf_counter()

        perf = llama_cpp.llama_perf_context(ctx)
        timings = Timings(
            prompt_tokens=len(tokens),
            prompt_evaluated=len(tokens) - reused,
            prompt_ms=perf.t_p_eval_ms,
            generated_tokens=count,
            eval_tokens=perf.n_eval,
            eval_ms=perf.t_eval_ms,
            first_token_ms=1000.0 * ((first_token_at or finished) - started),
            wall_ms=1000.0 * (finished - started),
        )
        return Generation(text=text, stop_reason=reason, timings=timings)

    def _reuse_prefix(self, tokens: list[int]) -> int:
        """Keep the KV cache of the longest prefix shared with the last call; return its length.

        A prompt identical to the cached one still replays its last token to get fresh logits.
        """
        llama = self._llama
        cached = llama.input_ids[: llama.n_tokens]
        same = 0
        for a, b in zip(cached, tokens, strict=False):
            if a != b:
                break
            same += 1
        same = min(same, len(tokens) - 1)
        if same > 0 and llama._ctx.kv_cache_seq_rm(-1, same, -1):
            llama.n_tokens = same
            return same
        llama.reset()
        return 0

    def _sampler(self, temperature: float, seed: int) -> LlamaSampler:
        """The sampling chain, all in C. Top-k comes first, so the repeat penalty and top-p
        work on k candidates instead of the whole vocabulary (150k tokens for Qwen: that pass
        cost more per token than all of Plume's Python)."""
        settings = self.settings
        chain = LlamaSampler()
        if settings.top_k > 0:
            chain.add_top_k(settings.top_k)
        chain.add_penalties(self._llama.n_vocab(), PENALTY_LAST_N, settings.repeat_penalty, 0, 0)
        if temperature <= 0:
            chain.add_greedy()
        else:
            chain.add_top_p(settings.top_p, 1)
            chain.add_temp(temperature)
            chain.add_dist(seed)
        return chain

    def _piece(self, token: int) -> bytes:
        buf = self._piece_buffer
        n = llama_cpp.llama_token_to_piece(self._vocab, token, buf, len(buf), 0, False)
        if n < 0:
            self._piece_buffer = buf = ctypes.create_string_buffer(-n)
            n = llama_cpp.llama_token_to_piece(self._vocab, token, buf, len(buf), 0, False)
        return buf.raw[:n]

    def close(self) -> None:
        self._llama.close()


def _first_stop(text: str, stops: Sequence[str], start: int) -> int:
    """Index of the earliest stop string in `text` beginning at or after `start`, else -1."""
    start = max(0, start)
    hits = [i for s in stops if (i := text.find(s, start)) >= 0]
    return min(hits) if hits else -1


# --- benchmark primitives: llama-bench's operations, on the raw llama.cpp API ------------

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
    from llama_cpp._ggml import libggml

    def fn(name: str, restype: object, *argtypes: object) -> Callable[..., object]:
        f = getattr(libggml, name)
        f.restype, f.argtypes = restype, list(argtypes)
        return f

    vp, cp = ctypes.c_void_p, ctypes.c_char_p
    reg_count, reg_get = (
        fn("ggml_backend_reg_count", ctypes.c_size_t),
        fn("ggml_backend_reg_get", vp, ctypes.c_size_t),
    )
    reg_name = fn("ggml_backend_reg_name", cp, vp)
    dev_count, dev_get = (
        fn("ggml_backend_dev_count", ctypes.c_size_t),
        fn("ggml_backend_dev_get", vp, ctypes.c_size_t),
    )
    dev_type, dev_description = (
        fn("ggml_backend_dev_type", ctypes.c_int, vp),
        fn("ggml_backend_dev_description", cp, vp),
    )
    names = [reg_name(reg_get(i)).decode() for i in range(reg_count())]
    accelerators = [n for n in names if n != "CPU"]
    devices = [dev_get(i) for i in range(dev_count())]
    cpus = [dev_description(d).decode() for d in devices if dev_type(d) == 0]
    gpus = [dev_description(d).decode() for d in devices if dev_type(d) != 0]
    return SystemFacts(
        build=f"llama-cpp-python {llama_cpp.__version__}",
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
        self._model = llama_cpp.llama_model_load_from_file(str(self.path).encode(), params)
        if not self._model:
            raise ModelError(
                f"llama.cpp could not load {self.path.name}.",
                "The file may be truncated or corrupt (check it with `plume models verify`), "
                "or memory may be short: try fewer GPU layers (-ngl).",
            )
        self.vocab = llama_cpp.llama_model_get_vocab(self._model)

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

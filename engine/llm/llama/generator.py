"""`LlamaGenerator`: a GGUF model in-process, one article at a time.

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
import time
from collections.abc import Sequence
from pathlib import Path

from engine.config import Settings
from engine.errors import InputError, ModelError
from engine.llm import Generation, Message, OnText, StopReason, Timings
from engine.llm.llama import binding
from engine.llm.llama.binding import (
    Jinja2ChatFormatter,
    LlamaSampler,
    cached_tokens,
    context_pointer,
    keep_prefix,
    llama_cpp,
    sample_token,
    vocab_pointer,
)
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
        "llama-cpp-python": binding.PINNED,
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
        self._vocab = vocab_pointer(self._llama)
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
        ctx = context_pointer(llama)
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
                token = sample_token(sampler, llama)
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
        same = 0
        for a, b in zip(cached_tokens(self._llama), tokens, strict=False):
            if a != b:
                break
            same += 1
        same = min(same, len(tokens) - 1)
        if same > 0 and keep_prefix(self._llama, same):
            return same
        self._llama.reset()
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

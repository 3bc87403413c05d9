"""`LlamaGenerator`: a GGUF model in-process, one article at a time.

Generation samples each token in C (llama.cpp's sampler chain reads the logits where they
are; with backend sampling the chain even runs inside the decode graph, on the GPU when the
model is offloaded), turns it into text with an incremental UTF-8 decoder, and looks for stop
strings only in the tail that the new piece can complete, so a token costs the same at the
10th and the 3,000th. Consecutive calls that share a prompt prefix (the source and the
instructions) reuse llama.cpp's KV cache: only the new tail of the prompt is evaluated.
"""

from __future__ import annotations

import codecs
import logging
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from engine.config import Settings
from engine.errors import InputError, ModelError
from engine.llm import Generation, Message, OnText, StopReason, Timings
from engine.llm.llama import binding
from engine.llm.llama.binding import Jinja2ChatFormatter, llama_cpp
from engine.llm.llama.runtime import Runtime

log = logging.getLogger("plume")
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


class Prompting:
    """Chat messages → the model's prompt text → tokens, with the GGUF's own template."""

    def __init__(self, runtime: Runtime, name: str) -> None:
        self._runtime = runtime
        template = runtime.metadata("tokenizer.chat_template")
        self.chat_template_source = "gguf"
        if not template:
            template, self.chat_template_source = CHATML_FALLBACK, "chatml-fallback"
            log.warning("%s has no chat template in its metadata: using ChatML.", name)
        vocab = runtime.vocab
        eos = self._token_text(llama_cpp.llama_vocab_eos(vocab))
        bos = self._token_text(llama_cpp.llama_vocab_bos(vocab))
        self._formatter = Jinja2ChatFormatter(template=template, eos_token=eos, bos_token=bos)

    def _token_text(self, token: int) -> str:
        if token < 0:
            return ""
        return self._runtime.piece(token, special=True).decode("utf-8", "replace")

    def render(self, messages: Sequence[Message]) -> str:
        """The exact prompt text the model sees for `messages`."""
        return self._formatter(messages=list(messages)).prompt

    def stops(self, stop: Sequence[str]) -> tuple[str, ...]:
        """`stop`, and with the ChatML fallback the markers a model without them writes out."""
        if self.chat_template_source == "chatml-fallback":
            return (*stop, *CHATML_STOPS)
        return tuple(stop)

    def tokenize(self, text: str) -> list[int]:
        # A template writes its own BOS; the fallback lets the model add one if it wants.
        return self._runtime.tokenize(text, add_bos=self.chat_template_source != "gguf")


def backend_sampling(settings: Settings, gpu_layers: int) -> bool:
    """Sample inside llama.cpp's decode graph? Auto (-1): when layers run on a GPU, where it
    saves the logits' copy and a pass over the vocabulary on the CPU per token."""
    if settings.backend_sampling == -1:
        return gpu_layers != 0
    return settings.backend_sampling == 1


class Stream:
    """The text of one generation, a token at a time: UTF-8 pieces, stop strings, streaming.

    `push` returns True when the generation is over (end token, stop string, or budget)."""

    def __init__(
        self,
        piece: Callable[[int], bytes],
        budget: int,
        stop: Sequence[str],
        on_text: OnText | None,
    ) -> None:
        self._piece = piece
        self._budget = budget
        self._stop = stop
        self._on_text = on_text
        self._decoder = codecs.getincrementaldecoder("utf-8")("replace")
        self._hold = max((len(s) for s in stop), default=1) - 1
        self._emitted = 0
        self.text = ""
        self.count = 0
        self.reason: StopReason = "length"

    def push(self, token: int, is_end: bool) -> bool:
        if is_end:
            self.reason = "eos"
            return True
        self.count += 1
        piece = self._decoder.decode(self._piece(token))
        if piece:
            self.text += piece
            if self._stop:
                cut = _first_stop(self.text, self._stop, len(self.text) - len(piece) - self._hold)
                if cut >= 0:
                    self.text, self.reason = self.text[:cut], "stop"
                    return True
            if self._on_text is not None and len(self.text) - self._hold > self._emitted:
                self._on_text(self.text[self._emitted : len(self.text) - self._hold])
                self._emitted = len(self.text) - self._hold
        return self.count >= self._budget

    def finish(self) -> str:
        """The whole text; what streaming held back (a possible stop string's start) is sent."""
        if self.reason != "stop":
            self.text += self._decoder.decode(b"", final=True)
        if self._on_text is not None and self._emitted < len(self.text):
            self._on_text(self.text[self._emitted :])
        return self.text


def _first_stop(text: str, stops: Sequence[str], start: int) -> int:
    """Index of the earliest stop string in `text` beginning at or after `start`, else -1."""
    start = max(0, start)
    hits = [i for s in stops if (i := text.find(s, start)) >= 0]
    return min(hits) if hits else -1


def token_budget(max_tokens: int, prompt_tokens: int, n_ctx_seq: int) -> int:
    budget = min(max_tokens, n_ctx_seq - prompt_tokens)
    if budget <= 0:
        raise InputError(
            f"The prompt takes {prompt_tokens} tokens, more than the model's context of "
            f"{n_ctx_seq} leaves room for.",
            "Raise the context (PLUME_N_CTX) or shorten the article.",
        )
    return budget


class LlamaGenerator:
    """A GGUF model loaded in-process. Implements `engine.llm.Generator`."""

    def __init__(self, path: Path, settings: Settings) -> None:
        self._runtime = runtime = Runtime(path, settings, n_seq=1)
        self.path = runtime.path
        self.name = self.path.stem
        self.settings = settings
        self.threads = runtime.threads
        self.gpu_layers = runtime.gpu_layers
        self.backend_sampling = backend_sampling(settings, runtime.gpu_layers)
        self.sampled_on_backend = False  # did llama.cpp take the last call's sampler chain?
        try:
            self._prompting = Prompting(runtime, self.name)
        except Exception:
            runtime.close()
            raise
        self.chat_template_source = self._prompting.chat_template_source
        self.render = self._prompting.render
        self.tokenize = self._prompting.tokenize

    @property
    def n_ctx(self) -> int:
        return self._runtime.n_ctx_seq

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
        stop = self._prompting.stops(stop)
        tokens = self.tokenize(self.render(messages))
        runtime = self._runtime
        budget = token_budget(max_tokens, len(tokens), runtime.n_ctx_seq)
        settings = self.settings
        temp = settings.temperature if temperature is None else temperature
        slot = runtime.slots[0]
        runtime.perf_reset()
        sampler = runtime.sampler(
            temp, settings.seed if seed is None else seed, self.backend_sampling
        )
        self.sampled_on_backend = runtime.attach(slot, sampler, self.backend_sampling)
        stream = Stream(runtime.piece, budget, stop, on_text)
        first_token_at = 0.0
        try:
            reused = runtime.prefill(slot, tokens)
            index = runtime.last_index
            while True:
                token = runtime.sample(slot, index)
                if not first_token_at:
                    first_token_at = time.perf_counter()
                if stream.push(token, runtime.is_end(token)):
                    break
                runtime.step([slot], [token])
                index = 0
        except ModelError:
            runtime.forget(slot)
            raise
        finally:
            runtime.detach(slot)
        text = stream.finish()
        finished = time.perf_counter()
        prompt_ms, eval_tokens, eval_ms = runtime.perf()
        timings = Timings(
            prompt_tokens=len(tokens),
            prompt_evaluated=len(tokens) - reused,
            prompt_ms=prompt_ms,
            generated_tokens=stream.count,
            eval_tokens=eval_tokens,
            eval_ms=eval_ms,
            first_token_ms=1000.0 * ((first_token_at or finished) - started),
            wall_ms=1000.0 * (finished - started),
        )
        return Generation(text=text, stop_reason=stream.reason, timings=timings)

    def close(self) -> None:
        self._runtime.close()

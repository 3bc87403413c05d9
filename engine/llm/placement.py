"""Where and how big a model runs: context size from the work at hand, GPU layers, threads."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from engine.errors import InputError

if TYPE_CHECKING:
    from engine.config import Settings

log = logging.getLogger("plume")

CONTEXT_STEP = 256  # llama.cpp pads the context to this anyway
MIN_CONTEXT = 512
ALL_LAYERS = -1  # llama-cpp-python's "offload every layer"
SECTION_WIDEN_MARGIN = 30  # a widened section stays this many words under section_max_words


def context_for(prompt_tokens: int, max_new_tokens: int, model_ctx: int | None) -> int:
    """The smallest context (a multiple of 256, at least 512) that holds prompt and answer.

    The KV cache grows with the context, so a short article gets a small, fast context; the
    model's trained context is the ceiling.
    """
    need = prompt_tokens + max_new_tokens
    size = max(MIN_CONTEXT, -(-need // CONTEXT_STEP) * CONTEXT_STEP)
    if model_ctx is None:
        return size
    if need > model_ctx:
        raise InputError(
            f"The article needs {need:,} tokens ({prompt_tokens:,} of prompt, "
            f"{max_new_tokens:,} to write), more than the model's context of {model_ctx:,}.",
            "Shorten the article or use a model with a longer context.",
        )
    return min(size, model_ctx)


# What a rewrite's largest prompt holds, in tokens (measured on the Wikinews corpus and the
# seed prompts with SmolLM2's tokenizer, the least efficient on French seen: 2.9 characters per
# token; Gemma 3 needs a third less). The system message (rules, facts, source) is at most
# SYSTEM_TOKENS + SOURCE_TOKENS_PER_CHAR × the source's size: the facts repeat part of it.
SYSTEM_TOKENS = 400
SOURCE_TOKENS_PER_CHAR = 0.6
TASK_TOKENS = 400  # the step's instructions, the outline and the section's facts
FEEDBACK_MESSAGES = 10  # a repair prompt carries at most this many of the gate's messages
FEEDBACK_TOKENS = 600  # … at most about 60 tokens each
CARRIED_SHARE = 1.15  # a section prompt carries at most this share of the article's words


def carried_tokens(min_words: int, tokens_per_word: float) -> int:
    """The most a section prompt carries of the article already written, in tokens."""
    return int(min_words * CARRIED_SHARE * tokens_per_word)


def answer_tokens(words: int, tokens_per_word: float) -> int:
    """The generation budget for `words` words of French."""
    return int(words * tokens_per_word) + 48


def rewrite_context(source_chars: int, settings: Settings, model_ctx: int | None) -> int:
    """The context that holds the largest prompt a rewrite can build, with its answer.

    Every part at its bound: the system message for a source of `source_chars`, a step's
    instructions, the article carried (bounded by `carried_tokens`, whatever the model wrote),
    the gate's feedback (bounded too) and the longest answer any step may write. An article
    therefore never fails half-way on a limit Plume chose.
    """
    tpw = settings.tokens_per_word
    system = SYSTEM_TOKENS + int(source_chars * SOURCE_TOKENS_PER_CHAR)
    prompt = system + TASK_TOKENS + carried_tokens(settings.min_words, tpw) + FEEDBACK_TOKENS
    longest_section = settings.section_max_words - SECTION_WIDEN_MARGIN
    answer = max(settings.plan_max_tokens, answer_tokens(longest_section, tpw), 256)
    return context_for(prompt, answer, model_ctx)


def gpu_layers(requested: int, gpu_available: bool) -> int:
    """-1 (auto): every layer on the GPU when llama.cpp has a GPU backend, else none."""
    if requested == -1:
        return ALL_LAYERS if gpu_available else 0
    if requested > 0 and not gpu_available:
        log.warning(
            "--gpu-layers %d ignored: this llama.cpp build has no GPU backend, so the model "
            "runs on the CPU (`plume doctor` shows the build).",
            requested,
        )
        return 0
    return requested


def kv_bytes_per_token(metadata: dict[str, object], bytes_per_value: int = 2) -> int | None:
    """Bytes of KV cache one token of context takes (f16 keys and values, every layer), from
    the GGUF header; None if the header does not say."""
    arch = metadata.get("general.architecture")
    layers = metadata.get(f"{arch}.block_count")
    heads = metadata.get(f"{arch}.attention.head_count")
    heads_kv = metadata.get(f"{arch}.attention.head_count_kv", heads)
    width = metadata.get(f"{arch}.embedding_length")
    if not all(isinstance(v, int) and v > 0 for v in (layers, heads, heads_kv, width)):
        return None
    key = metadata.get(f"{arch}.attention.key_length", width // heads)
    value = metadata.get(f"{arch}.attention.value_length", key)
    return layers * heads_kv * (key + value) * bytes_per_value


def check_parallel_memory(
    parallel: int, n_ctx: int, kv_per_token: int, model_bytes: int, available: int
) -> None:
    """Refuse `parallel` sequences of `n_ctx` tokens each whose KV cache, with the model's
    weights, does not fit in `available` bytes of memory; say how many would."""
    from engine.errors import ResourceError

    per_article = n_ctx * kv_per_token
    need = parallel * per_article + model_bytes
    if need <= available:
        return
    fits = max(0, (available - model_bytes) // per_article) if per_article else 0
    advice = f"use --parallel {fits}" if fits >= 1 else "use a smaller model"
    raise ResourceError(
        f"--parallel {parallel} needs a KV cache of {parallel} × {n_ctx:,} tokens = "
        f"{_size(parallel * per_article)}; with the model's {_size(model_bytes)} that is more "
        f"than the {_size(available)} of memory available.",
        f"{advice[0].upper()}{advice[1:]}, or give each article a smaller context (PLUME_N_CTX).",
    )


def _size(n: int) -> str:
    return f"{n / 1e9:.2f} GB" if n >= 1e9 else f"{n / 1e6:.1f} MB"

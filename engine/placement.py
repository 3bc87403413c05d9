"""Where and how big a model runs: context size from the work at hand, GPU layers, threads."""

from __future__ import annotations

import logging

from engine.errors import InputError

log = logging.getLogger("plume")

CONTEXT_STEP = 256  # llama.cpp pads the context to this anyway
MIN_CONTEXT = 512
ALL_LAYERS = -1  # llama-cpp-python's "offload every layer"


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


def rewrite_context(
    source_chars: int, min_words: int, tokens_per_word: float, model_ctx: int | None
) -> int:
    """The context a rewrite needs: instructions, the source, the article so far, a section.

    French runs at about 3 characters per token for the source; the article is counted with
    the generous `tokens_per_word` used for generation budgets.
    """
    instructions = 700
    source = source_chars // 3
    article = int(min_words * 1.15 * tokens_per_word)
    section = int(250 * tokens_per_word) + 48
    return context_for(instructions + source + article, section, model_ctx)


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

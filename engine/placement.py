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

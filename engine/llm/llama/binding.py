"""Every use of llama-cpp-python beyond its public API, in one place, for one pinned version.

llama-cpp-python's private modules and attributes (`_internals.LlamaSampler`, `_logger`,
`_ggml`, `Llama._ctx`, `Llama._model`, `Llama.input_ids`, `Llama.n_tokens`) change between
releases without notice. Plume reaches them only through this module, which refuses any other
version of llama-cpp-python when it is imported: an upgrade breaks this one file, with a
message that says so, instead of failing somewhere in the middle of an article.

The rest of the package imports `llama_cpp` from here, so the check always runs first.
"""

from __future__ import annotations

import ctypes
from collections.abc import Callable

from engine.errors import ModelError

PINNED = "0.3.36"  # the version in pyproject.toml, and the one this module was checked against


def check_version(installed: str) -> None:
    """Refuse a llama-cpp-python other than the pinned one (its internals may differ)."""
    if installed != PINNED:
        raise ModelError(
            f"llama-cpp-python {installed} is installed, but Plume is built against "
            f"{PINNED} (it uses internals that change between releases).",
            f"Install the pinned version: pip install llama-cpp-python=={PINNED} "
            f"(or `make install`); to upgrade, update engine/llm/llama/binding.py first.",
        )


import llama_cpp  # noqa: E402

check_version(llama_cpp.__version__)  # before reaching into any private module

from llama_cpp._ggml import libggml  # noqa: E402
from llama_cpp._internals import LlamaSampler  # noqa: E402
from llama_cpp._logger import set_verbose  # noqa: E402
from llama_cpp.llama_chat_format import Jinja2ChatFormatter  # noqa: E402

__all__ = [
    "Jinja2ChatFormatter",
    "LlamaSampler",
    "cached_tokens",
    "context_pointer",
    "ggml_function",
    "keep_prefix",
    "llama_cpp",
    "sample_token",
    "set_verbose",
    "vocab_pointer",
]


def context_pointer(llama: llama_cpp.Llama) -> llama_cpp.llama_context_p:
    """The raw `llama_context *` of a `Llama`, for the C API."""
    return llama._ctx.ctx


def vocab_pointer(llama: llama_cpp.Llama) -> llama_cpp.llama_vocab_p:
    return llama._model.vocab


def cached_tokens(llama: llama_cpp.Llama) -> list[int]:
    """The tokens whose keys and values the context holds, in order."""
    return llama.input_ids[: llama.n_tokens].tolist()


def keep_prefix(llama: llama_cpp.Llama, n_tokens: int) -> bool:
    """Drop the KV cache beyond the first `n_tokens`; False if llama.cpp cannot."""
    if not llama._ctx.kv_cache_seq_rm(-1, n_tokens, -1):
        return False
    llama.n_tokens = n_tokens
    return True


def sample_token(sampler: LlamaSampler, llama: llama_cpp.Llama) -> int:
    """Draw the next token from the last logits of `llama` with `sampler`'s chain."""
    return sampler.sample(llama._ctx, -1)


def ggml_function(name: str, restype: object, *argtypes: object) -> Callable[..., object]:
    """A function of the ggml library llama-cpp-python loaded (it binds none of them)."""
    function = getattr(libggml, name)
    function.restype, function.argtypes = restype, list(argtypes)
    return function


# ctypes types the ggml functions above take
VOID_P, CHAR_P, SIZE_T, INT = ctypes.c_void_p, ctypes.c_char_p, ctypes.c_size_t, ctypes.c_int

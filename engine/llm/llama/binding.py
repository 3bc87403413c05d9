"""Every use of llama-cpp-python beyond its public API, in one place, for one pinned version.

llama-cpp-python's private modules and attributes change between releases without notice.
Plume reaches them only through this module, which refuses any other version of
llama-cpp-python when it is imported: an upgrade breaks this one file, with a message that
says so, instead of failing somewhere in the middle of an article. What Plume still needs of
them: `_logger.set_verbose` (silences llama.cpp's load log), `_ggml.libggml` (the ggml library
llama-cpp-python loaded: backends and devices, which it binds none of). The rest of the
package uses llama.cpp's C API as llama-cpp-python binds it (`llama_cpp.llama_*`), with
`Runtime` in place of the `Llama` class, whose private state (`_ctx`, `_model`, `input_ids`,
`n_tokens`) the generator no longer touches; the C API's own experimental parts (backend
sampling) are checked by the tests of this version.

The rest of the package imports `llama_cpp` from here, so the check always runs first.
"""

from __future__ import annotations

import ctypes
import logging
import os
from collections.abc import Callable

from engine.errors import ModelError
from engine.llm import threads

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


# How llama.cpp's CPU threads wait at their barriers: libgomp reads it once, when it loads, so
# Plume's choice (from how busy the CPUs are now, unless this process chose earlier) is set
# before llama_cpp is imported; the user's OMP_WAIT_POLICY or GOMP_SPINCOUNT win
# (engine/llm/threads.py).
WAITS = threads.apply()

import llama_cpp  # noqa: E402

check_version(llama_cpp.__version__)  # before reaching into any private module

from llama_cpp._ggml import libggml  # noqa: E402
from llama_cpp._logger import set_verbose  # noqa: E402
from llama_cpp.llama_chat_format import Jinja2ChatFormatter  # noqa: E402

# ggml built without OpenMP (-DGGML_OPENMP=OFF) waits in its own threadpool instead.
SYSTEM_INFO = llama_cpp.llama_print_system_info()  # the features ggml was built with
OPENMP = b"OPENMP = 1" in SYSTEM_INFO
# A build for a CPU that advertises AMX runs its matrix products from an extra buffer type,
# with tile instructions the OS must hand out: where it does not (sandboxes such as gVisor, some
# virtual machines), the first one kills the process (SIGILL), and llama.cpp cannot tell
# beforehand (the kernel's permission call succeeds). Such a build keeps its weights in plain
# buffers, its repacked ones too; PLUME_EXTRA_BUFFERS=1 restores both where AMX truly runs.
AMX = b"AMX_INT8 = 1" in SYSTEM_INFO
EXTRA_BUFFERS = not AMX or os.environ.get("PLUME_EXTRA_BUFFERS") == "1"
THREAD_WAITS = threads.describe(WAITS, OPENMP)  # one line: what the threads do, who chose it

__all__ = [
    "EXTRA_BUFFERS",
    "THREAD_WAITS",
    "Jinja2ChatFormatter",
    "ggml_function",
    "llama_cpp",
    "set_verbose",
]

_llama_log = logging.getLogger("plume.llama_cpp")


@llama_cpp.llama_log_callback
def _to_logging(level: int, text: bytes, user_data: ctypes.c_void_p) -> None:
    """llama.cpp's own log lines go to the `plume.llama_cpp` logger at debug level, never to
    stderr: llama-cpp-python's callback misreads ggml's levels and prints every warning
    ("llama_kv_cache_iswa: using full-size SWA cache…") even with verbose=False."""
    _llama_log.debug("%s", text.decode("utf-8", "replace").rstrip())


llama_cpp.llama_log_set(_to_logging, ctypes.c_void_p(0))


def ggml_function(name: str, restype: object, *argtypes: object) -> Callable[..., object]:
    """A function of the ggml library llama-cpp-python loaded (it binds none of them)."""
    function = getattr(libggml, name)
    function.restype, function.argtypes = restype, list(argtypes)
    return function


# ctypes types the ggml functions above take
VOID_P, CHAR_P, SIZE_T, INT = ctypes.c_void_p, ctypes.c_char_p, ctypes.c_size_t, ctypes.c_int

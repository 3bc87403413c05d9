"""The few errors Plume raises on purpose, each tied to an exit code of the design.

Messages are written for the person at the keyboard: they say what is wrong and how to fix it.
The CLI converts them once, at the edge, into a message and an exit code.
"""

from __future__ import annotations

EXIT_OK = 0
EXIT_GATE_FAILED = 1
EXIT_BAD_INPUT = 2
EXIT_MODEL = 3
EXIT_INTERRUPTED = 130  # 128 + SIGINT, as shells report Ctrl-C


class EngineError(Exception):
    """Base class: a failure the user can act on. `hint` says how."""

    exit_code = EXIT_BAD_INPUT

    def __init__(self, message: str, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return f"{self.message}\n  → {self.hint}" if self.hint else self.message


class InputError(EngineError):
    """The input (file, folder, flag value) cannot be used as given."""

    exit_code = EXIT_BAD_INPUT


class ModelError(EngineError):
    """The model or the environment cannot run: missing or corrupt GGUF, no memory."""

    exit_code = EXIT_MODEL


class ServerError(EngineError):
    """The inference server failed a request (after its retries): that article fails, the
    others go on; the run ends with exit 3 (environment)."""

    exit_code = EXIT_MODEL


class ResourceError(EngineError):
    """The machine cannot do what was asked: disk full, read-only folder, out of memory."""

    exit_code = EXIT_MODEL

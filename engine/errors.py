"""The few errors Plume raises on purpose, each tied to an exit code of the design.

Messages are written for the person at the keyboard: they say what is wrong and how to fix it.
The CLI converts them once, at the edge, into a message and an exit code.
"""

from __future__ import annotations

from pathlib import Path

EXIT_OK = 0
EXIT_GATE_FAILED = 1
EXIT_BAD_INPUT = 2
EXIT_MODEL = 3
EXIT_CRASH = 4  # an unexpected exception: a bug in Plume, not the user's input or machine
EXIT_INTERRUPTED = 130  # 128 + SIGINT, as shells report Ctrl-C
EXIT_PIPE_CLOSED = 141  # 128 + SIGPIPE: the reader of stdout went away (`| head`)
EXIT_TERMINATED = 143  # 128 + SIGTERM


class Terminated(KeyboardInterrupt):  # noqa: N818 - a signal, handled where Ctrl-C is
    """SIGTERM, raised in the main thread so that it unwinds like Ctrl-C: no new article
    starts, the file being written is finished or its temporary file removed."""


class EngineError(Exception):
    """Base class: a failure the user can act on. `hint` says how, wherever the error is read
    (the command line or the API); `cli` adds what only the command line can do (a flag, `-`
    for stdin), shown there and never in an API answer."""

    exit_code = EXIT_BAD_INPUT

    def __init__(self, message: str, hint: str | None = None, cli: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint
        self.cli = cli

    def __str__(self) -> str:
        hint = " ".join(part for part in (self.hint, self.cli) if part)
        return f"{self.message}\n  → {hint}" if hint else self.message


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


def write_trace(exc: BaseException) -> Path:
    """Write the full traceback of `exc` to a new file in the temp folder; its path."""
    import tempfile
    import time
    import traceback

    stamp = time.strftime("%Y%m%d-%H%M%S")
    fd, name = tempfile.mkstemp(prefix=f"plume-crash-{stamp}-", suffix=".txt")
    with open(fd, "w", encoding="utf-8") as fh:
        fh.writelines(traceback.format_exception(exc))
    return Path(name)

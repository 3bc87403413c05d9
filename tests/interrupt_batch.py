"""`plume rewrite` with a slowed scripted model, for the interrupt test: run as
`python -m tests.interrupt_batch rewrite INBOX -o OUT` and send it SIGINT or SIGTERM (the
scripted backend is registered and selected here). With PLUME_TEST_SLOW_SYNC=S, each file
written waits S seconds before its fsync, so a signal can land mid-write."""

from __future__ import annotations

import os
import time

from engine.cli import main
from engine.llm import BACKENDS
from tests.scripted import ScriptedBackend, ScriptedByText

SECONDS_PER_CALL = 0.25


class SlowScripted(ScriptedByText):
    def generate(self, messages, **kwargs):
        time.sleep(SECONDS_PER_CALL)
        return super().generate(messages, **kwargs)


def slow_sync(seconds: float) -> None:
    import engine.output.files

    real = engine.output.files.os.fsync

    def fsync(fd: int) -> None:
        time.sleep(seconds)
        real(fd)

    engine.output.files.os.fsync = fsync  # type: ignore[assignment]


if __name__ == "__main__":
    if os.environ.get("PLUME_TEST_SLOW_SYNC"):
        slow_sync(float(os.environ["PLUME_TEST_SLOW_SYNC"]))
    BACKENDS["scripted"] = lambda settings: ScriptedBackend(settings, SlowScripted)
    os.environ["PLUME_BACKEND"] = "scripted"
    main()

"""`plume rewrite` with a slowed scripted model, for the interrupt test: run as
`python -m tests.interrupt_batch rewrite INBOX -o OUT` and send it SIGINT (the scripted
backend is registered and selected here)."""

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


if __name__ == "__main__":
    BACKENDS["scripted"] = lambda settings: ScriptedBackend(settings, SlowScripted)
    os.environ["PLUME_BACKEND"] = "scripted"
    main()

"""`plume rewrite` with a slowed scripted model, for the interrupt test: run as
`python -m tests.interrupt_batch rewrite INBOX -o OUT --model GGUF` and send it SIGINT."""

from __future__ import annotations

import time

import engine.llm
from engine.cli import main
from tests.test_rewrite_cli import ScriptedByText

SECONDS_PER_CALL = 0.25


class SlowScripted(ScriptedByText):
    def generate(self, messages, **kwargs):
        time.sleep(SECONDS_PER_CALL)
        return super().generate(messages, **kwargs)


if __name__ == "__main__":
    engine.llm.load_generator = lambda path, settings: SlowScripted()
    main()

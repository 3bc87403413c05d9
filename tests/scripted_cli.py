"""`plume` as a subprocess with the scripted generator in place of llama.cpp, so a test sees
exactly what a user sees (stdout, stderr, exit code) without minutes of generation.

`SCRIPTED_FAIL=section:1` makes every attempt at that step answer a 26-word section, so the
article is rejected."""

from __future__ import annotations

import os
import sys

import engine.llm.local
from tests.scripted import DRAFTS, MARKERS, ScriptedByText, ScriptedGenerator


class Failing(ScriptedByText):
    """Every attempt at `step` answers a 26-word section."""

    def __init__(self, step: str) -> None:
        super().__init__()
        short = (DRAFTS / "failures" / "wikinews-05" / "section-too-short.md").read_text(
            encoding="utf-8"
        )
        self.failures = {(step, attempt): short for attempt in range(1, 20)}

    def generate(self, messages, **kwargs):
        draft = next(d for marker, d in MARKERS.items() if marker in messages[0]["content"])
        with self._lock:
            self.replays.setdefault(draft, ScriptedGenerator(draft, self.failures))
        return super().generate(messages, **kwargs)


def _load(path, settings):
    failing = os.environ.get("SCRIPTED_FAIL")
    return Failing(failing) if failing else ScriptedByText()


engine.llm.local.load_generator = _load

if __name__ == "__main__":
    from engine.cli import main

    sys.argv[0] = "plume"
    main()

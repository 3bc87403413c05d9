"""A scripted Generator: replays French drafts from tests/data/drafts as a model would answer.

It reads the task line of each request ("TÂCHE : la section 2 sur 5, « … »") and answers with
the matching part of a good article — unless a failure was queued for that step and attempt,
in which case it answers with the failure (too short, chatter, an invented figure…). It keeps
every request, so tests can assert what the pipeline asked for.
"""

from __future__ import annotations

import json
import re
import threading
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path

import pytest

from engine.config import Settings
from engine.llm import BACKENDS, Generation, Generator, Message, ModelInfo, OnText, Timings, Work
from engine.llm.local import LlamaBackend
from engine.models.catalog import resolve_model
from engine.output.article import Article, parse_markdown
from engine.text import count_words

DRAFTS = Path(__file__).parent / "data" / "drafts"
_TASK = re.compile(
    r"TÂCHE : (?:la section (\d+) sur \d+, « (.*) »|(le plan)|(le chapeau)|(le titre)|"
    r"(les sous-titres))"
)


class ScriptedGenerator:
    name = "scripted"

    def __init__(
        self, draft: str | Path, failures: dict[tuple[str, int], str] | None = None
    ) -> None:
        """`draft`: a stem in tests/data/drafts (wikinews-05), or the path of any article, whose
        headings are then the plan; `failures`: {(step, attempt): text} where step is "plan",
        "intro", "meta" or "section:N" (0-based) and attempt counts from 1.
        """
        if isinstance(draft, Path):
            self.article = parse_markdown(draft.read_text(encoding="utf-8"))
            self.plan = plan_of(self.article)
        else:
            self.article = parse_markdown((DRAFTS / f"{draft}.md").read_text(encoding="utf-8"))
            self.plan = (DRAFTS / f"{draft}.plan.json").read_text(encoding="utf-8")
        self.failures = dict(failures or {})
        self.attempts: Counter[str] = Counter()
        self.requests: list[tuple[str, list[Message]]] = []
        self._last_prompt = ""

    def generate(
        self,
        messages: Sequence[Message],
        *,
        max_tokens: int,
        stop: Sequence[str] = (),
        on_text: OnText | None = None,
        temperature: float | None = None,
        seed: int | None = None,
    ) -> Generation:
        step = self._step(messages[-1]["content"])
        self.attempts[step] += 1
        self.requests.append((step, list(messages)))
        text = self.failures.get((step, self.attempts[step])) or self._good(step)
        if on_text is not None:
            on_text(text)
        prompt = "".join(m["content"] for m in messages)
        reused = _common_prefix(prompt, self._last_prompt)
        self._last_prompt = prompt
        timings = Timings(
            prompt_tokens=len(prompt.split()),
            prompt_evaluated=len(prompt[reused:].split()),
            generated_tokens=len(text.split()),
        )
        return Generation(text=text, stop_reason="eos", timings=timings)

    def _step(self, task: str) -> str:
        match = _TASK.search(task)
        if match is None:
            raise AssertionError(f"unrecognised request: {task[-200:]!r}")
        if match.group(1):
            return f"section:{int(match.group(1)) - 1}"
        if match.group(6):
            return "headings"
        return "plan" if match.group(3) else "intro" if match.group(4) else "meta"

    def _good(self, step: str) -> str:
        if step == "plan":
            return self.plan
        if step == "intro":
            return "\n\n".join(self.article.intro)
        if step == "headings":
            return json.dumps({"headings": [s.heading for s in self.article.sections]})
        if step == "meta":
            a = self.article
            return json.dumps({"title": a.title, "description": a.description})
        index = int(step.split(":")[1])
        return "\n\n".join(self.article.sections[index].paragraphs)


def plan_of(article: Article) -> str:
    """The plan a model would have made for `article`: its title, description, slug, and its
    headings with the words under each."""
    sections = [
        {"heading": s.heading, "words": count_words(" ".join(s.paragraphs)), "facts": []}
        for s in article.sections
    ]
    plan = {"title": article.title, "description": article.description, "slug": article.slug}
    return json.dumps({**plan, "sections": sections}, ensure_ascii=False)


# A word only each source holds: the scripted model answers with the draft of that source.
MARKERS = {
    "Wagner": "seed-001",
    "Jens Stoltenberg": "seed-000",
    "Duque": "wikinews-05",
    "Avermaet": "wikinews-12",
    "Mathilde": "wikinews-22",
}


class ScriptedByText:
    """Replays the draft of whichever source the request carries (a batch has several).

    Safe for articles in flight in several threads: each source has its own replay."""

    name = "scripted"

    def __init__(self) -> None:
        self.replays: dict[str, ScriptedGenerator] = {}
        self.requests: list[tuple[str, list[Message]]] = []  # every source's, in call order
        self._lock = threading.Lock()

    def generate(self, messages, **kwargs):
        system = messages[0]["content"]
        draft = next(d for marker, d in MARKERS.items() if marker in system)
        with self._lock:
            replay = self.replays.get(draft) or self.replays.setdefault(
                draft, ScriptedGenerator(draft)
            )
            self.requests.append((replay._step(messages[-1]["content"]), list(messages)))
        return replay.generate(messages, **kwargs)


class ScriptedBackend(LlamaBackend):
    """The `scripted` backend: a scripted generator in place of llama.cpp. Given a model
    (--model), it keeps the llama backend's file, context sizing and facts; without one it has
    none. It accepts any --parallel (the replays are thread-safe)."""

    name = "scripted"

    def __init__(self, settings: Settings, make: Callable[[], Generator]) -> None:
        self.settings = settings
        self.path = resolve_model(settings) if settings.model else None
        self._make = make
        self._generator: Generator | None = None

    def where(self) -> str:
        return f"model: {self.path or 'scripted'}"

    def prepare(self, work: Work) -> None:
        if self.path is not None:
            super().prepare(replace(work, parallel=1))

    def load(self) -> Generator:
        if self._generator is None:
            self._generator = self._make()
        return self._generator

    def info(self) -> ModelInfo:
        if self.path is not None:
            return super().info()
        return ModelInfo(self.load().name, backend=self.name)


def use_scripted(monkeypatch: pytest.MonkeyPatch, make: Callable[[], Generator]) -> list:
    """Select the scripted backend for this test (PLUME_BACKEND=scripted, as a user selects
    one); returns the generators it loads, in order."""
    loaded: list = []

    def load() -> Generator:
        loaded.append(make())
        return loaded[-1]

    monkeypatch.setitem(BACKENDS, "scripted", lambda settings: ScriptedBackend(settings, load))
    monkeypatch.setenv("PLUME_BACKEND", "scripted")
    return loaded


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n

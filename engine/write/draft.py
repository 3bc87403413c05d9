"""Draft: the model writes the plan, the intro and each section, one recorded call at a time.

Every call carries the same system message (rules, keyphrase, facts and source), so llama.cpp,
or an inference server's prefix cache, evaluates only the new tail; each is timed and recorded
(`Call`), and the progress line says where the run is and how long is left.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from engine.brief import Brief
from engine.config import Settings
from engine.gate import Target
from engine.llm import Generation, Generator, Message
from engine.llm.placement import answer_tokens, carried_tokens
from engine.output.article import Article, Block
from engine.output.summary import duration
from engine.write.cleanup import clean_paragraphs
from engine.write.plan import (
    INTRO_WORDS,
    Plan,
    PlanError,
    fallback_plan,
    parse_headings,
    parse_meta,
    parse_plan,
)
from engine.write.prompts import (
    headings_prompt,
    intro_prompt,
    meta_prompt,
    plan_prompt,
    section_prompt,
    system_prompt,
)

Progress = Callable[[str], None]
SECTION_STOPS = ("\n# ", "\n## ", "\n### ")


@dataclass(frozen=True)
class Call:
    """One model call: what it was for and what it cost."""

    step: str  # "plan", "intro", "section:2", "meta"
    round: int
    prompt_tokens: int
    prompt_evaluated: int
    cached_tokens: int  # of the prompt, reused from the KV cache (llama.cpp's or the server's)
    generated_tokens: int
    seconds: float
    first_token_ms: float
    tokens_per_second: float


@dataclass
class Draft:
    plan: Plan
    intro: list[str] = field(default_factory=list)
    bodies: list[list[str]] = field(default_factory=list)  # paragraphs of each section
    # The review findings already mentioned to the model: each is mentioned once, ever.
    reviewed: set[str] = field(default_factory=set)

    def article(self, brief: Brief) -> Article:
        blocks = [Block("paragraph", p) for p in self.intro]
        for section, body in zip(self.plan.sections, self.bodies, strict=True):
            blocks.append(Block("heading", section.heading, 2))
            blocks += [Block("paragraph", p) for p in body]
        return Article(
            title=self.plan.title,
            blocks=tuple(blocks),
            description=self.plan.description,
            slug=self.plan.slug,
            keyphrase=brief.keyphrase,
        )


RECENT_CALLS = 2  # the calls whose speed predicts the next ones (it falls as the context fills)
TASK_TOKENS = 150  # a step's task lines, about: read with the text the call before it wrote


def time_left(
    calls: Sequence[Call], budgets: Sequence[int], pending: Sequence[int]
) -> float | None:
    """Seconds the `pending` calls (their token budgets) should take at this run's speed,
    re-estimated after every call: each reads a prompt tail as long as the last one's, or as
    what the last call wrote and a task (the next section's prompt carries it), and writes its
    budget filled as the calls so far filled theirs, at the prompt and generation rates of the
    latest calls. None before any call."""
    recent = calls[-RECENT_CALLS:]
    generated = sum(c.generated_tokens for c in recent)
    evaluated = sum(c.prompt_evaluated for c in recent)
    if not recent or not generated:
        return None
    eval_s = sum(c.first_token_ms for c in recent) / 1000.0
    per_token = max(sum(c.seconds for c in recent) - eval_s, 0.0) / generated
    per_prompt_token = eval_s / evaluated if evaluated else 0.0
    fill = min(sum(c.generated_tokens for c in calls) / max(sum(budgets), 1), 1.0)
    last = recent[-1]
    tail = max(last.prompt_evaluated, last.generated_tokens + TASK_TOKENS)
    return sum(tail * per_prompt_token + budget * fill * per_token for budget in pending)


class Writer:
    """The model calls of one article: each step's prompt, its answer cleaned, its cost."""

    def __init__(self, generator: Generator, settings: Settings, brief: Brief, progress: Progress):
        self.generator = generator
        self.settings = settings
        self.progress = progress
        self.brief = brief
        self._system = system_prompt(brief)
        self._started = time.perf_counter()
        self.calls: list[Call] = []
        self._budgets: list[int] = []  # the max_tokens of each call
        self._part_tokens: dict[str, int] = {}  # tokens of each part's latest generation
        self.round = 0
        self.planned_at = self._started
        # Token budgets of the calls still to come (the plan's, then a guess of its outline).
        self.pending = [0, self.tokens_for(INTRO_WORDS)] + [self.tokens_for(150)] * 5

    def first_draft(self) -> Draft:
        self.progress("plan: the model writes the outline (call 1; the first call is the slowest)")
        draft = Draft(self.plan())
        self.planned_at = time.perf_counter()
        budgets = [self.tokens_for(INTRO_WORDS)]
        self.pending = budgets + [self.tokens_for(s.words) for s in draft.plan.sections]
        draft.intro = self.intro(draft)
        draft.bodies = [self.section(draft, i) for i in range(len(draft.plan.sections))]
        return draft

    def plan(self) -> Plan:
        text = self._generate(
            "plan", plan_prompt(self.brief, self.settings), self.settings.plan_max_tokens, ()
        )
        try:
            plan = parse_plan(text, self.brief, self.settings)
        except PlanError as exc:
            self.progress(f"plan unreadable ({exc}): using a neutral outline")
            plan = fallback_plan(self.brief, self.settings)
        if not plan.description:
            self.progress("meta description: the model gave none; the repair round asks again")
        return plan

    def intro(self, draft: Draft, feedback: tuple[str, ...] = ()) -> list[str]:
        prompt = intro_prompt(draft.plan, self.brief, feedback)
        text = self._generate("intro", prompt, self.tokens_for(INTRO_WORDS), SECTION_STOPS)
        return clean_paragraphs(text)

    def section(self, draft: Draft, index: int, feedback: tuple[str, ...] = ()) -> list[str]:
        planned = draft.plan.sections[index]
        written = self._written(draft, index)
        prompt = section_prompt(draft.plan, index, written, self.brief, feedback)
        label = f"section {index + 1}/{len(draft.plan.sections)} « {planned.heading} »"
        text = self._generate(
            str(Target("section", index)),
            prompt,
            self.tokens_for(planned.words),
            SECTION_STOPS,
            label,
        )
        return clean_paragraphs(text, heading=planned.heading)

    def meta(self, draft: Draft, feedback: tuple[str, ...]) -> bool:
        """A new title and description; False (and a progress line) when unreadable."""
        prompt = meta_prompt(draft.plan, self.brief, self.settings, feedback)
        text = self._generate("meta", prompt, 256, ())
        try:
            title, description = parse_meta(text)
        except PlanError as exc:
            self.progress(f"meta unreadable ({exc}): title and description kept")
            return False
        draft.plan = draft.plan.with_meta(title, description)
        return True

    def headings(self, draft: Draft, feedback: tuple[str, ...]) -> bool:
        """New subheadings; False (and a progress line) when unreadable."""
        prompt = headings_prompt(draft.plan, self.brief, self.settings, feedback)
        text = self._generate("headings", prompt, 64 * len(draft.plan.sections), ())
        try:
            draft.plan = parse_headings(text, draft.plan, self.settings)
        except PlanError as exc:
            self.progress(f"headings unreadable ({exc}): kept")
            return False
        return True

    def _written(self, draft: Draft, upto: int) -> str:
        """The article before section `upto`, as the section prompt carries it: the latest
        parts only, within `carried_tokens` (counted as the model generated them), so the
        prompt fits the context sized for it whatever the model wrote (`rewrite_context`)."""
        parts = [("intro", "\n\n".join(draft.intro), 0)]
        sections = zip(draft.plan.sections[:upto], draft.bodies[:upto], strict=False)
        for i, (section, body) in enumerate(sections):
            text = f"## {section.heading}\n\n" + "\n\n".join(body)
            parts.append((str(Target("section", i)), text, len(section.heading) // 2 + 4))
        room = carried_tokens(self.settings.min_words, self.settings.tokens_per_word)
        kept: list[str] = []
        for step, text, heading in reversed(parts):
            cost = self._part_tokens.get(step, len(text) // 2) + heading
            if cost > room:
                break
            room -= cost
            kept.append(text)
        return "\n\n".join(t for t in reversed(kept) if t)

    def tokens_for(self, words: int) -> int:
        return answer_tokens(words, self.settings.tokens_per_word)

    def _where(self) -> str:
        """ "call 5 of 8, 1 min 23 s elapsed, about 2 min left" from the measured speed."""
        if self.pending:
            self.pending.pop(0)
        done = sum(1 for c in self.calls if c.round == self.round)
        total = done + len(self.pending)
        elapsed = time.perf_counter() - self._started
        where = f"call {done} of {total}" if self.round == 0 else f"repair call {done} of {total}"
        where += f", {duration(elapsed)} elapsed"
        left = time_left(self.calls, self._budgets, self.pending)
        if left is not None and self.pending:
            where += f", about {duration(left) if left < 60 else f'{round(left / 60)} min'} left"
        return where

    def _generate(
        self,
        step: str,
        prompt: str,
        max_tokens: int,
        stop: tuple[str, ...],
        label: str | None = None,
    ) -> str:
        """One model call, recorded as `step`; `label` names it in the progress line."""
        messages: list[Message] = [
            {"role": "system", "content": self._system},
            {"role": "user", "content": prompt},
        ]
        started = time.perf_counter()
        generation: Generation = self.generator.generate(messages, max_tokens=max_tokens, stop=stop)
        seconds = time.perf_counter() - started
        t = generation.timings
        call = Call(
            step=step,
            round=self.round,
            prompt_tokens=t.prompt_tokens,
            prompt_evaluated=t.prompt_evaluated,
            cached_tokens=t.cached_tokens,
            generated_tokens=t.generated_tokens,
            seconds=seconds,
            first_token_ms=t.first_token_ms,
            tokens_per_second=t.generation_tps,
        )
        self.calls.append(call)
        self._budgets.append(max_tokens)
        self._part_tokens[step] = t.generated_tokens
        self.progress(
            f"{label or step}: {t.generated_tokens} tokens, {t.generation_tps:.1f} tok/s, "
            f"prompt {t.prompt_evaluated}/{t.prompt_tokens} tokens evaluated — {self._where()}"
        )
        return generation.text

"""Source → verified article: plan, intro and sections, gate, targeted repair, gate again.

Every model call goes through the `Generator` protocol with the same system message (rules,
keyphrase, facts and source) so llama.cpp, or an inference server's prefix cache, reuses it.
The gate decides; a repair round regenerates only what failed (a section, the intro, the title
or the meta) and is recorded in the result. After `max_rounds` repair rounds without a pass,
no article is returned.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from engine import nlp
from engine.article import Article, Block
from engine.brief import Brief
from engine.cleanup import clean_paragraphs
from engine.config import Settings
from engine.gate import BY_ID, Report, Target, run_gate
from engine.gate.target import HEADINGS, META
from engine.llm import Generation, Generator, Message
from engine.plan import (
    Plan,
    PlanError,
    fallback_plan,
    make_slug,
    parse_headings,
    parse_meta,
    parse_plan,
)
from engine.prompts import (
    INTRO_WORDS,
    headings_prompt,
    intro_prompt,
    meta_prompt,
    plan_prompt,
    section_prompt,
    system_prompt,
)
from engine.summary import duration

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


@dataclass(frozen=True)
class Round:
    """One pass of the gate, and what was regenerated because of it."""

    index: int  # 0 = the first draft
    failed: tuple[str, ...]
    regenerated: tuple[str, ...] = ()
    generated_tokens: int = 0
    gate_seconds: float = 0.0


@dataclass
class Draft:
    plan: Plan
    intro: list[str] = field(default_factory=list)
    bodies: list[list[str]] = field(default_factory=list)  # paragraphs of each section

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


@dataclass
class Result:
    brief: Brief
    article: Article  # the passing draft, or the best rejected one (never returned as a result)
    report: Report
    rounds: list[Round]
    calls: list[Call]
    timings: dict[str, float]

    @property
    def passed(self) -> bool:
        return self.report.passed


class Rewriter:
    """Writes one article from a brief with a generator, under the gate."""

    def __init__(
        self,
        generator: Generator,
        settings: Settings,
        progress: Progress | None = None,
    ) -> None:
        self.generator = generator
        self.settings = settings
        self.progress = progress or (lambda _message: None)

    def rewrite(self, brief: Brief) -> Result:
        started = self._started = time.perf_counter()
        self._brief = brief
        self._system = system_prompt(brief)
        self._calls: list[Call] = []
        self._round = 0
        # Token budgets of the calls still to come (the plan's, then a guess of its outline).
        self._pending = [0, self._tokens_for(INTRO_WORDS)] + [self._tokens_for(150)] * 5

        self.progress("plan: the model writes the outline (call 1; the first call is the slowest)")
        draft = Draft(self._plan())
        budgets = [self._tokens_for(INTRO_WORDS)]
        self._pending = budgets + [self._tokens_for(s.words) for s in draft.plan.sections]
        planned = time.perf_counter()
        draft.intro = self._intro(draft)
        draft.bodies = [self._section(draft, i) for i in range(len(draft.plan.sections))]
        written = time.perf_counter()

        rounds: list[Round] = []
        gate_seconds = 0.0
        best: tuple[int, Article, Report] | None = None
        while True:
            gate_started = time.perf_counter()
            article = draft.article(brief)
            with nlp.exclusive:  # articles in flight take turns with spaCy
                report = run_gate(article, brief, self.settings)
            spent = time.perf_counter() - gate_started
            gate_seconds += spent
            rounds.append(Round(self._round, report.failed, gate_seconds=spent))
            verdict = f"failed {', '.join(report.failed)}" if report.failed else "passed"
            self.progress(f"gate, round {self._round}: {verdict} ({spent:.1f} s)")
            faults = sum(f.severity == "hard" and not f.passed for f in report.findings)
            if best is None or faults < best[0]:
                best = (faults, article, report)
            if report.passed or self._round >= self.settings.max_rounds:
                break
            self._round += 1
            self.progress(
                f"repair {self._round}/{self.settings.max_rounds}: {', '.join(report.failed)}"
            )
            before = len(self._calls)
            todo = repair_targets(report, draft)
            self._pending = [self._repair_budget(draft, t) for t in todo if t.kind != "slug"]
            regenerated = self._repair(draft, report)
            tokens = sum(c.generated_tokens for c in self._calls[before:])
            rounds[-1] = Round(rounds[-1].index, report.failed, tuple(regenerated), tokens, spent)
        finished = time.perf_counter()
        timings = {
            "plan_s": planned - started,
            "write_s": written - planned,
            "repair_s": finished - written - gate_seconds,
            "gate_s": gate_seconds,
            "total_s": finished - started,
            "first_token_ms": self._calls[0].first_token_ms if self._calls else 0.0,
        }
        # A rejected run keeps its best draft (fewest failed checks) for --keep-rejected.
        _, article, report = (0, article, report) if report.passed else best
        return Result(brief, article, report, rounds, self._calls, timings)

    # --- steps -------------------------------------------------------------------------

    def _plan(self) -> Plan:
        text = self._generate(
            "plan", plan_prompt(self._brief, self.settings), self.settings.plan_max_tokens, ()
        )
        try:
            plan = parse_plan(text, self._brief, self.settings)
        except PlanError as exc:
            self.progress(f"plan unreadable ({exc}): using a neutral outline")
            plan = fallback_plan(self._brief, self.settings)
        if not plan.description:
            self.progress("meta description: the model gave none; the repair round asks again")
        return plan

    def _intro(self, draft: Draft, feedback: tuple[str, ...] = ()) -> list[str]:
        prompt = intro_prompt(draft.plan, self._brief, feedback)
        text = self._generate("intro", prompt, self._tokens_for(INTRO_WORDS), SECTION_STOPS)
        return clean_paragraphs(text)

    def _section(self, draft: Draft, index: int, feedback: tuple[str, ...] = ()) -> list[str]:
        planned = draft.plan.sections[index]
        written = self._written(draft, index)
        prompt = section_prompt(draft.plan, index, written, self._brief, feedback)
        label = f"section {index + 1}/{len(draft.plan.sections)} « {planned.heading} »"
        text = self._generate(
            str(Target("section", index)),
            prompt,
            self._tokens_for(planned.words),
            SECTION_STOPS,
            label,
        )
        return clean_paragraphs(text, heading=planned.heading)

    def _meta(self, draft: Draft, feedback: tuple[str, ...]) -> None:
        prompt = meta_prompt(draft.plan, self._brief, self.settings, feedback)
        text = self._generate("meta", prompt, 256, ())
        try:
            title, description = parse_meta(text)
        except PlanError:
            return
        draft.plan = draft.plan.with_meta(title, description)

    def _headings(self, draft: Draft, feedback: tuple[str, ...]) -> None:
        prompt = headings_prompt(draft.plan, self._brief, self.settings, feedback)
        text = self._generate("headings", prompt, 64 * len(draft.plan.sections), ())
        try:
            draft.plan = parse_headings(text, draft.plan, self.settings)
        except PlanError as exc:
            self.progress(f"headings unreadable ({exc}): kept")

    # --- repair ------------------------------------------------------------------------

    def _repair(self, draft: Draft, report: Report) -> list[str]:
        """Regenerate each failing part once, with the gate's messages as feedback."""
        todo = repair_targets(report, draft)
        sections = [t.index for t in todo if t.kind == "section" and t.index is not None]
        if "length" in report.failed:
            self._widen_budgets(draft, sections)
        for target, messages in todo.items():
            feedback = tuple(messages)
            if target == META:
                self._meta(draft, feedback)
            elif target == HEADINGS:
                self._headings(draft, feedback)
            elif target.kind == "slug":
                plan = draft.plan
                slug = make_slug(self._brief.keyphrase, plan.title, self.settings)
                draft.plan = replace(plan, slug=slug)
            elif target.kind == "intro":
                draft.intro = self._intro(draft, feedback)
            elif target.kind == "section" and target.index is not None:
                draft.bodies[target.index] = self._section(draft, target.index, feedback)
        return [str(t) for t in todo]

    def _widen_budgets(self, draft: Draft, indexes: list[int]) -> None:
        """Give the regenerated sections the words the article lacks, within section limits."""
        words = sum(len(p.split()) for p in draft.intro)
        words += sum(len(p.split()) for body in draft.bodies for p in body)
        missing = max(self._brief.min_words - words, 0) + 40
        if not indexes:
            return
        ceiling = self.settings.section_max_words - 30
        sections = list(draft.plan.sections)
        for i in indexes:
            current = sum(len(p.split()) for p in draft.bodies[i])
            wanted = max(sections[i].words, current + missing // len(indexes))
            sections[i] = replace(sections[i], words=min(wanted, ceiling))
        draft.plan = replace(draft.plan, sections=tuple(sections))

    # --- plumbing ----------------------------------------------------------------------

    def _written(self, draft: Draft, upto: int) -> str:
        parts = ["\n\n".join(draft.intro)]
        for section, body in zip(draft.plan.sections[:upto], draft.bodies[:upto], strict=False):
            parts.append(f"## {section.heading}\n\n" + "\n\n".join(body))
        return "\n\n".join(p for p in parts if p)

    def _tokens_for(self, words: int) -> int:
        return int(words * self.settings.tokens_per_word) + 48

    def _repair_budget(self, draft: Draft, target: Target) -> int:
        if target.kind == "section" and target.index is not None:
            return self._tokens_for(draft.plan.sections[target.index].words)
        return self._tokens_for(INTRO_WORDS) if target.kind == "intro" else 128

    def _where(self) -> str:
        """ "call 5 of 8, 1 min 23 s elapsed, about 2 min left" from the measured speed."""
        if self._pending:
            self._pending.pop(0)
        done = sum(1 for c in self._calls if c.round == self._round)
        total = done + len(self._pending)
        elapsed = time.perf_counter() - self._started
        tokens = sum(c.generated_tokens for c in self._calls)
        spent = sum(c.seconds for c in self._calls)
        where = f"call {done} of {total}" if self._round == 0 else f"repair call {done} of {total}"
        where += f", {duration(elapsed)} elapsed"
        if tokens and self._pending:
            left = sum(self._pending) * spent / tokens
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
            round=self._round,
            prompt_tokens=t.prompt_tokens,
            prompt_evaluated=t.prompt_evaluated,
            cached_tokens=t.cached_tokens,
            generated_tokens=t.generated_tokens,
            seconds=seconds,
            first_token_ms=t.first_token_ms,
            tokens_per_second=t.generation_tps,
        )
        self._calls.append(call)
        self.progress(
            f"{label or step}: {t.generated_tokens} tokens, {t.generation_tps:.1f} tok/s, "
            f"prompt {t.prompt_evaluated}/{t.prompt_tokens} tokens evaluated — {self._where()}"
        )
        return generation.text


def repair_targets(report: Report, draft: Draft) -> dict[Target, list[str]]:
    """Which steps to run again, each with the messages of the findings against it.

    Each failed hard finding is repaired where its check's record says (`Check.repair_targets`);
    the title and the description are rewritten together (META), and so are the subheadings
    (HEADINGS), so they stay distinct and balanced."""
    todo: dict[Target, list[str]] = {}
    sizes = [sum(len(p.split()) for p in body) for body in draft.bodies]
    for finding in report.findings:
        if not finding.failed_hard:
            continue
        for target in BY_ID[finding.id].repair_targets(finding, sizes):
            step = _STEPS.get(target.kind, target)
            if step.kind != "section" or (step.index is not None and step.index < len(sizes)):
                todo.setdefault(step, []).append(finding.message)
    return todo


_STEPS = {"title": META, "description": META, "heading": HEADINGS}

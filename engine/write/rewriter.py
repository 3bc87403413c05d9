"""Source → verified article: the draft, the gate, targeted repair rounds, the gate again.

The gate decides; a repair round regenerates only what failed (a section, the intro, the title
or the meta) and is recorded in the result. After `max_rounds` repair rounds without a pass,
or a round that does not reduce the failed hard findings, no article is returned.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from engine.brief import Brief
from engine.config import Settings
from engine.gate import Report, run_gate
from engine.llm import Generator
from engine.output.article import Article
from engine.text import nlp
from engine.write.draft import Call, Progress, Writer
from engine.write.repair import repair, repair_budget, repair_targets


@dataclass(frozen=True)
class Round:
    """One pass of the gate, and what was regenerated because of it."""

    index: int  # 0 = the first draft
    failed: tuple[str, ...]
    regenerated: tuple[str, ...] = ()
    generated_tokens: int = 0
    gate_seconds: float = 0.0


@dataclass
class Result:
    brief: Brief
    article: Article  # the passing draft, or the best rejected one (never returned as a result)
    report: Report
    rounds: list[Round]
    calls: list[Call]
    timings: dict[str, float]
    # Why the repair loop ended: "passed", "max_rounds: …" or "no progress: …" (a repair
    # round that did not reduce the failed hard findings ends the loop early).
    stopped: str = "passed"
    kept_round: int = 0  # the round whose draft is `article` (the last one when it passed)

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
        started = time.perf_counter()
        writer = Writer(self.generator, self.settings, brief, self.progress)
        draft = writer.first_draft()
        planned = writer.planned_at
        written = time.perf_counter()

        rounds: list[Round] = []
        gate_seconds = 0.0
        best: tuple[int, Article, Report, int] | None = None
        previous_faults: int | None = None
        while True:
            gate_started = time.perf_counter()
            article = draft.article(brief)
            with nlp.exclusive:  # articles in flight take turns with spaCy
                report = run_gate(article, brief, self.settings)
            spent = time.perf_counter() - gate_started
            gate_seconds += spent
            rounds.append(Round(writer.round, report.failed, gate_seconds=spent))
            verdict = f"failed {', '.join(report.failed)}" if report.failed else "passed"
            self.progress(f"gate, round {writer.round}: {verdict} ({spent:.1f} s)")
            faults = sum(f.severity == "hard" and not f.passed for f in report.findings)
            if best is None or faults < best[0]:
                best = (faults, article, report, writer.round)
            if report.passed:
                stopped = "passed"
                break
            if writer.round >= self.settings.max_rounds:
                stopped = f"max_rounds: {self.settings.max_rounds} repair round(s) done"
                break
            if previous_faults is not None and faults >= previous_faults:
                stopped = (
                    f"no progress: repair round {writer.round} left {faults} failed hard "
                    f"finding(s), not fewer than the {previous_faults} before it"
                )
                self.progress(f"repairs stopped, {stopped}")
                break
            previous_faults = faults
            writer.round += 1
            self.progress(
                f"repair {writer.round}/{self.settings.max_rounds}: {', '.join(report.failed)}"
            )
            before = len(writer.calls)
            todo = repair_targets(report, draft)
            writer.pending = [repair_budget(writer, draft, t) for t in todo if t.kind != "slug"]
            regenerated = repair(writer, draft, report)
            tokens = sum(c.generated_tokens for c in writer.calls[before:])
            rounds[-1] = Round(rounds[-1].index, report.failed, tuple(regenerated), tokens, spent)
        finished = time.perf_counter()
        timings = {
            "plan_s": planned - started,
            "write_s": written - planned,
            "repair_s": finished - written - gate_seconds,
            "gate_s": gate_seconds,
            "total_s": finished - started,
            "first_token_ms": writer.calls[0].first_token_ms if writer.calls else 0.0,
        }
        # A rejected run keeps its best draft (fewest failed checks) for --keep-rejected.
        _, article, report, kept = (0, article, report, writer.round) if report.passed else best
        return Result(brief, article, report, rounds, writer.calls, timings, stopped, kept)

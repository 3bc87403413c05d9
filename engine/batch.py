"""One article or a folder of them: which files to write, the model loaded once, a summary.

A rerun skips every article whose output already exists (unless forced); outputs are written
atomically, so an interrupted run leaves finished files and nothing half-written. A rejected
article, and a single article written to a file, get their report beside them
(`OUT.report.json`); a rejected draft is written only on request, named and marked as rejected
(`OUT.rejected.md`).
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from engine import nlp
from engine.brief import make_brief
from engine.config import Settings
from engine.errors import EXIT_BAD_INPUT, EXIT_GATE_FAILED, EXIT_OK, InputError
from engine.gguf_header import read_header
from engine.llm import Generator
from engine.output import (
    Format,
    ModelInfo,
    render_result,
    report_dict,
    safe_output_path,
    write_atomic,
)
from engine.pipeline import Progress, Result, Rewriter
from engine.placement import rewrite_context
from engine.source import SourceKind, read_source
from engine.summary import understood
from engine.text import count_words

SOURCE_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")
STDIN = "-"
STDIN_SIZE_GUESS = 16_384  # bytes: stdin is read once, after the model's context is chosen


@dataclass(frozen=True)
class Job:
    input: str  # a path, or "-" for stdin
    output: Path | None  # None: the article goes to stdout
    name: str


@dataclass(frozen=True)
class Outcome:
    name: str
    status: str  # "passed", "rejected", "error", "skipped"
    words: int = 0
    rounds: int = 0
    seconds: float = 0.0
    message: str = ""
    written: Path | None = None  # the article, or the rejected draft, when written to a file
    report: Path | None = None  # its report, when written to a file


def plan_jobs(inputs: Sequence[str], output: str | None, fmt: Format) -> list[Job]:
    """Map inputs to output paths; folders are walked and their names mirrored."""
    for item in inputs:
        if item != STDIN and not Path(item).exists():
            raise InputError(f"Input not found: {item}", "Check the path.")
    single = len(inputs) == 1 and (inputs[0] == STDIN or Path(inputs[0]).is_file())
    if single:
        name = inputs[0]
        if output is None:
            return [Job(name, None, name)]
        out = Path(output)
        if out.is_dir() or output.endswith(("/", "\\")):
            stem = "article" if name == STDIN else Path(name).stem
            return [Job(name, safe_output_path(out, Path(f"{stem}.{fmt}")), name)]
        return [Job(name, out, name)]
    if output is None:
        raise InputError(
            "Several articles need an output folder.", "Add -o OUT_FOLDER to the command."
        )
    out = Path(output)
    if out.exists() and not out.is_dir():
        raise InputError(f"Output {out} is a file, not a folder.", "Give a folder with -o.")
    jobs = []
    for item in inputs:
        if item == STDIN:
            raise InputError("Stdin (-) cannot be mixed with other inputs.", "Give files only.")
        path = Path(item)
        if path.is_file():
            jobs.append(Job(item, safe_output_path(out, Path(f"{path.stem}.{fmt}")), item))
            continue
        for file in sorted(p for p in path.rglob("*") if p.suffix.lower() in SOURCE_SUFFIXES):
            if file.is_file() and not file.resolve().is_relative_to(out.resolve()):
                relative = file.relative_to(path).with_suffix(f".{fmt}")
                jobs.append(Job(str(file), safe_output_path(out, relative), str(file)))
    if not jobs:
        raise InputError(
            f"No article found in {', '.join(inputs)}.",
            f"Put files ending in {', '.join(SOURCE_SUFFIXES)} there.",
        )
    return jobs


def with_context(settings: Settings, jobs: Sequence[Job], model_path: Path) -> Settings:
    """`settings` with the context sized for `jobs`, unless PLUME_N_CTX set one."""
    if settings.n_ctx:
        return settings
    return settings.replace(n_ctx=context_for_jobs(jobs, settings, model_path))


def context_for_jobs(jobs: Sequence[Job], settings: Settings, model_path: Path) -> int:
    """One context for the whole batch, sized for its longest source.

    A single article too long for the model is refused here, before the model loads; in a
    folder the context stops at the model's own and only the articles that don't fit fail.
    """
    largest = max(
        (STDIN_SIZE_GUESS if j.input == STDIN else Path(j.input).stat().st_size for j in jobs),
        default=0,
    )
    trained = read_header(model_path).context_length
    try:
        return rewrite_context(largest, settings.min_words, settings.tokens_per_word, trained)
    except InputError:
        if len(jobs) == 1 or trained is None:
            raise
        return trained


class Batch:
    """Runs jobs with one generator, loaded on first need."""

    def __init__(
        self,
        settings: Settings,
        load: Callable[[], Generator],
        fmt: Format = "md",
        keyphrase: str | None = None,
        keep_rejected: bool = False,
        progress: Progress | None = None,
        model_info: Callable[[Generator], ModelInfo] | None = None,
        force: bool = False,
        notice: Progress | None = None,
        input_format: SourceKind | None = None,
    ) -> None:
        self.settings = settings
        self.force = force
        self.input_format = input_format
        # Verdicts (a rejection and where its files are) are said even when progress is not.
        self.notice = notice or progress or (lambda _message: None)
        self._load = load
        self._generator: Generator | None = None
        self.fmt = fmt
        self.keyphrase = keyphrase
        self.keep_rejected = keep_rejected
        self.progress = progress or (lambda _message: None)
        self._model_info = model_info or (lambda g: ModelInfo(g.name))
        self._info: ModelInfo | None = None
        self._single = True

    def run(self, jobs: Sequence[Job]) -> list[Outcome]:
        self._single = len(jobs) == 1
        outcomes = []
        for number, job in enumerate(jobs, 1):
            if len(jobs) > 1:
                self.progress(f"[{number}/{len(jobs)}] {job.name}")
            outcomes.append(self.run_one(job))
        return outcomes

    def run_one(self, job: Job) -> Outcome:
        if job.output is not None and job.output.exists() and not self.force:
            return Outcome(job.name, "skipped", message=f"{job.output} already exists")
        started = time.perf_counter()
        try:
            source = read_source(job.input, self.input_format)
            generator = self.generator()  # first, so spaCy loads meanwhile (see below)
            brief = make_brief(source, self.settings, self.keyphrase)
            self.progress("\n".join(understood(brief, self.settings)))
            result = Rewriter(generator, self.settings, self.progress).rewrite(brief)
        except InputError as exc:  # this article cannot be done (the model's errors stop all)
            return Outcome(job.name, "error", message=str(exc))
        seconds = time.perf_counter() - started
        words = count_words(result.article.body_markdown())
        rounds = len(result.rounds) - 1
        report = None
        # The report goes beside a rejected article, and beside a single one that passed (the
        # end line names it); a folder's passed articles keep the folder to themselves.
        if job.output is not None and (not result.passed or self._single):
            report = report_path(job.output)
            text = json.dumps(report_dict(result), ensure_ascii=False, indent=2) + "\n"
            write_atomic(report, text)
        if result.passed:
            text = render_result(result, self.fmt, self.info(), self.settings)
            if job.output is None:
                sys.stdout.write(text)
            else:
                write_atomic(job.output, text)
            return Outcome(job.name, "passed", words, rounds, seconds, "", job.output, report)
        draft = self._reject(job, result, report)
        failed = ", ".join(result.report.failed)
        message = f"gate not met: {failed}"
        return Outcome(job.name, "rejected", words, rounds, seconds, message, draft, report)

    def generator(self) -> Generator:
        """The model, loaded on first need while spaCy loads in a background thread."""
        if self._generator is None:
            nlp.preload()
            self._generator = self._load()
        return self._generator

    def info(self) -> ModelInfo:
        if self._info is None:
            self._info = self._model_info(self.generator())
        return self._info

    def _reject(self, job: Job, result: Result, report: Path | None) -> Path | None:
        """Write the rejected draft if asked (to stdout for stdin), say where; its path."""
        draft: Path | None = None
        if self.keep_rejected:
            text = render_result(result, self.fmt, self.info(), self.settings)
            if job.output is None:
                sys.stdout.write(text)
            else:
                draft = rejected_path(job.output)
                write_atomic(draft, text)
        self.notice(rejection_text(result, draft, report, self.keep_rejected, job.output))
        return draft


def report_path(output: Path) -> Path:
    """`out/a.md` → `out/a.report.json`."""
    base = output.with_suffix("")
    return base.with_name(base.name + ".report.json")


def rejected_path(output: Path) -> Path:
    """`out/a.md` → `out/a.rejected.md`."""
    base = output.with_suffix("")
    return base.with_name(f"{base.name}.rejected{output.suffix}")


def rejection_text(
    result: Result,
    draft: Path | None = None,
    report: Path | None = None,
    kept: bool = False,
    output: Path | None = None,
) -> str:
    """The verdict of a rejected article: the failed checks, then where its files are."""
    lines = [
        f"Gate not met after {len(result.rounds) - 1} repair round(s): "
        f"{', '.join(result.report.failed)}."
    ]
    for finding in result.report.findings:
        if finding.severity == "hard" and not finding.passed:
            where = f" [{finding.target}]" if finding.target else ""
            lines.append(f"  {finding.id}{where}: {finding.message}")
    if draft is not None:
        lines.append(f"Rejected draft (not for publication): {draft}")
    elif kept:
        lines.append("Rejected draft (not for publication) written to stdout.")
    elif output is not None:
        lines.append("No article written; --keep-rejected keeps the best draft, marked rejected.")
    else:
        lines.append("No article written; --keep-rejected writes the draft to stdout, marked.")
    if report is not None:
        lines.append(f"Report: {report}")
    else:
        lines.append("Report: above only (output on stdout; give -o FILE to save it).")
    return "\n".join(lines)


def exit_code(outcomes: Sequence[Outcome]) -> int:
    statuses = {o.status for o in outcomes}
    if "error" in statuses:
        return EXIT_BAD_INPUT
    if "rejected" in statuses:
        return EXIT_GATE_FAILED
    return EXIT_OK


def summary_table(outcomes: Sequence[Outcome]) -> str:
    rows = [("article", "status", "words", "rounds", "time")]
    rows += [
        (
            o.name,
            o.status,
            str(o.words or ""),
            str(o.rounds if o.words else ""),
            f"{o.seconds:.1f}s" if o.seconds else "",
        )
        for o in outcomes
    ]
    widths = [max(len(r[i]) for r in rows) for i in range(5)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in rows]
    counts = {s: sum(o.status == s for o in outcomes) for s in ("passed", "rejected", "error")}
    skipped = sum(o.status == "skipped" for o in outcomes)
    lines.append(
        f"{counts['passed']} passed, {counts['rejected']} rejected, {counts['error']} errors, "
        f"{skipped} skipped"
    )
    errors = [f"  {o.name}: {o.message}" for o in outcomes if o.status == "error"]
    return "\n".join(lines + errors)

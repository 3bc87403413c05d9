"""One article or a folder of them: which files to write, the backend loaded once, a summary.

A rerun skips every article whose output already exists (unless forced); outputs are written
atomically, so an interrupted run leaves finished files and nothing half-written. A rejected
article, and a single article written to a file, get their report beside them
(`OUT.report.json`); a rejected draft is written only on request, named and marked as rejected
(`OUT.rejected.md`).

With `parallel` above 1 (`--parallel N`), up to N articles are in flight at once, each in a
worker thread with its own plan → sections → gate → repair; the backend's generator is shared
(its backend accepted N in `prepare`), spaCy passes take turns (`nlp.exclusive`), files are
written one at a time, and the outcomes come back in input order. On Ctrl-C or a fatal error
no new article starts and no file is being written when the run ends.
"""

from __future__ import annotations

import errno
import json
import os
import queue
import sys
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from engine.brief import min_words_rule
from engine.brief.source import SUFFIXES, SourceKind, read_source
from engine.config import Settings
from engine.errors import (
    EXIT_BAD_INPUT,
    EXIT_GATE_FAILED,
    EXIT_OK,
    InputError,
    ServerError,
)
from engine.llm import Backend, Generator, ModelInfo, Work
from engine.output.files import (
    Format,
    check_writable,
    render_result,
    safe_output_path,
    write_atomic,
)
from engine.output.report import rejection_text, report_dict, review_lines
from engine.output.summary import understood
from engine.text import count_words, nlp
from engine.usecase import Options, brief_of, rewrite_article
from engine.write.draft import Progress
from engine.write.rewriter import Result

STDIN = "-"
STDIN_SIZE_GUESS = 16_384  # bytes: stdin is read once, after the model's context is chosen


@dataclass(frozen=True)
class Job:
    input: str  # a path, or "-" for stdin
    output: Path | None  # None: the article goes to stdout
    name: str
    problem: str | None = None  # found while walking a folder: this entry fails with it


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
    code: int = EXIT_OK  # an error's exit code: 2 for its input, 3 for the server
    reviews: tuple[str, ...] = ()  # a passed article's review findings, for the editor


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
        for file, problem in articles_in(path):
            if problem is not None:
                jobs.append(Job(str(file), None, str(file), problem))
            elif not file.resolve().is_relative_to(out.resolve()):
                relative = file.relative_to(path).with_suffix(f".{fmt}")
                jobs.append(Job(str(file), safe_output_path(out, relative), str(file)))
    if not jobs:
        raise InputError(
            f"No article found in {', '.join(inputs)}.",
            f"Put files ending in {', '.join(SUFFIXES)} there.",
        )
    return jobs


def articles_in(folder: Path) -> list[tuple[Path, str | None]]:
    """The article files under `folder`, with what stops one from being read: a folder that
    cannot be read, a link to nothing, a loop of links. Links to folders are not followed."""
    found: list[tuple[Path, str | None]] = []

    def unreadable(error: OSError) -> None:
        found.append(
            (Path(error.filename), f"folder cannot be read ({error.strerror}); its articles "
             "are skipped.")
        )  # fmt: skip

    for root, folders, files in os.walk(folder, onerror=unreadable):
        for name in folders:
            link = Path(root, name)
            if link.is_symlink() and link.resolve() in (link.parent.resolve(), *link.parents):
                target = os.readlink(link)
                found.append((link, f"a link to {target}, a folder that holds it (a loop), "
                                    "not followed."))  # fmt: skip
        for name in files:
            file = Path(root, name)
            if file.suffix.lower() not in SUFFIXES:
                continue
            found.append((file, _broken_link(file)))
    return sorted(found, key=lambda pair: pair[0])


def _broken_link(file: Path) -> str | None:
    """What is wrong with `file` when it is a link that leads nowhere, else None."""
    if not file.is_symlink() or file.exists():
        return None
    try:
        file.resolve(strict=True)
    except RuntimeError:  # Python's word for a loop of links
        return "a loop of symbolic links."
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return "a loop of symbolic links."
    return f"a link to {os.readlink(file)}, which does not exist."


def skipped_files(inputs: Sequence[str], output: str | None) -> list[str]:
    """The files of the input folders that are not articles, each with why: « skipped
    inbox/a.pdf: a .pdf file, not an article (Plume reads .txt, .md, .html) »."""
    if output is None:
        return []
    out = Path(output).resolve()
    kinds = ", ".join(dict.fromkeys(SUFFIXES))
    said = []
    for item in inputs:
        if item == STDIN or not Path(item).is_dir():
            continue
        for root, _folders, files in os.walk(item):
            for name in sorted(files):
                file = Path(root, name)
                suffix = file.suffix.lower()
                if suffix in SUFFIXES or file.resolve().is_relative_to(out):
                    continue
                what = f"a {suffix} file" if suffix else "a file without a suffix"
                said.append(f"skipped {file}: {what}, not an article (Plume reads {kinds})")
    return said


def work_for(jobs: Sequence[Job], parallel: int = 1, min_words: int = 0) -> Work:
    """What a backend must be sized for: the longest source, how many, how many at once,
    and the largest minimum word count."""
    largest = max(
        (
            STDIN_SIZE_GUESS if j.input == STDIN else Path(j.input).stat().st_size
            for j in jobs
            if j.problem is None
        ),
        default=0,
    )
    return Work(largest, len(jobs), max(1, min(parallel, len(jobs))), min_words)


class Batch:
    """Runs jobs with one backend, whose generator is loaded on first need."""

    def __init__(
        self,
        settings: Settings,
        backend: Backend,
        fmt: Format = "md",
        options: Options | None = None,
        keep_rejected: bool = False,
        progress: Progress | None = None,
        force: bool = False,
        notice: Progress | None = None,
        input_format: SourceKind | None = None,
    ) -> None:
        self.settings = settings
        self.force = force
        self.input_format = input_format
        # Verdicts (a rejection and where its files are) are said even when progress is not.
        self.notice = notice or progress or (lambda _message: None)
        self.backend = backend
        self._generator: Generator | None = None
        self._loading = threading.Lock()
        self._writing = threading.Lock()  # one file at a time; held for good when a run stops
        self._stop = threading.Event()
        self.fmt = fmt
        self.options = (options or Options()).checked(settings)
        self.keep_rejected = keep_rejected
        self.progress = progress or (lambda _message: None)
        self._info: ModelInfo | None = None
        self._single = True

    def run(self, jobs: Sequence[Job]) -> list[Outcome]:
        self._single = len(jobs) == 1
        for folder in sorted({job.output.parent for job in jobs if self._writes(job)}):
            check_writable(folder)  # before the model writes a word
        work = work_for(jobs, self.settings.parallel, self.largest_minimum(jobs))
        self.backend.prepare(work)
        if work.parallel > 1:
            return self._run_parallel(jobs, work.parallel)
        outcomes = []
        for number, job in enumerate(jobs, 1):
            if len(jobs) > 1:
                self.progress(f"[{number}/{len(jobs)}] {job.name}")
            outcomes.append(self.run_one(job))
        return outcomes

    def _run_parallel(self, jobs: Sequence[Job], workers: int) -> list[Outcome]:
        """Up to `workers` articles in flight; outcomes in input order."""
        if any(job.problem is None and (job.output is None or self._writes(job)) for job in jobs):
            self.generator()  # load (or reach the server) once, before any worker starts
        pending = queue.SimpleQueue()
        for item in enumerate(jobs):
            pending.put(item)
        finished: queue.SimpleQueue = queue.SimpleQueue()

        def worker() -> None:
            while not self._stop.is_set():
                try:
                    index, job = pending.get_nowait()
                except queue.Empty:
                    return
                prefix = f"{job.name}: "
                try:
                    outcome = self.run_one(job, lambda m, p=prefix: self.progress(p + m))
                except BaseException as exc:  # noqa: BLE001 - handed to the main thread
                    finished.put((index, exc))
                    return
                finished.put((index, outcome))

        threads = [
            threading.Thread(target=worker, name=f"plume-article-{n}", daemon=True)
            for n in range(workers)
        ]
        outcomes: list[Outcome | None] = [None] * len(jobs)
        try:
            for thread in threads:
                thread.start()
            for done in range(len(jobs)):
                index, outcome = _wait(finished)
                if isinstance(outcome, BaseException):
                    raise outcome
                outcomes[index] = outcome
                self.progress(f"[{done + 1}/{len(jobs)}] {jobs[index].name}: {outcome.status}")
        except BaseException:
            # Ctrl-C or a fatal error: start nothing new, wait for a file being written (never
            # one half-written) and a spaCy pass under way (native code must not run while the
            # interpreter exits); the workers are daemons, stopped there until the process ends.
            self._stop.set()
            self._writing.acquire()
            nlp.exclusive.acquire()
            raise
        return [o for o in outcomes if o is not None]

    def _writes(self, job: Job) -> bool:
        return job.output is not None and (self.force or not job.output.exists())

    def run_one(self, job: Job, progress: Progress | None = None) -> Outcome:
        progress = progress or self.progress
        if job.problem is not None:
            return Outcome(job.name, "error", message=job.problem, code=EXIT_BAD_INPUT)
        if job.output is not None and job.output.exists() and not self.force:
            return Outcome(job.name, "skipped", message=f"{job.output} already exists")
        started = time.perf_counter()
        try:
            source = read_source(job.input, self.input_format)
            generator = self.generator()  # first, so spaCy loads meanwhile (see below)
            brief = brief_of(source, self.options, self.settings)
            progress("\n".join(understood(brief, self.settings)))
            result = rewrite_article(brief, self.settings, generator, progress)
        except (InputError, ServerError) as exc:  # this article cannot be done
            return Outcome(job.name, "error", message=str(exc), code=exc.exit_code)
        seconds = time.perf_counter() - started
        words = count_words(result.article.body_markdown())
        rounds = len(result.rounds) - 1
        report = None
        # The report goes beside a rejected article, and beside a single one that passed (the
        # end line names it); a folder's passed articles keep the folder to themselves.
        if job.output is not None and (not result.passed or self._single):
            report = report_path(job.output)
            self._emit(json.dumps(report_dict(result), ensure_ascii=False, indent=2) + "\n", report)
        if result.passed:
            self._emit(render_result(result, self.fmt, self.info(), self.settings), job.output)
            reviews = tuple(f.message for f in result.report.reviews)
            return Outcome(
                job.name, "passed", words, rounds, seconds, "", job.output, report, reviews=reviews
            )
        draft = self._reject(job, result, report)
        message = f"gate not met: {', '.join(result.report.failed)}"
        return Outcome(job.name, "rejected", words, rounds, seconds, message, draft, report)

    def largest_minimum(self, jobs: Sequence[Job]) -> int:
        """The largest minimum word count of the jobs, by the rule (the context is sized for
        it): the one given, else each file's directive (stdin's is read later), else the
        settings'."""
        if self.options.min_words is not None:
            return self.options.min_words
        asked = [self.settings.min_words]
        for job in jobs:
            if job.input != STDIN:
                try:
                    source = read_source(job.input, self.input_format)
                except InputError:
                    continue  # said when its turn comes
                asked.append(min_words_rule(None, source, self.settings)[0])
        return max(asked)

    def generator(self) -> Generator:
        """The model, loaded on first need while spaCy loads in a background thread."""
        with self._loading:
            if self._generator is None:
                nlp.preload()
                self._generator = self.backend.load()
        return self._generator

    def info(self) -> ModelInfo:
        with self._loading:
            if self._info is None:
                self._info = self.backend.info()
        return self._info

    def _emit(self, text: str, path: Path | None) -> None:
        """`text` written whole to `path`, or to stdout where there is none (stdin's article),
        one writer at a time."""
        with self._writing:
            if path is None:
                sys.stdout.write(text)
            else:
                write_atomic(path, text)

    def _reject(self, job: Job, result: Result, report: Path | None) -> Path | None:
        """Write the rejected draft if asked (to stdout for stdin), say where; its path."""
        draft: Path | None = None
        if self.keep_rejected:
            draft = rejected_path(job.output) if job.output is not None else None
            self._emit(render_result(result, self.fmt, self.info(), self.settings), draft)
        self.notice(rejection_text(result, draft, report, self.keep_rejected, job.output))
        return draft


def _wait(finished: queue.SimpleQueue) -> tuple[int, Outcome | BaseException]:
    """The next finished article; wakes up often so that Ctrl-C is seen at once."""
    while True:
        try:
            return finished.get(timeout=0.2)
        except queue.Empty:
            continue


def report_path(output: Path) -> Path:
    """`out/a.md` → `out/a.report.json`."""
    base = output.with_suffix("")
    return base.with_name(base.name + ".report.json")


def rejected_path(output: Path) -> Path:
    """`out/a.md` → `out/a.rejected.md`."""
    base = output.with_suffix("")
    return base.with_name(f"{base.name}.rejected{output.suffix}")


def exit_code(outcomes: Sequence[Outcome]) -> int:
    """The most serious outcome's code: the environment (3), the input (2), the gate (1)."""
    errors = [o.code or EXIT_BAD_INPUT for o in outcomes if o.status == "error"]
    if errors:
        return max(errors)
    statuses = {o.status for o in outcomes}
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
    reviews = [
        line
        for o in outcomes
        if o.status == "passed" and o.reviews
        for line in [f"  {o.name}:", *(f"    {r}" for r in review_lines(o.reviews, o.report))]
    ]
    return "\n".join(lines + errors + reviews)

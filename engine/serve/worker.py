"""The one thread that runs the model: it loads the generator once and takes queued jobs in
order, through the same path as `plume rewrite` (source → brief → pipeline → gate → output).

Cancelling sets a flag that the generator wrapper reads before each model call and at each
piece of streamed text, so a cancelled job stops at the next call or token; the token loop
itself is not touched (the check rides on its `on_text` callback).
"""

from __future__ import annotations

import contextlib
import dataclasses
import logging
import threading
import time
from collections.abc import Callable, Sequence

from engine.brief import Brief
from engine.brief.source import parse_source
from engine.config import Settings
from engine.errors import EngineError, ModelError
from engine.llm import Generation, Generator, Message, OnText
from engine.output.article import article_dict
from engine.output.files import ModelInfo, render_result
from engine.output.report import report_dict, verdict_lines
from engine.output.summary import min_words_said
from engine.serve.compare import compare
from engine.serve.jobs import CANCELLED, FAILED, PASSED, REJECTED, RUNNING, Job, JobStore
from engine.text import count_words, nlp
from engine.usecase import Options, brief_of, rewrite_article
from engine.write.rewriter import Result

log = logging.getLogger("plume.serve")
LIVE_EVERY_S = 0.5  # how often a running call reports its token count


class Cancelled(Exception):  # noqa: N818 - not an error: the user asked for it
    """Raised inside a model call when its job is cancelled (not a RuntimeError: the adapter
    must not mistake it for a llama.cpp failure)."""


class CancellableGenerator:
    """Wraps the loaded generator: checks the job's flag before each call and at each piece
    of text, and reports how many pieces a running call has streamed."""

    def __init__(
        self,
        inner: Generator,
        cancelled: threading.Event,
        live: Callable[[dict], None],
    ) -> None:
        self.inner = inner
        self.name = inner.name
        self.cancelled = cancelled
        self.live = live

    def generate(
        self,
        messages: Sequence[Message],
        *,
        max_tokens: int,
        stop: Sequence[str] = (),
        on_text: OnText | None = None,
    ) -> Generation:
        if self.cancelled.is_set():
            raise Cancelled
        started = last = time.perf_counter()
        pieces = 0

        def watch(text: str) -> None:
            nonlocal pieces, last
            if self.cancelled.is_set():
                raise Cancelled
            pieces += 1
            now = time.perf_counter()
            if now - last >= LIVE_EVERY_S:
                last = now
                self.live({"tokens": pieces, "tps": round(pieces / (now - started), 1)})
            if on_text is not None:
                on_text(text)

        return self.inner.generate(messages, max_tokens=max_tokens, stop=stop, on_text=watch)


@dataclasses.dataclass
class ModelState:
    state: str = "loading"  # loading, ready, error
    name: str | None = None
    error: dict | None = None


class Worker:
    """Runs jobs one at a time in a background thread, with one generator loaded once."""

    def __init__(
        self,
        store: JobStore,
        settings: Settings,
        load: Callable[[], Generator],
        model_info: Callable[[Generator], ModelInfo] | None = None,
    ) -> None:
        self.store = store
        self.settings = settings
        self._load = load
        self._model_info = model_info or (lambda g: ModelInfo(g.name))
        self._generator: Generator | None = None
        self._info: ModelInfo | None = None
        self.model = ModelState()
        self._wake = threading.Event()
        self._stopping = threading.Event()
        self._cancel = threading.Event()
        self._current: str | None = None
        self._live: dict[str, dict] = {}
        self._requested: set[str] = set()  # running jobs asked to stop
        self._thread = threading.Thread(target=self._run, name="plume-model", daemon=True)

    # --- the server's side -------------------------------------------------------------

    def start(self) -> None:
        queued = self.store.recover()
        if queued:
            log.info("%d queued job(s) resumed", queued)
        self._thread.start()

    def stop(self, timeout: float = 10.0) -> None:
        """Stop after the current model call or token; the job stays running in the store
        and is marked interrupted on the next start, as after a crash."""
        self._stopping.set()
        self._cancel.set()
        self._wake.set()
        self._thread.join(timeout)

    def wake(self) -> None:
        self._wake.set()

    def cancel(self, job_id: str) -> bool:
        """Cancel a queued job at once, or the running one at its next call or token."""
        if self.store.cancel_queued(job_id):
            return True
        job = self.store.get(job_id)
        if job is None or job.status != RUNNING:
            return False
        self._requested.add(job_id)  # read by the thread if it has just claimed the job
        if self._current == job_id:
            self._cancel.set()
        return True

    def live(self, job_id: str) -> dict | None:
        """The running call's streamed token count and rate, for the progress display."""
        return self._live.get(job_id)

    # --- the thread --------------------------------------------------------------------

    def _run(self) -> None:
        nlp.preload()
        with contextlib.suppress(EngineError):  # recorded in self.model; the API answers 503
            self._ensure_model()
        while not self._stopping.is_set():
            job = self.store.claim_next()
            if job is None:
                self._wake.wait(1.0)
                self._wake.clear()
                continue
            self._current = job.id
            self._cancel.clear()
            if job.id in self._requested:
                self._cancel.set()
            try:
                self._process(job)
            finally:
                self._current = None
                self._live.pop(job.id, None)
                self._requested.discard(job.id)

    def _ensure_model(self) -> Generator:
        if self._generator is None:
            try:
                self._generator = self._load()
                self._info = self._model_info(self._generator)
            except EngineError as exc:
                self.model = ModelState("error", None, _error(exc))
                raise
            self.model = ModelState("ready", self._generator.name)
        return self._generator

    def _process(self, job: Job) -> None:
        try:
            generator = self._ensure_model()
            result, brief = self._rewrite(job, generator)
        except Cancelled:
            if not self._stopping.is_set():
                self.store.finish(job.id, CANCELLED)
            return
        except EngineError as exc:
            self.store.finish(job.id, FAILED, error=_error(exc))
            return
        except Exception:  # a bug must cost one job, never the worker
            log.exception("job %s failed", job.id)  # the details for the log, not the client
            error = {
                "message": f"Internal error in job {job.id}: a bug in Plume, not in the article.",
                "hint": "Report it with the job's id; the server's log holds the details.",
            }
            self.store.finish(job.id, FAILED, error=error)
            return
        status = PASSED if result.passed else REJECTED
        self.store.finish(job.id, status, result=self._payload(result, brief))

    def _rewrite(self, job: Job, generator: Generator) -> tuple[Result, Brief]:
        source = parse_source(self.store.source(job.id), kind=job.kind, name=job.name)  # type: ignore[arg-type]
        given = job.options.get("min_words")
        options = Options(job.options.get("keyphrase"), int(given) if given else None)
        brief = brief_of(source, options, self.settings)
        said = min_words_said(
            brief.min_words, brief.min_words_from, source, self.settings, "min_words"
        )
        self.store.progress(job.id, f"brief: keyphrase « {brief.keyphrase} », min words: {said}")
        wrapped = CancellableGenerator(
            generator, self._cancel, lambda live: self._live.__setitem__(job.id, live)
        )

        def progress(line: str) -> None:
            self._live.pop(job.id, None)
            self.store.progress(job.id, line)

        return rewrite_article(brief, self.settings, wrapped, progress), brief

    def _payload(self, result: Result, brief: Brief) -> dict:
        """What the page and the API show of a finished job; renders only of a passing one."""
        article = result.article
        shown = {
            **article_dict(article),
            "words": count_words(article.body_markdown()),
            "min_words": brief.min_words,
        }
        payload: dict = {
            "article": shown,
            "report": report_dict(result),
            "compare": compare(brief.source, article, brief.facts),
        }
        if result.passed:
            info = self._info or ModelInfo(self.model.name or "")
            payload["renders"] = {
                fmt: render_result(result, fmt, info, self.settings)
                for fmt in ("md", "html", "json")
            }
        else:
            payload["why"] = "\n".join(verdict_lines(result))
        return payload


def _error(exc: EngineError) -> dict:
    return {
        "message": exc.message,
        "hint": exc.hint,
        "kind": "model" if isinstance(exc, ModelError) or exc.exit_code == 3 else "input",
    }

"""The `plume` command: a thin layer that parses, calls the library, prints, and maps errors.

Heavy modules (spaCy, llama.cpp) are imported inside the commands that need them, so
`plume --help` and `plume --version` stay instant.
"""

from __future__ import annotations

import contextlib
import logging
import os
import signal
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import click

from engine import __version__
from engine.config import default_of
from engine.errors import (
    EXIT_CRASH,
    EXIT_GATE_FAILED,
    EXIT_INTERRUPTED,
    EXIT_MODEL,
    EXIT_PIPE_CLOSED,
    EXIT_TERMINATED,
    EngineError,
    Terminated,
    write_trace,
)

if TYPE_CHECKING:
    from engine.config import Settings
    from engine.usecase import Options

keyphrase_option = click.option(
    "--keyphrase", help="Focus keyphrase (default: extracted from the source)."
)
min_words_option = click.option(
    "--min-words",
    type=int,
    help=f"Minimum body words (default: the source's directive, else {default_of('min_words')}).",
)


class PlumeGroup(click.Group):
    """Converts EngineError into its message and exit code, once, at the edge; Ctrl-C and
    SIGTERM too, and a stdout that cannot be written. Anything else is a bug: one line naming
    the file that holds the full trace, exit 4."""

    def invoke(self, ctx: click.Context) -> object:
        try:
            with _sigterm_as_interrupt(), _guarded_stdout():
                return super().invoke(ctx)
        except EngineError as exc:
            click.echo(f"Error: {exc}", err=True)
            ctx.exit(exc.exit_code)
        except KeyboardInterrupt as exc:
            said = "Terminated (SIGTERM)" if isinstance(exc, Terminated) else "Interrupted"
            click.echo(
                f"{said}: finished articles are kept, none is half-written; "
                "run the same command again to do the rest.",
                err=True,
            )
            ctx.exit(EXIT_TERMINATED if isinstance(exc, Terminated) else EXIT_INTERRUPTED)
        except (click.exceptions.Exit, click.exceptions.Abort, click.ClickException):
            raise  # click's own ways out (usage errors, ctx.exit)
        except StdoutError as exc:
            _stdout_to_devnull()
            if isinstance(exc.error, BrokenPipeError):  # `plume inspect … | head -1`
                ctx.exit(EXIT_PIPE_CLOSED)
            click.echo(
                f"Error: Cannot write to the standard output: {exc.error.strerror or exc}.\n"
                "  → Free some disk space where it goes, or write to a file with -o.",
                err=True,
            )
            ctx.exit(EXIT_MODEL)
        except Exception as exc:
            _crash(ctx, exc)


def _crash(ctx: click.Context, exc: Exception) -> None:
    trace = write_trace(exc)
    click.echo(
        f"Internal error ({type(exc).__name__}: {exc}): a bug in Plume, not in your "
        f"input; the full trace is in {trace}.",
        err=True,
    )
    ctx.exit(EXIT_CRASH)


@contextlib.contextmanager
def _sigterm_as_interrupt() -> Iterator[None]:
    """SIGTERM raises Terminated (a KeyboardInterrupt) in the main thread while a command
    runs, so that it ends as Ctrl-C does; the previous handler comes back after."""

    def terminate(_signum: int, _frame: object) -> None:
        raise Terminated

    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGTERM, terminate)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


class StdoutError(Exception):
    """Writing the standard output failed (`error`): a closed pipe or a full disk, told
    apart from any other OSError, which would be a bug."""

    def __init__(self, error: OSError) -> None:
        super().__init__(str(error))
        self.error = error


class _GuardedStdout:
    """sys.stdout while a command runs: its write errors become StdoutError."""

    def __init__(self, stream: object) -> None:
        self.stream = stream

    def write(self, text: str) -> int:
        try:
            return self.stream.write(text)  # type: ignore[attr-defined]
        except OSError as exc:
            raise StdoutError(exc) from None

    def flush(self) -> None:
        try:
            self.stream.flush()  # type: ignore[attr-defined]
        except OSError as exc:
            raise StdoutError(exc) from None

    def __getattr__(self, name: str) -> object:
        return getattr(self.stream, name)


@contextlib.contextmanager
def _guarded_stdout() -> Iterator[None]:
    """Stdout guarded while the command runs, and flushed before it ends (an error then is
    the command's, not the interpreter's at exit)."""
    guarded = _GuardedStdout(sys.stdout)
    sys.stdout = guarded  # type: ignore[assignment]
    try:
        yield
    except click.exceptions.Exit:  # the command chose its exit code: what it wrote goes first
        guarded.flush()
        raise
    else:
        guarded.flush()
    finally:
        sys.stdout = guarded.stream  # type: ignore[assignment]


def _stdout_to_devnull() -> None:
    """Point file descriptor 1 at /dev/null, so that the interpreter's last flush of what
    stdout still holds neither fails nor prints a second error."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):  # a stdout without a descriptor (tests)
        pass


@click.group(cls=PlumeGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "-V", "--version", prog_name="plume")
def cli() -> None:
    """Plume: rewrite French news articles into verified SEO articles, offline."""
    _log_warnings_to_stderr()


class _EchoHandler(logging.Handler):
    """Library warnings (unverified model, CPU fallback) as one 'Warning:' line on stderr."""

    def emit(self, record: logging.LogRecord) -> None:
        click.echo(f"Warning: {record.getMessage()}", err=True)


def _log_warnings_to_stderr() -> None:
    log = logging.getLogger("plume")
    if not any(isinstance(h, _EchoHandler) for h in log.handlers):
        log.addHandler(_EchoHandler(logging.WARNING))
        log.setLevel(logging.WARNING)


@cli.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path(allow_dash=True))
@click.option("-o", "--output", type=click.Path(), help="Output file or folder.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["md", "html", "json"]),
    help="Output format [default: from the -o suffix, else md].",
)
@click.option(
    "--input-format",
    type=click.Choice(["txt", "md", "html"]),
    help="Read the input as this format [default: from the suffix; stdin is sniffed].",
)
@click.option("--model", help="GGUF file or manifest name [env: PLUME_MODEL].")
@keyphrase_option
@min_words_option
@click.option("--seed", type=int, help=f"Sampling seed [default: {default_of('seed')}].")
@click.option(
    "--max-rounds",
    type=int,
    help=f"Repair rounds after the first draft [default: {default_of('max_rounds')}].",
)
@click.option("--threads", type=int, help="CPU threads [default: physical cores].")
@click.option("--gpu-layers", type=int, help="Layers on the GPU: -1 auto, 0 CPU only.")
@click.option("--server", help="OpenAI-compatible server's base URL [env: PLUME_SERVER].")
@click.option("--server-model", help="Model to ask the server for [default: its own].")
@click.option("--parallel", type=int, help="Articles of a folder in flight at once [default: 1].")
@click.option(
    "--keep-rejected",
    is_flag=True,
    help="Also write a rejected draft, marked so (OUT.rejected.md; stdout for stdin).",
)
@click.option("--force", is_flag=True, help="Write an output file that already exists again.")
@click.option("-q", "--quiet", is_flag=True, help="No progress on stderr.")
def rewrite(
    inputs: tuple[str, ...],
    output: str | None,
    fmt: str | None,
    input_format: str | None,
    keyphrase: str | None,
    min_words: int | None,
    keep_rejected: bool,
    force: bool,
    quiet: bool,
    **options: object,
) -> None:
    """Rewrite INPUT (file, folder or - for stdin) into an SEO-ready French article."""
    from engine import batch
    from engine.config import Settings
    from engine.llm import open_backend
    from engine.output.files import output_format
    from engine.output.report import end_line, review_lines
    from engine.usecase import Options

    fmt = output_format(output, fmt)
    settings = Settings.from_env(**options)
    jobs = batch.plan_jobs(inputs, output, fmt)  # the input first: a missing file is exit 2
    backend = open_backend(settings)
    say = lambda message: click.echo(message, err=True)  # noqa: E731
    for line in batch.skipped_files(inputs, output):
        say(line)
    progress = None if quiet else say
    if progress:
        progress(backend.where())
        if backend.name == "llama":  # how its threads will wait: decided now, before it loads
            from engine.llm import threads

            progress(threads.startup_line(settings.threads))
    runner = batch.Batch(
        settings,
        backend,
        fmt=fmt,
        options=Options(keyphrase, min_words),
        keep_rejected=keep_rejected,
        progress=progress,
        force=force,
        notice=say,
        input_format=input_format,
    )
    outcomes = runner.run(jobs)
    single = outcomes[0] if len(outcomes) == 1 else None
    if single is not None and single.status == "skipped":
        say(f"skipped: {single.message}; add --force to write it again.")
    elif single is None or single.status == "error":
        say(batch.summary_table(outcomes))
    elif single.status == "passed":
        o = single
        if not quiet:
            say(end_line(o.written, o.words, o.rounds, o.seconds, o.report))
        for line in review_lines(o.reviews, o.report):  # doubts are said even with -q
            say(line)
    click.get_current_context().exit(batch.exit_code(outcomes))


@cli.group()
def models() -> None:
    """Install, list and verify GGUF models (offline: from a file, a USB stick or a share)."""


def _settings():  # noqa: ANN202 - Settings is imported lazily
    from engine.config import Settings

    return Settings.from_env()


@models.command("list")
def models_list() -> None:
    """Recommended and installed models, the default, and whether each is verified."""
    from engine.models.store import format_rows, list_models

    settings = _settings()
    click.echo(format_rows(list_models(settings), settings.models_dir))


@models.command("add")
@click.argument("path", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--link", is_flag=True, help="Link to the file instead of copying it.")
def models_add(path: Path, link: bool) -> None:
    """Check PATH (a .gguf file), hash it, match it to the manifest and install it."""
    from engine.models.catalog import check_gguf
    from engine.models.store import add_model

    settings = _settings()
    size = check_gguf(path).stat().st_size
    with click.progressbar(length=size, label=f"sha256 {path.name}", file=sys.stderr) as bar:
        found = add_model(path, settings, link=link, progress=bar.update)
    click.echo(f"added {found.path}")
    click.echo(f"sha256 {found.sha256}")
    name = found.entry.name if found.entry else found.path.stem
    click.echo(f"status: {found.status}; use it with --model {name}")


@models.command("verify")
def models_verify() -> None:
    """Hash every installed model and compare it with the manifest (exit 3 on a mismatch)."""
    from engine.errors import EXIT_MODEL
    from engine.models.catalog import load_manifest
    from engine.models.store import failed, files_to_verify, verify_file

    settings = _settings()
    entries = load_manifest(settings.models_dir)
    verdicts = []
    for path in files_to_verify(settings):
        size = path.stat().st_size
        with click.progressbar(length=size, label=f"sha256 {path.name}", file=sys.stderr) as bar:
            verdicts.append(verify_file(path, entries, bar.update))
        click.echo(f"{path.name}: {verdicts[-1]}")
    if any(failed(v) for v in verdicts):
        raise click.exceptions.Exit(EXIT_MODEL)


@models.command("default")
@click.argument("name")
def models_default(name: str) -> None:
    """Use the installed model NAME when no --model (nor PLUME_MODEL) is given."""
    from engine.models.store import set_default

    path = set_default(name, _settings())
    click.echo(f"default model: {name} ({path})")


@models.command("path")
@click.argument("name")
def models_path(name: str) -> None:
    """Print the file of the installed model NAME (manifest name or file name)."""
    from engine.models.store import model_path

    click.echo(model_path(name, _settings()))


@cli.command()
def doctor() -> None:
    """What Plume sees: llama.cpp build and backends, CPU, RAM, GPU, spaCy model, models."""
    from engine.models.doctor import format_report, report

    click.echo(format_report(report(_settings())))


@cli.command()
@click.argument("article", type=click.Path(dir_okay=False))
@click.option(
    "--source", type=click.Path(allow_dash=True), help="The source article (txt/md/html)."
)
@click.option("--keyphrase", help="Focus keyphrase (default: front matter, else the source's).")
@min_words_option
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
def check(
    article: str, source: str | None, keyphrase: str | None, min_words: int | None, as_json: bool
) -> None:
    """Run the quality gate on ARTICLE (Markdown); exit 0 if it passes, 1 if not."""
    import json

    from engine.brief.source import read_source
    from engine.config import Settings
    from engine.output.report import report_json, report_table, review_lines
    from engine.text import nlp
    from engine.usecase import Options, check_article, read_article

    _exit_at_once_when_done()
    nlp.preload()  # spaCy loads while the files are read
    settings = Settings.from_env()
    options = Options(keyphrase, min_words).checked(settings)
    parsed = read_article(article)
    given = read_source(source) if source is not None else None
    _loading_french()
    report, brief = check_article(parsed, options, settings, given)
    if as_json:
        click.echo(json.dumps(report_json(report, brief), ensure_ascii=False, indent=2))
    else:
        click.echo(report_table(report, brief, settings))
    if report.passed:
        for line in review_lines([f.message for f in report.reviews]):
            click.echo(line, err=True)
    if not report.passed:
        raise click.exceptions.Exit(EXIT_GATE_FAILED)


def _loading_french() -> None:
    """A sign of life for the person at the terminal while spaCy loads (seconds)."""
    from engine.text import nlp

    if not nlp.is_loaded() and sys.stderr.isatty():
        click.echo("loading the French model…", err=True)


@cli.command()
@click.argument("source", type=click.Path(allow_dash=True))
@keyphrase_option
@min_words_option
@click.option(
    "--input-format",
    type=click.Choice(["txt", "md", "html"]),
    help="Read the input as this format [default: from the suffix; stdin is sniffed].",
)
def inspect(
    source: str, keyphrase: str | None, min_words: int | None, input_format: str | None
) -> None:
    """Show what Plume understands of SOURCE, without a model: directives, title, length,
    keyphrase and its candidates, the facts to keep."""
    from engine.brief.source import read_source
    from engine.config import Settings
    from engine.output.summary import (
        fact_counts,
        fact_lines,
        keyphrase_lines,
        note_lines,
        source_lines,
        story_lines,
    )
    from engine.text import nlp
    from engine.usecase import Options, brief_of

    _exit_at_once_when_done()
    nlp.preload()  # spaCy loads while the source is read and the first lines are shown
    settings = Settings.from_env()
    options = Options(keyphrase, min_words).checked(settings)
    parsed = read_source(source, input_format)  # type: ignore[arg-type]
    click.echo(f"{parsed.name}: {len(parsed.paragraphs)} paragraphs")
    for line in source_lines(parsed, settings, options.min_words):
        click.echo(line)
    _loading_french()
    brief = brief_of(parsed, options, settings)
    for line in keyphrase_lines(brief):
        click.echo(line)
    click.echo(f"  facts to keep: {fact_counts(brief)}")
    for line in fact_lines(brief):
        click.echo("  " + line)
    for line in [*note_lines(parsed), *story_lines(parsed)]:
        click.echo(line)


@cli.command()
@click.option(
    "--host",
    help="Address to listen on [default: 127.0.0.1; others need PLUME_TOKEN, 16+ characters].",
)
@click.option("--port", type=int, help="Port [default: 8765].")
@click.option("--model", help="GGUF file or manifest name [env: PLUME_MODEL].")
@click.option("--threads", type=int, help="CPU threads [default: physical cores].")
@click.option("--gpu-layers", type=int, help="Layers on the GPU: -1 auto, 0 CPU only.")
@click.option("--server", help="OpenAI-compatible server's base URL [env: PLUME_SERVER].")
@click.option("--server-model", help="Model to ask the server for [default: its own].")
@click.option(
    "--lang",
    type=click.Choice(["fr", "en"]),
    help="The page's language [default: the browser's, else fr; env: PLUME_SERVE_LANG].",
)
def serve(host: str | None, port: int | None, lang: str | None, **options: object) -> None:
    """A page for editors and a JSON API on this machine (the model loaded once)."""
    import os

    from engine.config import Settings
    from engine.serve import backend_or_missing, check_bind, missing_model
    from engine.serve import serve as run_server

    settings = Settings.from_env(serve_host=host, serve_port=port, serve_lang=lang, **options)
    token = os.environ.get("PLUME_TOKEN") or None
    check_bind(settings.serve_host, token)
    backend, missing = backend_or_missing(settings)
    if backend is None:
        click.echo(f"Warning: {missing}", err=True)
        where = "no model: the gate and the brief work, a rewrite says how to install one"
        load = missing_model(missing)  # type: ignore[arg-type]
    else:
        where, load = backend.where(), backend.load
    run_server(
        settings,
        load=load,
        model_info=lambda _generator: backend.info(),  # type: ignore[union-attr]
        token=token,
        on_ready=lambda url: click.echo(f"Plume serves {url} ({where}); Ctrl-C stops."),
    )
    click.echo("Plume stopped; queued articles are done at the next start.", err=True)


class IntList(click.ParamType):
    """A comma list of integers, as llama-bench takes them: `-p 512,1024`."""

    name = "N[,N…]"

    def __init__(self, minimum: int) -> None:
        self.minimum = minimum

    def convert(self, value: object, param: object, ctx: object) -> tuple[int, ...]:
        if isinstance(value, tuple):
            return value
        try:
            numbers = tuple(int(v) for v in str(value).split(","))
        except ValueError:
            self.fail(f"{value!r} is not a comma list of integers (example: 256,512).")
        if any(n < self.minimum for n in numbers):
            self.fail(f"{value!r}: every value must be at least {self.minimum}.")
        return numbers


@cli.command()
@click.option("--model", help="GGUF file or manifest name [env: PLUME_MODEL].")
@click.option("-p", "--n-prompt", type=IntList(0), help="Prompt tokens (pp test) [512].")
@click.option("-n", "--n-gen", type=IntList(0), help="Generated tokens (tg test) [128].")
@click.option("-d", "--n-depth", type=IntList(0), default="0", help="Tokens already in cache.")
@click.option("-r", "--repetitions", type=click.IntRange(1), help="Repetitions [5].")
@click.option("-t", "--threads", type=IntList(1), help="CPU threads [physical cores].")
@click.option("-ngl", "--n-gpu-layers", type=IntList(-1), help="GPU layers [-1: all].")
@click.option("-b", "--batch-size", type=IntList(1), help="Logical batch (n_batch) [512].")
@click.option("-ub", "--ubatch-size", type=IntList(1), help="Physical batch (n_ubatch) [512].")
@click.option("-fa", "--flash-attn", type=IntList(-1), help="Flash attention: -1 auto, 0, 1.")
@click.option("--no-warmup", is_flag=True, help="Skip the warm-up run of each test.")
@click.option(
    "--article",
    type=click.Path(exists=True),
    help="Time one end-to-end rewrite of this article instead, phase by phase; "
    "a folder (or -np): articles per hour.",
)
@click.option(
    "-np",
    "--parallel",
    type=IntList(1),
    help="With --article: articles in flight, a comma list (-np 1,2,4).",
)
@click.option("--min-words", type=int, help="With --article: minimum body words (as rewrite's).")
@click.option(
    "-o",
    "--output",
    "fmt",
    type=click.Choice(["md", "json", "jsonl", "csv"]),
    default="md",
    help="Output format [md].",
)
def bench(
    model: str | None,
    fmt: str,
    repetitions: int | None,
    no_warmup: bool,
    article: str | None,
    parallel: tuple[int, ...] | None,
    min_words: int | None,
    **lists: tuple[int, ...] | None,
) -> None:
    """Measure prompt processing (pp) and generation (tg) speed, llama-bench's way."""
    from engine.bench import generation as benchmark
    from engine.config import Settings
    from engine.models.catalog import resolve_model
    from engine.models.system import physical_cores
    from engine.usecase import Options

    settings = Settings.from_env(model=model)
    options = Options(min_words=min_words).checked(settings)
    if article is not None and (parallel or Path(article).is_dir()):
        _bench_folder(article, settings, parallel or (settings.parallel,), fmt, options)
        return
    if article is not None:
        _bench_article(Path(article), settings, fmt, options)
        return
    model_path = resolve_model(settings)

    def given(name: str, default: int) -> tuple[int, ...]:
        return lists[name] or (default,)

    spec = benchmark.Spec(
        n_prompt=given("n_prompt", settings.bench_prompt_tokens),
        n_gen=given("n_gen", settings.bench_gen_tokens),
        n_depth=given("n_depth", 0),
        threads=given("threads", settings.threads or physical_cores()),
        n_gpu_layers=given("n_gpu_layers", settings.gpu_layers),
        n_batch=given("batch_size", settings.n_batch),
        n_ubatch=given("ubatch_size", settings.n_ubatch),
        flash_attn=given("flash_attn", settings.flash_attn),
        reps=repetitions or settings.bench_reps,
        warmup=not no_warmup,
    )
    if any(v > 1 for v in spec.flash_attn):
        raise click.BadParameter("use -1 (auto), 0 (off) or 1 (on).", param_hint="-fa")

    def progress(result: benchmark.Result) -> None:
        click.echo(
            f"{result.case.name}: {result.avg_ts:.2f} ± {result.stddev_ts:.2f} t/s", err=True
        )

    results = benchmark.run(model_path, spec, on_result=progress)
    click.echo(benchmark.render(results, fmt), nl=False)


def _bench_article(path: Path, settings: Settings, fmt: str, options: Options) -> None:
    from engine import batch
    from engine.bench.articles import render_article, run_article
    from engine.llm import open_backend

    backend = open_backend(settings)
    jobs = [batch.Job(str(path), None, str(path))]
    minimum = batch.Batch(settings, backend, options=options).largest_minimum(jobs)
    backend.prepare(batch.work_for(jobs, 1, minimum))
    say = lambda message: click.echo(message, err=True)  # noqa: E731
    result = run_article(path, backend.load, settings, progress=say, options=options)
    click.echo(render_article(result, fmt), nl=False)


def _bench_folder(
    article: str, settings: Settings, levels: tuple[int, ...], fmt: str, options: Options
) -> None:
    from engine.bench.articles import render_throughput, run_folder

    results = []
    for parallel in levels:
        result = run_folder([article], settings, parallel, options=options)
        click.echo(f"-np {parallel}: {result.articles_per_hour:.1f} articles/hour", err=True)
        results.append(result)
    click.echo(render_throughput(results, fmt), nl=False)


def main() -> None:
    try:
        cli(prog_name="plume")
    except SystemExit as done:
        if not _exit_at_once or not isinstance(done.code, int | None):
            raise
        _flush(sys.stdout, sys.stderr)
        os._exit(done.code or 0)


# Set by the commands that only read, parse and print (`inspect`, `check`): once they are done
# (their output flushed) the process ends at once. Python's own teardown would free spaCy's
# model object by object: 0.45 s of CPU after the last line, a quarter of `plume inspect`.
_exit_at_once = False


def _exit_at_once_when_done() -> None:
    global _exit_at_once
    _exit_at_once = True


def _flush(*streams: object) -> None:
    for stream in streams:
        with contextlib.suppress(OSError, ValueError, AttributeError):
            stream.flush()  # type: ignore[attr-defined]

"""The `plume` command: a thin layer that parses, calls the library, prints, and maps errors.

Heavy modules (spaCy, llama.cpp) are imported inside the commands that need them, so
`plume --help` and `plume --version` stay instant.
"""

from __future__ import annotations

import click

from engine import __version__
from engine.errors import EngineError


class PlumeGroup(click.Group):
    """Converts EngineError into its message and exit code, once, at the edge."""

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except EngineError as exc:
            click.echo(f"Error: {exc}", err=True)
            ctx.exit(exc.exit_code)


@click.group(cls=PlumeGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "-V", "--version", prog_name="plume")
def cli() -> None:
    """Plume: rewrite French news articles into verified SEO articles, offline."""


@cli.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path(allow_dash=True))
@click.option("-o", "--output", type=click.Path(), help="Output file or folder.")
@click.option("--format", "fmt", type=click.Choice(["md", "html", "json"]), default="md")
@click.option("--model", help="GGUF file or manifest name [env: PLUME_MODEL].")
@click.option("--keyphrase", help="Focus keyphrase (default: extracted from the source).")
@click.option("--min-words", type=int, help="Minimum body words [default: 700].")
@click.option("--seed", type=int, help="Sampling seed [default: 42].")
@click.option("--max-rounds", type=int, help="Repair rounds after the first draft [default: 3].")
@click.option("--threads", type=int, help="CPU threads [default: physical cores].")
@click.option("--gpu-layers", type=int, help="Layers on the GPU: -1 auto, 0 CPU only.")
def rewrite(inputs: tuple[str, ...], output: str | None, fmt: str, **options: object) -> None:
    """Rewrite INPUT (file, folder or - for stdin) into an SEO-ready French article."""
    from engine.config import Settings
    from engine.models import resolve_model

    settings = Settings.from_env(
        model=options["model"],
        min_words=options["min_words"],
        seed=options["seed"],
        max_rounds=options["max_rounds"],
        threads=options["threads"],
        gpu_layers=options["gpu_layers"],
    )
    model_path = resolve_model(settings)
    click.echo(f"model: {model_path}", err=True)
    raise EngineError("The rewrite pipeline is not built yet.", "See issue #4.")


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
    **lists: tuple[int, ...] | None,
) -> None:
    """Measure prompt processing (pp) and generation (tg) speed, llama-bench's way."""
    from engine import bench as benchmark
    from engine.config import Settings
    from engine.models import resolve_model
    from engine.system import physical_cores

    settings = Settings.from_env(model=model)
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


def main() -> None:
    cli(prog_name="plume")

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
@click.option("--keep-rejected", is_flag=True, help="Also write a rejected draft, named so.")
@click.option("-q", "--quiet", is_flag=True, help="No progress on stderr.")
def rewrite(
    inputs: tuple[str, ...],
    output: str | None,
    fmt: str,
    keyphrase: str | None,
    keep_rejected: bool,
    quiet: bool,
    **options: object,
) -> None:
    """Rewrite INPUT (file, folder or - for stdin) into an SEO-ready French article."""
    from engine import batch
    from engine.config import Settings
    from engine.llm import load_generator
    from engine.models import resolve_model

    settings = Settings.from_env(**options)
    model_path = resolve_model(settings)
    jobs = batch.plan_jobs(inputs, output, fmt)
    progress = None if quiet else (lambda message: click.echo(message, err=True))
    if progress:
        progress(f"model: {model_path}")
    runner = batch.Batch(
        settings,
        load=lambda: load_generator(model_path, settings),
        fmt=fmt,
        keyphrase=keyphrase,
        keep_rejected=keep_rejected,
        progress=progress,
    )
    outcomes = runner.run(jobs)
    if len(outcomes) > 1 or outcomes[0].status in ("error", "skipped"):
        click.echo(batch.summary_table(outcomes), err=True)
    click.get_current_context().exit(batch.exit_code(outcomes))


def main() -> None:
    cli(prog_name="plume")

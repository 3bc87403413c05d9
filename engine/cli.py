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


@cli.command()
@click.argument("article", type=click.Path(dir_okay=False))
@click.option(
    "--source", type=click.Path(allow_dash=True), help="The source article (txt/md/html)."
)
@click.option("--keyphrase", help="Focus keyphrase (default: front matter, else the source's).")
@click.option("--min-words", type=int, help="Minimum body words (default: the source's, or 700).")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
def check(
    article: str, source: str | None, keyphrase: str | None, min_words: int | None, as_json: bool
) -> None:
    """Run the quality gate on ARTICLE (Markdown); exit 0 if it passes, 1 if not."""
    import json

    from engine.checking import check_file, report_table
    from engine.config import Settings

    settings = Settings.from_env(min_words=min_words)
    report = check_file(article, settings, source, keyphrase, min_words)
    if as_json:
        click.echo(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
    else:
        click.echo(report_table(report))
    if not report.passed:
        raise click.exceptions.Exit(1)


def main() -> None:
    cli(prog_name="plume")

"""The one way to rewrite or check an article.

Every entry point — `plume rewrite` (one article or a folder), `plume inspect`, `plume check`,
`plume bench --article`, and the server's `/api/brief`, `/api/rewrite` and `/api/check` — turns
what the user gave into `Options` and calls this module. One rule decides each value
(`engine.brief.min_words_rule`): an option the user gave explicitly (a flag, a form field, an API
field) wins over the source's directive, which wins over the settings. An article is then
written and checked under its own minimum (`settings_for`): the plan's budgets, the text a
section prompt carries and the gate's length check all follow the brief.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from engine.brief import Brief, Facts, make_brief, min_words_rule
from engine.brief.source import Source, read_source, refuse_binary
from engine.config import Settings
from engine.errors import InputError
from engine.output.article import Article, parse_markdown
from engine.text import nlp

if TYPE_CHECKING:  # imported where used: `plume inspect` needs neither the gate nor a writer
    from engine.gate import Report
    from engine.llm import Generator
    from engine.write.draft import Progress
    from engine.write.rewriter import Result

NO_SOURCE = Source(title=None, paragraphs=(), name="")


@dataclass(frozen=True)
class Options:
    """What the user gave explicitly for one article; None: not given (the rule decides)."""

    keyphrase: str | None = None
    min_words: int | None = None

    def checked(self, settings: Settings) -> Options:
        """The options with the keyphrase's spaces tidied; InputError (exit 2, or 422 from
        the server) for a minimum out of the settings' range."""
        if self.min_words is not None:
            settings.replace(min_words=self.min_words)  # validates the range
        keyphrase = " ".join((self.keyphrase or "").split()) or None
        return Options(keyphrase, self.min_words)


def brief_of(source: Source, options: Options, settings: Settings) -> Brief:
    """Source → Brief, by the rule (spaCy passes of articles in flight take turns)."""
    with nlp.exclusive:
        return make_brief(source, settings, options.keyphrase, options.min_words)


def settings_for(brief: Brief, settings: Settings) -> Settings:
    """The settings one article is written and checked under: the brief's own minimum."""
    if settings.min_words == brief.min_words:
        return settings
    return settings.replace(min_words=brief.min_words)


def rewrite_article(
    brief: Brief, settings: Settings, generator: Generator, progress: Progress | None = None
) -> Result:
    """Brief → plan → draft → gate → repair: the article, or the best rejected draft."""
    from engine.write.rewriter import Rewriter

    return Rewriter(generator, settings_for(brief, settings), progress).rewrite(brief)


def check_brief(
    article: Article, options: Options, settings: Settings, source: Source | None = None
) -> Brief:
    """The brief a finished article is checked against. Keyphrase: the one given, else the
    article's front matter, else the source's; the minimum by the rule."""
    keyphrase = options.keyphrase or article.keyphrase or None
    if source is None:
        words, words_from = min_words_rule(options.min_words, NO_SOURCE, settings)
        return Brief(
            keyphrase=keyphrase or "",
            min_words=words,
            title=None,
            facts=Facts(),
            source=NO_SOURCE,
            keyphrase_from="given" if keyphrase else "extracted",
            min_words_from=words_from,
        )
    return brief_of(source, Options(keyphrase, options.min_words), settings)


def check_article(
    article: Article, options: Options, settings: Settings, source: Source | None = None
) -> tuple[Report, Brief]:
    """Gate a finished article: its report, and the brief it was checked against."""
    from engine.gate import run_gate

    brief = check_brief(article, options, settings, source)
    with nlp.exclusive:
        return run_gate(article, brief, settings_for(brief, settings)), brief


def check_file(
    path: str | Path,
    settings: Settings,
    source: str | Path | None = None,
    options: Options | None = None,
) -> Report:
    """`plume check PATH [--source SOURCE]`: the report of a Markdown article file."""
    return check_path(path, settings, source, options)[0]


def check_path(
    path: str | Path,
    settings: Settings,
    source: str | Path | None = None,
    options: Options | None = None,
) -> tuple[Report, Brief]:
    article = read_article(path)
    src = read_source(source) if source is not None else None
    return check_article(article, (options or Options()).checked(settings), settings, src)


def read_article(path: str | Path) -> Article:
    """Parse a Markdown article file; InputError (exit 2) when missing, unreadable or empty."""
    path = Path(path)
    try:
        data = path.read_bytes()
        if not data.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16: "not UTF-8" below
            refuse_binary(data, f"Article {path}")
        text = data.decode("utf-8")
    except FileNotFoundError:
        raise InputError(f"Article {path} does not exist.", "Check the path.") from None
    except IsADirectoryError:
        raise InputError(f"Article {path} is a folder.", "Give one Markdown file.") from None
    except UnicodeDecodeError:
        raise InputError(f"Article {path} is not UTF-8 text.", "Save it as UTF-8.") from None
    except OSError as exc:
        raise InputError(f"Article {path} cannot be read: {exc.strerror}.") from None
    if not text.strip():
        raise InputError(f"Article {path} is empty.", "Give a Markdown article to check.")
    return parse_markdown(text)

"""Input → Source: the article text, its title, and the editor's directives.

CONTRACT (implementation in progress on branch `source`).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal

SourceKind = Literal["txt", "md", "html"]


@dataclass(frozen=True)
class Directives:
    """What the editor's instruction lines ask for (seed-prompt style, English)."""

    min_words: int | None = None  # "create at least 700 words"
    title: str | None = None  # "Customize this title in french<title>": the title to customise
    subheadings: bool = False  # "Let there be subheadings for the article"
    language: str | None = None  # "fr" from "be in french"
    seo: bool = False  # "Make this article seo compatible"
    unknown: tuple[str, ...] = ()  # directive-looking lines not understood: reported, not fed on


@dataclass(frozen=True)
class Source:
    title: str | None  # directive title, else a first-line title, else HTML <title>/<h1>
    paragraphs: tuple[str, ...]
    directives: Directives = Directives()
    notes: tuple[str, ...] = ()  # what was stripped or detected, for the report
    name: str = "-"  # file name, or "-" for stdin

    @property
    def text(self) -> str:
        return "\n\n".join(self.paragraphs)


def parse_source(text: str, *, kind: SourceKind = "txt", name: str = "-") -> Source:
    raise NotImplementedError


def read_source(path: str | Path) -> Source:
    """Read a .txt/.md/.html file, or stdin for "-". InputError (exit 2) when unusable."""
    raise NotImplementedError

"""Where a finding points: the part of the article the repair loop regenerates.

A `Target` prints as the report and the JSON show it: "title", "description", "slug",
"intro", "section:2" (the text under the third subheading), "heading:2" (that subheading
itself). The pipeline repairs in steps that cover several targets: "meta" (the title and the
description, written together) and "headings" (every subheading, rewritten together).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

TargetKind = Literal[
    "title", "description", "slug", "intro", "section", "heading", "meta", "headings"
]
_INDEXED = ("section", "heading")


@dataclass(frozen=True, order=True)
class Target:
    kind: TargetKind
    index: int | None = None  # for "section" and "heading": the index in Article.sections

    def __post_init__(self) -> None:
        if (self.kind in _INDEXED) != (self.index is not None):
            raise ValueError(f"{self.kind} target with index {self.index}")

    def __str__(self) -> str:
        return self.kind if self.index is None else f"{self.kind}:{self.index}"

    @property
    def heading(self) -> Target:
        """The subheading of a section target (a fault of the heading, not of its text)."""
        if self.kind != "section":
            raise ValueError(f"{self} has no subheading")
        return Target("heading", self.index)


TITLE = Target("title")
DESCRIPTION = Target("description")
SLUG = Target("slug")
INTRO = Target("intro")
META = Target("meta")
HEADINGS = Target("headings")


def section(index: int) -> Target:
    return Target("section", index)


def heading(index: int) -> Target:
    return Target("heading", index)

"""The article parsed once by spaCy and shared by every check of a gate run."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

from engine.gate.target import INTRO, Target, section
from engine.output.article import Article
from engine.text import plain_inline
from engine.text.nlp import parse

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span


@dataclass(frozen=True)
class Part:
    """One block of the body, its spaCy Doc and the repair target it belongs to."""

    kind: str  # "heading" or "paragraph"
    level: int
    text: str
    doc: Doc
    target: Target  # the intro, or the section it belongs to


@dataclass(frozen=True)
class ParsedArticle:
    article: Article
    title: Doc
    description: Doc
    keyphrase: Doc
    parts: tuple[Part, ...]

    @property
    def paragraphs(self) -> tuple[Part, ...]:
        return tuple(p for p in self.parts if p.kind == "paragraph")

    @property
    def headings(self) -> tuple[Part, ...]:
        return tuple(p for p in self.parts if p.kind == "heading")

    def sentences(self) -> tuple[tuple[Part, Span], ...]:
        """Every sentence of the body (headings are one sentence each), with its part."""
        return self._sentences

    @cached_property
    def _sentences(self) -> tuple[tuple[Part, Span], ...]:
        # a heading is one sentence whatever the parser says (it cuts « Présidentielle » |
        # « en Colombie » | « : les résultats du second tour »)
        return tuple(
            (part, sent)
            for part in self.parts
            for sent in ((part.doc[:],) if part.kind == "heading" else part.doc.sents)
            if sent.text.strip()
        )


def block_targets(article: Article) -> tuple[Target, ...]:
    """For each body block: the intro before the first heading, else its section."""
    targets, index = [], -1
    for block in article.blocks:
        if block.kind == "heading":
            index += 1
        targets.append(INTRO if index < 0 else section(index))
    return tuple(targets)


def parse_article(article: Article, keyphrase: str) -> ParsedArticle:
    """The title, the description, the keyphrase and each body block parsed (each text once:
    a block a repair round kept comes from engine.text.nlp's cache). The checks read a block as
    its reader does: « *Charlie Hebdo* » is the name Charlie Hebdo, not one with a star in it."""
    blocks = [plain_inline(b.text) for b in article.blocks]
    docs = parse([article.title, article.description, keyphrase, *blocks])
    parts = tuple(
        Part(b.kind, b.level, text, doc, target)
        for b, text, doc, target in zip(
            article.blocks, blocks, docs[3:], block_targets(article), strict=True
        )
    )
    return ParsedArticle(article, docs[0], docs[1], docs[2], parts)

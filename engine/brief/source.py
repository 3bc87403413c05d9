"""Input → Source: the article text, its title, and the editor's directives.

Every input goes the same way once decoded: HTML and Markdown are first reduced to plain text
(and a title), then each line is either an editor directive (see
`engine.brief.directives`), scraping debris, or article text. Paragraphs are split at blank
lines; a text without any blank line (seed 000) has one paragraph per line. A first line that
is short, has no final punctuation and is followed by a blank line is the title (the Wikinews
corpus is written so).
"""

from __future__ import annotations

import dataclasses
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from engine.brief.directives import DirectiveFindings, is_debris, read_directive
from engine.brief.html_text import html_to_text
from engine.brief.stories import looks_like_title, several_stories
from engine.config import Settings
from engine.errors import InputError
from engine.text import plain_inline
from engine.text.patterns import looks_english

SourceKind = Literal["txt", "md", "html"]

SUFFIXES: dict[str, SourceKind] = {
    ".txt": "txt",
    ".text": "txt",
    ".md": "md",
    ".markdown": "md",
    ".html": "html",
    ".htm": "html",
}
_HTML_COMMENT = re.compile(r"<!--.*?(?:-->|\Z)", re.S)
_MD_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)(?:\s+#+)?\s*$")
_LOOKS_MARKDOWN = re.compile(
    r"^\s{0,3}#{1,6}\s+\S|^\s*<!--|^---\s*$|\[[^\]\n]+\]\([^)\s]+\)|^\s{0,3}\*\*[^*\n]+\*\*\s*$",
    re.M,
)
_LOOKS_HTML = re.compile(r"^\s*(?:<!doctype html|<html\b|<head\b|<body\b|<p\b|<div\b)", re.I)


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
    """Parse decoded input text. InputError (exit 2) when no article text is left."""
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    markup_title: str | None = None
    if kind == "html":
        markup_title, text = html_to_text(text)
    elif kind == "md":
        markup_title, text = _markdown_to_text(text)
    found = DirectiveFindings()
    notes: list[str] = []
    kept: list[str] = []
    for line in text.split("\n"):
        if is_debris(line):
            notes.append(f"stripped debris: {line.strip()!r}")
        elif line.strip() and read_directive(line, found):
            notes.append(f"directive: {line.strip()!r}")
        else:
            kept.append(line.rstrip())
    first_line_title, paragraphs = _split_paragraphs(
        kept, wrapped=kind != "txt", titled=markup_title is not None
    )
    if not paragraphs:
        raise InputError(
            f"{name}: no article text found"
            + (" (only editor directives and debris)." if notes else "."),
            "Give a French article: plain text, Markdown or HTML, paragraphs separated by blank "
            "lines.",
        )
    for clause in found.unknown:
        notes.append(f"directive not understood, ignored: {clause!r}")
    if found.min_words is not None:
        _check_length_directive(found.min_words, name)
    language_note = _language_note(paragraphs)
    if language_note:
        notes.append(language_note)
    several = several_stories(found.title or markup_title or first_line_title, paragraphs)
    if several:
        notes.append(several)
    directives = Directives(
        min_words=found.min_words,
        title=found.title,
        subheadings=found.subheadings,
        language=found.language,
        seo=found.seo,
        unknown=tuple(found.unknown),
    )
    return Source(
        title=found.title or markup_title or first_line_title,
        paragraphs=paragraphs,
        directives=directives,
        notes=tuple(notes),
        name=name,
    )


def read_source(path: str | Path, kind: SourceKind | None = None) -> Source:
    """Read a .txt/.md/.html file, or stdin for "-". InputError (exit 2) when unusable.

    `kind` forces the format; without it, the suffix tells, and stdin (or a file without a
    suffix) is sniffed: HTML, Markdown (headings, comments, links), else plain text."""
    if str(path) == "-":
        data = sys.stdin.buffer.read()
        name = "-"
    else:
        file = Path(path)
        kind = kind or _kind_of(file)
        try:
            data = file.read_bytes()
        except FileNotFoundError:
            raise InputError(f"{file}: no such file.", "Check the path and try again.") from None
        except IsADirectoryError:
            raise InputError(
                f"{file} is a folder, not a file.", "Give one article file here."
            ) from None
        except OSError as exc:
            raise InputError(f"{file}: cannot be read ({exc.strerror}).", None) from None
        name = str(file)
    text, kind, decoding_note = decode_named(data, name, kind)
    source = parse_source(text, kind=kind, name=name)
    if decoding_note:
        source = Source(
            source.title, source.paragraphs, source.directives,
            (decoding_note, *source.notes), source.name,
        )  # fmt: skip
    return source


def sniff(text: str) -> SourceKind:
    """The format of an input without a name: HTML, Markdown, else plain text."""
    if _LOOKS_HTML.match(text):
        return "html"
    return "md" if _LOOKS_MARKDOWN.search(text) else "txt"


def decode_named(
    data: bytes, name: str, kind: SourceKind | None = None
) -> tuple[str, SourceKind, str | None]:
    """Bytes of the file `name` → (text, kind, decoding note). The kind: given, else the
    name's suffix, else sniffed from the content. InputError when unusable."""
    if kind is None and name != "-":
        kind = _kind_of(Path(name))
    text, note = decode(data, name)
    return text, kind or sniff(text), note


def decode(data: bytes, name: str = "-") -> tuple[str, str | None]:
    """Bytes → text: UTF-8, else cp1252 (then latin-1) with a note. InputError when unusable."""
    text, note = _decode(data, name)
    if not text.strip():  # Unicode whitespace too (NBSP, U+2028, separators)
        raise InputError(f"{name} is empty.", "Give the text of a French article.")
    return text, note


# Documents that are not text, by their first bytes: named in the message.
_BINARY_MAGIC = {
    b"%PDF-": "a PDF document",
    b"PK\x03\x04": "a ZIP archive (a .docx or .odt document is one)",
    b"\xd0\xcf\x11\xe0": "an old Word or Excel document",
    b"{\\rtf": "an RTF document",
}
_AS_TEXT = "Give the article as plain text (.txt), Markdown (.md) or HTML (.html), in UTF-8."


def refuse_binary(data: bytes, name: str) -> None:
    """InputError (exit 2) for a document format or a file holding NUL bytes: not text."""
    for magic, what in _BINARY_MAGIC.items():
        if data.startswith(magic):
            raise InputError(
                f"{name} is {what}, not text.",
                "Copy the article's text out of it (or export it as text), then give that file.",
            )
    if b"\x00" in data[:8192]:
        raise InputError(
            f"{name} looks like a binary file (it holds NUL bytes), not text.", _AS_TEXT
        )


def _decode(data: bytes, name: str) -> tuple[str, str | None]:
    refuse_binary(data, name)
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError:
        pass
    for encoding in ("cp1252", "latin-1"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\n\r\t\f")
        controls += sum(1 for ch in text if 0x80 <= ord(ch) < 0xA0)
        if controls <= len(text) // 100:
            return text, f"{name} is not UTF-8: read as {encoding}"
    raise InputError(
        f"{name} cannot be decoded: it is neither UTF-8 nor cp1252/latin-1 text.",
        "Save the article as UTF-8 text (for example: iconv -t UTF-8 FILE > FILE.txt).",
    )


def _check_length_directive(words: int, name: str) -> None:
    """A directive may ask for any length the `min_words` setting accepts, and no other."""
    limits = next(f.metadata for f in dataclasses.fields(Settings) if f.name == "min_words")
    low, high = limits["ge"], limits["le"]
    if not low <= words <= high:
        raise InputError(
            f"{name}: the directive asks for {words:,} words; Plume writes articles of "
            f"{low:,} to {high:,} words.",
            f"Change the directive's length to a number from {low} to {high}, or remove it.",
        )


def _language_note(paragraphs: tuple[str, ...]) -> str | None:
    """A note when the article reads as English (the gate's stopword test): it is allowed,
    and the rewrite is still French."""
    if looks_english(" ".join(paragraphs)):
        return "the source is not French (it reads as English): the article is written in French"
    return None


def _kind_of(file: Path) -> SourceKind | None:
    suffix = file.suffix.lower()
    if suffix in SUFFIXES:
        return SUFFIXES[suffix]
    if suffix == "":
        return None  # sniffed from the content
    raise InputError(
        f"{file}: unsupported file type {suffix!r}.",
        "Give a .txt, .md or .html file.",
        cli="At the command line, - reads stdin.",
    )


def _markdown_to_text(text: str) -> tuple[str | None, str]:
    """Drop HTML comments; the first H1 is the title, other headings close paragraphs."""
    text = _HTML_COMMENT.sub("", text)
    title: str | None = None
    lines: list[str] = []
    for line in text.split("\n"):
        heading = _MD_HEADING.match(line)
        if heading and heading.group(1) == "#" and title is None:
            title = plain_inline(heading.group(2))
            lines.append("")
        elif heading:
            lines.extend(["", plain_inline(heading.group(2)), ""])
        else:
            lines.append(plain_inline(line))
    return title, "\n".join(lines)


# A run of spaces inside a paragraph is one space (« va embaucher 3  000 personnes » is 3 000:
# a source pasted from a page keeps the double space a non-breaking one left behind).
_SPACE_RUN = re.compile(r"[ \t]{2,}")


def _split_paragraphs(
    lines: list[str], *, wrapped: bool = False, titled: bool = False
) -> tuple[str | None, tuple[str, ...]]:
    """(first-line title or None, paragraphs): blank lines split; without any, each line does,
    unless the text is `wrapped` (Markdown, HTML: a paragraph's lines stay joined). With a title
    of its own (`titled`: a Markdown H1), the first line is text, never lost to a title."""
    while lines and not lines[0].strip():
        lines = lines[1:]
    blocks: list[list[str]] = [[]]
    for line in lines:
        if line.strip():
            blocks[-1].append(line.strip())
        elif blocks[-1]:
            blocks.append([])
    blocks = [b for b in blocks if b]
    if len(blocks) == 1 and not wrapped:  # no blank line at all: one paragraph per line
        blocks = [[line] for line in blocks[0]] if blocks else []
    title = None
    one_line = len(blocks) > 1 and len(blocks[0]) == 1
    if not titled and one_line and looks_like_title(blocks[0][0]):
        title = blocks.pop(0)[0]
    return title, tuple(_SPACE_RUN.sub(" ", " ".join(block)) for block in blocks)

"""Article: the Markdown output format of Plume, parsed and rendered (md, html, json).

Markdown form: YAML front matter (title, description, slug, keyphrase, date — the source's
dateline —, words, model, generated), then `# Title` and the body: paragraphs and `##`/`###`
subheadings. The parser keeps what it sees (every heading with its level, even a second H1), so
the gate can judge the structure.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Literal

from engine.text import fold
from engine.text.lexicon import words

# A closing run of #s needs a space before it (CommonMark): "## C#" is about C#.
_HEADING = re.compile(r"^(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$")
_ENDS_LIKE_CLOSING = re.compile(r"(?:^|\s)#+$")
_BARE_HEADING = re.compile(r"^(#{1,6})[ \t]*$")
# Characters YAML reads as line breaks (NEL, U+2028/9) or refuses (C1 controls, surrogates…).
_YAML_UNSAFE = re.compile("[\x7f-\x9f\u2028\u2029\ud800-\udfff\ufeff\ufffe\uffff]")
_ELISIONS = frozenset({"l", "d", "s", "n", "j", "m", "t", "c", "qu"})  # l'OTAN → otan
# Words a slug leaves out: articles, prepositions… (engine/text/lexicon/slug_stopwords.txt).
_SLUG_STOPWORDS = words("slug_stopwords")


@dataclass(frozen=True)
class Block:
    kind: Literal["heading", "paragraph"]
    text: str
    level: int = 0  # 1–6 for headings


@dataclass(frozen=True)
class Section:
    """A subheading (H2 or H3) and the paragraphs under it, up to the next heading."""

    heading: str
    level: int
    paragraphs: tuple[str, ...]


@dataclass(frozen=True)
class Article:
    title: str
    blocks: tuple[Block, ...]  # the body after the title, in order
    description: str = ""
    slug: str = ""
    keyphrase: str = ""
    meta: Mapping[str, str] = field(default_factory=dict)  # other front matter
    h1_count: int = 1  # H1 lines in the file (the title's included)

    @property
    def intro(self) -> tuple[str, ...]:
        """Paragraphs before the first subheading."""
        out = []
        for block in self.blocks:
            if block.kind == "heading":
                break
            out.append(block.text)
        return tuple(out)

    @property
    def sections(self) -> tuple[Section, ...]:
        sections: list[Section] = []
        heading: Block | None = None
        paragraphs: list[str] = []
        for block in self.blocks:
            if block.kind == "heading":
                if heading is not None:
                    sections.append(Section(heading.text, heading.level, tuple(paragraphs)))
                heading, paragraphs = block, []
            elif heading is not None:
                paragraphs.append(block.text)
        if heading is not None:
            sections.append(Section(heading.text, heading.level, tuple(paragraphs)))
        return tuple(sections)

    @property
    def paragraphs(self) -> tuple[str, ...]:
        return tuple(b.text for b in self.blocks if b.kind == "paragraph")

    def body_markdown(self) -> str:
        """The body without title and front matter: what the word count is taken over."""
        parts = [
            heading_line(b.level, b.text) if b.kind == "heading" else b.text for b in self.blocks
        ]
        return "\n\n".join(parts)

    def with_blocks(self, blocks: tuple[Block, ...]) -> Article:
        return replace(self, blocks=blocks)


def heading_line(level: int, text: str) -> str:
    """A Markdown heading on one line; a text ending in " #" gets a closing run to keep it."""
    text = " ".join(text.split())
    closing = " #" if _ENDS_LIKE_CLOSING.search(text) else ""
    return f"{'#' * level} {text}{closing}"


# --- parsing ------------------------------------------------------------------------------


def parse_markdown(text: str) -> Article:
    """Parse Plume's Markdown (front matter optional). Never raises on odd input."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    front, body = _split_front_matter(text)
    title = ""
    h1_count = 0
    blocks: list[Block] = []
    lines: list[str] = []

    def flush() -> None:
        if lines:
            blocks.append(Block("paragraph", "\n".join(lines)))
            lines.clear()

    for raw in body.split("\n"):
        line = raw.strip()  # an indented "## x" is a heading too: it is one once rendered
        match = _HEADING.match(line) or _BARE_HEADING.match(line)
        if match:
            flush()
            level = len(match.group(1))
            heading = match.group(2).strip() if match.lastindex and match.lastindex > 1 else ""
            if level == 1:
                h1_count += 1
                if not title and not blocks:
                    title = heading
                    continue
            blocks.append(Block("heading", heading, level))
        elif line:
            lines.append(line)
        else:
            flush()
    flush()
    known = {k: front.pop(k, "") for k in ("title", "description", "slug", "keyphrase")}
    return Article(
        title=title or known["title"],
        blocks=tuple(blocks),
        description=known["description"],
        slug=known["slug"],
        keyphrase=known["keyphrase"],
        meta=front,
        h1_count=h1_count,
    )


def _split_front_matter(text: str) -> tuple[dict[str, str], str]:
    if not text.startswith("---\n"):
        return {}, text
    end = text.find("\n---", 3)
    if end < 0:
        return {}, text
    after = text.find("\n", end + 4)
    body = text[after + 1 :] if after >= 0 else ""
    values: dict[str, str] = {}
    for line in text[4:end].split("\n"):
        key, sep, value = line.partition(":")
        if sep and key.strip() and not key.startswith((" ", "\t", "#")):
            values[key.strip()] = _yaml_scalar(value.strip())
    return values, body


def _yaml_scalar(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] == '"':
        try:
            return str(json.loads(value))
        except ValueError:
            return value[1:-1]
    if len(value) >= 2 and value[0] == value[-1] == "'":
        return value[1:-1].replace("''", "'")
    return value


# --- rendering ----------------------------------------------------------------------------


def render_markdown(article: Article, extra: Mapping[str, object] | None = None) -> str:
    """Front matter (values quoted safely) + `# Title` + body; a rejected draft's `status`
    and `failed` checks come first, where an editor or a CMS import sees them."""
    extra = dict(extra or {})
    verdict = {key: extra.pop(key) for key in ("status", "failed") if key in extra}
    fields: dict[str, object] = {
        **verdict,
        "title": article.title,
        "description": article.description,
        "slug": article.slug,
        "keyphrase": article.keyphrase,
        **article.meta,
        **extra,
    }
    lines = ["---"]
    for key, value in fields.items():
        safe_key = re.sub(r"[^A-Za-z0-9_-]", "_", str(key))
        if isinstance(value, bool) or not isinstance(value, int | float):
            value = _yaml_quoted(str(value))
        lines.append(f"{safe_key}: {value}")
    lines.append("---")
    title = heading_line(1, article.title)
    return "\n".join(lines) + f"\n\n{title}\n\n{article.body_markdown()}\n"


def _yaml_quoted(value: str) -> str:
    """A double-quoted scalar that YAML (1.1 and 1.2) and JSON both read back as `value`."""
    quoted = json.dumps(value, ensure_ascii=False)
    return _YAML_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", quoted)


def render_html(
    article: Article, extra: Mapping[str, object] | None = None, rejected: Sequence[str] = ()
) -> str:
    """A full page; every piece of text is escaped, JSON-LD cannot close its script tag.

    A draft the gate `rejected` (the failed checks) is kept out of search engines (noindex),
    has no JSON-LD and opens with a banner naming the failed checks."""
    esc = html.escape
    body = [f"<h1>{esc(article.title)}</h1>"]
    if rejected:
        body.insert(
            0,
            '<p class="plume-rejected" style="border:3px solid #b00;padding:1em;'
            'color:#b00;font-weight:bold">REJECTED DRAFT, NOT FOR PUBLICATION: the quality gate '
            f"failed {esc(', '.join(rejected))}.</p>",
        )
    for block in article.blocks:
        if block.kind == "heading":
            level = min(max(block.level, 2), 6)
            body.append(f"<h{level}>{esc(block.text)}</h{level}>")
        else:
            body.append(f"<p>{esc(block.text).replace(chr(10), '<br>' + chr(10))}</p>")
    json_ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": article.title,
        "description": article.description,
        "keywords": article.keyphrase,
        "inLanguage": "fr",
    }
    if extra and extra.get("date"):
        json_ld["datePublished"] = str(extra["date"])  # the source's dateline
    if extra and extra.get("generated"):
        json_ld["dateCreated"] = str(extra["generated"])
    ld = json.dumps(json_ld, ensure_ascii=False, indent=2)
    ld = ld.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    head = (
        '<meta name="robots" content="noindex">\n'
        if rejected
        else f'<script type="application/ld+json">\n{ld}\n</script>\n'
    )
    return (
        "<!DOCTYPE html>\n"
        '<html lang="fr">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{esc(article.title)}</title>\n"
        f'<meta name="description" content="{esc(article.description)}">\n'
        + head
        + "</head>\n<body>\n<article>\n"
        + "\n".join(body)
        + "\n</article>\n</body>\n</html>\n"
    )


def article_dict(article: Article) -> dict[str, object]:
    """The article as plain data, for the JSON output."""
    return {
        "title": article.title,
        "description": article.description,
        "slug": article.slug,
        "keyphrase": article.keyphrase,
        "markdown": article.body_markdown(),
        "sections": [s.heading for s in article.sections],
    }


def slug_words(text: str) -> list[str]:
    """The words of `text` a slug is made of, in order, each once: lowercase ASCII (« œ » → oe),
    apostrophes and dashes separating words, elisions and function words dropped."""
    spaced = re.sub(r"[\W_]+", " ", text)  # apostrophes and dashes separate words
    found = re.findall(r"[a-z0-9]+", fold(spaced))
    return list(dict.fromkeys(w for w in found if w not in _ELISIONS and w not in _SLUG_STOPWORDS))


def slugify(text: str, max_chars: int = 75, keep: Sequence[str] = ()) -> str:
    """`text`'s slug words joined by hyphens, within `max_chars`: the last words go first,
    except those in `keep` (the keyphrase's), then the slug is cut at a word boundary."""
    words = slug_words(text)
    while len("-".join(words)) > max_chars and any(w not in keep for w in words):
        words.remove(next(w for w in reversed(words) if w not in keep))
    slug = ""
    for word in words:
        candidate = f"{slug}-{word}" if slug else word
        if len(candidate) > max_chars:
            break
        slug = candidate
    return slug

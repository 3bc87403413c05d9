"""Property-based tests: arbitrary Unicode, odd headings and odd front matter never crash the
source parser, the Markdown parser or a gate check, and Markdown round-trips keep the article."""

from __future__ import annotations

import dataclasses

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from engine.brief.source import decode, parse_source
from engine.config import Settings
from engine.errors import InputError
from engine.gate import HARD_CHECKS, SOFT_CHECKS, run_gate
from engine.output.article import Article, Block, parse_markdown, render_markdown
from engine.usecase import Options, check_brief

SOME = settings(max_examples=100, deadline=None)
FEW = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Text that exercises the parsers: Markdown and HTML syntax, French punctuation, line breaks of
# every kind, controls and any other character.
SYNTAX = st.sampled_from(
    ["#", "## ", "---\n", "\n", "\n\n", ": ", '"', "'", "<p>", "</p>", "<script>", "<!--", "-->",
     "*", "**", "`", "[a](b)", "«", "»", "\r\n", "\u2028", "\x85", "\ufeff", " ", "\t",
     "create at least 800 words", "Source link -3", "Customize this title in french"]
)  # fmt: skip
TEXT = st.lists(st.one_of(SYNTAX, st.text(max_size=12)), max_size=30).map("".join)
LINE = st.text(st.characters(exclude_characters="\n\r"), max_size=40)


@SOME
@given(TEXT, st.sampled_from(["txt", "md", "html"]))
def test_source_parser_never_crashes(text: str, kind: str) -> None:
    try:
        source = parse_source(text, kind=kind, name="x")
    except InputError as exc:
        assert str(exc).startswith("x")
        return
    assert source.paragraphs and all(p and p == p.strip() for p in source.paragraphs)
    assert source.title is None or source.title.strip()
    words = source.directives.min_words
    assert words is None or 50 <= words <= 20000


@SOME
@given(st.binary(max_size=300))
@example(b"\x1c\xc2\xa0")  # Unicode whitespace only (separator, NBSP): empty
def test_decoding_any_bytes_gives_text_or_a_clear_refusal(data: bytes) -> None:
    try:
        text, note = decode(data, "x")
    except InputError as exc:
        assert exc.hint
        return
    assert text.strip()
    assert note is None or note.startswith("x is not UTF-8: read as ")


def canonical(article: Article) -> tuple:
    """What a Markdown file says of an article (a heading is one line, spaces collapsed)."""
    one_line = " ".join
    blocks = tuple(
        (b.kind, one_line(b.text.split()) if b.kind == "heading" else b.text, b.level)
        for b in article.blocks
    )
    fields = (article.description, article.slug, article.keyphrase, dict(article.meta))
    return (one_line(article.title.split()), blocks, *fields)


@SOME
@given(TEXT)
def test_markdown_parse_render_parse_keeps_the_article(text: str) -> None:
    first = parse_markdown(text)
    second = parse_markdown(render_markdown(first))
    assert canonical(second) == canonical(first)


@st.composite
def articles(draw: st.DrawFn) -> Article:
    """Articles as Plume builds them: one-line title and headings, paragraphs of lines."""
    heading = LINE.map(lambda s: " ".join(s.split())).filter(bool)
    line = LINE.map(str.strip).filter(lambda s: s and not s.startswith("#"))
    paragraph = st.lists(line, min_size=1, max_size=3).map("\n".join)
    block = st.one_of(
        st.builds(Block, st.just("heading"), heading, st.integers(2, 6)),
        st.builds(Block, st.just("paragraph"), paragraph),
    )
    value = st.text(max_size=30).map(str.strip)
    key = st.from_regex(r"[a-z][a-z0-9_]{0,8}", fullmatch=True).filter(
        lambda k: k not in ("title", "description", "slug", "keyphrase")
    )
    return Article(
        title=draw(heading),
        blocks=tuple(draw(st.lists(block, max_size=8))),
        description=draw(value),
        slug=draw(value),
        keyphrase=draw(value),
        meta=draw(st.dictionaries(key, value, max_size=3)),
    )


@SOME
@given(articles())
@example(Article("Le langage C#", (Block("heading", "Numéro #", 2), Block("heading", "#", 3))))
def test_rendered_article_parses_back_exactly(article: Article) -> None:
    assert parse_markdown(render_markdown(article)) == article


@FEW
@given(
    st.lists(st.one_of(st.sampled_from(["# ", "## ", "### ", "\n\n", "\n"]), LINE), max_size=12),
    st.sampled_from(["", "pont Mathilde", "l'OTAN", "«»", "   "]),
    st.one_of(st.none(), TEXT),
)
def test_every_gate_check_survives_odd_articles(parts, keyphrase, source_text) -> None:
    article = parse_markdown("".join(parts))
    article = dataclasses.replace(article, keyphrase=keyphrase, description="".join(parts[:3]))
    try:
        source = None if source_text is None else parse_source(source_text, name="s")
    except InputError:
        source = None
    brief = check_brief(article, Options(), Settings(), source)
    report = run_gate(article, brief, Settings())
    assert {f.id for f in report.findings} <= set(HARD_CHECKS + SOFT_CHECKS)
    assert {f.id for f in report.findings} >= set(HARD_CHECKS)  # every hard check answers
    assert set(report.failed) <= set(HARD_CHECKS)


def test_a_heading_ending_in_a_hash_keeps_it() -> None:
    article = parse_markdown("# Le langage C#\n\n## F# et C# ##\n\nTexte.\n")
    assert (article.title, article.sections[0].heading) == ("Le langage C#", "F# et C#")
    assert parse_source("## Le langage C#\n\nTexte.", kind="md").title == "Le langage C#"

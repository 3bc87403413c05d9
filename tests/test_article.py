"""The Markdown article format: parsing keeps what the gate must judge; rendering is safe."""

from __future__ import annotations

from engine.output.article import (
    Block,
    parse_markdown,
    render_html,
    render_markdown,
    slug_words,
    slugify,
)

ARTICLE = """---
title: "L'OTAN regarde vers le sud: un tournant"
description: 'L''alliance veut parler au voisinage sud.'
slug: otan-voisinage-sud
keyphrase: OTAN voisinage sud
words: 812
---

# L'OTAN regarde vers le sud: un tournant

Premier paragraphe
sur deux lignes.

## Une stratégie d'ici juillet
Texte collé au titre.

### Un détail

Para.
"""


def test_parse_front_matter_title_and_blocks() -> None:
    a = parse_markdown(ARTICLE)
    assert a.title == "L'OTAN regarde vers le sud: un tournant"
    assert a.description == "L'alliance veut parler au voisinage sud."
    assert (a.slug, a.keyphrase) == ("otan-voisinage-sud", "OTAN voisinage sud")
    assert a.meta == {"words": "812"}
    assert a.intro == ("Premier paragraphe\nsur deux lignes.",)
    assert [(s.heading, s.level, s.paragraphs) for s in a.sections] == [
        ("Une stratégie d'ici juillet", 2, ("Texte collé au titre.",)),
        ("Un détail", 3, ("Para.",)),
    ]
    assert a.h1_count == 1


def test_second_h1_and_empty_heading_are_kept_for_the_gate() -> None:
    a = parse_markdown("# Titre\n\nIntro.\n\n# Encore un titre\n\n##\n\nTexte.\n")
    assert a.h1_count == 2
    assert a.blocks[1] == Block("heading", "Encore un titre", 1)
    assert a.blocks[2] == Block("heading", "", 2)


def test_plain_markdown_without_front_matter() -> None:
    a = parse_markdown("# Titre\n\nTexte.\n")
    assert (a.title, a.description, a.slug) == ("Titre", "", "")
    assert a.paragraphs == ("Texte.",)


def test_markdown_round_trip() -> None:
    a = parse_markdown(ARTICLE)
    assert parse_markdown(render_markdown(a)) == a


def test_front_matter_values_cannot_inject_keys() -> None:
    a = parse_markdown("# T\n\nx\n")
    evil = a.__class__(title='T"\nadmin: true', blocks=a.blocks, description="a: b\n---\n# X")
    text = render_markdown(evil)
    back = parse_markdown(text)
    assert back.title == 'T" admin: true'  # a title is one line
    assert back.description == "a: b\n---\n# X"
    assert "admin" not in back.meta


def test_html_escapes_everything() -> None:
    a = parse_markdown("# <script>alert(1)</script>\n\n## A & B\n\nTexte <b>gras</b>.\n")
    a = a.__class__(
        title=a.title, blocks=a.blocks, description='"><script>x</script>', keyphrase="</script>"
    )
    page = render_html(a)
    assert "<script>alert" not in page
    assert "<title>&lt;script&gt;alert(1)&lt;/script&gt;</title>" in page
    assert "<h2>A &amp; B</h2>" in page
    assert "<p>Texte &lt;b&gt;gras&lt;/b&gt;.</p>" in page
    assert 'content="&quot;&gt;&lt;script&gt;x&lt;/script&gt;"' in page
    assert page.count("</script>") == 1  # only the JSON-LD block's own closing tag
    assert '"@type": "NewsArticle"' in page


def test_a_slug_drops_function_words_and_keeps_words_of_meaning() -> None:
    """The slug's list (lexicon/slug_stopwords.txt) is not the language check's
    (stopwords_fr.txt) on purpose: « pas », « plus », « sans » are French stopwords, never
    dropped from a slug."""
    from engine.text.lexicon import words
    from engine.text.patterns import FRENCH_STOPWORDS, looks_english

    text = "Le maire ne rouvre pas le pont sans l'accord de la préfecture, plus tard qu'en août"
    assert slug_words(text) == [
        "maire", "ne", "rouvre", "pas", "pont", "sans", "accord", "prefecture", "plus", "tard",
        "aout",
    ]  # fmt: skip
    assert words("stopwords_fr") == FRENCH_STOPWORDS
    assert {"pas", "plus"} <= FRENCH_STOPWORDS
    assert not looks_english(text)
    assert looks_english(
        "The mayor said that the bridge will not be open to traffic before it is safe"
    )


def test_slugify() -> None:
    assert slugify("L’OTAN envisage de s’implanter dans son voisinage sud") == (
        "otan-envisage-implanter-voisinage-sud"
    )
    assert slugify("Chômage : août 2016") == "chomage-aout-2016"
    assert len(slugify("mot " * 40, max_chars=20)) <= 20

"""Each text is parsed once: the brief's source parse serves the gate, a repair round parses only
what it rewrote, and the fidelity check reads the gate's parse instead of parsing again."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from engine.brief import make_brief
from engine.brief.source import read_source
from engine.config import Settings
from engine.gate import run_gate
from engine.output.article import Article, Block, parse_markdown
from engine.text import nlp

DATA = Path(__file__).parent / "data"
SETTINGS = Settings()


@pytest.fixture
def parsed_texts(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every text spaCy is asked to parse from now on."""
    model = nlp.french()
    seen: list[str] = []
    real_pipe = model.pipe

    def pipe(texts, *args, **kwargs):
        texts = list(texts)
        seen.extend(texts)
        return real_pipe(texts, *args, **kwargs)

    monkeypatch.setattr(model, "pipe", pipe)
    return seen


def rouen() -> Article:
    return parse_markdown((DATA / "rouen-good.md").read_text(encoding="utf-8"))


def test_the_gate_parses_each_text_once_and_reuses_the_source_parse(parsed_texts) -> None:
    nlp.clear_cache()
    source = read_source(DATA / "wikinews" / "22.txt")
    article = rouen()
    brief = make_brief(source, SETTINGS, article.keyphrase)
    assert parsed_texts == [source.title, *source.paragraphs]  # the brief: one parse
    parsed_texts.clear()
    report = run_gate(article, brief, SETTINGS)
    assert report.passed
    texts = [article.title, article.description, article.keyphrase]
    assert parsed_texts == [*texts, *(b.text for b in article.blocks)]  # no second parse
    parsed_texts.clear()
    assert run_gate(article, brief, SETTINGS) == report
    assert parsed_texts == []  # the same draft again: nothing to parse


def test_a_repair_round_parses_only_the_rewritten_section(parsed_texts) -> None:
    source = read_source(DATA / "wikinews" / "22.txt")
    article = rouen()
    brief = make_brief(source, SETTINGS, article.keyphrase)
    run_gate(article, brief, SETTINGS)
    blocks, section, rewritten = list(article.blocks), -1, []
    for i, block in enumerate(blocks):
        section += block.kind == "heading"
        if section == 2 and block.kind == "paragraph":
            blocks[i] = Block("paragraph", block.text + " Les experts restent prudents.")
            rewritten.append(blocks[i].text)
    parsed_texts.clear()
    run_gate(dataclasses.replace(article, blocks=tuple(blocks)), brief, SETTINGS)
    assert parsed_texts == rewritten


def test_parse_returns_the_same_doc_for_the_same_text_and_forgets_the_oldest(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    nlp.clear_cache()
    first, again = nlp.parse(["Le pont rouvre.", "Le pont rouvre."])
    assert first is again and first.text == "Le pont rouvre."
    assert nlp.parse(["Le pont rouvre."])[0] is first
    monkeypatch.setattr(nlp, "CACHE_SIZE", 2)
    nlp.parse(["Un.", "Deux."])  # the first text is now the oldest of three: forgotten
    assert nlp.parse(["Le pont rouvre."])[0] is not first


def test_a_repair_round_reads_the_statements_of_the_rewritten_section_only(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from engine.gate import statements

    source = read_source(DATA / "wikinews" / "22.txt")
    article = rouen()
    brief = make_brief(source, SETTINGS, article.keyphrase)
    first = run_gate(article, brief, SETTINGS)
    read: list[str] = []
    real = statements._read_doc

    def reading(doc, last_person, words):
        read.append(doc.text)
        return real(doc, last_person, words)

    monkeypatch.setattr(statements, "_read_doc", reading)
    assert run_gate(article, brief, SETTINGS) == first
    assert read == []  # the same draft: every statement read before
    blocks = list(article.blocks)
    last = max(i for i, b in enumerate(blocks) if b.kind == "paragraph")
    blocks[last] = Block("paragraph", blocks[last].text + " Les experts restent prudents.")
    run_gate(dataclasses.replace(article, blocks=tuple(blocks)), brief, SETTINGS)
    assert read == [blocks[last].text]
    statements.clear_cache()
    read.clear()
    run_gate(article, brief, SETTINGS)
    assert blocks[last].text not in read and len(read) > len(article.blocks)  # all read again

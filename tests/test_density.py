"""`keyphrase` density (engine.gate.density): the keyphrase counts once per sentence that holds
all its content words, and a heading is one sentence — the parser cuts some headings in pieces
(« Présidentielle » | « en Colombie » | « : les résultats … »), which hid the keyphrase of
honest H2s from the count (issue 19, blind honest rewrites w1-05 and w4-22)."""

from __future__ import annotations

import pytest

from engine.gate.density import content_words, occurrences
from engine.gate.parsed import parse_article
from engine.output.article import Article, Block


@pytest.mark.parametrize(
    ("keyphrase", "heading"),
    [
        ("présidentielle en Colombie", "Présidentielle en Colombie : les résultats du second tour"),
        ("pont Mathilde", "Ce qu'il faut retenir de l'incendie du pont Mathilde"),
        ("pont Mathilde", "Plus de 80 pompiers mobilisés sur le pont Mathilde"),
    ],
)
def test_a_heading_holding_the_keyphrase_counts_once(keyphrase: str, heading: str) -> None:
    article = Article(title="", blocks=(Block("heading", heading, 2),))
    parsed = parse_article(article, keyphrase)
    keywords = content_words(parsed.keyphrase)
    sentences = parsed.sentences()
    assert [s.text for _, s in sentences] == [heading]
    assert sum(occurrences(s, keywords) for _, s in sentences) == 1


def test_paragraph_sentences_are_counted_apart() -> None:
    text = "Le pont Mathilde brûle. Les pompiers arrivent. Le pont Mathilde est fermé."
    parsed = parse_article(Article(title="", blocks=(Block("paragraph", text),)), "pont Mathilde")
    keywords = content_words(parsed.keyphrase)
    assert [occurrences(s, keywords) for _, s in parsed.sentences()] == [1, 0, 1]

"""`repetition` (engine.gate.repetition): what the design forbids — a paragraph or a sentence of
≥ 8 words said twice, text that loops — and only that. A name or noun phrase of the source said
in several places and a summary restating a fact in new words are honest writing (issue 19: the
blind honest rewrites drew 29 false `repetition` findings, none of them a repeated sentence)."""

from __future__ import annotations

import pytest

from engine.brief import Brief, Facts
from engine.brief.source import Source
from engine.config import Settings
from engine.gate.parsed import parse_article
from engine.gate.repetition import check_repetition, loop_at
from engine.output.article import Block, parse_markdown

SETTINGS = Settings()
BRIEF = Brief("primaire", 700, None, Facts(), Source(None, (), name=""))
INTRO = (
    "Le 8 mars 2016, la députée a officialisé sa candidature à la primaire de la droite et du "
    "centre. Elle rejoint une liste déjà longue de prétendants."
)


def findings(*paragraphs: str) -> list[tuple[str, str | None]]:
    """(message, target) of each failed `repetition` finding on an article of these paragraphs,
    the first one the intro and each other one a section of its own."""
    blocks = [Block("paragraph", paragraphs[0])]
    for n, text in enumerate(paragraphs[1:]):
        blocks += [Block("heading", f"Partie {n}", 2), Block("paragraph", text)]
    article = parse_markdown("# Titre\n\nx\n").with_blocks(tuple(blocks))
    parsed = parse_article(article, BRIEF.keyphrase)
    return [
        (f.message, None if f.target is None else str(f.target))
        for f in check_repetition(parsed, BRIEF, SETTINGS)
        if not f.passed
    ]


@pytest.mark.parametrize(
    "later",
    [
        # the source's own noun phrase, said again in a new sentence
        "La primaire de la droite et du centre désignera à la fin de l'année le candidat du parti.",
        # a summary restating the intro's fact with other words around it
        "En résumé, la députée a officialisé le 8 mars 2016 sa candidature à la primaire de la "
        "droite et du centre, qui désignera le candidat du parti.",
        # the same clause of 8+ words inside two different sentences
        "Selon ses proches, elle rejoint une liste déjà longue de prétendants, mais elle y croit.",
        # a short sentence (under 8 words) said twice
        "Quelle défaite ? Elle ne le dit pas. Quelle défaite ?",
    ],
)
def test_honest_restatements_are_not_repetition(later: str) -> None:
    assert findings(INTRO, later) == []


def test_a_sentence_said_again_word_for_word_fails_at_its_second_place() -> None:
    later = "Le vote a lieu en novembre. Elle rejoint une liste déjà longue de prétendants !"
    assert findings(INTRO, later) == [
        (
            "section:0: sentence said twice (first in intro), «Elle rejoint une liste déjà "
            "longue de prétendants !»: rewrite or cut it",
            "section:0",
        )
    ]


def test_a_paragraph_said_again_fails_once_as_a_paragraph() -> None:
    assert findings(INTRO, "Autre chose, bien différent, pour séparer.", INTRO) == [
        (
            "section:1: paragraph repeated from intro, replace it with new content",
            "section:1",
        )
    ]


@pytest.mark.parametrize(
    ("text", "passage"),
    [
        # a sentence looping inside one paragraph
        (
            "Les Alliés restent divisés. L'OTAN devra renforcer le dialogue avec ses partenaires. "
            "L'OTAN devra renforcer le dialogue avec ses partenaires.",
            "l otan devra renforcer le dialogue avec ses partenaires",
        ),
        # a clause looping with no full stop between
        (
            "Le pont restera fermé pendant des mois et la circulation sera déviée vers les quais "
            "et la circulation sera déviée vers les quais et la circulation sera déviée.",
            "et la circulation sera déviée vers les quais",
        ),
        # a short period said again and again
        ("C'est très très très très très très très très très grave.", "très très très très très"),
    ],
)
def test_looping_text_fails(text: str, passage: str) -> None:
    (message, target), *more = findings(INTRO, text)
    assert (target, more) == ("section:0", [])
    assert message.startswith(f"section:0: passage said twice, «{passage}")


def test_loop_at_finds_the_stretch_and_its_period() -> None:
    words = "a b c d a b c d x".split()
    assert loop_at(words, 3) == (0, 4)
    assert loop_at(words, 5) is None  # 4 words said twice: under 5
    assert loop_at("a b c x a b c".split(), 3) is None  # said again, but not right after

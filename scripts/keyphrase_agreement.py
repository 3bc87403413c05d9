"""How often Plume's keyphrase agrees with the one an SEO editor chose for the same article.

The reference table (`tests/data/keyphrases.tsv`) holds, per honest rewrite written blind, the
source it rewrites and the `keyphrase:` its writer put in the front matter: an editor who saw
only the article, never Plume. Run (from the checkout root):

    .venv/bin/python -m scripts.keyphrase_agreement [--json]
    .venv/bin/python -m scripts.keyphrase_agreement --add tests/data/honest tests/data/blind/honest

For each row: Plume's keyphrase for the source, and whether it **agrees** with the reference —
equal, or one inside the other, compared as their content words' lemmas with accents folded
(« procédure de sanctions » agrees with « procédure de sanction », « Van Avermaet » with « Greg
Van Avermaet ») — and whether it **occurs in the source**: its words, in order and contiguous,
lemma-matched (a keyphrase is a phrase of the source, never words put together). `--add` reads
the front matter of `*.md` rewrites (ids `NN` and `wK-NN` rewrite `wikinews/NN.txt`, other ids
`wikinews/<id>.txt`) and writes their rows into the table.

Wikinews texts are CC BY 2.5, by Wikinews contributors (tests/data/wikinews/SOURCES.md).
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from engine.brief import make_brief
from engine.brief.source import read_source
from engine.config import Settings
from engine.text import fold
from engine.text.nlp import parse

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
TABLE = DATA / "keyphrases.tsv"
HEADER = """\
# Reference keyphrases: the `keyphrase:` each blind writer chose for an honest rewrite of the
# source (issue 20). Built with `python -m scripts.keyphrase_agreement --add FOLDER…`.
# Sources: French Wikinews, CC BY 2.5 (wikinews/SOURCES.md); the rewrites credit Wikinews.
# id\tsource\tkeyphrase
"""
_FRONT_KEYPHRASE = re.compile(r"^keyphrase:\s*(.*?)\s*$", re.M)


@dataclass(frozen=True)
class Row:
    id: str
    source: str  # relative to tests/data
    keyphrase: str


def read_table(path: Path = TABLE) -> list[Row]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            rid, source, keyphrase = line.split("\t")
            rows.append(Row(rid, source, keyphrase))
    return rows


def source_of(rid: str) -> str:
    """ "05", "w2-05" → wikinews/05.txt; "w1-a" → wikinews/w1-a.txt."""
    number = re.fullmatch(r"(?:w\d+-)?(\d\d)", rid)
    return f"wikinews/{number.group(1) if number else rid}.txt"


def rows_from(folder: Path) -> list[Row]:
    rows = []
    for path in sorted(folder.glob("*.md")):
        if path.name.endswith(".notes.md") or path.name == "README.md":
            continue
        found = _FRONT_KEYPHRASE.search(path.read_text(encoding="utf-8"))
        if found:
            rows.append(Row(path.stem, source_of(path.stem), found.group(1).strip("\"'")))
    return rows


def write_table(rows: list[Row], path: Path = TABLE) -> None:
    ordered = sorted({r.id: r for r in rows}.values(), key=lambda r: (r.id.startswith("w"), r.id))
    body = "".join(f"{r.id}\t{r.source}\t{r.keyphrase}\n" for r in ordered)
    path.write_text(HEADER + body, encoding="utf-8")


def _words(text: str) -> list[tuple[str, str, bool]]:
    """(folded lemma, folded form, is a content word) of each word of `text`."""
    return [
        (fold(t.lemma_), fold(t.text), not t.is_stop or t.like_num)
        for t in parse([text])[0]
        if not t.is_punct and not t.is_space
    ]


def _inside(short: list[str], long: list[str]) -> bool:
    return any(long[i : i + len(short)] == short for i in range(len(long) - len(short) + 1))


def agrees(extracted: str, reference: str) -> bool:
    """Equal, or one inside the other, as content lemmas with accents folded."""
    a = [lemma for lemma, _, content in _words(extracted) if content]
    b = [lemma for lemma, _, content in _words(reference) if content]
    return bool(a and b) and (_inside(a, b) or _inside(b, a))


def occurs(phrase: str, text: str) -> bool:
    """Every word of `phrase`, in order and contiguous, in `text` (by lemma or by form; « l’ »
    and « l' » alike: the brief writes a candidate with the straight apostrophe)."""
    phrase, text = phrase.replace("’", "'"), text.replace("’", "'")
    wanted = _words(phrase)
    if not wanted:
        return False
    for paragraph in re.split(r"\n\s*\n", text):
        have = _words(paragraph)
        for i in range(len(have) - len(wanted) + 1):
            pairs = zip(wanted, have[i : i + len(wanted)], strict=True)
            if all(w[0] in h[:2] or w[1] in h[:2] for w, h in pairs):
                return True
    return False


def measure(rows: list[Row]) -> list[dict[str, object]]:
    settings, results, briefs = Settings(), [], {}
    for row in rows:
        if row.source not in briefs:
            briefs[row.source] = make_brief(read_source(str(DATA / row.source)), settings)
        brief = briefs[row.source]
        text = (DATA / row.source).read_text(encoding="utf-8")
        results.append(
            {
                "id": row.id,
                "reference": row.keyphrase,
                "extracted": brief.keyphrase,
                "agrees": agrees(brief.keyphrase, row.keyphrase),
                "occurs": occurs(brief.keyphrase, text),
            }
        )
    return results


def main(argv: list[str]) -> int:
    if argv[:1] == ["--add"]:
        added = [row for folder in argv[1:] for row in rows_from(Path(folder))]
        write_table([*read_table(), *added] if TABLE.exists() else added)
        print(f"{len(added)} rows from {len(argv) - 1} folder(s); table: {TABLE.relative_to(ROOT)}")
        return 0
    results = measure(read_table())
    agree = sum(bool(r["agrees"]) for r in results)
    occur = {source_of(str(r["id"])): r["occurs"] for r in results}
    if "--json" in argv:
        print(json.dumps({"rows": results, "agree": agree, "total": len(results)}, indent=1))
        return 0
    for r in results:
        mark = "agree" if r["agrees"] else "     "
        where = "" if r["occurs"] else "   NOT IN THE SOURCE"
        print(f"{r['id']:6} {mark}  « {r['extracted']} »  (editor: « {r['reference']} »){where}")
    both = sum(bool(r["agrees"] and r["occurs"]) for r in results)
    print(f"agree: {agree}/{len(results)} rewrites ({both} with a keyphrase of the source)")
    print(f"occur in their source: {sum(map(bool, occur.values()))}/{len(occur)} sources")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""How well `fidelity` tells distortions from honest rewrites: one-edit variants, per class.

A case file (TOML) holds a source (`source`, or `source_file` relative to the repository), an
honest rewrite of it (`honest` or `honest_file`), and variants — each one edit of the
rewrite (`find` → `replace`) with its class and, for a distortion, the message fragment the gate
must give (`fails`; `warns` for a warning). A variant without either is an honest rewrite that
must pass. Run:

    .venv/bin/python -m scripts.fidelity_eval [FILE.toml …]

(default: tests/data/claims/*.toml and scripts/data/fidelity_eval.toml). Prints caught/total
per class of distortion (with its own message; in brackets, rejected for any reason),
passed/total for the honest rewrites, and every miss.
"""

from __future__ import annotations

import sys
import tomllib
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from engine.brief import Brief, make_brief
from engine.brief.source import parse_source
from engine.config import Settings
from engine.gate.findings import Finding
from engine.output.article import Article, Block, parse_markdown

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = sorted((ROOT / "tests" / "data" / "claims").glob("*.toml")) + sorted(
    (ROOT / "scripts" / "data").glob("fidelity_*.toml")
)
SETTINGS = Settings()


@dataclass(frozen=True)
class Variant:
    file: str
    number: int
    kind: str  # its class
    find: str
    replace: str
    fails: str | None  # the fragment a hard finding's message must hold
    warns: str | None  # the fragment a warning's message must hold

    @property
    def honest(self) -> bool:
        return self.fails is None and self.warns is None

    @property
    def name(self) -> str:
        return f"{self.file}#{self.number}-{self.kind.replace(' ', '-').replace(':', '')}"


@dataclass(frozen=True)
class CaseFile:
    name: str
    source: str
    honest: str
    variants: tuple[Variant, ...]


def load(path: Path) -> CaseFile:
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    variants = tuple(
        Variant(path.stem, n, v["class"], v["find"], v["replace"], v.get("fails"), v.get("warns"))
        for n, v in enumerate(data.get("variant", []), start=1)
    )
    source = data.get("source") or (ROOT / data["source_file"]).read_text(encoding="utf-8")
    honest = data.get("honest") or (ROOT / data["honest_file"]).read_text(encoding="utf-8")
    return CaseFile(path.stem, source, honest, variants)


def brief_of(case: CaseFile) -> Brief:
    return make_brief(parse_source(case.source, name=case.name), SETTINGS, "test")


def article_of(text: str) -> Article:
    """A Markdown article (with its # title) or bare paragraphs, one section each."""
    if text.lstrip().startswith(("---", "# ")):
        return parse_markdown(text)
    blocks = tuple(Block("paragraph", p.strip()) for p in text.split("\n\n") if p.strip())
    return Article(title="", blocks=blocks)


def edited(case: CaseFile, variant: Variant) -> str:
    if variant.find not in case.honest:
        raise ValueError(f"{variant.name}: «{variant.find}» is not in the honest rewrite")
    return case.honest.replace(variant.find, variant.replace, 1)


def fidelity(text: str, brief: Brief) -> list[Finding]:
    from engine.gate.fidelity import check_fidelity
    from engine.gate.parsed import parse_article

    return check_fidelity(parse_article(article_of(text), brief.keyphrase), brief, SETTINGS)


def verdict(findings: list[Finding], variant: Variant | None) -> bool:
    """Whether the gate did what the variant asks (an honest text: no hard failure)."""
    hard = [f.message for f in findings if f.severity == "hard" and not f.passed]
    if variant is None or variant.honest:
        return not hard
    if variant.fails:
        return any(variant.fails in m for m in hard)
    warned = [f.message for f in findings if f.severity == "warning" and not f.passed]
    return not hard and any(str(variant.warns) in m for m in warned)


def main(paths: list[Path]) -> int:
    caught: Counter[str] = Counter()  # did what the variant asks (its own message, or passed)
    rejected: Counter[str] = Counter()  # distortions failing `fidelity` for any reason
    total: Counter[str] = Counter()
    misses = []
    for path in paths:
        case = load(path)
        brief = brief_of(case)
        base = fidelity(case.honest, brief)
        key = "honest: the rewrite itself"
        total[key] += 1
        if verdict(base, None):
            caught[key] += 1
        else:
            misses.append(
                (f"{case.name} (honest rewrite)", [f.message for f in base if not f.passed])
            )
        for variant in case.variants:
            findings = fidelity(edited(case, variant), brief)
            key = variant.kind if variant.honest else f"distortion: {variant.kind}"
            total[key] += 1
            if not variant.honest and any(f.severity == "hard" and not f.passed for f in findings):
                rejected[key] += 1
            if verdict(findings, variant):
                caught[key] += 1
            else:
                shown = [f.message for f in findings if not f.passed and f.severity != "soft"]
                misses.append((variant.name, shown))
    print(f"{'class':40} result  (distortions: rejected for any reason)")
    for key in sorted(total):
        extra = f"  ({rejected[key]}/{total[key]})" if key.startswith("distortion") else ""
        print(f"{key:40} {caught[key]}/{total[key]}{extra}")
    distortions = [k for k in total if k.startswith("distortion")]
    honest = [k for k in total if not k.startswith("distortion")]
    print(
        f"{'distortions caught':40} {sum(caught[k] for k in distortions)}/"
        f"{sum(total[k] for k in distortions)}  ({sum(rejected[k] for k in distortions)} rejected)"
    )
    print(f"{'honest passed':40} {sum(caught[k] for k in honest)}/{sum(total[k] for k in honest)}")
    for name, messages in misses:
        print(f"MISS {name}")
        for message in messages:
            print(f"     {message}")
    return 0


if __name__ == "__main__":
    sys.exit(main([Path(a) for a in sys.argv[1:]] or [p for p in DEFAULT if p.exists()]))

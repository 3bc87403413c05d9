"""`keyphrase`: density, and presence in the title, intro, meta description and H2s.

Words match by lemma or by form, accents folded: "pompiers" matches "pompier", "l'OTAN"
matches "OTAN" (spaCy splits the elision off).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import TYPE_CHECKING

from engine.brief import Brief
from engine.config import Settings
from engine.gate.findings import Finding
from engine.gate.length import body_words
from engine.gate.parsed import ParsedArticle
from engine.gate.target import DESCRIPTION, INTRO, TITLE, Target
from engine.text import fold

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

ID = "keyphrase"
Keyword = frozenset[str]  # the folded forms (lemma, text) that count as one keyphrase word


def content_words(keyphrase: Doc) -> list[Keyword]:
    """The keyphrase's content words (function words and punctuation left out)."""
    words = [t for t in keyphrase if not t.is_punct and not t.is_space]
    content = [t for t in words if not t.is_stop] or words
    return [frozenset({fold(t.lemma_), fold(t.text)}) for t in content]


def _forms(tokens: Iterable[Token]) -> list[tuple[str, str]]:
    """Each token's folded lemma and text, what a keyword matches."""
    return [(fold(t.lemma_), fold(t.text)) for t in tokens]


def occurrences(span: Doc | Span, keywords: list[Keyword]) -> int:
    """Times the whole keyphrase is in one sentence: the least-found of its words (Yoast)."""
    if not keywords:
        return 0
    forms = _forms(span)
    return min(sum(lemma in k or text in k for lemma, text in forms) for k in keywords)


def contains(docs: Iterable[Doc | Span], keywords: list[Keyword]) -> bool:
    """All the keyphrase's words are in these texts (in any order)."""
    forms = _forms(t for doc in docs for t in doc)
    return bool(keywords) and all(
        any(lemma in k or text in k for lemma, text in forms) for k in keywords
    )


def check_keyphrase(parsed: ParsedArticle, brief: Brief, settings: Settings) -> list[Finding]:
    s, keyphrase = settings, brief.keyphrase
    keywords = content_words(parsed.keyphrase)
    if not keywords:
        message = "no keyphrase: give --keyphrase or a `keyphrase:` front matter field"
        return [Finding(ID, False, "hard", "", "a keyphrase", message)]
    failures: list[Finding] = []

    def require(where: str, docs: Iterable[Doc | Span], target: Target) -> None:
        if not contains(docs, keywords):
            message = f"{target}: put the keyphrase «{keyphrase}» in the {where}"
            failures.append(Finding(ID, False, "hard", False, f"in the {where}", message, target))

    per_target: Counter[Target] = Counter()
    for part, sent in parsed.sentences():
        per_target[part.target] += occurrences(sent, keywords)
    found = sum(per_target.values())
    density = round(100 * found / max(body_words(parsed), 1), 2)
    expected = f"{s.density_min}–{s.density_max} %"
    if not s.density_min <= density <= s.density_max:
        if density > s.density_max:
            where = ", ".join(str(t) for t, n in per_target.most_common(2) if n)
            fix = f"use it less, above all in {where}, or use synonyms"
        else:
            fix = "use it more often in the sections"
        message = f"keyphrase «{keyphrase}» density {density} % ({found} times): {fix}"
        failures.append(Finding(ID, False, "hard", density, expected, message))
    require("title", [parsed.title], TITLE)
    require("intro", [p.doc for p in parsed.parts if p.target == INTRO], INTRO)
    require("meta description", [parsed.description], DESCRIPTION)
    h2 = [p for p in parsed.headings if p.level == 2]
    with_kp = [p for p in h2 if contains([p.doc], keywords)]
    share = round(len(with_kp) / len(h2), 2) if h2 else 0.0
    if h2 and not (s.h2_keyphrase_min <= share <= s.h2_keyphrase_max and with_kp):
        too_many = share > s.h2_keyphrase_max
        part = with_kp[-1] if too_many else next(p for p in h2 if p not in with_kp)
        target = part.target.heading  # the subheading, not its text
        fix = "take it out of this subheading" if too_many else "put it in this subheading"
        message = f"{target}: keyphrase in {len(with_kp)} of {len(h2)} H2 ({share:.0%}), {fix}"
        expected_share = f"{s.h2_keyphrase_min:.0%}–{s.h2_keyphrase_max:.0%} of H2"
        failures.append(Finding(ID, False, "hard", share, expected_share, message, target))
    if failures:
        return failures
    summary = (
        f"keyphrase «{keyphrase}» density {density} %, in title, intro, meta, {share:.0%} of H2"
    )
    return [Finding(ID, True, "hard", density, expected, summary)]

"""`fidelity`: nothing invented. Numbers, quotations and people must come from the source.

Facts come from engine.brief.facts_of, on the parsed source (the brief's inventory) and on the
parsed article. A fact of the article is known when its key is in the source's inventory, or
when its text stands in the source's text as a whole (so "2012" is known from "29 octobre 2012" and
"Van Avermaet" from "Greg Van Avermaet").
"""

from __future__ import annotations

from engine.brief import Brief, Fact, facts_of
from engine.config import Settings
from engine.gate.findings import Finding, Severity
from engine.gate.originality import skipped
from engine.gate.parsed import ParsedArticle
from engine.gate.target import DESCRIPTION, TITLE, Target
from engine.text import QUOTE_MARKS, excerpt, normalise, stands_in

ID = "fidelity"
NUMBERS = ("number", "percentage", "amount", "date")


def check_fidelity(parsed: ParsedArticle, brief: Brief, settings: Settings) -> list[Finding]:
    if not brief.source.paragraphs:
        return [skipped(ID)]
    article = parsed.article
    places: list[tuple[Target, str]] = [(TITLE, article.title), (DESCRIPTION, article.description)]
    places += [(p.target, p.text) for p in parsed.parts]
    full_text = "\n\n".join(text for _, text in places if text)
    found = facts_of([parsed.title, parsed.description, *(p.doc for p in parsed.parts)])
    source_text = normalise(brief.source.text)
    known = brief.facts
    findings: list[Finding] = []

    def where(fact: Fact) -> Target | None:
        return next((t for t, text in places if fact.text in text), None)

    def report(fact: Fact, severity: Severity, expected: str, problem: str) -> None:
        target = where(fact)
        shown = excerpt(fact.text.strip(QUOTE_MARKS))
        message = f"{target or 'body'}: {problem} «{shown}», {expected.lower()}"
        findings.append(Finding(ID, False, severity, fact.text, expected, message, target))

    def is_known(fact: Fact, kinds: tuple[str, ...]) -> bool:
        return fact.key in known.keys(*kinds, parts=True) or stands_in(fact.text, source_text)

    for fact in _unique(found.of(*NUMBERS)):
        if not is_known(fact, NUMBERS):
            report(fact, "hard", "Only the source's figures", f"{fact.kind} not in the source")
    for fact in _unique(found.of("quotation")):
        if not stands_in(fact.text.strip(QUOTE_MARKS), source_text):
            report(fact, "hard", "Verbatim from the source", "quotation not in the source")
    source_people = [set(k.lower().split()) for k in known.keys("person", parts=True)]
    for fact in _unique(found.of("person")):
        name = set(fact.key.lower().split())
        if not (any(name <= p for p in source_people) or stands_in(fact.text, source_text)):
            report(fact, "hard", "Only people of the source", "person not in the source")
    for fact in _unique(found.of("organisation", "place")):
        if not is_known(fact, ("organisation", "place")):
            report(fact, "warning", "Named in the source", f"{fact.kind} not in the source")
    article_text = normalise(full_text)
    article_keys = found.keys(*NUMBERS)
    for fact in _unique(known.of(*NUMBERS)):
        if fact.key not in article_keys and not stands_in(fact.text, article_text):
            message = f"the source's {fact.kind} «{fact.text}» is missing: give it in the article"
            findings.append(Finding(ID, False, "hard", fact.text, "Every source figure", message))
    if not any(f.severity == "hard" for f in findings):
        kept = len(known.of(*NUMBERS))
        message = f"{kept} source figures kept, nothing invented"
        findings.insert(0, Finding(ID, True, "hard", kept, "nothing invented", message))
    return findings


def _unique(facts: tuple[Fact, ...]) -> list[Fact]:
    return list({f.key: f for f in facts}.values())

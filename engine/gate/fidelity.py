"""`fidelity`: nothing invented. Figures, quotations, people and claims must be the source's.

Two layers. The fact inventory (engine.brief.facts_of, on the parsed source and article):
a quotation must be verbatim (its « […] » parts each, in order), a person a source person, every
source figure must be kept. Then the claims (engine.gate.claims): every article sentence is
aligned with the source sentences it restates and compared with them — figures in context
(unknown figures, units, comparators, directions, swaps, weekdays, numbers in words), polarity,
direction, who says which quotation, roles, actors and causes.
"""

from __future__ import annotations

from engine.brief import Brief, Fact, facts_of
from engine.brief.numbers_fr import spelled_figures
from engine.config import Settings
from engine.gate.claims import check_claims, verbatim_in
from engine.gate.findings import Finding, Severity
from engine.gate.originality import skipped
from engine.gate.parsed import ParsedArticle
from engine.gate.source_index import source_index
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
    index = source_index(brief)
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

    for fact in _unique(found.of("quotation")):
        if not verbatim_in(fact.key, index):
            report(fact, "hard", "Verbatim from the source", "quotation not in the source")
    source_people = [set(k.lower().split()) for k in known.keys("person", parts=True)]
    for fact in _unique(found.of("person")):
        name = set(fact.key.lower().split())
        if not (any(name <= p for p in source_people) or stands_in(fact.text, source_text)):
            report(fact, "hard", "Only people of the source", "person not in the source")
    for fact in _unique(found.of("organisation", "place")):
        keys = known.keys("organisation", "place", parts=True)
        if fact.key not in keys and not stands_in(fact.text, source_text):
            report(fact, "warning", "Named in the source", f"{fact.kind} not in the source")
    findings += check_claims(parsed, brief)
    article_text = normalise(full_text)
    article_keys = found.keys(*NUMBERS) | {f.key for f in spelled_figures(full_text)}
    missing = [
        f
        for f in _unique(known.of(*NUMBERS))
        if f.key not in article_keys and not stands_in(f.text, article_text)
    ]
    # A missing date is one fact: its day and year numbers are not reported again.
    dates = [normalise(f.text) for f in missing if f.kind == "date"]
    for fact in missing:
        if fact.kind == "number" and any(stands_in(fact.text, date) for date in dates):
            continue
        message = f"the source's {fact.kind} «{fact.text}» is missing: give it in the article"
        findings.append(Finding(ID, False, "hard", fact.text, "Every source figure", message))
    if not any(f.severity == "hard" for f in findings):
        kept = len(known.of(*NUMBERS))
        message = f"{kept} source figures kept, nothing invented"
        findings.insert(0, Finding(ID, True, "hard", kept, "nothing invented", message))
    return findings


def _unique(facts: tuple[Fact, ...]) -> list[Fact]:
    return list({f.key: f for f in facts}.values())

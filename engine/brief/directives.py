"""Editor instruction lines (seed-prompt style, in English or French) and scraping debris.

Seed prompts glue their instructions to the article: "Customize this title in french<title>"
(the title follows the directive without a space) and "Make this article seo compatible,Let
there be subheadings for the article, be in french, create at least 700 words" (clauses split
by commas, spaces missing). French editors write the same in French: « Rends cet article
compatible SEO, au moins 700 mots », « Personnalise ce titre : … ». A line is an instruction
when it opens like an instruction ("Make", "Let there be", "Please"…, « Rends », « Ajoute »,
« Merci de »…) or when every clause of it is understood; the clauses not understood are kept as
`unknown`, so they are reported and never passed to the model as text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_TITLE = re.compile(
    r"^\s*(?:customi[sz]e\s+(?:this|the)\s+title(?:\s+in\s+french)?|"
    r"personnalis(?:e|ez)\s+(?:ce|le)\s+titre(?:\s+en\s+fran[çc]ais)?)\s*[:\-–]?\s*",
    re.I,
)
_SEO = re.compile(
    r"\bseo\b|optimis\w*\s+pour\s+le\s+r[ée]f[ée]rencement|r[ée]f[ée]rencement\s+naturel", re.I
)
# An SEO clause is an instruction only with a word that asks for it ("Google change son SEO"
# is a headline).
_SEO_ASK = re.compile(r"compatible|friendly|optimi|article|texte|r[ée]f[ée]rencement", re.I)
_SUBHEADINGS = re.compile(
    r"\bsub-?\s?headings?\b|\bsubtitles\b|\bsous-?\s?titres?\b|\bintertitres?\b", re.I
)
_LANGUAGE = re.compile(
    r"\b(?:be|write|written|rewrite|it)\s+in\s+(french|english)\b|"
    r"(?:^|\b(?:écris|écrivez|rédige|rédigez|réécris|réécrivez|sois|soit|être|est)\s+)"
    r"en\s+(français|anglais)\b",
    re.I,
)
_MIN_WORDS = re.compile(
    r"\b(?:at\s+least|minimum(?:\s+of)?|min\.?|au\s+moins|pas\s+moins\s+de|minimum\s+de)"
    r"\s+(\d[\d ,.\u00a0\u202f]*)\s*(?:words?|mots)\b",
    re.I,
)
_WORDS = re.compile(
    r"^\s*(?:create|write|make|fais|faites|écris|écrivez|rédige|rédigez)?\s*"
    r"(\d[\d ,.\u00a0\u202f]*)\s*\+?\s*(?:words?|mots)\b",
    re.I,
)
_FRENCH_ORDER = re.compile(
    r"^\s*(?:rends|rendez|fais|faites|ajoute|ajoutez|réécris|réécrivez|rédige|rédigez|"
    r"écris|écrivez|personnalise|personnalisez|optimise|optimisez|merci\s+de|"
    r"veille|veillez|n'oublie|n'oubliez|insère|insérez|inclus|incluez|traduis|traduisez|"
    r"utilise|utilisez|mets|mettez|crée|créez|évite|évitez)\b",
    re.I,
)
_LANGUAGES = {"french": "fr", "english": "en", "français": "fr", "anglais": "en"}
_ENGLISH_ORDER = re.compile(
    r"^\s*(?:please\b|make\b|let\s+there\b|create\b|write\b|rewrite\b|customi[sz]e\b|add\b|"
    r"use\b|include\b|ensure\b|do\s+not\b|don'?t\b|keep\b|avoid\b|be\s+in\b|translate\b|"
    r"generate\b|optimi[sz]e\b|paraphrase\b)",
    re.I,
)

DEBRIS = (
    re.compile(r"^\s*source\s+link\b.*$", re.I),
    re.compile(r"^\s*\[\s*edited\s+by\b[^\]]*\]\s*$", re.I),
    re.compile(r"^\s*en\s+savoir\s+plus\s+(?:avec|sur)\b.*$", re.I),
    re.compile(r"^\s*(?:lire\s+aussi|read\s+more|advertisement|publicité)\s*:?.{0,120}$", re.I),
    # a Wikinews page's box of its sister projects, above the story: « Vous pouvez également
    # consulter les articles suivants sur les autres projets Wikimedia : », « Article sur
    # Wikipédia . », « Ressources multimédia sur Commons . »
    re.compile(
        r"^\s*vous\s+pouvez\s+(?:également\s+|aussi\s+)?consulter\b.{0,80}wikim[ée]dia\s*:?\s*$",
        re.I,
    ),
    re.compile(
        r"^\s*[^\W\d_]+(?:\s+[^\W\d_]+)?\s+sur\s+(?:wikipédia|commons|wikiquote|wiktionnaire|"
        r"wikisource|wikivoyage|wikiversité|wikilivres|wikidata)\s*\.?\s*$",
        re.I,
    ),
)


@dataclass
class DirectiveFindings:
    """What the instruction lines of one input ask for (mutable while reading)."""

    min_words: int | None = None
    title: str | None = None
    subheadings: bool = False
    language: str | None = None
    seo: bool = False
    unknown: list[str] = field(default_factory=list)


def is_debris(line: str) -> bool:
    """A scraping leftover: "Source link -57", "[Edited by …]", "En savoir plus avec …"."""
    return any(pattern.match(line) for pattern in DEBRIS)


def read_directive(line: str, found: DirectiveFindings) -> bool:
    """Record what `line` asks for in `found`; False when the line is article text."""
    title = _TITLE.match(line)
    if title:
        rest = line[title.end() :].strip()
        if rest:
            found.title = rest
        else:
            found.unknown.append(line.strip())
        return True
    clauses = [c.strip() for c in line.split(",") if c.strip()]
    read = DirectiveFindings()  # kept only if the line is an instruction
    understood = [_read_clause(clause, read) for clause in clauses]
    ordered = _ENGLISH_ORDER.match(line) or _FRENCH_ORDER.match(line.replace("’", "'"))
    if not (ordered or (understood and all(understood))):
        return False
    found.min_words = read.min_words if read.min_words is not None else found.min_words
    found.language = read.language or found.language
    found.subheadings = found.subheadings or read.subheadings
    found.seo = found.seo or read.seo
    found.unknown.extend(c for c, ok in zip(clauses, understood, strict=True) if not ok)
    return True


def _read_clause(clause: str, found: DirectiveFindings) -> bool:
    words = _MIN_WORDS.search(clause) or _WORDS.match(clause)
    if words:
        found.min_words = int(re.sub(r"\D", "", words.group(1)))
        return True
    language = _LANGUAGE.search(clause)
    if language:
        found.language = _LANGUAGES[(language.group(1) or language.group(2)).lower()]
        return True
    if _SUBHEADINGS.search(clause):
        found.subheadings = True
        return True
    if _SEO.search(clause) and _SEO_ASK.search(clause):
        found.seo = True
        return True
    return False

"""The fact inventory of a French text: what a rewrite must keep, and may not invent.

`facts_of` is run on the parsed source (by the brief) and on every parsed draft (by the gate),
`extract_facts` on any text: the same fact gets the same key in both, however it is typed.
Key rules, per kind:
- number, percentage, amount, date: see `engine.brief.figures` ("50 200" → "50200",
  "1,4 %" → "1.4%",
  "2,5 millions d'euros" → "2500000 EUR", "27 septembre 2016" → "2016-09-27", "17 h" → "17:00").
- quotation: see `engine.brief.quotes` (typography normalised; compare by substring).
- person, organisation, place: spaCy's NER (PER, ORG, LOC); the key drops an elided article
  ("l’OTAN" → "OTAN"), leading lowercase words and titles ("le président Iván Duque" →
  "Iván Duque", "M.", "Mme", "Dr"), and normalises spaces and apostrophes. Entities of one
  letter, and "persons" whose name holds common words, are dropped as NER noise.
  A person's `parts` are the shorter forms the full name vouches for ("Benoît Hamon" →
  "Hamon"; "Greg Van Avermaet" → "Van Avermaet", "Avermaet").
`Fact.parts` holds the looser keys a fact vouches for (a full date vouches for its day-month and
month-year); `Facts.keys(..., parts=True)` includes them, which is what a source is checked with.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from engine.brief.figures import figures
from engine.brief.quotes import quotations
from engine.text.lexicon import by_tag, tagged, words

if TYPE_CHECKING:
    from spacy.tokens import Doc

FactKind = Literal[
    "number", "percentage", "amount", "date", "person", "organisation", "place", "quotation"
]
ENTITY_KINDS: dict[str, FactKind] = {"PER": "person", "ORG": "organisation", "LOC": "place"}
COURTESY_TITLES = words("courtesy")  # « M. », « Mme », « président » before a name
NAME_PARTICLES = words("name_particles")  # « de », « von », « bin » inside a name
_ELIDED = re.compile(r"^(?:[ldLD]|qu|Qu)['’]\s*")
_LEADING = re.compile(r"^(?:(?:la|les?|de|du|des)\s+|[lLdD]'\s*)+(?=\w)")
_SPACES = re.compile(r"\s+")
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


@dataclass(frozen=True)
class Fact:
    kind: FactKind
    text: str  # as written: "50 200", "1,4 %", "2,5 millions d'euros", "l'OTAN", "« … »"
    key: str  # canonical form for comparison: "50200", "1.4%", "OTAN", quote text normalised
    parts: tuple[str, ...] = ()  # looser keys this fact vouches for ("--09-27" for a full date)
    # A name spaCy reads as a capitalised common word (lowercase lemma): « les Belges »,
    # « Italienne » — a demonym, not a place (see `listed`).
    common: bool = False


@dataclass(frozen=True)
class Facts:
    items: tuple[Fact, ...] = ()

    def of(self, *kinds: FactKind) -> tuple[Fact, ...]:
        return tuple(f for f in self.items if f.kind in kinds)

    def keys(self, *kinds: FactKind, parts: bool = False) -> set[str]:
        """Keys of the facts of `kinds`; with `parts`, also the looser keys they vouch for."""
        found = {f.key for f in self.of(*kinds)}
        if parts:
            found.update(p for f in self.of(*kinds) for p in f.parts)
        return found

    def counts(self) -> dict[str, int]:
        """Distinct keys per kind, in the order kinds are declared."""
        return {kind: len(self.keys(kind)) for kind in FactKind.__args__}  # type: ignore[attr-defined]


def extract_facts(text: str) -> Facts:
    """The fact inventory of any French text, paragraph by paragraph (blank lines split)."""
    from engine.text.nlp import parse

    return facts_of(parse([p for p in _PARAGRAPH_BREAK.split(text) if p.strip()]))


def facts_of(docs: Iterable[Doc]) -> Facts:
    """The fact inventory of parsed texts (the source's paragraphs, an article's parts), in
    text order, one fact per occurrence (the same key may appear several times)."""
    found: list[Fact] = []
    for doc in docs:
        text = doc.text
        here: list[tuple[int, Fact]] = []
        for fig in figures(text):
            here.append((fig.start, Fact(fig.kind, fig.text, fig.key, fig.parts)))  # type: ignore[arg-type]
        for start, written, key in quotations(text):
            here.append((start, Fact("quotation", written, key)))
        here.extend(_entities(doc))
        here.sort(key=lambda pair: pair[0])
        found.extend(fact for _, fact in here)
    return Facts(tuple(found))


def entity_key(text: str) -> str:
    """ "l’OTAN" → "OTAN", "M. Jens Stoltenberg" → "Jens Stoltenberg", "pays du Maroc" → "Maroc"."""
    words = _SPACES.sub(" ", text.replace("’", "'")).strip(" .,;:'\"«»").split(" ")
    while words:
        unelided = _ELIDED.sub("", words[0])
        if unelided != words[0]:
            words[0] = unelided
        elif words[0].lower() in COURTESY_TITLES or not words[0][:1].isupper():
            words = words[1:]
        else:
            break
    return " ".join(words)


def _name_parts(key: str) -> tuple[str, ...]:
    words = key.split(" ")
    return tuple(" ".join(words[i:]) for i in range(1, len(words)) if words[i][:1].isupper())


def _entities(doc: Doc) -> list[tuple[int, Fact]]:
    found = []
    for ent in doc.ents:
        kind = ENTITY_KINDS.get(ent.label_)
        key = entity_key(ent.text) if kind else ""
        if kind and _plausible(kind, key):
            parts = _name_parts(key) if kind == "person" else ()
            common = len(ent) == 1 and ent[0].pos_ in {"NOUN", "ADJ"} and ent[0].lemma_.islower()
            found.append((ent.start_char, Fact(kind, ent.text, key, parts, common)))
    return found


WEEKDAYS = words("weekdays")
MONTHS = frozenset(tagged("months"))
# Endings of French demonyms (« Français », « Italiennes », « Britanniques », « Sevranais »),
# trusted only on a word spaCy reads as a common one (not « Ukraine », « Amérique »).
_DEMONYM = re.compile(r"(?:ais|ois|ien|ain|and|ol|in|ique|ge|an|ec|ote)(?:n?es?|s)?$")
# First words of an organisation's name, read as a place (« Institut … », « L'État français »),
# and last words of a company's or a team's (« Linden Cars »), read as a person.
_BODIES = by_tag("organisations")["first"]
_COMPANIES = by_tag("organisations")["last"]
_RANK = {"place": 0, "organisation": 1, "person": 2}


def listed(facts: Facts, text: str = "") -> tuple[Fact, ...]:
    """The facts as the editor (`plume inspect`) and the model (the prompt) read them: each
    once, a name without its article (« OTAN », « pont Mathilde »), of the right kind. Left
    out: a weekday or a month taken for a name, a demonym taken for a place (« les Italiens »,
    and in `text`, the source, one before a name: « la Britannique Jessica Learmonth »), a name
    the list holds in a longer one (« Hamon » beside « Benoît Hamon », « Commission » beside
    « Commission européenne »); an organisation taken for a place or a person (« Institut
    Argentino… », « Linden Cars ») is listed as one. The gate keeps the whole inventory."""
    first: dict[str, Fact] = {}
    for fact in facts.items:
        fact = _kind_fixed(fact)
        if fact.kind in ENTITY_KINDS.values():
            if _not_a_name(fact, text):
                continue
            shown = _LEADING.sub("", _SPACES.sub(" ", fact.text.replace("’", "'")).strip())
            fact = Fact(fact.kind, shown or fact.key, fact.key, fact.parts, fact.common)
        kept = first.get(fact.key)
        if kept is None or _RANK.get(fact.kind, 3) < _RANK.get(kept.kind, 3):
            first[fact.key] = fact
    names = [f for f in first.values() if f.kind in ENTITY_KINDS.values()]
    return tuple(
        fact
        for fact in first.values()
        if fact.kind not in ENTITY_KINDS.values() or not any(_within(fact, n) for n in names)
    )


def _kind_fixed(fact: Fact) -> Fact:
    words = fact.key.lower().split()
    if fact.kind == "place" and words and words[0] in _BODIES:
        return Fact("organisation", fact.text, fact.key, (), fact.common)
    if fact.kind == "person" and len(words) > 1 and words[-1] in _COMPANIES:
        return Fact("organisation", fact.text, fact.key, (), fact.common)
    return fact


def _not_a_name(fact: Fact, text: str) -> bool:
    word = fact.key.lower()
    if word in WEEKDAYS or (word in MONTHS and fact.kind != "place"):
        return True  # « Lundi, … », « Mars » a person
    if fact.kind != "place" or " " in word or not _DEMONYM.search(word):
        return False
    before_a_name = re.search(rf"\b{re.escape(fact.key)} [A-ZÀ-Ý]\w", text)
    return fact.common or before_a_name is not None


def _within(fact: Fact, name: Fact) -> bool:
    """`fact` names what the longer `name` names (« Hamon », « N. Sarkozy », « Melissa
    Stewart » of « Melissa Owens Stewart »)."""
    if name.key == fact.key or len(name.key) <= len(fact.key):
        return False
    longer = name.key.lower().split()
    return all(
        w in longer or (w.endswith(".") and any(n.startswith(w[:-1]) for n in longer))
        for w in fact.key.lower().split()
    )


def _plausible(kind: FactKind, key: str) -> bool:
    """Not a one-letter "place" (catégorie A), nor a "person" with common words in the name."""
    if sum(ch.isalpha() for ch in key) < 2:
        return False
    words = key.split(" ")
    return kind != "person" or all(w[:1].isupper() or w in NAME_PARTICLES for w in words)

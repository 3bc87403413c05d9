"""The source read once per brief: its statements and the indexes the claim checks look up.

Built from one spaCy pass over the source's title and paragraphs, cached per source text, so a
gate pass (and every repair round) only reads the article.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

from engine.brief.figures import clock_words, spelled_ordinals
from engine.brief.relative_dates import relative_dates
from engine.gate.slots import SLOTS
from engine.gate.statements import Statement, person_after, read_doc
from engine.text import fold, normalise
from engine.text.nlp import unspaced

if TYPE_CHECKING:
    from collections.abc import Iterable

    from spacy.tokens import Doc

    from engine.brief import Brief
    from engine.gate.claims.numeric import FigureUse
    from engine.gate.claims.speakers import Quote

STEM = 6  # letters: two words with the same first six (folded) are one word said another way
_CACHE: dict[str, SourceIndex] = {}
_CACHE_SIZE = 8


@dataclass(frozen=True)
class SourceIndex:
    statements: tuple[Statement, ...]
    idf: dict[str, float]
    unseen_idf: float  # weight of a lemma the source never uses
    lemmas: frozenset[str]
    folded: tuple[frozenset[str], ...]  # each statement's lemmas, accents folded
    folded_lemmas: frozenset[str]  # every lemma, accents folded
    stems: frozenset[str]  # their first STEM letters
    figure_keys: frozenset[str]  # every figure key, digits and words, with looser date parts
    uses: dict[str, tuple[tuple[FigureUse, int], ...]]  # key → (use, statement index)
    quotes: tuple[tuple[Quote, int], ...]
    roles: dict[str, frozenset[str]]  # person key → the lemmas of the sentences naming them
    around: dict[str, frozenset[str]]  # person key → the same, one sentence either side too
    entities: frozenset[str]
    folded_entities: frozenset[str]  # the same, accents folded
    initials: frozenset[str]  # the initials of every name of several words ("afp", "bce")
    years: frozenset[str]  # every year the source gives, alone or in a date
    text: str  # normalised source text
    slots: dict[str, frozenset]  # engine.gate.slots: every mark the whole source gives, per slot

    def score(self, lemmas: frozenset[str], index: int) -> float:
        """How much of `lemmas` (weighted by rarity) statement `index` of the source holds.
        Summed exactly (`fsum`): a plain sum over a set depends on the set's order, which
        Python's string hashing changes from one run to the next, and two statements that tie
        would then rank differently — the same article drawing other findings on another run."""
        total = math.fsum(self.idf.get(lemma, self.unseen_idf) for lemma in lemmas)
        if not total:
            return 0.0
        shared = lemmas & self.statements[index].lemmas
        return math.fsum(self.idf[lemma] for lemma in shared) / total

    def aligned(self, lemmas: frozenset[str], top: int = 3) -> list[tuple[float, int]]:
        """The source statements that best restate a sentence of these lemmas, best first."""
        scores = [(self.score(lemmas, i), i) for i in range(len(self.statements))]
        scores.sort(key=lambda pair: (-pair[0], pair[1]))
        return scores[:top]


def source_index(brief: Brief) -> SourceIndex:
    """The index of the brief's source (built on first use, then cached)."""
    source = brief.source
    cache_key = f"{source.title or ''}\n\n{source.text}"
    found = _CACHE.get(cache_key)
    if found is None:
        from engine.brief import parse_source

        title, paragraphs = parse_source(source)  # the Docs the brief was made from
        found = build_index([*([title] if title is not None else []), *paragraphs], brief)
        if len(_CACHE) >= _CACHE_SIZE:
            _CACHE.pop(next(iter(_CACHE)))
        _CACHE[cache_key] = found
    return found


def build_index(docs: Iterable[Doc], brief: Brief) -> SourceIndex:
    statements: list[Statement] = []
    last_person: str | None = None
    for doc in docs:
        read = read_doc(doc, last_person)
        statements += read
        last_person = person_after(read, last_person)
    df: Counter[str] = Counter(lemma for s in statements for lemma in s.lemmas)
    n = len(statements)
    idf = {lemma: math.log((n + 1) / (count + 0.5)) for lemma, count in df.items()}
    uses: dict[str, list[tuple[FigureUse, int]]] = {}
    for i, statement in enumerate(statements):
        for use in statement.figures:
            uses.setdefault(use.key, []).append((use, i))
    keys = set(uses) | brief.facts.keys("number", "percentage", "amount", "date", parts=True)
    keys |= {f.key for f in spelled_ordinals(brief.source.text)}  # « douzième » vouches for 12
    keys |= relative_dates(brief.source)  # « hier », « le lendemain »: days the source counts
    keys |= clock_words(brief.source.text)  # « à midi », « vers minuit »: times of day in a word
    roles: dict[str, set[str]] = {}
    around: dict[str, set[str]] = {}
    people = {p for s in statements for p in s.persons if p.split()}
    for i, statement in enumerate(statements):
        # every word, and every hyphenated one whole (« Ki-Moon », the surname of « Ban Ki-Moon »)
        written = set(re.findall(r"\w+", statement.text)) | set(_HYPHENATED.findall(statement.text))
        for person in people:
            if statement.subject_roles and statement.pronoun_for == person:
                # « Député européen en 1979, …, il devient … »: the offices it gives « il »
                roles.setdefault(person, set()).update(statement.subject_roles)
            if person not in statement.persons and not _by_surname(person, statement, written):
                continue  # named neither in full nor by surname
            roles.setdefault(person, set()).update(statement.lemmas)
            near = around.setdefault(person, set())
            for other in statements[max(0, i - 1) : i + 2]:
                near.update(other.lemmas)
                near.update(key.lower() for _, key in other.named)
    return SourceIndex(
        statements=tuple(statements),
        idf=idf,
        unseen_idf=math.log((n + 1) / 0.5),
        lemmas=frozenset(df),
        folded=tuple(frozenset(fold(lemma) for lemma in s.lemmas) for s in statements),
        folded_lemmas=frozenset(fold(lemma) for lemma in df),
        stems=frozenset(fold(lemma)[:STEM] for lemma in df),
        figure_keys=frozenset(keys),
        uses={k: tuple(v) for k, v in uses.items()},
        quotes=tuple((q, i) for i, s in enumerate(statements) for q in s.quotes),
        roles={k: frozenset(v) for k, v in roles.items()},
        around={k: frozenset(v) for k, v in around.items()},
        entities=frozenset(w for s in statements for w in s.entities),
        folded_entities=frozenset(fold(w) for s in statements for w in s.entities),
        initials=frozenset(initials(key) for s in statements for _, key in s.named),
        years=frozenset(y for s in statements for y in s.years),
        text=normalise(unspaced(brief.source.text)),  # « M gr » as « Mgr »
        slots={
            name: frozenset().union(*(s.slots.get(name, frozenset()) for s in statements))
            for name in SLOTS
        },
    )


_PARTICLES = frozenset({"de", "du", "des", "la", "le", "les", "d'", "l'", "et", "pour"})
_ELIDED = re.compile(r"^[dl]'(?=\w)", re.IGNORECASE)  # « l'éducation » is « éducation »'s initial
REORDERED = 3  # initials: this many at least, each an acronym's letter, name it in another tongue


def initials(name: str) -> str:
    """ "Agence France-Presse" → "afp", "Banque centrale européenne" → "bce", "Programme des
    Nations unies pour le développement" → "pnud" (accents folded, « l'Atlantique » is « a »)."""
    words = [_ELIDED.sub("", w) for w in re.split(r"[\s\-]+", name.replace("’", "'")) if w]
    return fold("".join(w[0] for w in words if w and w.lower() not in _PARTICLES).lower())


def reordered(letters: str, name: str) -> bool:
    """An acronym of `name` said in another tongue, whose words come in another order (the body's
    noun last: « UNESCO » of « Organisation des Nations unies pour l'éducation, la science et la
    culture », « NATO » of « Organisation du traité de l'Atlantique nord »): REORDERED initials of
    the name at least, each one of its letters, the NER's name cut short or not."""
    said, left = initials(name), list(fold(letters.lower()))
    for letter in said:
        if letter not in left:
            return False
        left.remove(letter)
    return len(said) >= REORDERED


_HYPHENATED = re.compile(r"\w+(?:-\w+)+")


def _by_surname(person: str, statement: Statement, written: set[str]) -> bool:
    """`statement` names `person` by the surname alone: it writes the surname, and names in full
    nobody else who bears it (« Raheel Sharif » is not « Nawaz Sharif »; « Richard Murray » is
    the source's « Murray »)."""
    surname = person.split()[-1]
    others = [p for p in statement.persons if len(p.split()) > 1 and not p.endswith(person)]
    return surname in written and not any(p.split()[-1] == surname for p in others)

"""Focus keyphrase: a 2–4 word noun phrase from the most salient lemmas and entities.

Salience of a lemma: its occurrences in the text, the title's counting `TITLE_WEIGHT` times;
between phrases of equal score, the one the lead (first paragraph) holds wins.
Candidates are noun phrases of one to three content words (nouns, proper nouns, adjectives)
joined only by "de/du/des/d'" ("voisinage sud", "hausse du chômage"), scored by how often the
phrase occurs times the salience of its weakest lemma, the title's own phrases first; the most
frequent named organisation, place or person is put in front when the phrase holds no name
("OTAN voisinage sud"). A phrase whose direction contradicts the title's is never chosen: for
« le chômage repart fortement à la hausse », not « baisse du chômage ».
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING

from engine.brief.facts import entity_key

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

CONTENT_POS = frozenset({"NOUN", "PROPN", "ADJ"})
CONNECTORS = frozenset({"de", "du", "des", "d'", "d’"})
ENTITY_LABELS = frozenset({"ORG", "LOC", "PER"})
TITLE_WEIGHT = 3
# Words that give a story its direction (lemmas): a keyphrase may not point the other way.
RISING = frozenset(
    "hausse augmentation progression croissance reprise envolée bond rebond flambée essor "
    "augmenter monter grimper progresser croître bondir flamber".split()
)
FALLING = frozenset(
    "baisse diminution recul chute repli reflux effondrement déclin "
    "baisser diminuer reculer chuter décroître effondrer décliner".split()
)
MAX_CONTENT_WORDS = 3
MAX_KEYPHRASE_WORDS = 4


def lemma(token: Token) -> str:
    """Lowercase lemma; proper nouns keep their written form ("OTAN" → "otan")."""
    return (token.text if token.pos_ == "PROPN" else token.lemma_).lower().replace("’", "'")


def is_content(token: Token) -> bool:
    return (
        token.pos_ in CONTENT_POS
        and not token.is_stop
        and len(token.text) > 1
        and any(ch.isalpha() for ch in token.text)
    )


def keyphrase_candidates(title: Doc | None, paragraphs: Sequence[Doc], count: int = 5) -> list[str]:
    """The best keyphrase first, then up to `count - 1` other candidates (never empty)."""
    docs = [(title, TITLE_WEIGHT)] if title is not None else []
    docs += [(doc, 1) for doc in paragraphs]
    salience: Counter[str] = Counter()
    for doc, weight in docs:
        for token in doc:
            if is_content(token):
                salience[lemma(token)] += weight
    phrases: Counter[tuple[str, ...]] = Counter()
    surface: dict[tuple[str, ...], Counter[str]] = {}
    entities: Counter[str] = Counter()
    for doc, weight in docs:
        for lemmas, written in _noun_phrases(doc):
            phrases[lemmas] += weight
            surface.setdefault(lemmas, Counter())[written] += 1
        for ent in doc.ents:
            key = entity_key(ent.text)
            if ent.label_ in ENTITY_LABELS and key:
                entities[key] += weight

    lead = paragraphs[0] if paragraphs else None
    in_lead = Counter(p for p, _ in _noun_phrases(lead)) if lead is not None else Counter()

    def score(lemmas: tuple[str, ...]) -> tuple[int, int, int]:
        # a phrase is as salient as its weakest word: "pays du flanc" loses to "voisinage sud";
        # between equals, the phrase of the lead wins
        return phrases[lemmas] * min(salience[lem] for lem in lemmas), in_lead[lemmas], len(lemmas)

    named = {key.lower() for key in entities}
    contrary = _contrary(title) if title is not None else frozenset()
    ranked = sorted(
        (p for p in phrases if not contrary & set(p)), key=lambda p: (*(-x for x in score(p)), p)
    )
    in_title = {lemmas for lemmas, _ in _noun_phrases(title)} if title is not None else set()
    multiword = [p for p in ranked if len(p) > 1 and phrases[p] > 1]
    multiword = [p for p in multiword if p in in_title] or multiword  # the title's, if any
    order = multiword + [p for p in ranked if p not in multiword]
    written = [surface[p].most_common(1)[0][0] for p in order]
    entity = entities.most_common(1)[0][0] if entities else ""
    candidates: list[str] = []
    if written:
        words = written[0]
        holds_name = any(name in words.lower() for name in named)
        if entity and not holds_name and len(f"{entity} {words}".split()) <= MAX_KEYPHRASE_WORDS:
            candidates.append(f"{entity} {words}")
    title_text = title.text.strip() if title is not None else ""
    for phrase in [*written, entity, title_text]:
        if phrase and phrase.lower() not in {c.lower() for c in candidates}:
            candidates.append(phrase)
    return candidates[:count] or [""]


def _contrary(title: Doc) -> frozenset[str]:
    """The direction words a keyphrase may not hold: the falling ones for a rising title."""
    lemmas = {token.lemma_.lower() for token in title}
    rising, falling = bool(lemmas & RISING), bool(lemmas & FALLING)
    if rising and not falling:
        return FALLING
    if falling and not rising:
        return RISING
    return frozenset()


def _noun_phrases(doc: Doc) -> list[tuple[tuple[str, ...], str]]:
    """(content lemmas, written form) of every phrase of 1–3 content words."""
    found = []
    for start, token in enumerate(doc):
        if not is_content(token) or token.pos_ == "ADJ":
            continue
        lemmas = [lemma(token)]
        end = start + 1
        found.append((tuple(lemmas), token.text))
        i = start + 1
        while i < len(doc) and len(lemmas) < MAX_CONTENT_WORDS:
            j = i
            while j < len(doc) and doc[j].lower_ in CONNECTORS | {"la", "l'", "l’"}:
                j += 1
            if j >= len(doc) or not is_content(doc[j]) or j - i > 2:
                break
            if j > i and doc[i].lower_ not in CONNECTORS:
                break
            lemmas.append(lemma(doc[j]))
            end = j + 1
            found.append((tuple(lemmas), doc[start:end].text))
            i = j + 1
    return found

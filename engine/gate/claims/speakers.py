"""Quotations: verbatim (« […] » parts in order), given to their source speaker or to nobody; a
fragment of two or three words only in a context that says what the source says (a review). A
speaker said by an office or a trade (« a indiqué un officier », « selon le président français »)
is that description: given by name to someone the source never gives that office, a review."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from engine.brief.facts import entity_key
from engine.brief.quotes import quote_key
from engine.gate.claims.alignment import (
    SHORT_QUOTE,
    Problem,
    Sentence,
    certainty,
    pair_certainty,
    question,
    restated,
)
from engine.gate.findings import Severity
from engine.gate.source_index import SourceIndex
from engine.gate.statements import PERSON, SOURCE_PREPOSITIONS
from engine.gate.tokens import lemma_of
from engine.text import excerpt, normalise
from engine.text.lexicon import tagged, words

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


@dataclass(frozen=True)
class Quote:
    key: str  # engine.brief.quotes.quote_key of the quoted words
    text: str  # as written, marks included
    speaker: str | None  # entity key of who says it, when the sentence tells
    named: bool  # the speaker is named in the sentence (not a pronoun resolved from before)
    negated: bool  # the quoted words stand in a negated clause ("il n'y a pas de « défaite »")
    start: int
    end: int


RULE = "quotations"


def verbatim_in(key: str, index: SourceIndex) -> bool:
    """A quotation (its quote key) is the source's words: « […] » parts each, in order."""
    return bool(verbatim(key, index))


def verbatim(key: str, index: SourceIndex) -> list[int]:
    """The source statements whose words hold the quotation (« […] » parts each, in order): a
    source quotation first, else the source's own words."""
    parts = [normalise(p).strip(" ,;:.") for p in key.split("…") if p.strip(" .,;:")]
    if not parts:
        return []
    found = [i for quote, i in index.quotes if _in_order(parts, normalise(quote.key))]
    if found:
        return found
    if not _in_order(parts, index.text):
        return []
    return [i for i, s in enumerate(index.statements) if parts[0] in normalise(s.text)] or [0]


def _in_order(parts: list[str], text: str) -> bool:
    position = 0
    for part in parts:
        position = text.find(part, position)
        if position < 0:
            return False
        position += len(part)
    return True


def same_person(a: str, b: str) -> bool:
    mine, theirs = set(a.lower().split()), set(b.lower().split())
    return mine <= theirs or theirs <= mine


def quote_problems(sentence: Sentence, index: SourceIndex) -> Iterator[Problem]:
    for quote in sentence.statement.quotes:
        holders = verbatim(quote.key, index)
        if not holders:
            continue  # reported as "quotation not in the source" by the fact check
        theirs = [q for q, i in index.quotes if i in holders and q.speaker and _overlaps(q, quote)]
        described = {q.speaker for q in theirs if q.speaker.startswith(DESCRIBED)}
        theirs = [q for q in theirs if q.speaker not in described]
        speakers = {q.speaker for q in theirs}
        named = quote.speaker if quote.named else None  # a pronoun's guess accuses nobody
        if _a_name(quote, index):
            continue  # « eSwatini »: a name in quotation marks, no speech to give anyone
        other = _described_otherwise(named, speakers, described, index)
        if other is not None:
            yield Problem(
                RULE,
                "review",
                f"gives «{excerpt(quote.key, 50)}» to {_shown(named)}: the source's speaker is "
                f"{_shown(other)}",
                holders[0],
                quote.text,
            )
            continue
        if named and named.startswith(DESCRIBED):
            named = None  # judged by its description
        if named and speakers and not any(same_person(named, s) for s in speakers):
            sure = all(q.named for q in theirs)  # the source names its speaker there too
            besides = frozenset(named.lower().split()) | frozenset(named.split())
            yield Problem(
                RULE,
                _speaker_certainty(sentence, quote, index, besides) if sure else "review",
                f"gives «{excerpt(quote.key, 50)}» to {quote.speaker}: the source's speaker is "
                f"{sorted(speakers)[0]}",
                holders[0],
                quote.text,
            )
            continue
        voice = _voiced_by_other(sentence, speakers, index) if speakers and not named else None
        if voice is not None:
            yield Problem(
                RULE,
                "review",
                f"gives «{excerpt(quote.key, 50)}» to {voice}: the source's speaker is "
                f"{sorted(speakers)[0]}",
                holders[0],
                quote.text,
            )
            continue
        words = len(quote.key.split())
        term = words == 1 and restated(sentence) is None
        if words <= SHORT_QUOTE and not term and not question(sentence) and "?" not in quote.key:
            # one word in quotation marks is a term ("handlers") unless the sentence restates
            # a source sentence; a question asks, a quoted question is itself. Its context is
            # judged where the sentence surely restates its source one, else its polarity only
            sure = certainty(sentence) == "hard"
            yield from _fragment_problem(sentence, quote, holders, index, sure)


def _described_otherwise(
    named: str | None, speakers: set[str], described: set[str], index: SourceIndex
) -> str | None:
    """A speaker the source says by an office or a trade (« a indiqué un officier », « selon le
    président français »), named in the article, where the source never gives the named one
    that office: the source's speaker, else None. A review: who holds an office may be told
    elsewhere than the source says it."""
    if not named or named.startswith(DESCRIBED) or not described:
        return None  # an honest writer says who speaks by his office as often as by name
    if speakers:
        return None  # a named speaker there too: judged by name
    roles = _titles_of(named, index)
    if any(d[len(DESCRIBED) :] in roles for d in described):
        return None  # « Éric Houde » for the source's « le ministre », the minister's name
    return sorted(described)[0]


def _titles_of(person: str, index: SourceIndex) -> set[str]:
    """The offices and trades the source writes next to the person's name (« le président
    français Emmanuel Macron »); for a name the source never gives, every one (no accusation)."""
    found = [r for s in index.statements for p, r in s.roles.items() if same_person(person, p)]
    if not any(same_person(person, p) for p in index.roles):
        return set(_people())
    # and the words of a sentence naming only that person (« Le directeur général du club
    # français Lille, Marc Ingla, … »: the office further than read_roles reads it)
    alone = [
        s.lemmas for s in index.statements if [same_person(person, p) for p in s.persons] == [True]
    ]
    return set().union(*found, *alone)


def _shown(speaker: str) -> str:
    return f"«{speaker[len(DESCRIBED) :]}»" if speaker.startswith(DESCRIBED) else speaker


def _speaker_certainty(
    sentence: Sentence, quote: Quote, index: SourceIndex, besides: frozenset[str]
) -> Severity:
    """A whole sentence of the source's speech (more than SHORT_QUOTE words, verbatim) given by
    name to another is certain; a shorter one only on a near-minimal pair (a few words may be
    anyone's, and the sentence's name may be who they are about)."""
    if len(quote.key.split()) > SHORT_QUOTE:
        return "hard"
    return pair_certainty(sentence, index, besides)


def _a_name(quote: Quote, index: SourceIndex) -> bool:
    """A one-word quotation that is a name (« eSwatini »): capitalised, or a name the source
    gives."""
    words = quote.key.split()
    if len(words) != 1:
        return False
    word = quote.text.strip('«» "“”')
    return word[:1].isupper() or word[1:2].isupper() or word.lower() in index.entities


def _voiced_by_other(sentence: Sentence, speakers: set[str], index: SourceIndex) -> str | None:
    """ "Selon le porte-parole de RTE, « … »" where the source's speaker is Susanne Nies,
    spokeswoman of Entsoe: a quotation given to no one by name, but to an organisation or place
    (as its source, or the subject) that the source never names near its speaker."""
    for actor in sentence.statement.actors:
        if actor.kind == PERSON or actor.how not in ("source", "subject"):
            continue
        near = set().union(*(index.around.get(s, frozenset()) for s in speakers))
        if actor.key.lower() not in near and not any(
            actor.key.lower() in s.lower() for s in speakers
        ):
            return actor.key
    return None


def _overlaps(source_quote: Quote, quote: Quote) -> bool:
    parts = [normalise(p).strip(" ,;:.") for p in quote.key.split("…") if p.strip(" .,;:")]
    text = normalise(source_quote.key)
    return all(part in text for part in parts)


def _fragment_problem(
    sentence: Sentence, quote: Quote, holders: list[int], index: SourceIndex, sure: bool
) -> Iterator[Problem]:
    """A one-to-three-word quotation stands only where the sentence around it says what the
    source says around it: the same polarity, and some of the same words (two sentences either
    side); a question ("Quelle défaite ?") vouches for nothing."""
    fragment = normalise(quote.key)
    inner = set(fragment.replace("'", " ").split())
    context = frozenset(lemma for lemma in sentence.statement.lemmas if lemma not in inner)
    found = []
    for i, theirs in enumerate(index.statements):
        if fragment not in normalise(quote_key(theirs.text)):
            continue
        found.append(i)
        if theirs.text.rstrip(' »"').endswith("?"):
            continue
        negated = any(True in theirs.polar.get(word, ()) for word in fragment.split())
        around = set().union(*(s.lemmas for s in index.statements[max(0, i - 2) : i + 3]))
        if negated == quote.negated and (not sure or not context or context & around):
            return
    at = found[-1] if found else holders[0]
    yield Problem(
        RULE,
        "review",
        f"quotes «{quote.key}» out of its context: the source does not say that",
        at,
        quote.text,
    )


# --- what a sentence says (read by engine.gate.statements) ----------


def _person_of(token: Token, ents: list[Span], any_name: bool = False) -> str | None:
    """The person `token` names: itself, or through an apposition ("le ministre X"); with
    `any_name`, a name the NER took for something else ("Petro" as an organisation)."""
    beside = [  # « le ministre X », not « les parents de X »
        c
        for c in token.children
        if c.dep_ in ("appos", "flat:name")
        or c.dep_ == "nmod"
        and not any(g.dep_ == "case" for g in c.children)
    ]
    for cand in (token, *beside):
        for e in ents:
            if e.label_ == PERSON and e.start <= cand.i < e.end:
                return entity_key(e.text)
    if any_name and token.pos_ == "PROPN":
        return entity_key(" ".join(t.text for t in token.subtree if t.pos_ == "PROPN"))
    named = [c for c in token.children if c.dep_ in ("appos", "flat:name") and c.pos_ == "PROPN"]
    if any_name and token.pos_ == "NOUN" and named:  # « le ministre Dupont », NER aside
        return entity_key(" ".join(t.text for t in named[0].subtree if t.pos_ == "PROPN"))
    return None


def _behind_preposition(name: Span) -> bool:
    """A name behind a preposition, itself or the noun right before it that it names
    (« déclaré à Euractiv », « sur la radio France Bleu »): whom it is said to or where, not
    who says it."""
    root = name.root
    named = root.head if root.head.i == name.start - 1 and root.head.pos_ == "NOUN" else root
    return any(c.dep_ == "case" for c in (*root.children, *named.children))


DESCRIBED = "@"  # a speaker said by an office or a trade, not named: "@officier"


def _people() -> frozenset[str]:
    """The nouns that say who someone is: titles and trades (lexicons `titles`,
    `occupations`)."""
    return words("titles") | frozenset(tagged("occupations", "\t"))


_ANAPHORS = frozenset({"dernier", "dernière", "celui-ci", "celle-ci", "lui-même", "elle-même"})
_ELIDED = frozenset({"advcl", "xcomp", "conj"})  # « s'est défendu en précisant que … »


def _subjects(verb: Token) -> list[Token]:
    """The subjects of a verb of saying (its agent, « prononcée par X »), or, where it has
    none of its own (« L'Humanité s'est
    défendue en précisant que … », « … et a ajouté »), those of the verb it hangs on."""
    for _ in range(3):
        agents = [c for c in verb.children if c.dep_ == "obl:agent"]  # « prononcée par X »
        subjects = agents or [c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass")]
        if subjects or verb.dep_ not in _ELIDED or verb.head.i == verb.i:
            return subjects
        if verb.dep_ == "advcl" and "Fin" in verb.morph.get("VerbForm"):
            return []  # a finite clause of its own (« …, précisent-ils, … »): not its head's
        verb = verb.head
    return []


_OPINION = SOURCE_PREPOSITIONS | {"pour"}  # « pour lui, … »: whose view the sentence gives
_HIM_HER = frozenset({"lui", "elle", "eux", "elles"})


def speaker_of(
    sent: Span, outside: list[Token], ents: list[Span], last_person: str | None
) -> str | None:
    """Who speaks in `sent`: "selon X", the subject of a verb of saying, else its one person."""
    saying = words("saying")
    ours = {t.i for t in outside}
    quoted = min((t.i for t in sent if t.i not in ours), default=len(sent.doc))
    for token in outside:
        if (
            token.lower_ in _OPINION
            and token.dep_ == "case"
            and token.head.lower_ in _HIM_HER
            and token.i < quoted
        ):  # « selon lui, « … » », « pour elle, « … » »: the one spoken of before, if known
            return last_person
        opening = token.lower_ == "pour" and token.i == sent.start  # « Pour Theresa May, … »
        if (token.lower_ in SOURCE_PREPOSITIONS or opening) and token.dep_ == "case":
            person = _person_of(token.head, ents)
            if person:
                return person
            if token.head.pos_ == "NOUN" and token.head.lemma_.lower() in _people():
                return DESCRIBED + lemma_of(token.head)  # « selon le président français »
    for token in outside:
        if token.pos_ in ("VERB", "AUX") and token.lemma_.lower() in saying:
            subjects = [c for c in _subjects(token) if c.i in ours]  # not the quoted words
            if not subjects and token.i > quoted:  # « … » a indiqué un officier: inverted
                subjects = [
                    c
                    for c in token.children
                    if c.i in ours
                    and c.i > token.i
                    and c.dep_ in ("obj", "nsubj")
                    and c.pos_ in ("NOUN", "PROPN")
                ][:1]
            pronoun = any(c.pos_ == "PRON" for c in subjects)
            for child in subjects:
                person = _person_of(child, ents, any_name=not pronoun)
                if person:
                    return person
                if "Rel" in child.morph.get("PronType") and token.dep_ == "acl:relcl":
                    # « une citation de François Fillon qui disait : « … » »
                    return _person_of(token.head, ents, any_name=True)
                before = [e for e in ents if e.label_ == PERSON and e.end <= child.i]
                if child.lower_ in _ANAPHORS and before:  # « Dati ou Estrosi, ce dernier … »
                    return entity_key(before[-1].text)
                anaphor = child.pos_ == "PRON" or child.lower_ in _ANAPHORS
                if anaphor and child.lower_ != "on" and last_person:
                    return last_person  # « il », « ce dernier »: the one spoken of before
                # « il précise que l'Iran… » (no one before), « on pouvait lire », « le
                # secrétaire général de la CGT affirme … sur France Inter »: someone the
                # sentence does not name speaks, not a name it gives elsewhere; said by an
                # office or a trade, the speaker is that description (« a indiqué un officier »)
                if child.pos_ == "NOUN" and lemma_of(child) in _people():
                    return DESCRIBED + lemma_of(child)
                return None
    outside_ids = {t.i for t in outside}
    named = {  # a person not behind a preposition ("déclaré à Euractiv" names the hearer)
        entity_key(e.text)
        for e in ents
        if e.label_ == PERSON and e.start in outside_ids and not _behind_preposition(e)
    }
    if len(named) == 1:
        return next(iter(named))
    if not named:  # a name the NER took for an organisation or a place ("Petro, 58 ans, a…")
        bare = {
            entity_key(e.text)
            for e in ents
            if e.start in outside_ids and not _behind_preposition(e)
        }
        if len(bare) == 1 and any(
            t.lemma_.lower() in saying or t.lower_.startswith("tweet") for t in outside
        ):
            return next(iter(bare))
    main = [t for t in outside if t.dep_ == "nsubj" and t.head.dep_ == "ROOT"]
    if main and main[0].pos_ != "PRON" or any(t.lower_ == "on" for t in main):
        return None  # « La candidate du Front national voudrait quant à elle … »: described
    if not named and any(t.pos_ == "PRON" and t.dep_ == "nsubj" for t in outside):
        return last_person
    return None

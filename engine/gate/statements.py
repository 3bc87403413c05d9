"""What one sentence states, read from the spaCy parse the gate already has.

A `Statement` holds, for one sentence of the source or of the article: its content lemmas (for
alignment), its figures in context (value, unit or counted noun, comparator, direction), the
polarity of its predicates, its directions of change, the named entities in an actor's place,
its quotations with their speaker, the roles given to people, and its markers of cause.
Pure functions over spaCy tokens; the word lists are data (`engine.text.lexicon`).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from functools import cache
from typing import TYPE_CHECKING

from engine.brief.facts import entity_key
from engine.brief.figures import Figure, figures, spelled_figures
from engine.brief.quotes import quotations
from engine.gate.slots import read_slots
from engine.gate.tokens import is_content, is_name, lemma_of
from engine.text import fold
from engine.text.lexicon import by_tag, lines, tagged, words

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence

    from spacy.tokens import Doc, Span, Token

Quoted = tuple[int, int, str, str]  # start, end, as written, quote key (offsets in the doc)

PERSON, ACTOR_KINDS = "PER", frozenset({"PER", "ORG", "LOC"})
SUBJECTS = frozenset({"nsubj", "nsubj:pass", "obl:agent"})
SOURCE_PREPOSITIONS = frozenset({"selon", "d'après", "d’après"})
WEEKDAYS = lines("weekdays")
_SIGN = re.compile(r"^\(?\s*([+\-−])")
_BEFORE_ARTICLE = re.compile(r"(?:\s(?:la|les|le)|\sl['’])\s*$")


@dataclass(frozen=True)
class FigureUse:
    key: str  # the figure key ("50200", "1.4%", "--07-07", "2500000 EUR")
    kind: str  # number, percentage, amount, date
    text: str
    kin: str  # what it may be swapped with: year, date, time, percentage, amount:EUR, unit:U, count
    unit: str | None  # a unit of measure after it ("kilomètre")
    noun: str | None  # what it counts, when no unit ("coureur")
    comparator: str | None  # more, less, about
    direction: int  # +1 rise, -1 fall, 0 none said
    value: Decimal | None
    spelled: bool
    start: int  # offset in the sentence's text
    weekday: str | None = None  # the weekday written before a date ("samedi")
    anaphoric: bool = False  # "ces deux puissances", "les deux candidats": counts what was said


@dataclass(frozen=True)
class Quote:
    key: str  # engine.brief.quotes.quote_key of the quoted words
    text: str  # as written, marks included
    speaker: str | None  # entity key of who says it, when the sentence tells
    named: bool  # the speaker is named in the sentence (not a pronoun resolved from before)
    negated: bool  # the quoted words stand in a negated clause ("il n'y a pas de « défaite »")
    start: int
    end: int


@dataclass(frozen=True)
class Actor:
    kind: str  # PER, ORG, LOC
    key: str  # entity key ("Allemagne", "Manuel Valls")
    predicates: frozenset[str]  # lemmas of what it does or is ("origine", "exiger")
    how: str  # "subject", "source" (selon X), or "mention"
    case: str | None = None  # the preposition before it ("à" Glennallen), if one


@dataclass(frozen=True)
class Cause:
    """A link of cause or consequence the sentence states, and what it names."""

    marker: str  # as written ("à cause de", "car"), or the verb's lemma ("provoquer")
    named: frozenset[frozenset[str]]  # its noun phrases and proper names, folded lemmas
    written: tuple[str, ...]  # its words as written
    words: frozenset[str]  # its content lemmas, folded
    clause: bool = False  # a conjunction's whole clause (« car », « parce que »), no noun phrase
    effect: bool = False  # a consequence the sentence adds (« ce qui a entraîné X »): X


@dataclass(frozen=True)
class Statement:
    text: str
    lemmas: frozenset[str]
    figures: tuple[FigureUse, ...] = ()
    years: frozenset[str] = frozenset()
    verbs: dict[str, frozenset[bool]] = field(default_factory=dict)  # lemma → negated?
    nouns: dict[str, frozenset[bool]] = field(default_factory=dict)  # under a light verb
    polar: dict[str, frozenset[bool]] = field(default_factory=dict)  # any word as written
    directions: tuple[tuple[int, frozenset[str], str], ...] = ()  # sign, theme, word
    entities: frozenset[str] = frozenset()  # keys and their name parts, lowercase
    named: tuple[tuple[str, str], ...] = ()  # (kind, key) of every named entity
    persons: tuple[str, ...] = ()  # person keys, in order
    subject: str | None = None  # the person the sentence is about (its subject), if one
    weekdays: frozenset[str] = frozenset()  # "lundi", "dimanche"… said in the sentence
    actors: tuple[Actor, ...] = ()
    quotes: tuple[Quote, ...] = ()
    roles: dict[str, frozenset[str]] = field(default_factory=dict)  # person key → role lemmas
    causes: tuple[Cause, ...] = ()
    links: bool = False  # says a link of cause or consequence (a marker, or "permettre")
    slots: dict[str, frozenset] = field(default_factory=dict)  # engine.gate.slots: name → marks


_READ: dict[tuple[str, str | None, bool], tuple[Statement, ...]] = {}
_READ_MAX = 2048  # paragraphs kept: a repair round reads again only what it rewrote


def clear_cache() -> None:
    """Forget every text read (benchmarks time a first reading)."""
    _READ.clear()


def read_doc(doc: Doc, last_person: str | None = None, words: bool = True) -> list[Statement]:
    """The statements of every sentence of `doc` (a paragraph, a title), quotations read over the
    whole of it so that a quotation of several sentences is one; `last_person` is who a pronoun
    speaking in its first sentence stands for; `words`: read each word's polarity
    (`Statement.polar`, which only a source sentence is asked for). A text read before with the
    same `last_person` is not read again (its parse is the same: engine.text.nlp)."""
    key = (doc.text, last_person, words)
    found = _READ.get(key)
    if found is None:
        if len(_READ) >= _READ_MAX:
            _READ.clear()
        found = _READ[key] = tuple(_read_doc(doc, last_person, words))
    return list(found)


def _read_doc(doc: Doc, last_person: str | None, words: bool) -> list[Statement]:
    quoted = [
        (start, start + len(written), written, key) for start, written, key in quotations(doc.text)
    ]
    sents = _sentences(doc)
    speakers: list[tuple[str | None, bool]] = []
    out = []
    for sent in sents:
        statement = read_statement(sent, last_person, quoted, words)
        outside, ents = _outside(sent, quoted), _ents(sent)
        speaker = _speaker_default(sent, outside, ents, None)
        resolved = speaker or _speaker_default(sent, outside, ents, last_person)
        speakers.append((resolved, speaker is not None))
        if statement.subject or not (last_person and _pronoun_led(outside)):
            # « Elle se présente … : « … contre Sarkozy » »: a sentence led by « il »/« elle »
            # goes on with the same person, whoever else it names
            last_person = statement.subject or (
                statement.persons[-1] if statement.persons else last_person
            )
        out.append(statement)
    for start, end, written, key in quoted:
        first = next((n for n, s in enumerate(sents) if s.start_char <= start < s.end_char), None)
        if first is None:
            continue
        last = next((n for n, s in enumerate(sents) if s.start_char < end <= s.end_char), first)
        speaker, named = speakers[first] if speakers[first][0] else speakers[last]
        if last != first and speakers[last][1]:  # "« … » précise RTE": named after the quote
            speaker, named = speakers[last]
        inner = [t for t in doc if start < t.idx < end - 1 and is_content(t)]
        negated = any(_denied(t) for t in inner[:2])
        quote = Quote(key, written, speaker, named, negated, start, end)
        out[first] = _with_quote(out[first], quote)
    return out


_ENDS = (".", "!", "?", "…")
_HE_SHE = frozenset({"il", "elle"})


def _pronoun_led(outside: list[Token]) -> bool:
    """The sentence's main clause has « il » or « elle » for subject."""
    return any(
        t.lower_ in _HE_SHE and t.dep_ in ("nsubj", "nsubj:pass") and t.head.dep_ == "ROOT"
        for t in outside
    )


def _sentences(doc: Doc) -> list[Span]:
    """The sentences of `doc`, a piece the splitter cut off mid-sentence ("À 19 h 23" | ", les
    organisateurs…") joined to what follows."""
    out: list[Span] = []
    pending = None
    for sent in doc.sents:
        if not sent.text.strip():
            continue
        span = doc[pending.start : sent.end] if pending is not None else sent
        if not span.text.rstrip(' »"”\n').endswith(_ENDS) and span.end < len(doc):
            pending = span
            continue
        out.append(span)
        pending = None
    if pending is not None:
        out.append(pending)
    return [piece for span in out for piece in _split_missed(span)]


def _split_missed(span: Span) -> list[Span]:
    """Split where the parser missed a full stop: ". La participation…"."""
    pieces, start = [], span.start
    for token in span[:-1]:
        after = token.nbor(1)
        if token.text in (".", "!", "?") and after.text[:1].isupper() and token.i + 1 > start:
            pieces.append(span.doc[start : token.i + 1])
            start = token.i + 1
    pieces.append(span.doc[start : span.end])
    return [p for p in pieces if p.text.strip()]


def _with_quote(statement: Statement, quote: Quote) -> Statement:
    from dataclasses import replace

    return replace(statement, quotes=(*statement.quotes, quote))


def _ents(sent: Span) -> list[Span]:
    return [e for e in sent.ents if e.label_ in ACTOR_KINDS and is_name(e)]


def _outside(sent: Span, quoted: Sequence[Quoted]) -> list[Token]:
    return [t for t in sent if not any(a <= t.idx < b for a, b, *_ in quoted)]


def read_statement(
    sent: Span, last_person: str | None = None, quoted: Sequence[Quoted] = (), words: bool = True
) -> Statement:
    """What `sent` states (its quotations are added by `read_doc`); `quoted`: the quotations'
    (start, end, …) in the doc, whose words are no claim of the writer's; `words`: as in
    `read_doc`."""
    text = sent.text
    base = sent.start_char
    tokens = list(sent)
    starts = [t.idx - base for t in tokens]
    outside = _outside(sent, quoted)
    lemmas = frozenset(lemma_of(t) for t in tokens if is_content(t))
    ents = _ents(sent)
    persons = tuple(
        dict.fromkeys(k for e in ents if e.label_ == PERSON and (k := entity_key(e.text)).strip())
    )
    figs, years = _figures(text, tokens, starts)
    # figures align sentences too: "#1306852" is as telling as a rare word
    lemmas = lemmas | {f"#{day_key(f.key)}" for f in figs if f.kin != "count" or f.noun}
    verbs, nouns = _polarity(tokens)
    actors = (*_actors(ents), *_institutions(outside))
    return Statement(
        text=text.strip(),
        lemmas=lemmas,
        figures=figs,
        years=years,
        verbs=verbs,
        nouns=nouns,
        polar=_word_polarity(tokens) if words else {},
        directions=_directions(outside),
        entities=_entity_words([e for e in sent.ents if e.label_]),
        named=tuple(
            dict.fromkeys((e.label_, entity_key(e.text)) for e in sent.ents if e.label_ != "")
        ),
        persons=persons,
        actors=actors,
        weekdays=frozenset(t.lower_ for t in tokens if t.lower_ in WEEKDAYS),
        subject=next((a.key for a in actors if a.kind == PERSON and a.how == "subject"), None),
        roles=_roles(tokens, ents),
        causes=tuple(_causes(text, tokens, starts, outside)),
        links=any(t.lemma_.lower() in by_tag("causal").get("link", ()) for t in tokens),
        slots=read_slots(tokens),
    )


# --- quotations -----------------------------------------------------------------------------


def _person_of(token: Token, ents: list[Span], any_name: bool = False) -> str | None:
    """The person `token` names: itself, or through an apposition ("le ministre X"); with
    `any_name`, a name the NER took for something else ("Petro" as an organisation)."""
    for cand in (token, *[c for c in token.children if c.dep_ in ("appos", "nmod", "flat:name")]):
        for e in ents:
            if e.label_ == PERSON and e.start <= cand.i < e.end:
                return entity_key(e.text)
    if any_name and token.pos_ == "PROPN":
        return entity_key(" ".join(t.text for t in token.subtree if t.pos_ == "PROPN"))
    return None


def _speaker_default(
    sent: Span, outside: list[Token], ents: list[Span], last_person: str | None
) -> str | None:
    """Who speaks in `sent`: "selon X", the subject of a verb of saying, else its one person."""
    saying = words("saying")
    for token in outside:
        if token.lower_ in SOURCE_PREPOSITIONS and token.dep_ == "case":
            person = _person_of(token.head, ents)
            if person:
                return person
    for token in outside:
        if token.pos_ in ("VERB", "AUX") and token.lemma_.lower() in saying:
            subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubj:pass")]
            pronoun = any(c.pos_ == "PRON" for c in subjects)
            for child in subjects:
                if child.dep_ in ("nsubj", "nsubj:pass"):
                    person = _person_of(child, ents, any_name=not pronoun)
                    if person:
                        return person
                    if child.pos_ == "PRON" and last_person:
                        return last_person
    outside_ids = {t.i for t in outside}
    named = {  # a person not behind a preposition ("déclaré à Euractiv" names the hearer)
        entity_key(e.text)
        for e in ents
        if e.label_ == PERSON
        and e.start in outside_ids
        and not any(c.dep_ == "case" for c in e.root.children)
    }
    if len(named) == 1:
        return next(iter(named))
    if not named:  # a name the NER took for an organisation or a place ("Petro, 58 ans, a…")
        bare = {
            entity_key(e.text)
            for e in ents
            if e.start in outside_ids and not any(c.dep_ == "case" for c in e.root.children)
        }
        if len(bare) == 1 and any(
            t.lemma_.lower() in saying or t.lower_.startswith("tweet") for t in outside
        ):
            return next(iter(bare))
    if not named and any(t.pos_ == "PRON" and t.dep_ == "nsubj" for t in outside):
        return last_person
    return None


# --- figures in context ---------------------------------------------------------------------


def _figures(
    text: str, tokens: list[Token], starts: list[int]
) -> tuple[tuple[FigureUse, ...], frozenset[str]]:
    found, years = [], set()
    date_starts: set[int] = set()
    units = words("units")
    comparators = tagged("comparators", "\t")
    direction = tagged("direction")
    all_figures = sorted([*figures(text), *spelled_figures(text)], key=lambda f: f.start)
    for fig in all_figures:
        if fig.kind == "date":
            date_starts.add(fig.start)
            year = next((p for p in fig.key.split("-")[:1] if len(p) == 4), None)
            if year:
                years.add(year)
        elif fig.kind == "number" and fig.start in date_starts:
            continue  # the day and year numbers of a date read just before
        end = fig.start + len(fig.text)
        after = _token_at(tokens, starts, end, forward=True)
        unit = noun = None
        if fig.kind == "number" and after is not None:
            head = after  # "2 millimètres", "65 millions d'années-lumière": past "de"
            if head.lower_ in ("de", "d'", "d’") and head.i < tokens[-1].i:
                head = head.nbor(1)
            if head.is_stop and head.pos_ in ("ADJ", "DET", "PRON") and head.i < tokens[-1].i:
                head = head.nbor(1)  # "deux autres coureurs", "93 500 toutes catégories"
            word = head.lemma_.lower()
            if word in units or head.lower_ in units:
                unit = word if word in units else head.lower_
            elif head.pos_ in ("NOUN", "PROPN", "ADJ") and is_content(head):
                noun = word
        value = _value(fig.key)
        kin = _kin(fig.kind, fig.key, fig.text, unit, value)
        if kin == "year":
            years.add(fig.key)
        before = text[max(0, fig.start - 40) : fig.start].lower().replace("’", "'")
        found.append(
            FigureUse(
                key=fig.key,
                kind=fig.kind,
                text=fig.text,
                kin=kin,
                unit=unit,
                noun=noun,
                comparator=_comparator(before, comparators),
                direction=_figure_direction(fig, before, tokens, starts, end, direction),
                value=value,
                spelled=fig.spelled,
                start=fig.start,
                weekday=_weekday(before) if fig.kind == "date" else None,
                anaphoric=fig.spelled
                and value is not None
                and value <= 10
                and bool(re.search(r"(?:^|\s)(?:les|ces|leurs|ses|nos|vos|des|aux)\s*$", before)),
            )
        )
    return tuple(found), frozenset(years)


def _token_at(tokens: list[Token], starts: list[int], offset: int, forward: bool) -> Token | None:
    i = bisect_right(starts, offset - 1) if forward else bisect_right(starts, offset) - 1
    while forward and i < len(tokens) and not tokens[i].text.strip():
        i += 1
    return tokens[i] if 0 <= i < len(tokens) else None


def _value(key: str) -> Decimal | None:
    number = key.split(" ")[0].rstrip("%")
    try:
        return Decimal(number)
    except InvalidOperation:
        return None


def _kin(kind: str, key: str, text: str, unit: str | None, value: Decimal | None) -> str:
    if kind == "date":
        return "time" if ":" in key else "date"
    if kind == "percentage":
        return "percentage"
    if kind == "amount":
        return "amount:" + key.split(" ")[-1]
    if unit:
        return "unit:" + unit
    if value is not None and text.isdigit() and len(text) == 4 and 1800 <= value <= 2100:
        return "year"
    return "count"


def _comparator(before: str, comparators: dict[str, str]) -> str | None:
    tail = _BEFORE_ARTICLE.sub("", " " + before).rstrip(" \u00a0\u202f")
    for phrase in sorted(comparators, key=len, reverse=True):
        if tail.endswith(" " + phrase) or tail.endswith(" " + phrase.rstrip("'")) or tail == phrase:
            return comparators[phrase]
        if phrase.endswith("'") and tail.endswith(phrase):
            return comparators[phrase]
        if tail.endswith(("d'" + phrase, "d’" + phrase)):  # « a augmenté d'environ »
            return comparators[phrase]
    return None


def _figure_direction(
    fig: Figure,
    before: str,
    tokens: list[Token],
    starts: list[int],
    end: int,
    direction: dict[str, str],
) -> int:
    if sign := _SIGN.match(fig.text) or _SIGN.match(before[-3:].strip() + fig.text):
        return 1 if sign.group(1) == "+" else -1
    first = bisect_right(starts, fig.start - 1)
    for token in reversed(tokens[max(0, first - 5) : first]):
        word = _direction_of(token, direction)
        if word:
            return 1 if word == "+" else -1
        if token.text in (".", ";", ":", ",") and token.i < tokens[first - 1].i:
            if token.text == "," and token.nbor(1).lower_ in ("de", "d'", "d’"):
                continue  # « progresse légèrement, de 0,3 % »: the figure's own comma
            break
    after = bisect_right(starts, end - 1)
    for token in tokens[after : after + 3]:
        word = _direction_of(token, direction)
        if word:
            return 1 if word == "+" else -1
        if token.lower_ not in ("de", "d'", "d’", "en", "%"):
            break
    return 0


def day_key(key: str) -> str:
    """A date key without its year: "2016-01-11" → "--01-11" (other keys unchanged)."""
    return f"--{key[5:]}" if len(key) == 10 and key[4] == "-" else key


def _weekday(before: str) -> str | None:
    words_before = re.findall(r"[a-zéû]+", before)
    if words_before and words_before[-1] in WEEKDAYS:
        return words_before[-1]
    if len(words_before) > 1 and words_before[-2] in WEEKDAYS and words_before[-1] == "le":
        return words_before[-2]
    return None


# --- polarity and direction -----------------------------------------------------------------


def _negated(token: Token, depth: int = 0) -> bool:
    """`token`'s clause says no: ne/n' … pas/plus/jamais, sans, aucun, a verb like renoncer that
    governs it, or a modal that is itself negated ("sans avoir à présenter")."""
    negation = by_tag("negation")
    markers = negation["word"]
    clause = _clause_head(token)
    own = clause is not token and any(
        c.lower_ in markers for c in token.children if c.dep_ in ("det", "case")
    )
    before = clause.doc[clause.i - 1].lower_ if clause.i > 0 else ""
    found = {c.lower_ for c in clause.children if c.lower_ in markers}
    said = (
        bool(found) or before in markers  # "du jamais vu": the parser hangs "jamais" elsewhere
    ) and not _restrictive(clause)
    if said and found and found <= _NE and not _second_part(clause):
        said = False  # an expletive « ne »: « avant que l'EI ne reprenne le dessus »
    governed = False
    if clause.dep_ in ("xcomp", "ccomp", "obj", "obl:arg") and clause.head is not clause:
        head = clause.head.lemma_.lower()
        if head in negation["verb"]:
            governed = True
        elif (
            depth < 2
            and not _idiom_de(clause, head)
            and (head in negation["light"] or clause.dep_ == "xcomp" and clause.head.pos_ == "VERB")
        ):
            # "n'ont pas réussi à dégager": the infinitive is in the negation's scope
            governed = _negated(clause.head, depth + 1)
    return own != (said != governed)


_MODALS = frozenset({"pouvoir", "devoir", "vouloir"})


def _idiom_de(clause: Token, head: str) -> bool:
    """A modal takes a bare infinitive: « n'en pouvons plus de voir » (can bear no more) does
    not deny « voir » as « ne pouvons plus voir » would."""
    return head in _MODALS and any(
        c.lower_ in ("de", "d'", "d’") and c.dep_ == "mark" for c in clause.children
    )


_RESTRICTIVE = frozenset({"que", "qu'", "qu’"})
_NE = frozenset({"ne", "n'", "n’"})
_SECOND_PARTS = by_tag("negation")["second"]  # « pas », « jamais »… after « ne »


def _restrictive(clause: Token) -> bool:
    """ "il ne s'en produit qu'une par siècle": ne … que restricts, it does not deny. Read on
    the words after « ne » (else after the clause's head): « que » before any second part
    (« pas », « plus », « jamais »…) restricts, and so does « plus que » (« il n'a plus qu'une
    piste »); the rest of the sentence is another clause's (« le checkpoint le plus proche »
    denies nothing)."""
    doc = clause.doc
    ne = next((c for c in clause.children if c.lower_ in _NE), None)
    start = ne.i if ne is not None else clause.i
    for token in doc[start + 1 : min(len(doc), max(start, clause.i) + 8)]:
        following = doc[token.i + 1].lower_ if token.i + 1 < len(doc) else ""
        if token.lower_ == "plus" and following in _RESTRICTIVE:
            return True
        if token.lower_ in _SECOND_PARTS or token.text in (".", ";", ":", "!", "?"):
            return False
        if token.lower_ in _RESTRICTIVE:
            return True
    return False


def _second_part(clause: Token) -> bool:
    """Whether « ne » has its second part (« pas », « plus », « jamais »…) in its clause."""
    doc = clause.doc
    ne = next((c for c in clause.children if c.lower_ in _NE), None)
    start = ne.i if ne is not None else clause.i
    after = doc[start + 1 : min(len(doc), max(start, clause.i) + 8)]
    return any(t.lower_ in _SECOND_PARTS for t in [*clause.children, *after])


def _clause_head(token: Token) -> Token:
    head = token
    for _ in range(4):
        if head.pos_ in ("VERB", "AUX") or any(c.dep_ == "cop" for c in head.children):
            return head
        if head.head is head:
            return head
        head = head.head
    return head


def _polarity(
    tokens: list[Token],
) -> tuple[dict[str, frozenset[bool]], dict[str, frozenset[bool]]]:
    light = by_tag("negation")["light"]
    verbs: dict[str, set[bool]] = {}
    nouns: dict[str, set[bool]] = {}
    for token in tokens:
        verb = token.pos_ == "VERB" and token.lemma_.lower() not in light
        if not verb and not (token.pos_ == "NOUN" and is_content(token) and _predicate_noun(token)):
            continue
        if _under_negating_verb(token):
            continue  # "empêchent que les rebelles soient condamnés": a negation either way
        if verb:
            verbs.setdefault(token.lemma_.lower(), set()).add(_negated(token))
        else:
            clause = _clause_head(token)
            if clause.lemma_.lower() == "falloir":
                continue  # « il faut une majorité » says what is needed, not what is had
            if clause.lemma_.lower() in light or any(
                c.lower_ == "y" or c.dep_ == "cop" for c in clause.children
            ):
                nouns.setdefault(token.lemma_.lower(), set()).add(_negated(token))
    return (
        {k: frozenset(v) for k, v in verbs.items()},
        {k: frozenset(v) for k, v in nouns.items()},
    )


# A noun that is what a light verb says (its object, its attribute), not a circumstance of it
# ("depuis plus de six mois") nor its subject ("ce résultat n'est pas une surprise").
_PREDICATE_NOUNS = frozenset({"obj", "ROOT", "xcomp"})


def _predicate_noun(token: Token) -> bool:
    return token.dep_ in _PREDICATE_NOUNS or any(c.lower_ == "sans" for c in token.children)


def _under_negating_verb(token: Token) -> bool:
    """Whether a verb like empêcher, éviter, interdire governs `token`'s clause (the parser hangs
    "empêcher que …" and "empêcher de …" differently, so their polarity is not compared)."""
    verbs = by_tag("negation")["verb"]
    head = _clause_head(token)
    for _ in range(3):
        if head.head is head:
            return False
        head = head.head
        if head.lemma_.lower() in verbs:
            return True
    return False


def _word_polarity(tokens: list[Token]) -> dict[str, frozenset[bool]]:
    """Whether each word (as written) is denied where it stands (`_denied`): what a quoted
    fragment of the source is compared by."""
    found: dict[str, set[bool]] = {}
    for token in tokens:
        if is_content(token):
            found.setdefault(token.lower_.replace("’", "'"), set()).add(_denied(token))
    return {k: frozenset(v) for k, v in found.items()}


# Where a negation of the clause does not deny the word: what the clause is about (« les
# « handlers » n'ont pas le droit de … »), a name given to a noun (« la coalition « Jamaïque » »).
_NOT_DENIED = frozenset({"nsubj", "nsubj:pass", "appos", "flat:name"})


def _denied(token: Token) -> bool:
    """Whether `token` is what a negation denies: what its clause says (object, attribute,
    complement), negated there or governed by a verb that denies (« a refusé de parler de
    « défaite » »); a negated verb above its clause does not reach it (« n'en pouvons plus de
    voir partir « nos jeunes » »)."""
    return token.dep_ not in _NOT_DENIED and _negated(token, depth=2)


def _theme(token: Token) -> frozenset[str]:
    direction = tagged("direction")
    near = [*token.children, token.head]
    near += [t for t in token.subtree if abs(t.i - token.i) <= 10 and t.pos_ in ("NOUN", "PROPN")]
    near += [c for c in token.head.children if c.dep_ in SUBJECTS]
    return frozenset(
        lemma_of(t)
        for t in near
        if is_content(t) and t.lemma_.lower() not in direction and t is not token
    )


def _direction_of(token: Token, direction: dict[str, str]) -> str | None:
    """The direction a word states; a verb the lemmatiser left inflected ("abaisse") too."""
    lemma = token.lemma_.lower()
    found = direction.get(lemma)
    if found is None and token.pos_ == "VERB" and lemma.endswith("e"):
        found = direction.get(lemma + "r")
    return found


def _directions(outside: list[Token]) -> tuple[tuple[int, frozenset[str], str], ...]:
    direction = tagged("direction")
    found = []
    for token in outside:
        sign = _direction_of(token, direction)
        if sign and token.pos_ in ("NOUN", "VERB", "ADJ"):
            found.append((1 if sign == "+" else -1, _theme(token), token.text))
        elif token.lower_ in ("plus", "moins") and any(
            t.lower_ in ("que", "qu'", "qu’") for t in token.doc[token.i + 1 : token.i + 4]
        ):  # "bien plus qu'au premier tour"
            theme = _theme(token) | {lemma_of(token.head)}
            found.append((1 if token.lower_ == "plus" else -1, theme, token.text))
    return tuple(found)


# --- actors, roles, causes ------------------------------------------------------------------


def _entity_words(ents: list[Span]) -> frozenset[str]:
    out = set()
    for e in ents:
        key = entity_key(e.text).lower()
        out.add(key)
        out.update(w for w in key.split() if len(w) > 2)
    return frozenset(out)


def _actors(ents: list[Span]) -> Iterator[Actor]:
    """Every entity with what it does: subjects, agents, "selon X", and a name that opens the
    sentence (the parser often misses a subject there) are actors; others are mentions."""
    for e in ents:
        root = e.root
        cases = {c.lower_ for c in root.children if c.dep_ == "case"}
        head_cases = {c.lower_ for c in root.head.children if c.dep_ == "case"}
        predicates = {root.head.lemma_.lower()} | {
            c.lemma_.lower() for c in root.children if c.dep_ in ("acl:relcl", "acl", "conj")
        }
        if cases & SOURCE_PREPOSITIONS or (
            root.dep_ in ("appos", "nmod") and head_cases & SOURCE_PREPOSITIONS
        ):
            how = "source"
        elif root.dep_ in SUBJECTS:
            how = "subject"
        elif e.start - e.sent.start <= 1 and not cases:
            how = "subject"
            predicates.add(e.sent.root.lemma_.lower())
        else:
            how = "mention"
        case = next(iter(sorted(cases)), None)
        yield Actor(e.label_, entity_key(e.text), frozenset(predicates), how, case)


def _institutions(outside: list[Token]) -> Iterator[Actor]:
    """ "La préfecture a créé…": an institution named by a common noun, as the subject."""
    institutions = {fold(w) for w in words("institutions")}
    for token in outside:
        if token.dep_ in SUBJECTS and fold(token.lemma_.lower()) in institutions:
            predicates = frozenset({token.head.lemma_.lower()})
            yield Actor("INST", fold(token.lemma_.lower()), predicates, "subject")


def _roles(tokens: list[Token], ents: list[Span]) -> dict[str, frozenset[str]]:
    """Person key → the titles and nationalities written next to the name (within four words,
    in the same clause): "Jean-Claude Juncker, le président de la Commission" → {président}."""
    watched = words("titles") | frozenset(tagged("nationalities", "\t"))
    people = [(e.start, e.end, entity_key(e.text)) for e in ents if e.label_ == PERSON]
    roles: dict[str, set[str]] = {}
    if not people:
        return {}
    for token in tokens:
        word = lemma_of(token)
        if word not in watched or token.ent_type_ == PERSON:
            continue
        best = None
        for start, end, key in people:
            if token.i < start and tokens[0].doc[start - 1].lower_ in ("de", "d'", "d’", "du"):
                continue  # "la vice-présidente élue de Duque": Duque is not the one
            distance = start - token.i if token.i < start else token.i - end + 1
            between = tokens[0].doc[min(token.i, end) : max(token.i, start)]
            clear = not any(t.text in ".;:«»()" for t in between)
            if 0 < distance <= 4 and clear and (best is None or distance < best[0]):
                best = (distance, key)
        if best:
            roles.setdefault(best[1], set()).add(word)
    return {k: frozenset(v) for k, v in roles.items()}


@cache
def _markers() -> re.Pattern[str]:
    """One pattern for every marker of cause, longest first ("à cause d'une panne" too)."""
    markers = sorted(by_tag("causal").get("marker", ()), key=len, reverse=True)
    alternatives = "|".join(re.escape(m) + ("" if m.endswith("'") else r"(?!\w)") for m in markers)
    return re.compile(rf"(?<!\w)({alternatives})")


_ANAPHORIC = frozenset({"ce", "cet", "cette", "ces", "son", "sa", "ses", "leur", "leurs"})


def _causes(
    text: str, tokens: list[Token], starts: list[int], outside: list[Token]
) -> Iterator[Cause]:
    """Every marker of cause or consequence with what it names: after a marker, its words up to
    the next punctuation; a causal verb (« provoquer », « valoir »), its subject and object; a
    relative on a whole clause (« …, ce qui a entraîné la fermeture des écoles »), what it
    adds."""
    causal = by_tag("causal")
    clauses = causal.get("clause", frozenset())
    lowered = text.lower().replace("’", "'")
    for match in _markers().finditer(lowered):
        first = bisect_right(starts, match.end() - 1)
        cause = []
        for token in tokens[first:]:
            if token.text in (",", ".", ";", ":", "!", "?", "(", ")"):
                break
            cause.append(token)
        yield _cause(match.group(1), cause, match.group(1) in clauses)
    for token in outside:
        if token.pos_ != "VERB":
            continue
        subjects = [c for c in token.children if c.dep_ in SUBJECTS]
        on_clause = any(_on_clause(c) for c in subjects)
        if token.lemma_.lower() in causal.get("verb", ()):
            cause = [t for c in subjects for t in c.subtree]
            effect = [t for c in token.children if c.dep_ in _EFFECTS for t in c.subtree]
            yield _cause(token.lemma_.lower(), cause + effect, False, on_clause)
        elif on_clause:  # « ce qui fait bondir les taux »: the relative adds what follows it
            effect = [t for t in token.subtree if t.i > token.i]
            yield _cause(f"ce qui {token.text}", effect, False, True)


_EFFECTS = frozenset({"obj", "xcomp", "ccomp"})


def _on_clause(subject: Token) -> bool:
    """ "…, ce qui a entraîné …": a relative whose antecedent is the clause before (« ce »), not
    « c'est ce qui », « voilà ce qui »."""
    if subject.lower_ != "qui" or subject.i < 2:
        return False
    before = subject.doc[subject.i - 2 : subject.i]
    return before[0].text == "," and before[1].lower_ == "ce"


def _cause(marker: str, tokens: list[Token], clause: bool, effect: bool = False) -> Cause:
    words = frozenset(
        fold(lemma_of(t)) for t in tokens if is_content(t) and t.pos_ != "NUM" and len(t.text) > 1
    )
    return Cause(marker, _named(tokens), tuple(t.text for t in tokens), words, clause, effect)


def _named(tokens: list[Token]) -> frozenset[frozenset[str]]:
    """What a cause names: its first noun phrase (the event: "la crise financière" → {crise,
    financier}, accents folded) unless anaphoric ("ce succès"), or the verb it opens with ("par
    crainte de froisser"), and its proper names."""
    phrases = set()
    head_seen = False
    for token in tokens:
        if not is_content(token) or len(token.text) < 2:
            continue
        if token.pos_ == "PROPN" or token.ent_type_ in ACTOR_KINDS:
            phrases.add(frozenset({fold(lemma_of(token))}))
        elif token.pos_ in ("NOUN", "VERB") and is_content(token) and not head_seen:
            head_seen = True  # a verb first: « par crainte de froisser la France » names froisser
            if any(c.lower_ in _ANAPHORIC for c in token.children if c.dep_ == "det"):
                continue
            phrase = {lemma_of(token)}
            phrase.update(lemma_of(c) for c in token.children if c.dep_ == "amod" and is_content(c))
            phrases.add(frozenset(fold(p) for p in phrase))
    return frozenset(phrases)

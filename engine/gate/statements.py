"""What one sentence states, read from the spaCy parse the gate already has.

A `Statement` holds, for one sentence of the source or of the article: its content lemmas (for
alignment), its figures in context, the polarity of its predicates, its directions of change, the
named entities in an actor's place, its quotations with their speaker, the roles given to people,
its markers of cause, and its typed slots. This module splits the sentences, reads what is shared
(lemmas, names, persons) and who speaks; each claim module reads its own slot beside the code that
compares it (engine.gate.claims: numeric, polarity, direction, speakers, actors, roles, causes;
engine.gate.slots). Those modules import `Statement` from here, so this one imports them when it
first reads a sentence, not when it is loaded.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from engine.brief.facts import entity_key
from engine.brief.quotes import quotations
from engine.gate.slots import Slots
from engine.gate.tokens import is_content, is_name, lemma_of
from engine.text.lexicon import by_tag, lines

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from spacy.tokens import Doc, Span, Token

    from engine.gate.claims.actors import Actor
    from engine.gate.claims.causes import Cause
    from engine.gate.claims.numeric import FigureUse
    from engine.gate.claims.speakers import Quote

Quoted = tuple[int, int, str, str]  # start, end, as written, quote key (offsets in the doc)

PERSON, ACTOR_KINDS = "PER", frozenset({"PER", "ORG", "LOC"})
SUBJECTS = frozenset({"nsubj", "nsubj:pass", "obl:agent"})
SOURCE_PREPOSITIONS = frozenset({"selon", "d'après", "d’après"})
WEEKDAYS = lines("weekdays")


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
    subject_roles: frozenset[str] = frozenset()  # offices said of its subject « il », « elle »
    causes: tuple[Cause, ...] = ()
    links: bool = False  # says a link of cause or consequence (a marker, or "permettre")
    slots: Mapping[str, frozenset] = field(default_factory=dict)  # engine.gate.slots: name → marks
    carried: str | None = None  # who « il » stands for after this sentence (`person_after`)
    pronoun_for: str | None = None  # whom a leading « il », « elle » stands for (« Elle siège »)
    # one person said by a pronoun, as the main clause's subject (« elle devance … ») or before
    # any name (« Cela ne l'a pas empêché … »): "subject", "object", or ""
    personal: str = ""


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
    from engine.gate.claims.polarity import denied
    from engine.gate.claims.speakers import Quote, clause_speaker, doubtful, speaker_of

    quoted = [
        (start, start + len(written), written, key) for start, written, key in quotations(doc.text)
    ]
    sents = _sentences(doc)
    speakers: list[tuple[str | None, bool, bool]] = []  # who, named there, surely the author
    out = []
    for sent in sents:
        statement = read_statement(sent, last_person, quoted, words)
        outside, ents = _outside(sent, quoted), _ents(sent)
        speaker = speaker_of(sent, outside, ents, None)
        resolved = speaker or speaker_of(sent, outside, ents, last_person)
        sure = speaker is not None and not doubtful(sent, outside, speaker)
        speakers.append((resolved, speaker is not None, sure))
        led = last_person if last_person and _pronoun_led(outside) else None
        if statement.subject is None and _described(outside):
            last_person = None  # « Le ministre iranien des Transports rappelle … » then « Il »
        elif not led:
            # « Elle se présente … : « … contre Sarkozy » », « Il a ajouté que Penelope Fillon
            # travaillait pour lui »: a sentence led by « il »/« elle » goes on with the same
            # person, whoever else it names (the subject of a clause below, too); a name only
            # within quotation marks is the speaker's word (« « J'ai offert une montre à M.
            # Fillon » » then « a-t-il conclu »: the speaker still)
            told = _persons_outside(ents, quoted)
            subject = statement.subject if statement.subject in told else None
            # « Dana a déclaré … « … » »: the one it names speaking, whom the NER may read as no
            # person (its speaker read by name)
            said = speaker if speaker is not None and not speaker.startswith("@") else None
            last_person = subject or said or (told[-1] if told else last_person)
        out.append(replace(statement, carried=last_person, pronoun_for=led))
    for start, end, written, key in quoted:
        first = next((n for n, s in enumerate(sents) if s.start_char <= start < s.end_char), None)
        if first is None:
            continue
        last = next((n for n, s in enumerate(sents) if s.start_char < end <= s.end_char), first)
        # "« … » précise RTE": named after the quote, or there only; not by a sentence that
        # the closing mark opens and that gives a quotation of its own (« … 2018). » Lee
        # Unkrich a écrit : « … »): that one's speaker
        speaker, named, sure = speakers[first]
        after = sents[last]
        opens = any(after.start_char <= s < after.end_char for s, *_ in quoted if s > start)
        if last != first and not opens and (speakers[last][1] or not speaker):
            speaker, named, sure = speakers[last]
        own = clause_speaker(doc, start, end, _ents(sents[first]))
        if own is not None and own != speaker:  # « …, tandis que Y y voyait « … » »
            outside = _outside(sents[first], quoted)
            speaker, named, sure = own, True, not doubtful(sents[first], outside, own)
        inner = [t for t in doc if start < t.idx < end - 1 and is_content(t)]
        negated = any(denied(t) for t in inner[:2])
        quote = Quote(key, written, speaker, named, sure, negated, start, end)
        out[first] = _with_quote(out[first], quote)
    return out


def person_after(read: Sequence[Statement], last_person: str | None) -> str | None:
    """Who a pronoun of the next paragraph stands for, after the statements `read` (the one
    before, `last_person`, if none): as within a paragraph, a sentence led by « il » goes on with
    the same person, whoever else it names (« Il a ajouté que Penelope Fillon travaillait pour
    lui. » then « Pour lui, « … » »: François Fillon's words)."""
    return read[-1].carried if read else last_person


_ENDS = (".", "!", "?", "…")
_HE_SHE = frozenset({"il", "elle"})
# the parse reads « Il maintient … », « Il a aussi ajouté … » as an impersonal « il » at times
_PRONOUN_SUBJECTS = frozenset({"nsubj", "nsubj:pass", "expl:subj"})


def _described(outside: list[Token]) -> bool:
    """The sentence's main clause has for subject a person said by an office, unnamed (« Le
    ministre iranien des Transports rappelle … »): who « il » is next is not the last name."""
    from engine.text.lexicon import words

    return any(
        t.dep_ == "nsubj"
        and t.head.dep_ == "ROOT"
        and t.pos_ == "NOUN"
        and lemma_of(t) in words("titles")
        and not any(c.pos_ == "PROPN" for c in t.children)
        for t in outside
    )


def _pronoun_led(outside: list[Token]) -> bool:
    """The sentence's main clause has « il » or « elle » for subject, or opens with one where
    the parse finds no verb to head it (« Elle siège sur le Conseil », « siège » read as the
    noun)."""
    if not outside:
        return False
    first = outside[0]
    if first.lower_ in _HE_SHE and first.i == first.sent.start and first.sent.root.pos_ == "NOUN":
        return True
    return any(
        t.lower_ in _HE_SHE and t.dep_ in _PRONOUN_SUBJECTS and t.head.dep_ == "ROOT"
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
    return replace(statement, quotes=(*statement.quotes, quote))


def _persons_outside(ents: list[Span], quoted: Sequence[Quoted]) -> list[str]:
    """The keys of the people `ents` names outside the quotations, in order."""
    return [
        key
        for e in ents
        if e.label_ == PERSON
        and not any(a <= e[0].idx < b for a, b, *_ in quoted)
        and (key := entity_key(e.text)).strip()
    ]


def _ents(sent: Span) -> list[Span]:
    trimmed = (_past_participle_aside(e) for e in sent.ents if e.label_ in ACTOR_KINDS)
    return [e for e in trimmed if e is not None and is_name(e)]


def _past_participle_aside(ent: Span) -> Span | None:
    """The name without the past participle the NER ran into it (« Baptisée « Bouclier de
    l'Euphrate », l'opération … »: what it is called, no one acting), or none if nothing is left
    of it."""
    from spacy.tokens import Span

    at = ent.start
    doc = ent.doc
    if not ("Part" in doc[at].morph.get("VerbForm") and doc[at].pos_ == "VERB"):
        return ent
    while at < ent.end and (at == ent.start or doc[at].is_punct):
        at += 1
    return Span(doc, at, ent.end, label=ent.label_) if at < ent.end else None


def _outside(sent: Span, quoted: Sequence[Quoted]) -> list[Token]:
    return [t for t in sent if not any(a <= t.idx < b for a, b, *_ in quoted)]


def read_statement(
    sent: Span, last_person: str | None = None, quoted: Sequence[Quoted] = (), words: bool = True
) -> Statement:
    """What `sent` states (its quotations are added by `read_doc`); `quoted`: the quotations'
    (start, end, …) in the doc, whose words are no claim of the writer's; `words`: as in
    `read_doc`."""
    from engine.gate.claims.actors import read_actors, read_institutions
    from engine.gate.claims.causes import read_causes
    from engine.gate.claims.direction import read_directions
    from engine.gate.claims.numeric import read_figures
    from engine.gate.claims.polarity import read_polarity, word_polarity
    from engine.gate.claims.roles import read_roles, read_subject_roles
    from engine.gate.slots.entities import turned_about

    text = sent.text
    base = sent.start_char
    tokens = list(sent)
    starts = [t.idx - base for t in tokens]
    outside = _outside(sent, quoted)
    lemmas = frozenset(lemma_of(t) for t in tokens if is_content(t))
    # « l'Africaine du Sud »: the compound nationality it says (« sud-africain »)
    lemmas |= {t[0] for w in tokens if w.text[:1].isupper() and (t := turned_about(w))}
    ents = _ents(sent)
    persons = tuple(
        dict.fromkeys(k for e in ents if e.label_ == PERSON and (k := entity_key(e.text)).strip())
    )
    figs, years = read_figures(text, tokens, starts)
    # figures align sentences too: "#1306852" is as telling as a rare word
    lemmas = lemmas | {f"#{day_key(f.key)}" for f in figs if f.kin != "count" or f.noun}
    verbs, nouns = read_polarity(tokens)
    actors = (*read_actors(ents, sent), *read_institutions(outside))
    # a pronoun before any name of a person stands for one of the sentences before
    first = min((e.start for e in ents if e.label_ == PERSON), default=sent.end)
    return Statement(
        text=text.strip(),
        lemmas=lemmas,
        figures=figs,
        years=years,
        verbs=verbs,
        nouns=nouns,
        polar=word_polarity(tokens) if words else {},
        directions=read_directions(outside),
        entities=_entity_words([e for e in sent.ents if e.label_]),
        named=tuple(
            dict.fromkeys((e.label_, entity_key(e.text)) for e in sent.ents if e.label_ != "")
        ),
        persons=persons,
        actors=actors,
        weekdays=frozenset(t.lower_ for t in tokens if t.lower_ in WEEKDAYS),
        subject=next((a.key for a in actors if a.kind == PERSON and a.how == "subject"), None),
        roles=read_roles(tokens, ents),
        subject_roles=read_subject_roles(tokens),
        personal=_personal(outside, first),
        causes=tuple(read_causes(text, tokens, starts, outside)),
        links=any(t.lemma_.lower() in by_tag("causal").get("link", ()) for t in tokens),
        slots=Slots(tokens),
    )


_ONE_PERSON = frozenset({"il", "elle", "lui", "le", "la", "l'", "l’"})


def _personal(outside: list[Token], first: int) -> str:
    """A pronoun that stands for one person: "subject" where it is the main clause's subject
    (« Avec X, elle devance Y »), "object" where it stands before any name of a person as
    another's subject or an object (« Cela ne l'a pas empêché de … »), else "". Not an
    impersonal « il » (« il faut »)."""
    found = [
        t
        for t in outside
        if t.pos_ == "PRON"
        and t.lower_ in _ONE_PERSON
        and t.dep_ in ("nsubj", "nsubj:pass", "obj", "iobj")
    ]
    if any(t.dep_.startswith("nsubj") and t.head.dep_ == "ROOT" for t in found):
        return "subject"
    return "object" if any(t.i < first for t in found) else ""


def day_key(key: str) -> str:
    """A date key without its year: "2016-01-11" → "--01-11" (other keys unchanged)."""
    return f"--{key[5:]}" if len(key) == 10 and key[4] == "-" else key


def _entity_words(ents: list[Span]) -> frozenset[str]:
    out = set()
    for e in ents:
        key = entity_key(e.text).lower()
        out.add(key)
        out.update(w for w in key.split() if len(w) > 2)
    return frozenset(out)

"""Quotations: verbatim (« […] » parts in order), given to their source speaker or to nobody; a
fragment of two or three words only in a context that says what the source says (a review). A
speaker said by an office or a trade (« a indiqué un officier », « selon le président français »)
is that description: given by name to someone the source never gives that office, a review."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from engine.brief.facts import entity_key
from engine.brief.quotes import quote_key
from engine.gate.claims.alignment import (
    PRONOUN_REACH,
    SHORT_QUOTE,
    SUMMARIES,
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
from engine.text import excerpt, fold, normalise
from engine.text.lexicon import by_tag, tagged, words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


@dataclass(frozen=True)
class Quote:
    key: str  # engine.brief.quotes.quote_key of the quoted words
    text: str  # as written, marks included
    speaker: str | None  # entity key of who says it, when the sentence tells
    named: bool  # the speaker is named in the sentence (not a pronoun resolved from before)
    sure: bool  # …and surely the author of the words (`doubtful` finds no reason to doubt it)
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
    parts = [_tight(p).strip(" ,;:.") for p in key.split("…") if p.strip(" .,;:")]
    if not parts:
        return []
    found = [i for quote, i in index.quotes if _in_order(parts, _tight(quote.key))]
    if found:
        return found
    first, _, rest = parts[0].partition(" ")
    if first in _DETERMINERS and len(rest.split()) >= _TERM_WORDS:
        # « les plus importantes baisses … » of the source's « des plus importantes baisses … »:
        # the quotation's first article agreed with the writer's sentence, its words kept
        found = verbatim("…".join([rest, *parts[1:]]), index)
        if found:
            return found
    if not _in_order(parts, _tight(index.text)):
        # the source's title, quoted as the dispatch's (« une dépêche titrée « … » »), is its
        # words too: its first statement, kept out of the body's text
        titled = (
            [0] if index.statements and _in_order(parts, _tight(index.statements[0].text)) else []
        )
        return titled or _term_inflected(parts, index)
    return [i for i, s in enumerate(index.statements) if parts[0] in _tight(s.text)] or [0]


_DETERMINERS = frozenset({"le", "la", "les", "l'", "des", "du", "de", "d'", "un", "une"})


def _term_inflected(parts: list[str], index: SourceIndex) -> list[int]:
    """A quoted term of a few words that the source gives in the other number (« une « saturne
    chaude » » of the source's « la catégorie des « saturnes chaudes » »): the source's words,
    agreed with the writer's sentence. A longer quotation is speech, to be given as said."""
    if len(parts) != 1 or len(parts[0].split()) > _TERM_WORDS:
        return []
    term = _singular(parts[0])
    return [i for i, s in enumerate(index.statements) if term in _singular(_tight(s.text))]


_TERM_WORDS = 4
_PLURAL_END = re.compile(r"(?<=\w\w)[sx]\b")


def _singular(text: str) -> str:
    return _PLURAL_END.sub("", text)


_PUNCTUATION_SPACES = re.compile(r"\s*([\[\](),;:.!?'’])\s*")
# An ordinal's ending set apart from its number where links were (« le 1 er avril »).
_SPLIT_ORDINAL = re.compile(r"(?<=\d) (?=(?:er|re|ère|e|ème|eme|nd|nde)\b)")


def _tight(text: str) -> str:
    """`text` normalised, without spaces around its punctuation: the source's typography
    (« [à Ussel ] », « l' EDF », « le 1 er avril ») is not the writer's words."""
    return _SPLIT_ORDINAL.sub("", _PUNCTUATION_SPACES.sub(r"\1", normalise(text)))


def _in_order(parts: list[str], text: str) -> bool:
    position = 0
    for part in parts:
        position = text.find(part, position)
        if position < 0:
            return False
        position += len(part)
    return True


def same_person(a: str, b: str) -> bool:
    """One of two names holds the other (`names_in`): « Hamon » and « Benoît Hamon », « Francois
    Fillon » and « François Fillon », « F. Fillon » and « François Fillon »."""
    if not a.split() or not b.split():
        return True
    a, b = _named_part(a), _named_part(b)
    return names_in(a, b) or names_in(b, a)


def _named_part(name: str) -> str:
    """A name without the lower-case words the tagger may run it on to (« Trump avouât que … »
    read as the person « Trump avouât »): a name ends on a capitalised word."""
    words = name.split()
    while len(words) > 1 and words[-1][:1].islower():
        words.pop()
    return " ".join(words)


def names_in(name: str, person: str) -> bool:
    """Every word of `name` is one of `person`'s as a reader reads a name: accents, capitals and
    hyphens aside (« Benoit Hamon », « Jean Luc Boch » of « Benoît Hamon », « Jean-Luc Boch »), an
    initial standing for a first name it opens (« C. Borgel » of « Christophe Borgel »), so long
    as one word is more than an initial."""
    theirs = {_undoubled(w) for w in _NAME_WORD.split(fold(person))} - {""}
    ours = [_undoubled(w) for w in _NAME_WORD.split(fold(name)) if w]
    initials = [w for w in ours if len(w) == 2 and w[1] == "." and w[0].isalpha()]
    whole = [w for w in ours if w not in initials]
    others = theirs - set(whole)
    return (
        bool(whole)
        and all(w in theirs for w in whole)
        and all(any(t.startswith(w[0]) for t in others) for w in initials)
    )


_NAME_WORD = re.compile(r"[\s\-‐]+")  # the words of a name: « Jean-Luc » is two
_DOUBLED = re.compile(r"([a-z])\1+")


@lru_cache(maxsize=1 << 14)
def _undoubled(word: str) -> str:
    """A word of a name as a reader matches it, a doubled letter read once: a source that
    writes « Roussef » once for its « Rousseff » names one person."""
    return _DOUBLED.sub(r"\1", word.lower()) if len(word) > 2 else word


def quote_problems(
    sentence: Sentence, index: SourceIndex, neighbours: Sequence[Sentence] = ()
) -> Iterator[Problem]:
    """A quotation given to another than the source's speaker, or out of its context;
    `neighbours`: the article's sentences either side (whom a description stands for)."""
    before = next((n for n in neighbours if n.number == sentence.number - 1), None)
    for quote in sentence.statement.quotes:
        holders = verbatim(quote.key, index)
        if not holders:
            continue  # reported as "quotation not in the source" by the fact check
        theirs = [
            (q, i) for q, i in index.quotes if i in holders and q.speaker and _overlaps(q, quote)
        ]
        described = {q.speaker for q, _ in theirs if q.speaker.startswith(DESCRIBED)}
        theirs = [(q, i) for q, i in theirs if q.speaker not in described]
        speakers = {q.speaker for q, _ in theirs}
        named = quote.speaker if quote.named else _opinion_of(sentence, index)
        if named and (_beside(sentence) or _framed_alike(named, sentence, quote, theirs, index)):
            named = None  # « Penelope Fillon, jamais « en première ligne » »: whom it is about
        if _a_name(quote, index) or _naming(quote, sentence, index):
            continue  # « eSwatini »: a name in quotation marks, no speech to give anyone
        other = _described_otherwise(named, speakers, described, holders, index)
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
        unsure = [i for q, i in theirs if not (q.named and q.sure)]
        if named and unsure and _named_in(named, unsure, index):
            continue  # a speaker the source names with its words, itself unsure of their author
        if named and any(_speaks_for(named, s, sentence, index) for s in speakers):
            continue  # « Thierry Nier, secrétaire général de la CGT » for the CGT's words
        if named and speakers and not any(same_person(named, s) for s in speakers):
            besides = frozenset(named.lower().split()) | frozenset(named.split())
            yield Problem(
                RULE,
                _speaker_certainty(sentence, quote, index, besides)
                if _both_sure(sentence, quote, theirs, index)
                else "review",
                f"gives «{excerpt(quote.key, 50)}» to {named}: the source's speaker is "
                f"{sorted(speakers)[0]}",
                holders[0],
                quote.text,
            )
            continue
        voice = (
            _voiced_by_other(sentence, theirs, index, before) if speakers and not named else None
        )
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


def _opinion_of(sentence: Sentence, index: SourceIndex) -> str | None:
    """Where the sentence names no speaker (a pronoun's guess accuses nobody), the one source
    person it gives the view to by « selon X », « d'après X », whatever the NER took X for
    (« Selon Puigdemont, c'est la réponse de Rajoy qui « dictera … » », « Puigdemont » read as a
    place)."""
    found = {
        a.key for a in sentence.statement.actors if a.how == "source" and _a_person(a.key, index)
    }
    return next(iter(found)) if len(found) == 1 else None


def _beside(sentence: Sentence) -> bool:
    """A title, a description or a heading that sets a quotation beside a name with no verb of
    saying nor « selon »: the name may be whom the words are about as well as who says them."""
    target = sentence.target
    if target is None or target.kind not in SUMMARIES:
        return False
    statement = sentence.statement
    said = statement.lemmas & words("saying")
    return not said and not any(w in statement.text.lower() for w in SOURCE_PREPOSITIONS)


def _framed_alike(
    named: str,
    sentence: Sentence,
    quote: Quote,
    theirs: list[tuple[Quote, int]],
    index: SourceIndex,
) -> bool:
    """The article writes the name right against the quotation's marks (« les propos de
    « l'olibrius » Christophe Chalençon »), as the source sentence holding it does: the source's
    own frame (a nickname, whom the words are about), no speaker changed."""
    return _against(named, quote.text, sentence.statement.text) and any(
        _against(named, q.text, index.statements[i].text) for q, i in theirs
    )


def _against(name: str, quoted: str, text: str) -> bool:
    """`name` stands right before or right after `quoted` (marks included) in `text`."""
    name, quoted, text = fold(name), fold(normalise(quoted)), fold(normalise(text))
    at = text.find(quoted)
    while at >= 0 and quoted:
        before, after = text[:at].rstrip(" ,:"), text[at + len(quoted) :].lstrip(" ,")
        if before.endswith(name) or after.startswith(name):
            return True
        at = text.find(quoted, at + 1)
    return False


def _described_otherwise(
    named: str | None,
    speakers: set[str],
    described: set[str],
    holders: list[int],
    index: SourceIndex,
) -> str | None:
    """A speaker the source says by an office or a trade (« a indiqué un officier », « selon le
    président français »), named in the article, where the source never gives the named one
    that office: the source's speaker, else None. A review: who holds an office may be told
    elsewhere than the source says it."""
    if not named or named.startswith(DESCRIBED) or not described:
        return None  # an honest writer says who speaks by his office as often as by name
    if speakers:
        return None  # a named speaker there too: judged by name
    roles = _titles_of(named, index, holders)
    if any(_one_office(d[len(DESCRIBED) :], roles) for d in described):
        return None  # « Éric Houde » for the source's « le ministre », the minister's name
    beside = {
        r
        for s in index.statements
        for p, rs in s.roles.items()
        if same_person(named, p)
        for r in rs
    }
    if not beside & words("titles") and any(named_before(named, at, index) for at in holders):
        # « a expliqué le vainqueur » after « Peeters, 27 ans, signe … »: his, who has no
        # office written beside his name (« le ministre …, Martin Coiteux » is no « président »)
        return None
    return sorted(described)[0]


def named_before(person: str, at: int, index: SourceIndex) -> bool:
    """Source sentence `at` names no one, and the nearest sentence before it that names someone
    (within `PRONOUN_REACH`) names `person` alone: whom its description (« le vainqueur », « le
    chef de l'État ») or its pronoun stands for, as a reader takes it."""
    named = named_last(at, index)
    return bool(named) and all(same_person(person, p) for p in named)


def named_last(at: int, index: SourceIndex) -> tuple[str, ...]:
    """Where source sentence `at` names no one: the people the nearest sentence before it
    (within `PRONOUN_REACH`) names, by the NER or by a source person's surname alone
    (« Peeters, 27 ans, signe … », which the NER may not read); else ()."""
    if _people_of(at, index):
        return ()
    for i in range(at - 1, max(0, at - PRONOUN_REACH) - 1, -1):
        found = _people_of(i, index)
        if found:
            return found
    return ()


def _people_of(at: int, index: SourceIndex) -> tuple[str, ...]:
    statement = index.statements[at]
    if statement.persons:
        return statement.persons
    written = set(re.findall(r"[A-ZÀ-Ý][\w-]+", statement.text))
    return tuple(p for p in index.roles if len(p.split()) > 1 and p.split()[-1] in written)


def _one_office(title: str, roles: set[str]) -> bool:
    """`title` is one of `roles`, or names the same office (lexicon `offices`: « le monarque »
    of the source's « le roi Mswati III »)."""
    offices = tagged("offices", "\t")
    return (
        title in roles or title in offices and any(offices.get(r) == offices[title] for r in roles)
    )


def _titles_of(person: str, index: SourceIndex, holders: Sequence[int] = ()) -> set[str]:
    """The offices and trades the source writes next to the person's name (« le président
    français Emmanuel Macron »); for a name the source never gives, every one (no accusation).
    Not those of a sentence giving the quotation (`holders`) to a description: it says who
    speaks, and the person is another there (« Le chef de l'État a dit au président de la
    région Alain Rousset « … » »)."""
    found = [r for s in index.statements for p, r in s.roles.items() if same_person(person, p)]
    if not any(same_person(person, p) for p in index.roles):
        return set(_people())
    # and the words of a sentence naming only that person (« Le directeur général du club
    # français Lille, Marc Ingla, … »: the office further than read_roles reads it)
    alone = [
        s.lemmas
        for i, s in enumerate(index.statements)
        if [same_person(person, p) for p in s.persons] == [True] and i not in holders
    ]
    return set().union(*found, *alone)


def _shown(speaker: str) -> str:
    return f"«{speaker[len(DESCRIBED) :]}»" if speaker.startswith(DESCRIBED) else speaker


def _speaks_for(one: str, other: str, sentence: Sentence, index: SourceIndex) -> bool:
    """Whether one of a person and a group speaks for the other: the source names the group in
    or beside a sentence naming the person (« La CGT a dénoncé « … ». Son secrétaire général,
    Thierry Nier, … »), and the article's sentence or the person's own in the source ties them
    (« Thierry Nier, secrétaire général de la CGT, a dénoncé « … » »)."""
    mine = sentence.statement.lemmas | sentence.statement.entities
    for person, group in ((one, other), (other, one)):
        near = index.around.get(person)
        if near is None or _a_person(group, index) or not _a_group(group, sentence, index):
            continue
        said = {w.lower() for w in re.findall(r"[\w-]+", group) if len(w) > 2}
        said.add(group.lower())
        if said & near and said & (mine | index.roles.get(person, frozenset())):
            return True
    return False


def _a_group(key: str, sentence: Sentence, index: SourceIndex) -> bool:
    """Whether `key` may name a group: the NER reads it as an organisation or a place (a seat,
    a newspaper) somewhere in the source or the sentence, or never as a name. A name read only
    as a person or a thing (« WassFreestyle », a YouTuber's handle) speaks for nobody."""
    kinds = {
        kind
        for statement in (*index.statements, sentence.statement)
        for kind, name in statement.named
        if name == key
    }
    return not kinds or bool(kinds - _NOT_GROUPS)


_NOT_GROUPS = frozenset({"PER", "MISC"})


def _named_in(name: str, at: list[int], index: SourceIndex) -> bool:
    """Whether source statements `at` name `name`, in full, in any case (« le ministre des
    finances » for the article's « Finances »), or by its initials (« SDJ » for « la société des
    journalistes »)."""
    key = name.lower()
    for i in at:
        statement = index.statements[i]
        if key in statement.entities or any(key == k.lower() for _, k in statement.named):
            return True
        if re.search(rf"(?<![\w-]){re.escape(fold(key))}(?![\w-])", fold(statement.text.lower())):
            return True  # « le ministre des finances », its words written in lowercase there
        if name.isupper() and len(name) > 2 and _spelled(key, statement.text):
            return True
    return False


def _spelled(acronym: str, text: str) -> bool:
    """Whether `text` has words in a row whose initials spell `acronym`, its particles spelled or
    not (« SDJ », « CE »: « société des journalistes », « Commission européenne »)."""
    from engine.gate.source_index import initials

    said = re.findall(r"\w+", text)
    return acronym in "".join(w[0] for w in said).lower() or acronym in initials(" ".join(said))


def _both_sure(
    sentence: Sentence, quote: Quote, theirs: list[tuple[Quote, int]], index: SourceIndex
) -> bool:
    """Whether both attributions are certain: each side names its speaker in the sentence, the
    article's surely the author (`Quote.sure`), and one side at least a person: two groups may
    be one said two ways (« la SDJ », « la société des journalistes d'I-Télé », which the
    tokenizer reads « Télé »). The source's may be unsure (relayed, co-signed): the article's is
    then none of the names its sentence gives (`quote_problems` asks that first), nor the
    spokesman of its group (`_speaks_for`)."""
    mine = _a_person(quote.speaker, index, sentence.statement.persons)
    return (
        quote.sure
        and all(q.named for q, _ in theirs)
        and (mine or all(_a_person(q.speaker, index) for q, _ in theirs))
    )


def _a_person(key: str | None, index: SourceIndex, also: tuple[str, ...] = ()) -> bool:
    """Whether `key` names a person: one the source names (in full, or by a part of the name:
    « Grégoire », « Petro »), or one of `also`."""
    if not key:
        return False
    people = [*also, *(p for s in index.statements for p in s.persons)]
    return any(key == p or same_person(key, p) for p in people)


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
    """A quotation that is a name: one word capitalised or a name the source gives
    (« eSwatini »), or several each capitalised (« Stop Soros », a law's name)."""
    words = quote.text.strip('«» "“”').split()
    if len(words) > 1:
        return len(words) <= SHORT_QUOTE and all(w[:1].isupper() for w in words)
    if not words:
        return False
    word = words[0]
    return word[:1].isupper() or word[1:2].isupper() or word.lower() in index.entities


def _naming(quote: Quote, sentence: Sentence, index: SourceIndex) -> bool:
    """A capitalised quotation set after the noun it names, as the source sets it there
    (« le mouvement « En marche! » », « l'opération « Sentinelle » »): a name, no speech."""
    words = quote.text.strip('«» "“”').split()
    if not words or not words[0][:1].isupper():
        return False
    # the sentence may end inside the marks (« le mouvement « En marche! »: cut after « ! »)
    opening = re.compile(rf"(\w+)\s*[«\"“]\s*{re.escape(words[0])}")
    return any(
        normalise(f"{noun.group(1)} « {' '.join(words)}").lower() in index.text.lower()
        for noun in opening.finditer(sentence.statement.text)
    )


def _voiced_by_other(
    sentence: Sentence,
    theirs: list[tuple[Quote, int]],
    index: SourceIndex,
    before: Sentence | None = None,
) -> str | None:
    """ "Selon le porte-parole de RTE, « … »" where the source's speaker is Susanne Nies,
    spokeswoman of Entsoe: a quotation given to no one by name, but to an organisation or place
    (as its source, or the subject) that the source never names near its speaker, nor in the
    sentence that gives the quotation (« la Société des journalistes (SDJ) explique … »), nor
    says with the speaker's name (« le syndicat » of « le syndicat Sud Énergie »). Not a body
    said by a common noun the source never writes, right after an article sentence naming the
    source's speaker (« EDF donne sa version. Selon l'entreprise, « … » »): the writer's
    description of that speaker (`before`: the article's sentence before)."""
    speakers = {q.speaker for q, _ in theirs if q.speaker}
    holders = sorted({i for _, i in theirs})
    for actor in sentence.statement.actors:
        if actor.kind == PERSON or actor.how not in ("source", "subject"):
            continue
        if actor.kind == "INST" and _stands_for(actor.key, speakers, before, index):
            continue
        if _in_office(actor.key, sentence.statement.text):
            continue  # « Selon le chef de l'État, « … » »: the president, said by his office
        near = set().union(*(index.around.get(s, frozenset()) for s in speakers))
        if actor.key.lower() in near or any(actor.key.lower() in s.lower() for s in speakers):
            continue
        if any(fold(f"{actor.key} {s}".lower()) in fold(index.text) for s in speakers):
            continue  # « le syndicat » of the source's « le syndicat Sud Énergie »
        if not _named_in(actor.key, holders, index):
            return actor.key
    return None


def _in_office(key: str, text: str) -> bool:
    """`key` is the complement of an office said by a head title in `text` (the « État » of
    « le chef de l'État », lexicon `offices_said`): part of who speaks, no body of its own."""
    said = _elisions(text)
    key = key.lower()
    return any(office.endswith(key) and office in said for office in _OFFICES_SAID)


def _stands_for(noun: str, speakers: set[str], before: Sentence | None, index: SourceIndex) -> bool:
    """Whether a body said by a common noun (« l'entreprise ») stands for one of the source's
    `speakers`: the source never writes the noun (no other body of its own), and the article's
    sentence before names the speaker."""
    if before is None or fold(noun.lower()) in index.folded_lemmas:
        return False
    named = before.statement.entities
    return any(s.lower() in named or _a_name_of(s, named) for s in speakers)


def _a_name_of(speaker: str, named: frozenset[str]) -> bool:
    """One of the speaker's longer words is among the names `named` (« Sud Énergie »)."""
    return bool({w for w in speaker.lower().split() if len(w) > 2} & named)


def _overlaps(source_quote: Quote, quote: Quote) -> bool:
    parts = [_tight(p).strip(" ,;:.") for p in quote.key.split("…") if p.strip(" .,;:")]
    text = _tight(source_quote.key)
    return all(part in text for part in parts)


def _fragment_problem(
    sentence: Sentence, quote: Quote, holders: list[int], index: SourceIndex, sure: bool
) -> Iterator[Problem]:
    """A one-to-three-word quotation stands only where the sentence around it says what the
    source says around it: the same polarity, and some of the same words (two sentences either
    side); a question ("Quelle défaite ?") vouches for nothing."""
    if _mentioned(quote, sentence.statement.text):
        return  # « l'expression « plusieurs milliers » ne dit pas combien »: a word as a word
    fragment = normalise(quote.key)
    inner = set(fragment.replace("'", " ").split())
    context = frozenset(lemma for lemma in sentence.statement.lemmas if lemma not in inner)
    found = []
    for i, theirs in enumerate(index.statements):
        said = normalise(quote_key(theirs.text))
        if fragment not in said and _singular(fragment) not in _singular(said):
            continue  # (a term in the other number: « une « saturne chaude » »)
        found.append(i)
        if theirs.text.rstrip(' »"').endswith("?"):
            continue
        negated = any(True in theirs.polar.get(word, ()) for word in fragment.split())
        if _denies_itself(fragment):
            negated = quote.negated  # « aucune victime »: its own words deny, on both sides
        # « pas le moindre doute » sur l'emploi « légal »: the doubt is denied, the word affirmed
        negated = negated and not _doubt_denied(theirs.text)
        around = set().union(*(s.lemmas for s in index.statements[max(0, i - 2) : i + 3]))
        # « rejette toute idée de « diktat » » denies the words as « ni diktat » does
        mine = quote.negated or bool(sentence.statement.lemmas & by_tag("predicates")["refuse"])
        if negated in (quote.negated, mine) and (not sure or not context or context & around):
            return
    at = found[-1] if found else holders[0]
    yield Problem(
        RULE,
        "review",
        f"quotes «{quote.key}» out of its context: the source does not say that",
        at,
        quote.text,
    )


def _mentioned(quote: Quote, text: str) -> bool:
    """The quotation stands right after a noun that names a word as a word (lexicon mentioned:
    « l'expression », « le mot », « le terme »)."""
    at = text.find(quote.text)
    before = text[: max(at, 0)].rstrip(' «"“').split()
    return bool(before) and re.split(r"['’]", before[-1].lower())[-1] in words("mentioned")


def _denies_itself(fragment: str) -> bool:
    """A quotation whose own words say the denial (« aucune victime », « jamais vu »): quoted
    alike, it denies alike, however the parse of each sentence reads the words around it."""
    lex = by_tag("negation")
    return bool(set(fragment.lower().split()) & (lex["word"] | lex["second"]))


@cache
def _denied_doubt() -> re.Pattern[str]:
    """A noun of doubt (lexicon `negation`, « doubt ») a word or two after a negation: « aucun
    doute », « pas le moindre doute », « nul doute »."""
    lex = by_tag("negation")
    denials = sorted(lex["word"] | lex["second"] | {"nul", "nulle"})
    doubts = sorted(lex["doubt"])
    return re.compile(
        rf"(?<!\w)(?:{'|'.join(map(re.escape, denials))})(?:\s+«?\s*\w+){{0,2}}\s+«?\s*"
        rf"(?:{'|'.join(map(re.escape, doubts))})(?!\w)",
        re.IGNORECASE,
    )


def _doubt_denied(text: str) -> bool:
    """Whether the sentence denies a doubt, and so affirms what the doubt is about (« il n'y
    avait « pas le moindre doute » sur l'emploi « légal » »)."""
    return _denied_doubt().search(normalise(text)) is not None


# --- what a sentence says (read by engine.gate.statements) ----------


def office_said(token: Token) -> str:
    """The title a token gives: its lemma, or for a head title the office it makes with its
    complement (« le chef de l'État » is the president; lexicon `offices_said`)."""
    word = lemma_of(token)
    doc = token.doc
    # « le vice président », « le sous préfet »: a prefix (lexicon `deputies`) with its hyphen
    # left out, one office, read on either word (the parse may head it on « vice »): the
    # compound the hyphenated word is (one the titles may not list: « sous-préfet » is no
    # « préfet »)
    for prefix, office in (
        (token.lower_, lemma_of(doc[token.i + 1]) if token.i + 1 < len(doc) else ""),
        (doc[token.i - 1].lower_ if token.i else "", word),
    ):
        if f"{prefix}-" in words("deputies") and office in words("titles"):
            return f"{prefix}-{office}"
    if word == "ministre" and token.i and doc[token.i - 1].lower_ in _FIRST:
        return PREMIER  # « le Premier ministre », one office (« le chef du gouvernement »)
    if word == _GENERAL and token.i and lemma_of(doc[token.i - 1]) in words("titles"):
        # « le directeur général », « le procureur général »: said of the title before it, no
        # general's rank
        return f"{lemma_of(doc[token.i - 1])} {word}"
    if word not in words("office_heads"):
        return word
    after = _elisions(token.doc[token.i : token.i + 5].text)
    return next((office for said, office in _OFFICES_SAID.items() if after.startswith(said)), word)


_OFFICES_SAID = tagged("offices_said", "\t")
PREMIER = "premier ministre"  # the head of a government, an office of its own
_FIRST = frozenset({"premier", "première"})
_GENERAL = "général"


def _elisions(text: str) -> str:
    """`text` normalised, lowercase, an elision's apostrophe against its words (« de l'état »)."""
    return re.sub(r"\s*'\s*", "'", normalise(text).lower())


def _opening(token: Token, sent: Span) -> bool:
    """`token` opens its sentence, or follows only a connective (« Ainsi, pour X : « … » »,
    « Mais pour X, … »): the sentence's frame, whose view it gives."""
    return all(t.pos_ in _CONNECTIVES for t in sent.doc[sent.start : token.i])


_CONNECTIVES = frozenset({"ADV", "CCONJ", "PUNCT"})


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


def _named_beside(subject: Token, verb: Token, ents: list[Span]) -> str | None:
    """The person named after a comma between a described subject and its verb (« le
    responsable des institutions financières d'Europol, Igor Angelini, s'interrogeait »); or,
    the subject inverted after its verb, after a comma behind it with no verb between (« « … »,
    a déclaré le chef du gouvernement, le conservateur Mariano Rajoy »)."""
    doc = subject.doc
    for e in ents:
        if e.label_ != PERSON or e.start <= subject.i:
            continue
        if e.start < verb.i and doc[e.start - 1].text == ",":
            return entity_key(e.text)
        between = doc[subject.i + 1 : e.start]
        if (
            verb.i < subject.i
            and any(t.text == "," for t in between)
            and not any(t.pos_ in ("VERB", "AUX") or t.text in ".;:!?«»" for t in between)
        ):
            return entity_key(e.text)
    return None


def clause_speaker(doc: Doc, start: int, end: int, ents: list[Span]) -> str | None:
    """The person of a quotation's own clause where that clause is joined to the sentence's
    (« X estimait « … », tandis qu'Igor Angelini y voyait « … » », « … et Y a répondu « … » »),
    not a complement of it (« X a dit que Y était « … » » stays X's): the subject of the verb
    the quoted words hang on, a name. None where the quotation's clause is the sentence's."""
    inside = [t for t in doc if start <= t.idx < end]
    verb = next((t.head for t in inside if not start <= t.head.idx < end), None)
    if verb is None or verb.pos_ not in ("VERB", "AUX") or verb.dep_ not in _JOINED:
        return None
    for child in verb.children:
        # its subject, or a name before it the parser hung there otherwise (« tandis qu'Igor
        # Angelini, d'Europol, y voyait « … » »), no preposition before it
        bare = child.pos_ == "PROPN" and not any(c.dep_ == "case" for c in child.children)
        before = child.i < verb.i and not start <= child.idx < end
        if before and (child.dep_ == "nsubj" or bare and child.dep_.startswith("obl")):
            return _person_of(child, ents)
    return None


_JOINED = frozenset({"advcl", "conj"})  # a clause of its own beside the sentence's


def _acting_after(name: Span, quoted: int, ours: set[int], saying: frozenset[str]) -> bool:
    """A name after the quotation opens, the subject of a subordinate clause of the writer's
    (`ours`: not in the quotation) whose verb is not one of saying (« dans le cas où Fillon
    renoncerait »): someone the words speak of, not their author (an incise, « …, indique
    Federico Garcia », is the author's)."""
    root = name.root
    verb = root.head
    return (
        name.start > quoted
        and root.dep_ in ("nsubj", "nsubj:pass")
        and verb.i in ours
        and verb.pos_ in ("VERB", "AUX")
        and verb.dep_ in _SUBORDINATE
        and not _says(verb, saying)
    )


_SUBORDINATE = frozenset({"acl", "acl:relcl", "advcl", "ccomp"})


def _described(name: Span, quoted: int) -> bool:
    """A name the subject of a passive whose attribute holds the quotation (« Paul Lenoir est
    décrit comme « un pionnier » », « est qualifié de « … » »): whom the words describe, not
    their author (the one describing is « par X », or left unsaid)."""
    root = name.root
    verb = root.head
    if root.dep_ not in ("nsubj", "nsubj:pass") or verb.i == root.i:
        return False
    if not any(c.dep_ == "aux:pass" for c in verb.children):
        return False
    return any(
        c.dep_ in _ATTRIBUTES
        and c.left_edge.i <= quoted <= c.right_edge.i
        and any(g.dep_ in ("case", "mark") and g.lower_ in _AS for g in c.children)
        for c in verb.children
    )


_ATTRIBUTES = frozenset({"xcomp", "obl:arg", "obl", "obl:mod"})
_AS = frozenset({"comme", "de", "d'", "d’"})


def _says(token: Token, saying: frozenset[str]) -> bool:
    """A verb of saying, or of posting words (« a tweeté »)."""
    said = (token.lemma_.lower(), lemma_of(token))  # the parse's « indique », ours « indiquer »
    return any(word in saying for word in said) or token.lower_.startswith("tweet")


def _behind_preposition(name: Span) -> bool:
    """A name behind a preposition, itself, the noun right before it that it names (« déclaré à
    Euractiv », « sur la radio France Bleu ») or the name it is joined to (« signée par A et B »,
    « entre le député A et le ministre B »):
    whom it is said to, where, or by whom it is signed, not who says it."""
    root = name.root
    named = root.head if root.head.i == name.start - 1 and root.head.pos_ == "NOUN" else root
    held = {root, named}
    for joined in (root, named):  # « entre le député A et le ministre B »: up the conjuncts
        while joined.dep_ == "conj" and (
            joined.head.pos_ == "PROPN"
            or (joined.head.pos_ == "NOUN" and lemma_of(joined.head) in _people())
        ):  # a name, or an office or a trade said of one (not « des résultats, Petro »)
            joined = joined.head
            held.add(joined)
    return any(c.dep_ == "case" for t in held for c in t.children)


_CUT_OFF = re.compile(r"^(?:[ldLD]|qu|Qu)['’]|[\s,;:.!?()«»\"“”]+$|^[\s()«»\"“”]+")
_FROM = frozenset({"de", "d'", "d’", "du", "des", "auprès"})


def doubtful(sent: Span, outside: list[Token], speaker: str) -> bool:
    """Whether the speaker the sentence names may not be the author of its quotation: the name
    is cut from a written word (« d'I-Télé » read « Télé », « d'Arcelor-Mittal » « Mittal »),
    one of names said together (« signée par A et B »), or the speech is relayed (« X tient de
    sa direction que « … » », « selon X, Y a déclaré »)."""
    parts = set(speaker.split())
    naming = [t for t in outside if t.text in parts]
    text = sent.doc.text
    for token in naming:
        start = max(text.rfind(" ", 0, token.idx), text.rfind("\n", 0, token.idx)) + 1
        end = min(
            (i for i in (text.find(" ", token.idx), text.find("\n", token.idx)) if i >= 0),
            default=len(text),
        )
        if _CUT_OFF.sub("", text[start:end]) != token.text:
            return True  # a piece of a longer written name
        joined = [c for c in token.children if c.dep_ == "conj"]
        if token.dep_ == "conj":
            joined.append(token.head)
        if any(t.pos_ == "PROPN" and t.text not in parts for t in joined):
            return True
    return _relayed(outside)


def _relayed(outside: list[Token]) -> bool:
    """« X tient de Y que « … » », « X a l'information de Y », « selon X, Y a déclaré »: the
    teller is not the author."""
    relays = by_tag("relays")
    for token in outside:
        kind = {"VERB": "verb", "NOUN": "noun"}.get(token.pos_)
        if kind and token.lemma_.lower() in relays.get(kind, ()):
            froms = [
                c
                for c in token.children
                if c.dep_ in ("obl", "obl:arg", "obl:mod", "nmod")
                and any(g.dep_ == "case" and g.lower_ in _FROM for g in c.children)
            ]
            if froms:
                return True
    told = any(t.lower_ in SOURCE_PREPOSITIONS and t.dep_ == "case" for t in outside)
    saying = words("saying")
    return told and any(
        t.lemma_.lower() in saying
        and any(
            c.dep_ in ("nsubj", "obl:agent") and c.pos_ in ("NOUN", "PROPN") for c in t.children
        )
        for t in outside
    )


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
        subjects = agents or [c for c in verb.children if c.dep_ in _SUBJECT_OF_SAYING]
        if subjects or verb.dep_ not in _ELIDED or verb.head.i == verb.i:
            return subjects
        if verb.dep_ == "advcl" and "Fin" in verb.morph.get("VerbForm"):
            return []  # a finite clause of its own (« …, précisent-ils, … »): not its head's
        verb = verb.head
    return []


# a verb of saying has a subject of its own: the parse reads « Il a précisé que … » as an
# impersonal « il » at times (expl:subj), a pronoun all the same
_SUBJECT_OF_SAYING = frozenset({"nsubj", "nsubj:pass", "expl:subj"})
_OPINION = SOURCE_PREPOSITIONS | {"pour"}  # « pour lui, … »: whose view the sentence gives
_HIM_HER = frozenset({"lui", "elle", "eux", "elles"})


def _saying_first(
    sent: Span, outside: list[Token], ours: set[int], saying: frozenset[str]
) -> list[Token]:
    """The words outside the quotation, the verb of saying that governs it first: of two
    speakers in one sentence (« A a assuré …, tandis que B a dénoncé un « … » »), the quoted
    words are B's, whose verb is the nearest above them."""
    for quoted in (t for t in sent if t.i not in ours):
        for above in quoted.ancestors:
            if above.i in ours and above.pos_ in ("VERB", "AUX") and lemma_of(above) in saying:
                return [above, *(t for t in outside if t.i != above.i)]
    return outside


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
        opening = token.lower_ == "pour" and _opening(token, sent)  # « Pour Theresa May, … »
        if (token.lower_ in SOURCE_PREPOSITIONS or opening) and token.dep_ == "case":
            person = _person_of(token.head, ents)
            if person:
                return person
            if token.head.pos_ == "NOUN" and token.head.lemma_.lower() in _people():
                # « selon le président français », « selon le chef de l'État » (the president)
                return DESCRIBED + office_said(token.head)
    for token in _saying_first(sent, outside, ours, saying):
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
                    # « Le ministre des Finances, Michel Sapin, affirmait … »: the name the
                    # commas set beside the description, else the description
                    return _named_beside(child, token, ents) or DESCRIBED + lemma_of(child)
                return None
    outside_ids = {t.i for t in outside}
    # a person not behind a preposition ("déclaré à Euractiv" names the hearer), nor doing
    # something else after the quotation (« … « une solution de repêchage » dans le cas où
    # Fillon renoncerait »: whom the words are about)
    for e in ents:
        if _described(e, quoted):  # « X est décrit comme « … » par Y »: Y speaks, if said
            by = [c for c in e.root.head.children if any(g.lower_ == "par" for g in c.children)]
            return next((p for c in by if (p := _person_of(c, ents, any_name=True))), None)
    ents = [e for e in ents if not _acting_after(e, quoted, ours, saying)]
    named = {
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
        if len(bare) == 1 and any(_says(t, saying) for t in outside):
            return next(iter(bare))
    main = [t for t in outside if t.dep_ == "nsubj" and t.head.dep_ == "ROOT"]
    if main and main[0].pos_ != "PRON" or any(t.lower_ == "on" for t in main):
        return None  # « La candidate du Front national voudrait quant à elle … »: described
    if not named and any(t.pos_ == "PRON" and t.dep_ == "nsubj" for t in outside):
        return last_person
    return None

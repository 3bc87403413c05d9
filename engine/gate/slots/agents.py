"""Who did what to whom: the agent and the patients of each verb.

Read per verb: its agent (the subject, or « par X » of a passive) and its patients (the object,
the subject of a passive, « contre X », « envers X », « à X », « sur X » beside an object: « prendre
l'avantage sur X »; not a place, « sur le pont »), each as the name or noun that fills the place
(a name with its other parts: « Benoît Hamon » is also « Hamon »). A light verb's object is read
too: « le soutien de X » makes X its agent, « son soutien à X », « la pression sur X » its patient
(and the verb's); an infinitive with no subject of its own (« a placé une accélération pour
devancer X ») has its verb's agent, unless passive (« a fini par être lâché »). A name in brackets
after a noun is that noun (« l'État islamique (EI) »); « par X » under a noun or a participle the
parser reads as one makes X its agent (« Lâchés par Grivko »); the object of a verb of perception
(lexicon/perception.txt) is the agent of the infinitive it governs (« a vu Tine Deckers établir
un record »); a name after an infinitive is its
object, never its subject (« après avoir lâché Grivko »); a verb of saying is read where its
subject stands before it or it is passive (« a reconnu », « a été reconnu par »). A subject set
before its verb's own subject pronoun, a comma between, is a topic (`dislocated`: « Marc Delorme
et Julie Perrin, il les invitait »): the pronoun that takes it up may be the subject or an object,
so it holds no place.

An article sentence clashes with the source sentence it restates when it turns them round: its
agent is a patient there and its patient the agent there (« Valls a battu Hamon » against « Hamon
a battu Valls »; « le Portugal a ouvert une procédure contre la Commission » against « la
Commission a lancé une procédure envers le Portugal »; « Valls a battu Hamon » against « il
vient de remporter, face à Valls, … », where the one acted on is absent and someone unnamed
acts); or a name is the agent of the very word the source makes it undergo, or the reverse
(« Otero a contacté l'amateur » against « il a contacté Otero »; never through a reflexive verb
nor a verb of saying, whose inverted subject reads as an object). One side alone with other words
(the article's agent a patient there, its patient not the agent, and someone named acting there)
is no clash: in whole honest articles it was mostly a noun read in another sense (« font l'objet
de »). A verb said by its converse (« l'AP a perdu la vallée face aux rebelles » for « les rebelles
ont pris la vallée à l'AP »; lexicon `converses`) is compared with its agent and patient exchanged.
« au X », « aux X » are « à X » (« appartenant aux Démocrates », « des fonds au gouvernement »),
but a country after them is where (« au Mali »), and a noun given to is none of its verb's (« a
annoncé son soutien au président »). Where no word has its places turned round, two subjects
exchanged round the same word are a review whatever other words each side says it with
(`_subjects_turned`); where neither is, someone named and someone unnamed exchanged round one word,
a pronoun on each side (« son avocat l'a remercié » for « il a remercié son avocat »), a review
too (`_pronouns_turned`: an object pronoun before its verb is read as its own unnamed filler).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from functools import cache
from typing import TYPE_CHECKING

from engine.gate.slots.aspect import compound_past
from engine.gate.slots.base import Clash, lemma
from engine.gate.slots.entities import country_named
from engine.text.lexicon import by_tag, lines, words

if TYPE_CHECKING:
    from spacy.tokens import Token

AGENT, PATIENT = "agent", "patient"
MENTION = "mention"  # no place of a verb: the nouns and names a sentence holds
_AGENTS = frozenset({"nsubj", "obl:agent"})
_PATIENTS = frozenset({"obj", "nsubj:pass", "iobj"})
_OBLIQUES = frozenset({"obl:arg", "obl:mod", "obl"})
# « s'en prendre à X », « contre X », « des fonds au gouvernement », « appartenant aux Démocrates »
_AT = frozenset({"contre", "envers", "face", "à", "au", "aux"})
_NAME_PARTS = frozenset({"flat:name", "flat", "appos"})
_OF = frozenset({"de", "d'", "d’", "du", "des"})
_PERSONAL = frozenset({"il", "elle", "ils", "elles"})
# an object pronoun before its verb (« l'invitaient », « lui a permis »): someone unnamed acted on
_CLITICS = frozenset({"le", "la", "l'", "l’", "les", "lui", "leur"})
_HIM = frozenset({"@him"})  # …read as its own filler, never the same as a subject's « il »
_SOMEONE = frozenset({"@someone"})  # an agent the sentence does not name (« il »)
_CONTROLLED = frozenset({"xcomp", "advcl"})  # an infinitive whose subject is the verb's
_QUOTES = frozenset({"«", "»", '"', "“", "”"})
_BY = frozenset({"nmod", "obl:agent", "obl:mod", "obl"})  # « par X » under a noun
_SOURCES = frozenset({"selon", "d'après", "d’après"})
# the object of an idiom that sets an event somewhere (« avoir lieu sur X », « prendre place »):
# no one acted on
_TAKES_PLACE = frozenset({"lieu", "place"})
_SYMMETRIC = words("symmetric")
# what sets a topic (« Quant au préfet, il … »; « quand à », misspelt, in some sources)
_QUANT = frozenset({"quant", "quand"})


@dataclass(frozen=True)
class Place:
    verb: int  # the verb's place in the sentence (agent and patient of one verb go together)
    role: str  # agent or patient
    words: frozenset[str]  # the name's parts or the noun's lemma
    shown: str
    predicate: str = ""  # the verb's lemma (or the noun's: « le soutien de X », « … à X »)
    named: bool = False  # a proper name fills it
    said: bool = False  # of a verb of saying whose subject may be inverted (« a dit X »)
    subject: bool = False  # it is the verb's subject (whatever voice the parser read)
    # read through a relative « qui » (« Emmanuel Macron, qui avait commenté … »): who does
    # what for roles.title_swaps; `compare` leaves it out (on honest text it turned converses
    # said otherwise into reviews: « des concours qui recrutent »)
    relative: bool = False
    # what is given or taken, the object or a passive's subject (« remis le prix », « un prix
    # remis »): it stays what is given when `_conversed` turns the verb round (« reçoit le prix »)
    theme: bool = False
    # how the place is written: « par » before it (a passive's agent) or the object of an active
    # verb: « a été consultée par sa famille » against « a consulté sa famille » (`_marked`)
    marked: str = ""


def _adjective_as_noun(token: Token) -> bool:
    """An adjective standing as a noun, with its article, as a verb's subject or object (« ont
    battu les jeunes », « les blessés ont été évacués »)."""
    return (
        token.pos_ == "ADJ"
        and token.dep_ in ("nsubj", "nsubj:pass", "obj")
        and any(c.dep_ == "det" for c in token.children)
    )


def read(tokens: Sequence[Token]) -> frozenset[Place]:
    inside = {t.i for t in tokens}
    first = tokens[0].i if tokens else 0
    out: set[Place] = set()
    for t in tokens:
        if t.head.i not in inside or t.head.i == t.i:
            continue
        if t.pos_ == "PRON" and t.lower_ in _PERSONAL and t.dep_ == "nsubj":
            _add_agent(out, t, t.head, _SOMEONE, t.text, first, inside, subject=True)
            continue  # « il vient de remporter »: someone unnamed acts
        antecedent = _antecedent(t, inside)
        if antecedent is not None:  # « Emmanuel Macron, qui avait commenté sa pétition »
            place = _place(antecedent, t.head, _voice(t, t.head), first)
            out.add(replace(place, subject=True, relative=True))
            continue
        if (
            t.pos_ == "PRON"
            and t.lower_ in _CLITICS
            and t.dep_ in ("obj", "iobj")
            and t.i < t.head.i
            and t.head.pos_ == "VERB"
            and not any(c.lower_ in _PERSONAL for c in t.head.children)  # « X, il les invitait »
        ):
            out.add(Place(t.head.i - first, PATIENT, _HIM, t.text, _predicate(t.head)))
            continue  # « Macron l'invitait »: acts on someone the sentence leaves unnamed
        if t.pos_ not in ("NOUN", "PROPN") and not _adjective_as_noun(t):
            continue
        head = t.head
        cases = {c.lower_ for c in t.children if c.dep_ == "case"}
        said_by = {
            c.lower_ + "".join(f.lower_ for f in c.children if f.dep_ == "fixed")
            for c in t.children
            if c.dep_ == "case"
        }
        if said_by & _SOURCES:
            continue  # « selon X », « d'après X »: who says it, no agent nor patient
        if "par" in cases and head.pos_ in ("NOUN", "ADJ") and t.dep_ in _BY:
            # « la répartition de l'aide par X », « Lâchés par X » (a participle read as a
            # noun): X does it
            verb = head
            place = _place(t, head, AGENT, first)
            out.add(Place(place.verb, AGENT, place.words, place.shown, _action(head), place.named))
            continue
        if head.pos_ in ("VERB", "AUX"):
            if head.text[:1].isupper() and head.i != head.sent.start:
                continue  # a name the tagger reads as a verb (« Novaïa Gazeta »): no action
            seen = _seen_doing(t, head, inside)
            if seen is not None:  # « a vu Tine Deckers établir un record »: she sets it
                place = _place(t, seen, AGENT, first)
                _add_agent(out, t, seen, place.words, place.shown, first, inside, place.named)
                continue
            if t.i > head.i and any(x.text == ":" for x in t.doc[head.i : t.i]):
                continue  # « Trois athlètes l'ont rejointe : X, Y »: a list, not its object
            if _idiom(head):
                continue  # « à commencer par X »: « notably X », no one begins anything
            if dislocated(t):  # « X et Y, il les invitait »: « il » or « les » may be them
                continue
            taken_up = _topic_pronoun(t, cases)
            if taken_up is not None:  # « Quant au préfet, il a condamné … »: he condemns
                place = _place(t, head, _voice(taken_up, head), first)
                if place.role == AGENT:
                    _add_agent(
                        out, t, head, place.words, place.shown, first, inside, place.named, True
                    )
                else:
                    out.add(place)
                continue
            if _topic(t, cases):
                continue  # « Quant aux appels, le préfet les a condamnés »: given nothing
            # « à Washington », « à Toronto »: a town said bare is where, not to whom
            at = t.dep_ in _OBLIQUES and bool(cases & _AT) and not _located(t, cases)
            # « prendre l'avantage sur X », « accroître la pression sur X »: X undergoes it
            # not the place of an event (« une opération a eu lieu sur l'A16 »: `_TAKES_PLACE`)
            on = "sur" in cases and any(
                c.dep_ == "obj" and lemma(c) not in _TAKES_PLACE for c in head.children
            )
            inverted = _asked_of(t, head)  # « Que prévoit la France ? »: France foresees
            subject = t.dep_ in ("nsubj", "nsubj:pass") or inverted
            role = (
                PATIENT  # « après avoir distancé X »: an infinitive has no subject after it;
                # nor a verb that has one before it (« Luckey rejoint Pixar »: its object)
                if t.dep_ == "nsubj"
                and t.i > head.i
                and (_infinitive(head) or _present_participle(head) or _led(head, t))
                else _voice(t, head)  # the auxiliary says it: « est classé », « aurait agi »
                if subject
                else AGENT
                if t.dep_ in _AGENTS
                else PATIENT
                if t.dep_ in _PATIENTS or at or on and t.dep_ in _OBLIQUES
                else None
            )
            verb = head
        elif head.pos_ == "NOUN" and head.dep_ == "obj" and t.dep_ == "nmod":
            # a light verb's object: « le soutien de X » / « son soutien à X » (X gives or gets
            # the noun); « accroître la pression sur Berlin » (Berlin undergoes the verb too)
            role = PATIENT if cases & (_AT | {"sur"}) else AGENT if cases & _OF else None
            verb = head
            # its verb's too, but not the one a noun is given to (« annonce son soutien au
            # président »: no one announces the president)
            if role == PATIENT and head.head.i in inside and not cases & {"au", "aux"}:
                out.add(_place(t, head.head, role, first))
        else:
            continue
        if role is None or verb.i not in inside:
            continue
        place = _place(t, verb, role, first)
        if (
            t.dep_.startswith("nsubj")
            and not (role == PATIENT and t.i > verb.i)
            or (head.pos_ in ("VERB", "AUX") and _asked_of(t, head))
        ):
            place = replace(place, subject=True)
        if role == AGENT:
            # a passive's agent: its verb has no object (« la remplacer par X »: X no agent)
            by = (
                "par"
                if t.dep_ == "obl:agent"
                and "par" in cases
                and not any(c.dep_ == "obj" for c in head.children)
                else ""
            )
            _add_agent(
                out,
                t,
                verb,
                place.words,
                place.shown,
                first,
                inside,
                place.named,
                place.subject,
                by,
            )
        else:
            theme = head.pos_ in ("VERB", "AUX") and t.dep_ in ("obj", "nsubj", "nsubj:pass")
            direct = (
                "obj"
                if t.dep_ == "obj"
                and head.pos_ == "VERB"
                and not any(c.dep_ == "aux:pass" for c in head.children)
                else ""
            )
            out.add(replace(place, theme=theme, marked=direct))
    # every noun and name of the sentence, in one mark: who is there at all (`_subjects_turned`)
    named = frozenset(
        _hyphened(t) or lemma(t) for t in tokens if t.pos_ in ("NOUN", "PROPN") and t.is_alpha
    )
    if named:
        out.add(Place(-1, MENTION, named, ""))
    return frozenset(out)


def dislocated(filler: Token) -> bool:
    """A subject set before its verb's own subject pronoun, a comma between (« Marc Delorme et
    Julie Perrin, il les invitait »): a topic the sentence takes up, not the one who acts. Not a
    noun after the comma (« Jean-Christophe Thiery, le président du directoire, leur propose »:
    an apposition the parser may read as a second subject)."""
    verb = filler.head
    if filler.dep_ != "nsubj" or verb.i < filler.i:
        return False
    commas = [t.i for t in filler.doc[filler.i + 1 : verb.i] if t.text == ","]
    return bool(commas) and any(
        commas[-1] < c.i < verb.i and c.dep_ in ("nsubj", "expl:subj") and c.pos_ == "PRON"
        for c in verb.children
    )


def _topic_pronoun(filler: Token, cases: set[str]) -> Token | None:
    """The subject pronoun that takes up a topic set before its verb (« Quant au préfet Pierre
    Dartout, il a condamné … », « Pour le maire, il a … »): the topic stands in the pronoun's
    place, the doer of an active verb, not one its « à » gives to. Not a topic taken up by an
    object pronoun (« Quant aux appels, le préfet les a condamnés »: the appeals undergo it)."""
    verb = filler.head
    if filler.dep_ not in _OBLIQUES or verb.i < filler.i:
        return None
    if "pour" not in cases and not _topic(filler, cases):
        return None
    commas = [t.i for t in filler.doc[filler.i + 1 : verb.i] if t.text == ","]
    return next(
        (
            c
            for c in verb.children
            if commas
            and commas[-1] < c.i < verb.i
            and c.dep_ in ("nsubj", "nsubj:pass")
            and c.lower_ in _PERSONAL
        ),
        None,
    )


def _topic(filler: Token, cases: set[str]) -> bool:
    """A topic set by « quant à X » (or its misspelling « quand à X », which a source may
    write): what the sentence speaks of, no one its verb gives anything to."""
    return bool(cases & _AT) and any(c.lower_ in _QUANT and c.i < filler.i for c in filler.children)


def _antecedent(pronoun: Token, inside: set[int]) -> Token | None:
    """The name or noun a relative « qui » that is its verb's subject stands for (« Emmanuel
    Macron, qui avait commenté … »: Macron comments), if the sentence holds it; else None."""
    verb = pronoun.head
    if pronoun.lower_ != "qui" or not pronoun.dep_.startswith("nsubj"):
        return None
    if verb.dep_ != "acl:relcl" or verb.pos_ not in ("VERB", "AUX"):
        return None
    noun = verb.head
    return noun if noun.pos_ in ("NOUN", "PROPN") and noun.i in inside else None


def _seeing(verb: Token) -> bool:
    """A verb of perception (lexicon/perception.txt) with an object and an infinitive: « a vu
    Tine Deckers établir », « laisse ses adversaires partir »."""
    return (
        lemma(verb) in words("perception")
        and any(c.dep_ == "obj" for c in verb.children)
        and any(c.dep_ == "xcomp" and _infinitive(c) for c in verb.children)
    )


def _seen_doing(filler: Token, verb: Token, inside: set[int]) -> Token | None:
    """The infinitive `filler` does, where it is the object of a verb of perception that
    governs one (« a vu Tine Deckers établir un record »: établir); else None."""
    if filler.dep_ != "obj" or not _seeing(verb):
        return None
    return next(
        (c for c in verb.children if c.dep_ == "xcomp" and _infinitive(c) and c.i in inside),
        None,
    )


def _led(verb: Token, filler: Token) -> bool:
    """`verb` has a subject of its own before it, not `filler` (« Luckey rejoint Pixar », the
    parser reading Pixar as a second subject), and says nothing (« a dit X »: inverted)."""
    return not _said(verb) and any(
        c.dep_.startswith("nsubj") and c.i < verb.i and c.i != filler.i for c in verb.children
    )


def _add_agent(
    out: set[Place],
    filler: Token,
    verb: Token,
    words: frozenset[str],
    shown: str,
    first: int,
    inside: set[int],
    named: bool = False,
    subject: bool = False,
    marked: str = "",
) -> None:
    """`filler` as the agent of `verb`, and of the infinitives with no subject of their own
    under it: the agent of « a placé une accélération pour devancer X » devances X too (not of
    « a fini par être lâché »: a passive's subject undergoes it)."""
    out.add(
        Place(
            verb.i - first,
            AGENT,
            words,
            shown,
            _predicate(verb),
            named,
            _said(verb),
            subject,
            marked=marked,
        )
    )
    if verb.pos_ not in ("VERB", "AUX") or _seeing(verb):
        return  # « a vu X établir »: X does what the infinitive says, not the one who sees
    for clause in verb.children:
        if (
            clause.dep_ in _CONTROLLED
            and clause.pos_ == "VERB"
            and clause.i in inside
            and not any(c.dep_.startswith(("nsubj", "aux:pass")) for c in clause.children)
        ):
            role = PATIENT if _bare_passive(clause) else AGENT
            out.add(Place(clause.i - first, role, words, shown, _predicate(clause), named))


def _bare_passive(clause: Token) -> bool:
    """A past participle with no auxiliary set before its subject's clause (« Désigné comme le
    coupable, le Rwanda a répondu »), or said of the subject after its verb (« le boulevard est
    resté fermé », « demeure fermé »): the subject undergoes it, unless its verb takes « être » in
    the past (« Arrivé à Paris, il a déclaré »: he arrived)."""
    return (
        "Part" in clause.morph.get("VerbForm")
        and "Past" in clause.morph.get("Tense")
        and (clause.i < clause.head.i or clause.dep_ == "xcomp")
        and not any(c.dep_.startswith("aux") for c in clause.children)
        and lemma(clause) not in by_tag("aspect")["être"]
    )


def _voice(subject: Token, verb: Token) -> str:
    """The role of a verb's subject, by its auxiliaries: a passive's (« est classé », « a été
    reconnu ») undergoes it; one read passive with « avoir » acts (« aurait agi »)."""
    aux = [c for c in verb.children if c.dep_.startswith("aux")]
    if any(c.dep_ == "aux:pass" for c in aux):
        return PATIENT
    if _headline_participle(subject, verb):
        return PATIENT
    if subject.dep_ == "nsubj:pass" and not any(lemma(c) == "avoir" for c in aux):
        return PATIENT
    # « Hivon est nommée critique », « être » read as a copula: a participle after « être » whose
    # verb takes « avoir » in the past (« est arrivée » is a past) is a passive
    helpers = [*aux, *(c for c in verb.children if c.dep_ == "cop")]
    if (
        verb.pos_ == "VERB"
        and "Part" in verb.morph.get("VerbForm")
        and any(lemma(c) == "être" for c in helpers)
        and not compound_past(verb, helpers)
    ):
        return PATIENT
    return AGENT


def _headline_participle(subject: Token, verb: Token) -> bool:
    """A past participle with no auxiliary nor copula, its subject before it, as a title writes
    (« Robert Mugabe confiné », « trois suspects arrêtés »): the subject undergoes it, unless its
    verb takes « être » in the past (« Mugabe arrivé à Harare »: he arrived)."""
    return (
        verb.pos_ == "VERB"
        and "Part" in verb.morph.get("VerbForm")
        and "Past" in verb.morph.get("Tense")
        and subject.i < verb.i
        and not any(c.dep_.startswith(("aux", "cop")) for c in verb.children)
        # a passive takes no object, and a title no « si », « que » (« Même si Rajoy réussi à
        # former … »: a finite verb misspelt)
        and not any(c.dep_ in _ACTIVE or c.dep_ == "mark" for c in verb.children)
        and lemma(verb) not in by_tag("aspect")["être"]
    )


_ACTIVE = frozenset({"obj", "xcomp", "ccomp"})  # what only an active verb governs


def _present_participle(verb: Token) -> bool:
    """A present participle (« violant ainsi la loi »): its subject, if any, stands before it; a
    name after it is its object."""
    return "Part" in verb.morph.get("VerbForm") and "Pres" in verb.morph.get("Tense")


def _located(filler: Token, cases: set[str]) -> bool:
    """A place named bare after « à » (« lancée à Toronto », « reçu à Washington »): a town,
    where the act happens, not one it is done to (« à la Syrie » keeps its article, and a country
    named bare may be given to)."""
    name = " ".join([filler.text, *(c.text for c in filler.children if c.dep_ in _NAME_PARTS)])
    if cases & {"au", "aux"}:  # « au Mali », « aux États-Unis »: a country, where
        return filler.ent_type_ == "LOC" or country_named(name) is not None
    return (
        "à" in cases
        and filler.pos_ == "PROPN"
        and filler.ent_type_ == "LOC"
        and not any(c.dep_ == "det" for c in filler.children)
        and country_named(name) is None  # « critiqué à Arabie saoudite »: a country, given to
    )


def _idiom(verb: Token) -> bool:
    """An infinitive after « à » that is a fixed phrase, no act (lexicon `idiom_infinitives`:
    « à commencer par X », « à partir de X »)."""
    return (
        _infinitive(verb)
        and lemma(verb) in words("idiom_infinitives")
        and any(c.dep_ == "mark" and c.lower_ == "à" for c in verb.children)
    )


def _infinitive(verb: Token) -> bool:
    """An infinitive, or a past one (« avoir distancé »)."""
    forms = [verb, *(c for c in verb.children if c.dep_.startswith("aux"))]
    return any("Inf" in t.morph.get("VerbForm") for t in forms)


def _action(word: Token) -> str:
    """What a noun or a participle read as one names: « distancés » → « distancer »."""
    text = word.lower_
    for end in ("ées", "és", "ée", "é"):
        if word.pos_ != "NOUN" or not word.lemma_.lower().endswith("é"):
            break
        if text.endswith(end):
            return text[: -len(end)] + "er"
    return lemma(word)


def _bracketed(filler: Token) -> list[Token]:
    """The name in brackets right after a noun (« l'État islamique (EI) »): the same one."""
    end = filler.right_edge.i
    window = filler.doc[end + 1 : end + 4]
    if [t.text for t in window][::2] == ["(", ")"] and window[1].pos_ == "PROPN":
        return [window[1]]
    return []


def _place(filler: Token, verb: Token, role: str, first: int) -> Place:
    """`filler` (a name with its other parts, or a noun) as the agent or patient of `verb`."""
    parts = [filler, *(c for c in filler.children if c.dep_ in _NAME_PARTS and c.pos_ == "PROPN")]
    # not a name the parser hung on it from further on (« par le parquet de Tokyo d'après le
    # quotidien Asahi Shimbun »: the newspaper is no part of the prosecutor)
    parts = [p for p in parts if not _said_between(filler, p)] + _bracketed(filler)
    return Place(
        verb.i - first,
        role,
        frozenset(_hyphened(p) or lemma(p) for p in parts),
        " ".join(p.text for p in parts),
        _predicate(verb),
        any(p.pos_ == "PROPN" for p in parts),
        _said(verb),
    )


def _hyphened(token: Token) -> str | None:
    """The whole word a token is part of where the tokenizer splits it at its hyphens (« les
    Pays-Bas » is no « pays »), lowercase; None for a word of its own."""
    doc = token.doc
    start = end = token.i
    while start >= 2 and doc[start - 1].text == "-" and not doc[start - 2].whitespace_:
        if doc[start - 1].whitespace_:
            break
        start -= 2
    while end + 2 < len(doc) and doc[end + 1].text == "-" and not doc[end].whitespace_:
        if doc[end + 1].whitespace_:
            break
        end += 2
    return None if start == end else doc[start : end + 1].text.lower()


def _said_between(filler: Token, part: Token) -> bool:
    """« selon » or « d'après » stands between a noun and a name hung on it: the name is who
    says it, not a part of the noun."""
    between = filler.doc[min(filler.i, part.i) + 1 : max(filler.i, part.i)]
    return any(
        t.lower_ == "selon"
        or t.lower_ in ("d'", "d’")
        and any(c.lower_ == "après" for c in t.children)
        for t in between
    )


def _asked_of(noun: Token, verb: Token) -> bool:
    """« Que prévoit la France ? », « Qu'annonce le ministre ? »: a noun the parse makes the
    object of a verb whose object is already the question's « que » before it, the verb with no
    subject of its own: that verb's subject, inverted."""
    return (
        noun.dep_ == "obj"
        and noun.i > verb.i
        and any(c.dep_ == "obj" and c.i < verb.i and c.lower_ in _WHAT for c in verb.children)
        and not any(c.dep_.startswith("nsubj") for c in verb.children)
    )


_WHAT = frozenset({"que", "qu'", "qu’"})


def _predicate(verb: Token) -> str:
    """The word `_turned` compares agents and patients by: none for a reflexive verb (« se
    ménager »: the one acts on itself) or a verb of saying (« a confié Susanne Nies »: an
    inverted subject reads as an object)."""
    reflexive = any(c.lower_ in ("se", "s'", "s’") for c in verb.children)
    return "" if reflexive or _said(verb) else lemma(verb)


def _said(verb: Token) -> bool:
    """A verb of saying whose subject may stand after it (« a confié Susanne Nies »)."""
    return verb.pos_ in ("VERB", "AUX") and lemma(verb) in _saying() and not _in_order(verb)


def _in_order(verb: Token) -> bool:
    """A verb whose subject stands before it, or a passive: no inverted subject (« a reconnu
    douze pays » after « la région »; « a été reconnue par douze pays »), unless the verb opens
    an incise after a comma with a name after it (« PUBG est la troisième production la plus
    vendue, a annoncé Gabe Newell »: what is said, then who says it)."""
    doc = verb.doc
    return not _incise(verb) and any(
        c.dep_ == "aux:pass"
        or c.dep_.startswith("nsubj")
        and c.i < verb.i
        and not any(t.text in _QUOTES for t in doc[c.i : verb.i])  # « … » a déclaré X
        for c in verb.children
    )


def _incise(verb: Token) -> bool:
    """A verb set after a comma, its auxiliary with it, a proper noun after it (« …, a annoncé
    Gabe Newell »)."""
    opening = min([verb.i, *(c.i for c in verb.children if c.dep_.startswith("aux"))])
    return (
        opening > verb.sent.start
        and verb.doc[opening - 1].text == ","
        and any(c.i > verb.i and c.pos_ == "PROPN" for c in verb.children)
    )


@cache
def _saying() -> frozenset[str]:
    return words("saying")


def compare(
    article: frozenset[Place], source: frozenset[Place], known: frozenset[Place]
) -> Iterator[Clash]:
    # a verb said of both whichever way round (« A a rencontré B »: lexicon `symmetric`) turns
    # nothing round
    article = frozenset(p for p in article if not p.relative and p.predicate not in _SYMMETRIC)
    source = frozenset(p for p in source if not p.relative and p.predicate not in _SYMMETRIC)
    article = _conversed(article, source)
    turned = list(_turned(article, source))
    yield from turned
    # not through a verb of saying whose subject is inverted (« a déclaré le ministre »)
    agents = [p for p in source if p.role == AGENT and not p.said]
    patients = [p for p in source if p.role == PATIENT and not p.said]
    for agent in (p for p in article if p.role == AGENT):
        if any(agent.words & a.words for a in agents):
            continue  # the source makes it an agent too
        for patient in (p for p in article if p.role == PATIENT and p.verb == agent.verb):
            if agent.words & patient.words or any(patient.words & p.words for p in patients):
                continue
            undergoes = [p for p in patients if agent.words & p.words]
            # the one it acts on is the source's agent, or absent where someone unnamed acts
            # (« il vient de remporter, face à Valls » against « Valls a battu Hamon »)
            acts = any(patient.words & a.words for a in agents) or (
                patient.named
                and not any(patient.words & p.words for p in source)
                and any(
                    a.words == _SOMEONE and a.verb in {p.verb for p in undergoes} for a in agents
                )
            )
            # both places of the same word exchanged (« les habitants ont évacué les
            # militaires »): certain; through another word, a converse said otherwise (« 85 %
            # des recettes viennent des ventes » → « les ventes représentent 85 % »): unsure
            exchanged = agent.predicate and any(
                u.predicate == agent.predicate
                and any(patient.words & a.words and a.verb == u.verb for a in agents)
                for u in undergoes
            )
            # through another word with no name on either side, a converse said otherwise (« le
            # biologiste reçoit le prix » for « … a été récompensé par le prix »): no clash
            named = _capitalised(agent) or _capitalised(patient)
            if undergoes and acts and (exchanged or named):
                turned.append(Clash("hard" if exchanged else "review", ""))
                yield Clash(
                    "hard" if exchanged else "review",
                    f"makes {agent.shown} act on {patient.shown}: the source says the reverse",
                )
    if not turned:  # two words' places crossed, where neither reading above found a clash
        crossed = list(_crossed(article, source))
        yield from crossed
        if not crossed:
            subjects = list(_subjects_turned(article, source))
            yield from subjects or _pronouns_turned(article, source)


def _pronouns_turned(article: frozenset[Place], source: frozenset[Place]) -> Iterator[Clash]:
    """Someone unnamed and someone named exchanged round one word, a pronoun on each side: the
    article's doer acts on « l' », « lui » where the source's « il » acts on that one (« Macron et
    Mélenchon l'invitaient » for « il invitait Macron et Mélenchon », « son avocat l'a remercié »
    for « il a remercié son avocat »): both places turned, but who the pronouns stand for is read
    from neither sentence, so a review. Not where the source also has the article's doer do it."""
    for mine in article:
        if mine.role != AGENT or not mine.predicate or mine.said or mine.words in (_SOMEONE, _HIM):
            continue
        if mine.predicate in _LIGHT or not any(
            p.verb == mine.verb and p.role == PATIENT and p.words == _HIM for p in article
        ):
            continue
        if any(p.verb == mine.verb and p.role == AGENT and p.words == _SOMEONE for p in article):
            continue  # « Macron, il l'invitait »: the name set before its verb's « il »
        if any(
            a.role == AGENT and a.predicate == mine.predicate and a.words & mine.words
            for a in source
        ):
            continue
        for theirs in source:
            if (
                theirs.role == PATIENT
                and theirs.predicate == mine.predicate
                and theirs.words & mine.words
                and any(
                    a.role == AGENT and a.words == _SOMEONE and a.verb == theirs.verb
                    for a in source
                )
            ):
                yield Clash(
                    "review",
                    f"makes {mine.shown} act on «{mine.predicate}»: the source says the reverse",
                )
                return


def _subjects_turned(article: frozenset[Place], source: frozenset[Place]) -> Iterator[Clash]:
    """The subject of a word the source gives another subject, the two exchanged: the article's
    doer of the word is acted on in the source sentence, the source's doer acted on in the
    article sentence (« Airbus a annoncé son intention de poursuivre le ministère » for « le
    ministère a annoncé sa volonté de poursuivre Airbus »), whatever other words the sentence
    says it with: a review. Not through a verb of saying (an inverted subject), nor a light verb,
    nor someone unnamed (« il »), nor where the source also has the article's subject do that
    word; each acted on, not merely named, on the other side (one side alone was a description
    of the same one or a thing in another place: « Iván Duque deviendra … » for « le président
    élu Duque deviendra … »)."""

    def doers(places: frozenset[Place], predicate: str) -> list[Place]:
        return [p for p in places if p.role == AGENT and p.predicate == predicate]

    def there(places: frozenset[Place]) -> frozenset[str]:
        return frozenset().union(*(p.words for p in places if p.role == MENTION))

    def undergoes(words: frozenset[str], places: frozenset[Place]) -> bool:
        return any(p.role == PATIENT and words & p.words for p in places)

    in_article, in_source = there(article), there(source)
    for mine in article:
        if not _subject_doer(mine):
            continue
        if any(mine.words & t.words for t in doers(source, mine.predicate)):
            continue
        for theirs in doers(source, mine.predicate):
            if not _subject_doer(theirs) or theirs.words & mine.words:
                continue
            if any(theirs.words & p.words for p in doers(article, mine.predicate)):
                continue
            if not (mine.words & in_source and theirs.words & in_article):
                continue
            if undergoes(mine.words, source) and undergoes(theirs.words, article):
                yield Clash(
                    "review",
                    f"makes {mine.shown} «{mine.predicate}» where the source has "
                    f"{theirs.shown} do it",
                )
                return


def _subject_doer(place: Place) -> bool:
    """An active verb's subject, named or a noun (not « il »), of a word that says who acts."""
    return (
        place.role == AGENT
        and place.subject
        and bool(place.predicate)
        and place.predicate not in _LIGHT
        and not place.said
        and not place.relative
        and place.words != _SOMEONE
        and place.verb >= 0
    )


def _capitalised(place: Place) -> bool:
    """A name fills the place, as the tagger read it or as it is written (« le Portugal », a
    noun to the tagger)."""
    return place.named or any(w[:1].isupper() for w in place.shown.split())


@cache
def _converses() -> dict[str, frozenset[str]]:
    pairs: dict[str, set[str]] = {}
    for line in lines("converses"):
        one, other = line.split()
        pairs.setdefault(one, set()).add(other)
        pairs.setdefault(other, set()).add(one)
    return {verb: frozenset(others) for verb, others in pairs.items()}


def _conversed(article: frozenset[Place], source: frozenset[Place]) -> frozenset[Place]:
    """The article's places read as the source's verb reads them where the article says the
    converse (« l'AP a perdu la vallée face aux rebelles » for « les rebelles ont pris à l'AP la
    vallée »): the verb's agent and its patients exchanged; « face à », « contre » the agent."""
    theirs = {p.predicate for p in source}
    turned = {}
    for place in article:
        converse = _converses().get(place.predicate, frozenset()) & theirs
        if converse and place.predicate not in theirs:
            turned[place.verb] = sorted(converse)[0]
    if not turned:
        return article
    return frozenset(
        replace(p, predicate=turned[p.verb])  # what is given stays given
        if p.verb in turned and p.theme
        else replace(p, role=PATIENT if p.role == AGENT else AGENT, predicate=turned[p.verb])
        if p.verb in turned
        else p
        for p in article
    )


def _turned(article: frozenset[Place], source: frozenset[Place]) -> Iterator[Clash]:
    """A name the source makes the agent of a verb or a noun made its patient (or the reverse)
    by the same word: « Otero a contacté l'amateur » for « il a contacté … Sebastián Otero »,
    « son soutien à Montebourg » for « le soutien de Montebourg ». Or the same noun, unnamed,
    on both sides (« le président élu a été reçu par des militaires » for « le futur président a
    reçu des militaires »): a review, a noun may be read in another sense."""
    for mine in article:
        if not mine.predicate:
            continue
        for theirs in source:
            named = theirs.named or mine.named  # a name on one side at least (« l'AP », « EI »)
            if (
                (named or _one_noun(mine, theirs, article, source) or _marked(mine, theirs))
                and theirs.predicate == mine.predicate
                and theirs.role != mine.role
                and mine.words & theirs.words
                # voice the parser read otherwise, unless each side's verb has its other place
                # filled beside the subject (« a été reçu par X », « a reçu un groupe »)
                and not (
                    mine.subject
                    and theirs.subject
                    and not (_voiced(mine, article) and _voiced(theirs, source))
                )
                and not any(
                    p.predicate == mine.predicate and p.role == mine.role and p.words & mine.words
                    for p in source
                )
            ):
                what = "act on" if mine.role == AGENT else "undergo"
                yield Clash(
                    "hard" if named and _exchanged(mine, theirs, article, source) else "review",
                    f"makes {mine.shown} {what} «{mine.predicate}»: the source says the reverse",
                )
                return


def _one_noun(
    mine: Place, theirs: Place, article: frozenset[Place], source: frozenset[Place]
) -> bool:
    """The same noun, unnamed, the subject on both sides, in the other voice, each verb with its
    other place filled by what is not its subject (« le président a été reçu par des militaires »
    for « le président a reçu un groupe »): the voice turned, read from both places. Not a
    subject the parser reads on one side only (« parmi les victimes figure un enfant »), nor an
    object a converse verb turned round (« l'AP a perdu la vallée »)."""
    return (
        mine.words == theirs.words
        and mine.subject
        and theirs.subject
        and _voiced(mine, article)
        and _voiced(theirs, source)
    )


def _marked(mine: Place, theirs: Place) -> bool:
    """One noun, unnamed, the object of the active verb on one side and its agent « par X » on
    the other (« a été consultée par sa famille » for « a consulté sa famille »): both places
    written out, none read from a subject whose voice the parse may miss."""
    return {mine.marked, theirs.marked} == {"par", "obj"}


def _voiced(place: Place, places: frozenset[Place]) -> bool:
    """The verb of the subject `place` has its other place filled by what is not its subject (an
    object, « par X »): the voice the auxiliary gives it is read from both."""
    return any(p.verb == place.verb and p.role != place.role and not p.subject for p in places)


def _exchanged(
    mine: Place, theirs: Place, article: frozenset[Place], source: frozenset[Place]
) -> bool:
    """Both places of one word exchanged, the only certain form (« Valls a battu Hamon » for
    « Hamon a battu Valls », « X a été reçu par Y » for « X a reçu Y »): the article's other
    place of `mine`'s word holds whom the source gives `mine`'s role there. One place alone may
    be the parse's (« comme l'a rapporté Le Canard », an inverted subject read as an object)."""
    others = [p for p in article if p.verb == mine.verb and p.role != mine.role]
    return any(
        q.verb == theirs.verb and q.role == mine.role and (other.words & q.words) - mine.words
        for q in source
        for other in others
    )


_LIGHT = frozenset({"avoir", "être", "faire"})  # a verb that says nothing of who does what


def _crossed(article: frozenset[Place], source: frozenset[Place]) -> Iterator[Clash]:
    """Two places of two words, each filled by whom the source puts in the other (« le président
    n'a pas à remettre en question les décisions des tribunaux » for « les tribunaux n'ont pas à
    remettre en question les décisions du président »: the agent of « remettre » and the agent
    of « décision » exchanged), neither name in its own place there: certain, as both places of
    one word exchanged are (`_turned`). Not through a verb that says nothing (« avoir »), nor a
    place filled by someone unnamed."""
    places = [
        p
        for p in article
        if p.predicate
        and p.predicate not in _LIGHT
        and p.words not in (_SOMEONE, _HIM)
        and not p.said
    ]
    theirs = [p for p in source if p.predicate and p.words not in (_SOMEONE, _HIM) and not p.said]

    def filled(predicate: str, role: str) -> list[Place]:
        return [t for t in theirs if t.predicate == predicate and t.role == role]

    for n, mine in enumerate(places):
        for other in places[n + 1 :]:
            if (mine.verb, mine.role) == (other.verb, other.role) or mine.words & other.words:
                continue
            if (mine.predicate, mine.role) == (other.predicate, other.role):
                continue
            here, there = filled(mine.predicate, mine.role), filled(other.predicate, other.role)
            if not here or not there:
                continue
            if any(mine.words & t.words for t in here) or any(other.words & t.words for t in there):
                continue  # either in its own place there too
            if any(other.words & t.words for t in here) and any(
                mine.words & t.words for t in there
            ):
                yield Clash(
                    "hard",
                    f"gives {mine.shown} the place of {other.shown} "
                    f"(«{mine.predicate}», «{other.predicate}»): the source says the reverse",
                )
                return

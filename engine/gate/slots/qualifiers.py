"""Conditions, hedges and attributions: what the source says only if, only as likely, or only on
someone's word, and an article sentence restates without it.

A qualifier is read with the words it qualifies (lexicon/conditions.txt): a condition
(« s'ils subissent des pertes », « en cas de récidive », « à condition que »), a hedge
(« en moyenne », « vraisemblablement », « provisoire »), an attribution (« selon la métropole »,
« d'après ce rapport », « analyse un expert »); an allegation is a hedge (« le Qatar, accusé de
promouvoir … »: lexicon « allege »). An article sentence drops one when it restates
the qualified claim (two of its content words) and says nothing of the kind: no condition for a
condition; no hedge, conditional, modal verb or attribution for a hedge; no attribution, verb of
saying or opinion for an attribution; nor the qualifier's own words (« le rapport indique »
keeps « d'après ce rapport »; « pour les récidivistes » keeps « en cas de récidive »).

« si » opening an indirect question is no condition: the complement of a verb, or after a
verb of saying or asking with no object of its own (« dira en juin si la ville accueillera »,
« a annoncé s'il briguerait »; « annoncera sa candidature si … » supposes).

A condition dropped is certain where the sentence surely restates its source sentence (hard);
a hedge or an attribution dropped is a review: honest writers move « selon X » to a
neighbouring sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from functools import cache
from typing import TYPE_CHECKING

from engine.gate.slots.base import Clash, content, lemma
from engine.gate.slots.modality import conditional, imperfect
from engine.gate.tokens import is_content
from engine.text.lexicon import by_tag, words

if TYPE_CHECKING:
    from spacy.tokens import Token

CONDITION, HEDGE, ATTRIBUTION, SAID = "condition", "hedge", "attribution", "said"
QUESTION = "question"  # the mark of a sentence that asks
QUOTED = "quoted"  # the mark of a sentence that quotes: its quotation marks say whose words
THEN = "then"  # « alors », « dans ce cas »: a condition said before, referred to
OTHERWISE = "otherwise"  # « sans quoi », « faute de quoi »: a condition on the clause it opens
PRECAUTION = "precaution"  # « au cas où »: a condition, or on an act stated, only its reason
ASIDE = "aside"  # « alors que », « tandis que »: a fact of its own beside the main clause
CLAIM = "claim"  # the lexicon's verbs by which someone gives a claim as their word (`_reported`)
ALLEGE = "allege"  # the lexicon's verbs and nouns of accusing (`_alleged`)
SO_FAR = "sofar"  # the lexicon's words by which a sentence says « so far » (`_so_far`)
MOOD = "mood"  # a verb in the conditional (« cela représenterait »): it may carry the condition
# a noun the source restricts by what it is not (« les patineurs non sélectionnés pour le Grand
# Prix », « les ordinateurs dont les utilisateurs n'avaient pas fait la mise à jour »): a claim on
# those only, which the noun alone makes a claim on all (`_restrictions`)
RESTRICTION = "restriction"
COUNTED = "counted"  # a noun a sentence counts or takes some of (« seize pays », « plusieurs »)
DROPPED = (CONDITION, HEDGE)  # the kinds whose loss is said (an attribution only keeps a hedge)
RESTATED = 0.5  # share of the qualified claim's words a sentence must say to restate it
OWN = 6  # content words of a qualifier beyond which it is a claim of its own, not a qualifier
# What keeps a qualifier of each kind in the article: a qualifier of these kinds.
KEEPS = {
    CONDITION: {CONDITION, THEN, MOOD},
    HEDGE: {HEDGE, MOOD, ATTRIBUTION},
    # a view the source gives as someone's keeps it with any attribution or verb of saying, a
    # quotation, or the conditional of reported speech (« l'avion aurait percuté »; not a
    # modal's: « devrait être sécurisée » is the source's own mood), or a hedge (« semble »)
    ATTRIBUTION: {ATTRIBUTION, MOOD, QUOTED, HEDGE},
}
_MODAL = frozenset({"pouvoir", "devoir", "sembler", "paraître", "risquer"})
_STEM = 5  # letters two words must share to be one word said another way (récidive, récidiviste)


# hedges that qualify one word: an adjective after its noun (« djihadistes présumés »), a phrase
# of time before the word it qualifies (« pour l'instant inconnues »), which « encore »,
# « toujours », « rester » say as well (« restent inconnues », « encore inconnues »)
_FOR_NOW = frozenset({"pour l'instant", "pour le moment", "pour l'heure"})
_QUALIFYING = _FOR_NOW | frozenset(
    {"présumé", "présumée", "présumés", "présumées", "supposé", "supposée", "supposés", "supposées"}
)
_STILL = frozenset({"encore", "toujours", "reste", "restent", "restait", "restaient", "demeure"})


@dataclass(frozen=True)
class Qualifier:
    kind: str  # condition, hedge, attribution; "said": every content word of the sentence
    word: str  # the qualifier as written (« en cas de », « selon »)
    own: frozenset[str] = frozenset()  # its own content words (« récidive », « métropole »)
    claim: frozenset[str] = frozenset()  # the content words of what it qualifies
    explicit: bool = True  # said by a word of the lexicon, not only by a mood or a verb
    text: str = ""  # its words as written (« selon la métropole »)
    anchor: str = ""  # the word a condition hangs on, when not the sentence's main verb; an
    # incise's reporter noun (« la préfecture »: `_incised`)
    done: bool = False  # a « pour le moment » on a past fact, in the passé composé (« pour le
    # moment, 200 hectares ont brûlé »): what has happened so far, stated true without it


@cache
def _phrases() -> dict[str, tuple[tuple[str, ...], ...]]:
    out: dict[str, list[tuple[str, ...]]] = {}
    for tag, entries in by_tag("conditions").items():
        if tag in (CLAIM, ALLEGE, SO_FAR):
            continue  # lemmas, read by `_reported` and `_alleged`
        for entry in entries:
            out.setdefault(tag, []).append(tuple(entry.replace("'", "' ").split()))
    return {tag: tuple(sorted(p, key=len, reverse=True)) for tag, p in out.items()}


@cache
def _phrases_by_first() -> dict[str, tuple[tuple[str, tuple[str, ...]], ...]]:
    """The phrases by their first word, each with its kind, in the order `_phrases` tries them
    (kind by kind, the longest first): a token is compared with the phrases it can start."""
    out: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
    for kind, phrases in _phrases().items():
        for phrase in phrases:
            out.setdefault(phrase[0], []).append((kind, phrase))
    return {first: tuple(found) for first, found in out.items()}


def read(tokens: Sequence[Token]) -> frozenset[Qualifier]:
    low = [t.lower_.replace("’", "'") for t in tokens]
    written = " ".join(t.lower_.replace("’", "'") for t in tokens)
    out: set[Qualifier] = {Qualifier(SAID, "", content(tokens), text=written)}
    if any(t.text == "?" for t in tokens):
        out.add(Qualifier(QUESTION, "?"))
    if any(t.text in _QUOTES for t in tokens):
        out.add(Qualifier(QUOTED, "«"))
    out.update(_reported(tokens))
    out.update(_restrictions(tokens))
    out.update(_counted(tokens))
    taken: set[int] = set()
    for n, t in enumerate(tokens):
        if n in taken:
            continue
        starting = _phrases_by_first().get(low[n], ())
        found = next(((k, p) for k, p in starting if tuple(low[n : n + len(p)]) == p), None)
        if found is not None:
            kind, phrase = found
            span = tokens[n : n + len(phrase)]
            taken.update(range(n, n + len(phrase)))
            if kind == OTHERWISE:
                out.add(_otherwise(" ".join(phrase).replace("' ", "'"), span, tokens))
                continue
            if kind == PRECAUTION:
                if _taken_anyway(span, tokens):
                    continue  # « est aussi intervenu, au cas où … »: done, whatever comes of it
                kind = CONDITION
            out.add(_qualifier(kind, " ".join(phrase).replace("' ", "'"), span, tokens))
        else:
            if _if(low, n, t) and _supposes(t):
                out.add(_qualifier(CONDITION, "si", [t], tokens))
            elif lemma(t) in by_tag("conditions").get(ALLEGE, frozenset()):
                out.add(_alleged(t, low, n, tokens))
            elif _says(t):
                subject = next(c for c in t.children if c.dep_ == "nsubj" and c.i > t.i)
                out.add(_qualifier(ATTRIBUTION, lemma(t), [t, subject], tokens, explicit=False))
            elif (reporter := _reported_by(t)) is not None:
                out.add(_incised(t, reporter, tokens))
            elif (reporter := _told_by(t)) is not None:
                out.add(_incised(t, reporter, tokens, _that_clause(t)))
            elif lemma(t) in _views() and not _qualifies_a_noun(t):
                out.add(Qualifier(ATTRIBUTION, lemma(t), explicit=False))
            elif t.pos_ in ("VERB", "AUX") and conditional(t):
                out.add(Qualifier(MOOD, t.lower_, frozenset({lemma(t)}), explicit=False))
            elif lemma(t) in _MODAL or lemma(t) in _possibility():
                out.add(Qualifier(HEDGE, t.lower_, explicit=False))
    return frozenset(out)


_OF = frozenset({"de", "d'"})
_AUXILIARIES = frozenset({"avoir", "être"})  # « accusés d'avoir détourné »: the deed is after
_NOUN_PARTICIPLE = frozenset({"acl", "amod"})


def _alleged(token: Token, low: list[str], n: int, tokens: Sequence[Token]) -> Qualifier:
    """A verb or a noun of accusing (lexicon/conditions.txt « allege »): its participle right
    before « de » gives the deed after it as only alleged (« le Qatar, accusé de promouvoir des
    organisations terroristes », « la firme était accusée de crimes »), a hedge on what it
    qualifies, dropped only by a sentence that says the deed (its anchor); in any other form
    (« qu'ils accusent de … », « les accusations »), it says whose word the deed is, which
    keeps such a hedge."""
    after = low[n + 1] if n + 1 < len(low) else ""
    if "Part" in token.morph.get("VerbForm") and after in _OF:
        written = f"{token.lower_} {low[n + 1]}".replace("' ", "'").replace("d' ", "d'")
        hedge = _qualifier(HEDGE, written, [token, tokens[n + 1]], tokens)
        deed = next(
            (lemma(t) for t in tokens[n + 2 :] if is_content(t) and lemma(t) not in _AUXILIARIES),
            "",
        )  # the deed must be said: « voici ce que l'on sait » restates no persecution
        return replace(hedge, anchor=deed) if deed else hedge
    return Qualifier(ATTRIBUTION, lemma(token), explicit=False)


def _qualifies_a_noun(token: Token) -> bool:
    """A participle qualifying a noun (« les milices soutenues par l'Iran »): a verb of saying
    or opinion so used gives no one's view of the sentence's claim."""
    return token.dep_ in _NOUN_PARTICIPLE and "Part" in token.morph.get("VerbForm")


_THAT = frozenset({"que", "qu'", "qu’"})
_ASKED = frozenset({"ccomp", "csubj", "obj"})  # a clause « si » opens as a verb's complement
_OBJECTS = frozenset({"obj", "ccomp", "xcomp"})


def _asked(clause: Token) -> bool:
    """Whether the clause « si » opens is what a verb asks or says (an indirect question): the
    parser reads it as the verb's complement (« a annoncé s'il briguerait »), or it hangs on a
    verb of saying or asking (lexicon saying, asking) that has no object besides it (« dira en
    juin si la ville accueillera », « a demandé au joueur s'il accepterait »; not « annoncera
    sa candidature si les sondages sont bons », a condition)."""
    verb = clause.head
    if verb.i == clause.i or verb.pos_ != "VERB":
        return False
    if clause.dep_ in _ASKED:
        return True
    return lemma(verb) in _views() | words("asking") and not any(
        c.dep_ in _OBJECTS and c.i != clause.i for c in verb.children
    )


_QUOTES = frozenset({"«", "»", '"', "“", "”"})
_REPORTED_GAP = 5  # words between a verb of saying and its « que » (« estime pour sa part que »)


def _reporting(token: Token) -> str | None:
    """The lemma of a verb by which someone gives their view (lexicon/conditions.txt « claim »:
    « estime », « jugent », « déplorent »), said by its subject, not « il faut croire que »;
    spaCy may read « estime » as an adjective, whose lemma lacks the verb's « r »."""
    if token.pos_ not in ("VERB", "ADJ"):
        return None
    claims = by_tag("conditions").get(CLAIM, frozenset())
    for word in (lemma(token), f"{token.lower_}r" if token.pos_ == "ADJ" else ""):
        if word in claims:
            return None if "Inf" in token.morph.get("VerbForm") else word
    return None


def _reported(tokens: Sequence[Token]) -> Iterator[Qualifier]:
    """What a sentence gives as someone's view: « Certains journalistes déplorent que CLAIM »,
    « X estime pour sa part que CLAIM » (the claim: after « que »; whose: before the verb),
    « « CLAIM », estime X » (the claim: before the verb; whose: after it). Read from the words,
    not the parse: spaCy often hangs the claim elsewhere."""
    for n, t in enumerate(tokens):
        verb = _reporting(t)
        if verb is None:
            continue
        after = tokens[n + 1 : n + 1 + _REPORTED_GAP]
        that = next((k for k, a in enumerate(after) if a.lower_ in _THAT), None)
        if that is not None and all(a.pos_ not in ("VERB", "AUX") for a in after[:that]):
            claim, own = tokens[n + 2 + that :], tokens[:n]
        elif after and "Inf" in after[0].morph.get("VerbForm") and _subject_before(t):
            # « ils soutiennent avoir tiré … »: a claim about themselves, whom a restatement
            # names as the doers, not as the ones who say so
            claim, own = tokens[n + 1 :], []
        elif (
            n >= 2
            and tokens[n - 1].text == ","
            and _subject_after(t, tokens[n + 1 :])
            and not _subject_before(t)
        ):
            claim, own = tokens[: n - 1], tokens[n + 1 :]
        else:
            continue
        yield Qualifier(ATTRIBUTION, verb, content(own), content(claim), True, t.text)


def _subject_before(verb: Token) -> bool:
    """« la crise, qui secoue le pays depuis 2015, trouve son origine dans … »: a subject the
    parse hangs on the verb before it, whom the comma only sets apart; what follows the verb
    is its object, no speaker after a claim."""
    return any(c.dep_ in ("nsubj", "nsubj:pass") and c.i < verb.i for c in verb.children)


def _subject_after(verb: Token, after: Sequence[Token]) -> bool:
    """« …, explique le comité Nobel », « …, a fait savoir la police »: a noun or a name right
    after the verb says who speaks."""
    rest = [a for a in after[:4] if a.pos_ not in ("DET", "AUX") and a.text not in (".", "»")]
    return bool(rest) and rest[0].pos_ in ("NOUN", "PROPN")


@cache
def _possibility() -> frozenset[str]:
    """The words that give a claim as only possible (lexicon/modality.txt: « risque de »,
    « il est possible que », « probable »): they keep a hedge as a modal verb does."""
    lex = by_tag("modality")
    return lex.get("hedge", frozenset()) | lex.get("can", frozenset())


@cache
def _planned() -> frozenset[str]:
    """The verbs of plan (lexicon/modality.txt « plan »: « prévoir », « programmer »)."""
    return by_tag("modality").get("plan", frozenset())


@cache
def _views() -> frozenset[str]:
    return words("saying") | by_tag("modality").get("view", frozenset())


def _if(low: list[str], n: int, token: Token) -> bool:
    """« si » opening a clause, and « s'il(s) » (which spaCy may read as a pronoun); not « si »
    of degree (`degree_si`: « pas si évident »)."""
    after = low[n + 1] if n + 1 < len(low) else ""
    opens = (token.dep_ == "mark" or token.pos_ == "SCONJ") and not degree_si(token)
    return (low[n] == "si" and opens) or (low[n] == "s'" and after in ("il", "ils"))


_DEGREE_AFTER = frozenset({"pas", "plus", "jamais", "guère", "point"})


def degree_si(token: Token) -> bool:
    """« si » of degree, right before the adjective or adverb it qualifies and hangs on, after a
    copula, a denial or a determiner (« ne serait pas si évident », « était si nette », « d'une si
    courte avance »: no clause opens after a determiner), which spaCy may read
    as the « si » that opens a clause (a clause it opened would say its subject or its verb
    first; not « interviendra si nécessaire », « si besoin », a condition said short)."""
    head = token.head
    before = token.doc[token.i - 1] if token.i > 0 else None
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if after is not None and after.head == head and before is not None and before.pos_ == "DET":
        head = after  # « d'une si courte avance »: « si » and « courte » both hang on the noun
    return (
        token.lower_ == "si"
        and head.i == token.i + 1
        and head.pos_ in ("ADJ", "ADV")
        and before is not None
        and (before.pos_ in ("AUX", "DET") or before.lower_ in _DEGREE_AFTER)
    )


def _supposes(token: Token) -> bool:
    """« si » that supposes: not « même si » (a concession) nor « comme si »; not « si on
    regarde … » (a point of view: lexicon « viewpoint »), nor « si …, c'est que » (an
    explanation)."""
    before = token.doc[token.i - 1].lower_ if token.i > 0 else ""
    if before in ("même", "comme") or _contrast(token):
        return False
    clause = token.head
    if _asked(clause):
        return False  # an indirect question (« a annoncé s'il briguerait », « dira si »)
    viewed = lemma(clause) in words("viewpoint") or any(
        lemma(c) in words("viewpoint") for c in clause.children if c.dep_ == "xcomp"
    )
    if clause.dep_ == "ROOT" and token.i < clause.i:
        # spaCy hangs « si » on the main verb (« Si le désaccord persiste, le gouvernement
        # pourra prendre … »): the point of view is judged on the clause « si » opens alone
        words_ = [t for t in token.sent if token.i < t.i < clause.i]
        comma = next((t.i for t in words_ if t.text == ","), None)
        if comma is not None:
            viewed = any(
                lemma(t) in words("viewpoint") for t in words_ if t.i < comma and t.pos_ == "VERB"
            )
    if viewed:
        return False
    text = " ".join(t.lower_ for t in token.sent).replace("’", "'")
    return not any(f in text for f in ("c' est que", "c'est que", "c' est qu'", "c'est qu'",
                                       "c' est parce", "c'est parce"))  # fmt: skip


def _contrast(token: Token) -> bool:
    """« si » that contrasts two facts and supposes nothing: with a past indicative (imperfect,
    pluperfect) whose main clause is neither conditional nor imperfect (« Si en 2013
    l'initiative avait échoué, rien ne s'y oppose en 2016 »; not « s'il pleuvait, le match serait
    reporté »), or a present whose main clause states a present fact in the active voice, with
    no modal (« S'il perd quelques sièges, il conserve une large majorité », « Si la méthode
    fonctionne sur Terre, les résultats sur Mars sont plus hypothétiques »; a condition's main
    clause says what will, would, can or must follow: « S'il échoue, des élections seront
    appelées », « le match est suspendu »)."""
    clause = token.head
    main = _main(clause)
    if main is None:
        return False
    mains = [main, *(c for c in main.children if c.dep_.startswith("aux") or c.dep_ == "cop")]
    if any(conditional(t) or "Cnd" in t.morph.get("Mood") for t in mains):
        return False
    if imperfect(_finite(clause)):
        return not imperfect(_finite(main))
    return (
        _present(clause)
        and _present(main)
        and lemma(main) not in _MODAL
        and not any(c.dep_ in ("aux:pass", "xcomp") or lemma(c) in _MODAL for c in mains)
        and not any(c.dep_ == "xcomp" for c in main.children)
    )


def _main(clause: Token) -> Token | None:
    """The main clause a clause opened by « si » hangs on: its head, or, where the parser makes
    the « si » clause the root, the clause after its comma (« Si la méthode fonctionne sur
    Terre, les résultats … sont plus hypothétiques »)."""
    if clause.dep_ == "advcl" and clause.head is not clause:
        return clause.head
    if clause.dep_ != "ROOT":
        return None
    comma = next((t.i for t in clause.rights if t.text == ","), None)
    return next(
        (c for c in clause.rights if comma is not None and c.i > comma and c.dep_ == "advcl"),
        None,
    )


def _present(verb: Token) -> bool:
    """A present indicative: the verb, or its auxiliary or copula (« sont plus faibles »); a
    present the tagger calls an imperfect (« paient », « essaient »: modality.imperfect) too."""
    finite = _finite(verb)
    tense = finite.morph.get("Tense")
    return (
        "Fin" in finite.morph.get("VerbForm")
        and (tense == ["Pres"] or (tense == ["Imp"] and not imperfect(finite)))
        and finite.morph.get("Mood") == ["Ind"]
    )


def _finite(verb: Token) -> Token:
    """The finite verb of a clause: its auxiliary (« avait échoué ») or copula, else itself."""
    return next(
        (
            c
            for c in verb.children
            if (c.dep_.startswith("aux") or c.dep_ == "cop") and "Fin" in c.morph.get("VerbForm")
        ),
        verb,
    )


def _says(token: Token) -> bool:
    """« …, analyse un expert », « a-t-il écrit »: a verb of saying after its words, its
    subject after it."""
    return lemma(token) in _views() and any(
        c.dep_ == "nsubj" and c.i > token.i and c.pos_ in ("NOUN", "PROPN") for c in token.children
    )


def _reported_by(token: Token) -> Token | None:
    """Who reports, where a verb of saying (`_told`) opens an incise that ends the sentence
    (« …, a annoncé le comité Nobel norvégien. », « …, a précisé le quotidien Granma »): the
    noun after it, which the parser reads as its object (or its subject); nothing else
    follows it and no clause hangs on it, so it can only be who says. Not a present participle
    (« …, dénonçant les violences policières »: what it denounces, no one who says)."""
    if lemma(token) not in _told() or not _incise(token):
        return None
    return next(
        (
            c
            for c in token.children
            if c.i > token.i and c.dep_ in ("nsubj", "obj") and c.pos_ in ("NOUN", "PROPN")
        ),
        None,
    )


@cache
def _told() -> frozenset[str]:
    """The verbs of saying by which `unnamed_source` reads whose word a claim is; not the verbs
    of opinion, whose claims `_unattributed` compares. Tried and dropped: verbs of reporting
    besides (« a rapporté le quotidien Granma », « révèle le journal »): read in an article's
    incise too, they kept a dropped hedge there and lost a validation catch, for none gained."""
    return _views() - by_tag("conditions").get(CLAIM, frozenset())


def _told_by(token: Token) -> Token | None:
    """Who tells, where a verb of saying (not of opinion: lexicon/conditions.txt « claim », as
    `_told`) has a noun or a name for subject before it and a clause « que » opens for
    object (« la préfecture indique que … », « la journaliste Isabelle Delion a annoncé que
    … »): that subject."""
    if lemma(token) not in words("saying") or lemma(token) in by_tag("conditions").get(CLAIM, ()):
        return None
    if _that_clause(token) is None:
        return None
    return next(
        (
            c
            for c in token.children
            if c.i < token.i and c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")
        ),
        None,
    )


def _that_clause(token: Token) -> Token | None:
    """The clause « que » opens as a verb's object."""
    return next(
        (
            c
            for c in token.children
            if c.dep_ == "ccomp"
            and c.i > token.i
            and any(m.dep_ == "mark" and m.lower_ in _THAT for m in c.children)
        ),
        None,
    )


def _incised(
    verb: Token, reporter: Token, tokens: Sequence[Token], said: Token | None = None
) -> Qualifier:
    """The attribution an incise makes: the reporter's words its own, the rest of the sentence
    (the verb's group aside) what it attributes; or, `said` given, the clause the verb says."""
    inside = {t.i for t in tokens}
    own = [t for t in reporter.subtree if t.i in inside]
    group = {verb.i, *(c.i for c in verb.children if c.dep_.startswith("aux") or c.is_punct)}
    claim = [t for t in tokens if t.i not in group and t not in own]
    if said is not None:
        claim = [t for t in said.subtree if t.i in inside]
    # who, as written, up to an apposition (« la journaliste X, envoyée spéciale de … »)
    end = next((t.i for t in own if t.i > reporter.i and t.text == ","), own[-1].i + 1)
    who = reporter.doc[own[0].i : end].text
    own = [t for t in own if t.i < end]
    text = f"{verb.text} {who[:1].lower()}{who[1:]}"
    # its anchor: the reporter's own noun (« la préfecture » names « la préfecture du Morbihan »)
    return Qualifier(
        ATTRIBUTION, lemma(verb), content(own), content(claim), False, text, lemma(reporter)
    )


_CLAUSES = frozenset({"ccomp", "xcomp", "csubj", "mark"})


def _incise(token: Token) -> bool:
    """A verb of saying in an incise at the end of its sentence: a comma right before it (or
    before its auxiliary), no clause of its own, and nothing after its words but punctuation."""
    if any(c.dep_ in _CLAUSES for c in token.children):
        return False
    auxes = [c for c in token.children if c.dep_.startswith("aux")]
    if not auxes and "Fin" not in token.morph.get("VerbForm"):
        return False  # « indique X », « a indiqué X »; not « dénonçant X », « pour dire »
    first = min([token, *auxes], key=lambda t: t.i)
    if first.i == 0 or first.nbor(-1).text != ",":
        return False
    last = max(t.i for t in token.subtree)
    return all(t.is_punct for t in token.doc[last + 1 : token.sent.end])


def _qualifier(
    kind: str, word: str, span: Sequence[Token], tokens: Sequence[Token], explicit: bool = True
) -> Qualifier:
    """A qualifier with its own words (the subtree it heads: « en cas de récidive », « selon
    les organisateurs », the clause « si » opens) and the words of what it qualifies (the
    subtree of what it hangs on, its own words aside)."""
    inside = {t.i for t in tokens}
    top = min(span, key=lambda t: _depth(t, inside))
    lifted = top.dep_ in ("mark", "case", "advmod", "fixed", "iobj", "expl:comp")
    if kind != HEDGE and lifted and top.head.i in inside:
        top = top.head  # « si » → the clause it opens; « selon » → the one who says
    own_ids = {t.i for t in top.subtree if t.i in inside} | {t.i for t in span}
    if kind == CONDITION:
        own_ids &= _up_to_comma(span[0], tokens)
    if kind == HEDGE:  # « vraisemblablement à la suite de … »: what it hedges is its head's
        own_ids = {t.i for t in span}
    governor = top.head if top.head.i in inside and top.head.i != top.i else top
    claim = [t for t in governor.subtree if t.i in inside and t.i not in own_ids]
    if kind == HEDGE and top.dep_ == "amod":  # « des enfreintes supposées … ainsi que du
        # positionnement du pays »: an adjective hedges its own noun, not those joined to it
        # (spaCy may hang the joined noun on the hedged noun's own complement)
        joined = {t.i for c in governor.subtree if c.dep_ == "conj" for t in c.subtree}
        claim = [t for t in claim if t.i not in joined]
    if governor is top:
        claim = [t for t in tokens if t.i not in own_ids]
    aside = _aside_hedged(span, tokens) if kind == HEDGE else None
    if aside is not None:  # « un grand orifice, probablement une bouche, énorme … »
        claim = aside
    anchor = ""
    if kind == HEDGE and governor is not top and governor.pos_ in ("VERB", "ADJ"):
        # « sont suspendues pour le moment »: what it hedges is that verb's act; a sentence that
        # restates others of its words (« parmi elles figure l'UBJ ») drops no hedge of it
        anchor = lemma(governor)
    if kind == HEDGE and word in _QUALIFYING:
        # « 16 djihadistes présumés du Front al-Nosra, la branche syrienne d'Al-Qaïda », « pour
        # l'instant inconnues »: an adjective hedges the noun before it, « pour l'instant » the
        # word after it, whatever the parse hangs them on; a sentence that does not say it (« le
        # Front al-Nosra est la branche syrienne d'Al-Qaïda ») drops no hedge of it
        # (« une force supposée provoquer l'accélération »: the infinitive after it)
        after = next((t for t in tokens if t.i == span[-1].i + 1), None)
        at = span[0].i - 1 if word not in _FOR_NOW else span[-1].i + 1
        near = next((t for t in tokens if t.i == at), None)
        if after is not None and "Inf" in after.morph.get("VerbForm"):
            anchor = lemma(after)
        elif (
            near is not None
            and is_content(near)
            and (word in _FOR_NOW or near.pos_ in ("NOUN", "PROPN"))
        ):
            anchor = lemma(near)
    if kind == CONDITION:  # what a condition qualifies: the whole sentence's claim, and the word
        aside = _aside(tokens, max(own_ids))  # not a fact said beside it (« , alors que … »)
        claim = [t for t in tokens if t.i not in own_ids and t.i < aside]  # it hangs on
        quoted = _quotation(span[0], tokens)
        if quoted is not None:  # « … qu'il bat de si peu : « Si ça avait été moi, je serais
            claim = [t for t in claim if t.i in quoted]  # dévasté » »: the quotation's own
        before = [
            t
            for t in tokens
            if t.i < span[0].i
            and is_content(t)
            and t.pos_ != "NUM"
            and (quoted is None or t.i in quoted)
        ]
        if before:  # « puis des sanctions si … »: the word it follows must be said too
            anchor = lemma(before[-1])
    marker = {t.i for t in span}
    own = content(t for t in tokens if t.i in own_ids and t.i not in marker) - {word}
    text = " ".join(t.text for t in tokens if t.i in own_ids and t.i >= span[0].i)
    done = kind == HEDGE and word in _FOR_NOW and _past_fact(governor)
    text = text.replace("' ", "'")
    return Qualifier(kind, word, own, content(claim), explicit, text, anchor, done)


def _past_fact(verb: Token) -> bool:
    """A verb in the passé composé (a past participle with its auxiliary of tense: « ont
    brûlé », « sont arrivés »), not a state in the passive present (« sont suspendus »)."""
    return (
        verb.pos_ == "VERB"
        and "Part" in verb.morph.get("VerbForm")
        and "Past" in verb.morph.get("Tense")
        and any(c.dep_ == "aux:tense" for c in verb.children)
    )


def _quotation(token: Token, tokens: Sequence[Token]) -> set[int] | None:
    """The places of the quotation (« … ») that holds `token`, if it stands in one: a condition
    said inside a quotation conditions what the quotation says, not the sentence around it."""
    opened = None
    for t in tokens:
        if t.i >= token.i:
            break
        if t.text == "«":
            opened = t.i
        elif t.text == "»":
            opened = None
    if opened is None:
        return None
    closing = next((t.i for t in tokens if t.i > token.i and t.text == "»"), tokens[-1].i + 1)
    return set(range(opened + 1, closing))


def _taken_anyway(span: Sequence[Token], tokens: Sequence[Token]) -> bool:
    """« Un hélicoptère est aussi intervenu, au cas où le jeune homme aurait fui », « les
    pompiers restent sur place au cas où le feu reprendrait »: a precaution (lexicon
    « precaution ») on a verb stated in the present or the past indicative gives the reason for
    an act done or in force, no condition on it; on a verb in the future or the conditional, or
    an infinitive (« seraient prêts à intervenir au cas où »), it is a condition."""
    inside = {t.i for t in tokens}
    top = min(span, key=lambda t: _depth(t, inside))
    verb = top.head
    if verb.i not in inside or verb.i == top.i or verb.pos_ not in ("VERB", "AUX", "ADJ"):
        return False
    finite = _finite(verb)
    return (
        "Fin" in finite.morph.get("VerbForm")
        and finite.morph.get("Mood") == ["Ind"]
        and bool(set(finite.morph.get("Tense")) & {"Pres", "Past", "Imp"})
        and not conditional(finite)
        and not any(lemma(t) in _MODAL for t in (verb, finite))
    )


def _otherwise(word: str, span: Sequence[Token], tokens: Sequence[Token]) -> Qualifier:
    """« …, sans quoi ils verront leur permis suspendu », « À défaut, leur permis sera
    suspendu »: a condition (what was said before left undone) on what follows it, up to a fact
    said beside it; it hangs on no word before it (the sentence may restate only what follows)."""
    end = _aside(tokens, span[-1].i)
    claim = [t for t in tokens if span[-1].i < t.i < end]
    return Qualifier(CONDITION, word, frozenset(), content(claim), True, word)


def _aside_hedged(span: Sequence[Token], tokens: Sequence[Token]) -> list[Token] | None:
    """The words of an aside a hedge opens between commas, naming something (« un grand
    orifice, probablement une bouche, énorme pour sa taille et … »): what it hedges is that
    name given to the noun before it, not the sentence around it (the parse may hang the rest
    on it). None where the hedge opens no such aside (« il a, probablement, été tué »: the
    verb's)."""
    first, last = span[0], span[-1]
    if first.i == tokens[0].i or first.doc[first.i - 1].text != ",":
        return None
    after = [t for t in tokens if t.i > last.i]
    comma = next((n for n, t in enumerate(after) if t.text == ","), None)
    if comma is None:
        return None
    words = after[:comma]
    if not any(t.pos_ in ("NOUN", "PROPN") for t in words):
        return None
    named = first.doc[first.i - 2] if first.i >= 2 else None  # « orifice »: what it names
    return words + ([named] if named is not None and named.pos_ == "NOUN" else [])


def _aside(tokens: Sequence[Token], after: int) -> int:
    """Where a fact said beside the main clause begins (lexicon « aside »: « , alors que … »,
    « , tandis que … »), after the token `after`: the claim a condition qualifies ends there
    (past the last token where there is none)."""
    low = [t.lower_.replace("’", "'") for t in tokens]
    for n, t in enumerate(tokens):
        if t.i > after and _but_stated(t):
            return t.i
        if t.i <= after or n == 0 or tokens[n - 1].text != ",":
            continue
        if any(tuple(low[n : n + len(p)]) == p for p in _phrases().get(ASIDE, ())):
            return t.i
    return tokens[-1].i + 1 if tokens else 0


def _but_stated(token: Token) -> bool:
    """« mais » opening a clause of its own subject stated in the present or the past (« si
    l'inspection concluait à …, elle devrait saisir la justice mais cette saisine ne concerne en
    aucun cas le ministre »): a fact set against the supposed one, which the condition does not
    qualify (not « … il viendra mais il partira tôt », in the future the condition rules)."""
    verb = token.head
    return (
        token.lower_ == "mais"
        and token.dep_ == "cc"
        and verb.dep_ == "conj"
        and any(c.dep_.startswith("nsubj") for c in verb.children)
        and not any(
            "Cnd" in t.morph.get("Mood") or "Fut" in t.morph.get("Tense")
            for t in (verb, *verb.children)
            if t is verb or t.dep_ in ("aux", "aux:pass", "aux:tense", "cop")
        )
    )


def _up_to_comma(first: Token, tokens: Sequence[Token]) -> set[int]:
    """The words a condition opening a clause may own: up to the comma that closes it (« Si le
    désaccord persiste, le gouvernement pourra … », where spaCy hangs « si » on the main verb
    and the main clause would be taken for the condition), every word where no comma follows."""
    after = [t for t in tokens if t.i > first.i]
    comma = next((t.i for t in after if t.text == ","), None)
    if comma is None or first.i > tokens[0].i + 1:
        return {t.i for t in tokens}
    return {t.i for t in tokens if first.i <= t.i < comma}


def _depth(token: Token, inside: set[int]) -> int:
    depth, up = 0, token
    while up.head.i != up.i and up.head.i in inside:
        up, depth = up.head, depth + 1
    return depth


def _holds(words_: frozenset[str], word: str) -> bool:
    """Whether `words_` say `word`, or a word of its stem (« récidiviste » for « récidive »)."""
    if word in words_:
        return True
    stem = word[:_STEM]
    return len(word) >= _STEM and any(w.startswith(stem) for w in words_)


def compare(
    article: frozenset[Qualifier], source: frozenset[Qualifier], known: frozenset[Qualifier]
) -> Iterator[Clash]:
    said = next((q.own for q in article if q.kind == SAID), frozenset())
    written = set(next((q.text for q in article if q.kind == SAID), "").split())
    kinds = {q.kind for q in article}
    if QUESTION in kinds:
        return  # a question asserts nothing
    # « devrait succéder » for « devrait succéder …, si elle est confirmée »: a modal's
    # conditional the source's claim has too is its own expectation, no condition kept
    theirs = {w for q in source if q.kind == MOOD for w in q.own} & _MODAL
    moods = [q for q in article if q.kind == MOOD]
    kept = kinds - {MOOD} | ({MOOD} if any(not q.own <= theirs for q in moods) else set())
    yield from _unattributed(said, article, source)
    yield from _unrestricted(said, written, article, source)
    for q in sorted(source, key=lambda q: (q.kind, q.word)):
        if (
            not q.explicit
            or q.kind not in DROPPED
            or (kept if q.kind == CONDITION else kinds) & KEEPS[q.kind]
        ):
            continue
        if any(_holds(said, w) for w in q.own) or q.word in said:
            continue  # « pour les récidivistes » keeps « en cas de récidive »
        if q.kind == HEDGE and any(_holds(said, w) for w in q.word.split() if len(w) >= _STEM):
            continue  # « un taux annuel moyen » keeps « en moyenne »: the hedge's own word
        if q.kind == CONDITION and q.own & _planned() and said & _planned():
            continue  # « si tout se passe comme prévu, la fin est programmée pour octobre »:
            # the condition says the plan holds, which « programmée » says too
        if q.word in _FOR_NOW and written & _STILL:
            continue  # « les causes restent inconnues » keeps « pour l'instant inconnues »
        if q.word in _FOR_NOW and (q.done or _so_far(article, source)):
            continue  # « 200 hectares brûlés » for « pour le moment, 200 hectares ont brûlé »:
            # a past fact holds without it; « déjà », « le dernier bilan » say it too
        if q.anchor and not _holds(said, q.anchor):
            continue  # « des sanctions si … »: the sentence does not say what it conditions
        shared = len(said & q.claim)
        if shared < 2 or shared < RESTATED * len(q.claim) or len(q.own) > OWN:
            continue  # the sentence does not restate what the qualifier qualifies
        if q.kind == CONDITION:
            yield Clash("hard", f"drops the condition the source gives («{q.word}»)")
        else:
            yield Clash("review", f"states without the source's «{q.word}»")
        return  # one qualifier dropped is enough to say


def _so_far(article: frozenset[Qualifier], source: frozenset[Qualifier]) -> bool:
    """The article sentence says « so far » in a word of its own (lexicon/conditions.txt
    « sofar »: « déjà », « à ce stade », « jusqu'ici », « le dernier bilan », « provisoire »),
    one the source sentence does not say of something else (« pour le moment, elles sont
    économiques : le gouvernement a déjà coupé les salaires »)."""

    def said(marks: frozenset[Qualifier]) -> set[str]:
        text = f" {next((q.text for q in marks if q.kind == SAID), '')} ".replace("' ", "'")
        return {w for w in by_tag("conditions").get(SO_FAR, ()) if f" {w} " in text}

    return bool(said(article) - said(source))


_RELATIVE = frozenset({"qui", "que", "qu'", "dont"})
_NOT = frozenset({"pas", "jamais", "plus", "guère", "point", "aucun", "aucune", "rien"})
# words by which an article sentence restricts a noun too, whatever its own words (« ceux qui ne
# sont pas », « sans place », « exclus », « hors », « sauf », « seuls », « à l'exception »)
_RESTRICTING = _NOT | frozenset(
    {"non", "ne", "n'", "ni", "sans", "hors", "sauf", "seuls", "seules", "seul", "seule",
     "exception", "excepté", "exceptés", "faute", "autres", "ceux", "celles"}
)  # fmt: skip


def _restrictions(tokens: Sequence[Token]) -> Iterator[Qualifier]:
    """The nouns a sentence restricts by what they are not: « non » right before the participle
    or adjective that follows the noun (« les patineurs et patineuses non sélectionnées pour le
    Grand Prix »), or a relative clause right after the noun whose verb is denied (« que le
    Grand Prix n'a pas retenus », « dont les utilisateurs n'avaient pas fait la mise à jour »).
    The noun is the word right before (the parse often hangs the modifier elsewhere); its own
    words are the modifier's subtree; what it restricts, the sentence's other words."""
    inside = {t.i for t in tokens}
    for n, t in enumerate(tokens[1:], start=1):
        noun = _restricted(tokens[n - 1], inside)
        if noun is None:
            continue
        if t.lower_ == "non" and n + 1 < len(tokens):
            head = tokens[n + 1]
            if head.pos_ not in ("VERB", "ADJ") or t.head.i != head.i:
                continue
            if head.pos_ == "VERB" and "Part" not in head.morph.get("VerbForm"):
                continue
        elif t.lower_ in _RELATIVE and t.dep_ != "mark":
            head = t.head
            if head.dep_ != "acl:relcl" or head.i not in inside:
                continue
            between = [w.lower_ for w in tokens if t.i < w.i < head.i]
            if not (set(between) & {"ne", "n'"} and set(between) & _NOT):
                continue  # « qui n'ont pas (encore) réparé »
        else:
            continue
        # the parse may hang the main clause on the relative's verb (« qui n'ont pas réparé
        # leurs routes recevront »): a finite verb after it is a clause of its own
        other = {
            w.i
            for c in head.children
            if c.i > head.i and c.pos_ in ("VERB", "AUX") and "Fin" in c.morph.get("VerbForm")
            for w in c.subtree
        }
        own_ids = {w.i for w in head.subtree if w.i in inside and w.i >= t.i} - other
        own = content(w for w in tokens if w.i in own_ids and w.lower_ not in _RESTRICTING)
        if not own or len(own) > OWN:
            continue
        text = " ".join(w.text for w in tokens if w.i in own_ids or w.i == t.i)
        rest = content(w for w in tokens if w.i not in own_ids)
        yield Qualifier(RESTRICTION, t.lower_, own, rest, True, text.replace("' ", "'"),
                        lemma(noun))  # fmt: skip


_THOSE = frozenset({"ces", "ses", "leurs", "nos", "vos"})


def _restricted(word: Token, inside: set[int]) -> Token | None:
    """The noun a restriction right after `word` picks some of: a plural noun the definite
    article or a demonstrative sets (« les agriculteurs », « aux », « des patineurs et patineuses »
    where « des » is « de les »: the parse's Definite=Def), reached over an adjective on it or a
    noun joined to it (« patineuses », which the tagger may read as an adjective). None for a
    singular (« l'homme non identifié » describes one, it picks none), a count (« trois lignes de
    tramway qui n'ont pas circulé » defines what it counts) or a noun with no determiner
    (« une vague d'attaques palestiniennes non coordonnées » describes them)."""
    noun, doc = word, word.doc
    joined = doc[word.i - 2] if word.i >= 2 and doc[word.i - 1].lower_ in ("et", "ou") else None
    if joined is not None and joined.i in inside and joined.pos_ == "NOUN":
        noun = joined  # « des patineurs et patineuses », however the parse hangs the second
    elif noun.pos_ == "ADJ" and noun.dep_ == "amod" and noun.head.i in inside:
        noun = noun.head if noun.head.i < noun.i else noun
    if noun.pos_ != "NOUN" or "Plur" not in noun.morph.get("Number") or not is_content(noun):
        return None
    children = list(noun.children)
    if any(c.dep_ == "nummod" for c in children):
        return None
    if any(
        c.lower_ in _THOSE or "Def" in c.morph.get("Definite") for c in children if c.i < noun.i
    ):
        return noun
    return None


_SOME = frozenset({"certains", "certaines", "plusieurs", "quelques", "nombre", "partie"})
_HUNDREDS = frozenset({"cent", "cents", "mille", "milliers", "dizaines", "centaines", "millions"})


def _counted(tokens: Sequence[Token]) -> Iterator[Qualifier]:
    """The nouns a sentence counts (« seize pays ») or takes some of (« plusieurs pays »)."""
    for n, t in enumerate(tokens):
        if t.pos_ != "NOUN":
            continue
        before = tokens[n - 1] if n else None
        if any(c.dep_ == "nummod" or (c.lower_ in _SOME and c.i < t.i) for c in t.children) or (
            before is not None
            and (before.like_num or before.pos_ == "NUM" or before.lower_ in _SOME | _HUNDREDS)
        ):  # « trois cents agriculteurs », which the parse may hang on « cents »
            yield Qualifier(COUNTED, lemma(t), explicit=False)


def _unrestricted(
    said: frozenset[str], written: set[str], article: frozenset[Qualifier],
    source: frozenset[Qualifier],
) -> Iterator[Clash]:  # fmt: skip
    """A noun the source restricts by what it is not, said with none of the restriction's
    words nor any word that restricts (`_RESTRICTING`), in a sentence that restates two other
    words of the source sentence: the claim on some made a claim on all. A review."""
    if written & _RESTRICTING:
        return
    counted = {q.word for q in article if q.kind == COUNTED}
    for q in sorted(source, key=lambda q: q.text):
        if q.kind != RESTRICTION or not _holds(said, q.anchor):
            continue
        if q.anchor in counted:
            continue  # « Seize pays ont été éliminés » for « les pays non qualifiés »: a group
            # counted or taken in part makes no claim on all of them
        own = q.own - q.claim  # « ISU » of « le Grand Prix ISU » and « l'ISU Challenger Series »
        if not own or any(_holds(said, w) for w in own):
            continue
        if len(said & q.claim - {q.anchor}) < 2:
            continue
        yield Clash("review", f"drops the restriction the source puts on «{q.anchor}» («{q.text}»)")
        return


def _unattributed(
    said: frozenset[str], article: frozenset[Qualifier], source: frozenset[Qualifier]
) -> Iterator[Clash]:
    """A view the source gives as someone's (« X estime que », « déplorent que »), restated as
    a bare fact: no attribution, no verb of saying, no quotation, no conditional, and none of
    the words of whose view it is. A review: an honest writer may name whose view it is in the
    sentence before. Tried and dropped: the same of « selon X », « d'après X » and verbs of
    saying (« indique », « explique ») — honest writers give the source's reported facts as
    facts (« selon le dernier bilan », « selon la police »): 20 reviews on the 74 honest
    articles for 4 catches."""
    if any(q.kind in KEEPS[ATTRIBUTION] and not q.own & _MODAL for q in article if q.kind != SAID):
        return
    claims = by_tag("conditions").get(CLAIM, frozenset())
    for q in sorted(source, key=lambda q: q.word):
        if q.kind != ATTRIBUTION or q.word not in claims or not q.claim:
            continue
        if any(_holds(said, w) for w in q.own):
            continue
        shared = sum(_holds(said, w) for w in q.claim)  # « aux dépens » for « au dépend »
        if shared < 2 or shared < RESTATED * len(q.claim):
            continue
        said_so = f"states as a fact what the source gives on someone's word («{q.text}»)"
        yield Clash("review", said_so)
        return


_WHOSE = frozenset({"selon", "d'après"})  # whose word a claim is, said by a preposition
_HIS = frozenset({"son", "sa", "ses", "leur", "leurs"})


def unnamed_source(
    article: frozenset[Qualifier], source: frozenset[Qualifier], named: frozenset[str]
) -> Iterator[Clash]:
    """« selon X », « d'après X » dropped from the claim it qualifies, where the article names X
    nowhere (`named`: the lemmas and words of every sentence of the article, its title too): the
    reader is left no way to tell the claim is X's word. An attribution dropped alone is no
    certain loss (honest writers give the source's reported facts as facts, « selon la police »
    in the sentence before, or whose word it is in a sentence of its own: 28 honest reviews for
    10 catches in round 19); X named nowhere in the article is the second cue. A review.
    X's verb of saying does the same (round 22): « …, a indiqué la préfecture du Morbihan »,
    « …, a précisé le quotidien Granma » (`_reported_by`), « la journaliste X a annoncé que
    … » (`_told_by`); X named also by its own noun (« la préfecture »), and not the verbs of
    opinion, whose claims `_unattributed` compares."""
    said = next((q.own for q in article if q.kind == SAID), frozenset())
    if any(q.kind == QUESTION for q in article):
        return
    keeps = KEEPS[ATTRIBUTION] | {CONDITION}  # « selon les résultats » may say « depending on »
    if any(q.kind in keeps and not q.own & _MODAL for q in article if q.kind != SAID):
        return  # the sentence says whose word it is, or gives the claim as reported
    for q in sorted(source, key=lambda q: (q.word, q.text)):
        if q.kind != ATTRIBUTION or not q.own or len(q.own) > OWN:
            continue
        if q.word not in _WHOSE and not (q.word in _told() and q.text):
            continue  # « selon X », or X's verb of saying (« a indiqué X », « X indique que »)
        if q.text.lower().split()[1:2] and q.text.lower().split()[1] in _HIS:
            continue  # « selon ses propos », « d'après leurs proches »: of someone named before
        if _named_in(q, named) or (q.anchor and _holds(named, q.anchor)):
            continue  # X is named in the article: the writer may say whose word it is there
        shared = sum(_holds(said, w) for w in q.claim)
        if shared < 2 or shared < RESTATED * len(q.claim):
            continue  # the sentence does not restate what X says
        whose = q.word if q.word in _WHOSE else q.text
        yield Clash("review", f"states without the source's «{whose}»")
        return


def _named_in(q: Qualifier, named: frozenset[str]) -> bool:
    """Whether the article names the X of « selon X »: each name X is written with (its
    capitalised words: « France Info », « Atmo Bourgogne », not only « France »), or, X
    named by common words alone (« les organisateurs »), one of them or a word of its stem."""
    capitalised = [w.lower() for w in q.text.split()[1:] if w[:1].isupper()]
    names = [part for w in capitalised for part in re.findall(r"\w+", w)]
    if names:
        return all(w in named for w in names)
    return any(_holds(named, w) for w in q.own)

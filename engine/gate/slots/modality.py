"""Time and certainty: whether a clause says a thing was done, is to come, or only may be.

Each clause (a verb with its auxiliaries, and the infinitives it governs: « devraient rester »,
« vont aggraver », « a dû être modifié ») is read into a `Clause`: its lexical verb, its content
words, its time (past, present, future) and whether it is hedged (conditional, « pouvoir »,
« risquer », « peut-être »…) or announced (« prévoir », « viser à », « est attendu »…, in
lexicon/modality.txt). An article clause is paired with the source clause that shares its verb
or most of its words, and clashes when it:
- puts in the future what the source gives as done (« a battu » → « affrontera »), or gives it
  as planned (« a nommé » → « envisage de nommer »);
- gives as done what the source gives as to come (« sont attendus » → « sont tombés »; a future
  by its ending, same verb, in a source sentence that narrates nothing else: « sera adopté
  aujourd'hui » → « a été adopté hier »), or, with « déjà », what was to come seen from the past
  or only could have been, whoever says it (« allait être dépêchée », « aurait pu exposer »);
- hedges what the source states by a word (« s'est qualifié » → « pourrait se qualifier »,
  « devrait », « peut-être »; the conditional mood alone, « il s'agirait », reports);
- states what the source hedges (« pourrait aggraver » → « va aggraver », « auraient péri » →
  « ont péri »), with a finite verb (a bare participle, « 100 000 euros perçus », sums up); a
  source hedged by the conditional mood alone (« aurait rapporté »: an allegation) only where the
  article says it with the same verb.
What was to come seen from the past (« allait chercher ») is not given as done; what cannot
happen (« ne peut être mise en place ») is no possibility; a future perfect that sums up, placed
ahead by no word, date or clause of time (« les alertes n'auront duré que quelques heures »,
« il aura fallu dix ans »), tells what is done.
Certain (hard) when both clauses have the same verb; likely (review) otherwise. A clause that
reports someone's view (under « selon », « estimer », « prévoir »…) may state what its source
hedges: the view is theirs; a time reported on both sides (« selon le bilan ») is compared.
What is announced (« devront être évacuées ») is to come as much as a future is; an obligation
said with another verb than the source's (« devront répondre à ces questions » after « l'enquête
a été confiée ») follows from the fact, it does not put the fact in the future.

Besides, the words of a sentence are read by meaning class (lexicon/modality.txt): a verb that
gives as certain (« confirmer », « garantir ») where the source only expects (« tabler »,
« prévoir », a future someone says) is hard; a firm statement of what the source only fears
(« on craint un effondrement » → « va s'effondrer ») is hard; a plain statement of what the
source says can happen (« peuvent retarder » → « retardent ») is a review.

Last, the certainty of the claim itself, whatever the parse makes of its clauses (`_by_hedges`):
a claim the source gives as only possible or expected by a word (« pourrait », « pourra »,
« devrait », « risque de », « semble », « peut-être ») restated with its own verb, or a noun
made from it, by a sentence that states it plainly (the indicative, no hedge, expectation,
plan, attribution, supposition or question), or the reverse; only the claim of the hedged
clause, not of the clauses joined to it (« … et le bilan pourrait s'alourdir »). Hard on a
near-minimal pair with the same verb stated, else a review.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from functools import cache
from typing import TYPE_CHECKING

from engine.gate.slots.aspect import compound_past, foretold
from engine.gate.slots.base import Certainty, Clash, content, lemma, under_heads
from engine.text import fold
from engine.text.lexicon import by_tag, words

if TYPE_CHECKING:
    from spacy.tokens import Token

_AUX = frozenset({"aux", "aux:tense", "aux:pass"})
_FOLDED = frozenset({"xcomp"})  # an infinitive a verb governs is one clause with it
PAST, PRESENT, FUTURE = "past", "present", "future"
_LIGHT = frozenset({"être", "avoir", "faire"})
_VERBAL = frozenset({"viser", "compter", "devoir"})  # announcing only what verb they govern
_DENIED = frozenset({"pas", "jamais", "point", "guère"})


@dataclass(frozen=True)
class Clause:
    verb: str  # the lexical verb's lemma
    words: frozenset[str]  # content lemmas of the clause
    time: str  # past, present, future
    hedged: bool  # conditional, pouvoir, risquer, peut-être…
    possible: bool  # hedged by a word (« pourrait », « risque de », « peut-être »), not only the
    # conditional mood, which also reports an allegation (« serait multipliée »)
    announced: bool  # prévoir, viser à, attendu…: given as to come
    reported: bool  # someone's view: under selon, estimer, prévoir…
    supposed: bool  # in a sentence that supposes (« si … »): its conditional is no hedge
    root: bool  # the sentence's main clause
    can: bool = False  # « pouvoir » in any tense: « les sanctions peuvent atteindre » (not
    # denied: « ne peut être mise en place » says what cannot happen)
    # a hedging adverb somewhere in the sentence (« vraisemblablement »), whichever verb the parser
    # hangs it on, or an adjective of possibility (« capables de »): a source sentence holding
    # one may be restated hedged
    hedged_sentence: bool = False
    denied: bool = False  # « n'a pas encore été interrogé »: gives nothing as done
    planned: bool = False  # a verb of plan governing the verb (« envisage de nommer »)
    already: bool = False  # « a déjà envoyé »: given as done by now
    inflected: bool = False  # a future by its ending (« sera »), not « va » and an infinitive
    prospective: bool = False  # « allait chercher », « devait venir »: what was to come, seen
    # from the past, is not given as done
    finite: bool = True  # a finite verb: a bare participle (« 100 000 euros perçus ») states no
    # time, as a heading sums up
    obliged: bool = False  # « devront répondre », « doit partir »: an obligation, what follows
    # from a fact, not the fact put in the future
    stipulated: bool = False  # announced by a text (« le projet prévoyait la réduction »): what
    # it provides for, which an article may tell as the text's content (« le projet réduisait »)
    composed: bool = False  # a compound past (« a été réduit »): given as done, not as content
    hypothetical: bool = False  # opened by « si » (« s'ils étaient reconnus coupables »): a
    # supposition, nothing given as done
    under_saying: bool = False  # governed by a verb of saying (« a annoncé que l'usine serait
    # fermée »): its conditional may be of concord, a future seen from the past
    seeming: bool = False  # under a verb of appearance (« semble confirmer », « il semblerait que
    # … ait éteint »): not given as fact
    sequel: bool = False  # in a sentence that tells an event after another (« sera ensuite
    # évacuée ») and places nothing ahead (lexicon/aspect.txt « sequel », « ahead »): a future
    # there may tell a story that is over
    aside: bool = False  # in a sentence with an aside of appearance (« avait, semble-t-il,
    # éteint ses feux », « paraît-il »): the whole sentence only seems so, « semble » included
    quoted: bool = False  # inside quotation marks: the speaker's words, whose time and
    # certainty the quotations rule holds to the source's letter
    alone: bool = False  # its lexical verb is the clause's only verb (« ont été retrouvés »; not
    # « ont tenté de retrouver »)
    causing: frozenset[str] = frozenset()  # the words of a subject whose verb has a word of
    # fear for object (« l'éloignement du Burundi a suscité l'inquiétude »): what causes a fear,
    # a fact, not what is feared
    self_announced: bool = False  # announced by its own lexical verb alone, a verb of plan
    # (« a décidé de programmer une épreuve »): that verb said done (« a programmé une épreuve »)
    # tells the plan made, what it governs is still to come
    imperfect: bool = False  # a simple imperfect (« figurait », « soutenaient »): a state or
    # what was under way, no act done
    ahead: bool = False  # in a sentence that places something ahead by a word (lexicon/aspect.txt
    # « ahead »: « prochain », « demain », « d'ici »): a future there is to come; a future
    # without one may tell a story that is over (« Peeters abandonnera le 18 juin »)


@dataclass(frozen=True)
class Worded:
    """What a sentence says by its words, whatever the parse makes of its clauses."""

    forms: frozenset[str]  # its words as written, lowercase
    intends: frozenset[str]  # the stems of what it says someone means to do (« envisagent
    # d'accepter » → « accept »), by a verb of intent (lexicon/modality.txt « intend »)
    aims: bool  # it says an intent, a plan, a wish or an attempt (« intend », « plan »,
    # « announce », « expect »: « prévoit de », « veut », « tente de »)
    sure: str | None  # an adverb that gives a claim as certain (« forcément », lexicon « sure »)
    alleges: frozenset[str]  # the content words of what « serait », « aurait » allege (« aurait
    # percuté le sol », « serait d'origine égyptienne »), whatever the parse makes of the clause
    alleged: frozenset[str]  # those of them said of the subject (« les heurts auraient fait de
    # nombreux blessés »: the wounded), the subject's own aside
    said: frozenset[str]  # the sentence's content words
    asks: bool  # a question asserts nothing
    states: bool  # « est », « a » in the indicative, and no conditional anywhere
    says: bool  # a verb of saying or of view
    attributes: bool  # that, or « selon », « d'après »: someone's claim
    hedges: bool  # a word that hedges (« semble », « probable », « pourra », « peut-être »),
    # whatever the parse makes of its clause (« il est probable que le conflit dure »)
    aimed: frozenset[str] = frozenset()  # the verbs it says someone only wants, tries or means
    # to do (« affirme vouloir prendre un avocat », « ont tenté de dédouaner »: prendre,
    # dédouaner), by a verb of will, attempt, intent or plan (lexicon « aim », « intend », « plan »)
    achieved: frozenset[str] = frozenset()  # the verbs it says someone achieved (« ont réussi à
    # dédouaner », « parvient à reprendre »: lexicon « achieve »)
    already: frozenset[str] = frozenset()  # the content words said right after a « déjà » of a
    # noun (« déjà victime de trois attentats en six ans »: victime, attentat, an)
    certain: str | None = None  # an adjective after « être » that gives what follows it as
    # certain (« était certaine de tirer », « est sûr que »: lexicon « certain »)
    hoped: frozenset[str] = frozenset()  # the verbs it says someone only hopes or wishes to
    # do (« espère financer », « souhaite rénover »: lexicon « hope »)
    concord: bool = False  # a verb of saying or of view in the past (or another form than the
    # present indicative), whose conditional may be of concord (« a annoncé que l'usine serait
    # fermée »); under a present one (« affirme que Penelope Fillon aurait touché »), the
    # conditional alleges
    maybes: tuple[Maybe, ...] = ()  # the claims it gives as only possible or expected by a word
    # (« pourraient s'alourdir », « devrait présenter », « peut-être », « risque de »)
    plain: bool = False  # it states, in the indicative, with no word that hedges, expects, aims
    # or attributes, no conditional, no supposition and no question: a claim given as certain
    stated: frozenset[str] = frozenset()  # the lemmas of its finite verbs in the indicative
    alleged_core: frozenset[str] = frozenset()  # the stems of what a conditional alleges at its
    # core: its verb (or predicate) and their own complements, not their time or place (« son
    # vélo aurait buté contre une pierre pendant la course à Pontal »: buter, pierre)


@dataclass(frozen=True)
class Maybe:
    """A claim a sentence gives as only possible or expected by a word: the word as written,
    the verb (or predicate) it hedges, the content words of its clause."""

    word: str
    verb: str
    claim: frozenset[str]
    expected: bool = False  # « devrait », « devraient »: expected, not only possible
    verbs: frozenset[str] = frozenset()  # the verb and the verbs of its chain (« restera
    # peut-être fermée »: fermé, rester)


_OPENING, _CLOSING = frozenset({"«", "“"}), frozenset({"»", "”"})
_SEEMS = ("semble", "paraît", "paraissait", "semblait")  # … -t-il, -il: an aside of appearance


def _quoted(tokens: Sequence[Token]) -> frozenset[int]:
    """The tokens between an opening quotation mark and its closing one."""
    out: set[int] = set()
    opened = False
    for t in tokens:
        if t.text in _OPENING:
            opened = True
        elif t.text in _CLOSING:
            opened = False
        elif opened:
            out.add(t.i)
    return frozenset(out)


def _lexicon() -> dict[str, frozenset[str]]:
    return by_tag("modality")


def read(tokens: Sequence[Token]) -> frozenset[Clause]:
    lex = _lexicon()
    inside = {t.i for t in tokens}
    heads = [
        t
        for t in tokens
        if t.pos_ in ("VERB", "AUX")
        and t.dep_ not in _AUX
        and not (t.dep_ in _FOLDED and t.head.i in inside and t.head.pos_ in ("VERB", "AUX"))
        and not (t.pos_ == "AUX" and t.dep_ == "cop")
    ]
    owner = under_heads(tokens, heads)
    text = " " + " ".join(t.lower_ for t in tokens).replace("’", "'") + " "
    selon = "selon" in text.split() or "d' après" in text or "d'après" in text or _for_whom(tokens)
    iffy = any(t.lower_ in ("si", "s'", "s’") and t.dep_ == "mark" for t in tokens) or any(
        word in text for word in (" si ", "s' il", "s'il", "s' ils", "s'ils")
    )  # a hypothesis
    hedged_sentence = any(
        t.dep_ == "advmod" and t.lower_ in lex.get("adverb", frozenset()) for t in tokens
    ) or any(
        (t.pos_ == "ADJ" and lemma(t) in lex.get("can", frozenset()))
        or t.lower_ in lex.get("form", frozenset())  # « risquent » read as a noun
        or _impersonal(t)
        for t in tokens
    )
    asked = any(  # « reste à savoir si l'opinion évoluera »: a question, not a claim
        t.lower_ in ("si", "s'") and t.i > 0 and lemma(t.doc[t.i - 1]) in words("asking")
        for t in tokens
    ) or any(t.text == "?" or _exhorts(t) for t in tokens)  # « Pourquoi … ? », « Revenons à »
    aspect = by_tag("aspect")
    placed = any(t.lower_.split("'")[-1] in aspect["ahead"] for t in tokens)
    sequel = not placed and any(f" {phrase} " in text for phrase in aspect["sequel"])
    quoted = _quoted(tokens)
    read: dict[int, Clause] = {}
    for head in heads:
        chain = _chain(head, inside)
        verbs = _verbs(chain)
        lemmas = {lemma(t) for t in verbs}
        if head.dep_ in _FOLDED and head.head.i in inside:
            lemmas.add(lemma(head.head))  # « la crue risque d'aggraver », « risque » read a noun
        advs = {c.lower_ for t in chain for c in t.children if c.dep_ == "advmod"}
        # « sans risquer d'endommager », « ne risque pas de »: a denied hedge hedges nothing
        hedging = {lemma(t) for t in verbs if not _without(t)}
        possible = (
            bool(hedging & lex.get("hedge", frozenset()))
            or bool(advs & lex.get("adverb", frozenset()))
            or ("pouvoir" in lemmas and any(conditional(t) for t in verbs))  # « aurait pu »
        )
        # « viser à faire », « compte partir »: these announce only a verb they govern (« a visé
        # une manifestation » is aimed at it, « compte 60 morts » counts)
        # « ont dû y rester »: an obligation in a compound past was met, nothing is to come
        met = {lemma(t) for t in chain if _compound(t)}
        announcing = (lemmas - met) & (
            lex.get("announce", frozenset()) - (frozenset() if len(chain) > 1 else _VERBAL)
        )
        # « a été convoqué à comparaître », « a invité les habitants à quitter »: a summons or an
        # order sets what it governs to come, in whatever tense it was given
        summoning = {lemma(t) for t in chain[:-1]} & lex.get("summon", frozenset())
        announcing |= summoning
        announced = bool(announcing) or _yet(chain, lex)
        views = lex.get("view", frozenset()) | words("saying")
        reported = selon or asked or _under(head, inside, views) or _after(head, views)
        under_saying = not asked and _under(head, inside, words("saying"))
        read[head.i] = Clause(
            verb=lemma(chain[-1]),
            words=content(owner[head.i]),
            causing=_causing(owner[head.i], lex.get("fear", frozenset())),
            alone=len(chain) == 1,
            time=_time(chain),
            hedged=possible or any(conditional(t) for t in verbs),
            possible=possible,
            announced=announced,
            self_announced=announcing == {lemma(chain[-1])} and not _yet(chain, lex),
            reported=reported,
            under_saying=under_saying,
            supposed=iffy,
            root=head.dep_ == "ROOT",
            can=any(lemma(t) == "pouvoir" and not _ne(t) for t in verbs),
            hedged_sentence=hedged_sentence,
            denied=_denied(verbs),
            finite=any("Fin" in t.morph.get("VerbForm") for t in verbs),
            planned=len(chain) > 1 and lemma(chain[0]) in lex.get("plan", frozenset()),
            prospective=_prospective(chain),
            obliged=len(chain) > 1 and lemma(chain[0]) == "devoir",
            stipulated=announced and _by_text(chain[0], lex),
            composed=_compound(chain[0]),
            quoted=head.i in quoted,
            hypothetical=any(
                c.dep_ == "mark" and c.lower_ in ("si", "s'", "s’") for c in chain[0].children
            ),
            already="déjà" in advs,
            sequel=sequel,
            ahead=placed,
            imperfect=not _compound(chain[0]) and imperfect(chain[0]),
            inflected=any(_future(t) for t in verbs)
            and not any(lemma(t) == "aller" for t in verbs),  # the tagger reads « vont » so
        )
    out: set[Clause | Worded] = set()
    seem = lex.get("seem", frozenset())
    # « avait, semble-t-il, éteint ses feux », « paraît-il »: an aside of appearance hedges all
    aside = any(
        t.lower_ in _SEEMS and n + 1 < len(tokens) and tokens[n + 1].lower_ in ("-t", "-il")
        for n, t in enumerate(tokens)
    )
    for head in heads:  # an infinitive is as sure as the clause it depends on (its time is none)
        clause = read[head.i]
        # « semble confirmer », « il semblerait que le poids lourd ait éteint ses feux »: what a
        # verb of appearance governs is not given as fact
        if (
            {lemma(t) for t in _chain(head, inside)} & seem
            or (head.dep_ == "ccomp" and head.head.i in inside and lemma(head.head) in seem)
            or aside
        ):
            clause = replace(clause, seeming=True, aside=aside)
        # « seraient intervenus et ont fait fuir »: a verb with a finite auxiliary of its own is
        # as sure as that one says, whatever the clause it is joined to
        own_tense = any(
            c.dep_.startswith("aux") and "Fin" in c.morph.get("VerbForm") for c in head.children
        )
        if "Inf" in head.morph.get("VerbForm") and not own_tense:
            up = _governor(head, inside, read)
            if up is not None:
                clause = replace(
                    clause,
                    hedged=clause.hedged or up.hedged,
                    possible=clause.possible or up.possible,
                    announced=clause.announced or up.announced,
                    self_announced=clause.self_announced and not up.announced,
                )
        out.add(clause)
    out.add(_worded(tokens, lex))
    return frozenset(out)


@cache
def _aiming_hedging_attributing() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The words that aim, that hedge and that attribute (lexicon modality, saying), joined once."""
    lex = _lexicon()
    aiming = frozenset().union(*(lex.get(k, frozenset()) for k in _AIMING))
    hedging = frozenset().union(*(lex.get(k, frozenset()) for k in _HEDGING))
    return aiming, hedging, lex.get("view", frozenset()) | words("saying")


def _worded(tokens: Sequence[Token], lex: dict[str, frozenset[str]]) -> Worded:
    inside = {t.i for t in tokens}
    lowered = [t.lower_.replace("’", "'") for t in tokens]
    intends = set()
    for n, t in enumerate(tokens):
        if lemma(t) not in lex.get("intend", frozenset()) or _without(t):
            continue
        after = lowered[n + 1 : n + 3]
        if after and after[0] in ("de", "d'") and len(after) > 1:
            verb = after[1]
            if verb.endswith(("er", "ir", "re")) and len(verb) > 5:
                intends.add(verb[:-2])  # « d'annexer » → « annex »
    aiming, hedging, attributing = _aiming_hedging_attributing()
    saying = [t for t in tokens if lemma(t) in attributing or _verb(t) in attributing]
    says = bool(saying)
    joined = f" {' '.join(lowered)} ".replace("' ", "'")
    sure = sorted(
        w
        for w in lex.get("sure", frozenset())
        if (" " in w and f" {w} " in joined) or (" " not in w and w in lowered)
    )  # a word (« forcément ») or a phrase, word by word (« à coup sûr »)
    # a conditional « serait », « aurait » alleges its clause; « selon X » says whose word it is
    alleging = [
        t.head if t.head.i in inside else t for t in tokens if lemma(t) in _LIGHT and conditional(t)
    ]
    mine = inside - _whose_word(tokens)
    return Worded(
        forms=frozenset(lowered),
        intends=frozenset(intends),
        aims=any(lemma(t) in aiming for t in tokens),
        sure=sure[0] if sure else None,
        alleges=content(w for head in alleging for w in head.subtree if w.i in mine),
        alleged=content(w for head in alleging for w in _alleged_of(head) if w.i in mine),
        alleged_core=_stems(w for head in alleging for w in _core(head) if w.i in mine),
        said=content(tokens),
        asks=any(t.text == "?" for t in tokens),
        states=any(_main(t) for t in tokens)
        and not any(conditional(t) for t in tokens if t.pos_ in ("VERB", "AUX")),
        says=says,
        attributes=says
        or any(w in ("selon", "d'après") for w in lowered)
        or " d' après " in f" {' '.join(lowered)} ",
        hedges=any(
            (lemma(t) in hedging or t.lower_ in hedging) and t.pos_ in _WORDED_POS for t in tokens
        ),  # « le pouvoir », « puis » (lemmatised « pouvoir ») hedge nothing
        certain=next((lemma(t) for t in tokens if _certain(t, lex)), None),
        aimed=_aimed(tokens, lex),
        achieved=_aimed(tokens, lex, ("achieve",)),
        hoped=_aimed(tokens, lex, ("hope",)),
        concord=any(not _says_now(t) for t in saying),
        maybes=_maybes(tokens, lex),
        plain=_plain(tokens, lex, lowered, says),
        stated=frozenset(
            lemma(t)
            for t in tokens
            if t.pos_ in ("VERB", "AUX")
            and "Ind" in t.morph.get("Mood")
            and not conditional(t)
            and lemma(t) not in _LIGHT
        )
        | frozenset(  # « les pressions seront militaires »: a predicate its copula states
            lemma(t.head)
            for t in tokens
            if t.dep_ == "cop"
            and t.head.i in inside
            and "Ind" in t.morph.get("Mood")
            and not conditional(t)
        ),
        # « déjà » said of a noun (« déjà victime de trois attentats »), not of a verb, whose
        # clause says its time itself (« aurait déjà coûté » alleges)
        already=frozenset().union(
            *(
                _up_to_punctuation(tokens[n + 1 :])
                for n, t in enumerate(tokens)
                if t.lower_ == "déjà" and t.head.pos_ not in ("VERB", "AUX")
            )
        ),
    )


_CLAUSES = frozenset({"advcl", "conj", "parataxis", "acl:relcl", "acl", "ccomp", "csubj"})


def _maybes(tokens: Sequence[Token], lex: dict[str, frozenset[str]]) -> tuple[Maybe, ...]:
    """The claims a sentence gives as only possible or expected by a word, each with the verb
    it hedges and the content words of its own clause (not of the clauses joined to it: « le
    séisme a fait vingt morts et le bilan pourrait s'alourdir » hedges only the toll's rise):
    « pouvoir » in the conditional or the future (« pourrait », « pourra »; « peut » says what
    can happen), « devoir » in the conditional (« devrait »: expected), a verb of risk or
    appearance (« risque de », « semble »), an adverb (« peut-être », « probablement »), an
    adjective of possibility (« il est possible que »); none denied (« ne pourra pas »)."""
    inside = {t.i for t in tokens}
    adverbs = lex.get("adverb", frozenset())
    risk = lex.get("hedge", frozenset()) | lex.get("seem", frozenset())
    possible = lex.get("can", frozenset()) - {"pouvoir", "capable", "apte"}
    out = []
    for token in tokens:
        word = lemma(token)
        verbal = token.pos_ in ("VERB", "AUX")
        expected = False
        if verbal and word == "pouvoir" and (conditional(token) or _future(token)):
            head = token
        elif verbal and word == "devoir" and conditional(token):
            head, expected = token, True
        elif verbal and word in risk:
            head = token
        elif token.lower_ in adverbs and token.head.i in inside:
            head = token.head
        elif token.pos_ == "ADJ" and word in possible and token.head.i in inside:
            head = token
        else:
            continue
        if _without(token) or _without(head):
            continue  # « ne pourra pas », « sans risquer de »
        hedged = next((c for c in head.children if c.dep_ == "xcomp" and c.i in inside), None) or (
            head if head is not token else None
        )
        if hedged is None:  # « pourraient aussi s'accentuer »: the verb right after
            hedged = next((t for t in tokens if t.i > token.i and t.pos_ in ("VERB", "ADJ")), token)
        out_of = {
            w.i
            for c in head.children
            if c.dep_ in _CLAUSES and c.pos_ in ("VERB", "AUX", "ADJ", "NOUN")
            for w in c.subtree
        }
        claim = content(w for w in head.subtree if w.i in inside and w.i not in out_of)
        chain = {lemma(hedged), lemma(head)} - {word}
        if head.dep_ == "xcomp" and head.head.i in inside:
            chain.add(lemma(head.head))
        out.append(Maybe(token.lower_, lemma(hedged), claim - {word}, expected, frozenset(chain)))
    return tuple(out)


def _plain(
    tokens: Sequence[Token], lex: dict[str, frozenset[str]], lowered: list[str], says: bool
) -> bool:
    """Whether a sentence states a claim as certain: a finite verb in the indicative, and no
    conditional, no word that hedges, expects, plans, aims or enables (« permettra de »), no
    attribution (« selon X », a verb of saying or view), no supposition (« si ») and no
    question."""
    supposes = "si" in lowered or any(
        w == "s'" and lowered[n + 1 : n + 2] in (["il"], ["ils"]) for n, w in enumerate(lowered)
    )
    if says or supposes or "?" in lowered:
        return False
    after = any(
        w in ("d'", "d’") and n + 1 < len(lowered) and lowered[n + 1] == "après"
        for n, w in enumerate(lowered)
    )
    if "selon" in lowered or after or "pour" in lowered[:1]:
        return False  # « selon », « d'après », « Pour la ministre, … »
    aiming, hedging, _ = _aiming_hedging_attributing()
    for t in tokens:
        if t.pos_ in ("VERB", "AUX") and conditional(t):
            return False
        if lemma(t) in aiming | hedging or t.lower_ in hedging:
            return False
        if lemma(t) in lex.get("can", frozenset()) | lex.get("expect", frozenset()):
            return False
        if lemma(t) in lex.get("enable", frozenset()):
            return False  # « ce qui permettra à la ville d'accueillir »: made possible
    return any(
        t.pos_ in ("VERB", "AUX")
        and "Ind" in t.morph.get("Mood")
        and "Fin" in t.morph.get("VerbForm")
        for t in tokens
    )


def _certain(token: Token, lex: dict[str, frozenset[str]]) -> bool:
    """« était certaine de tirer », « est convaincu que »: an adjective or participle of certainty
    (lexicon « certain ») after « être », with « de » or « que » right after it, not denied
    (« n'est pas certaine de »)."""
    after = token.doc[token.i + 1].lower_ if token.i + 1 < len(token.doc) else ""
    return (
        token.pos_ in ("ADJ", "VERB")
        and lemma(token) in lex.get("certain", frozenset())
        and after in _OF_THAT
        and any(c.dep_ in ("cop", "aux:pass") for c in token.children)
        and not _without(token)
    )


_OF_THAT = frozenset({"de", "d'", "d’", "que", "qu'", "qu’"})
_AIMS = ("aim", "intend", "plan", "chance")
_REFLEXIVE = frozenset({"se", "s'", "s’"})
_BEFORE_INFINITIVE = frozenset({"de", "d'", "d’", "à"}) | _REFLEXIVE
_AIM_COPULA = frozenset({"est", "était", "sera", "serait", "reste", "restait", "demeure"})


def _aimed(
    tokens: Sequence[Token], lex: dict[str, frozenset[str]], kinds: tuple[str, ...] = _AIMS
) -> frozenset[str]:
    """The verbs a verb (or a noun) of will, attempt, intent or plan governs (« vouloir
    prendre », « tenté de dédouaner », « envisage de nommer », « sa volonté de se présenter »), as
    the parse hangs them or right after it (« de », « à », « se » between), where that word is
    not itself denied."""
    aims = frozenset().union(*(lex.get(k, frozenset()) for k in kinds))
    chances = lex.get("chance", frozenset()) if "chance" in kinds else frozenset()
    found = set()
    for n, token in enumerate(tokens):
        if lemma(token) not in aims or token.pos_ not in ("VERB", "NOUN") or _without(token):
            continue
        if lemma(token) in chances and _perfective(token.head):
            continue  # « a eu l'occasion de rencontrer », « saisit l'occasion de dire »: done
        if any(c.lower_ in _REFLEXIVE for c in token.children):
            continue  # « cela s'appelle tricher » names, it calls for nothing
        found.update(  # an infinitive: « entendre qu'il a chanté » wants nothing
            lemma(c)
            for c in token.children
            if c.dep_ == "xcomp" and c.pos_ == "VERB" and "Inf" in c.morph.get("VerbForm")
        )
        # « leur objectif était de remettre »: a noun's aim said by « être » and « de »
        bridge = _BEFORE_INFINITIVE | (_AIM_COPULA if token.pos_ == "NOUN" else frozenset())
        for after in tokens[n + 1 : n + 4]:
            if "Inf" in after.morph.get("VerbForm"):
                found.add(lemma(after))
                break
            if after.lower_ not in bridge:
                break
        if token.pos_ == "NOUN":
            found.update(_after_colon(tokens[n + 1 :]))
    return frozenset(found)


_COLON_REACH = 6  # words between a noun of aim and the colon that gives its aim


def _after_colon(tokens: Sequence[Token]) -> frozenset[str]:
    """The infinitive a colon gives right after a noun of aim (« l'objectif des Bleus était
    clair : réaliser un triplé », « leur but : revenir »), no other verb but « être » between."""
    for n, token in enumerate(tokens[: _COLON_REACH + 1]):
        if token.text == ":":
            after = tokens[n + 1 : n + 2]
            if after and "Inf" in after[0].morph.get("VerbForm"):
                return frozenset({lemma(after[0])})
            return frozenset()
        if token.is_punct or (token.pos_ in ("VERB", "AUX") and lemma(token) != "être"):
            return frozenset()
    return frozenset()


def _perfective(verb: Token) -> bool:
    """Whether a verb is told done: a compound past (« a eu », « ont saisi ») or a simple past
    (« eut »)."""
    return (
        "Past" in verb.morph.get("Tense")
        and "Fin" in verb.morph.get("VerbForm")
        or any(
            c.dep_ in ("aux", "aux:tense") and lemma(c) in ("avoir", "être") for c in verb.children
        )
    )


def _up_to_punctuation(tokens: Sequence[Token]) -> frozenset[str]:
    """The content words of `tokens` up to the first punctuation (`_ALREADY_SPAN` at most)."""
    span = []
    for token in tokens[:_ALREADY_SPAN]:
        if token.is_punct:
            break
        span.append(token)
    return content(span)


_ALREADY_SPAN = 10  # words after « déjà » that say what is already so, up to a punctuation
_ECHOED = 2  # …that an article clause with « déjà » says too: the source's « déjà », restated


def _main(token: Token) -> bool:
    """« est », « a » in a finite form, as the main verb, or as the auxiliary or copula of the
    main clause (not « il y a deux milliards d'années »)."""
    return (
        lemma(token) in ("être", "avoir")
        and "Fin" in token.morph.get("VerbForm")
        and (token.dep_ == "ROOT" or (token.head.dep_ == "ROOT" and token.dep_ in _MAIN_LINKS))
    )


_MAIN_LINKS = frozenset({"aux", "aux:tense", "aux:pass", "cop"})
_AIMING = ("intend", "plan", "announce", "expect", "hedge", "aim")
_HEDGING = ("seem", "can", "adverb", "hedge", "form")
_WORDED_POS = frozenset({"VERB", "AUX", "ADJ", "ADV"})


def _by_text(verb: Token, lex: dict[str, frozenset[str]]) -> bool:
    """« Le projet prévoyait la réduction des pouvoirs du Sénat »: a verb whose subject is a
    text (lexicon/modality.txt « text »: projet, loi, accord…) says what it provides for."""
    return any(
        c.dep_.startswith("nsubj") and lemma(c) in lex.get("text", frozenset())
        for c in verb.children
    )


def _without(token: Token) -> bool:
    """« sans risquer de », « ne risque pas de »: the verb is denied."""
    return any(c.lower_ in ("sans", *_DENIED) for c in token.children) or _ne(token)


def _compound(token: Token) -> bool:
    """« a dû », « ont dû », « sont tombés »: a verb in a compound past (its auxiliary of tense;
    « être » only for a verb that takes it in the past, engine.gate.slots.aspect.compound_past:
    « y sont attendus » is a passive present, whatever the parser calls its « sont »)."""
    auxes = [c for c in token.children if c.dep_ in _AUX]
    return any(c.dep_ == "aux:tense" for c in auxes) and compound_past(token, auxes)


def _impersonal(token: Token) -> bool:
    """« il se peut que », « il se pourrait que »: « pouvoir » with its impersonal « se » makes
    the clause it governs only possible, as « il est possible que » does."""
    return lemma(token) == "pouvoir" and any(
        c.dep_.startswith("expl") and c.lower_ in ("se", "s'", "s’") for c in token.children
    )


def _ne(token: Token) -> bool:
    """Whether « ne » hangs on the verb: « ne peut être mise en place », « ne peut pas » say
    what cannot happen, not what can."""
    return any(c.lower_ in ("ne", "n'", "n’") for c in token.children)


def _denied(verbs: list[Token]) -> bool:
    """Whether the clause denies its verbs: « pas », « jamais »… on a verb or on its auxiliary
    (« n'avaient pas encore cédé »: the parser hangs « pas » on « avaient »), or said before the
    verb's « ne » with no other verb between (« Jamais encore il n'avait prononcé … »)."""
    near = [g for t in verbs for c in t.children for g in (c, *_aux_children(c))]
    if any(c.lower_ in _DENIED for c in near):
        return True
    ne = next((c for c in near if c.lower_ in ("ne", "n'", "n’")), None)
    if ne is None:
        return False
    verb = max(t.i for t in verbs)
    if any(t.lower_ in _DENIED | _NOTHING for t in ne.doc[ne.i + 1 : verb]):
        return (
            True  # « n'avaient pas encore cédé » (« pas » hung on « encore »), « n'a rien lâché »
        )
    for t in reversed(ne.doc[ne.sent.start : ne.i]):
        if t.pos_ in ("VERB", "AUX") or t.text in (",", ";", ":"):
            return False
        if t.lower_ in _DENIED | _NOTHING:
            return True  # « Jamais encore il n'avait … », « Personne n'a … »
    return False


_NOTHING = frozenset({"rien", "personne"})  # with « ne », they deny the verb


def _aux_children(token: Token) -> tuple[Token, ...]:
    return tuple(token.children) if token.dep_ in _AUX else ()


def _verbs(chain: list[Token]) -> list[Token]:
    return [*chain, *(c for t in chain for c in t.children if c.dep_ in _AUX)]


def _governor(head: Token, inside: set[int], read: dict[int, Clause]) -> Clause | None:
    up = head
    while up.head.i != up.i and up.head.i in inside:
        up = up.head
        if up.i in read:
            return read[up.i]
    return None


_CONDITIONAL = ("rais", "rait", "rions", "riez", "raient")


def conditional(token: Token) -> bool:
    """« pourrait », « serait », « déclarerait »: a conditional, told by its ending from an
    imperfect (« déclarait », « courait ») and from the present of a verb in -raire
    (« s'est extrait », « distrait ») — spaCy's mood tag is not reliable enough."""
    text = token.lower_
    end = next((e for e in _CONDITIONAL if text.endswith(e)), None)
    stem = lemma(token)[:-2]
    return end is not None and text not in (stem + end[1:], stem + "t")


def _chain(head: Token, inside: set[int]) -> list[Token]:
    """The verbs of one clause, governing first: « devraient » « rester »; the auxiliaries of
    each are read by `_time`."""
    chain = [head]
    while True:
        nxt = next(
            (
                c
                for c in chain[-1].children
                if c.dep_ in _FOLDED and c.pos_ in ("VERB", "AUX") and c.i in inside
            ),
            None,
        )
        if nxt is None:
            return chain
        chain.append(nxt)


def _time(chain: list[Token]) -> str:
    first = chain[0]
    auxes = [c for c in first.children if c.dep_ in _AUX]
    # « y sont attendus »: the parser may read a passive's « être » as an auxiliary of tense
    tense_aux = [c for c in auxes if c.dep_ == "aux:tense"] if _compound(first) else []
    finite = next((c for c in auxes if "Fin" in c.morph.get("VerbForm")), first)
    tense = set(finite.morph.get("Tense"))
    if _future(finite):
        return PAST if tense_aux and _looking_back(first) else FUTURE
    if lemma(first) in ("aller", "devoir") and len(chain) > 1 and not tense_aux:
        return FUTURE if "Imp" not in tense or lemma(first) == "devoir" else PAST
    if (
        lemma(first) == "venir"
        and len(chain) > 1
        and any(c.lower_ in ("de", "d'") for c in chain[1].children)
    ):
        return PAST
    if tense_aux or (
        tense & {"Imp", "Past"}
        and "Fin" in finite.morph.get("VerbForm")
        and not misread_present(finite)
    ):
        return PAST  # a participle alone (« une candidature annoncée ») says no time
    return PRESENT


def imperfect(verb: Token) -> bool:
    """An imperfect by the tagger and by its form: an imperfect ending (« -ais », « -ait »,
    « -ions », « -iez », « -aient ») after, for a verb in « -er », its infinitive's stem
    (« payaient », « mangeaient », « commençaient »); spaCy tags the present « paient » so."""
    form = verb.lower_.replace("ç", "c")
    if "Imp" not in verb.morph.get("Tense") or not form.endswith(_IMPERFECT_ENDINGS):
        return False
    infinitive = lemma(verb)
    return not infinitive.endswith("er") or form.startswith(infinitive[:-2])


def misread_present(verb: Token) -> bool:
    """A present of a verb in « -er » the tagger calls a past or an imperfect: « examine »
    (a passé simple ends in « -a », « -èrent »…, never in « -e », « -es », « -ent »), « paient »
    (no imperfect: `imperfect`)."""
    tense = verb.morph.get("Tense")
    if "Fin" in verb.morph.get("VerbForm") and _present_too(verb):
        return True
    if not lemma(verb).endswith("er") or "Fin" not in verb.morph.get("VerbForm"):
        return False
    if "Past" in tense:
        form = verb.lower_
        return form.endswith(_PRESENT_ENDINGS) and not form.endswith("èrent")
    return "Imp" in tense and not imperfect(verb)


_IMPERFECT_ENDINGS = ("ais", "ait", "ions", "iez", "aient")
_PRESENT_ENDINGS = ("e", "es", "ent", "ons", "ez")


def _present_too(verb: Token) -> bool:
    """A verb in « -ir » whose singular present and passé simple are written alike (« il
    s'agit », « finit », « réunit »), tagged a past, in a sentence whose other finite verbs say
    the present or the future (« il s'agit de préparer le désorbitage, qui aura lieu en 2020 »):
    a passé simple tells a story, it is not said beside them — a present; nor is it inverted
    with its subject pronoun to ask (« aboutit-elle ? »)."""
    if "Past" not in verb.morph.get("Tense") or not lemma(verb).endswith("ir"):
        return False
    if not verb.lower_.endswith(("is", "it")):
        return False
    if any(t.text.startswith("-") and t.pos_ == "PRON" for t in verb.children):
        return True  # « pourquoi cette procédure aboutit-elle … ? »: a passé simple asks nothing
    others = [
        t
        for t in verb.sent
        if t.i != verb.i and t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm")
    ]
    return bool(others) and all(t.morph.get("Tense") in (["Pres"], ["Fut"]) for t in others)


_WHEN = frozenset({"quand", "lorsque", "lorsqu'", "dès", "fois", "ici"})  # « une fois que »
_BEFORE_AFTER = frozenset({"avant", "après"})  # … que: « avant qu'il n'ait signé »
_THAT = frozenset({"que", "qu'"})
_YEAR = 4  # digits of a year


def _looking_back(verb: Token) -> bool:
    """A future perfect that sums up what is done (« les alertes n'auront duré que quelques
    heures », « il aura fallu dix ans »): in a main clause, its sentence placing nothing ahead
    (lexicon aspect « ahead »: « prochain », « demain », « d'ici »), by no date (a year, a month,
    a weekday) nor a clause of time or condition (« quand », « lorsque », « dès que », « une fois
    que », « avant que », « si »): « quand il aura signé », « aura été achevé en 2030 » are to
    come."""
    if verb.dep_ not in ("ROOT", "conj") or any(c.dep_ == "mark" for c in verb.children):
        return False
    placed = frozenset(by_tag("months")) | words("weekdays") | by_tag("aspect")["ahead"] | _WHEN
    sent = list(verb.sent)
    for n, t in enumerate(sent):
        low = t.lower_.replace("’", "'")
        after = sent[n + 1].lower_.replace("’", "'") if n + 1 < len(sent) else ""
        if low in placed or low.split("'")[-1] in placed:
            return False
        if low in _BEFORE_AFTER and after in _THAT:
            return False
        if low in ("si", "s'") and t.dep_ == "mark":
            return False
        if t.is_digit and len(t.text) == _YEAR:
            return False
    return True


_FUTURE_ENDINGS = ("rai", "ras", "ra", "rons", "rez", "ront")
_IMPERFECT_ENDINGS = ("ais", "ait", "ions", "iez", "aient")


def _future(verb: Token) -> bool:
    """A future by its tag and its ending (the tagger reads the present « se dispute » as a
    future), or by its ending where the tagger reads an imperfect that has no imperfect ending
    (« nous participerons », tagged Imp), or by its future stem and ending where the tagger
    reads a present (« nous serons », tagged Pres: `written_future`)."""
    tense = verb.morph.get("Tense")
    text = verb.lower_
    if "Fut" in tense:
        return text.endswith(_FUTURE_ENDINGS)
    if "Fin" not in verb.morph.get("VerbForm"):
        return False
    if "Pres" in tense:
        return written_future(text, lemma(verb))
    return (
        "Imp" in tense and text.endswith(_FUTURE_ENDINGS) and not text.endswith(_IMPERFECT_ENDINGS)
    )


FUTURE_ENDINGS = ("ai", "as", "a", "ons", "ez", "ont")  # after the future stem
# the future stems that are not the infinitive's (« aura », « sera », « viendra »)
_STEMS = {"être": "ser", "avoir": "aur", "faire": "fer", "aller": "ir", "venir": "viendr",
          "tenir": "tiendr", "pouvoir": "pourr", "voir": "verr", "devoir": "devr",
          "savoir": "saur", "vouloir": "voudr", "falloir": "faudr", "recevoir": "recevr",
          "courir": "courr", "mourir": "mourr", "envoyer": "enverr"}  # fmt: skip


def future_stem(verb: str) -> str:
    """The stem a verb's future is written on (« ser » for « être », « deviendr » for
    « devenir », « accueiller » for « accueillir », « prendr » for « prendre », else the
    infinitive: « financer »)."""
    stem = _STEMS.get(verb) or next(
        (verb[: -len(v)] + s for v, s in _STEMS.items() if verb.endswith(v) and len(verb) > len(v)),
        None,
    )  # « devenir », « obtenir », « parvenir »: « deviendra »
    if stem is None and verb.endswith("illir"):
        stem = verb[:-2] + "er"  # « accueillir », « cueillir »: « accueillera »
    return stem or (verb[:-1] if verb.endswith("re") else verb)


def written_future(form: str, verb: str) -> bool:
    """Whether `form` writes `verb` (a lemma) in the future: its future stem and an ending."""
    stem = future_stem(verb)
    return len(stem) > 1 and form.startswith(stem) and form[len(stem) :] in FUTURE_ENDINGS


def _yet(chain: list[Token], lex: dict[str, frozenset[str]]) -> bool:
    """« reste à confirmer »: what a verb of the lexicon's « yet » governs by « à » is yet to
    be done (not « sont restés mobilisés », « ont dû y rester »)."""
    return (
        len(chain) > 1
        and lemma(chain[0]) in lex.get("yet", frozenset())
        and any(c.lower_ == "à" and c.dep_ == "mark" for c in chain[1].children)
    )


def _prospective(chain: list[Token]) -> bool:
    """« allait chercher », « devait venir »: aller or devoir in the imperfect governing an
    infinitive says what was to come at a past time (a future seen from the past)."""
    first = chain[0]
    # « allait être dépêchée »: the parser may hang « allait » on the participle as an auxiliary
    ahead = [c for c in first.children if c.dep_ == "aux" and lemma(c) in ("aller", "devoir")]
    if ahead:
        first = ahead[0]
    elif len(chain) < 2 or lemma(first) not in ("aller", "devoir"):
        return False
    if any(c.dep_ == "aux:tense" for c in first.children):
        return False  # « a dû partir » is done
    return "Imp" in first.morph.get("Tense") and "Fin" in first.morph.get("VerbForm")


def _under(head: Token, inside: set[int], verbs: frozenset[str]) -> bool:
    up = head
    while up.head.i != up.i and up.head.i in inside:
        up = up.head
        if _verb(up) in verbs:
            return True
    return False


def _for_whom(tokens: Sequence[Token]) -> bool:
    """« Pour la responsable du Sinn Féin, l'égalité doit s'étendre »: « pour » and a name,
    then a comma, opening the sentence: someone's view, as « selon » says it."""
    words = [t for t in tokens if not t.is_punct or t.text == ","][:10]
    if not words or words[0].lower_ != "pour" or "," not in [t.text for t in words]:
        return False
    before = words[: [t.text for t in words].index(",")]
    return any(t.pos_ == "PROPN" or t.ent_type_ == "PER" for t in before)


def _exhorts(token: Token) -> bool:
    """« Revenons au 14 septembre », « Rappelons que »: a first-person plural with no subject
    opening the sentence is the writer's exhortation (an imperative the tagger may read as a
    future), no claim."""
    return (
        token.pos_ == "VERB"
        and token.lower_.endswith("ons")
        and token.i == token.sent.start  # asked last: a token's sentence is looked for
        and not any(c.dep_.startswith("nsubj") for c in token.children)
    )


def _after(head: Token, verbs: frozenset[str]) -> bool:
    """« des sociétés soupçonnées d'acheter », « accusé d'avoir menti »: an infinitive said right
    after a verb of view, whatever the parser hangs it on."""
    n = head.i - 1
    doc = head.doc
    while n >= 0 and doc[n].lower_ in ("d'", "de", "d’", "avoir", "être"):
        n -= 1
    return n >= 0 and n < head.i - 1 and _verb(doc[n]) in verbs


def _verb(token: Token) -> str:
    """A verb's lemma, where the lemmatiser leaves its written form (« estime », « juge ») or
    reads its participle as an adjective (« soupçonné »)."""
    word = lemma(token)
    if token.pos_ == "VERB" and word.endswith("e") and not word.endswith(("er", "ir", "re")):
        return word + "r"
    if word.endswith("é"):  # « soupçonnées d'acheter », lemmatised as an adjective
        return word[:-1] + "er"
    return word


def _in_order(clause: Clause) -> tuple[str, tuple[str, ...], str]:
    return clause.verb, tuple(sorted(clause.words)), clause.time


def _pair(clause: Clause, source: frozenset[Clause]) -> tuple[Clause, bool] | None:
    """The source clause `clause` restates, and whether it has the same verb (« être » and
    « avoir » say too little to count): a clause of the same verb first, whatever words the
    parse hangs on each (« La liberté de panorama sera incluse » restates the source's « qui sera
    donc incluse », not its main clause « l'Assemblée a adopté la liberté de panorama » that
    holds more of its words), as engine.gate.slots.aspect pairs its predicates."""
    best, best_score = None, (False, 0)
    for other in sorted(source, key=_in_order):  # ties go the same way whatever the hash seed
        same = other.verb == clause.verb and clause.verb not in _LIGHT
        shared = len(clause.words & other.words - {clause.verb, other.verb})
        score = (same, shared + (2 if same else 0))
        if score[1] >= 2 and score > best_score:
            best, best_score = other, score
    if best is None:
        return None
    return best, best.verb == clause.verb and clause.verb not in _LIGHT


def compare(
    marks: frozenset[Clause | Worded],
    source_marks: frozenset[Clause | Worded],
    known: frozenset[Clause | Worded],
) -> Iterator[Clash]:
    article = frozenset(c for c in marks if isinstance(c, Clause))
    source = frozenset(c for c in source_marks if isinstance(c, Clause))
    worded = next((w for w in marks if isinstance(w, Worded)), None)
    theirs = next((w for w in source_marks if isinstance(w, Worded)), None)
    if worded is not None and theirs is not None:
        told = frozenset(c for c in known if isinstance(c, Clause))
        words_ = list(_by_words(worded, theirs, article, source, told))
        if words_:
            # « a ouvert » for « prévoit d'ouvrir »: the words' review (« only wants or
            # tries ») does not hide the clauses' certain clash (the same verb given as done)
            echoed = theirs.already
            surer = [c for c in _by_clauses(article, source, echoed) if c.certainty == "hard"]
            yield from surer or words_
            return
    # « a déjà été frappée par trois attentats » for « déjà victime de trois attentats »: the
    # article's « déjà » is the source's, said of the same things
    echoed = theirs.already if theirs is not None else frozenset()
    clashes = list(_by_clauses(article, source, echoed))
    yield from clashes
    if clashes or worded is None or theirs is None:
        return
    if _alleged(worded, theirs, source):
        # « a percuté » for « aurait percuté », « est » for « serait d'origine égyptienne »
        yield Clash("review", "states as a fact what the source only alleges (a conditional)")
        return
    yield from _by_hedges(worded, theirs, frozenset(w for w in known if isinstance(w, Worded)))


# the share of a hedged claim's content words a sentence must say to restate that claim
HEDGED_SHARE = 0.5
NEAR_MINIMAL = 0.7  # each sentence says this share of the other's content words: one edit apart


def _restates(said: frozenset[str], claim: frozenset[str]) -> bool:
    """Whether `said` restates the hedged claim: HEDGED_SHARE of its words, two at least (a
    word of the same first six letters counts: « alourdissement » for « alourdir »)."""
    both = sum(
        1 for w in claim if w in said or (len(w) >= 6 and any(x.startswith(w[:6]) for x in said))
    )
    return both >= 2 and both >= HEDGED_SHARE * len(claim)


def _by_hedges(mine: Worded, theirs: Worded, known: frozenset[Worded]) -> Iterator[Clash]:
    """The certainty of the claim itself, whatever the parse makes of its clause: a claim the
    source gives as only possible or expected by a word (« le bilan pourrait s'alourdir »,
    « devrait présenter », « peut-être ») restated with its own verb (or a word made from it)
    by a sentence that states it plainly (the indicative, no hedge, expectation, attribution,
    supposition or question of its own); or a claim the source states plainly with a verb the
    article restates under such a word, where no source sentence hedges that verb. Hard where
    the two sentences are one edit apart and the article says the same verb; else a review."""
    near = len(mine.said & theirs.said) >= NEAR_MINIMAL * max(len(mine.said), len(theirs.said))
    if mine.plain and not mine.maybes:
        for m in theirs.maybes:
            said = any(_says_verb(mine.said, v) for v in m.verbs - _LIGHT)
            if not (said and _restates(mine.said, m.claim)):
                continue
            same = sorted(m.verbs & mine.stated)
            sure = "hard" if near and same and not m.expected else "review"
            verb = same[0] if same else m.verb
            yield Clash(sure, f"states («{verb}») what the source only gives as possible")
            return
    if theirs.plain and not theirs.maybes:
        hedged = {v for w in known for m in w.maybes for v in m.verbs}
        for m in mine.maybes:
            if m.expected or not m.verbs & theirs.stated or m.verbs & hedged:
                continue
            if not _restates(theirs.said, m.claim):
                continue
            verb = sorted(m.verbs & theirs.stated)[0]
            yield Clash("hard" if near else "review", f"hedges («{verb}») what the source states")
            return


_VERB_STEM = 6  # letters a noun shares with the verb it is made from (« alourdissement »)


def _says_verb(said: frozenset[str], verb: str) -> bool:
    """Whether `said` holds `verb` or a word made from it (« alourdir » → « alourdissement »)."""
    if verb in said:
        return True
    stem = verb[:-2] if verb.endswith(("er", "ir", "re")) else verb
    return len(stem) >= _VERB_STEM - 1 and any(w.startswith(stem) for w in said)


def _by_clauses(
    article: frozenset[Clause], source: frozenset[Clause], echoed: frozenset[str] = frozenset()
) -> Iterator[Clash]:
    classes = list(_classes(article, source))
    yield from classes
    if any(c.certainty == "hard" for c in classes):
        return  # the same change, said once
    # « les sanctions peuvent atteindre … » allows « le montant dépasserait … »
    # as does a source sentence that only supposes or expects (« ils supposent qu'elle a été
    # bloquée par un nuage » allows « peut-être à cause d'un nuage »), or says a thing only seems so
    hedging = any(
        o.hedged or o.announced or o.can or o.hedged_sentence or o.seeming for o in source
    ) or bool(_said(source, "expect", everywhere=True))
    narrated = any(o.time in (PAST, PRESENT) and o.finite for o in source)
    for clause in article:
        if clause.quoted:
            continue  # the speaker's words: the quotations rule holds them to the source's
        paired = _pair(clause, source)
        if paired is None or clause.already and len(clause.words & echoed) >= _ECHOED:
            continue
        other, same = paired
        roots = clause.root and other.root or clause.already  # « déjà » says which is done
        if not same and not roots or _LIGHT & {clause.verb, other.verb}:
            continue
        certainty: Certainty = "hard" if same else "review"
        # a fact reported on both sides (« selon le bilan ») is compared as the writer's own
        # claim would be; an allegation's conditional is not (« critiquée car elle ferait »:
        # « on lui reprochait de faire » says it as well)
        # a source clause inside quotation marks is its speaker's word as much as one under a
        # verb of saying (« mon ministère a débloqué » for « a écrit que son ministère
        # débloquera »; not a question's, which asks)
        own = not clause.reported or other.reported or other.quoted and clause.under_saying
        firm = not (clause.hedged or clause.announced or clause.hedged_sentence) and own
        # a future by its ending (« sera adopté aujourd'hui »), said with the same verb, in a
        # source sentence that tells nothing else as past or present: « s'échappe, et franchira
        # la ligne », « vont lutter » tell a race that is over
        # nor one that tells an event after another, placed ahead by no word (« sera ensuite
        # évacuée vers un hôpital »): a story told in the future
        told = other.time == FUTURE and other.inflected and same and not narrated
        told = told and not other.sequel
        # what a text provides for, told as its content (« le projet réduisait ») and not as
        # done (« a été réduit »), is not given as done
        content_of = other.stipulated and not clause.composed
        # the source's verb of plan said done with that same verb (« a programmé une épreuve »
        # for « a décidé de programmer une épreuve »): the plan made, its event still to come
        planned_so = same and other.self_announced
        to_come = (other.announced and not content_of and not planned_so) or other.prospective
        # a source's future placed ahead by no word may tell its story (« Beaugrand, victime
        # d'une déshydratation, abandonnera pendant la course à pied », in a race report)
        surely_to_come = to_come or (told and other.ahead)
        to_come = to_come or told
        # what is to come or only could be, said as already done (« ont déjà envoyé » for « ont
        # indiqué qu'une équipe allait être dépêchée »), whoever says it
        anyone = (  # « aurait pu exposer »; not a plan made already (« a déjà prévu de »)
            clause.already and not clause.planned and (to_come or other.possible)
        )
        # the conditional mood alone alleges (« aurait vécu il y a 20 millions d'années »): only
        # its own verb, said as done, states what it alleges (`_alleged` reads the words)
        hedged = other.hedged and (same or clause.verb in other.words or _hedged_by_word(other))
        ahead = (hedged or to_come) and not other.reported or anyone
        coming = not clause.hedged and own  # « devront être évacuées » is to come, as « seront »
        done = other.time == PAST and not (other.hedged or other.announced or other.prospective)
        # « 75 % des espèces voient déjà leur population décliner »: so already, now; not a
        # plan made already (« ont d'ores et déjà prévu de lancer »: the launch is to come)
        done = done or (
            other.time == PRESENT
            and other.already
            and same
            and not (other.hedged or other.can or other.planned)
        )
        # an obligation said with another verb than the source's (« devront répondre à ces
        # questions » after « l'enquête a été confiée ») follows from the fact, it does not
        # put the fact in the future
        # a future denied with another verb than the source's (« le Burundi ne recevra donc pas
        # le corps » after « il avait exprimé le désir d'être enterré en Suisse ») says what
        # will not follow from the fact, it puts no event in the future
        ahead_too = foretold(clause.verb, other.verb, clause.words, other.words)
        ahead_too = ahead_too or _act_announced(clause, other)
        if (
            clause.time == FUTURE
            and coming
            and done
            and not ahead_too
            and (same or not (clause.obliged or clause.denied))
        ):
            # a plain future placed ahead by no word may be a future of narration, which tells
            # a story that is over (« Peeters abandonnera le 18 juin », « il conservera son
            # maillot jusqu'à l'arrivée »): certain placed ahead (« remportera dimanche
            # prochain ») or said as an obligation (« devront être évacuées »)
            yield Clash(
                certainty if clause.ahead or not narrating(clause) else "review",
                f"puts in the future («{clause.verb}») what the source gives as done",
            )
        elif (
            clause.planned and coming and done and not _plan_told(clause, other)
        ):  # « envisage de nommer » for « a nommé »
            yield Clash(
                certainty, f"gives as planned («{clause.verb}») what the source gives as done"
            )
        elif (
            clause.time == PAST
            and firm
            and (ahead or same and _concord(clause, other))
            and not (
                clause.denied
                or clause.can
                or clause.hypothetical
                or clause.prospective
                or clause.planned  # « ont prévu de lancer »: the plan made, not the launch
            )
        ):  # « allait rejoindre » for « devait rejoindre »: to come, seen from the past
            # « pouvait souffler » says what could happen then, not that it did
            # certain only where a word says it is to come or may be: the conditional mood
            # alone (« courraient » after « auparavant ») may allege or be a slip
            worded = surely_to_come or other.possible or anyone
            # « a dû résister » for « doit résister »: the same obligation, which the past may
            # tell of a story the source tells in the present (« devra résister » is to come)
            worded = worded and not (clause.obliged and other.obliged and not other.inflected)
            # an imperfect tells a state or what was under way (« le paraduathlon figurait au
            # menu » for « était programmé », « 51 % soutenaient le régime » beside « l'opinion
            # pourrait évoluer », « couraient » for the slip « courraient »), no act done; with
            # the verb the source hedges by a word (« allongeait » for « devrait allonger »), it
            # states what is only possible: a review
            if not clause.imperfect:
                yield Clash(
                    certainty if worded else "review",
                    f"gives as done («{clause.verb}») what the source gives as to come",
                )
            elif same and _hedged_by_word(other):
                yield Clash(
                    "review", f"states («{clause.verb}») what the source only gives as possible"
                )
        elif (
            clause.hedged
            and _hedged_by_word(clause)  # the conditional mood alone reports
            and not (clause.reported or clause.supposed)
            and not hedging  # a source sentence that hedges anything may be hedged in full
            # « devrait permettre » for « permettra »: what the source says will be, expected
            and not (other.time == FUTURE and not clause.possible)
        ):
            # what the source gives on someone's word (« selon les pompiers, le feu a pris »)
            # an editor may hedge in place of naming whose word it is: not certain
            sure = same and clause.possible and not other.reported
            yield Clash(
                "hard" if sure else "review", f"hedges («{clause.verb}») what the source states"
            )
        elif (
            (same or clause.verb in other.words)  # « semble confirmer sa stratégie consistant à »
            and other.seeming
            and firm
            and clause.finite
            and not (clause.seeming or clause.denied or clause.hypothetical)
        ):  # « a confirmé » for « semble confirmer »: the same verb, said as fact
            yield Clash("review", f"states («{clause.verb}») what the source says only seems so")
        elif (
            firm
            and clause.finite
            and not (clause.denied or clause.hypothetical or clause.aside)  # « semble-t-il »
            and other.hedged
            and not other.reported
            and (same or _hedged_by_word(other))  # a conditional alone alleges (« aurait
            # rapporté »): its own verb restates it, not any sentence sharing two of its words
            and (same or other.verb in _LIGHT or not _derived(clause.verb, other))
            # « le championnat débute le 13 août » for « il pourrait louper le début du
            # championnat »: the noun of another verb's complement is no hedged act
        ):
            yield Clash(
                certainty, f"states («{clause.verb}») what the source only gives as possible"
            )


def _plan_told(clause: Clause, other: Clause) -> bool:
    """The source clause tells the plan itself as made, with the verb of plan the article
    governs its own verb with (« avait prévu l'investissement de 50 milliards » for « avait prévu
    d'investir 50 milliards »): one plan on both sides, nothing given as done."""
    plans = _lexicon().get("plan", frozenset()) | _lexicon().get("announce", frozenset())
    return other.verb in plans and other.verb in clause.words


def narrating(clause: Clause) -> bool:
    """A plain future by its ending (« abandonnera », « sera élu »), placed ahead by no word:
    the future of narration may tell a past story as well as what is to come; not an
    obligation, a plan nor an announcement (« devront être évacuées », « prévoit de »)."""
    return (
        clause.inflected
        and not clause.ahead
        and not (clause.obliged or clause.announced or clause.planned)
    )


def _concord(clause: Clause, other: Clause) -> bool:
    """A future seen from the past that someone says (« a annoncé qu'il déposerait le bilan »:
    a conditional of concord) and the article's same report of it as done (« a annoncé qu'il
    avait déposé le bilan »): what was to come when it was said, given as done."""
    return (
        other.under_saying
        and other.hedged
        and not (other.possible or other.supposed or other.can or other.composed)
        and clause.under_saying
        and clause.composed
    )  # « selon la police, il aurait perdu »: a past conditional alleges (`_alleged`)


def _hedged_by_word(clause: Clause) -> bool:
    """Hedged by a word (« pourrait », « risque de », « peut-être », « devrait »), not by the
    conditional mood alone (« il s'agirait », « serait multipliée »), which reports: a writer
    who adds it to what the source states weakens nothing worth a review."""
    return clause.possible or (clause.hedged and clause.announced)


def _said(
    clauses: frozenset[Clause], kind: str, words: bool = False, everywhere: bool = False
) -> str | None:
    """The first verb of meaning class `kind` (lexicon/modality.txt) that governs a main clause
    (any clause, `everywhere`; any word of the clauses, with `words`)."""
    lex = _lexicon().get(kind, frozenset())
    found = sorted(
        w
        for c in clauses
        if words or everywhere or c.root
        for w in ({c.verb} | (c.words if words else set()))
        if w in lex
    )
    return found[0] if found else None


def _predicted(source: frozenset[Clause]) -> str | None:
    """« Pour l'Unédic, 2016 devrait enregistrer », « selon lui, « nous serons … » »: a source
    sentence that gives what is to come as expected (hedged or announced, or a future someone
    says), not as done."""
    for c in sorted(source, key=lambda c: c.verb):
        if c.hedged or c.announced or (c.time == FUTURE and c.reported):
            return c.verb
    return None


def _causing(tokens: Sequence[Token], fear: frozenset[str]) -> frozenset[str]:
    """The content words of the subject of a verb whose object is a word of fear (« l'éloignement
    du Burundi a provoqué inquiétude et désapprobation »): what causes the fear, not its object."""
    verbs = {t.head.i: t.head for t in tokens if t.dep_ == "obj" and lemma(t) in fear}
    return frozenset().union(
        *(content(c.subtree) for v in verbs.values() for c in v.children if c.dep_ == "nsubj")
    )


_ACT_NOUN = re.compile(r"(?:tion|sion|ment|age|ure|ance|ence|ite)s?$")


def _feared(clause: Clause, source: frozenset[Clause]) -> bool:
    """Whether a source clause fears what `clause` says, as a noun made from its verb (« il y a
    une peur de l'effondrement » for « s'effondrer »)."""
    fear = _lexicon().get("fear", frozenset())
    verb = clause.verb
    stem = verb[:-2] if verb.endswith(("er", "ir", "re")) else verb
    return len(stem) >= 5 and any(
        ({o.verb} | o.words) & fear
        and any(
            w != verb
            and w not in fear
            and w not in o.causing
            and w.startswith(stem)
            and _ACT_NOUN.search(w) is not None  # « l'effondrement », not « organisées »
            for w in o.words
        )
        for o in source
    )


def _classes(article: frozenset[Clause], source: frozenset[Clause]) -> Iterator[Clash]:
    """The certainty of the predicate said by a word of another meaning class: an
    expectation given as certain (« tablait sur », « selon lui, « nous serons … » » → « a
    confirmé »: hard), what is feared given as what will be (« on craint un effondrement » →
    « va s'effondrer »: hard), what can happen given as what happens (« peut accuser jusqu'à
    six minutes de retard » → « retardent de six minutes »: review)."""
    firm = [  # in a fixed order: the first root clause that states decides (`break` below)
        c
        for c in sorted(article, key=_in_order)
        if not (c.hedged or c.can or c.reported or c.supposed)
    ]
    expects = _said(source, "expect") or _predicted(source)
    asserts = _said(source, "assert", everywhere=True)
    mine_expect = _said(article, "expect", everywhere=True)
    # « devait se décider »: a verb of assertion under « devoir » is itself only expected
    mine_assert = _said(frozenset(c for c in firm if not c.announced), "assert")
    if mine_assert and expects and not asserts and not mine_expect:
        yield Clash(
            "hard", f"gives as certain («{mine_assert}») what the source only expects («{expects}»)"
        )
    # an article that fears or hedges itself (« risque d'accentuer le sentiment d'être
    # marginalisées ») gives nothing as certain
    if not _said(article, "fear", words=True) and not any(c.hedged for c in article):
        feared = next((c for c in firm if c.verb not in _LIGHT and _feared(c, source)), None)
        if feared is not None:
            yield Clash("hard", f"gives as certain («{feared.verb}») what the source only fears")
    enable = _lexicon().get("enable", frozenset())
    if any(c.hedged_sentence or c.can or (c.words - {c.verb}) & enable for c in article):
        return  # « sont capables d'accueillir », « vraisemblablement », « de pouvoir observer »,
        # « permettent de confirmer » (lexicon « enable »: what it governs is made possible)
    # « pas question de jouer », « reste à confirmer » state nothing
    for clause in (c for c in firm if c.root and not c.announced):
        paired = _pair(clause, source)
        other = paired[0] if paired is not None else None
        if (
            other is not None
            and other.can
            and not other.hedged
            and other.time in (PRESENT, FUTURE)  # « pourront trouver » → « trouveront »
            and clause.verb not in _LIGHT
            and (other.verb == clause.verb or _derived(clause.verb, other))
        ):
            yield Clash(
                "review",
                f"states as a fact («{clause.verb}») what the source says can happen",
            )
            break


def _told_done(clause: Clause, told: frozenset[Clause]) -> bool:
    """Whether a source clause anywhere tells the deed done, with the same verb and a word of
    what it is done to (« 11 survivants ont été retrouvés » where the sentence restated only
    hopes « de retrouver des survivants »): the sentence may restate that one."""
    return any(
        o.verb == clause.verb
        and o.alone
        and o.time == PAST
        and o.composed
        and not (o.hedged or o.announced or o.denied or o.hypothetical or o.prospective)
        and clause.words & o.words - {clause.verb}
        for o in told
    )


def _derived(verb: str, clause: Clause) -> bool:
    """Whether the clause says a noun made from `verb` (« retarder » → « retard »)."""
    stem = verb[:-2] if verb.endswith(("er", "ir", "re")) else verb
    return len(stem) >= 5 and any(w != verb and w.startswith(stem) for w in clause.words)


def _by_words(
    mine: Worded,
    theirs: Worded,
    article: frozenset[Clause],
    source: frozenset[Clause],
    told: frozenset[Clause] = frozenset(),
) -> Iterator[Clash]:
    """What the words say, whatever the parse makes of the clauses (reviews: the verb may
    restate another of the source sentence's):
    - an intent (« envisagent d'accepter », « menacent de bloquer ») of what the source sentence
      says done, with no intent, plan, hope or hedge of its own (« décident d'accepter », « ont
      bloqué »);
    - a claim given as certain by an adverb (« forcément », « inévitablement ») where the source
      sentence hedges (« pourront avoir », « il est probable que »)."""
    to_come = any(c.hedged or c.announced or c.time == FUTURE or c.planned for c in source)
    if not (theirs.aims or to_come):
        for stem in sorted(mine.intends):
            if any(f.startswith(stem) for f in theirs.forms):
                meant = f"gives as intended («{stem}…») what the source gives as done"
                yield Clash("review", meant)
                return
    if not (mine.aims or mine.aimed or mine.asks):
        # « a pris un avocat » for « affirme vouloir prendre un avocat », « ont réussi à
        # dédouaner » for « ont tenté de dédouaner »: what is only wanted or tried, given as done
        # (a question gives nothing: « Que s'est-il passé ce samedi ? » for « voulant passer »)
        done = sorted(
            c.verb
            for c in article
            if c.verb in theirs.aimed
            and (c.time == PAST and c.composed or c.verb in mine.achieved)
            and not (c.denied or c.hypothetical or c.hedged or c.prospective or c.announced)
            and c.verb not in _LIGHT
            and not _told_done(c, told)
        )
        if done:
            yield Clash(
                "review", f"gives as done («{done[0]}») what the source only wants or tries"
            )
            return
    # « financera la médiathèque » for « espère financer la médiathèque »: what the source only
    # hopes, said as what will be, with its own verb, by a sentence that hopes, aims, expects
    # or hedges nothing itself
    if not (mine.aims or mine.aimed or mine.hoped or mine.hedges or mine.attributes):
        sure = sorted(
            c.verb
            for c in article
            if c.verb in theirs.hoped
            and c.time == FUTURE
            and c.root
            and not (c.hedged or c.announced or c.planned or c.reported or c.supposed)
            and not (c.denied or c.hypothetical or c.quoted or c.obliged or c.can)
            and c.verb not in _LIGHT
            and not _said(article, "hope", words=True)
            and not _said(article, "expect", everywhere=True)
        )
        if sure:
            yield Clash("hard", f"gives as certain («{sure[0]}») what the source only hopes")
            return
    # « était certaine de tirer aussi bien » for « j'espère que je tirerai aussi bien »
    hoped = _said(source, "hope", words=True)
    if mine.certain and hoped and not theirs.certain and not _said(article, "hope", words=True):
        yield Clash(
            "review", f"gives as certain («{mine.certain}») what the source only hopes («{hoped}»)"
        )
        return
    hedging = theirs.hedges or any(c.hedged or c.can or c.hedged_sentence for c in source)
    if mine.sure and hedging and not theirs.sure:
        yield Clash("review", f"gives as certain («{mine.sure}») what the source gives as possible")


# the share of the words of what the source alleges (« aurait percuté le sol à 250 mètres du
# début de la piste ») an article sentence says that restates the allegation, not another part of
# its sentence (« Il a bien été atteint par le coup de marteau » for « le policier atteint par le
# coup de marteau aurait des blessures mineures »)
ALLEGED_SHARE = 0.6


def _alleged_of(head: Token) -> list[Token]:
    """What a conditional alleges of its subject: its clause but the subject (« les heurts
    auraient fait de nombreux blessés » alleges the wounded; that there were clashes, an article
    may state)."""
    subject = {w.i for c in head.children if c.dep_ in ("nsubj", "nsubj:pass") for w in c.subtree}
    return [w for w in head.subtree if w.i not in subject]


_NOT_CORE = frozenset(
    {"nsubj", "nsubj:pass", "aux", "aux:tense", "aux:pass", "cop", "punct", "mark", "cc"}
    | {"advmod", "det", "case", "parataxis", "dep", "appos"}
)
# the words that open a time (« pendant la course », « lors de la descente »), always a
# circumstance; and those that open a place (« à l'ouest de Rio », « dans le Var »), a
# circumstance only before a place: a point of the compass or a name (« étrangères à ce
# résultat », « sans appel d'offres » say what is alleged)
_AT_TIME = frozenset({"pendant", "lors", "durant", "depuis", "dès", "avant", "après", "vers"})
_AT_PLACE = frozenset({"à", "au", "aux", "dans", "en", "près", "chez", "sur"})
CORE_STEM = 4  # letters a word of the core and the article's share (« buté », « buter »)


def _core(head: Token) -> list[Token]:
    """The core of what a conditional alleges: its verb or predicate and their complements
    (« aurait buté contre une pierre »: buté, pierre; « serait d'origine égyptienne »: origine,
    égyptienne), not the time, place or circumstance said with them (« pendant la course », « à
    l'ouest de Rio »: a complement of time or place; a noun's complement)."""
    return [head, *(c for c in head.children if c.dep_ not in _NOT_CORE and not _circumstance(c))]


def _circumstance(child: Token) -> bool:
    """A complement of time, place or circumstance (« à l'ouest de Rio », « pendant la
    course »): an oblique, not the verb's own argument, opened by such a word."""
    if not child.dep_.startswith("obl") or child.dep_ == "obl:arg":
        return False
    cases = {c.lower_ for c in child.children if c.dep_ == "case"}
    if cases & _AT_TIME:
        return True
    place = (
        child.pos_ == "PROPN"
        or child.ent_type_ in ("LOC", "GPE")
        or lemma(child) in words("compass")
    )
    return bool(cases & _AT_PLACE) and place


def _stems(tokens: Iterator[Token]) -> frozenset[str]:
    return frozenset(fold(w)[:CORE_STEM] for w in content(tokens))


def _says_now(verb: Token) -> bool:
    """A verb of saying in the present indicative, no auxiliary of its own (« affirme »,
    « indiquent »; not « a affirmé », « affirmait », « affirmant », a noun)."""
    return (
        verb.pos_ == "VERB"
        and verb.morph.get("Tense") == ["Pres"]
        and verb.morph.get("Mood") == ["Ind"]
        and not any(c.dep_ in _AUX for c in verb.children)
    )


def _whose_word(tokens: Sequence[Token]) -> frozenset[int]:
    """The words of a « selon X », « d'après X », up to its comma (« Selon des témoins
    s'exprimant sur les réseaux sociaux, il y aurait eu des coups de feu »): whose word it is,
    not what is alleged."""
    out: set[int] = set()
    for n, t in enumerate(tokens):
        # « d'après » is parsed « d' » (case) + « après » (fixed on it)
        case = t.head if t.dep_ == "fixed" and t.head.dep_ == "case" else t
        if t.lower_ in _ACCORDING and case.dep_ == "case":
            out.update(w.i for w in case.head.subtree)
            comma = next((m for m in range(n, len(tokens)) if tokens[m].text == ","), None)
            if comma is not None:
                out.update(w.i for w in tokens[n:comma])
    return frozenset(out)


_ACCORDING = frozenset({"selon", "après"})  # « d'après » is parsed « d' » + « après »


def _alleged(mine: Worded, theirs: Worded, source: frozenset[Clause]) -> bool:
    """Whether the article sentence states in the indicative what the source sentence alleges
    by the conditional alone (« aurait percuté », « serait d'origine égyptienne »), ALLEGED_SHARE
    of its words said, no question, hedging and
    attributing nothing, where the source's conditional is neither of concord under a verb of
    saying (« a annoncé que l'usine serait fermée ») nor a supposition (« si »): a review, said
    where no clause of the two says more."""
    both = len(theirs.alleges & mine.said)
    return (
        both >= ALLEGED_SHARE * len(theirs.alleges) > 0
        # what it alleges of its subject said too, not the subject alone (« des heurts ont
        # éclaté » for « les heurts auraient fait de nombreux blessés »)
        and bool(theirs.alleged & mine.said or not theirs.alleged)
        # the alleged act itself said too, not only where and when it was (« il a succombé
        # après une chute pendant la course, à Pontal » for « son vélo aurait buté contre une
        # pierre pendant la course à Pontal »: the fall is told as a fact elsewhere)
        and _core_said(theirs, mine)
        and not mine.asks
        and mine.states
        and not (theirs.concord or mine.attributes or mine.hedges or mine.intends)
        and not ("si" in theirs.forms or any(c.supposed for c in source))
    )


def _core_said(theirs: Worded, mine: Worded) -> bool:
    """Whether the article says a word of the core of what the source alleges (its verb or its
    complements), by stem; a source with no core read (a parse that hangs nothing) counts."""
    if not theirs.alleged_core:
        return True
    said = {fold(w)[:CORE_STEM] for w in mine.said}
    return bool(theirs.alleged_core & said)


ACT_STEM = 5  # letters a verb and the noun of its act share (« supprimer », « suppression »)


def _act_announced(clause: Clause, other: Clause) -> bool:
    """The source announces or decides an act by its noun (« a annoncé la suppression de 134
    emplois », « a décidé la fermeture »: lexicon modality « announce-act ») that the article
    tells with its verb in the future (« va supprimer 134 emplois »): the act is to come, the
    source's past tells the announcement."""
    if other.verb not in by_tag("modality").get("announce-act", frozenset()):
        return False
    stem = clause.verb[:ACT_STEM]
    return len(clause.verb) > ACT_STEM and any(
        w != clause.verb and w.startswith(stem) and _ACT_OF_VERB.search(w) is not None
        for w in other.words
    )


# the noun of a verb's act (« suppression », « fermeture », « licenciement »), not a noun that
# only shares its first letters (« présence » is no act of « présenter »)
_ACT_OF_VERB = re.compile(r"(?:tion|sion|ment|ure|age)s?$")

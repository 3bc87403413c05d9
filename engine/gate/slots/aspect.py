"""Tense and aspect of every predicate: done, under way, or to come, whatever its verb.

Read: each predicate of a sentence — a verb with the infinitives it governs, or what a copula
says (« la course sera une régate »: its tense is the copula's) — as a `Said`: its content words,
its time from spaCy's morphology (Tense, VerbForm, the auxiliary of a compound past), and its
aspect from lexicon/aspect.txt: to come (« s'apprêter à reprendre », « sur le point de », « est
attendu ») or already done (« a déjà remis »). Done is a compound past or a passé simple (an
imperfect tells a state); a future, or « aller » + infinitive, is to come only placed ahead in
time (« prochaine », « d'ici à trois semaines »), since a news text also tells its past in the
future (« Van Avermaet s'échappe, et franchira la ligne »); a conditional is only possible.

An article predicate is paired with the source predicate of the same verb, else the one that
shares most of its words (another verb may say the same: « mènera » for « sera une étape »), and
clashes when it:
- gives as done what the source gives as to come (« a mené » for « sera », « sont tombés » for
  « est attendu »);
- gives as to come what the source gives as done (« s'apprêtaient à reconquérir » for « avaient
  repris »);
- says « déjà » done what the source says is under way (« a déjà pris » for « avance vers »): a
  review, since a source in the present may tell a past (« Van Avermaet s'échappe »).
A present on either side says nothing against a past or a future (a news present tells both).
The same verb on both sides is engine.gate.slots.modality's to judge, « déjà » aside. Certain
(hard) where the two share SURE words besides their verbs and either say the same event — the
same verb, or one of its class in lexicon/predicates.txt — or a word says the time to come
(« prochaine », « est attendu », « s'apprêter à »), else a review: two verbs that share words may
tell two events of one story, and a conditional only may be (« les sept personnes à bord sont
mortes » beside « l'appareil transportait 7 personnes »). A conditional is one written as one
(« -rait »), not the tagger's Mood=Cnd alone, which it gives imperfects (« transportait »).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from engine.gate.slots.base import Certainty, Clash, content, lemma, under_heads
from engine.text.lexicon import by_tag, words

if TYPE_CHECKING:
    from spacy.tokens import Token

PAST, PRESENT, FUTURE = "past", "present", "future"
PAIRED = 3  # words besides the verbs an article predicate must share with its source one
# (one fewer with « déjà »)
SURE = 3  # …and with this many, a clash is certain
_AUX = frozenset({"aux", "aux:tense", "aux:pass"})


@dataclass(frozen=True)
class Said:
    verb: str  # the lexical verb (or the copula's predicate) as a lemma
    words: frozenset[str]  # the content lemmas of its clause
    time: str  # past, present, future
    coming: bool  # to come: announced, « s'apprêter à », or (`ahead`) « aller » + infinitive
    about_to: bool  # « s'apprêter à », « sur le point de »: what modality does not read
    hedged: bool  # conditional, or a verb that hedges (« risquer de »): only possible
    already: bool  # « déjà »
    perfect: bool = False  # a compound past or a passé simple: done (an imperfect tells a state)
    copula: bool = False  # what a copula says (« ce sera la montée la plus abrupte »)
    ongoing: bool = False  # a verb of a thing under way (« avance vers »)
    ahead: bool = False  # a future placed in time to come (« d'ici à trois semaines »)
    expected: bool = False  # « il est attendu », « sont prévus »: to come, in the source's words
    negated: bool | None = False  # its clause says no (engine.gate.claims.polarity.says_no)


def read(tokens: Sequence[Token]) -> frozenset[Said]:
    from engine.gate.claims.polarity import says_no  # the claims import the slots

    aspect, modality = by_tag("aspect"), by_tag("modality")
    ahead = aspect["about"] | modality["announce"] - aspect["unsure"]
    inside = {t.i for t in tokens}
    heads = [t for t in tokens if _predicate(t, inside, aspect["copula"])]
    owned = under_heads(tokens, heads)
    text = " ".join(t.lower_ for t in tokens)
    # « en passe de remporter »: about to, said of that infinitive's predicate only (« Alors que
    # l'armée est en passe de remporter …, elle a été expulsée … » tells the expulsion as done)
    lowered = [t.lower_.replace("’", "'") for t in tokens]
    phrased = {i for p in aspect["phrase"] for i in _before_infinitive(tokens, lowered, p)}
    phrased_ongoing = any(p in text for p in aspect["phrase_ongoing"])
    placed = any(t.lower_.split("'")[-1] in aspect["ahead"] for t in tokens)
    out = set()
    for head in heads:
        chain = _chain(head, inside)
        governing = {lemma(t) for t in chain[:-1]}
        about_to = bool(governing & aspect["about"]) or any(t.i in phrased for t in chain)
        auxes = [c for t in chain for c in t.children if c.dep_ in _AUX or c.dep_ == "cop"]
        words = content(owned[head.i])
        out.add(
            Said(
                verb=lemma(chain[-1]),
                words=words,
                time=_time(head, chain),
                coming=about_to
                or bool(governing & ahead)
                or (placed and bool(governing & aspect["coming"])),
                about_to=about_to,
                hedged=bool(governing & modality["hedge"]) or _conditional([*chain, *auxes]),
                already=any(t.lower_ in aspect["done"] for t in owned[head.i]),
                perfect=_perfect(head, auxes),
                copula=any(c.dep_ == "cop" for c in head.children),
                ongoing=bool({lemma(t) for t in chain} & aspect["ongoing"]) or phrased_ongoing,
                ahead=placed,
                expected=_expected(head, auxes, aspect["expected"]),
                negated=says_no(chain[-1]),
            )
        )
    return frozenset(out)


def _before_infinitive(tokens: Sequence[Token], lower: list[str], phrase: str) -> Iterator[int]:
    """« sur le point de reprendre »: the phrase, then an infinitive, whose place is yielded (« à
    la veille de la fête » only dates); `lower`: the tokens' words, lowercase."""
    words = phrase.split()
    for n in range(len(lower) - len(words)):
        last = lower[n + len(words) - 1]
        if lower[n : n + len(words) - 1] == words[:-1] and last in (words[-1], "d'"):
            after = tokens[n + len(words)]
            if "Inf" in after.morph.get("VerbForm"):
                yield after.i


def _expected(head: Token, auxes: list[Token], ahead: frozenset[str]) -> bool:
    """« il est attendu », « sont prévus »: a passive present of a verb that announces (not
    « est visé par une enquête »: lexicon/aspect.txt's "expected")."""
    return (
        lemma(head) in ahead
        and "Part" in head.morph.get("VerbForm")
        and not compound_past(head, auxes)
    )


def _predicate(t: Token, inside: set[int], copulas: frozenset[str]) -> bool:
    """A verb heading its clause (not an auxiliary, nor an infinitive folded into the verb that
    governs it), or the noun or adjective a copula joins to its subject."""
    if any(c.dep_ == "cop" and lemma(c) in copulas for c in t.children):
        return True
    if t.pos_ not in ("VERB", "AUX") or t.dep_ in _AUX or t.dep_ == "cop":
        return False
    return not (t.dep_ == "xcomp" and t.head.i in inside and t.head.pos_ in ("VERB", "AUX"))


def _chain(head: Token, inside: set[int]) -> list[Token]:
    """The verbs of one clause, governing first (« s'apprêtaient » « reconquérir »)."""
    chain = [head]
    while True:
        nxt = next(
            (
                c
                for c in chain[-1].children
                if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX") and c.i in inside
            ),
            None,
        )
        if nxt is None:
            return chain
        chain.append(nxt)


def _time(head: Token, chain: list[Token]) -> str:
    auxes = [c for c in head.children if c.dep_ in _AUX or c.dep_ == "cop"]
    finite = next((c for c in auxes if "Fin" in c.morph.get("VerbForm")), head)
    tense = set(finite.morph.get("Tense"))
    if "Fut" in tense and finite.lower_.endswith(_FUTURE):
        return FUTURE  # spaCy tags « se dispute » Fut: the ending tells
    if "Part" in head.morph.get("VerbForm") and compound_past(head, auxes):
        return PAST  # « ont remis », « sont tombés », « s'est abaissé »
    if tense & {"Imp", "Past"} and "Fin" in finite.morph.get("VerbForm"):
        return PAST
    if lemma(head) == "venir" and len(chain) > 1:  # « vient de signer »
        return PAST
    return PRESENT


def foretold(verb: str, other: str, words: frozenset[str], theirs: frozenset[str]) -> bool:
    """A future placed ahead by a word its source sentence places the event ahead with too,
    said with another verb (« le festival se tiendra du 6 au 24 juillet prochain » for « il a
    annoncé la programmation pour la période du 6 au 24 juillet prochain »): the source's own
    future; its past verb tells another act (announcing it)."""
    return verb != other and bool(words & theirs & by_tag("aspect")["ahead"])


def compound_past(participle: Token, auxes: list[Token]) -> bool:
    """A participle after « avoir », or after « être » where its verb takes « être » in the
    past (« sont tombés », « s'est abaissé »; « sont attendus » is a passive present)."""
    helpers = {lemma(a) for a in auxes}
    if "avoir" in helpers:
        return True
    pronominal = any(c.lower_ in REFLEXIVE and c.i < participle.i for c in participle.children)
    return "être" in helpers and (lemma(participle) in by_tag("aspect")["être"] or pronominal)


def _perfect(head: Token, auxes: list[Token]) -> bool:
    """A compound past or a passé simple; not a present the tagger calls a past (« il
    examine », « aboutit-elle ? »: engine.gate.slots.modality.misread_present)."""
    from engine.gate.slots.modality import misread_present  # modality imports this module

    finite = next((c for c in auxes if "Fin" in c.morph.get("VerbForm")), head)
    return ("Part" in head.morph.get("VerbForm") and compound_past(head, auxes)) or (
        "Past" in finite.morph.get("Tense")
        and "Fin" in finite.morph.get("VerbForm")
        and not misread_present(finite)
    )


_FUTURE = ("rai", "ras", "ra", "rons", "rez", "ront")
REFLEXIVE = frozenset({"se", "s'", "s’", "me", "m'", "m’", "te", "t'", "t’", "nous", "vous"})


def _conditional(verbs: list[Token]) -> bool:
    """« devrait », « serait »: a conditional written as one, by its ending (engine.gate.slots.
    modality.conditional), not spaCy's Mood=Cnd alone: the tagger reads imperfects so
    (« l'appareil transportait 7 personnes », tagged Mood=Cnd, tells what was, nothing to come)."""
    from engine.gate.slots.modality import conditional  # modality imports this module

    return any(conditional(t) for t in verbs)


def compare(
    article: frozenset[Said], source: frozenset[Said], known: frozenset[Said]
) -> Iterator[Clash]:
    for said in article:
        paired = _same_verb(said, source) or pair(
            said, source, PAIRED - 1 if said.already else PAIRED
        )
        if paired is None:
            continue
        other, shared = paired
        if other.verb == said.verb and not (said.already or said.about_to or other.about_to):
            continue  # the same verb: engine.gate.slots.modality compares its time
        if other.verb != said.verb and any(
            s.verb == other.verb and s.hedged == other.hedged and s.time == other.time
            for s in article
        ):
            continue  # « ont identifié une protéine qui pourrait protéger »: its own clause says it
        # « Il a annoncé l'interdiction des chantiers » for the source's « Les chantiers seront
        # interdits »: a verb of saying or planning told done is the saying, what it says
        # stays to come
        told = said.verb in _telling()
        done = said.perfect and not (said.coming or said.hedged or told)
        to_come = not other.already and (
            (other.time == FUTURE and other.ahead)
            or other.coming
            or other.expected
            or (other.hedged and other.time != PAST)
        )
        coming = (said.time == FUTURE and said.ahead and not said.copula) or said.coming
        # « a eu lieu vendredi, avant le pic attendu dimanche »: what the source expects, the
        # article says as expected too, beside what it tells as done
        expected_too = other.expected and any(s.expected for s in article)
        # certain where the two say one event — the same verb or one of its class (engine.gate.
        # claims.polarity.same_predicate) — or where a word says the time to come (« prochaine »,
        # « est attendu », « s'apprêter à »): two verbs that share words may tell two events of
        # one story, and a conditional only may be (« sont mortes » beside « transportait 7
        # personnes », which the tagger reads as a conditional)
        worded = (
            (other.time == FUTURE and other.ahead) or other.coming or other.expected
            if done
            else coming
        )
        sure = shared >= SURE and (worded or _same_event(said, other))
        certainty: Certainty = "hard" if sure else "review"
        if done and to_come and not expected_too:
            yield Clash(
                certainty, f"gives as done («{said.verb}») what the source gives as to come"
            )
        elif (
            coming
            and not said.hedged
            and other.perfect
            and not (other.coming or other.hedged)
            and not foretold(said.verb, other.verb, said.words, other.words)
            # « avait prévu d'investir » for « avait prévu l'investissement »: the plan told made
            # on both sides, with its own verb in the source
            and not (other.verb in _plans() and other.verb in said.words)
        ):
            yield Clash(
                certainty, f"gives as to come («{said.verb}») what the source gives as done"
            )
        elif done and said.already and other.ongoing and other.time == PRESENT:
            yield Clash(
                "review",
                f"gives as done already («{said.verb}») what the source gives as under way",
            )


def _telling() -> frozenset[str]:
    """The verbs that say or plan what their object tells (lexicon saying.txt, and modality.txt
    « announce », « plan »)."""
    return words("saying") | _plans()


def _plans() -> frozenset[str]:
    """The verbs that announce or plan what they govern (lexicon/modality.txt « announce »,
    « plan »: « prévoir », « programmer »)."""
    modality = by_tag("modality")
    return modality["announce"] | modality.get("plan", frozenset())


def _same_event(said: Said, other: Said) -> bool:
    from engine.gate.claims.polarity import same_predicate  # the claims import the slots

    return same_predicate(said, other)


def _same_verb(said: Said, source: frozenset[Said]) -> tuple[Said, int] | None:
    """The source predicate of the same verb, which `said` restates whatever words the parse
    hangs on each (« Salvaing s'apprêtait à rentrer chez lui, dans un quartier de Magnanville »
    restates the source's « alors qu'il s'apprêtait à rentrer », not its main clause « Salvaing
    … a été tué » that holds the rest of those words), and how many words they share."""
    same = [other for other in source if other.verb == said.verb]
    if not same:
        return None
    best = max(same, key=lambda other: len(said.words & other.words))
    return best, len(said.words & best.words - {said.verb})


def pair(said: Said, source: frozenset[Said], least: int) -> tuple[Said, int] | None:
    """The source predicate `said` restates (sharing at least `least` words besides their
    verbs), and how many they share."""
    best, most = None, least - 1
    for other in source:
        shared = len(said.words & other.words - {said.verb, other.verb})
        if shared > most:
            best, most = other, shared
    return None if best is None else (best, most)

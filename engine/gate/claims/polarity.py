"""Polarity: a predicate (a verb, or a noun under avoir/être/y avoir) negated on one side only,
in an article sentence and the source sentence it restates.

A negation is said in many ways (« sans », « aucun », « n'a plus de », « excepté la Serbie », « le
seul pays à », « impossible à », an antonym: « n'augmente pas » for « baisse »), so nothing is
compared where the side that says yes says no in some other way. Hard where the same predicate
is negated on one side only of a sentence that surely restates its source sentence
(`certainty`); a review where the sentence is only likely to restate it (its predicate among the
words they share, one fewer than `SHARED` besides). A predicate said with another verb
(`clause_problems`: « ne s'est pas imposé » for « a remporté », « ne constitue pas une victoire »
for « est une victoire ») is compared through the predicates engine.gate.slots.aspect reads,
paired by the words they share: a review. A negation the source makes in another sentence about
the same things is none (the alignment may have chosen the wrong one).

What a negation denies is read from the clause it stands in: not a clause after the clause's own
« si » or « que » (« n'avait pas fait savoir s'il briguerait » denies no « briguer »), not a verb
the tagger reads with an article (« une possible mise en examen » names an act, states none),
not a verb whose complement « ne … pas X, mais Y » corrects (« n'est plus confiée à une
personne, mais à deux »: it is confided); under a verb that denies (« nier », « refuser »)
the verb it governs is not compared."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import TYPE_CHECKING

from engine.gate.claims.alignment import (
    ABOUT,
    ELSEWHERE,
    SHARED,
    Problem,
    Sentence,
    certainty,
    question,
    restated,
)
from engine.gate.slots.aspect import REFLEXIVE, Said, pair
from engine.gate.slots.modality import Worded
from engine.gate.slots.qualifiers import degree_si
from engine.gate.slots.rank import AMONG, Rank
from engine.gate.source_index import SourceIndex
from engine.gate.statements import Statement
from engine.gate.tokens import is_content
from engine.text import fold
from engine.text.lexicon import by_tag, tagged, words

if TYPE_CHECKING:
    from spacy.tokens import Token

RULE = "polarity"
_NE = frozenset({"ne", "n"})  # « n'a » is written n, a


def negative(statement: Statement, lemma: str = "") -> bool:
    """Whether a sentence says no in any way: a negation, a verb or adjective that negates
    (« refuser », « impossible »), an exception, exclusivity or a lack (lexicon/negation.txt).
    With `lemma`, in the part of the sentence that says it: a part after a semicolon or a colon
    is an assertion of its own (« … ne permettent pas de créer des écarts ; un accrochage cause
    quelques chutes sans gravité »: the « sans » says no of the falls, not of « permettre »)."""
    lex = by_tag("negation")
    text = _part_saying(statement.text, lemma) if lemma else statement.text
    written = set(re.findall(r"\w+", _plain(text)))
    words = lex["word"] | lex["other"] | _NE
    if written & words:
        return True
    # a verb that negates, said of itself (« a exclu de se représenter » for « n'a pas exclu »),
    # is the predicate compared, not another way of saying no of it
    said = statement.lemmas & (lex["verb"] | lex["other"]) - {lemma}
    return any(w.startswith(s[:_STEM]) for s in said for w in written) if lemma else bool(said)


_STEM = 4  # letters a written word shares with a lemma to say it (« permis », « permettre »)


def _says_no(yes: Statement, no: Statement, lemma: str) -> bool:
    """Whether the side that says yes of `lemma` says no of it in some other way (`negative`),
    unless its only words of no are the « ne … pas » of other predicates that both sides deny
    alike, as many (each « ne » and each second part counted), and the side that says no has
    one more of its own (« des traces ont été relevées et la maison n'a pas été fouillée » for
    « aucune trace n'a été relevée et la maison n'a pas été fouillée »: the one « ne » is
    « fouiller »'s; not « ne parviennent pas à s'entendre sur les réformes à mener », whose
    « mener » the parse denies with « parvenir »)."""
    if not negative(yes, lemma):
        return False
    lex = by_tag("negation")
    said = re.findall(r"\w+", _plain(_part_saying(yes.text, lemma)))
    if yes.lemmas & (lex["verb"] | lex["other"]) - {lemma} or set(said) & (lex["other"] | {"sans"}):
        return True  # a verb, a noun or « sans » that says no
    both = {
        other
        for table in (yes.verbs, yes.nouns)
        for other, polarity in table.items()
        if other != lemma
        and polarity == {True}
        and (no.verbs.get(other) or no.nouns.get(other)) == {True}
    }
    if not any(w in _NE for w in said):
        return True  # « aucun » or « jamais » with no « ne »: no said otherwise
    return _marks(said) > len(both) or _marks(re.findall(r"\w+", _plain(no.text))) <= len(both)


def _marks(said: list[str]) -> int:
    """The marks of negation among a sentence's words: its « ne », or its second parts where
    more (« se dit « absolument pas surpris » » says no with no « ne »)."""
    seconds = sum(w in _SECOND_PARTS - {"sans"} for w in said)
    return max(sum(w in _NE for w in said), seconds)


_PARTS = re.compile(r"\s[;:]\s")


def _part_saying(text: str, lemma: str) -> str:
    """The part of a sentence (between semicolons and colons) that says `lemma`, with any part
    that says it again by « le faire » (« des ministres l'ont défié ; lui ne l'a jamais fait »:
    the second part denies « défier »), or the whole sentence where no one part alone says it."""
    parts = _PARTS.split(text)
    if len(parts) < 2:
        return text
    stem = lemma[:_STEM].lower()
    saying = [p for p in parts if any(w.startswith(stem) for w in re.findall(r"\w+", p.lower()))]
    if len(saying) != 1:
        return text
    again = [p for p in parts if p not in saying and _PRO_VERB.search(p.replace("’", "'"))]
    return " ; ".join(saying + again)


# « le faire », « l'a fait », « en faire autant »: a clause that says again the predicate of the
# clause before it
_PRO_VERB = re.compile(
    r"(?<!\w)(?:l'|le\s|en\s)\s*(?:\w+\s+){0,2}?(?:fai(?:t|re|s|sait|saient)|font|fer(?:a|ait|ont)|fit)"
    r"(?!\w)",
    re.IGNORECASE,
)


def _plain(text: str) -> str:
    """A sentence in lower case, its idioms that hold a word of negation and deny nothing read
    away (« sans doute », « ne cesse de »: lexicon/negation.txt)."""
    said = " " + text.lower().replace("’", "'") + " "
    for idiom in sorted(by_tag("negation")["idiom"], key=len, reverse=True):
        said = re.sub(rf"(?<!\w){re.escape(idiom)}(?!\w)", " ", said)
    return _bounded_figure().sub(" ", said)


@cache
def _bounded_figure() -> re.Pattern[str]:
    """« seulement trois ans », « uniquement 12 % »: a word of exclusivity before a figure
    bounds the figure, it says no no (lexicon/negation.txt « bounds », number_words.txt)."""
    numbers = sorted(tagged("number_words"), key=len, reverse=True)
    bounds = "|".join(map(re.escape, sorted(by_tag("negation")["bounds"])))
    figure = "|".join([r"\d", *map(re.escape, numbers)])
    return re.compile(rf"(?<!\w)(?:{bounds})\s+(?=(?:{figure}))")


def _antonym(lemma: str, statement: Statement) -> bool:
    """Whether a sentence says the opposite change of `lemma` (« n'augmente pas » ↔ « est en
    baisse »: lexicon/direction.txt)."""
    sign = tagged("direction").get(lemma)
    return sign is not None and any((s > 0) != (sign == "+") for s, _, _ in statement.directions)


def polarity_problems(sentence: Sentence, index: SourceIndex) -> Iterator[Problem]:
    """A predicate negated on one side only (its lemma on both sides is one of the words the
    sentence shares with its source sentence)."""
    best = restated(sentence)
    if best is None or question(sentence):
        return
    mine, theirs = sentence.statement, index.statements[best]
    sure = certainty(sentence)
    if sentence.shared < SHARED - 1:
        return
    for table_mine, table_theirs in ((mine.verbs, theirs.verbs), (mine.nouns, theirs.nouns)):
        for lemma, polarity in table_mine.items():
            other = table_theirs.get(lemma)
            if not other or len(polarity) != 1 or len(other) != 1 or polarity == other:
                continue
            denied = True in polarity
            yes, no = (theirs, mine) if denied else (mine, theirs)
            if _says_no(yes, no, lemma) or _antonym(lemma, yes) or _agree_otherwise(yes, no):
                continue  # the side that says yes says no another way
            if _twice(no, lemma):
                continue  # « n'a pas manqué son rendez-vous et accroche un titre manquant »
            if _only_aimed(yes, lemma):
                continue  # « leur objectif était de remettre » for « n'ont pas pu remettre »
            if _first_time(mine if denied else theirs, yes):
                continue  # « jamais encore … n'avait réussi »: « pour la première fois »
            if _not_yet(no, yes, lemma):
                continue  # « n'a pas encore commencé » for « pourra commencer »
            if denied and _first_told(mine, lemma, index):
                continue  # « aucun … n'avait été conçu avant lui »: its first, told elsewhere
            if _said_elsewhere(lemma, polarity, mine, best, index):
                continue  # « n'a pas prononcé de mandat de dépôt » is the source's, elsewhere
            if _of_another_country(mine, theirs, lemma):
                continue  # « ne battait pas pavillon turc » for « battait pavillon bolivien »
            if _of_another_person(mine, theirs, lemma):
                continue  # « Conceição avait pris une avance » for « Oumiha n'a pas pu prendre
                # l'avantage »: a yes and a no said of two people
            said, source = ("denies", "affirms") if denied else ("affirms", "denies")
            verb = lemma.removesuffix(WISHED)
            problem = f"{said} what the source {source} ({verb})"
            yield Problem(RULE, sure, problem, best, verb)
            return


# A negation in the word (« inconnu », « inacceptable », « anormal »): the prefixes, and the
# endings of the adjectives and participles they negate (not « importer », « informer »).
_PREFIXES = ("in", "im", "il", "ir")
_PREFIXED_ENDINGS = ("able", "ible", "al", "ale", "aux", "el", "elle", "u", "ue", "us", "ues",
                     "if", "ive", "ent", "ente", "ier", "ière", "ique")  # fmt: skip
_WORD = re.compile(r"[a-zàâäéèêëîïôöùûüç]+")
_NOT_WORDS = frozenset({"ne", "n", "pas", "jamais", "rien", "aucun", "aucune", "sans", "ni"})
PREFIXED_LENGTH = 5  # letters of the word a prefix negates, at least (« connu »)


def _prefixed(word: str, other: set[str]) -> str | None:
    """The word of `other` that is `word` negated by its prefix (« connu » → « inconnu »;
    « normal » → « anormal »)."""
    if len(word) < PREFIXED_LENGTH or not word.endswith(_PREFIXED_ENDINGS):
        return None
    forms = [p + word for p in _PREFIXES]
    if word.endswith(("al", "ale", "aux", "ique")):
        forms.append("a" + word)  # « anormal », « atypique »
    return next((f for f in forms if f in other), None)


def _words(statement: Statement) -> set[str]:
    return set(_WORD.findall(statement.text.lower().replace("’", "'")))


_ALL = frozenset({"tous", "toutes"})
_SOME = frozenset({"certains", "certaines", "quelques", "plusieurs", "partie"})


def _of_another_country(mine: Statement, theirs: Statement, lemma: str) -> bool:
    """Whether the one side denies of one nationality what the other affirms of another, with
    the same verb (« ne battait pas pavillon turc » for « battait pavillon bolivien »): each
    clause names a nationality (lexicon nationalities) the other does not; no contradiction."""
    countries = _nationalities()
    return any(
        a.verb == b.verb == lemma
        and a.negated is not None
        and b.negated is not None
        and a.negated != b.negated
        and (a.words - b.words) & countries
        and (b.words - a.words) & countries
        for a in mine.slots.get("tense", frozenset())
        for b in theirs.slots.get("tense", frozenset())
    )


def _of_another_person(mine: Statement, theirs: Statement, *lemmas: str) -> bool:
    """Whether the one side says of one person what the other says of another: on each side a
    person who does the verb compared (its named agent, engine.gate.slots.agents, or its subject),
    the two sharing no part of their names (each widened to the full name the sentence gives:
    « Oumiha » is « le Français Sofiane Oumiha »). A yes and a no of one verb, said of different
    people, do not clash (« Conceição avait pris une avance décisive » for « Oumiha n'a pas pu
    prendre l'avantage »); said by one person of another (« X affirme que Y a pris »), the one
    compared is Y."""
    doers = [_doers(statement, set(lemmas)) for statement in (mine, theirs)]
    return all(doers) and not doers[0] & doers[1]


def _doers(statement: Statement, lemmas: set[str]) -> set[str]:
    """The lowercase name parts of the people a sentence names as doing one of `lemmas` (a
    named agent only where a person's name fills it: « l'Espagnole » names no one)."""
    people = [set(person.lower().split()) for person in statement.persons]
    found = set()
    for place in statement.slots.get("agents", ()):
        if place.role == "agent" and place.named and place.predicate in lemmas:
            found.update(*(parts for parts in people if parts & place.words))
    for actor in statement.actors:
        if actor.how == "subject" and actor.kind == "PER" and actor.predicates & lemmas:
            found |= set(actor.key.lower().split())
    return found


@cache
def _nationalities() -> frozenset[str]:
    return frozenset(tagged("nationalities", "\t"))


def _agree_otherwise(yes: Statement, no: Statement) -> bool:
    """Whether the side that says yes and the side that says no say the same another way: the
    yes by a word its prefix negates (« jugent inacceptable » for « ne jugent pas acceptable »),
    the no of all of a group and the yes of some (« tous les habitants n'ont pas été évacués »
    for « certains habitants ont été évacués »), or the no a litotes that affirms (lexicon/
    negation.txt « litotes »: « ne disait pas autre chose » for « affirmait »; « degree »: « ne
    souffre pas autant » for « souffre moins »)."""
    said, denied = _words(yes), _words(no)
    if any(_prefixed(w, said) for w in denied - said):
        return True
    if _litotes(no) or _degree_denied(yes, no):
        return True
    return bool(denied & _ALL and said & _SOME)


def _degree_denied(yes: Statement, no: Statement) -> bool:
    """Whether the side that says no denies a degree of equality (lexicon/negation.txt « degree »:
    « ne souffre pas autant que ») which the side that says yes does not say (« en souffre
    moins »): less, and the predicate holds."""
    text = " ".join(re.findall(r"\w+'?", no.text.lower().replace("’", "'")))
    equal = by_tag("negation")["degree"]
    denied = {d for d in equal if re.search(rf"(?<!\w)pas {d}(?!\w)", text)}
    return bool(denied) and not denied & set(re.findall(r"\w+", yes.text.lower()))


def _litotes(statement: Statement) -> bool:
    """Whether a sentence denies a difference or a lack (« ne disait pas autre chose », « n'est
    pas sans conséquences », « n'ont pas été prononcées n'importe où »), which affirms."""
    text = _spaced(statement.text)
    return any(
        re.search(rf"(?<!\w){re.escape(_spaced(phrase))}(?!\w)", text)
        for phrase in by_tag("negation")["litotes"]
    )


def _spaced(text: str) -> str:
    """The words of a text, lowercase, one space apart, an elided word kept apart (« d' autre »)."""
    return " ".join(re.findall(r"\w+'?", text.lower().replace("’", "'")))


def prefix_problems(sentence: Sentence, index: SourceIndex) -> Iterator[Problem]:
    """An adjective said with its negating prefix on one side only (« déjà connu des services de
    police » for « jusque-là inconnu »; « n'a rien de normal » for « n'a rien d'anormal »), the
    plain word absent from the other side, where both sentences otherwise deny alike (« n'est
    pas acceptable » says « inacceptable »): a review — the two may speak of different things."""
    best = restated(sentence)
    if best is None or question(sentence) or sentence.shared < SHARED - 1:
        return
    mine, theirs = _words(sentence.statement), _words(index.statements[best])
    if bool(mine & _NOT_WORDS) != bool(theirs & _NOT_WORDS):
        return  # one side denies in words: it may say the prefix's no
    negating = _negating_words()
    # a source sentence that says both (« la France invisible s'est rendue visible »): the
    # article saying one of them denies nothing
    both = {o for w in theirs for o in (_prefixed(w, theirs),) if o}
    for word, other, dropped in sorted(
        [(w, o, False) for w in mine - theirs for o in (_prefixed(w, theirs),) if o]
        + [
            (w, o, True)
            for w in theirs - mine
            for o in (_prefixed(w, mine),)
            if o and o not in both
        ]
    ):
        plain = theirs if dropped else mine
        if (plain - (mine if dropped else theirs)) & negating:
            continue  # « rendrait légal un geste jusqu'ici interdit » for « illégal »: the side
            # with the plain word says the prefix's no by a word of its own
        texts = (index.statements[best].text, sentence.statement.text)
        if _nes(texts[0 if dropped else 1]) > _nes(texts[1 if dropped else 0]):
            continue  # « se dit incapable de fournir » for « ne serait pas capable de fournir »:
            # the side with the plain word denies it by one « ne » more than the other side
        if dropped:
            problem = f"denies what the source affirms («{other}» for «{word}»)"
        else:
            problem = f"affirms what the source denies («{word}» for «{other}»)"
        yield Problem(RULE, "review", problem, best, word)
        return


def _nes(text: str) -> int:
    """The « ne » a sentence writes (« ne », « n' »)."""
    return len(re.findall(r"(?<!\w)n(?:e\b|['’])", text.lower()))


@cache
def _negating_words() -> frozenset[str]:
    """The written words that say no of what they qualify or govern (lexicon/negation.txt
    « verb » and « other »: « interdit », « impossible », « refus »), not « ne » or « pas »."""
    lex = by_tag("negation")
    return frozenset(w for w in lex["verb"] | lex["other"] if _WORD.fullmatch(w))


def _twice(statement: Statement, lemma: str) -> bool:
    """Whether a sentence writes a verb that negates (lexicon/negation.txt « verb ») twice, in
    two senses or two places (« n'a pas manqué son rendez-vous et accroche un titre manquant »:
    it missed nothing, a title was lacking): which of them the other side restates, affirmed or
    denied, is no table's to say."""
    if lemma not in by_tag("negation")["verb"] or len(lemma) <= _STEM + 1:
        return False
    stem = fold(lemma[:-2].lower())  # « manqu », « refus », « abandonn »
    return sum(fold(w).startswith(stem) for w in _words(statement)) >= 2


def _only_aimed(statement: Statement, lemma: str) -> bool:
    """Whether a sentence says `lemma` only as what someone wants, tries, means, hopes or has the
    chance to do (engine.gate.slots.modality, lexicon/modality.txt « aim », « chance », « hope »:
    « leur objectif était de remettre », « a tenté de reprendre », « avait l'occasion de
    devenir », « espérait remporter »): it affirms no deed a denial could contradict."""
    worded = (w for w in statement.slots.get("modality", frozenset()) if isinstance(w, Worded))
    return any(lemma in w.aimed or lemma in w.hoped for w in worded)


def _first_time(denying: Statement, affirming: Statement) -> bool:
    """The one side says the thing never happened before (« jamais encore », « n'avait jamais »,
    « aucune … n'avait encore », « aucune banque n'avait ouvert … avant elle »), the other that
    it happened for the first time (« la première intervention »), or the one nothing since, the
    other the last time: one fact, told from either end."""
    none_since = _NONE_SINCE.search(denying.text) or _SINCE_NONE.search(denying.text)
    if none_since and (_LAST_TIME.search(affirming.text) or _LAST_ONE.search(affirming.text)):
        return True  # « aucun … depuis le 9 novembre » for « la dernière fois … remonte au 9 »;
        # « depuis, aucun dictateur n'a plus dirigé » for « le dernier dictateur à avoir dirigé »
    if (none_since or _NONE_BETWEEN.search(denying.text)) and _FIRST_SINCE.search(affirming.text):
        return True  # « entre 2009 et ce mardi, ils n'avaient plus manifesté » for « pour la
        # première fois depuis 2009 », « aucune médaille … n'avait été remportée depuis 32 ans »
        # for « la première médaille … en 32 ans »
    if none_since and _lacked_since(affirming.text):
        return True  # « aucun Italien n'avait remporté cet or depuis 1996 » for « l'or, qui
        # échappait aux Italiens depuis 1996 »: the lack since, told by the one who ends it
    if _NONE_HAD.search(denying.text) and _FIRST_TIME.search(affirming.text):
        return True  # « aucun athlète n'avait gagné trois médailles » for « le premier athlète à
        # remporter trois médailles »: the others before, said of no one; not « X n'a pas gagné »
    if _NOT_YET_THEN.search(denying.text) and any(
        _SINCE_THEN.search(s.text) for s in (denying, affirming)
    ):
        return True  # « à cette date, il n'avait pas encore remporté la primaire » for « qui a
        # depuis remporté la primaire »: not yet at a time past, done since
    if _none_as(denying.text, affirming.text):
        return True  # « aucune n'avait été aussi meurtrière » for « la plus meurtrière »
    if _rank_ruled_out(denying, affirming):
        return True  # « ce n'est pas la première fois » for « c'est la troisième fois »
    return bool(_NEVER_BEFORE.search(denying.text) and _FIRST_TIME.search(affirming.text))


def _not_yet(denying: Statement, affirming: Statement, verb: str) -> bool:
    """The one side says the thing has not happened yet (« pas encore »), the other gives that
    verb as to come (its future, or « pourra », « devrait », « va » before it): one fact."""
    if not _NOT_YET.search(denying.text) or len(verb) < 4:
        return False
    stem = re.escape(fold(verb[:-2] if verb.endswith(("er", "ir", "re")) else verb))
    folded = fold(affirming.text.lower())
    ahead = rf"\b(?:pourr\w*|devr\w*|va|vont|doit|doivent)\s+(?:[^\W\d_]+\s+){{0,2}}{stem}"
    return bool(re.search(ahead, folded) or re.search(rf"\b{stem}\w*r(?:a|ont)\b", folded))


_NOT_YET = re.compile(r"\bpas\s+encore\b", re.IGNORECASE)


def _rank_ruled_out(denying: Statement, affirming: Statement) -> bool:
    """The one side denies a rank (« ce n'est pas la première fois », « n'est pas le premier
    à »), the other gives another rank (« c'est la troisième fois »): one fact, the denial ruling
    out what the rank given rules out too."""
    found = _DENIED_RANK.search(denying.text)
    if found is None:
        return False
    word = fold(found.group(1).lower())
    denied = "1" if word.startswith("premi") else "last" if word.startswith("derni") else word
    given = {
        m.value
        for m in affirming.slots.get("rank", frozenset())
        if isinstance(m, Rank) and m.value != AMONG
    }
    return bool(given - {denied})


_DENIED_RANK = re.compile(
    r"\b(?:n['’]|ne\s+)\w+\s+pas\s+(?:[^\s.;:]+\s+){0,4}?(?:(?:le|la|l['’])\s*)?"
    r"(premi(?:er|ère)|derni(?:er|ère))\b",
    re.IGNORECASE,
)


def _none_as(denying: str, affirming: str) -> bool:
    """The one side says nothing was ever as much (`_NONE_AS`), the other that this is the most
    of that same quality (`_THE_MOST`, the word's stem alike: « meurtrière », « meurtrier »)."""
    found = _NONE_AS.search(denying)
    if found is None:
        return False
    stem = fold(found.group(1).lower())[:_STEM]
    return any(
        fold(most.group(1).lower()).startswith(stem) for most in _THE_MOST.finditer(affirming)
    )


def _first_told(denying: Statement, lemma: str, index: SourceIndex) -> bool:
    """The article says the thing never happened before (`_NEVER_BEFORE`), and a source
    sentence with its verb tells it happened for the first time (« le premier à avoir été conçu
    par … », where the sentence restated is another one, the title's « naissance d'un loup
    conçu par … »)."""
    return bool(_NEVER_BEFORE.search(denying.text)) and any(
        lemma in s.verbs and _FIRST_TIME.search(s.text) for s in index.statements
    )


_NEVER_BEFORE = re.compile(
    r"\bjamais\s+(?:encore|auparavant|jusqu)|\bn['’](?:avai|étai)(?:t|en)t?\s+(?:jamais|encore)\b"
    r"|\bjamais\s+(?:\w+\s+)?n['’](?:avai|étai)(?:t|ent)\b"  # « jamais elle n'était montée »
    r"|\bjamais\b[^.;:]*\b(?:auparavant|jusqu['’]alors|jusque-là|jusqu['’]ici)\b"
    r"|\bn['’](?:avai|étai)(?:t|ent)\b[^.;:]*\bavant\s+(?:elle|lui|eux|elles)\b",  # « avant elle »
    re.IGNORECASE,
)
# and from the other end: nothing since the last time (« aucun Français n'avait été enlevé
# depuis le 9 novembre » for « la dernière fois qu'un Français a été enlevé remonte au 9 novembre »)
_NONE_SINCE = re.compile(r"\b(?:aucun|aucune|jamais|plus|personne|rien)\b[^.;:]*\bdepuis\b", re.I)
_SINCE_NONE = re.compile(r"\bdepuis\b[^.;:]*\b(?:aucun|aucune|jamais|plus|personne|rien)\b", re.I)
_NONE_BETWEEN = re.compile(r"\bentre\s+\d{4}\b[^.;:]*\b(?:aucun|aucune|jamais|plus)\b", re.I)
_LAST_ONE = re.compile(r"\bderni(?:er|ère)s?\s+(?:[^\W\d_]+\s+){0,2}à\s", re.IGNORECASE)
_FIRST_SINCE = re.compile(
    r"\bpremière\s+fois\s+depuis\b"
    r"|\bpremi(?:er|ère)s?\b[^.;:]*?\b(?:depuis|en\s+(?:\d+|[^\W\d_]+)\s+ans)\b",
    re.IGNORECASE,
)
# no one had done it (« aucun athlète n'avait gagné », « aucune médaille n'avait été remportée »):
# said of the others before, not of the one who now does it
_NONE_HAD = re.compile(
    r"\b(?:aucun|aucune|personne|nul|nulle)\b[^.;:]*?\bn['’](?:avai|étai)(?:t|ent)\b",
    re.IGNORECASE,
)


def _lacked_since(text: str) -> bool:
    """Whether a sentence tells a thing lacked since a time (« l'or, qui échappait aux Italiens
    depuis 1996 », « qui manquait au club depuis 20 ans »: lexicon/negation.txt « lacking »)."""
    words = re.findall(r"\w+", fold(text.lower()))
    lacking = [fold(w)[:-2] for w in by_tag("negation")["lacking"]]
    return any(
        any(w.startswith(stem) for stem in lacking) and "depuis" in words[n + 1 :]
        for n, w in enumerate(words)
    )


# not yet at a time past (a pluperfect or an imperfect: « n'avait pas encore remporté », « ne
# l'était pas encore »), and done since that time (« a depuis remporté », « qu'il a gagnée
# depuis », « entre-temps », « par la suite »): one fact, told from either end
_NOT_YET_THEN = re.compile(
    r"\b(?:n['’]|ne\s+(?:l['’]|les\s+|lui\s+|leur\s+|s['’]|se\s+|y\s+|en\s+)?)"
    r"(?:avai|étai)(?:s|t|ent)\s+pas\s+encore\b",
    re.IGNORECASE,
)
_SINCE_THEN = re.compile(
    r"\b(?:a|ont|avait|avaient|est|sont|était|étaient)\s+depuis\s+(?!\d)\w"
    r"|\bdepuis\s*(?:lors\b|[,.;:)»]|$)|\bentre-temps\b|\bpar\s+la\s+suite\b",
    re.IGNORECASE,
)
# none ever as much: the most (« aucune avalanche n'avait été aussi meurtrière depuis … » for
# « la plus meurtrière depuis … », « jamais un film n'avait attiré autant de spectateurs » for
# « le plus de spectateurs »), the same quality graded on both sides
_NONE_AS = re.compile(
    r"\b(?:aucun|aucune|jamais|personne|rien|nul|nulle)\b[^.;:]*?\b(?:aussi|si|autant\s+d[e'’]\s*)"
    r"\s*(\w+)",
    re.IGNORECASE,
)
_THE_MOST = re.compile(r"\b(?:le|la|les|l['’])\s*plus\s+(?:d[e'’]\s*)?(\w+)", re.IGNORECASE)
_LAST_TIME = re.compile(r"\bderni(?:er|ère)\s+fois\b", re.IGNORECASE)
_FIRST_TIME = re.compile(
    r"\b(?:première\s+fois|premi(?:er|ère)s?\s+à|une\s+première"
    r"|(?:le|la|l['’]|son|sa|leur)\s*premi(?:er|ère))\b",  # « prononcera son premier discours »
    re.IGNORECASE,
)


def _said_elsewhere(
    lemma: str, polarity: frozenset[bool], mine: Statement, best: int, index: SourceIndex
) -> bool:
    """Whether another source statement says the predicate as the article does, about the same
    things (SHARED content words of the sentence besides it): the sentence restates that one,
    whichever the alignment chose."""
    for n, other in enumerate(index.statements):
        if n == best or (other.verbs.get(lemma) or other.nouns.get(lemma)) != polarity:
            continue
        both = mine.lemmas & other.lemmas - {lemma}
        if sum(not word.startswith("#") for word in both) >= SHARED:
            return True
    return False


def clause_problems(sentence: Sentence, index: SourceIndex) -> Iterator[Problem]:
    """A predicate negated on one side only, whatever its verb: an article predicate and the
    source predicate that shares SHARED of its words besides their verbs (engine.gate.slots.
    aspect reads both: « ne porte plus le maillot blanc » for « le maillot blanc est porté par »,
    « ne constitue pas une victoire » for « est une victoire »), where the side that says yes says
    no in no other way and no other source sentence says it as the article does. A review: a
    synonym's negation is read through two parses; hard where the verb is the same and the
    sentence surely restates its source sentence. A predicate said with another verb of its class
    (`_alike`) is paired on one word fewer (« qui jouit d'une reconnaissance officielle » for
    « qui ne bénéficie d'aucune reconnaissance officielle »)."""
    best = restated(sentence)
    if best is None or question(sentence) or sentence.shared < SHARED:
        return
    mine, theirs = sentence.statement, index.statements[best]
    for said in mine.slots.get("tense", frozenset()):
        told = theirs.slots.get("tense", frozenset())
        paired = pair(said, told, SHARED) or pair(
            said, frozenset(o for o in told if _alike(said, o)), SHARED - 1
        )
        if paired is None or None in (said.negated, paired[0].negated):
            continue
        other = paired[0]
        if other.negated == said.negated or not same_predicate(said, other):
            continue
        if any(
            o.verb == other.verb and o.negated == said.negated and said.words & o.words - {o.verb}
            for o in told
        ):
            continue  # the source says it both ways (« Ne me jugez pas d'après …, jugez-moi sur
            # mon parcours ») and the clause restates its way too (« être jugé sur son parcours,
            # plutôt que d'après … »)
        yes, no = (theirs, mine) if said.negated else (mine, theirs)
        verb = other.verb if said.negated else said.verb
        if _says_no(yes, no, verb) or _antonym(verb, yes) or _agree_otherwise(yes, no):
            continue  # the side that says yes says no another way
        if _only_aimed(yes, verb):
            continue  # what someone wants or tries is not said done
        if _first_time(mine if said.negated else theirs, yes):
            continue  # « jamais encore … n'avait réussi » for « pour la première fois … a réussi »
        if _not_yet(no, yes, verb):
            continue  # « n'a pas encore commencé » for « pourra commencer »: still to come
        if any(
            n != best and (s.verbs.get(said.verb) or s.nouns.get(said.verb)) == {said.negated}
            for n, s in enumerate(index.statements)
        ):
            continue  # the source says it as the article does, elsewhere
        if _of_another_person(mine, theirs, said.verb, other.verb):
            continue  # a yes and a no said of two people
        same = said.verb == other.verb or said.verb + "r" == other.verb
        sure = certainty(sentence) if same else "review"
        verb = other.verb if said.negated else said.verb
        problem = (
            f"denies what the source affirms ({verb})"
            if said.negated
            else f"affirms what the source denies ({other.verb})"
        )
        yield Problem(RULE, sure, problem, best, verb)
        return


def elsewhere_problems(sentence: Sentence, index: SourceIndex) -> Iterator[Problem]:
    """A predicate the source only ever denies, affirmed about the same things, in whatever
    source sentence it stands (« la police intervient systématiquement » where the
    source says « il arrive que la police n'intervienne même pas », in a sentence the article
    merges with another): the same verb, sharing `ABOUT` content words besides it, and no source
    sentence saying it as the article does, where the article's clause says no in no other way.
    A review: the sentence may restate another source sentence."""
    if question(sentence) or restated(sentence, ELSEWHERE) is None:
        return
    mine = sentence.statement
    if _ne_said(mine.text):
        return  # a negation the parse may not have hung on the predicate (« ne serait pas en »)
    for said in mine.slots.get("tense", frozenset()):
        if said.negated is not False or said.verb in _LIGHT_VERBS:
            continue  # only a negation dropped: a source's no said in a form the parse misses
            # (« non admis », « n'est pas prête de se tarir ») reads as a yes
        same = [
            (n, other)
            for n, statement in enumerate(index.statements)
            for other in statement.slots.get("tense", frozenset())
            if other.verb == said.verb and other.negated is not None
        ]
        if not same or any(other.negated == said.negated for _, other in same):
            continue  # the source says it as the article does somewhere
        about = [
            (n, other) for n, other in same if len(said.words & other.words - {said.verb}) >= ABOUT
        ]
        if not about:
            continue
        at = about[0][0]
        lex = by_tag("negation")
        if (
            said.words & (lex["verb"] | lex["other"] | lex["word"])
            or _antonym(said.verb, mine)
            or _differs(mine, said.verb)  # « est d'un autre avis »
            or _governed_by_negating_word(mine, said.verb)  # « son incapacité à mettre »
            or _only_aimed(mine, said.verb)  # « leur objectif était de remettre »
            or _quality_denied(mine, said.verb)  # « un état jugé non préoccupant »
            or _degree_denied(mine, index.statements[at])  # « ne souffre pas autant »: « moins »
            or _of_another_person(mine, index.statements[at], said.verb)  # of two people
        ):
            continue  # the article's clause says no another way, or says no deed
        problem = f"affirms what the source denies ({said.verb})"
        yield Problem(RULE, "review", problem, at, said.verb)
        return


def _quality_denied(statement: Statement, lemma: str) -> bool:
    """The part of a sentence that says `lemma` denies a quality with « non » (« un état jugé
    non préoccupant » for « son état n'était pas jugé préoccupant », « déclaré non coupable »):
    the no the source says, said of the quality."""
    return _NON_QUALITY.search(_plain(_part_saying(statement.text, lemma))) is not None


_NON_QUALITY = re.compile(r"(?<![\w-])non(?:\s+|-)(?!seulement|loin|plus|pas|sans)[^\W\d_]{3,}")


def _differs(statement: Statement, lemma: str) -> bool:
    """Whether the part of a sentence that says `lemma` says it of another one (lexicon/
    negation.txt « differ »: « est d'un autre avis » for « ce n'est pas l'avis de »)."""
    written = set(re.findall(r"\w+", _part_saying(statement.text, lemma).lower()))
    return bool(written & by_tag("negation")["differ"])


def _governed_by_negating_word(statement: Statement, lemma: str) -> bool:
    """Whether a word that denies what it governs (lexicon/negation.txt « verb », « other »:
    « incapacité », « refus », « impossible ») stands right before `lemma`'s infinitive, with
    « de » or « à » (« son incapacité à mettre de l'argent de côté », « le refus de signer »),
    whatever the parse hangs the infinitive on."""
    stem = re.escape(lemma[:_STEM].lower())
    words = "|".join(map(re.escape, sorted(_negating_words())))
    return bool(
        re.search(
            rf"(?<!\w)(?:{words})\s+(?:de|d'|à)\s*(?:(?:se|s'|en|y|le|la|les|l')\s*)?{stem}",
            statement.text.lower().replace("’", "'"),
        )
    )


def _ne_said(text: str) -> bool:
    """Whether a sentence says « ne … pas » (or another second part) anywhere."""
    said = re.findall(r"\w+'|\w+", _plain(text))
    return any(
        w in ("ne", "n'") and any(a in _SECOND_PARTS for a in said[n + 1 : n + 5])
        for n, w in enumerate(said)
    )


_LIGHT_VERBS = frozenset({"être", "avoir", "faire", "pouvoir", "devoir", "aller", "venir"})


def same_predicate(said: Said, other: Said) -> bool:
    """The same verb (« porte » as the lemmatiser leaves it, « porter »), two verbs of one class
    of lexicon/predicates.txt (« s'imposer », « remporter »), or a verb that says what its object
    is for a copula's predicate (« constitue une victoire », « est une victoire »)."""
    if said.verb in (other.verb, other.verb[:-1]) or other.verb in (said.verb, said.verb[:-1]):
        return True
    mine, theirs = _kin(said), _kin(other)
    if mine & theirs - {"be"}:
        return True
    return ("be" in mine and other.copula) or ("be" in theirs and said.copula)


def _alike(said: Said, other: Said) -> bool:
    """Two verbs of one class of lexicon/predicates.txt (« jouir », « bénéficier »), not a
    copula's kin (« be »)."""
    return said.verb != other.verb and bool(_kin(said) & _kin(other) - {"be"})


def _kin(said: Said) -> set[str]:
    """The classes of lexicon/predicates.txt of a predicate's verb, where the lemmatiser leaves
    a verb of the first group as written (« réclame », « demande »: réclamer, demander)."""
    classes = _classes()
    found = classes.get(said.verb)
    if found is None and not said.copula and said.verb.endswith("e"):
        found = classes.get(said.verb + "r")
    return found or set()


@cache
def _classes() -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for name, verbs in by_tag("predicates").items():
        for verb in verbs:
            out.setdefault(verb, set()).add(name)
    return out


def says_no(token: Token) -> bool | None:
    """Whether `token`'s clause says no (a negation, a negating verb above it), or its subject or
    object is « aucun … » (« aucune perturbation n'est attendue »); None under a verb like
    « empêcher », whose negation turns it round (« n'a pas empêché X de démontrer »), for an
    infinitive that names an act (`_named_act`: « gérer un pays est un exercice ») and for a
    clause only wished (`_wished`: « a demandé que les images ne soient pas diffusées »)."""
    if (
        _under_negating_verb(token)
        or _named_act(token)
        or _wished(token)
        or _supposed(token)
        or _purpose(token)
    ):
        return None  # « gérer son argent et gérer un pays sont deux exercices »: no deed
    return _negated(token) or any(
        c.dep_ in ("nsubj", "nsubj:pass", "obj")
        and any(d.lower_ in _NONE for d in c.children if d.dep_ == "det")
        for c in token.children
    )


_NONE = frozenset({"aucun", "aucune", "nul", "nulle"})


# --- what a sentence says (read by engine.gate.statements) ----------


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
    opens = [
        c.i for c in clause.children if c.dep_ == "mark" and c.i < clause.i and not degree_si(c)
    ]  # « ne serait pas si évident »: a « si » of degree opens no clause
    # a word of negation before the clause's own « si » or « que » is the clause above's,
    # whatever the parser hangs it on (« n'avait pas fait savoir s'il briguerait »)
    found = {
        c.lower_
        for c in _with_auxiliaries(clause)
        if c.lower_ in markers and not any(c.i < m for m in opens) and not _cut_off(c, clause)
    }
    if _ever(clause):  # « la plus grande encyclopédie jamais créée »
        found.discard("jamais")
        before = "" if before == "jamais" else before
    said = (
        bool(found)
        or before in markers  # "du jamais vu": the parser hangs "jamais" elsewhere
        or _far(clause)
    ) and not (_restrictive(clause) or _excepted(clause))
    if said and found and found <= _NE_WORDS and not _second_part(clause):
        # an expletive « ne »: « avant que l'EI ne reprenne le dessus »; but « ne » alone denies
        # « cesser », « oser », « pouvoir », « savoir » (« la Seine ne cesse de grimper »)
        said = clause.lemma_.lower() in _NE_ALONE
    if said and _corrected(clause):
        said = False  # « n'est plus confiée à une personne, mais à deux »: the verb holds
    governed = False
    if (
        clause.dep_ in ("xcomp", "ccomp", "obj", "obl:arg")
        and clause.head is not clause
        and not _apart(clause)
    ):
        head = clause.head.lemma_.lower()
        if _negating_head(clause.head) or _stops_doing(clause.head, clause):
            # a denying verb denied itself affirms (« sans renoncer à maintenir », « n'a pas
            # refusé de parler », « n'ont pas arrêté de se transformer »)
            governed = not _negated(clause.head, depth + 1)
        elif (
            depth < 2
            and not _idiom_de(clause, head)
            and head not in negation.get("beyond", ())  # « ne s'est pas contenté de consoler »
            and (head in negation["light"] or clause.dep_ == "xcomp" and clause.head.pos_ == "VERB")
        ):
            # "n'ont pas réussi à dégager": the infinitive is in the negation's scope
            governed = _negated(clause.head, depth + 1)
    return own != (said != governed)


_DEGREES = frozenset({"plus", "moins"})
_DEFINITE = words("definite_articles") | {"son", "sa", "ses", "leur", "leurs"}  # « son meilleur »


def _far(clause: Token) -> bool:
    """A verb opened by « de » right after a word like « loin » (lexicon/negation.txt « far »:
    « des circonstances loin d'être établies », « loin de s'apaiser »): it is denied."""
    far = by_tag("negation")["far"]
    return any(
        c.dep_ == "mark"
        and c.lower_ in ("de", "d'", "d’")
        and c.i > 0
        and clause.doc[c.i - 1].lower_ in far
        for c in clause.children
    )


def _ever(clause: Token) -> bool:
    """« jamais » without « ne », in a participle that qualifies a noun graded to the top (« la
    plus grande encyclopédie jamais créée », « le meilleur score jamais obtenu », « le premier
    vaccin jamais autorisé »): it says ever, it denies nothing (not « du jamais vu », « une
    victoire jamais contestée »)."""
    if clause.dep_ != "acl" or any(c.lower_ in _NE_WORDS for c in clause.children):
        return False
    noun = clause.head
    if not any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in noun.children):
        return False  # « une plus grande part » compares, it does not rank
    graded = by_tag("superlatives")
    tops = graded["comparative"] | graded["rank"]
    return any(
        c.dep_ == "amod"
        and (c.lemma_.lower() in tops or any(d.lower_ in _DEGREES for d in c.children))
        for c in noun.children
        if c.i < clause.i
    )


def _cut_off(marker: Token, clause: Token) -> bool:
    """A word of negation the parser hangs on a clause across a comma, where the clause has no
    « ne » of its own on its side, and its own subject after that comma: another clause's
    (« aucun ne l'avait été depuis 2016, le dernier en date étant The Lab »: « étant The Lab »
    denies nothing; not « Aucun, parmi eux, n'est venu », nor « a terminé, heure locale, sans
    aucun de ses chiens »)."""
    if marker.i > clause.i:
        return False  # « a terminé le 12 janvier, heure locale, sans aucun de ses chiens »
    comma = next((t.i for t in clause.doc[marker.i + 1 : clause.i] if t.text == ","), None)
    if comma is None:
        return False
    # a clause of its own after the comma: its subject, and no « ne » on its side
    subject = any(c.dep_.startswith("nsubj") and c.i > comma for c in clause.children)
    return subject and not any(c.lower_ in _NE_WORDS and c.i > comma for c in clause.children)


_MODALS = frozenset({"pouvoir", "devoir", "vouloir"})
_NOMINAL = frozenset({"NOUN", "PROPN", "PRON", "NUM"})


def _corrected(clause: Token) -> bool:
    """« ne … pas X, mais Y » said of a verb's complement (« n'est plus confiée à une seule
    personne, mais à deux », « n'a pas acheté une voiture mais une moto »): the negation
    corrects the complement; the verb is said. Not so of the predicate itself (« n'est pas
    bloqué, mais ouvert »: an adjective; « n'a pas gagné mais perdu »: a verb)."""
    if clause.pos_ != "VERB":
        return False
    return any(
        c.dep_ == "conj"
        and c.pos_ in _NOMINAL
        and (c.head.i == clause.i or c.head.head.i == clause.i and c.head.pos_ in _NOMINAL)
        and any(d.lower_ == "mais" and d.dep_ == "cc" for d in c.children)
        for c in clause.subtree
    )


_APART = frozenset({":", ";"})


def _apart(clause: Token) -> bool:
    """A clause after a colon or a semicolon is an assertion of its own, outside the negation of
    the clause before it, whatever the parser hangs it on (« il n'a pas tout arrêté : il a
    continué à travailler »)."""
    low, high = sorted((clause.i, clause.head.i))
    return any(t.text in _APART for t in clause.doc[low + 1 : high])


def _idiom_de(clause: Token, head: str) -> bool:
    """A modal takes a bare infinitive: « n'en pouvons plus de voir » (can bear no more) does
    not deny « voir » as « ne pouvons plus voir » would; « n'en finit pas de monter » (lexicon
    negation « endless ») says it keeps on rising."""
    of = any(c.lower_ in ("de", "d'", "d’") and c.dep_ == "mark" for c in clause.children)
    endless = head in by_tag("negation").get("endless", frozenset()) and any(
        c.lower_ == "en" for c in clause.head.children
    )
    return of and (head in _MODALS or endless)


_RESTRICTIVE = frozenset({"que", "qu'", "qu’"})
_NE_WORDS = frozenset({"ne", "n'", "n’"})
_NE_ALONE = frozenset({"cesser", "oser", "pouvoir", "savoir"})  # denied by « ne » alone
_SECOND_PARTS = by_tag("negation")["second"]  # « pas », « jamais »… after « ne »


def _restrictive(clause: Token) -> bool:
    """ "il ne s'en produit qu'une par siècle": ne … que restricts, it does not deny. Read on
    the words after « ne » (else after the clause's head): « que » before any second part
    (« pas », « plus », « jamais »…) restricts, and so does « plus que » (« il n'a plus qu'une
    piste »); the rest of the sentence is another clause's (« le checkpoint le plus proche »
    denies nothing)."""
    doc = clause.doc
    ne = next((c for c in clause.children if c.lower_ in _NE_WORDS), None)
    start = ne.i if ne is not None else clause.i
    for token in doc[start + 1 : min(len(doc), max(start, clause.i) + 8)]:
        following = doc[token.i + 1].lower_ if token.i + 1 < len(doc) else ""
        if token.lower_ == "plus" and following in _RESTRICTIVE:
            return True
        if token.lower_ == "pas" and _not_only(token, clause):
            return True  # « n'a pas été diffusée que sur France 2 »: not only, it affirms
        if token.lower_ in _SECOND_PARTS or token.text in (".", ";", ":", "!", "?"):
            return False
        if token.lower_ in _RESTRICTIVE:
            return True
    return False


def _excepted(clause: Token) -> bool:
    """A denial of everything with an exception after it (lexicon/negation.txt « nothing »,
    « except »: « on ne sait pas grand-chose, mis à part qu'ils sont venus », « il n'a rien dit,
    sauf que »): it says only, it does not deny. Read on the words after « ne », up to a full
    stop: the exception may come after a comma."""
    negation = by_tag("negation")
    doc = clause.doc
    ne = next((c for c in clause.children if c.lower_ in _NE_WORDS), None)
    if ne is None:
        return False
    after = doc[ne.i + 1 : min(len(doc), clause.i + 12)]
    if not any(t.lower_ in negation["nothing"] for t in after):
        return False
    text = " " + " ".join(t.lower_.replace("’", "'") for t in after).replace("' ", "'") + " "
    return any(f" {e} " in text for e in negation["except"]) and not any(
        t.text in (".", ";", "!", "?") for t in after
    )


_ONLY = frozenset({"seulement", "uniquement"})


def _not_only(pas: Token, clause: Token) -> bool:
    """« pas seulement », « pas uniquement », « pas que » before a complement, after « pas » or
    after the verb (« n'a pas été diffusée que sur France 2 »): not only — the predicate holds,
    and of more (not « ne pense pas que le … », which denies the verb of a clause it opens)."""
    doc = pas.doc
    for at in (pas.i, clause.i):
        after = doc[at + 1 : at + 3]
        if after and after[0].lower_ in _ONLY:
            return True
        if len(after) > 1 and after[0].lower_ in _RESTRICTIVE and after[1].pos_ == "ADP":
            return True
    return False


def _second_part(clause: Token) -> bool:
    """Whether « ne » has its second part (« pas », « plus », « jamais »…) in its clause, or
    before it as what the clause is about (« aucun incident n'a été signalé »)."""
    doc = clause.doc
    children = _with_auxiliaries(clause)
    ne = next((c for c in children if c.lower_ in _NE_WORDS), None)
    start = ne.i if ne is not None else clause.i
    after = doc[start + 1 : min(len(doc), max(start, clause.i) + 8)]
    if any(t.lower_ in _SECOND_PARTS for t in [*children, *after]):
        return True
    # the second part said first, as the subject or the object: « aucun incident n'a été
    # signalé », « personne n'est venu », « rien n'a changé »
    return any(
        c.lower_ in _SECOND_PARTS
        or any(d.dep_ == "det" and d.lower_ in _SECOND_PARTS for d in c.children)
        for c in children
        if c.dep_ in ("nsubj", "nsubj:pass", "obj") and c.i < clause.i
    )


def _with_auxiliaries(clause: Token) -> list[Token]:
    """The clause's words and those the parse hangs on its auxiliary where a phrase set
    apart by commas follows it (« Aucun groupe n'a, pour l'instant, revendiqué l'attaque »:
    « n' » and the subject are the auxiliary's, or the participle is)."""
    children = list(clause.children)
    auxiliaries = [c for c in children if c.dep_ in ("aux", "aux:tense", "aux:pass")]
    head = clause.head
    if (
        head.i < clause.i
        and head.lemma_ in ("avoir", "être")
        and "Part" in clause.morph.get("VerbForm")
    ):
        auxiliaries.append(head)  # or the participle hung on its auxiliary, as its clause
    for aux in auxiliaries:
        if aux.i < clause.i and any(t.text == "," for t in clause.doc[aux.i + 1 : clause.i]):
            children += [c for c in aux.children if c.dep_ in ("advmod", "nsubj", "nsubj:pass")]
    return children


def _clause_head(token: Token) -> Token:
    head = token
    for _ in range(4):
        if head.pos_ in ("VERB", "AUX") or any(c.dep_ == "cop" for c in head.children):
            return head
        if head.head.i == head.i:
            return head
        head = head.head
    return head


def read_polarity(
    tokens: list[Token],
) -> tuple[dict[str, frozenset[bool]], dict[str, frozenset[bool]]]:
    light = by_tag("negation")["light"]
    verbs: dict[str, set[bool]] = {}
    nouns: dict[str, set[bool]] = {}
    for token in tokens:
        # a verb with an article is a noun the tagger misread (« une possible mise en examen »):
        # it names an act, it states none
        verb = (
            token.pos_ == "VERB"
            and token.lemma_.lower() not in light
            and not any(c.dep_ == "det" for c in token.children)
        )
        if not verb and not (token.pos_ == "NOUN" and is_content(token) and _predicate_noun(token)):
            continue
        if verb and _named_act(token):
            continue  # « gérer son argent et gérer un pays sont deux exercices »: no deed stated
        if _under_negating_verb(token):
            continue  # "empêchent que les rebelles soient condamnés": a negation either way
        if verb:
            # a wish (« a demandé que les images ne soient pas diffusées ») is compared with a
            # wish only, never with a fact (« des images diffusées malgré la demande »)
            # so is a supposition (« si le cabanon n'était pas démonté »), compared with one only
            # and so is a purpose (« une autopsie sera pratiquée pour identifier la victime »)
            wished = _wished(token) or _supposed(token) or _purpose(token)
            key = token.lemma_.lower() + (WISHED if wished else "")
            verbs.setdefault(key, set()).add(_negated(token))
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


_NAMING = frozenset({"ROOT", "nsubj", "nsubj:pass", "csubj"})
WISHED = "?"  # what read_polarity adds to the lemma of a verb only wished, asked for or supposed
_COMPLEMENTS = frozenset({"ccomp", "obj", "csubj", "xcomp"})
_THAT = frozenset({"que", "qu'", "qu’"})


def _supposed(token: Token) -> bool:
    """A verb « si » supposes (« menacé d'emmener les Gilets jaunes en garde à vue si le cabanon
    n'ayant pas de permis n'était pas démonté »): stated neither so nor not so — « la condition :
    démonter le cabanon » affirms nothing it denies. Read from the words, the parse often hangs
    « si » elsewhere: a « si » before the verb with no finite verb but its own auxiliaries
    between (not « même si », « comme si », nor a « si » of degree, qualifiers.degree_si)."""
    doc = token.doc
    own = {c.i for c in token.children if c.dep_.startswith("aux") or c.dep_ == "cop"}
    for at in range(token.i - 1, token.sent.start - 1, -1):
        word = doc[at]
        after = doc[at + 1].lower_ if at + 1 < len(doc) else ""
        if word.lower_ == "si" or (word.lower_ in ("s'", "s’") and after in ("il", "ils")):
            before = doc[at - 1].lower_ if at > 0 else ""
            return not degree_si(word) and before not in ("même", "comme")
        if word.pos_ in ("VERB", "AUX") and "Fin" in word.morph.get("VerbForm") and at not in own:
            return False
    return False


_FOR = frozenset({"pour", "afin"})


def _purpose(token: Token) -> bool:
    """A present infinitive opened by « pour » or « afin de » (« pour identifier la victime »,
    « afin d'observer l'astéroïde »): what an act is done for, stated neither so nor not so
    (« pour avoir volé », a past infinitive, gives a cause: it is stated)."""
    if "Inf" not in token.morph.get("VerbForm") or any(
        c.dep_.startswith("aux") for c in token.children
    ):
        return False
    before = list(token.doc[max(token.sent.start, token.i - 3) : token.i])
    at = next((n for n in range(len(before) - 1, -1, -1) if before[n].lower_ in _FOR), None)
    return at is not None and not any(t.pos_ in ("VERB", "AUX") for t in before[at + 1 :])


def _wished(token: Token) -> bool:
    """A clause in the subjunctive that completes a verb of will, request or need (lexicon/
    negation.txt « wish »: « a demandé que les images ne soient pas diffusées », « il faut que
    la loi soit modifiée »): what is asked, wanted or needed, stated neither so nor not so (not
    « il arrive que la police n'intervienne pas », nor « bien que », « avant que »)."""
    if token.dep_ not in _COMPLEMENTS or not any(
        c.dep_ == "mark" and c.lower_ in _THAT for c in token.children
    ):
        return False
    if token.head.lemma_.lower() not in by_tag("negation")["wish"]:
        return False
    return any(
        "Sub" in t.morph.get("Mood")
        for t in (token, *token.children)
        if t is token or t.dep_ in ("aux", "aux:pass", "aux:tense", "cop")
    )


def _named_act(token: Token) -> bool:
    """A bare infinitive as what a sentence is about (« Voter est un droit », « gérer son argent
    et gérer celui d'un pays sont deux exercices », whatever the parser hangs the copula on): it
    names an act, it states none, as a verb with an article does."""
    if "Inf" not in token.morph.get("VerbForm"):
        return False
    head = token.head if token.dep_ == "conj" else token
    return head.dep_ in _NAMING and not any(
        c.dep_ in ("mark", "case", "aux", "aux:tense") for t in (token, head) for c in t.children
    )


# A noun that is what a light verb says (its object, its attribute), not a circumstance of it
# ("depuis plus de six mois") nor its subject ("ce résultat n'est pas une surprise").
_PREDICATE_NOUNS = frozenset({"obj", "ROOT", "xcomp"})


def _predicate_noun(token: Token) -> bool:
    return token.dep_ in _PREDICATE_NOUNS or any(c.lower_ == "sans" for c in token.children)


def _under_negating_verb(token: Token) -> bool:
    """Whether a verb like empêcher, éviter, interdire governs `token`'s clause (the parser hangs
    "empêcher que …" and "empêcher de …" differently, so their polarity is not compared)."""
    head = _clause_head(token)
    for _ in range(3):
        if head.head.i == head.i:  # the root (spaCy makes a new Token at each access: no `is`)
            return False
        head = head.head
        if _negating_head(head):
            return True
    return False


def _stops_doing(head: Token, child: Token) -> bool:
    """Whether `head` is a verb that denies an infinitive it governs with « de » (lexicon
    negation « verb-de »: « ont arrêté de se transformer »), and `child` is one."""
    return (
        head.lemma_.lower() in by_tag("negation").get("verb-de", ())
        and "Inf" in child.morph.get("VerbForm")
        and any(c.dep_ == "mark" and c.lower_ == "de" for c in child.children)
    )


def _negating_head(head: Token) -> bool:
    """Whether `head` is a verb that denies what it governs (lexicon/negation.txt « verb »:
    « refuser », « éviter »), or one that does with its reflexive pronoun (« reflexive »: « s'est
    gardé de défier », « s'abstient de voter »; not « a gardé le silence »)."""
    negation = by_tag("negation")
    lemma = head.lemma_.lower()
    if lemma in negation["verb"] or lemma in negation["wait"] and _active(head):
        return True  # « attendre que … », not « il est attendu 60 mm de pluie »: expected
    if head.pos_ == "VERB" and lemma.endswith("e") and lemma + "r" in negation["verb"]:
        return True  # « ne manque pas de relancer »: the lemmatiser left « manque » as written
    return lemma in negation["reflexive"] and any(
        c.lower_ in REFLEXIVE and c.dep_.startswith(("expl", "obj")) for c in head.children
    )


def _active(verb: Token) -> bool:
    """A verb in the active voice: not tagged or built passive (« il est attendu 60 mm »), and no
    bare participle (« attendus »)."""
    if "Pass" in verb.morph.get("Voice") or any(
        c.dep_ in ("aux:pass", "nsubj:pass") for c in verb.children
    ):
        return False
    return "Part" not in verb.morph.get("VerbForm") or any(
        c.dep_ == "aux:tense" for c in verb.children
    )


def word_polarity(tokens: list[Token]) -> dict[str, frozenset[bool]]:
    """Whether each word (as written) is denied where it stands (`denied`): what a quoted
    fragment of the source is compared by."""
    found: dict[str, set[bool]] = {}
    for token in tokens:
        if is_content(token):
            found.setdefault(token.lower_.replace("’", "'"), set()).add(denied(token))
    return {k: frozenset(v) for k, v in found.items()}


# Where a negation of the clause does not deny the word: what the clause is about (« les
# « handlers » n'ont pas le droit de … »), a name given to a noun (« la coalition « Jamaïque » »).
_NOT_DENIED = frozenset({"nsubj", "nsubj:pass", "appos", "flat:name"})


def denied(token: Token) -> bool:
    """Whether `token` is what a negation denies: what its clause says (object, attribute,
    complement), negated there or governed by a verb that denies (« a refusé de parler de
    « défaite » »); a negated verb above its clause does not reach it (« n'en pouvons plus de
    voir partir « nos jeunes » »)."""
    return token.dep_ not in _NOT_DENIED and _negated(token, depth=2)

"""Actors: who does what — a new name as the subject or the source (« selon X ») of a claim, another
source name in the place of the restated sentence's (its actor, its place, its object)."""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from engine.brief.facts import entity_key
from engine.brief.figures import SMALL
from engine.gate.claims.alignment import (
    ACTED,
    MERGED_FLOOR,
    MERGED_SHARE,
    SUMMARIES,
    Problem,
    Sentence,
    certainty,
    fragments_beside,
    question,
    restated,
)
from engine.gate.claims.speakers import same_person
from engine.gate.findings import Severity
from engine.gate.slots.entities import (
    country,
    country_named,
    names_country,
    nationality,
    spelt_alike,
)
from engine.gate.source_index import SourceIndex, initials, reordered
from engine.gate.statements import PERSON, SOURCE_PREPOSITIONS, SUBJECTS, Statement
from engine.text import (
    compound_key,
    compound_parts,
    compound_pattern,
    fold,
    normalise,
    stands_in,
)
from engine.text.lexicon import by_tag, lines, tagged, words

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


@dataclass(frozen=True)
class Actor:
    kind: str  # PER, ORG, LOC
    key: str  # entity key ("Allemagne", "Manuel Valls")
    predicates: frozenset[str]  # lemmas of what it does or is ("origine", "exiger")
    how: str  # "subject", "source" (selon X), or "mention"
    case: str | None = None  # the preposition before it ("à" Glennallen), if one
    voice: str = ""  # "agent" (« par X » of a passive), "patient" (a passive's subject), or ""


RULE = "actors"
# A source name certainly in the place of another (`_swapped`): out of `actors`' probation
SWAPPED = "swaps"
CERTAIN_KINDS = frozenset({PERSON, "LOC"})  # a group may be the source's by another name
MISSPELT = 6  # letters: a name this long misspelt by one letter is still that name
_DEMONYM = re.compile(r"(ais|ois|ien|ienn|ain)e?s?$")  # « Nantais », « Parisiennes »


def actor_problems(sentence: Sentence, index: SourceIndex) -> Iterator[Problem]:
    """A new entity as the actor or the source of a claim; another source entity in the place
    of the actor of the aligned sentence (the one doing what this one does there)."""
    statement = sentence.statement
    best = restated(sentence)
    for actor in statement.actors:
        if sum(map(str.isalpha, actor.key)) < 2 or counted(actor.key):
            continue  # « L' », the « C » of « °C »: nothing named; « les Vingt-Huit »: a count
        if actor.kind == "INST":
            yield from _institution_swap(actor, sentence, index)
            continue
        known = _known(actor.key, index)
        seat = seat_given(actor.key, index)  # « Washington »: the source's state, by its seat
        if not known and not seat and not _in(actor.key, index.text):
            if (
                derived(actor.key, index)
                or misspelt(actor.key, index)
                or actor.kind != PERSON
                and source_name(actor.key, index)
            ):
                continue
            if actor.how != "mention":
                what = "the source of the claim" if actor.how == "source" else "the actor"
                # a person the source never names is certain; a group or a place may be the
                # source's own by another name (« Bruxelles » for the Commission, an acronym)
                # of several words, a name is no metonymy: certain too
                several = len(actor.key.split()) > 1
                severity: Severity = "hard" if actor.kind == PERSON or several else "review"
                problem = f"makes {actor.key}, absent from the source, {what}"
                yield Problem(RULE, severity, problem, None, actor.key)
            else:
                yield from _replaced_name(actor, sentence, index)
            continue
        summary = sentence.target is not None and sentence.target.kind in SUMMARIES
        if best is None and actor.how == "subject" and not summary:
            yield from _pronoun_swap(actor, sentence, index)  # aligned less surely
        if best is None or actor.how != "subject" or summary and _keeps_one(sentence, best, index):
            continue  # a summary keeping one of the source's actors names the other loosely
        near = [index.statements[i] for i in [best, *fragments_beside(best, index)]]
        merged = _merged(sentence, index)
        source = index.statements[best]

        if any(_naming(s, actor) for s in near):
            taken = _taken(actor, sentence, source)
            if taken is not None:  # named there, but the act is another's, left out
                yield _in_place_of(actor, taken, sentence, best, index)
            continue
        unnamed = _said_by_pronoun(actor, source)
        # « Fabio Aru porte le maillot à pois » for « il [Barguil] porte … le maillot à pois »;
        # another sentence merged in names the actor, but not doing that. Whom the source's
        # « il » stands for is read, not certain: a review
        if (
            unnamed is not None
            and not same_person(actor.key, unnamed)
            and not any(_naming(s, actor) and _acts(s, actor) for s in merged)
            and not _subject_before(actor, best, index)
        ):
            problem = f"makes {actor.key} the actor where the source's «il» is {unnamed}"
            yield Problem(RULE, "review", problem, best, actor.key)
            continue
        if any(_naming(s, actor) for s in merged):
            continue
        if source.personal == "subject" and (
            bool(source.pronoun_for)
            and same_person(actor.key, str(source.pronoun_for))
            or _subject_before(actor, best, index, "any")
        ):
            continue  # « elle devance Mara Abbott », « elle » the one the article names
        if _label(actor.key, statement.text):
            continue  # « Amiens-Lille : 29 supporteurs blessés … »: a heading's topic, no actor
        mine = statement.entities
        doing = [a for a in source.actors if a.predicates & actor.predicates]
        if any(_describes(a.key) for a in doing):
            continue  # « la Voie lactée » for the source's « Notre galaxie »: named, not another
        # another subject of the source sentence stands in its place only where the source
        # does not say who does what this actor does (« Notre galaxie n'a pas connu … »); a
        # seat is its country's institution the sentence names (« Ottawa » for « le
        # gouvernement canadien »)
        said = bool(actor.predicates & source.lemmas)
        its_country = seat and bool(seat_of(actor.key) & countries_given(source.text))
        rivals = [
            a.key
            for a in source.actors
            if (a.kind == actor.kind or seat)  # a seat is read as a person, a place, a group
            and (a in doing or a.how != "mention" and not said)
            # a name after a preposition (« hommage depuis Bruxelles ») is no rival of a subject
            and not (a.how == "mention" and a.case and not actor.case)
            and not {w for w in a.key.lower().split() if len(w) > 2} & mine
            # « Il estime que Ménez … » for « Gourvennec estime qu'il … »: « il » keeps him
            and not (statement.pronoun_for and same_person(a.key, statement.pronoun_for))
            and not same_name(actor.key, a.key)
            and not same_person(actor.key, a.key)  # « Dilma Rousseff », the source's « Roussef »
            and not (seat and _voice_of(a.key, actor.key, index))
            and not (seat and a.kind == "INST" and its_country)
            # « X est décrit comme … » of « il est décrit comme … par Y »: one undergoes what
            # the other does, the one acting left unsaid
            and {actor.voice, a.voice} != {"agent", "patient"}
            and not _people_of(a.key, actor.key)  # « l'Espagne » for « les Espagnols »
            and not _label(a.key, source.text)  # « France : 29 supporteurs blessés … »
        ]
        if rivals:
            rival = next(a for a in source.actors if a.key == rivals[0])
            yield _in_place_of(actor, rival, sentence, best, index)
        elif actor.voice == "patient" and any(a.voice == "agent" for a in source.actors):
            # « Pavel Dusek dépassé … » for « Cela ne l'a pas empêché …, avant d'être dépassé
            # par Kovalenko »: the one undergoing it there is whom the pronoun stands for
            told = pronoun_person(best, index)
            if told and not same_person(actor.key, told) and not _in(told, statement.text):
                acts = actor.predicates & source.lemmas  # what he undergoes there
                other = Actor(PERSON, told, acts, "subject", None, "patient")
                yield _in_place_of(actor, other, sentence, best, index)


LABEL_WORDS = 4  # words of a heading's label before its colon, at most


def _label(key: str, text: str) -> bool:
    """`key` stands in the short label a heading opens with, before its colon (« France : 29
    supporteurs blessés », « Amiens-Lille : … »): the story's topic or setting, no one acting."""
    label, colon, _ = text.partition(" : ")
    first = fold(key.split()[0].lower()) if key.split() else ""
    return bool(colon) and len(label.split()) <= LABEL_WORDS and first in fold(label.lower())


def counted(key: str) -> bool:
    """Whether a name is a number in words only (« Vingt-Huit », « les Vingt-Sept »): a group
    named by how many it holds, never a person nor a place."""
    words = [w for w in re.split(r"[\s'’-]+", key.lower()) if w and w not in ("les", "l", "et")]
    return bool(words) and all(w in SMALL for w in words)


def _subject_before(actor: Actor, best: int, index: SourceIndex, roles: str = "agent") -> bool:
    """The source sentence before `best` makes the actor its subject: the « il » / « elle » that
    opens `best` most likely stands for the actor (« Vallaud-Belkacem a donné des précisions.
    Elle a ainsi affirmé … »), whomever the reading carried; `roles`: "agent", or "any" (the
    subject of a passive too, « X est devenue championne » read so)."""
    if best == 0:
        return False
    before = index.statements[best - 1]
    words = {w.lower() for w in actor.key.split() if len(w) > 2}
    return any(a.how == "subject" and same_person(a.key, actor.key) for a in before.actors) or any(
        (p.role == "agent" or roles == "any") and p.subject and p.words & words  # NER missed
        for p in before.slots.get("agents", ())
    )


def pronoun_person(at: int, index: SourceIndex) -> str | None:
    """Whom the source sentence `at` says by a pronoun: the one its leading « il » or « elle »
    stands for, or, for a pronoun before any name (« Cela ne l'a pas empêché de prendre le
    meilleur départ »), the person the sentences before it carry (« Justin Gatlin a été sifflé
    … »). The article may name him there: he is in that sentence, said otherwise."""
    source = index.statements[at]
    if source.pronoun_for:
        return source.pronoun_for
    return index.statements[at - 1].carried if source.personal and at > 0 else None


def _people_of(people: str, land: str) -> bool:
    """`people` is the name of the people of the country `land` (« les Espagnols » of
    « l'Espagne »): the one stands for the other."""
    of = country(people) if nationality(people) is not None else None
    bare = re.sub(r"^(?:les?|la|l['’])\s*", "", land, flags=re.IGNORECASE)
    return of is not None and fold(of.lower()) == fold(bare.lower())


def _in_place_of(
    actor: Actor, rival: Actor, sentence: Sentence, best: int, index: SourceIndex
) -> Problem:
    """The actor made to do what the sentence restated (`best`) has `rival` do: hard as the
    alignment is sure, under `swaps` (out of probation) where `_swapped` holds, else `actors`."""
    certain = certainty(sentence) == "hard"
    return Problem(
        SWAPPED if certain and _swapped(actor, rival, sentence, index) else RULE,
        "hard" if certain else "review",
        f"makes {actor.key} the actor where the source names {rival.key}",
        best,
        actor.key,
    )


def _taken(actor: Actor, sentence: Sentence, source: Statement) -> Actor | None:
    """Another person the sentence restated makes the subject of what the article has `actor`
    (a person that sentence names elsewhere) do actively, one the article sentence leaves out
    (« Dans son discours, Bernard Cazeneuve s'est engagé » for « Valérie Pécresse … s'est
    engagée …, par le ministre de l'Intérieur Bernard Cazeneuve »); else None."""
    if actor.kind != PERSON:
        return None
    words = {w.lower() for w in actor.key.split() if len(w) > 2}
    places = sentence.statement.slots.get("agents", ())
    if any(p.role == "patient" and p.subject and p.words & words for p in places):
        return None  # « Cazeneuve a été reçu »: undergone, the one acting may go unsaid
    if any(
        same_person(a.key, actor.key) and a.predicates & actor.predicates for a in source.actors
    ):
        return None
    mine = sentence.statement.entities
    return next(
        (
            a
            for a in source.actors
            if a.kind == PERSON
            and a.how == "subject"
            and a.predicates & actor.predicates
            and not same_person(a.key, actor.key)
            and not {w for w in a.key.lower().split() if len(w) > 2} & mine
        ),
        None,
    )


def _merged(sentence: Sentence, index: SourceIndex, least: float = MERGED_FLOOR) -> list[Statement]:
    """The source sentences an article sentence may merge (MERGED_SHARE of its best score, and
    at least `least`): it names the actors and places of each."""
    if not sentence.aligned:
        return []
    floor = max(least, MERGED_SHARE * sentence.aligned[0][0])
    return [index.statements[i] for score, i in sentence.aligned if score >= floor]


def _summed_up(actor: Actor, sentence: Sentence, best: Statement, index: SourceIndex) -> bool:
    """Whether the sentence names, besides `actor`, another place the sentence it restates best
    does not, and a source sentence it merges (`_merged`, whatever its score) names `actor`."""
    elsewhere = [
        a
        for a in sentence.statement.actors
        if a.kind == "LOC" and a.key != actor.key and not _naming(best, a)
    ]
    merged = _merged(sentence, index, least=0)
    return bool(elsewhere) and any(_naming(s, actor) for s in merged)


def _pronoun_swap(actor: Actor, sentence: Sentence, index: SourceIndex) -> Iterator[Problem]:
    """A sentence aligned less surely (`ACTED`) whose best source statement names no one and
    gives, by « il », the very act the article gives a named actor: whom « il » stands for there,
    if another (a review)."""
    if not sentence.aligned or sentence.aligned[0][0] < ACTED:
        return
    at = sentence.aligned[0][1]
    source = index.statements[at]
    unnamed = _said_by_pronoun(actor, source)
    if unnamed is not None and not same_person(actor.key, unnamed) and not _naming(source, actor):
        problem = f"makes {actor.key} the actor where the source's «il» is {unnamed}"
        yield Problem(RULE, "review", problem, at, actor.key)


def _naming(statement: Statement, actor: Actor) -> bool:
    """The statement names the actor (one of its longer words, accents aside)."""
    words = {w for w in actor.key.lower().split() if len(w) > 2}
    return (
        actor.key.lower() in statement.entities
        or bool(words & statement.entities)
        or _in(actor.key, statement.text)
    )


def _said_by_pronoun(actor: Actor, source: Statement) -> str | None:
    """The person a source sentence that names no one gives the actor's act to by a personal
    pronoun (« il porte … »): whom the pronoun stands for, if the sentence is read so."""
    if actor.kind != PERSON or source.persons or source.named or source.carried is None:
        return None  # a sentence naming something may name the one « il » is (« Pour X, il … »)
    pronoun = frozenset({"@someone"})  # engine.gate.slots.agents: someone unnamed acts
    return source.carried if _acts(source, actor, pronoun) else None


def _acts(source: Statement, actor: Actor, who: frozenset[str] | None = None) -> bool:
    """The source sentence has an agent (`who`, or anyone) doing what the actor does."""
    return any(
        p.role == "agent" and (who is None or p.words == who) and p.predicate in actor.predicates
        for p in source.slots.get("agents", ())
        if not p.relative
    )


def _in(key: str, text: str) -> bool:
    """`key` is written in `text`, accents aside (« Champs-Élysées », « Évry » of the source's
    « Champs-Elysées », « Evry »)."""
    said = fold(normalise(text))
    return stands_in(fold(key), said) or re.search(compound_pattern(key), said) is not None


_QUOTED = re.compile(r"«[^»]*(?:»|$)|\"[^\"]*(?:\"|$)|“[^”]*(?:”|$)")  # closed or not


def _unquoted(text: str) -> str:
    """`text` without its quotations: the speaker's words name places of their own (« Ce qu'il
    s'est passé aujourd'hui à Paris … », posted from Argentina)."""
    return _QUOTED.sub(" ", text)


def _tells(sentence: str, source: str) -> bool:
    """Whether an article sentence without quotation marks tells what a quotation of the
    source sentence says: two of its longer words (« a contacté le représentant … »)."""
    if _QUOTED.search(sentence):
        return False  # it quotes: the source's quotation is quoted, not told
    quoted = {w for q in _QUOTED.findall(normalise(source)) for w in re.findall(r"\w{5,}", q)}
    return len(quoted & set(re.findall(r"\w{5,}", normalise(sentence)))) >= 2


def _known(key: str, index: SourceIndex) -> bool:
    """A name of the source, or one of its words is (accents aside; « Villeneuve-d'Ascq » is the
    source's « Villeneuve d'Ascq »)."""
    words = {fold(w) for w in key.lower().split() if len(w) > 2}
    if fold(key.lower()) in index.folded_entities or words & index.folded_entities:
        return True
    joined = compound_key(key)
    return len(joined) > 2 and any(compound_key(e) == joined for e in index.folded_entities)


def _describes(key: str) -> bool:
    """« Notre galaxie », « Notre », « cette ville »: a description the NER took for a name."""
    return key.split()[0].lower() in words("describing_determiners")


def _keeps_one(sentence: Sentence, best: int, index: SourceIndex) -> bool:
    """A summary that names one of the actors of the sentence it restates: its other actor may
    be one of them by another name (« PSG – Fenix Toulouse : Paris devant … »)."""
    mine = sentence.statement.entities
    return any(
        {w for w in a.key.lower().split() if len(w) > 2} & mine
        for a in index.statements[best].actors
        if a.how != "mention"
    )


def _institution_swap(actor: Actor, sentence: Sentence, index: SourceIndex) -> Iterator[Problem]:
    """ "La mairie a ouvert…" where the sentence it restates says "La préfecture a créé…"."""
    best = restated(sentence)
    if best is None or actor.key in index.folded[best]:
        return
    mine = {a.key for a in sentence.statement.actors if a.kind == "INST"}
    # what another subject of the sentence does is not this one's (« l'armée syrienne dément,
    # tandis que la Russie assure … » for « Le ministère de la Défense de Russie a assuré … »)
    others = {
        p
        for a in sentence.statement.actors
        if a.how == "subject" and a.key != actor.key
        for p in a.predicates
    }
    theirs = [
        a.key
        for a in index.statements[best].actors
        if a.kind == "INST" and a.key not in mine and not a.predicates & others
    ]
    if theirs:
        yield Problem(
            RULE,
            certainty(sentence),
            f"makes the {actor.key} the actor where the source names the {theirs[0]}",
            best,
            actor.key,
        )


def source_name(key: str, index: SourceIndex) -> bool:
    """Whether a place or organisation the article names is the source's: `derived` from a
    source name; an institution named by its common noun (« l'État »); a place's people or
    the first letters of a source word (« Nantais » of Nantes, « Sénat » of « sénateur »; a
    place or a group only: a person is no stem); or a name whose capitalised words all stand
    in the source, whatever article the writer put before it or the words the NER glued to it
    (« La France », « Le Parisien » of « du Parisien », « EI avance », « Supernova SN
    2016gkg » of the source's supernova)."""
    folded = fold(key.lower())
    if derived(key, index) or folded in _institutions() or _said_as_nationality(key, index):
        return True
    if seat_given(key, index):
        return True  # « Washington » of the source's « États-Unis » or « américain »: its seat
    if country_institution(key, index.text):
        return True  # « l'État américain » of the source's « États-Unis »
    if _expands(key, index):
        return True  # « Union européenne » of the source's « l'UE »
    if _hyphened_otherwise(key, index.text):
        return True  # « Île-de-France » of the source's « Île de France », « St-Denis »
    if _named_otherwise(key, index.text):
        return True  # « le Royaume-Uni » of the source's « la Grande-Bretagne »
    if _particles_aside(key, index.text):
        return True  # « la Chambre des députés » of the source's « la chambre de députés »
    if " " not in key and len(folded) >= 5:
        if any(lemma.startswith(folded) for lemma in index.folded_lemmas):
            return True  # « Sénat » of « sénateur »: the first letters of a source word
        root = _DEMONYM.sub("", folded)
        if (
            root != folded
            and len(root) >= 4
            and any(w.startswith(root) for w in index.folded_entities)
        ):
            return True  # « Nantais » of « Nantes »: its people
        if _people_written(folded, index):
            return True  # « le Caire » of « un tribunal cairote »: the place of a source people
    bare = (re.sub(r"^[dl]['’]", "", w, flags=re.IGNORECASE) for w in key.split())
    capitalised = [w for w in bare if w[:1].isupper() and w.lower() not in _ARTICLES]
    if not capitalised:
        return False
    written = " ".join(s.text for s in index.statements)
    # capitalised in the source too (« Monde » is no « monde »), but for a first word of
    # several, capitalised as a title's first word is (« Supernova SN 2016gkg »); an acronym
    # of a source name (« Conseil de sécurité de l'ONU » of the source's « conseil de sécurité
    # des Nations unies »)
    loose = capitalised[0] if len(capitalised) > 1 else None
    said = normalise(written)  # the title's too: « Science en Vallée d'Aoste : … »
    return all(
        stands_in(w, index.text) or stands_in(w, said)
        if w == loose
        else _written(w, written) or loose is not None and w.isupper() and derived(w, index)
        for w in capitalised
    )


def scale_named(key: str, text: str) -> bool:
    """A name that is a scale's, after « degrés » (« cent degrés Celsius »): no one, nowhere."""
    return re.search(rf"(?<!\w)degrés?\s+{re.escape(key)}(?!\w)", text, re.IGNORECASE) is not None


def _outside(key: str, text: str) -> bool:
    """A place the sentence excludes (« hors de Paris », « en dehors de Lyon »)."""
    name = re.escape(key)
    return (
        re.search(
            rf"\b(?:hors|en\s+dehors)\s+(?:de\s+|d['’]\s*)(?:la\s+|l['’]\s*)?{name}", text, re.I
        )
        is not None
    )


def _particles_aside(key: str, text: str) -> bool:
    """A name of several words the source writes in a row, capitals, accents and the small
    words between them aside (« Chambre des députés » of « la chambre de députés du Brésil »)."""
    words = _content_words(key)
    return len(words) > 1 and f" {' '.join(words)} " in f" {' '.join(_content_words(text))} "


def _content_words(text: str) -> list[str]:
    return [w for w in re.findall(r"\w+", fold(text.lower())) if w not in _SMALL_WORDS]


_SMALL_WORDS = frozenset({"de", "des", "du", "d", "la", "le", "les", "l"})


def _hyphened_otherwise(key: str, text: str) -> bool:
    """A compound name the source writes with spaces where the article writes hyphens, or the
    other way, or abbreviated (« Île-de-France », « Saint-Jean-de-Luz », « St-Denis » of « Île
    de France », « Saint Jean de Luz », « Saint-Denis »): its words in a row, accents aside."""
    if len(compound_parts(key)) < 2:
        return False
    return re.search(compound_pattern(key), fold(text)) is not None


def _named_otherwise(key: str, text: str) -> bool:
    """A country the source names by another of its names (lexicon `country_names`: « le
    Royaume-Uni » of « la Grande-Bretagne », « les Pays-Bas » of « la Hollande »)."""
    land = country_named(re.sub(r"^(?:les?|la|l['’])\s*", "", key, flags=re.IGNORECASE))
    return land is not None and names_country(land, text, but=key)


def _people_written(place: str, index: SourceIndex) -> bool:
    """The source writes the word for the people of the (folded) `place`: its first letters and a
    demonym's ending (« cairote » of « caire », « milanais » of « milan »)."""
    stem = re.sub(r"(?:es|e|s)$", "", place)
    return len(stem) >= 4 and any(
        w.startswith(stem) and _PEOPLE_OF.fullmatch(w[len(stem) :]) for w in index.folded_lemmas
    )


_PEOPLE_OF = re.compile(r"n?(?:ais|ois|ien|ain|ote|in|an)(?:n?e)?s?")  # after a place's letters


def _expands(key: str, index: SourceIndex) -> bool:
    """A name of several words whose initials are an acronym the source writes (« Union
    européenne » of « l'UE », « Banque centrale européenne » of « la BCE »)."""
    letters = initials(key)
    if len(key.split()) < 2 or not 2 <= len(letters) <= 6:
        return False
    written = " ".join(s.text for s in index.statements)
    return re.search(rf"(?<!\w){re.escape(letters.upper())}(?!\w)", written) is not None


def _said_as_nationality(key: str, index: SourceIndex) -> bool:
    """A country whose places or things the source names by their nationality (« le
    Royaume-Uni » of « l'exemple britannique », « l'Autriche » of « la ville autrichienne de
    Kitzbühel »); not of people (« la nageuse américaine » is no story in the United States)."""
    from engine.gate.slots.entities import Origin

    people = words("titles") | frozenset(tagged("occupations", "\t"))
    return any(
        isinstance(o, Origin) and o.country == key and o.noun not in people
        for o in index.slots.get("entities", ())
    )


@lru_cache(maxsize=16)
def countries_given(text: str) -> frozenset[str]:
    """The countries (and bodies) a text gives, folded: by their name (« les États-Unis ») or by
    their people's adjective (« le dirigeant américain »)."""
    folded = fold(text.lower())
    named = {land for lands in _capitals().values() for land in lands if stands_in(land, folded)}
    said = {country(w) for w in set(re.findall(r"[\w-]+", text))}
    return frozenset(named | {fold(c.lower()) for c in said if c is not None})


def seat_given(key: str, index: SourceIndex) -> bool:
    """A capital or a seat (« Washington », « Bruxelles », « le Kremlin ») of a country or a body
    the source gives, by its name or its people's adjective."""
    return any(land in source_countries(index) for land in seat_of(key))


def source_countries(index: SourceIndex) -> frozenset[str]:
    """The countries the source gives (`countries_given`), its adjectives read by their lemma
    too (« la frontière turque »), folded."""
    return countries_given(index.text) | _lemma_countries(index.lemmas)


@lru_cache(maxsize=16)
def _lemma_countries(lemmas: frozenset[str]) -> frozenset[str]:
    return frozenset(fold(c.lower()) for w in lemmas if (c := country(w)) is not None)


def _voice_of(person: str, seat: str, index: SourceIndex) -> bool:
    """A person the source ties to the country or the body a `seat` stands for (« Donald Trump,
    le président des États-Unis »: « Washington » for what he does): the state's voice."""
    lemmas = index.around.get(person)
    if lemmas is None:
        return False
    said = countries_given(" ".join(sorted(lemmas)))
    return bool(seat_of(seat) & said)


def country_institution(name: str, text: str) -> bool:
    """An institution of a country `text` gives, said by its people's adjective (« l'État
    burundais » of « le Burundi », « le gouvernement burundais »). Not a country alone: « aux
    États-Unis » for the source's « à l'Italie » names another place, though the source has
    Americans."""
    said = re.findall(r"[\w-]+", name)
    if len(said) < 2 or fold(said[0].lower()) not in _institutions() | {"republique", "royaume"}:
        return False
    land = country(said[-1])
    return land is not None and fold(land.lower()) in countries_given(text)


def _written(word: str, text: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text) is not None


_ARTICLES = words("definite_articles")


@cache
def _institutions() -> frozenset[str]:

    return frozenset(fold(w) for w in words("institutions"))


def derived(key: str, index: SourceIndex) -> bool:
    """A name made from a source name: its people ("les Parisiens" of Paris, "les
    Montpelliérains" of Montpellier), a compound of two ("Racca-Mossoul"), or the initials of a
    source name ("AFP" of Agence France-Presse; "UNESCO", said in another tongue, of Organisation
    des Nations unies pour l'éducation)."""
    folded = fold(key.lower())
    stems = {fold(w)[:5] for w in index.entities if len(w) >= 5}
    # a people is one word (« Parisiens »): « Commission Lefèvre » is not made from « Commission »
    if len(folded) >= 5 and " " not in folded and folded[:5] in stems:
        return True
    parts = [p for p in key.split("-") if p]
    if "-" in key and all(fold(p.lower()) in index.folded_entities for p in parts):
        return True
    letters = fold("".join(c for c in key if c.isalpha()).lower())
    if not key.isupper() or not 2 <= len(letters) <= 6:
        return _of_demonym(folded, index)
    bodied = _bodied(letters)
    initials = {fold(i) for i in index.initials}
    return (
        letters in initials
        or bool(bodied)
        and bodied in initials
        or _spelled_out(letters, " ".join(s.text for s in index.statements))
        or any(reordered(letters, key) for s in index.statements for _, key in s.named)
    )


def _spelled_out(letters: str, text: str) -> bool:
    """The words of an acronym the source spells out (« BAC » of « la brigade
    anti-criminalité », « EI » of « l'État islamique »): a run of its words, articles aside,
    whose first letters are the acronym's; of two letters only, the first word capitalised."""
    words = [w for w in re.split(r"[^\w]+", text) if w and fold(w.lower()) not in _LINKS]
    firsts = fold("".join(w[0] for w in words).lower())
    n = len(letters)
    return any(
        firsts[i : i + n] == letters
        and (words[i][0].isupper() if n == 2 else all(len(w) >= 4 for w in words[i : i + n]))
        for i in range(len(firsts))
    )


_LINKS = frozenset({"de", "du", "des", "la", "le", "les", "d", "l", "et"})


def _of_demonym(folded: str, index: SourceIndex) -> bool:
    """A place whose adjective the source uses (« Charente » of « le département charentais »),
    its last letters changed before the suffix (« Sochaux » of « l'ancien sochalien »,
    « Bordeaux » of « le néo-bordelais »: the two share `DEMONYM_STEM` letters at least, and the
    place keeps at most `DEMONYM_CHANGED` letters after them)."""
    root = folded.removesuffix("s").removesuffix("e")
    if len(root) < DEMONYM_STEM:
        return False
    for lemma in index.folded_lemmas:
        if not _DEMONYM.search(lemma) and not _DEMONYM.search(f"{lemma}s"):
            continue  # the lemmatiser's « bordelai » of « bordelais »
        for word in {lemma, lemma.rsplit("-", 1)[-1]}:  # « néo-bordelais »: « bordelais »
            shared = len(os.path.commonprefix([root, word]))
            if shared == len(root) and len(word) - len(root) <= 5:
                return True
            if shared >= DEMONYM_STEM and len(root) - shared <= DEMONYM_CHANGED:
                return True
    return False


DEMONYM_STEM = 5  # letters a place shares with the source's word for its people (« socha… »)
DEMONYM_CHANGED = 3  # letters of the place's name its people's word changes (« Bord|eaux »)


def _bodied(letters: str) -> str:
    """The initials left when an acronym's first letter is the body a name leaves out (« ONU »
    of « les Nations unies »: Organisation), else none."""
    bodies = {w[0] for w in by_tag("organisations")["first"]}
    return letters[1:] if len(letters) >= 3 and letters[0] in bodies else ""


def same_name(a: str, b: str) -> bool:
    """Two names of one actor: an acronym of the other (« UE », « ONU » of « Union européenne »,
    « Nations unies »; « UNESCO », said in another tongue, of « Organisation des Nations unies
    pour l'éducation »), or a capital or a seat said for its country or body (« Téhéran » for
    « Iran », « Bruxelles » for « Union européenne »)."""
    for short, long in ((a, b), (b, a)):
        letters = fold("".join(c for c in short if c.isalpha()).lower())
        if not short.isupper() or len(letters) < 2:
            continue
        if initials(long) in (letters, _bodied(letters)) or reordered(letters, long):
            return True
    x, y = fold(a.lower()), fold(b.lower())
    return y in _capitals().get(x, ()) or x in _capitals().get(y, ())


def seat_of(name: str) -> frozenset[str]:
    """The countries or bodies a capital or a seat stands for, folded (« Washington »: the
    United States), or none."""
    return _capitals().get(fold(name.lower()), frozenset())


def seats_in(text: str) -> frozenset[str]:
    """The countries or bodies whose capital or seat `text` writes, capitalised (« à Lisbonne »,
    « de Pyongyang », which the NER may not read as names), folded."""
    pattern, lands = _written_seats()
    return frozenset(land for m in pattern.finditer(text) for land in lands[m.group(0)])


@cache
def _written_seats() -> tuple[re.Pattern[str], dict[str, frozenset[str]]]:
    written: dict[str, set[str]] = {}
    for line in lines("capitals"):
        city, _, land = line.partition("\t")
        written.setdefault(city, set()).add(fold(land.lower()))
    cities = sorted(written, key=lambda c: (-len(c), c))  # « La Haye » before « Haye »
    pattern = re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, cities))})(?!\w)")
    return pattern, {city: frozenset(lands) for city, lands in written.items()}


@cache
def _capitals() -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for line in lines("capitals"):
        city, _, land = line.partition("\t")
        out.setdefault(fold(city.lower()), set()).add(fold(land.lower()))
    return {city: frozenset(lands) for city, lands in out.items()}


def _replaced_name(actor: Actor, sentence: Sentence, index: SourceIndex) -> Iterator[Problem]:
    """A name the source does not have, where the sentence it restates has another one of the
    same kind that the article left out ("une journaliste du Monde" for "de BuzzFeed")."""
    best = restated(sentence)
    if best is None or scale_named(actor.key, sentence.statement.text):
        return
    mine = sentence.statement.entities
    for kind, key in index.statements[best].named:
        if (
            (kind == actor.kind or "MISC" in (kind, actor.kind))
            and not {w for w in key.lower().split() if len(w) > 2} & mine
            and not misspelt_in(key, actor.key)
            and not _people(key)  # « la Néerlandaise Rachel Klamer »
            and not counted(actor.key)  # « les Vingt-Huit »: the member states, by their count
        ):
            certain = actor.kind == PERSON == kind and certainty(sentence) == "hard"
            yield Problem(
                RULE,
                "hard" if certain else "review",
                f"names {actor.key}, absent from the source, where it names {key}",
                best,
                actor.key,
            )
            return


def _people(key: str) -> bool:
    """A people's name the NER reads as a place (« la Néerlandaise »), not a country's own name
    that is also a word of nationality (« l'Argentine »)."""
    land = country(key) if nationality(key) is not None else None
    return land is not None and fold(land.lower()) != fold(key.lower())


def mention_swaps(sentence: Sentence, index: SourceIndex) -> Iterator[Problem]:
    """A name of the source in the place of another: the sentence restated names Y where this
    one names X, and X is not in it (« à Montréal » → « en Mauricie », « contacté Otero » →
    « contacté Garcia »); or X is in it, fewer times than this one says it (`_said_more`: « En
    déplacement à Ussel, … « [à Ussel] » » for « en déplacement à Égletons, … « [à Ussel] » »),
    a review."""
    best = restated(sentence)
    summary = sentence.target is not None and sentence.target.kind in SUMMARIES
    if best is None or summary or question(sentence):
        return  # a question names what it asks about, and asserts nothing
    statement = sentence.statement
    source = index.statements[best]
    ends = _ends_exchanged(sentence, source)
    if ends is not None:
        problem = f"names {ends[0]} where the source names {ends[1]}: it exchanges them"
        severity = certainty(sentence)
        yield Problem(SWAPPED if severity == "hard" else RULE, severity, problem, best, ends[0])
        return
    near = [source, *(index.statements[i] for i in fragments_beside(best, index))]
    for actor in statement.actors:
        if actor.how != "mention" or actor.kind == "INST" or sum(map(str.isalpha, actor.key)) < 3:
            continue
        if fold(actor.key.lower()) in _institutions():
            continue  # « le chef de l'État »: an institution's common noun in a title, no place
        if _people(actor.key):
            continue  # « l'Australienne Melissa Hauschildt »: who she is, no place
        if _compared_with(actor.key, statement.text) and not _compares(source.text):
            continue  # « plus petite que Cérès »: a standard the writer adds, no place
        if _outside(actor.key, statement.text):
            continue  # « Hors de Paris, … »: everywhere but there, no place of the fact
        told = pronoun_person(best, index)
        if told is not None and same_person(actor.key, told):
            continue  # « en dépassant Justin Gatlin » of « Cela ne l'a pas empêché … »: him
        words = {w for w in actor.key.lower().split() if len(w) > 2}
        repeated = any(_in(actor.key, s.text) or words & s.entities for s in near)
        if repeated and not _said_more(actor.key, statement.text, near):
            continue
        known = _known(actor.key, index)
        if not known and seat_given(actor.key, index):
            # a seat of a country the source gives, where the sentence it restates gives others
            # and not that one (« à Ankara » for « du côté russe »)
            here = " ".join(s.text for s in near)
            lands = countries_given(here) | seats_in(here)
            if lands and not seat_of(actor.key) & lands:
                problem = f"names {actor.key} where the source names {sorted(lands)[0]}"
                yield Problem(RULE, "review", problem, best, actor.key)
                return
        if not known and not seat_given(actor.key, index):
            continue  # absent from the source: the fact check and _replaced_name say so
        seats = seats_in(statement.text)  # « Madrid » for the source's « l'Espagne »
        left_out = [  # the source sentence's names of that kind the article sentence lacks
            other
            for other in source.actors
            if other.kind == actor.kind
            and fold(other.key.lower()) not in seats
            and not compass(other.key)
            and not {w for w in other.key.lower().split() if len(w) > 2} & statement.entities
            and not _in(other.key, statement.text)
            and not any(c.isdigit() for c in other.key)  # « UTC+3 »: no place
            and not _people(other.key)  # « la Néerlandaise Rachel Klamer »
            # a name the source's speaker says in his quotation is his words, no place or
            # actor of the facts (« la guerre contre l'État islamique »), unless the article
            # sentence tells what the quotation says, in its own words
            and (_in(other.key, _unquoted(source.text)) or _tells(statement.text, source.text))
            and not misspelt_in(other.key, statement.text)
            and not same_name(actor.key, other.key)
            and not spelt_alike(actor.key, other.key)  # « Daech » for the source's « Daesch »
        ]
        # the story's setting (named in the source's title or lead) may be said anywhere: it
        # stands for another place only where the sentence says what that one is the place
        # of (« À Leeds, il venait étalonner son niveau » is no « étape à Abou Dabi »)
        setting = any(_in(actor.key, s.text) for s in index.statements[:2])
        if setting:
            left_out = [o for o in left_out if o.predicates & statement.lemmas]
        if _of_another_fact(actor, sentence, best, index):
            continue
        # the only place left out stands for this one unless the sentence sums up several
        # source sentences of places, one of which names this one (« … à Angoulême, tandis
        # qu'une dizaine restaient à Locatoumat et à Soyaux »: each held less than a whole one)
        alone = len(left_out) == 1 and not _summed_up(actor, sentence, source, index)
        rivals = [  # in the same place (what it is the object, the place, the agent of), or
            # the only place left out: « en Mauricie » for « à Montréal » (a person or a group
            # left out may be there as « il », « le coureur belge »)
            other
            for other in left_out
            if other.predicates & actor.predicates
            or (
                actor.case
                and other.case == actor.case
                or alone
                and actor.kind == "LOC"
                and not _common(other.key, index)
            )
            # in another place, a place that may hold this one is no other (« la plage de
            # Nouville » where the restated sentence says « de Nouvelle-Calédonie », the title's)
            and not _holds(other, actor, index)
        ]
        if rivals:
            problem = f"names {actor.key} where the source names {rivals[0].key}"
            severity = "review" if setting or repeated else certainty(sentence)
            certain = severity == "hard" and _swapped(actor, rivals[0], sentence, index)
            yield Problem(SWAPPED if certain else RULE, severity, problem, best, actor.key)
            return


def _said_more(key: str, text: str, near: list[Statement]) -> bool:
    """The article sentence names `key` more times than the sentence it restates (« l'Égypte …
    qui venait d'Égypte » for « l'Égypte … en provenance d'Iran »; « En déplacement à Ussel, … [à
    Ussel] » for « en déplacement à Égletons … [à Ussel] »): once more in another place, where
    another name may have stood (`mention_swaps` looks for the name it left out)."""
    pattern = compound_pattern(key)
    here = len(re.findall(pattern, fold(normalise(text))))
    there = sum(len(re.findall(pattern, fold(normalise(s.text)))) for s in near)
    return 0 < there < here


def _compared_with(key: str, text: str) -> bool:
    """`key` is the standard of a comparison in `text`: right after « que » (an article
    between), a word of degree before it (« plus petite que Cérès », « aussi grand que la
    Belgique »)."""
    said = normalise(text)
    standard = re.search(
        rf"\bqu(?:e\s+|')(?:l[ae]s?\s+|l')?{re.escape(normalise(key))}(?!\w)", said
    )
    return standard is not None and _COMPARISON.search(said[: standard.start()]) is not None


def _compares(text: str) -> bool:
    """`text` holds a comparison with a standard (« plus … que », « aussi … que »)."""
    said = normalise(text)
    return any(_COMPARISON.search(said[: m.start()]) for m in re.finditer(r"\bqu(?:e\s|')", said))


_COMPARISON = re.compile(r"\b(?:plus|moins|aussi|autant|davantage|mieux|pire)\b", re.IGNORECASE)


_ENDS = frozenset({"jusqu'", "jusqu’"})  # the end of a way: « a défilé jusqu'à la Bastille »


def _ends_exchanged(sentence: Sentence, source: Statement) -> tuple[str, str] | None:
    """Two places of the sentence restated, both named in the article sentence, the end of a way
    (« jusqu'à ») given to the other (« rassemblés place de la Bastille avant de défiler jusqu'à
    la place de la République » for « réunie place de la République … jusqu'à la place de la
    Bastille »): the place the article ends at and the source's end, else None."""
    mine = [a for a in sentence.statement.actors if a.kind == "LOC"]
    theirs = [a for a in source.actors if a.kind == "LOC"]
    for end in (a for a in mine if a.case in _ENDS):
        there = [t for t in theirs if same_name(t.key, end.key) or t.key == end.key]
        if not there or any(t.case in _ENDS for t in there):
            continue  # the source's end too, or not a place of that sentence
        for other in (t for t in theirs if t.case in _ENDS and t.key != end.key):
            if any(m.key == other.key and m.case not in _ENDS for m in mine):
                return end.key, other.key
    return None


def _holds(whole: Actor, place: Actor, index: SourceIndex) -> bool:
    """A place of the source that may hold the other: the source's title names it (the story's
    setting: « Nouvelle-Calédonie : … » holds « la plage de Nouville »), or the source writes
    the other within it (`_within`)."""
    if not (whole.kind == place.kind == "LOC" and index.statements):
        return False
    if _within(place.key, whole.key, index):
        return True
    # the title's town holds no other town: both « à X » (« à Chicago » for the title's « à
    # Paris »)
    towns = whole.case == place.case == "à"
    return not towns and _in(whole.key, index.statements[0].text)


def _swapped(actor: Actor, rival: Actor, sentence: Sentence, index: SourceIndex) -> bool:
    """A source person or place certainly in the place of another on a sentence restated with
    confidence: of one kind, where the restated sentence has the other do or undergo the same
    word (« Le premier cas est apparu au Libéria » for « … est apparu en Guinée »), and no
    source sentence tells that word of the name (one the article may merge in). Not a group
    (the source's by another name: « la Cour » for « la CPI »), nor a passive's subject where the
    other is its agent (one undergoes what the other does), nor the place the source's title
    names: the story's setting holds the places it tells of (« un corps découvert à Nouméa »
    for « une figure de Nouvelle-Calédonie découverte morte »)."""
    same = actor.predicates & rival.predicates
    if actor.kind not in CERTAIN_KINDS or rival.kind != actor.kind or not same:
        return False
    if {actor.voice, rival.voice} == {"agent", "patient"}:
        return False  # « X est décrit comme … » of « il est décrit comme … par Y »: X undergoes it
    if _holds(rival, actor, index) or actor.kind == "LOC" and _within(rival.key, actor.key, index):
        return False
    return not any(_naming(s, actor) and same & s.lemmas for s in index.statements)


# a place written within another: after a comma and a preposition, or in brackets (a bare
# comma lists: « l'Arabie saoudite, l'Égypte »)
_WITHIN = r"\s*(?:,\s*(?:en|au|aux|à|dans|près\s+de)\s+(?:(?:la|le|les|l')\s*)?|\(\s*)"


def _within(place: str, whole: str, index: SourceIndex) -> bool:
    """The source writes `place` as within `whole`: right before it, after a comma and a
    preposition or in brackets (« à Nouméa, en Nouvelle-Calédonie », « Orvault (Nantes) »), or
    as its capital (lexicon `capitals`)."""
    if fold(whole.lower()) in seat_of(place):
        return True
    pattern = rf"(?<!\w){re.escape(fold(place))}{_WITHIN}{re.escape(fold(whole))}(?!\w)"
    return re.search(pattern, fold(normalise(index.text)), re.IGNORECASE) is not None


def _of_another_fact(actor: Actor, sentence: Sentence, best: int, index: SourceIndex) -> bool:
    """The name stands in the article sentence with a fact the source tells of it in another
    sentence, by a verb the restated sentence does not have (« Armand Gatti, né à Monaco, s'est
    éteint … » beside « Né à Monaco, … » and « … s'est éteint à l'hôpital Begin »): that fact's
    place, not the restated one's."""
    words = {w for w in actor.key.lower().split() if len(w) > 2}
    extra = set(sentence.statement.verbs) - set(index.statements[best].verbs)
    return any(
        i != best and (_in(actor.key, s.text) or words & s.entities) and extra & set(s.verbs)
        for i, s in enumerate(index.statements)
    )


def compass(key: str) -> bool:
    """A point of the compass (« l'échangeur Sud », « le Nord-Ouest »): part of a place."""

    return fold(key.lower()) in words("compass")


def misspelt_in(key: str, text: str) -> bool:
    """Every long word of a name is in `text` but for one letter (the source's « Browmlee » for
    the article's « Brownlee »): the same name, misspelt on one side."""
    long = [fold(w) for w in key.split() if len(w) >= MISSPELT]
    written = {fold(w) for w in re.findall(r"\w+", text) if len(w) >= MISSPELT}
    return bool(long) and all(any(_one_letter(w, o) for o in written) for w in long)


def respelt_in(key: str, text: str) -> bool:
    """The words of a name stand in a row in `text`, each but for one letter changed, swapped,
    added or left out (the article's « Charlotte Lembach » for the source's misspelt « Charlottes
    Lembach »; not « Marc Dufresne » for « Paul Dufresne »)."""
    name = [fold(w) for w in key.split()]
    written = [fold(w) for w in re.findall(r"\w+", text)]
    if not any(len(w) >= MISSPELT for w in name):
        return False
    return any(  # the name's words in a row, each but for one letter
        all(_one_edit(w, o) for w, o in zip(name, written[i : i + len(name)], strict=True))
        for i in range(len(written) - len(name) + 1)
    )


def _one_edit(a: str, b: str) -> bool:
    if a == b or _one_letter(a, b):
        return True
    short, longer = sorted((a, b), key=len)
    return len(longer) - len(short) == 1 and any(
        longer[:i] + longer[i + 1 :] == short for i in range(len(longer))
    )


def misspelt(key: str, index: SourceIndex) -> bool:
    """A name of the source misspelt on one side, by one letter changed, swapped, added or left
    out (« Dupont » of « Dupnot », « Bujumbura » of « Bubjumbura »)."""
    long = [fold(w) for w in key.split() if len(w) >= MISSPELT]
    return bool(long) and all(
        any(w != o and _one_edit(w, o) for o in index.folded_entities) for w in long
    )


def _one_letter(a: str, b: str) -> bool:
    if len(a) != len(b):
        return False
    diff = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
    return (
        len(diff) == 1 or len(diff) == 2 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]
    )


def _common(key: str, index: SourceIndex) -> bool:
    """A "name" the source also writes in lowercase: a common word (« État » of « l'état »)."""
    pattern = re.compile(rf"(?<!\w){re.escape(key.lower())}(?!\w)")
    return any(pattern.search(s.text) for s in index.statements)


# --- what a sentence says (read by engine.gate.statements) ----------


def read_actors(ents: list[Span], sent: Span | None = None) -> Iterator[Actor]:
    """Every entity with what it does: subjects, agents, "selon X", and a name that opens the
    sentence (the parser often misses a subject there) are actors; others are mentions.
    `sent`: the sentence they stand in (its verbs, where the parse hangs none on a name)."""
    for e in ents:
        root = e.root
        cases = {c.lower_ for c in root.children if c.dep_ == "case"}
        head_cases = {c.lower_ for c in root.head.children if c.dep_ == "case"}
        predicates = {root.head.lemma_.lower()} | {
            c.lemma_.lower() for c in root.children if c.dep_ in ("acl:relcl", "acl", "conj")
        }
        if not cases and _led_by_preposition(e):
            cases = {e.doc[e.start - 1].lower_}  # « À Cozumel, elle a terminé … »: a place
        if cases & SOURCE_PREPOSITIONS or (
            root.dep_ in ("appos", "nmod") and head_cases & SOURCE_PREPOSITIONS
        ):
            how = "source"
        elif root.dep_ in SUBJECTS:
            how = "subject"
        elif _named_subject(root):
            # « Le coureur belge Tom Peeters a remporté … »: the name the subject noun is
            how, root = "subject", root.head
            predicates |= {root.head.lemma_.lower()}
        elif e.start - e.sent.start <= 1 and not cases:
            how = "subject"
            predicates.add(e.sent.root.lemma_.lower())
        else:
            how = "mention"
        case = next(iter(sorted(cases)), None)
        voice = _VOICES.get(root.dep_, "") if how == "subject" else ""
        if how == "subject" and not voice and _undergoes(root, sent):
            voice = "patient"  # « Justin Gatlin sifflé, puis dépassé en fin de course »
        yield Actor(e.label_, entity_key(e.text), frozenset(predicates), how, case, voice)


_VOICES = {"obl:agent": "agent", "nsubj:pass": "patient"}


def _undergoes(root: Token, sent: Span | None = None) -> bool:
    """A name whose every verb is a bare past participle (« Justin Gatlin sifflé, puis dépassé
    en fin de course », « X battu par Y »): a passive without its auxiliary, the name its
    patient. Not a name that also acts (« Gatlin, dépassé en fin de course, a terminé … »). A
    name the parse makes the sentence's root: every verb of the sentence."""
    acts = [root.head] if root.dep_ in SUBJECTS else []
    acts += [c for c in root.children if c.dep_ in ("acl", "conj")]
    if root.dep_ == "ROOT" and sent is not None:
        acts += [t for t in sent if t.pos_ in ("VERB", "AUX")]
    verbs = [t for t in acts if t.pos_ == "VERB" and t.i != root.i]
    return bool(verbs) and all(_bare_participle(t) for t in verbs)


def _bare_participle(token: Token) -> bool:
    """A past participle with no auxiliary (« dépassé en fin de course »); the tagger reads some
    as a finite verb (« sifflé »): its ending tells it."""
    said = "Part" in token.morph.get("VerbForm") and "Past" in token.morph.get("Tense")
    return (said or _PARTICIPLE_ENDING.search(token.lower_) is not None) and not any(
        c.dep_.startswith("aux") or c.dep_ == "cop" for c in token.children
    )


_PARTICIPLE_ENDING = re.compile(r"ée?s?$")  # « sifflé », « dépassées »


def _led_by_preposition(e: Span) -> bool:
    """A name right after a preposition the parser did not hang on it (« À Cozumel, elle a
    terminé … », its capital « À » read as the name's head): the place of something, no
    subject."""
    return e.start > e.sent.start and e.doc[e.start - 1].pos_ == "ADP"


def _named_subject(root: Token) -> bool:
    """A name set right after the common noun that is its verb's subject, as who it is (« Le
    coureur belge Tom Peeters a remporté », « la ministre Anne Dubois a inauguré »)."""
    head = root.head
    return (
        root.dep_ == "appos"
        and head.pos_ == "NOUN"
        and head.dep_ in SUBJECTS
        and head.head.pos_ in ("VERB", "AUX")
        and not any(t.text == "," for t in root.doc[head.i : root.i])
    )


def read_institutions(outside: list[Token]) -> Iterator[Actor]:
    """ "La préfecture a créé…": an institution named by a common noun, as the subject."""
    institutions = {fold(w) for w in words("institutions")}
    for token in outside:
        if token.dep_ in SUBJECTS and fold(token.lemma_.lower()) in institutions:
            predicates = frozenset({token.head.lemma_.lower()})
            yield Actor("INST", fold(token.lemma_.lower()), predicates, "subject")

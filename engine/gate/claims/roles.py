"""Roles: a title or nationality attached to a source person must be the source's; certain only
where the source gives that person another office or nationality. A nationality said of anyone or
anything (« un astronome amateur chilien », « l'Association britannique ») is the one the sentence
restated says: one nationality in for the one it gives, and none other, is swapped; so is a
trade (« un policier » for « un pompier »; lexicon `occupations`, a trade's words alike), never a
kin: one person holds several relations (« la mère » of her children is « l'épouse » of her
husband)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from engine.brief.facts import entity_key
from engine.gate.claims.actors import seats_in, source_countries
from engine.gate.claims.alignment import (
    NOUN_STEM,
    PRONOUN_REACH,
    Problem,
    Sentence,
    certainty,
    pair_certainty,
    question,
    restated,
)
from engine.gate.claims.speakers import PREMIER, named_last, office_said, same_person
from engine.gate.slots.entities import country as country_of
from engine.gate.slots.entities import (
    country_named,
    holds,
    names_country,
    nationality,
    turned_about,
)
from engine.gate.source_index import SourceIndex
from engine.gate.statements import PERSON, Statement
from engine.gate.tokens import is_name, lemma_of
from engine.text import compound_key, compound_regex, fold, normalise, one_letter_more
from engine.text.lexicon import by_tag, lines, tagged, words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

RULE = "roles"
_DETERMINERS = "le|la|l'|les|du|au|aux|des"


def _source_person(key: str, index: SourceIndex) -> str | None:
    """The source person `key` names: itself, else the fullest name of those it may be (the same
    whatever order the index holds them in)."""
    if key in index.roles:
        return key
    return min(
        (p for p in index.roles if same_person(key, p)), key=lambda p: (-len(p), p), default=None
    )


def _among(word: str, known: frozenset[str]) -> bool:
    """`word` is in `known`, or a title of the same office (« manager » for « entraîneur »), or a
    source typo of it is ("préisdent" for "président")."""
    from engine.text.lexicon import tagged

    known = known | {k.removeprefix("ex-") for k in known if k.startswith("ex-")}
    # « la sénatrice » of the source's « sénateur », « cheffe » of its « chef »: one office
    known = known | {_masculine(k) for k in known}
    word = _masculine(word)
    if word == PREMIER and PREMIER not in known:
        word = "ministre"  # « premier » and « ministre », read as two lemmas
    joined = _joined()  # « PDG »: « président » and « directeur général »
    known = known.union(*(joined[k] for k in known if k in joined))
    if word in joined:
        return word in known or any(_among(office, known) for office in joined[word])
    if word in known or fold(word) in {fold(k) for k in known}:  # « entraineur »
        return True  # « ex-présidente »: her office, past
    offices = tagged("offices", "\t")
    if word in offices and any(offices.get(k) == offices[word] for k in known):
        return True
    return len(word) >= 6 and any(
        len(k) == len(word)
        and sorted(k) == sorted(word)
        and k[0] == word[0]
        or one_letter_more(*sorted((fold(k), fold(word)), key=len))
        for k in known
    )


_FEMININE = (
    ("drice", "deur"),  # « ambassadrice »
    ("trice", "teur"),
    ("euse", "eur"),
    ("ère", "er"),  # « conseillère », « greffière »
    ("ète", "et"),  # « préfète »
    ("esse", "e"),  # « princesse »
    ("enne", "en"),  # « doyenne »
)


def _masculine(office: str) -> str:
    """A title's masculine form where lexicon `titles` lists it (« sénatrice » → « sénateur »,
    « cheffe » → « chef », « présidente » → « président »); else the title itself."""
    titles = words("titles")
    for ending, stem in (*_FEMININE, ("fe", ""), ("e", "")):
        if office.endswith(ending) and office[: -len(ending)] + stem in titles:
            return office[: -len(ending)] + stem
    return office


@cache
def _joined() -> dict[str, frozenset[str]]:
    """Lexicon `offices_joined`: a title that holds several offices → those offices."""
    return {t: frozenset(o.split()) for t, o in tagged("offices_joined", "\t").items()}


def role_problems(sentence: Sentence, index: SourceIndex) -> Iterator[Problem]:
    """A title must be in a source sentence naming the person; a nationality there or in the
    sentences around (as the adjective or its country). Certain (hard) where the source gives
    the person another one (« ministre » for its « président », « belge » for « français »); a
    role the source does not give in those words is a review (« vainqueur » of a race it won)."""
    from engine.text.lexicon import tagged, words

    titles, countries = words("titles"), tagged("nationalities", "\t")
    for person, roles in sentence.statement.roles.items():
        known = _source_person(person, index)
        offices = titles - words("descriptive")  # « vainqueur », « auteur »: no office
        if known is None:
            yield from _titled_unread(person, roles & offices, index)
            continue
        naming = next((i for i, s in enumerate(index.statements) if known in s.persons), None)
        for role in sorted(roles):
            served = _served(role, known, index) if role in offices else None
            if served is not None:
                # « Bruno Julliard, maire de Paris » for « Bruno Julliard, adjoint à la maire de
                # Paris »: the office he serves, his own another
                why = f"the source makes {known} «{served}» of the «{role}»"
                yield Problem(RULE, "hard", f"calls {person} «{role}»: {why}", naming, role)
                break
            if (
                role in offices
                and not _among(role, index.roles[known] | _attached(known, index))
                and not _leads(role, index.roles[known], _written_beside(known, index))
            ):  # the lemmas of the sentences naming him, and the titles read beside his name
                described = _described_as(role, known, index)
                if described == "his":
                    continue  # « L'ancien porte-parole de X … est élu » after « … Tajani »
                if (
                    not _beside_him(known, index) & offices
                    and _bare_for(role, known, index) == "his"
                ):
                    # « selon le chef de l'État » after « Emmanuel Macron lancera … »: the
                    # source's own description of him, who has no other office beside his name
                    # (« le président de la Croix-Rouge » after « le ministre …, Martin
                    # Coiteux, »: another's)
                    continue
                # certain where the source gives the person another office next to the name
                # (« le ministre de l'Intérieur Bernard Cazeneuve »), not in a sentence that
                # also names him (« … nommé par François Hollande »)
                given = sorted(r for r in _attached(known, index) & offices if r not in roles)
                why = f"the source gives {known} no such role"
                problem = _unsaid(person, role, why, given, naming)
                if not (_beside_him(known, index) | _not_acted_on(known, index)) & set(given):
                    # another office only in the words of a sentence naming him, not written
                    # beside his name, and what a verb there acts on (« Jean Lemaire recevra le
                    # roi du Maroc »): someone else's; unsure
                    problem = replace(problem, severity="review")
                # a description that may be his or another's named beside him: unsure, unless
                # the source writes him another office next to his name
                written = {r for s in index.statements for p, r in s.roles.items() if p == known}
                if described and not set().union(*written) & offices:
                    problem = replace(problem, severity="review")
                yield problem
                break
            # the sentences around the name, and around its other spelling in the source
            # (« Emma Bihlam » and « Emma Bilham »)
            near = index.around[known].union(
                *(w for k, w in index.around.items() if _spelled_alike(k, known))
            )
            country = countries.get(role)
            if country is None:
                continue
            # « la Canadienne Rachel Mcbride »: a feminine demonym the parser keeps whole
            others = {w: country_of(w) for w in near}
            # the nationality written beside his name, else those said around it
            beside = frozenset().union(
                *(r for s in index.statements for p, r in s.roles.items() if same_person(p, known))
            )
            own = {countries[r] for r in beside if r in countries}
            own = own or set(filter(None, others.values()))
            if any(holds(country, c) for c in own):
                continue  # « le Britannique » of the source's « l'Anglais »: his, said wider
            written = sorted(r for r in beside if r in countries)
            if _written_otherwise(
                role, country, written, _attached(known, index)
            ) and _heading_name(role, person, sentence.statement.text):
                # « la Sud-Coréenne Léa Martin » where the source writes « la Française Léa
                # Martin »: the one written beside the name, another said near it aside
                why = f"the source does not say {known} is"
                yield _unsaid(person, role, why, written, naming)
                break
            if not (_among(role, near) or country.lower() in near or country in others.values()):
                # another nationality or country said near the name; a continent holds its
                # countries: « européen » is no other nationality
                said = {a for a, c in countries.items() if c in others.values()}
                given = sorted(
                    r
                    for r in (near & set(countries)) | said
                    if countries[r] != country and countries[r] not in words("continents")
                )
                if any(holds(c, country) for c in own):
                    given = []  # « l'Anglais » of the source's « le Britannique »: maybe so
                if not written:
                    # no nationality written beside his name: one said near it is his for sure
                    # only in a sentence naming him (« Victor Buso, … originaire de Rosario
                    # (Argentine) »), and not as someone else's there (« du Portugais Joao
                    # Silva et de son compatriote Fernando Alarza », whose « son » may be the
                    # subject's); one said only in the sentences around may be a thing's (« La
                    # délégation allemande est arrivée » after « Emmanuel Macron a reçu … ») or
                    # another's, and his the writer's knowledge (« le Français Emmanuel
                    # Macron »): unsure
                    his = _said_with(known, index)
                    given = [
                        g
                        for g in given
                        if (g in his or fold(countries[g].lower()) in his)
                        and not _of_others(g, known, index)
                    ]
                    if given and _described_unnamed(role, index):
                        given = []  # the source's « l'universitaire belge »: maybe his
                yield _unsaid(person, role, f"the source does not say {known} is", given, naming)
                break


def _heading_name(role: str, person: str, text: str) -> bool:
    """The article writes the nationality as the noun that heads the name, right before it
    (« la Sud-Coréenne Léa Martin »), or set beside it by commas (« Léa Martin, sud-coréenne, »):
    the surest reading of whose it is (not « Derrière les deux Britanniques, le Sud-Africain X »,
    nor « victoire de X et triplé américain »)."""
    written = normalise(text).replace("’", "'")
    name = re.escape(person)
    before = rf"(?<![\w-])(?:le|la|l'|les)\s*([\w-]+)\s+{name}(?![\w-])"
    beside = rf"(?<![\w-]){name}\s*,\s*([\w-]+)\s*[,.]"
    found = re.findall(before, written, re.IGNORECASE) + re.findall(beside, written)
    return any(nationality(w) == role for w in found)


def _written_otherwise(role: str, country: str, written: list[str], his: frozenset[str]) -> bool:
    """The source writes the person's nationality beside the name (`written`), neither the
    article's (`role`, of `country`) nor one that holds it, and no sentence naming him alone says
    the article's (`his`, `_attached`); a continent is no nationality swapped."""
    countries = tagged("nationalities", "\t")
    return (
        bool(written)
        and country not in words("continents")
        and not _among(role, his)
        and not any(countries[r] == country or holds(countries[r], country) for r in written)
    )


def _of_others(word: str, known: str, index: SourceIndex) -> bool:
    """Whether the source writes the nationality `word` beside people's names (« le Portugais
    Joao Silva »), and never beside `known`'s."""
    beside = [
        same_person(person, known)
        for statement in index.statements
        for person, roles in statement.roles.items()
        if word in roles
    ]
    return bool(beside) and not any(beside)


def _said_with(person: str, index: SourceIndex) -> frozenset[str]:
    """The lemmas of the source sentences naming `person` (with others or alone), folded."""
    return frozenset(
        fold(w.lower())
        for s in index.statements
        if any(same_person(person, p) for p in s.persons)
        for w in s.lemmas
    )


def _titled_unread(person: str, roles: frozenset[str], index: SourceIndex) -> Iterator[Problem]:
    """A person the source names in full where the NER did not read a person (« le Premier
    ministre Nawaz Sharif » read as nobody): an office the article gives that no source sentence
    writing the name gives, where the source writes another office right before the name
    (`TITLE_REACH` words): certain, as `role_problems` is. Not where that office is a head its
    complement makes another (« le chef de l'État », lexicon `office_heads`)."""
    name = fold(person.lower())
    if len(person.split()) < 2 or not roles:
        return
    offices = {fold(o): o for o in words("titles") - words("descriptive")}
    given: set[str] = set()
    said: set[str] = set()
    at = None
    before_name = rf"((?:[\w'-]+\s+){{0,{TITLE_REACH}}}){re.escape(name)}(?!\w)"
    for i, statement in enumerate(index.statements):
        written = fold(normalise(statement.text).lower()).replace("’", "'")
        for m in re.finditer(before_name, written):
            given |= {o for w, o in offices.items() if re.search(rf"(?<![\w-]){w}\b", m.group(1))}
            said |= {fold(w) for w in statement.lemmas}
            at = i if at is None else at
    if not given or given & words("office_heads"):
        return
    for role in sorted(roles):
        if fold(role) not in said and not _among(role, frozenset(given)):
            why = f"the source gives {person} no such role"
            yield _unsaid(person, role, why, sorted(given, key=lambda g: (-len(g), g)), at)
            return


TITLE_REACH = 3  # words before a name a title of it is written in (« le Premier ministre X »)


SERVED_REACH = 2  # words of a title's own between it and the office it serves (« de cabinet »)


def _served(role: str, person: str, index: SourceIndex) -> str | None:
    """The title the source writes next to the person's name whose complement is `role`
    (« Bruno Julliard, adjoint à la maire de Paris », « conseiller du président »): his own,
    where the source never writes `role` next to his name; else None."""
    written = [r for s in index.statements for p, r in s.roles.items() if same_person(person, p)]
    own = frozenset().union(*written)
    if not own or _among(role, own):
        return None
    for title in sorted(own & words("titles")):
        # « directeur de cabinet du préfet », « conseiller spécial du président »: up to
        # SERVED_REACH words of his own office between it and whom he serves
        complement = (
            rf"(?<![\w-]){re.escape(title)}e?s?(?:\s+(?:de\s+|d')?[\w-]+){{0,{SERVED_REACH}}}?"
            r"\s+(?:auprès\s+)?(?:à|au|aux|de|du|des|d')"
        )
        served = rf"{complement}\s*(?:la\s|le\s|l')?\s*{re.escape(role)}e?s?(?![\w-])"
        for statement in index.statements:
            if any(same_person(person, p) for p in statement.persons) and re.search(
                served, normalise(statement.text).lower().replace("’", "'")
            ):
                return title
    return None


def _described_as(role: str, person: str, index: SourceIndex) -> str | None:
    """Whether the source gives `role` to a description that stands for `person`: a sentence
    opening with the office said bare (« L'ancien porte-parole de Silvio Berlusconi … est élu »,
    up to `DESCRIBED_REACH` words of quality between the article and the office), where no name
    of the sentence holds the office (« de Silvio Berlusconi » is its complement). The
    description stands for the people named in the nearest sentence before it that names
    someone (within `PRONOUN_REACH`): "his" where `person` is the only one, "maybe" where
    another is named beside him, else None."""
    opening = re.compile(
        rf"(?:{_DETERMINERS})\s*(?:[a-zà-ÿ-]+\s+){{0,{DESCRIBED_REACH}}}?{re.escape(role)}e?s?(?![\w-])"
    )
    found = None
    for i, statement in enumerate(index.statements):
        if role not in statement.lemmas or any(role in r for r in statement.roles.values()):
            continue
        if opening.match(normalise(statement.text).lower().replace("’", "'")) is None:
            continue
        before = (s.persons for s in reversed(index.statements[max(0, i - PRONOUN_REACH) : i]))
        named = next((p for p in before if p), ())
        if any(same_person(person, p) for p in named):
            if all(same_person(person, p) for p in named):
                return "his"
            found = "maybe"
    return found


DESCRIBED_REACH = 2  # words of quality before an office said bare (« le nouveau président »)


def _spelled_alike(a: str, b: str) -> bool:
    """Two spellings of one name by a source: the same words but one, whose letters are the
    same, in another order after the first (« Bihlam », « Bilham »)."""
    x, y = a.split(), b.split()
    if a == b or len(x) != len(y):
        return False
    differ = [(u, v) for u, v in zip(x, y, strict=True) if u != v]
    return len(differ) == 1 and all(
        len(u) >= 5 and u[0] == v[0] and sorted(u) == sorted(v) for u, v in differ
    )


def _attached(person: str, index: SourceIndex) -> frozenset[str]:
    """The titles and nationalities the source writes next to the person's name (`read_roles`),
    and the words of the sentences naming that person alone (« Le directeur général du club
    français Lille, Marc Ingla, … »: an office further than `read_roles` reads it); not those of
    a sentence naming another person too, whose titles are that one's."""
    return frozenset().union(
        *(r for s in index.statements for p, r in s.roles.items() if same_person(person, p)),
        *(
            s.lemmas
            for s in index.statements
            if [same_person(person, p) for p in s.persons] == [True]
        ),
    )


def _said_bare(office: str, index: SourceIndex) -> bool:
    """The source says the office as the subject of a sentence naming no one (« Le président a
    ainsi choisi … »): whom it stands for, the reader infers from the sentences before."""
    opening = re.compile(rf"(?:le|la|l['’])\s*{re.escape(office)}e?s?(?!\w)")
    return any(
        not s.persons and opening.match(normalise(s.text).lower()) is not None
        for s in index.statements
    )


def _leads(role: str, known: frozenset[str], written: frozenset[str] = frozenset()) -> bool:
    """A head's title (lexicon `leading`) for a person the source says leads (« le pays dirigé
    par Pierre Nkurunziza »: « le président Pierre Nkurunziza »); not a head's office of its own
    (« président ») where the source writes another office next to the name (`written`: « le
    Premier ministre de Pologne, Beata Szydło » heads a government she is no president of)."""
    leading = by_tag("leading")
    if role in leading["office"] and written and not _among(role, written):
        return False
    return role in leading["title"] and bool(known & leading["verb"])


def _not_acted_on(person: str, index: SourceIndex) -> frozenset[str]:
    """The words of the source sentences naming `person` alone but those a verb there acts on
    (slots.agents' patients: « le roi » of « Jean Lemaire recevra le roi du Maroc »)."""
    from engine.gate.slots.agents import PATIENT

    found: set[str] = set()
    for s in index.statements:
        if [same_person(person, p) for p in s.persons] != [True]:
            continue
        acted = {w for p in s.slots.get("agents", ()) if p.role == PATIENT for w in p.words}
        found |= s.lemmas - acted
    return frozenset(found)


def _beside_him(person: str, index: SourceIndex) -> frozenset[str]:
    """The titles and nationalities the source writes next to the person's name, under any of
    his names (`read_roles`)."""
    return frozenset().union(
        *(r for s in index.statements for p, r in s.roles.items() if same_person(person, p))
    )


def _written_beside(person: str, index: SourceIndex) -> frozenset[str]:
    """The offices (lexicon `titles`, not `descriptive`) the source writes next to the person's
    name (`read_roles`)."""
    offices = words("titles") - words("descriptive")
    return frozenset().union(
        *(r & offices for s in index.statements for p, r in s.roles.items() if p == person)
    )


def _described_unnamed(role: str, index: SourceIndex) -> bool:
    """The source gives the nationality `role` to someone it does not name there, by a noun
    and its article (« Or l'universitaire belge considère que … » after « Le politologue
    Filip Reyntjens »): the writer who gives it to the person the story is about may read it
    rightly, so another nationality said near his name is no certain contradiction."""
    return bool(
        re.search(rf"\b(?:l['’]\s*|le\s+|la\s+)[^\W\d_]+\s+{re.escape(role)}\b", index.text, re.I)
    )


def _unsaid(person: str, role: str, why: str, given: list[str], naming: int | None) -> Problem:
    """A role the source does not give: hard where it gives another (named in the message)."""
    other = f" (it says «{given[0]}»)" if given else ""
    message = f"calls {person} «{role}»: {why}{other}"
    return Problem(RULE, "hard" if given else "review", message, naming, role)


def _nationalities(words: Iterator[str]) -> dict[str, str]:
    """Country → the word that says it; of two words for one country, the same one whatever
    order the lemmas come in (the first in alphabetical order)."""
    found: dict[str, str] = {}
    for w in sorted(words):
        country = country_of(w)
        if country is not None:
            found.setdefault(country, w)
    return found


_SPOKEN = r"(?<![\w'])(?:d'|de l'|l'|de|en)\s*"  # « l'oral d'anglais », « en français »


@lru_cache(maxsize=1024)
def _spoken(text: str) -> frozenset[str]:
    """The words of nationality a text writes only as a language: in lowercase and in their own
    form, each time after « de », « d' », « l' » or « en » (« l'oral d'anglais », « traduit de
    l'allemand », « en français »; not « le ministre français … en français »)."""
    written = " ".join(text.replace("’", "'").split())  # as written: the case tells them
    found = set()
    for word in set(re.findall(rf"{_SPOKEN}([a-zà-ÿ]+)(?![\w-])", written)):
        if country_of(word) is None or nationality(word) != word:
            continue
        anywhere = re.findall(rf"(?<![\w-]){word}(?![\w-])", written, re.IGNORECASE)
        if len(anywhere) == len(re.findall(rf"{_SPOKEN}{word}(?![\w-])", written)):
            found.add(word)
    return frozenset(found)


def _within_names(word: str, text: str, source: str) -> bool:
    """Each time `text` writes `word`, it is a word of a longer name the source (its lowercased
    text) writes too: capitalised words in a row, a stopword opening the sentence aside (« Sur
    France Info », « Radio France »)."""
    spans = [m.span() for m in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text, re.I)]
    names = []
    for run in _CAPITALISED_RUN.finditer(text):
        parts = list(re.finditer(r"\S+", run.group(0)))
        while parts and parts[0].group(0).lower() in words("stopwords_fr"):
            parts = parts[1:]
        if len(parts) >= 2:
            start, end = run.start() + parts[0].start(), run.start() + parts[-1].end()
            if normalise(text[start:end]).lower() in source:
                names.append((start, end))
    return bool(spans) and all(
        any(start <= at and to <= end for start, end in names) for at, to in spans
    )


_CAPITALISED_RUN = re.compile(r"(?<![\w-])[A-ZÀ-Ý][\w'-]*(?:\s+[A-ZÀ-Ý][\w'-]*)+")


def _in_full(country: str, read: str, written: str) -> bool:
    """`country` is the name of the country `read` in full as the (folded) sentence `written`
    writes it: « Corée du Nord » of « Corée » where it says « la Corée du Nord »."""
    full, short = fold(country), fold(read)
    return full != short and full.startswith(f"{short} ") and full in written


def nationality_swaps(sentence: Sentence, index: SourceIndex) -> Iterator[Problem]:
    """« un astronome amateur chilien » where the sentence it restates says « argentin »: the
    article gives one nationality (or country) that sentence does not, and leaves out the one
    it gives. Hard where the sentence surely restates that one."""
    from engine.text.lexicon import words

    best = restated(sentence)
    if best is None or question(sentence):
        return  # « Quelle position pour la Russie ? » asks, and says no country for another
    # a language (« l'oral d'anglais ») is no nationality: one the source never speaks of, where
    # it speaks of another, is a language swapped
    spoken = _spoken(sentence.statement.text), _spoken(index.statements[best].text)
    languages = frozenset().union(*(_spoken(s.text) for s in index.statements if spoken[0]))
    unsaid = [w for w in spoken[0] if not re.search(rf"(?<![\w-]){w}(?![\w-])", index.text)]
    if unsaid and languages:  # the source writes the word nowhere (« philippin, … et allemand »)
        given = min(languages)
        at = next(i for i, s in enumerate(index.statements) if given in _spoken(s.text))
        yield _one_for_another(sentence, at, min(unsaid), given)
        return
    mine = _nationalities(w for w in sentence.statement.lemmas if w not in spoken[0])
    theirs = _nationalities(w for w in index.statements[best].lemmas if w not in spoken[1])
    # « 346 millions de dollars américains » for the source's « 346 millions $US »: whose
    # currency the source sentence gives by its code or symbol, said by its nationality
    paid = _currencies_given(index.statements[best].text) & _of_money(sentence.statement.text)
    mine = {c: w for c, w in mine.items() if c not in paid}
    # a continent holds its countries: « sa couronne européenne » of a Dutch rider is no swap
    continents = words("continents")
    added = [c for c in mine if c not in theirs and c not in continents]
    left = [c for c in theirs if c not in mine]
    source = index.statements[best]
    # « nord-coréen » of the source's « la Corée du Nord », read as « Corée »: the country it
    # writes in full
    written = fold(source.text)
    added = [c for c in added if not any(_in_full(c, lc, written) for lc in left)]
    # « la Grande-Bretagne » of the sentence's « la Grande Bretagne », read as two words: a
    # country's name (not its adjective) the sentence writes too
    added = [
        c for c in added if not (country_named(mine[c]) == c and names_country(c, source.text))
    ]
    # « Israël sacré à Lisbonne » for « la finale … à Lisbonne au Portugal »: the country the
    # article says by its capital or its seat is not left out
    seats = seats_in(sentence.statement.text)
    left = [c for c in left if fold(c.lower()) not in seats]
    if all(c in continents for c in left) and any(
        _the_country(w) for w in re.findall(r"\w+['’]?\s*pays\b", normalise(source.text))
    ):
        # « la culture chrétienne du pays » (« des migrants en Europe »): the source's country
        # said as « le pays », the article naming it (one the source names elsewhere)
        added = [c for c in added if fold(c.lower()) not in index.folded_entities]
    else:  # and the other way: « la capitale portugaise » for « l'Union européenne de … »
        left = [c for c in left if c not in continents]
    attached = set().union(*sentence.statement.roles.values())  # role_problems judges those
    if len(added) == 1 and len(left) == 1 and holds(added[0], left[0]):
        return  # « britannique » for the sentence's « anglais »: the same, said wider
    if len(added) == 1 and len(left) == 1 and mine[added[0]] not in attached:
        if _land(mine[added[0]], added[0]) and _of_a_person(left[0], index.statements[best].slots):
            return  # « en Argentine » (where one is) for « le président français » (who one is)
        said = mine[added[0]]
        if _of_the_other_party(sentence, index.statements[best], said, added[0], left[0], index):
            return  # « Oumiha n'a pas pu … sur le boxeur brésilien » for « le Français Oumiha »
        if _said_of_it_elsewhere(sentence.statement.text, said, index):
            return  # « un navire battant pavillon bolivien »: the source's other sentence says so
        if _within_names(said, sentence.statement.text, index.text):
            return  # « sur France Info »: a name of the source, no country said
        named = fold(said.lower()) in index.folded_entities
        if named and _land(said, added[0]) != _land(theirs[left[0]], left[0]):
            # a place the source names itself (« né à Monaco », another of its facts) for an
            # adjective (« le théâtre français »): where something is, beside what something is
            return
        given = theirs[left[0]]
        where = _where(said, sentence.statement.text) and _land(given, left[0])
        where = where and not _where(given, source.text)  # (« la ville britannique »: a where)
        if where and (named or _in_source(added[0], index)):
            # « l'envoi d'observateurs à Alep, en Syrie » restating « une résolution proposée
            # par la France et qui prévoit l'envoi d'observateurs à Alep »: where a thing takes
            # place, a country the source speaks of, beside who does it — no country for another
            return
        swap = _one_for_another(sentence, best, said, theirs[left[0]])
        if named and _merged_from(sentence, best, said, index):
            # « …, puis le Consulat fête la victoire contre la Croatie »: the country comes with
            # the words of another source sentence, the one it is said in (two facts merged)
            swap = replace(swap, severity=pair_certainty(sentence, index))
        if _said_of_other_nouns(sentence.statement.slots, source, added[0], left[0]):
            # « les capacités nucléaires américaines » where the source sentence has « le
            # dirigeant nord-coréen »: each nationality said of its own thing, no swap unless the
            # pair is near-minimal
            swap = replace(swap, severity=pair_certainty(sentence, index))
            if swap.severity != "hard" and fold(added[0].lower()) in source_countries(index):
                return  # of a country the source gives (« les nôtres », Trump's): no swap
        if holds(left[0], added[0]):
            # « anglais » for the sentence's « britannique »: maybe so, the source does not say
            swap = replace(swap, severity="review")
        if _heads_other_names(sentence, said, theirs[left[0]], source) and _in_source(
            added[0], index
        ):
            # « elle a battu l'Italienne Elisa Di Francisca » for « La Russe Inna Deriglazova …,
            # en battant … Elisa Di Francisca »: each nationality heads its own person's name, the
            # source's not hers; hers the source says elsewhere (« la tireuse italienne »), not
            # beside her name — at most unsupported. One it says nowhere is still invented
            swap = replace(swap, severity="review")
        if _called_so(said, best, index):
            # « L'Espagnol a grignoté les écarts » for « Il réduit les écarts …, alors que le
            # Français abandonne »: the nationality stands for a person the source calls so,
            # named there or just before (whom « il » is); that it stands in the place of the
            # sentence's other person is certain only on a near-minimal pair
            swap = replace(swap, severity=pair_certainty(sentence, index))
        yield swap
        return
    yield from _origin_beside(sentence, best, index)


@lru_cache(maxsize=1024)
def _of_money(text: str) -> frozenset[str]:
    """The countries a text names as whose currency (« dollars américains »: lexicon
    `money_nouns`)."""
    nouns = "|".join(sorted(map(re.escape, _money()[0]), key=len, reverse=True))
    after = re.findall(rf"(?<!\w)(?:{nouns})s?\s+([a-zà-ÿ-]+)", normalise(text))
    return frozenset(c for w in after if (c := country_of(w)) is not None)


@lru_cache(maxsize=1024)
def _currencies_given(text: str) -> frozenset[str]:
    """The countries whose currency a text gives by its code or symbol (lexicon `currencies`:
    « $US », « USD », « £ »), by lexicon `money_nouns`."""
    written = normalise(text)
    codes = {
        code
        for said, code in tagged("currencies").items()
        if not said.isalpha() or len(said) == 3  # a symbol or an ISO code, no noun
        if re.search(rf"(?<![\w$£€]){re.escape(said)}(?!\w)", written)
    }
    return frozenset(_money()[1][c] for c in codes if c in _money()[1])


@cache
def _money() -> tuple[frozenset[str], dict[str, str]]:
    """Lexicon `money_nouns`: its nouns, and the country of each currency code it names."""
    nouns, countries = set(), {}
    for line in lines("money_nouns"):
        if line.startswith("code:"):
            code, _, land = line.removeprefix("code:").partition("\t")
            countries[code] = land
        else:
            nouns.add(line)
    return frozenset(nouns), countries


def _of_the_other_party(
    sentence: Sentence, source: Statement, said: str, added: str, left: str, index: SourceIndex
) -> bool:
    """The restated sentence gives its nationality (`left`) to a person the article sentence
    names too, without it and without the one the article adds, that one (`said`) written only
    after his name (« Sofiane Oumiha n'a pas pu prendre l'avantage sur le boxeur brésilien » for
    « le Français Sofiane Oumiha n'a pas pu prendre l'avantage sur le favori »): the article's
    nationality is the other party's, one the source gives someone. A nationality is compared
    with the one the same person is given. Not one written before his name (« le trio
    australien Ben Hoffman », « trois physiciens américains : David Thouless »): his."""
    mine = sentence.statement
    for person, roles in source.roles.items():
        if not any(country_of(r) == left for r in roles):
            continue
        named = [p for p in mine.persons if same_person(p, person)]
        if named and not any(
            country_of(r) in (added, left) for p in named for r in mine.roles.get(p, ())
        ):
            return _only_after(mine.text, named[0], said) and _in_source(added, index)
    return False


def _only_after(text: str, name: str, said: str) -> bool:
    """`said` (a nationality, its first letters) is written in `text` only after `name`'s last
    word."""
    written = fold(normalise(text).lower())
    surname = fold(name.split()[-1].lower())
    at = written.find(surname)
    stem = re.escape(fold(said.lower())[:NOUN_STEM])
    found = [m.start() for m in re.finditer(rf"(?<!\w){stem}", written)]
    return at >= 0 and bool(found) and min(found) > at


def _said_of_it_elsewhere(text: str, said: str, index: SourceIndex) -> bool:
    """Whether the source says the nationality the article adds right after the same noun, in
    a sentence of its own (« un navire battant pavillon bolivien » restating « près des côtes
    libyennes » merged with « Le navire, qui battait pavillon bolivien »): a fact of the source,
    told in a merged sentence. Not so of a noun a name follows (« le quotidien suisse Le
    Temps »): which one it is, the name says."""
    stem = said.lower()[:NOUN_STEM]
    stopwords = {fold(w) for w in words("stopwords_fr")}
    pattern = rf"(\w+)\s+{re.escape(stem)}\w*(?!\w)(?!\s+(?-i:[A-ZÀ-Ý]))"
    found = re.finditer(pattern, text, re.IGNORECASE)
    nouns = [fold(m.group(1)) for m in found if m.group(1).islower()]  # not « Arabie saoudite »
    word, source = fold(stem), fold(index.text.lower())
    # or the flag the source says the noun flies in a clause of it (« Le navire, qui battait
    # pavillon bolivien » for « un navire bolivien »): a ship's flag is its nationality
    flown = rf"(?:[\s,'’]+\w+){{0,{FLAG_REACH}}}?[\s,'’]+pavillon\s+"
    return any(
        re.search(rf"\b{re.escape(noun[:NOUN_STEM])}\w*(?:\s+|{flown}){re.escape(word)}", source)
        for noun in nouns
        if len(noun) > 2 and noun not in stopwords  # « les Français » names no noun
    )


FLAG_REACH = 4  # words between a noun and the flag its clause says it flies (« , qui battait »)


def _merged_from(sentence: Sentence, best: int, said: str, index: SourceIndex) -> bool:
    """Whether another source sentence says `said` with at least two of the words the
    article's sentence adds to the one it restates."""
    added = sentence.statement.lemmas - index.statements[best].lemmas
    name = fold(said.lower())
    return any(
        i != best and name in fold(s.text.lower()) and len(added & s.lemmas) >= _MERGED
        for i, s in enumerate(index.statements)
    )


_MERGED = 2  # words of another sentence that make a merge: the country and one more


def unsaid_nationalities(sentence: Sentence, index: SourceIndex) -> Iterator[Problem]:
    """A nationality said of a thing or a group of the sentence it restates (« les capacités
    nucléaires russes » for its « capacités nucléaires ») whose country the whole source gives in
    no form, neither named nor as anyone's or anything's nationality. A review: a writer may
    know where a source's place lies."""
    from engine.gate.slots.entities import Origin

    best = restated(sentence)
    if best is None:
        return
    given = source_countries(index)
    continents = words("continents")
    theirs = index.statements[best].lemmas  # the thing is the restated sentence's own
    attached = set().union(*sentence.statement.roles.values())  # role_problems judges those
    origins = [o for o in sentence.statement.slots.get("entities", ()) if isinstance(o, Origin)]
    for origin in sorted(origins, key=lambda o: (o.country, o.noun, o.shown)):
        if origin.country in continents or fold(origin.country.lower()) in given:
            continue
        if origin.shown in attached:
            continue
        if origin.noun not in theirs or origin.noun in words("geography"):
            continue  # « la frontière turque » of a town in Syria: where, known otherwise
        message = f"says «{origin.shown}»: the source gives nothing of {origin.country}"
        yield Problem(RULE, "review", message, best, origin.shown)
        return


def _said_of_other_nouns(
    mine: dict[str, frozenset], source: Statement, added: str, left: str
) -> bool:
    """Whether the article says its nationality of a noun the source sentence has too, not with
    the nationality it leaves out, which the source says of another noun there (« les capacités
    nucléaires américaines » beside the source's « vos capacités nucléaires » and « le dirigeant
    nord-coréen »)."""
    from engine.gate.slots.entities import Origin

    def nouns(slots: dict[str, frozenset], country: str) -> set[str]:
        found = slots.get("entities", ())
        return {o.noun for o in found if isinstance(o, Origin) and o.country == country}

    ours, given = nouns(mine, added), nouns(source.slots, left)
    return bool(ours) and bool(given) and ours <= source.lemmas and not ours & given


def _heads_other_names(sentence: Sentence, said: str, given: str, source: Statement) -> bool:
    """Whether the article writes its nationality heading a person's name (`_heading_name`) and
    the source sentence writes the one left out heading another name, never one of hers: a
    nationality given to someone whose own the source does not write, not one exchanged."""
    text = sentence.statement.text
    mine = [p for p in sentence.statement.persons if _heading_name(nationality(said), p, text)]
    theirs = _names_headed(nationality(given), source.text)
    return bool(mine and theirs) and not any(same_person(a, b) for a in mine for b in theirs)


def _in_source(country: str, index: SourceIndex) -> bool:
    """Whether the source says the nationality (or country) anywhere (« la tireuse italienne »)."""
    return country in _nationalities(w for s in index.statements for w in s.lemmas)


def _names_headed(role: str, text: str) -> list[str]:
    """The capitalised names a nationality heads in a text (« la Russe Inna Deriglazova »), read
    by their letters, the tagger missing some."""
    written = text.replace("’", "'")
    found = re.findall(
        r"(?<![\w-])(?i:le|la|l'|les)\s*([\w-]+)\s+((?:[A-ZÀ-Ý][\w-]+\s?){1,3})", written
    )
    return [name.strip() for word, name in found if nationality(word) == role]


def _called_so(said: str, best: int, index: SourceIndex) -> bool:
    """Whether the source calls by the nationality `said` (anywhere: « l'Espagnol Victor Del
    Corral ») a person it names in the sentence `best` or in the PRONOUN_REACH before it (whom
    that sentence's « il » may be)."""
    country = country_of(said)
    called = [
        person
        for statement in index.statements
        for person, roles in statement.roles.items()
        if any(country_of(role) == country for role in roles)
    ]
    near = [p for s in index.statements[max(0, best - PRONOUN_REACH) : best + 1] for p in s.persons]
    return any(same_person(a, b) for a in called for b in near)


def _origin_beside(sentence: Sentence, best: int, index: SourceIndex) -> Iterator[Problem]:
    """A nationality said of a noun (« les Kurdes irakiens », « le gouvernement américain ») that
    the sentence it restates says of that noun with another one (« les Kurdes syriens », « le
    gouvernement canadien ») the article leaves out, and the source never with this one: the
    noun's nationality swapped, though the sentence names both countries otherwise (« en Irak et
    en Syrie »); certain as the alignment is. Or a sentence merging the one it restates with the
    next or the one before, the noun's nationality there another: a review (which source
    sentence the words come from is less sure)."""
    from engine.gate.slots.entities import Origin

    def origins(slots: dict[str, frozenset]) -> list[Origin]:
        return [o for o in slots.get("entities", ()) if isinstance(o, Origin)]

    everywhere = {(o.noun, o.country) for s in index.statements for o in origins(s.slots)}
    kept = {(o.noun, o.country) for o in origins(sentence.statement.slots)}
    continents = words("continents")
    attached = set().union(*sentence.statement.roles.values())  # role_problems judges those
    for mine in origins(sentence.statement.slots):
        if (mine.noun, mine.country) in everywhere or mine.country in continents:
            continue
        if mine.shown.lower() in attached or country_of(mine.shown) in map(country_of, attached):
            continue  # « Emmanuel Macron, le président belge »: the person's, one finding
        if mine.noun in words("geography") or _compound(mine.shown, sentence.statement.text):
            continue  # « la frontière turco-syrienne »: between two, read as one of them
        for i in (best, best - 1, best + 1):
            if not 0 <= i < len(index.statements):
                continue
            other = next(
                (o for o in origins(index.statements[i].slots) if o.noun == mine.noun), None
            )
            if other is None or other.country == mine.country:
                continue
            if holds(mine.country, other.country):
                continue  # « le gouvernement britannique » of its « le gouvernement écossais »
            if (other.noun, other.country) in kept:
                continue  # the source's own is kept beside it: one more, not another (« les
                # enquêtes française et britannique » merging « Cette enquête britannique »)
            if i == best and _parties_in_order(
                sentence.statement.text, index.statements[i].text, mine.country, other.country
            ):
                continue  # « Les nageurs français … derrière les Américains » for « l'équipe de
                # France … derrière les nageurs américains »: two parties, each in its place
            message = f"says «{mine.shown}» where the source says «{other.shown}»"
            severity = certainty(sentence) if i == best else "review"
            if holds(other.country, mine.country):
                severity = "review"  # the part for the whole it is in: maybe so
            yield Problem(RULE, severity, message, i, mine.shown)
            return


def _parties_in_order(mine: str, theirs: str, one: str, other: str) -> bool:
    """Both sentences give both countries (by a name or a people's word), in the same order, and
    the article names the source's people (`other`) by their noun (« derrière les
    Américains »): the two parties of one fact, each where the source has it, whatever noun
    each is said of. Not a country said as a place (« en Irak »): where, not who."""
    people = (w for w in re.findall(r"[\w-]+", mine) if w[:1].isupper())
    if not any(nationality(w) is not None and country_of(w) == other for w in people):
        return False

    def order(text: str) -> list[str]:
        said = [country_of(w) for w in re.findall(r"[\w-]+", normalise(text))]
        return [c for c in said if c in (one, other)]

    def first(countries: list[str]) -> str | None:
        return countries[0] if one in countries and other in countries else None

    said = first(order(mine))
    return said is not None and said == first(order(theirs))


def _compound(adjective: str, text: str) -> bool:
    """The text writes the nationality in a compound (« turco-syrienne », « la frontière
    syro-turque »), which the reading may take for one of its countries."""
    stem = re.escape(fold(adjective.lower())[:3])  # « turc » is « turq » in « syro-turque »
    written = fold(normalise(text).lower())
    return re.search(rf"\w-{stem}|(?<!\w){stem}\w*-\w", written) is not None


def _the_country(words_before: str) -> bool:
    """« du pays », « le pays », « ce pays »: a country the reader knows, not « un pays »."""
    return words_before.split()[0].rstrip("'’") in {"du", "le", "l", "ce", "au", "son", "notre"}


def _of_a_person(country: str, slots: dict[str, frozenset]) -> bool:
    """The source sentence says the country as the nationality of a person (« le président
    français »), not of a place or a thing (« la ville autrichienne »)."""
    from engine.gate.slots.entities import Origin

    people = words("titles") | frozenset(tagged("occupations", "\t"))
    return any(
        isinstance(o, Origin) and o.country == country and o.noun in people
        for o in slots.get("entities", ())
    )


_WHERE = r"(?:en|au|aux|à|dans|vers|depuis)\s+(?:l[ae]s?\s+|l['’]\s*)?"


def _where(word: str, text: str) -> bool:
    """The text writes the country `word` as where something is or goes (« en Syrie », « au
    Mali », « dans le pays », « vers la Turquie »), every time it writes it."""
    written = normalise(text)
    found = [
        m.start() for m in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", written, re.I)
    ]
    return bool(found) and all(
        re.search(rf"(?<![\w-]){_WHERE}$", written[:at], re.I) for at in found
    )


def _land(word: str, country: str) -> bool:
    """The word is the country's own name (« Argentine »), not its adjective (« argentin »)."""
    return fold(word.lower()) == fold(country.lower())


def title_swaps(sentence: Sentence, index: SourceIndex) -> Iterator[Problem]:
    """« Le ministre de la Sécurité publique a souligné … » where the sentence it restates says
    « a déclaré Éric Houde »: a sentence naming nobody gives what the source says of a person to
    an office the source gives, but never in a sentence naming that person."""
    from engine.text.lexicon import words

    best = restated(sentence)
    statement = sentence.statement
    if best is None or statement.persons:
        return
    offices = words("titles") - words("descriptive")
    text = normalise(statement.text)
    mine = sorted(  # an office named as someone (« le ministre »), not « classement général »
        lemma
        for lemma in statement.lemmas
        if lemma in offices and re.search(rf"(?<!\w)(?:{_DETERMINERS})\s*{lemma}s?(?!\w)", text)
    )
    source = index.statements[best]
    actors = {a.key for a in source.actors if a.how != "mention"} | {source.subject}
    for person in source.persons:
        known = _source_person(person, index)
        if person not in actors or known is None:
            continue
        for office in mine:
            # an office the source gives (someone else: never in a sentence naming the person)
            if _among(office, index.lemmas) and not _among(office, index.roles[known]):
                # certain only where the office is someone else's by a second cue: written
                # beside another name, or the person has an office of his own written beside
                # his (« Paul Girard, le directeur … », where « du ministre » is another); the
                # source's own description of him, said bare after a sentence naming him alone
                # (« selon le chef de l'État » after « Emmanuel Macron lancera … »), is his
                stands = _bare_for(office, known, index)
                others, own = _anothers(office, known, index)
                if stands == "his" and not others and not own:
                    continue
                # unsure where the source says the office bare, of someone it leaves the
                # reader to know (« Le président a ainsi choisi … » after « … par François
                # Hollande »)
                bare = _said_bare(office, index) or stands is not None
                bare = bare and not others or not (others or own)
                # a sentence naming another person too (« A a répondu à B, qui avait commenté
                # … »): the office may be the other one's, the one the article's verb is said
                # of; none where the source makes another the doer of that verb (slots.agents)
                another = any(p != person for p in source.persons)
                if another and _done_by_another(known, statement.lemmas, source):
                    return
                yield Problem(
                    RULE,
                    "review" if bare or another else certainty(sentence),
                    f"gives the «{office}» what the source says of {person}",
                    best,
                    office,
                )
                return


def _bare_for(office: str, person: str, index: SourceIndex) -> str | None:
    """Whom the source's own description stands for: the office said as someone (after a
    determiner, « selon le chef de l'État »), or a phrase of lexicon `offices_said` that says
    it, in a sentence naming no one, stands for the people the nearest sentence before it names
    (within `PRONOUN_REACH`): "his" where that is `person` alone, "maybe" where another is
    named beside him, else None."""
    phrases = [office, *(said for said, it in _offices_said().items() if it == office)]
    said = re.compile(
        rf"(?<!\w)(?:{_DETERMINERS})\s*(?:{'|'.join(re.escape(p) for p in phrases)})"
        r"(?:e|s|es)?(?![\w-])"
    )
    found = None
    for i, statement in enumerate(index.statements):
        if statement.persons:
            continue
        if said.search(re.sub(r"\s*'\s*", "'", normalise(statement.text).lower())) is None:
            continue
        named = named_last(i, index)
        if any(same_person(person, p) for p in named):
            if all(same_person(person, p) for p in named):
                return "his"
            found = "maybe"
    return found


@cache
def _offices_said() -> dict[str, str]:
    return tagged("offices_said", "\t")


def _anothers(office: str, person: str, index: SourceIndex) -> tuple[bool, bool]:
    """Whether the source writes `office` beside another person's name, and whether it writes
    `person` an office of his own beside his name (`read_roles`)."""
    offices = words("titles") - words("descriptive")
    others = own = False
    for statement in index.statements:
        for p, roles in statement.roles.items():
            if same_person(p, person):
                own = own or bool(roles & offices)
            else:
                others = others or _among(office, roles)
    return others, own


def _done_by_another(person: str, lemmas: frozenset[str], source: Statement) -> bool:
    """Whether the source sentence gives the doing of one of `lemmas` to someone named, never
    to `person` (« … a répondu à Emmanuel Macron, qui avait commenté sa pétition »)."""
    parts = {w for w in person.lower().split() if len(w) > 2}
    doers = [
        p
        for p in source.slots.get("agents", ())
        if p.role == "agent" and p.named and p.predicate in lemmas
    ]
    return bool(doers) and not any(parts & p.words for p in doers)


# --- what a sentence says (read by engine.gate.statements) ----------


def read_roles(tokens: list[Token], ents: list[Span]) -> dict[str, frozenset[str]]:
    """Person key → the titles and nationalities written next to the name (within four words,
    in the same clause): "Jean-Claude Juncker, le président de la Commission" → {président}."""
    nationalities = frozenset(tagged("nationalities", "\t"))
    watched = words("titles") | nationalities
    people = [(e.start, e.end, entity_key(e.text)) for e in ents if e.label_ == PERSON]
    behind = {e.start for e in ents if any(c.dep_ == "case" for c in e.root.children)}
    roles: dict[str, set[str]] = {}
    if not people:
        return {}
    doc = tokens[0].doc
    # « le président de la République, Bernard Cazeneuve »: an office the NER took for a person
    offices = {
        t.i: e
        for e in doc.ents
        if e.label_ == PERSON and not is_name(e) and tokens[0].i <= e.start <= tokens[-1].i
        for t in e
    }
    for token in tokens:
        word, last = office_said(token), token.i
        turned = turned_about(token) if token.text[:1].isupper() else None
        if turned is not None:  # « l'Africaine du Sud Andrea Steyn »: « sud-africain »
            word, last = turned
        elif word not in watched and token.text[:1].isupper():
            # « la Canadienne », « l'Américaine »: a demonym (its lemma, or as written where the
            # lemma is cut short: « sud-coréenn »)
            word = nationality(word) or nationality(token.text) or word
        office = offices.get(token.i)
        if word not in watched or token.ent_type_ == PERSON and office is None:
            continue
        if _of_another(token) or _heads_a_name(token, people) or _office_reach(token, word):
            continue
        if _a_place(token, word):
            continue  # « en Argentine, Emmanuel Macron a écrit »: where he is
        # « l'Espagnole Caroline Routier »: a demonym said as a noun names whom it heads, the
        # name right after it or after a comma, never a person before (whose name the parser
        # may have missed)
        heading = word in nationalities and token.text[:1].isupper() and _after_determiner(token)
        beside = None if heading else _apposed_to(doc, token.i, people)
        if beside is not None:  # « Jean Dupont, maire de Lyon, Paul Morel, … »: Dupont's
            roles.setdefault(beside, set()).add(word)
            continue
        best = None
        for start, end, key in people:
            if heading and (start <= last or doc[last + 1 : start].text not in ("", ",")):
                continue
            if heading and doc[last + 1 : start].text == "," and _led_in(token):
                continue  # « Derrière la Britannique, Caroline Steffen … »: two people
            if token.i < start and doc[start - 1].lower_ in ("de", "d'", "d’", "du"):
                continue  # "la vice-présidente élue de Duque": Duque is not the one
            if doc[start - 1].lower_ == "par" and not _set_beside(doc, end, token.i):
                # « nommée ministre par Paul Morel », « nommé par X premier ministre »: the
                # agent's, unless in apposition (« par Xavier Tarabeux, procureur … »)
                continue
            if start in behind and token.i > start and _opens_clause(token):
                continue  # « Pour Jay Weatherill, la reine n'aurait … »: another subject
            if token.i >= end and _verb_after(token, end):
                continue  # « Benjamin Netanyahu juge la décision absurde »: the verb, no office
            if token.i < start and _outside_clause(token, start):
                continue  # « Pour les juges, Claude Guéant était … »: whose view, not his title
            if token.i >= end and _acted_on(token, end):
                continue  # « Jean Lemaire recevra le roi du Maroc »: whom he receives
            said = office.end - 1 if office is not None and token.i < start else last
            if office is None and token.i < start and turned is None:
                said = _complemented(token, start)
            if token.i < start:
                distance, between = start - said, doc[said:start]
            else:  # « Jean-Pierre Sueur (PS), président … »: his party's brackets aside
                aside = _bracketed_after(doc, end)
                distance, between = token.i - end + 1 - aside, doc[end + aside : token.i]
            clear = not any(t.text in ".;:«»()" for t in between)
            if 0 < distance <= 4 and clear and (best is None or distance < best[0]):
                best = (distance, key)
        if best:
            roles.setdefault(best[1], set()).add(word)
    return {k: frozenset(v) for k, v in roles.items()}


def read_subject_roles(tokens: list[Token]) -> frozenset[str]:
    """The offices a sentence whose subject is « il » or « elle » gives that subject: an
    apposition opening it, closed by the comma before the pronoun (« Député européen en 1979,
    puis commissaire européen …, il devient … »: each office there said bare, the first within
    `OPENING_REACH` words of the start, no name among them), and its attribute (« il fut
    sénateur … et ministre … », « elle devient le plus jeune sous-préfet »). Whom the pronoun
    stands for, the paragraph tells (`Statement.pronoun_for`)."""
    subject = next(
        (t for t in tokens if t.lower_ in ("il", "elle") and t.dep_ in _PRONOUN_SUBJECTS), None
    )
    if subject is None:
        return frozenset()
    doc, offices = subject.doc, words("titles") - words("descriptive")
    found: set[str] = set()
    opening = [t for t in tokens if t.i < subject.i - 1]
    if (
        opening
        and doc[subject.i - 1].text == ","
        and not any(t.ent_type_ == PERSON for t in opening)
    ):
        titled = [t for t in opening if office_said(t) in offices]
        if titled and titled[0].i - tokens[0].i <= OPENING_REACH:
            found |= {office_said(t) for t in titled if not _determined(t)}
    for token in tokens:
        if office_said(token) not in offices:
            continue
        said = token if token.dep_ != "conj" else token.head  # « sénateur … et ministre »
        copula = any(c.dep_ == "cop" for c in said.children) and subject.head == said
        become = (
            said.dep_ in ("xcomp", "obj")
            and subject.head == said.head
            and lemma_of(said.head) in _BECOMING
        )
        if copula or become:
            found.add(office_said(token))
    return frozenset(found)


OPENING_REACH = 2  # words before the first office of an apposition opening a sentence
_PRONOUN_SUBJECTS = frozenset({"nsubj", "nsubj:pass", "expl:subj"})
_BECOMING = frozenset({"devenir", "redevenir", "rester", "demeurer"})


def _determined(token: Token) -> bool:
    """The word before the office is a determiner (« le président »): someone said by his
    office, not an office said of the subject."""
    return token.i > 0 and token.doc[token.i - 1].pos_ == "DET"


def _led_in(token: Token) -> bool:
    """A word a preposition leads (« derrière la Britannique », « face à l'Espagnole »)."""
    return any(c.dep_ == "case" for c in token.children)


def _a_place(token: Token, word: str) -> bool:
    """A country's own name after a preposition (« en Argentine », « depuis l'Argentine »),
    spelled as a demonym is (« argentine »): where one is, no nationality."""
    country = tagged("nationalities", "\t").get(word)
    return (
        country is not None
        and _land(token.text, country)
        and any(c.dep_ == "case" for c in token.children)
    )


def _office_reach(token: Token, word: str) -> bool:
    """A continent's adjective said of an office (« député européen », « le commissaire
    africain »): where the office sits, no nationality of the one holding it."""
    country = tagged("nationalities", "\t").get(word)
    return (
        country in words("continents")
        and token.dep_ == "amod"
        and lemma_of(token.head) in words("titles")
    )


def _heads_a_name(title: Token, people: list[tuple[int, int, str]]) -> bool:
    """A title right before a proper noun that opens no person's name: a name it is part of
    (« de Capitaine Flam à Sylvie Vartan », a cartoon's), or a person the NER missed (« le
    ministre Nawaz Sharif »): no title of a person further on. Not a party's or a body's
    initials (« la sénatrice LR du Loiret Marianne Dubois »): whose the title is, they say."""
    doc = title.doc
    after = doc[title.i + 1] if title.i + 1 < len(doc) else None
    return (
        after is not None
        and after.pos_ == "PROPN"
        and not after.text.isupper()
        and after.lower_ not in words("courtesy")
        and not any(start <= after.i < end for start, end, _ in people)
    )


def _apposed_to(doc: Doc, at: int, people: list[tuple[int, int, str]]) -> str | None:
    """The person whose name a comma sets the title at `at` beside, right after it (and its
    party's brackets; a determiner or a word of quality may come between: « Bruno Julliard,
    adjoint à la maire de Paris, Stéphane Troussel », « X, l'ancien ministre, Y »): his title,
    though a name of a list follows it; not where the title heads the next name itself, with no
    comma (« Jean Dupont, le président Paul Morel »), nor one that opens a clause of its own.
    None if no name stands so."""
    before = [p for p in people if p[1] <= at]
    if not before or _opens_clause(doc[at]):
        return None  # « Pour X, le ministre des Finances prévoit »: the subject of what follows
    start, end, key = before[-1]
    comma = end + _bracketed_after(doc, end)
    if comma >= at or doc[comma].text != ",":
        return None
    between = doc[comma + 1 : at]
    if len(between) > APPOSED_REACH or any(t.pos_ not in ("DET", "ADJ") for t in between):
        return None
    after = next((p for p in people if p[0] > at), None)
    if after is not None and not any(
        t.text in ",;:()" or t.pos_ == "CCONJ" for t in doc[at + 1 : after[0]]
    ):
        return None  # « Jean Dupont, le président Paul Morel »: the title heads Morel's name
    return key


APPOSED_REACH = 2  # words between a comma after a name and the title set beside it


def _verb_after(token: Token, end: int) -> bool:
    """A title word after a name, with no determiner of its own, that acts on what follows it (its
    object, or an article after an adjective or quotation marks: « Netanyahu juge la décision »,
    « X juge injuste la décision », « X, lui, juge « injuste » la décision »): a verb of the same
    form (« juger »), read as the noun by the parse. Only a pronoun or punctuation between the name
    and the word (« , lui, »): an apposition (« X, juge à Lyon ») has none of these."""
    doc = token.doc
    if token.text[:1].isupper() or any(c.dep_ == "det" for c in token.children):
        return False
    between = doc[end : token.i]  # nothing, or a pronoun set off (« X, lui, juge … »)
    if any(t.pos_ not in ("PUNCT", "PRON") for t in between) or (
        len(between) and not any(t.pos_ == "PRON" for t in between)
    ):
        return False  # « X, sénateur Les Républicains »: an apposition
    if any(c.dep_ == "obj" and c.i > token.i for c in token.children):
        return True
    after = token.i + 1
    while after < len(doc) and (doc[after].pos_ in ("ADJ", "ADV") or doc[after].text in _QUOTES):
        after += 1
    return (
        after < len(doc)
        and doc[after].pos_ == "DET"
        and doc[after].text.islower()  # « Les Républicains »: a party's name
        and after - token.i <= 4
    )


_QUOTES = frozenset({"«", "»", '"', "“", "”"})


def _outside_clause(title: Token, start: int) -> bool:
    """A title in a phrase led by a preposition, a comma between it and the name, the name the
    subject of what follows (« Pour les juges, Claude Guéant était … », « Selon le procureur, X a
    … », « Aux yeux des juges, X … »): whose view it is, not the person's office; an apposition
    the comma opens (« Selon le ministre de l'Intérieur, Bernard Cazeneuve, … ») is the name's."""
    doc = title.doc
    name = doc[start]
    if start < 1 or doc[start - 1].text != "," or not name.dep_.startswith("nsubj"):
        return False
    if name.head.i == title.i or title.head.i == name.i:
        return False
    phrase = title
    for _ in range(3):
        if any(c.dep_ == "case" for c in phrase.children):
            return phrase.dep_.startswith("obl") or phrase.dep_ == "nmod"
        if phrase.dep_ != "nmod":
            return False
        phrase = phrase.head
    return False


def _acted_on(title: Token, end: int) -> bool:
    """A title after a name, with its determiner, that a verb written between them acts on
    (« Jean Lemaire recevra jeudi le roi du Maroc », « X a rencontré le ministre »): someone
    else, whom the person's verb reaches; not an attribute (« X est le président », « X devient
    le nouveau ministre », lexicon `predicates`' copulas), nor « comme » (« choisi comme
    entraîneur »)."""
    doc = title.doc
    head = title.head
    return (
        (title.dep_ in ("obj", "iobj") or title.dep_.startswith("obl"))
        and head.pos_ == "VERB"
        and end <= head.i < title.i
        and lemma_of(head) not in _BECOMING
        and (
            _after_determiner(title)
            or doc[title.i - 1].pos_ == "ADJ"
            and _after_determiner(doc[title.i - 1])
        )
        and not any(c.dep_ in ("case", "mark") and c.lower_ == "comme" for c in title.children)
    )


_BECOMING = frozenset({"être", "devenir", "redevenir", "rester", "demeurer", "sembler", "paraître"})


def _after_determiner(token: Token) -> bool:
    return token.i > 0 and token.doc[token.i - 1].pos_ == "DET"


def _set_beside(doc: Doc, end: int, at: int) -> bool:
    """The title at `at` follows the name ending at `end` (and its brackets) after a comma: an
    apposition."""
    end += _bracketed_after(doc, end)
    return at > end and end < len(doc) and doc[end].text == ","


def _complemented(title: Token, start: int) -> int:
    """The last word of a title's complement before a name, where it names where the title
    holds office (« le préfet de la région Nouvelle-Aquitaine, Alain Rousset », « le maire de la
    ville, Patrick Balkany »): the words of the title, all in a row, a proper noun among them or
    the name right after them and a comma (an apposition); not a title its complement makes
    another office (« le chef de l'État », lexicon `office_heads`)."""
    inside = sorted(t.i for t in title.subtree if title.i < t.i < start)
    doc = title.doc
    if (
        inside
        and inside == list(range(title.i + 1, inside[-1] + 1))
        and (any(doc[i].pos_ == "PROPN" for i in inside) or _apposed(doc, inside[-1], start))
        and not any(
            doc[i].pos_ in ("VERB", "AUX") for i in inside
        )  # a clause: « qui l'ont classé »
        and lemma_of(title) not in words("office_heads")
    ):
        return inside[-1]
    return title.i


def _bracketed_after(doc: Doc, end: int) -> int:
    """The tokens of a name's brackets right after it, a party's or a group's initials or name
    (« (PS) », « (LR) »), else 0."""
    if end >= len(doc) or doc[end].text != "(":
        return 0
    close = next((i for i in range(end + 1, min(end + 5, len(doc))) if doc[i].text == ")"), None)
    inside = doc[end + 1 : close] if close is not None else []
    if not inside or not all(t.pos_ == "PROPN" or t.text.isupper() for t in inside):
        return 0
    return close - end + 1


def _apposed(doc: Doc, last: int, start: int) -> bool:
    """A comma between the title's last word and the name, and nothing else."""
    comma = last if doc[last].text == "," else last + 1
    return comma + 1 == start and doc[comma].text == ","


def _opens_clause(token: Token) -> bool:
    """A title or nationality after « Pour X, », « Selon X, » that is the subject of what
    follows (« Pour X, la reine n'aurait … », « Selon X, le ministre prévoit … »), not an
    apposition the comma closes (« Selon X, le ministre des Finances, le déficit … »)."""
    phrase = token if token.pos_ == "NOUN" else token.head
    after = token.doc[phrase.right_edge.i + 1 : phrase.right_edge.i + 2]
    if token.dep_.startswith("nsubj"):
        # « Pour X, le directeur de cabinet du préfet, le collectif a perdu … »: a comma closes
        # the title, and the verb has its own subject after it: an apposition, read as a subject
        return not (
            after
            and after[0].text == ","
            and any(c.dep_.startswith("nsubj") and c.i > after[0].i for c in token.head.children)
        )
    return bool(after) and not after[0].is_punct


def _of_another(token: Token) -> bool:
    """A nationality said of a noun that is not the person nor the person's title: a
    complement (« le chef du gouvernement hongrois », « le directeur de l'équipe belge ») or an
    institution (« le gouvernement hongrois, dirigé par … »): the thing's, not the person's. Or a
    title that is the complement of another (« adjoint à la maire de Paris », « conseiller du
    président »): the office of the one the person serves."""
    head = token.head
    if (
        token.pos_ == "NOUN"
        and token.dep_ == "nmod"
        and any(c.dep_ == "case" for c in token.children)
        and head.pos_ == "NOUN"
        and lemma_of(head) in words("titles")
    ):
        return True
    if token.pos_ != "ADJ" or token.dep_ != "amod" or head.pos_ not in ("NOUN", "PROPN"):
        return False
    if head.ent_type_ == PERSON:
        return False  # « Viktor Orbán, hongrois »
    noun = lemma_of(head).removeprefix("ex-")  # « l'ex-président vénézuélien X »
    if noun in words("titles") or noun in tagged("occupations", "\t"):
        return False  # « l'ancien président vénézuélien X », « le coureur belge X »
    complement = any(c.dep_ == "case" for c in head.children)
    # what a verb acts on (« Jean Vannier évoque un gisement russe »): no title of its subject
    acted_on = head.dep_ in ("obj", "iobj") and head.head.pos_ == "VERB"
    return (
        complement or acted_on or fold(lemma_of(head)) in {fold(w) for w in words("institutions")}
    )


def occupation_swaps(sentence: Sentence, index: SourceIndex) -> Iterator[Problem]:
    """« deux blessés légers, un policier et le chauffeur » where the sentence it restates says
    « un pompier et le conducteur »: the article names one trade that sentence does not, and
    leaves out the one trade it names (« chauffeur » and « conducteur » are one trade). Hard where
    the sentence surely restates that one."""
    best = restated(sentence)
    if best is None:
        return
    trades = tagged("occupations", "\t")
    source = index.statements[best]
    mine = _trades(sentence.statement.text, sentence.statement.lemmas, trades)
    theirs = _trades(source.text, source.lemmas, trades)
    # a trade's word written on the other side at all, as a noun or not (« des journalistes
    # bénévoles » for « des bénévoles »), is no trade in or out
    added = [t for t in mine if t not in theirs and not _written_at_all(mine[t], source.text)]
    left = [
        t
        for t in theirs
        if t not in mine and not _written_at_all(theirs[t], sentence.statement.text)
    ]
    if len(added) == 1 and len(left) == 1:
        yield _one_for_another(sentence, best, mine[added[0]], theirs[left[0]])


def _written_at_all(word: str, text: str) -> bool:
    """`word` (or its plural) is written in `text`, accents aside."""
    pattern = rf"(?<![\w-]){re.escape(fold(word.lower()))}s?(?![\w-])"
    return re.search(pattern, fold(normalise(text).lower())) is not None


@cache
def _phrase_pattern(head: str, rest: str) -> re.Pattern[str]:
    """A trade of several words as written, its head in the plural too."""
    return re.compile(rf"(?<!\w){re.escape(head)}s?\s+{re.escape(rest)}(?!\w)")


def _trades(text: str, lemmas: frozenset[str], trades: dict[str, str]) -> dict[str, str]:
    """The trades a sentence names, each with its word: a trade of several words first, whose
    head then names no trade of its own (« l'officier de police » is a police officer, no
    soldier), then the trades of one word said as nouns."""
    phrases: dict[str, str] = {}
    written = normalise(text).lower()
    for phrase, trade in trades.items():
        head, _, rest = phrase.partition(" ")
        if rest and head in written and _phrase_pattern(head, rest).search(written):
            phrases.setdefault(trade, phrase)
    heads = {phrase.split()[0] for phrase in phrases.values()}
    bare = {w.removeprefix("ex-") for w in lemmas}  # « un ex-policier »: a trade, past
    words = {trades[w]: w for w in sorted(bare - heads) if _trade(w, text, trades)}
    return words | phrases


@dataclass(frozen=True)
class _SportTitle:
    rank: str  # lexicon sport_titles: « champion » (« tenant du titre » too), « vice »
    scope: str | None  # of what: « monde », « olympique »; None where the sentence does not say
    shown: str


def sport_title_swaps(sentence: Sentence, index: SourceIndex) -> Iterator[Problem]:
    """« la championne olympique Nicola Spirig » where the sentence it restates says « la
    championne du monde »: the article gives one sporting title that sentence does not give, and
    leaves out the one it gives (a « vice-champion » for a « champion », the world's for the
    Olympic one); « le tenant du titre » is the sentence's champion, whatever of. Not a title the
    source gives anywhere: it may be that person's too (« également champion du monde »)."""
    best = restated(sentence)
    said = sentence.statement.text.lower()
    if best is None or not any(rank in said for rank in _sport_ranks()):
        return
    mine = _sport_titles(sentence.statement.text)
    theirs = _sport_titles(index.statements[best].text)
    added = [t for t in mine if not any(_alike(t, o) for o in theirs)]
    left = [t for t in theirs if not any(_alike(t, o) for o in mine)]
    if len(added) != 1 or len(left) != 1:
        return
    if any(_gives(added[0], o) for o in _sport_titles(index.text)):
        return
    message = f"says «{added[0].shown}» where the source says «{left[0].shown}»"
    yield Problem(RULE, certainty(sentence), message, best, added[0].shown)


def _alike(one: _SportTitle, other: _SportTitle) -> bool:
    """One rank, of one thing or of something one of them leaves unsaid."""
    return one.rank == other.rank and (one.scope == other.scope or None in (one.scope, other.scope))


def _gives(title: _SportTitle, given: _SportTitle) -> bool:
    return title.rank == given.rank and title.scope in (None, given.scope)


@cache
def _sport_ranks() -> frozenset[str]:
    """The first word of each rank (lexicon `sport_titles`): a text without one gives none."""
    table = tagged("sport_titles", "\t")
    return frozenset(w.split()[0] for w, k in table.items() if k.startswith("rank:"))


@lru_cache(maxsize=256)
def _sport_titles(text: str) -> tuple[_SportTitle, ...]:
    """The sporting titles a text gives (lexicon `sport_titles`), each once."""
    pattern, kinds = _sport_title_pattern()
    found = {}
    for m in pattern.finditer(fold(normalise(text).lower()).replace("’", "'")):
        rank, scope = kinds[compound_key(m.group(1))], kinds.get(m.group(2) or "")
        found[(rank, scope)] = _SportTitle(rank, scope, m.group(0))
    return tuple(found.values())


@cache
def _sport_title_pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    table = tagged("sport_titles", "\t")
    ranks = sorted((w for w, k in table.items() if k.startswith("rank:")), key=len, reverse=True)
    scopes = sorted((w for w, k in table.items() if k.startswith("scope:")), key=len, reverse=True)
    kinds = {w: k.split(":", 1)[1] for w, k in table.items()}
    kinds |= {_plural(w): kinds[w] for w in ranks}
    ranks = sorted([*ranks, *map(_plural, ranks)], key=len, reverse=True)
    # a rank by its compound key: « vice champion », « vicechampion » are « vice-champion »
    kinds |= {compound_key(w): kinds[w] for w in ranks}
    pattern = re.compile(
        rf"(?<![\w-])({'|'.join(map(compound_regex, ranks))})"
        rf"(?:\s+(?:en titre|sortante?s?))?"
        rf"(?:\s+({'|'.join(map(re.escape, scopes))})s?)?(?![\w-])"
    )
    return pattern, kinds


def _plural(words: str) -> str:
    """« tenants du titre » of « tenant du titre », « championnes » of « championne »."""
    first, _, rest = words.partition(" ")
    return f"{first}s {rest}".strip()


def _one_for_another(sentence: Sentence, best: int, said: str, given: str) -> Problem:
    """The one word of its kind the article sentence adds, in for the one its restated source
    sentence gives (a nationality, a trade)."""
    message = f"says «{said}» where the source says «{given}»"
    return Problem(RULE, certainty(sentence), message, best, said)


_BEFORE_A_NOUN = (
    rf"{_DETERMINERS}|un|une|d'|d’|l’|ce|cet|cette|ces|son|sa|ses|leur|leurs|deux|trois"
)


def _trade(word: str, text: str, trades: dict[str, str]) -> bool:
    """A trade said as a noun, after a determiner (« un pompier », « les diplomates »), not an
    adjective (« l'alliance militaire », « un projet pilote »)."""
    pattern = rf"(?<!\w)(?:{_BEFORE_A_NOUN})\s*(?:ex-)?{re.escape(word)}s?(?!\w)"
    return word in trades and re.search(pattern, normalise(text)) is not None


def portfolio_swaps(sentence: Sentence, index: SourceIndex) -> Iterator[Problem]:
    """« Le ministre de la Défense, Pacôme Moubelet-Boubeya » where the source writes « le
    ministre de l'Intérieur du Gabon, Pacôme Moubelet-Boubeya »: one title, « ministre », whose
    portfolio (lexicon `portfolios`; « premier ministre » is one of its own) is not the one the
    source writes next to that person's name. Certain where the source ties another portfolio to
    the name and no source sentence naming the person says the article's."""
    if "ministre" not in sentence.statement.text.lower():
        return

    def told(person: str, known: str, mine: str, given: str) -> tuple[str, str]:
        message = (
            f"calls {person} «{_shown(mine)}»: the source gives {known} another"
            f" portfolio (it says «{_shown(given)}»)"
        )
        return message, mine

    # « ancien ministre de la Défense » said of the person elsewhere: a whole word
    yield from _attribute_swaps(sentence, index, _portfolios_of, _portfolio_alike, r"(?!\w)", told)


def _attribute_swaps(
    sentence: Sentence,
    index: SourceIndex,
    read: Callable[[str, str], frozenset[str]],
    alike: Callable[[str, str], bool],
    ending: str,
    told: Callable[[str, str, str, str], tuple[str, str]],
) -> Iterator[Problem]:
    """The attribute `read` finds next to a person's name in the article sentence (a portfolio, a
    party) where the source ties another, none `alike`, to that person, and no source sentence
    naming them says the article's (its words, then `ending`): certain, one finding at most,
    at the first source sentence that names the person; `told` words its message and evidence."""
    text = sentence.statement.text
    for person in sentence.statement.persons:
        mine = read(person, text)
        known = _source_person(person, index) if mine else None
        if known is not None:
            naming = [s for s in index.statements if any(same_person(known, p) for p in s.persons)]
            theirs = set().union(*(read(p, s.text) for s in naming for p in s.persons))
        elif mine and len(person.split()) > 1:
            # a name the NER did not read in the source (« La ministre de l'Éducation Najat
            # Vallaud-Belkacem » read as one name): the sentences that write it in full
            known, naming = person, _writing(person, index)
            theirs = set().union(*(read(person, s.text) for s in naming))
        else:
            continue
        if not theirs or any(alike(m, t) for m in mine for t in theirs):
            continue
        said = " ".join(fold(normalise(s.text).lower()) for s in naming)
        if any(re.search(rf"(?<!\w){re.escape(m)}{ending}", said) for m in mine):
            continue  # said of the person elsewhere
        at = next(i for i, s in enumerate(index.statements) if s in naming)
        message, evidence = told(person, known, sorted(mine)[0], sorted(theirs)[0])
        yield Problem(RULE, "hard", message, at, evidence)
        return


def _writing(person: str, index: SourceIndex) -> list[Statement]:
    """The source sentences that write `person`'s name in full (accents aside)."""
    name = rf"(?<![\w-]){re.escape(fold(person.lower()))}(?![\w-])"
    return [
        s for s in index.statements if re.search(name, fold(normalise(s.text).lower())) is not None
    ]


_OF = r"(?:de\s+la|de\s+l'|des|du|de|d')\s*"
PORTFOLIO_REACH = 6  # words between « ministre » and the name it is said of (« du Québec »)


def _shown(portfolio: str) -> str:
    """« premier ministre », or « ministre » and the portfolio as the lexicon writes it."""
    if portfolio == PREMIER:
        return portfolio
    written = {fold(w): w for w in words("portfolios")}
    return f"ministre ({written.get(portfolio, portfolio)})"


@cache
def _portfolio_names() -> tuple[str, ...]:
    return tuple(sorted((fold(w) for w in words("portfolios")), key=len, reverse=True))


@cache
def _portfolio_pattern() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w){_OF}({'|'.join(map(re.escape, _portfolio_names()))})(?!\w)")


@lru_cache(maxsize=1024)
def _portfolios_of(person: str, text: str) -> frozenset[str]:
    """The portfolios of the « ministre » written next to `person`'s name in `text`: before it
    and a comma (« le ministre des Transports du Québec, Jacques Daoust », « le Premier ministre,
    Manuel Valls »), right before the name in full with no comma (« le ministre de l'Intérieur
    Bernard Cazeneuve »), or after it and a comma (« Michel Sapin, ministre de l'Économie et des
    Finances »); « premier ministre » (`PREMIER`) where the title is the premier's."""
    last = re.escape(fold(person.split()[-1].lower()))
    written = fold(normalise(text).lower()).replace("’", "'")
    reach = rf"(?:[^\s.;:«»()]+\s+){{0,{PORTFOLIO_REACH}}}?"
    title = r"((?:premiere?\s+)?ministres?)"
    name = rf"\s*,\s*(?:[\w'-]+\s+){{0,3}}{last}(?!\w)"
    before = rf"(?<!\w){title}(\s+{reach}[^\s.;:«»(),]+)?{name}"
    words_after = rf"((?:\s+[^\s.;:«»(),]+){{0,{PORTFOLIO_REACH}}})"
    after = rf"(?<!\w){last}\s*,\s*(?:l[ea]\s+|l')?{title}{words_after}"
    portfolio = rf"{_OF}(?:{'|'.join(map(re.escape, _portfolio_names()))})"
    whole = re.escape(fold(person.lower()))  # the name in full, its first names given
    tight = rf"(?<!\w){title}(\s+{portfolio})?\s+{whole}(?!\w)"
    found: set[str] = set()
    for pattern in (before, after, tight):
        for m in re.finditer(pattern, written):
            office, rest = m.group(1), m.group(2) or ""
            if "," in rest or "ministre" in rest:
                continue  # another title's words (« le ministre … au ministre des Finances, X »)
            if office.startswith("premier"):
                found.add(PREMIER)
            else:
                found |= {p.group(1) for p in _portfolio_pattern().finditer(rest)}
    return frozenset(found)


def _portfolio_alike(one: str, other: str) -> bool:
    """One portfolio said two ways: one the other's first words (« éducation », « éducation
    nationale »), or a word of each alike in its first five letters (« écologie », « transition
    écologique »)."""
    if one.startswith(other) or other.startswith(one):
        return True
    stems = {w[:5] for w in one.split() if len(w) >= 5}
    return any(w[:5] in stems for w in other.split() if len(w) >= 5)


def party_swaps(sentence: Sentence, index: SourceIndex) -> Iterator[Problem]:
    """« le sénateur démocrate Tom Cotton » where the source writes « le sénateur républicain Tom
    Cotton »: the party (lexicon `parties`) written with a title next to a person's name is not the
    one the source writes there. Certain where the source ties another party to the name and no
    source sentence naming the person says the article's."""
    folded = fold(normalise(sentence.statement.text).lower())
    if not any(p in folded for p in _parties()):
        return
    written = {fold(w): w for w in words("parties")}

    def told(person: str, known: str, mine: str, given: str) -> tuple[str, str]:
        party = written[mine]
        return f"calls {person} «{party}»: the source says {known} is «{written[given]}»", party

    # « ancien socialiste » said of the person elsewhere: the word, whatever its ending
    yield from _attribute_swaps(sentence, index, _parties_of, str.__eq__, "", told)


def deputy_swaps(sentence: Sentence, index: SourceIndex) -> Iterator[Problem]:
    """« le vice-président du groupe ALDE » where the sentence restated says « le président du
    groupe ALDE »: an office with a prefix that makes it another (lexicon `deputies`) where that
    sentence says it without, the source never with it; or the reverse. As certain as the
    alignment (`certainty`)."""
    best = restated(sentence)
    if best is None or question(sentence):
        return
    mine = fold(normalise(sentence.statement.text).lower())
    theirs = fold(normalise(index.statements[best].text).lower())
    prefixes = sorted(words("deputies"))  # its hyphen may be a space (« le vice président »)
    stems = {p: rf"(?<![\w-]){re.escape(p.rstrip('-'))}" for p in prefixes}
    if not any(re.search(j, mine) or re.search(j, theirs) for j in stems.values()):
        return  # most sentences: no prefixed office on either side
    whole = fold(index.text.lower())
    apart = "".join(rf"(?<!{re.escape(p.rstrip('-'))}\s)" for p in prefixes)
    for office in sorted(words("titles") - words("descriptive"), key=len, reverse=True):
        if fold(office) not in mine or fold(office) not in theirs:
            continue
        bare = rf"(?<![\w-]){apart}{re.escape(fold(office))}e?s?(?![\w-])"
        for prefix in prefixes:
            # the compound however it is joined (engine.text.compound_regex: « vice-président »,
            # « vice président », « viceprésident »)
            said = rf"(?<![\w-]){compound_regex(prefix + office)}e?s?(?![\w-])"
            if re.search(said, mine) and re.search(bare, theirs) and not re.search(said, whole):
                shown, given = f"{prefix}{office}", office
            elif re.search(said, theirs) and re.search(bare, mine) and not re.search(said, mine):
                if re.search(bare, theirs):
                    continue  # both there in the source sentence: the article keeps one
                shown, given = office, f"{prefix}{office}"
            else:
                continue
            message = f"says «{shown}» where the source says «{given}»"
            yield Problem(RULE, certainty(sentence), message, best, shown)
            return


def tenure_swaps(sentence: Sentence, index: SourceIndex) -> Iterator[Problem]:
    """« le nouveau directeur de la CIA » where the sentence restated says « le directeur sortant
    de la CIA »: an office said of one arriving where that sentence says it of one leaving or
    gone, or the reverse (lexicon `tenure`), that sentence never saying it of the article's time.
    As certain as the alignment (`certainty`)."""
    best = restated(sentence)
    if best is None or question(sentence):
        return
    mine = _tenures(sentence.statement.text)
    if not mine:
        return
    theirs = _tenures(index.statements[best].text)
    for (office, when), said in sorted(mine.items()):
        given = [w for (o, t), w in sorted(theirs.items()) if o == office and t != when]
        if given and (office, when) not in theirs:
            message = f"says «{said}» where the source says «{given[0]}»"
            yield Problem(RULE, certainty(sentence), message, best, said)
            return


def _tenures(text: str) -> dict[tuple[str, str], str]:
    """(office, leaving or coming) → the words that say it (« directeur sortant », « nouveau
    directeur »): a word of lexicon `tenure` right before an office (a word between: « l'ancien
    Premier ministre ») or right after it."""
    written = normalise(text).lower()
    tenure = by_tag("tenure")
    found: dict[tuple[str, str], str] = {}
    for match in _tenure_pattern().finditer(written):
        office = match.group("office") or match.group("after_office")
        word = match.group("before") or match.group("after")
        when = next(t for t, forms in tenure.items() if word in forms)
        found.setdefault((office, when), match.group(0).strip())
    return found


@cache
def _tenure_pattern() -> re.Pattern[str]:
    forms = sorted(set().union(*by_tag("tenure").values()), key=len, reverse=True)
    offices = sorted(words("titles") - words("descriptive"), key=len, reverse=True)
    said = "|".join(map(re.escape, forms))
    office = "|".join(re.escape(o) for o in offices)
    return re.compile(
        rf"(?<![\w-])(?:(?P<before>{said})\s+(?:\w+\s+)?(?P<office>{office})s?"
        rf"|(?P<after_office>{office})s?\s+(?P<after>{said}))(?![\w-])"
    )


def bracket_swaps(sentence: Sentence, index: SourceIndex) -> Iterator[Problem]:
    """« Guy Verhofstadt (ERC) et Helga Stevens (ALDE) » where the source writes « Guy Verhofstadt
    (ALDE, Belgique), Helga Stevens (ERC, Belgique) »: what the brackets after a person's name
    give (a party, a group, a country), written after another's name than the source's. Certain
    where the source brackets the person too, with other items, and writes that one after
    another person's name."""
    text = sentence.statement.text
    if "(" not in text:
        return
    theirs = _bracketed_in(index)
    for person in sentence.statement.persons:
        for item in sorted(_bracketed(person, text)):
            own = [k for k in theirs if same_person(person, k)]
            given = frozenset().union(*(theirs[k] for k in own))
            if not given or item in given:
                continue
            others = sorted(k for k in theirs if item in theirs[k] and k not in own)
            if others:
                at = next((i for i, s in enumerate(index.statements) if own[0] in s.persons), None)
                message = (
                    f"writes «{item}» after {person}: the source writes it after {others[0]}, "
                    f"and «{sorted(given)[0]}» after {own[0]}"
                )
                yield Problem(RULE, "hard", message, at, item)
                return


@lru_cache(maxsize=1024)
def _bracketed(person: str, text: str) -> frozenset[str]:
    """The items (folded, « , » apart) of the brackets right after `person`'s name in `text`
    (« Jean Lambert (Verts/ALE, Royaume-Uni) »: « verts/ale », « royaume-uni »)."""
    found = re.findall(rf"(?<![\w-]){re.escape(person)}\s*\(\s*([^()]{{1,80}}?)\s*\)", text)
    return frozenset(
        fold(" ".join(part.split()).lower()) for inside in found for part in inside.split(",")
    ) - {""}


def _bracketed_in(index: SourceIndex) -> dict[str, frozenset[str]]:
    """Each source person whose name the source writes brackets after → their items (read once
    per source)."""
    found = _BRACKETED_IN.get(index.text)
    if found is not None:
        return found
    if len(_BRACKETED_IN) >= 8:
        _BRACKETED_IN.clear()
    found = _BRACKETED_IN[index.text] = {}
    for statement in index.statements:
        for person in statement.persons:
            items = _bracketed(person, statement.text)
            if items:
                found[person] = found.get(person, frozenset()) | items
    return found


_BRACKETED_IN: dict[str, dict[str, frozenset[str]]] = {}


@cache
def _parties() -> tuple[str, ...]:
    return tuple(sorted((fold(w) for w in words("parties")), key=len, reverse=True))


@lru_cache(maxsize=1024)
def _parties_of(person: str, text: str) -> frozenset[str]:
    """The parties written with a title next to `person`'s name in `text`: before it (« le
    sénateur républicain Tom Cotton », « la députée socialiste de la Gironde, Anne Morel ») or
    after it and a comma (« Tom Cotton, sénateur républicain »)."""
    last = re.escape(fold(person.split()[-1].lower()))
    written = fold(normalise(text).lower()).replace("’", "'")
    titles = "|".join(
        re.escape(fold(t)) for t in sorted(words("titles"), key=len, reverse=True) if " " not in t
    )
    party = rf"({'|'.join(map(re.escape, _parties()))})(?:e|s|es)?(?![\w-])"
    where = rf"(?:\s+{_OF}[^\s.;:«»(),]+)?"  # « de l'Arkansas »
    title = rf"(?:{titles})e?s?"  # « députée »
    name = rf"(?:[\w'-]+\s+){{0,3}}{last}(?!\w)"
    before = rf"(?<![\w-]){title}\s+{party}{where}\s*,?\s+{name}"
    after = rf"(?<!\w){last}\s*,\s*(?:l[ea]\s+|l'|une?\s+)?{title}\s+{party}"
    return frozenset(m.group(1) for p in (before, after) for m in re.finditer(p, written))

"""Which people, places and organisations a claim is about, and how they stand in it.

Read: the names the NER finds in the sentence (people, places, organisations; not a demonym or
a capitalised common word, engine.gate.tokens.is_name), each as its words (« Benoît Hamon » is
also « Hamon »), with where it stands: its relation and the word it depends on (not another
name), the figure written right after it, the end of a way it is (« de », « à »), the source noun
it puts a name on (« son compatriote De Gendt »); and who the sentence may give unnamed (its one
subject as « il » or « le coureur belge », a pronoun elsewhere).

An article sentence clashes with the source sentence it restates when
- it names someone or somewhere of the source that sentence does not name, and leaves out a name
  of the same kind in the same place (« il est tombé 156 millimètres en Mauricie » where the
  source says « à Montréal »);
- one source person is in for the one person it leaves out, all the other names agreeing
  (« Claire Dumas et Julie Perrin » for « … et Sophie Lenoir »), unless the one out may be there
  unnamed or the name says who a source noun is; never a place (a region holds its country's
  name) nor a group (« l'entreprise » for Areva) by count;
- a source name stands in the same relation to the main verb as a name of that sentence the
  article leaves out (« Julian Alaphilippe est en tête du classement » for « Peter Sagan est
  leader du classement »; « a reconquis Falloujah » for « a repris Ramadi »), the kind being the
  one the source tags the name with;
- two names of that sentence are each where the other stands: the word they depend on, their
  figures, the ends of a way (« de Glennallen pour rejoindre Gakona » for « de Gakona à
  Glennallen »);
- a nationality is said of the noun that sentence gives another one (« l'aviation turque » for
  « l'aviation russe »), neither country said on the other side.
A name an honest writer adds for context stands elsewhere (« le pont Mathilde, à Rouen » beside
« l'échangeur Sud »: a point of the compass is no place). A name of the article the whole source
never gives is left to the fact inventory (a person not in the source).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from engine.gate.slots.base import Clash, lemma
from engine.gate.tokens import is_name
from engine.text import compound_key, compound_pattern, fold, one_letter_more
from engine.text.lexicon import lines, tagged, words

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

KINDS = frozenset({"PER", "LOC", "ORG"})
_PARTICLES = frozenset({"de", "du", "des", "la", "le", "les", "d'", "l'", "d’", "l’"})
_COURTESY = words("courtesy")  # « M. », « Monsieur » before a name: no part of it
_COMPASS = frozenset(fold(w) for w in words("compass"))  # « l'échangeur Sud »: no place
_PERSONAL = frozenset({"il", "elle", "ils", "elles", "lui", "leur", "eux", "le", "la", "les", "l'"})
_WAYS = {"de": "from", "d'": "from", "d’": "from", "depuis": "from", "à": "to", "vers": "to"}
_BESIDE = frozenset({"nmod", "appos", "conj", "flat"})  # a name beside a noun
_DEMONSTRATIVES = frozenset({"ce", "cet", "cette", "ces"})
_NOT_PLACES = frozenset({"conj", "appos", "flat", "dep", "root"})  # beside a name, or nowhere


@dataclass(frozen=True)
class Name:
    kind: str
    words: frozenset[str]
    shown: str
    place: tuple[str, str]  # where it stands: its relation and the lemma it depends on
    figure: str = ""  # the figure written right after it (« Corse (-0,7 %) »), if one
    names: str = ""  # the common noun it says who is (« son compatriote De Gendt »), if one
    at: str = ""  # the word it depends on, not another name (« Rennes » of « partie de »)
    way: str = ""  # the preposition of a way from or to it (« de Gakona », « à Glennallen »)
    main: str = ""  # its relation to the sentence's main verb, if it depends on it (« nsubj »)
    aside: bool = False  # written in brackets (« Villepinte ( Seine-Saint-Denis , France ) »)

    def same(self, other: Name) -> bool:
        """Whether two names may name the same: one holds the other's words, a word matching
        its misspelling by one letter at the end (« Alaphilippeet »)."""
        return _within(self.words, other.words) or _within(other.words, self.words)


@dataclass(frozen=True)
class Origin:
    """A nationality said of a noun (« la marine italienne »): the country and the noun."""

    country: str
    noun: str
    shown: str  # the adjective's lemma (« italien »)


@dataclass(frozen=True)
class Words:
    """Every word of the sentence (folded): a name of the source its words still give is kept,
    whether or not the NER found it there; and who may be there unnamed: a pronoun or a common
    noun as the one subject (« il », « le coureur belge »), a pronoun elsewhere (« lui »)."""

    words: frozenset[str]
    stand_in: bool = False  # its subject is one person or thing not named (« il »)
    pronouns: frozenset[str] = frozenset()  # the lemmas personal pronouns depend on


def spelt_alike(one: str, other: str) -> bool:
    """Two names one of which holds the other's words as `_alike` reads them: one spelling for
    another (« Daech » and « Daesch », « Kadhafi » and « Kadafi »)."""
    a = frozenset(fold(w.lower()) for w in one.split())
    b = frozenset(fold(w.lower()) for w in other.split())
    return bool(a and b) and (_within(a, b) or _within(b, a))


def _within(some: frozenset[str], others: frozenset[str]) -> bool:
    return all(any(_alike(w, o) for o in others) for w in some)


def _alike(a: str, b: str) -> bool:
    """One word, or its misspelling: a word of MISSPELT letters or more with a letter or two
    more at the end (« Alaphilippeet »), or one letter more or less, or two in a row swapped
    (« Jorgenson » for the source's « Jorgeson », « Bilham » for « Bihlam »); not one letter
    changed (« Dupond » is another man than « Dupont »)."""
    short, long = sorted((a, b), key=len)
    if a == b or len(short) < MISSPELT:
        return a == b
    return (
        long.startswith(short)
        and len(long) - len(short) <= 2
        or one_letter_more(short, long)
        or _swapped(short, long)
    )


MISSPELT = 5  # letters: a shorter word one letter from another is another word (« Marin »)


def _swapped(a: str, b: str) -> bool:
    """Two letters in a row swapped (« Bilham » for « Bihlam »)."""
    diff = [i for i in range(len(a)) if a[i] != b[i]] if len(a) == len(b) else []
    return (
        len(diff) == 2
        and diff[1] == diff[0] + 1
        and (a[diff[0]], a[diff[1]]) == (b[diff[1]], b[diff[0]])
    )


def read(tokens: Sequence[Token]) -> frozenset[Name | Words | Origin]:
    if not tokens:
        return frozenset()
    doc = tokens[0].doc
    start, end = tokens[0].i, tokens[-1].i + 1
    out: set[Name | Words | Origin] = set()
    for ent in doc.ents:
        if ent.start < start or ent.end > end or ent.label_ not in KINDS or not is_name(ent):
            continue
        written = list(ent)
        while ent.label_ == "PER" and len(written) > 1 and written[0].lower_ in _COURTESY:
            written = written[1:]  # « Monsieur Puigdemont » is « Carles Puigdemont »'s name
        while ent.label_ == "PER" and len(written) > 1 and written[-1].text[:1].islower():
            written = written[:-1]  # « Trump avouât »: a name the tagger ran on to its verb
        words = frozenset(
            fold(w.lower_) for w in written if w.is_alpha and w.lower_ not in _PARTICLES
        )
        root = ent.root
        head = root.head if root.head.i != root.i else root
        place = (root.dep_.split(":")[0], lemma(head))
        names = lemma(head) if place[0] in _BESIDE and head.pos_ == "NOUN" else ""
        at = "" if place[0] in _NOT_PLACES or head.pos_ == "PROPN" else place[1]
        way = next((c.lower_ for c in root.children if c.dep_ == "case"), "")
        main = _main(root.dep_, way) if head.dep_ == "ROOT" and head.i != root.i else ""
        if words:
            figure = _figure_after(ent, end)
            way = _WAYS.get(way, "")
            aside = _bracketed(doc[start : ent.start])
            out.add(Name(ent.label_, words, ent.text, place, figure, names, at, way, main, aside))
    for token in tokens:  # « la marine italienne »: a nationality said of a noun
        # (an adjective the parse hangs as nmod too: « le Parlement sud-coréen »)
        said_of = token.dep_ == "amod" or token.dep_ == "nmod" and token.pos_ == "ADJ"
        land = said_of and token.head.pos_ == "NOUN" and _country_of(token)
        if land:
            out.add(Origin(land, lemma(token.head), lemma(token)))
            for other in token.conjuncts:  # « des armées syriennes et russes »: of both
                if other.dep_ == "conj" and (also := _country_of(other)):
                    out.add(Origin(also, lemma(token.head), lemma(other)))
    if out:
        subjects = [t for t in tokens if t.dep_.startswith("nsubj")]
        stand_in = not any(t.pos_ == "PROPN" for t in subjects) and any(
            t.pos_ in ("PRON", "NOUN") and "Plur" not in t.morph.get("Number") for t in subjects
        )
        pronouns = frozenset(
            lemma(t.head) for t in tokens if t.pos_ == "PRON" and t.lower_ in _PERSONAL
        )
        written = frozenset(fold(t.lower_) for t in tokens if t.is_alpha)
        out.add(Words(written, stand_in, pronouns))
    return frozenset(out)


def _bracketed(before: Span) -> bool:
    """Whether a bracket opened before a name (in `before`, the sentence up to it) is still
    open: the name is an aside."""
    depth = 0
    for token in before:
        depth += token.text == "("
        depth -= token.text == ")" and depth > 0
    return depth > 0


def _main(dep: str, case: str) -> str:
    """A relation to the main verb, as compared: « obl:mod », « obl:arg » are one « obl », and
    one with no preposition is an object (« a repris Ramadi », read « obl:mod » or « obj »)."""
    if dep.startswith("obl") and dep != "obl:agent":
        return "obl" if case else "obj"
    return dep


_FEMININE = (
    ("esse", "e"),  # « suissesse »
    ("ienne", "ien"),
    ("enne", "en"),
    ("aine", "ain"),
    ("aise", "ais"),
    ("oise", "ois"),
    ("cque", "c"),  # « grecque »
    ("que", "c"),  # « turque »
)


@cache
def _countries() -> dict[str, str]:
    return tagged("nationalities", "\t")


def _country_of(token: Token) -> str | None:
    return country(token.lemma_) or country(token.text)


def country(word: str) -> str | None:
    """The country a word of nationality names, in any form (« Canadiennes » → Canada), or a
    country's own name."""
    said = nationality(word)
    return _countries()[said] if said is not None else _countries_by_name().get(fold(word.lower()))


@lru_cache(maxsize=1 << 14)  # asked of every capitalised word, many times
def nationality(word: str) -> str | None:
    """The lexicon's word of nationality a form of it gives (« Canadiennes », « Suissesse » →
    « canadien », « suisse »), or None."""
    countries = _countries()
    word = word.lower()
    forms = {word, word.removesuffix("s")}
    forms |= {f[: -len(end)] + to for f in set(forms) for end, to in _FEMININE if f.endswith(end)}
    forms |= {f.removesuffix("e") for f in set(forms)}
    found = next((form for form in sorted(forms) if form in countries), None)
    if found is not None:
        return found
    # its accents or its hyphen left out, or another one put in (« Francais », « Kenyan »,
    # « srilankais », « sud coréen »): the same word, as its compound key
    keyed = _demonyms_by_key()
    return next((keyed[k] for k in sorted(map(compound_key, forms)) if k in keyed), None)


def turned_about(token: Token) -> tuple[str, int] | None:
    """A word of nationality written after its country's side (« l'Africaine du Sud », « les
    Coréens du Nord »): the lexicon's compound it is (« sud-africain »), and the index of its last
    word; None where the lexicon has no such compound (« un Américain du Nord »)."""
    doc, i = token.doc, token.i
    after = doc[i + 1 : i + 4]
    for of in (["du"], ["de", "l'"]):
        n = len(of)
        if len(after) <= n or [t.lower_.replace("’", "'") for t in after[:n]] != of:
            continue
        side = after[n].text
        if not side[:1].isupper() or side.lower() not in _SIDES:
            continue  # « du Sud », not « du sud du pays »
        said = nationality(token.text)
        compound = nationality(f"{side.lower()}-{said}") if said is not None else None
        if compound is not None and compound != said:
            return compound, i + n + 1
    return None


_SIDES = frozenset({"nord", "sud", "est", "ouest"})  # the side of a country a compound names


@cache
def _demonyms_by_key() -> dict[str, str]:
    """Every word of nationality of the lexicon by its compound key (« sudafricain »)."""
    return {compound_key(w): w for w in sorted(_countries())}


@cache
def _countries_by_name() -> dict[str, str]:
    """Every country by its folded name (« etats-unis » → États-Unis) and by its other names
    (lexicon `country_names`: « grande-bretagne » → Royaume-Uni), not those that are also a
    person's (« Hollande »), built once."""
    named = {fold(c.lower()): c for c in _countries().values()}
    return {**{fold(n.lower()): c for n, c, person in _other_names() if not person}, **named}


@cache
def _other_names() -> tuple[tuple[str, str, bool], ...]:
    """Lexicon `country_names`: (another name, its country, whether it is also a person's)."""
    rows = (line.split("\t") for line in lines("country_names"))
    return tuple((r[0], r[1], r[2:] == ["name"]) for r in rows)


def country_named(name: str) -> str | None:
    """The country a place's name names, by its own name or by another (lexicon
    `country_names`, those that are also a person's too: « la Hollande »), whatever joins its
    words (« Grande Bretagne »); None for any other name."""
    key = compound_key(name)
    return _country_names().get(key)


def names_of_countries() -> tuple[tuple[str, str, bool], ...]:
    """Every name of a country (its own, lexicon `nationalities`, and its others, lexicon
    `country_names`), its country, and whether it is also a person's (« Hollande »)."""
    own = tuple((c, c, False) for c in sorted(set(_countries().values())))
    return own + _other_names()


def names_country(land: str, text: str, but: str = "") -> bool:
    """Whether `text` names the country `land` by one of its names (`names_of_countries`), however
    its compound is written (« la Grande Bretagne »), a name that is also a person's only as a
    place (« la Hollande », not « François Hollande »); not by the name `but`."""
    folded = fold(text)
    return any(
        re.search(_A_PLACE * person + compound_pattern(name), folded) is not None
        for name, named, person in names_of_countries()
        if named == land and compound_key(name) != compound_key(but)
    )


_A_PLACE = r"(?<!\w)(?:la|en|de)\s+"  # « la Hollande », not « François Hollande »


@cache
def _country_names() -> dict[str, str]:
    names = {compound_key(n): c for n, c, _ in _other_names()}
    return {**names, **{compound_key(c): c for c in _countries().values()}}


def holds(whole: str, part: str) -> bool:
    """Whether the country `whole` holds the country `part` (lexicon `country_parts`:
    « Royaume-Uni » holds « Angleterre »): a person of the part is one of the whole."""
    return whole in _parts().get(part, ())


@cache
def _parts() -> dict[str, frozenset[str]]:
    found: dict[str, set[str]] = {}
    for part, whole in tagged("country_parts", "\t").items():
        found.setdefault(part, set()).add(whole)
    return {p: frozenset(w) for p, w in found.items()}


def _figure_after(ent: Span, end: int) -> str:
    """The figure right after a name, in brackets or not (« Corse (-0,7 %) »): what the
    sentence pairs with it."""
    for token in ent.doc[ent.end : min(ent.end + 3, end)]:
        if token.like_num or token.pos_ == "NUM":
            return token.text.lstrip("+-−")
        if token.text not in "(+-−":
            return ""
    return ""


def _respelt(one: Name, other: Name) -> bool:
    """« Sebastian Kienle » where the source sentence writes « Sebastien Kienle » (and another
    sentence « Sebastian »): one name, but for one letter changed in one long word of it."""
    mine, theirs = one.words - other.words, other.words - one.words
    if len(mine) != 1 or len(theirs) != 1 or not one.words & other.words:
        return False
    a, b = next(iter(mine)), next(iter(theirs))
    return len(a) == len(b) >= RESPELT and sum(x != y for x, y in zip(a, b, strict=True)) == 1


RESPELT = 6  # letters: a word this long spelt with one letter changed is still that word


def compare(
    article: frozenset[Name | Words | Origin],
    source: frozenset[Name | Words | Origin],
    known: frozenset[Name | Words | Origin],
) -> Iterator[Clash]:
    # in a fixed order: the first name added, the first left out, are then the same whatever
    # order the sets yield them in (PYTHONHASHSEED)
    mine = sorted((n for n in article if isinstance(n, Name)), key=_order)
    theirs = sorted((n for n in source if isinstance(n, Name)), key=_order)
    written = frozenset().union(*(w.words for w in article if isinstance(w, Words)))
    stand_in = any(w.stand_in for w in article if isinstance(w, Words))
    pronouns = frozenset().union(*(w.pronouns for w in article if isinstance(w, Words)))
    said = frozenset().union(*(w.words for w in source if isinstance(w, Words)))
    sources = [k for k in known if isinstance(k, Name)]
    added = [  # of the source, not in this source sentence (nor there as words the NER missed)
        n
        for n in mine
        if not any(n.same(s) for s in theirs)
        and not _within(n.words, said)
        and any(n.same(k) for k in sources)
        and not any(_respelt(n, s) for s in theirs)
    ]
    left = [
        s
        for s in theirs
        if not any(s.same(a) for a in mine)
        and not _within(s.words, written)
        and not s.words <= _COMPASS
        and not _said_by_its_noun(s, written)
        and not any(_acronym(s, a, sources) or _acronym(a, s, [s]) for a in mine)
    ]
    # « l'Australien Timothy Reed, ou Tim Reed »: a second form of a name the sentence gives
    added = [n for n in added if not _another_form(n, mine, theirs)]
    yield from _taken_over(mine, theirs, left)
    for name in added:
        # what the source tags it (« Falloujah » may be a person here, a place there)
        kinds = {k.kind for k in sources if name.same(k)} or {name.kind}
        rivals = sorted(s.shown for s in left if s.kind in kinds and s.place == name.place)
        # the same relation to the main verb (« Paul Durand est à la tête » for « Marie Lenoir
        # dirige »), a person or a place the sentence does not give where it stands
        rivals += sorted(
            s.shown
            for s in left
            if s.kind in kinds and name.main and s.main == name.main and s.shown not in rivals
        )
        # one person in for one out, all the others agree: swapped; unless it says
        # who a noun of the source sentence is (« son compatriote De Gendt »), or the one out
        # may be there unnamed: the one subject, a pronoun or a noun (« il », « le coureur
        # belge »), or a pronoun where it stands (« lui ont pris » for « ont pris à l'EI »).
        # Never a place nor a group by count: a place may hold the one out (« en Bavière » of
        # « Allemagne »), a group be there by another name (« l'entreprise » for Areva)
        out = [s for s in left if s.kind == "PER"] if kinds == {"PER"} else []
        excused = stand_in or fold(name.names) in said or any(s.place[1] in pronouns for s in out)
        one_each = len(out) == 1 and [a.kind for a in added].count(name.kind) == 1
        # a name put on a noun (« sous les yeux du porte-parole X ») stands in for no name
        # that stands on its own: the subject of a clause the sentence leaves out
        alike = one_each and (not name.names or bool(out[0].names))
        if not rivals and alike and not excused:
            rivals = [out[0].shown]
        if rivals:
            # one surname: the source's man by another first name (« Bud » for « William
            # Luckey »), or his brother (« Jonathan » for « Alistair Brownlee »): unsure
            kin = _surname(name.shown) == _surname(rivals[0])
            said = f"names {name.shown} where the source names {rivals[0]}"
            yield Clash("review" if kin else "hard", said)
            return
    yield from _exchanged(mine, theirs)
    yield from _origins(article, source, written, said)


def _taken_over(mine: list[Name], theirs: list[Name], left: list[Name]) -> Iterator[Clash]:
    """A person of the source sentence written where that sentence has another one, the article
    leaving that one out (« l'avocate de Nicolas Miguet précise que Miguet … » for « l'avocate de
    Benoît Hamon précise que Nicolas Miguet … »): the noun whose complement he is (« l'avocate
    de », « la mère de ») is the other's there, never his own. Not a place (« évacué vers Nice »
    for « vers l'hôpital Pasteur de Nice »: it holds the one left out), nor a name beside a verb
    (« tourné avec Jean-Louis Trintignant » of « tourné pour Claude Chabrol, …, avec Jean-Louis
    Trintignant »: a list, its first ones left out)."""
    for out in left:
        if out.kind != "PER" or out.place[0] != "nmod" or not out.names:
            continue
        for name in mine:
            there = [t for t in theirs if name.same(t)]
            if (
                name.place == out.place
                and name.kind == out.kind
                and there
                and not any(t.place[0] == "conj" for t in there)
                and out.kind in {t.kind for t in there}
                and not any(t.place == out.place for t in there)
            ):
                yield Clash("hard", f"names {name.shown} where the source names {out.shown}")
                return


def _order(name: Name) -> tuple[str, ...]:
    return (
        name.shown,
        name.kind,
        *name.place,
        name.figure,
        name.names,
        name.at,
        name.way,
        name.main,
        str(name.aside),
    )


def _origin_order(origin: Origin) -> tuple[str, str, str]:
    return (origin.country, origin.noun, origin.shown)


def _surname(shown: str) -> str:
    return fold(shown.split()[-1].lower()) if shown.split() else ""


def _another_form(name: Name, mine: list[Name], theirs: list[Name]) -> bool:
    """`name` has the surname of another name of the article sentence that the source sentence
    gives: the same person said twice (« Timothy Reed, ou Tim Reed »)."""
    return any(
        other is not name
        and other.kind == name.kind
        and len(other.shown.split()) > 1
        and _surname(other.shown) == _surname(name.shown)
        and any(other.same(t) for t in theirs)
        for other in mine
    )


def _said_by_its_noun(name: Name, written: frozenset[str]) -> bool:
    """A name put on a thing (« l'affaire Penelope Fillon ») said by the thing (« cette même
    affaire »); not a person's title or trade (« le champion olympique Alistair Brownlee »)."""
    people = words("titles") | words("descriptive") | frozenset(tagged("occupations", "\t"))
    this = bool(written & _DEMONSTRATIVES)  # « cette même affaire »
    on = name.place[0] in ("nmod", "appos", "flat")  # put on the noun, not beside it (conj)
    return this and on and name.names not in people and fold(name.names) in written


def _acronym(short: Name, name: Name, sources: list[Name]) -> bool:
    """`short` is the acronym the source uses for a name whose first words `name` gives (« la
    CE » of « la Commission européenne », said « la Commission »), or all but its first, a head
    noun the name leaves unsaid (« l'ONU » for « les Nations unies »: the Organisation), or its
    acronym in another tongue (« l'UNESCO », engine.gate.source_index.reordered)."""
    letters = "".join(w for w in short.shown.split() if w.isupper())  # « UE », « U.E. »
    letters = letters.replace(".", "")
    if not letters or not short.shown.replace(" ", "").isupper():
        return False
    from engine.gate.source_index import initials, reordered

    letters = fold(letters.lower())
    return any(
        name.same(k) and (_initialled(initials(k.shown), letters) or reordered(letters, k.shown))
        for k in sources
    )


def _initialled(said: str, letters: str) -> bool:
    """The initials of a name are an acronym's letters, or all of them but its first (two at
    least: « nu » of « onu »)."""
    return said == letters or len(said) >= 2 and said == letters[1:]


def _origins(
    article: frozenset[Name | Words | Origin],
    source: frozenset[Name | Words | Origin],
    written: frozenset[str],
    said: frozenset[str],
) -> Iterator[Clash]:
    """A nationality said of the noun the source sentence gives another one (« la marine
    espagnole » for « la marine italienne »), that country nowhere in the article sentence and
    its own nowhere in the source sentence. Where the two sentences differ by one country each,
    engine.gate.claims.roles says so already."""
    mine = sorted((o for o in article if isinstance(o, Origin)), key=_origin_order)
    theirs = sorted((o for o in source if isinstance(o, Origin)), key=_origin_order)
    lands = {o.country for o in mine} | {c for c, folded in _named_countries() if folded in written}
    given = {o.country for o in theirs} | {c for c, folded in _named_countries() if folded in said}
    if len(lands - given) == 1 and len(given - lands) == 1:
        return
    for origin in mine:
        if origin.country in given or origin.country in words("continents"):
            continue  # a continent holds its countries
        other = next((o for o in theirs if o.noun == origin.noun and o.country not in lands), None)
        if other is not None:
            yield Clash("hard", f"says «{origin.shown}» where the source says «{other.shown}»")
            return


@cache
def _named_countries() -> tuple[tuple[str, str], ...]:
    """Every country the lexicon names, with its folded form (as a sentence is searched)."""
    return tuple((c, fold(c.lower())) for c in sorted(set(_countries().values())))


def _exchanged(mine: list[Name], theirs: list[Name]) -> Iterator[Clash]:
    """Two names of the source sentence, both in the article sentence, each where the other
    stands there: the word it depends on (« Le Portugal n'a plus de gouvernement » for « l'Espagne
    est sans gouvernement … le Portugal est dirigé »), the figure beside it, or the end of a way
    it is (« partis de Glennallen pour rejoindre Gakona » for « de Gakona à Glennallen »)."""
    for name in mine:
        for other in mine:
            if other is name or other.kind != name.kind or name.same(other):
                continue
            there = [s for s in theirs if s.same(name)]
            rival = [s for s in theirs if s.same(other)]
            if not there or not rival or not {t.kind for t in there} & {r.kind for r in rival}:
                continue  # the source tags them of two kinds (« chez Arnys », a shop; a man)
            for what in ("head", "figure", "way"):
                if what == "head" and _nested(there, rival):
                    continue  # « à la gare de Saint-Charles à Marseille »: one place, two scales
                mine_at, rival_at = _at(name, what), {_at(r, what) for r in rival}
                there_at = {_at(t, what) for t in there}
                if what == "head" and name.kind == "LOC" and all(t.aside for t in there):
                    continue  # the source says it only in brackets, where another place is
                    # (« Villepinte ( Seine-Saint-Denis , France ) »): no place of its own
                # the other stands somewhere of its own; a way's other end may be an object
                # (« rejoindre Gakona »), but this one's end is another there
                own = _at(other, what) or what == "way" and bool(there_at - {""})
                if (
                    mine_at
                    and mine_at in rival_at
                    and mine_at not in there_at
                    and own
                    and _at(other, what) not in rival_at
                ):
                    yield Clash(
                        "hard",
                        f"names {name.shown} where the source names {other.shown}: "
                        f"it exchanges them",
                    )
                    return


def _nested(there: list[Name], rival: list[Name]) -> bool:
    """The source hangs one of two names on the other's own noun (« la gare de Saint-Charles à
    Marseille »: Marseille on « gare »): a place said within another, which an article may set
    apart (« à la gare de Saint-Charles, à Marseille ») with no exchange."""
    return any(t.at and t.at in r.words for t in there for r in rival) or any(
        r.at and r.at in t.words for t in there for r in rival
    )


def _at(name: Name, what: str) -> str:
    return {"figure": name.figure, "way": name.way}.get(what, name.at)

"""Antonyms: a word said of a thing where the source sentence restated says its opposite of the
same thing (lexicon/antonyms.txt: « s'est imposée » for « s'est inclinée », « rouverts » for
« fermés », « contre » for « en faveur de », « la victoire » for « la défaite »).

Read: each word of a pair (a participle read as an adjective by its verb: « fermés » → fermer),
with whom it is said of and what of:
- `who`: the name or noun of its subject (the noun a relative's « qui » stands for, the noun a
  participle qualifies), a pronoun as written (« pron:il »); none where it has no subject;
- `what`: the nouns it is said of — an adjective's noun, a verb's object, a noun's complement
  (« la victoire de X »), a preposition's complement (« contre les centrales »);
- `denied`: its clause says no (« n'a pas gagné »).

An article word clashes with a source word of its opposites when neither sentence also says the
other's word, both are denied alike (« n'a pas gagné » restates « a perdu »), and they are said of
one thing: the same subject (by a name or a noun, or one pronoun on both sides) and no two
different objects, or, a subject wanting on one side, the same object or complement. Two
different subjects are a converse (« X a battu Y » told « Y a perdu contre X »), no clash.
Hard (on a near-minimal pair: `claims.PAIR_ONLY`), else review.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from engine.gate.slots.base import Clash, lemma
from engine.gate.tokens import is_content
from engine.text import fold
from engine.text.lexicon import by_tag

if TYPE_CHECKING:
    from spacy.tokens import Token

_NOUNS = ("NOUN", "PROPN")
STEM = 6  # letters that name a word in its other forms (as alignment.NOUN_STEM)
_SUBJECTS = ("nsubj", "nsubj:pass")
_RELATIVE = frozenset({"qui", "que", "qu'", "qu’", "lequel", "laquelle", "lesquels", "lesquelles"})
_NAME_PARTS = ("flat:name", "flat", "compound")
# a verb of beating said in the passive (« X a été battu »: lexicon « beating »): the lexicon's
# « vaincu », X its own
_BEATEN = "vaincu"
# words of order in time: « A avant B » is « B après A », the same verb alone pins the event
_ORDER = frozenset({"avant", "après"})


@dataclass(frozen=True)
class Said:
    word: str  # the lexicon's word (a participle's verb)
    written: str
    who: frozenset[str]  # its subject's words (a name's, a noun's; « pron:il »); empty: none
    what: frozenset[str]  # the nouns it is said of
    denied: bool
    verb: str = ""  # the verb a preposition's phrase hangs on (« avant »: before whose act)


@dataclass(frozen=True)
class Written:
    """A word of the lexicon the sentence says, whatever it is said of (« avant et après le
    dépôt »: « après » has no complement of its own, yet the sentence says it)."""

    word: str


Mark = Said | Written


@cache
def _lexicon() -> tuple[dict[str, frozenset[str]], dict[str, str]]:
    """Each word → its opposites; each irregular participle → its verb (lexicon/antonyms.txt,
    « pair » and « participle »)."""
    entries = by_tag("antonyms")
    opposites: dict[str, set[str]] = {}
    for pair in entries.get("pair", ()):
        first, second = pair.split()
        opposites.setdefault(first, set()).add(second)
        opposites.setdefault(second, set()).add(first)
    participles = dict(p.split() for p in entries.get("participle", ()))
    return {w: frozenset(o) for w, o in opposites.items()}, participles


@cache
def _verbs(tag: str) -> frozenset[str]:
    """The verbs lexicon/antonyms.txt tags « giving » or « beating »."""
    return by_tag("antonyms").get(tag, frozenset())


def _word(token: Token) -> str | None:
    """The lexicon's word for a token: its lemma, else a participle's verb."""
    opposites, participles = _lexicon()
    low = token.lemma_.lower()
    if low in _verbs("beating") and any(c.dep_ == "aux:pass" for c in token.children):
        return _BEATEN
    if token.pos_ in ("ADJ", "VERB"):
        for form in (low, token.lower_):
            stem = form.rstrip("s")
            for ending in ("ée", "é", "e"):
                if stem.endswith(ending) and stem[: -len(ending)] + "er" in opposites:
                    return stem[: -len(ending)] + "er"
            if stem in participles or stem.rstrip("e") in participles:
                return participles.get(stem, participles.get(stem.rstrip("e")))
    if low in opposites:
        return low
    if token.pos_ == "VERB" and low + "r" in opposites:  # « abaisse » left inflected
        return low + "r"
    return None


def read(tokens: Sequence[Token]) -> frozenset[Mark]:
    opposites, _ = _lexicon()
    out: set[Mark] = set()
    for t in tokens:
        if t.pos_ not in ("VERB", "ADJ", "NOUN", "ADP", "ADV"):
            continue
        if t.pos_ in ("ADP", "ADV") and t.lower_ not in opposites:
            continue  # « entre » lemmatised « entrer »
        word = _word(t)
        if word is None or word not in opposites:
            continue
        out.add(Written(word))
        if t.pos_ in ("ADP", "ADV") or word == "faveur":
            what = _placed(t, word)
            if not what:
                continue  # « deux jours avant »: before what?
        else:
            what = _of(t)
        verb = t.head.head if t.dep_ == "case" else t.head
        out.add(Said(word, t.text, _who(t, word), what, _denied(t), lemma(verb)))
    return frozenset(out)


def _name(token: Token) -> frozenset[str]:
    """A subject's words: a pronoun as written, a name with its other parts, a noun."""
    if token.pos_ == "PRON":
        return frozenset({f"pron:{token.lower_}"})
    parts = [token, *(c for c in token.children if c.dep_ in _NAME_PARTS)]
    return frozenset(lemma(p) for p in parts if is_content(p) or p.pos_ == "PROPN")


def _who(token: Token, word: str) -> frozenset[str]:
    """Whom the word is said of: its clause's subject (a passive's agent: « remportée par X »),
    the noun a relative pronoun stands for or a participle or adjective qualifies; a noun's,
    the subject of the verb it is the object of, unless that verb gives it to another
    (« a infligé une défaite à Nantes »)."""
    if word != _BEATEN:  # « X a été battu »: X is the one beaten, the word's own subject
        agent = next((c for c in token.children if c.dep_ == "obl:agent"), None)
        if token.pos_ in ("VERB", "ADJ") and agent is not None:
            return _name(agent)
    verb = token
    if token.pos_ in ("NOUN", "ADP", "ADV") or token.dep_ in ("amod", "acl"):
        if token.dep_ in ("amod", "acl") and token.head.pos_ in _NOUNS:
            return _name(token.head)
        if token.pos_ in ("ADP", "ADV"):
            verb = token.head.head if token.dep_ == "case" else token.head
        elif token.dep_ == "obj" and token.head.pos_ == "VERB":
            verb = token.head  # « essuie de lourds revers »: whose
            if verb.lemma_.lower() in _verbs("giving"):
                return frozenset()
        else:
            return frozenset()
    for _ in range(2):  # « a dû s'incliner »: the subject of the verb above
        subject = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
        if subject is not None:
            relative = subject.lower_ in _RELATIVE and verb.dep_.startswith("acl")
            if relative and verb.head is not verb:
                return _name(verb.head)
            return _name(subject)
        if verb.dep_ not in ("xcomp", "conj") or verb.head is verb:
            break
        verb = verb.head
    return frozenset()


def _of(token: Token) -> frozenset[str]:
    """The nouns a verb, a noun or an adjective is said of: an adjective's noun, a verb's object
    (and its complements), a noun's complement."""
    if token.pos_ == "ADJ" and token.dep_ == "amod":
        return frozenset({lemma(token.head)}) if token.head.pos_ in _NOUNS else frozenset()
    deps = ("obj", "obl", "obl:arg", "obl:mod", "nmod") if token.pos_ != "NOUN" else ("nmod",)
    return frozenset(
        lemma(c) for c in token.children if c.dep_ in deps and c.pos_ in _NOUNS and is_content(c)
    )


def _placed(token: Token, word: str) -> frozenset[str]:
    """What a preposition places: its complement (« contre les centrales », « en faveur des
    centrales », « avant la pause »); none for a pronoun (« avant lui »: who?)."""
    if word == "faveur":  # « en faveur de X »: the first noun after it
        after = token.doc[token.i + 1 : token.i + 5]
        noun = next((t for t in after if is_content(t) and t.pos_ in (*_NOUNS, "ADJ")), None)
        return frozenset({lemma(noun)}) if noun is not None else frozenset()
    if token.dep_ == "case" and token.head is not token and token.head.pos_ in _NOUNS:
        return frozenset({lemma(token.head)})
    return frozenset()


def _denied(token: Token) -> bool:
    from engine.gate.claims.polarity import _negated

    if token.pos_ in ("VERB", "ADJ") and token.dep_ not in ("amod", "acl"):
        return _negated(token)
    # a noun, a preposition: the verb it hangs on (« ne se sont pas mobilisés contre le projet »,
    # « n'a pas obtenu la victoire »)
    verb = token.head.head if token.dep_ == "case" else token.head
    if verb is token or verb.pos_ not in ("VERB", "AUX") or token.dep_ in ("amod", "acl"):
        return False
    return _negated(verb)


def _stems(words: frozenset[str]) -> frozenset[str]:
    """Words by their first letters (« centrales » read a noun on one side, « central » an
    adjective on the other)."""
    return frozenset(fold(w)[:STEM] for w in words)


def _one_thing(mine: Said, theirs: Said) -> bool:
    """Whether two words are said of one thing: the same subject and no two objects, or, a
    subject wanting on one side, the same object or complement."""
    mine_what, their_what = _stems(mine.what), _stems(theirs.what)
    if mine.who and theirs.who:
        if not _stems(mine.who) & _stems(theirs.who):
            return False  # another subject: a converse, or another's fact
        return not (mine_what and their_what and not mine_what & their_what)
    return bool(mine_what & their_what)


def compare(
    article: frozenset[Mark], source: frozenset[Mark], known: frozenset[Mark]
) -> Iterator[Clash]:
    opposites, _ = _lexicon()
    said = {s.word for s in source}
    mine = {m.word for m in article}
    theirs = sorted((s for s in source if isinstance(s, Said)), key=lambda s: s.written)
    for m in sorted((m for m in article if isinstance(m, Said)), key=lambda m: m.written):
        if m.word in said:
            continue  # the source says it too: which applies is no reading's to say
        if any(
            isinstance(k, Said) and k.word == m.word and (not m.who or _one_thing(m, k))
            for k in known
        ):
            continue  # another source sentence says it of the same thing, or of a thing
            # unsure where no subject pins it (« des entrées record » where the sentence
            # restated tells the record of « sorties », another the entries' own)
        for s in theirs:
            if s.word not in opposites[m.word] or s.word in mine or m.denied != s.denied:
                continue
            if _one_thing(m, s) and (m.word not in _ORDER or m.verb == s.verb):
                yield Clash("hard", f"says «{m.written}» where the source says «{s.written}»")
                return

"""Focus keyphrase: a phrase of the source, for what the story is about.

A keyphrase is a phrase as the source writes it, never words put together: a **name** (a named
entity or a run of proper nouns, always whole: « Iván Duque », « Copper Basin 300 », « SN
2016gkg », never « Iván » alone nor « Kosciusko » of « Kosciusko-Morizet ») or a **noun phrase**
(a common noun, its adjectives, and at most one complement in « de »: « primaire socialiste »,
« procédure de sanctions », « maire de Sevran », or a noun before a name that is not a person's:
« pont Mathilde »). Phrases are made of whole words: « end » is no phrase of « week-end ».

What the story is about is told by its title, in this order: a kicker before a colon (« Copper
Basin 300 : Matt Hall remporte la victoire »), then the title's noun phrases of two words or more
(the event or the thing: « Benoît Hamon remporte la primaire socialiste », « La Commission
européenne lance une procédure de sanctions »), then its names (« Iván Duque », a person as the
text names them in full: « Merkel » → « Angela Merkel »), then its lone nouns (« le chômage
repart à la hausse »); in each tier, title order. A one-word kicker (« France : … »,
« Astronomie : … ») is a rubric, not the topic: last. The phrases the text takes up (half their
words in one sentence of it, at least) come before those it does not (« Tour de France 2016 : »
above a stage the text tells without naming the Tour). Then the phrases of the text, the most
mentioned first (a person also by the surname alone), names and longer phrases before lone
nouns: without a title, the keyphrase is the one the text repeats most. A candidate never
repeats a part of one before it (« Hamon » after « Benoît Hamon »), is shown as the text writes
it most, and never holds a direction contrary to the title's: for « le chômage repart fortement
à la hausse », not « baisse du chômage ».
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from engine.text import fold, lexicon

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_ELIDED = re.compile(r"^[ldLD]'(?=\w)")  # « L'OTAN » written as one word
CONNECTORS = frozenset({"de", "du", "des", "d'"})
ARTICLES = lexicon.words("definite_articles")
MAX_ADJECTIVES = 2
MAX_WORDS = 5  # a longer "phrase" is a clause, not something one searches for
NAME_PARTICLES = lexicon.words("name_particles")  # « De Gendt », « von der Leyen »
COURTESY_TITLES = lexicon.words("courtesy")  # « le président Iván Duque »: no part of the name
# Words that give a story its direction (lemmas, lexicon/direction.txt): a keyphrase may not
# point the other way.
RISING = frozenset(w for w, sign in lexicon.tagged("direction").items() if sign == "+")
FALLING = frozenset(w for w, sign in lexicon.tagged("direction").items() if sign == "-")


@dataclass(frozen=True)
class Word:
    """A whole word of the text: one token, or tokens glued by a hyphen (« week-end »)."""

    text: str
    lemma: str  # folded
    pos: str
    entity: str  # the label of the named entity it belongs to ("" outside one)
    entity_start: bool  # it begins that entity
    first: bool  # it begins its sentence
    sentence: int  # where its sentence starts (the index of its first token)

    @property
    def forms(self) -> frozenset[str]:
        return frozenset({self.lemma, fold(self.text)})

    @property
    def capital(self) -> bool:
        return self.text[:1].isupper()

    @property
    def content(self) -> bool:
        return any(ch.isalnum() for ch in self.text) and self.pos not in FUNCTION_POS


FUNCTION_POS = frozenset({"DET", "ADP", "PRON", "CCONJ", "SCONJ", "AUX", "PUNCT", "PART", "SPACE"})


@dataclass(frozen=True)
class Phrase:
    text: str  # as written
    key: tuple[str, ...]  # its content words' folded lemmas
    label: str  # the named entity's label (PER, ORG, LOC, MISC) for a name, "" otherwise

    @property
    def named(self) -> bool:
        return bool(self.label) or len(self.key) > 1


def words_of(sentence: Doc | Span, proper: frozenset[str] = frozenset()) -> list[Word]:
    """The sentence's whole words, in order (punctuation kept, as words of its own). A word
    that opens the sentence is taken as any other when its folded form is in `proper` (the
    text writes it capitalised inside a sentence too: « Opportunity fait de l'escalade »)."""
    groups: list[tuple[int, list[Token]]] = []
    spaced, opening = True, sentence.start
    for token in sentence:
        if token.is_sent_start:
            opening = token.i
        if token.is_space:  # a line break between two words
            spaced = True
            continue
        if groups and not spaced and _glued(groups[-1][1][-1], token):
            groups[-1][1].append(token)
        else:
            groups.append((opening, [token]))
        spaced = False
    found = []
    for opening, tokens in groups:
        text = "".join(t.text_with_ws for t in tokens).strip().replace("’", "'")
        main = next((t for t in reversed(tokens) if t.text != "-"), tokens[-1])
        single = len(tokens) == 1 and main.pos_ != "PROPN"
        found.append(
            Word(
                text=text,
                lemma=fold(main.lemma_ if single else text).replace("’", "'"),
                pos=main.pos_,
                entity=next((t.ent_type_ for t in tokens if t.ent_type_), ""),
                entity_start=tokens[0].ent_iob_ == "B",
                first=tokens[0].i in (opening, sentence.start) and fold(text) not in proper,
                sentence=opening,
            )
        )
    return found


def _elided(word: str) -> bool:
    """A French word elided before an apostrophe: one letter (« l' », « s' ») or « …qu' »
    (« qu' », « lorsqu' », « jusqu' »)."""
    return len(word) == 1 or word.lower().endswith("qu")


def _glued(before: Token, token: Token) -> bool:
    """`token` continues the word of `before`: no space between, and a hyphen or letters join
    them (an elided « l' » or a comma ends a word; an English possessive does not:
    « PlayerUnknown's » is one word)."""
    if before.whitespace_:
        return False
    if before.text.endswith(("'", "’")):
        return token.text == "s" and not _elided(before.text[:-1])
    if "-" in (before.text, token.text):
        return True
    return before.text[-1:].isalnum() and token.text[:1].isalnum()


def phrases_of(
    words: Sequence[Word], pairs: frozenset[tuple[str, str]] = frozenset()
) -> list[tuple[int, int, Phrase]]:
    """Every name and noun phrase of a sentence's words, as (start, end, phrase); `pairs`, the
    first two words of the text's names of two words or more, keep those names whole."""
    names = _names(words, pairs)
    name_at = {start: (start, end) for start, end in names}
    inside = {i for start, end in names for i in range(start, end)}
    found = [
        (start, end, _phrase(words[start:end], _label(words[start:end]))) for start, end in names
    ]
    for start, word in enumerate(words):
        if start in inside or word.pos != "NOUN" or not _common(word):
            continue
        end = start + 1
        found.append((start, end, _phrase(words[start:end], "")))
        while end < len(words) and end - start <= MAX_ADJECTIVES and _adjective(words[end]):
            end += 1
            found.append((start, end, _phrase(words[start:end], "")))
        complement = _complement(words, end, name_at, inside)
        if complement and complement - start <= MAX_WORDS:
            found.append((start, complement, _phrase(words[start:complement], "")))
    return found


def _common(word: Word) -> bool:
    """A common word: lowercase, or capitalised only for opening its sentence."""
    lowercase = not word.capital or (word.first and not word.entity and word.pos != "PROPN")
    alphabetic = word.lemma.replace("-", "").isalpha()
    return word.content and alphabetic and len(word.text) > 1 and lowercase


def _adjective(word: Word) -> bool:
    return word.pos == "ADJ" and _common(word) and not word.entity


def _complement(
    words: Sequence[Word], end: int, name_at: dict[int, tuple[int, int]], inside: set[int]
) -> int:
    """Where a noun's complement ends (« de sanctions », « Mathilde »), 0 when it has none."""
    i = end
    if i < len(words) and words[i].text.lower() in CONNECTORS:
        i += 1
        if i < len(words) and words[i].text.lower() in ARTICLES:
            i += 1
    elif i in name_at and _label(words[slice(*name_at[i])]) == "PER":
        return 0  # « le conservateur Iván Duque »: a role before a person, not a phrase
    if i in name_at:
        return name_at[i][1]
    if (
        i == end
        or i >= len(words)
        or i in inside
        or words[i].pos != "NOUN"
        or not _common(words[i])
    ):
        return 0
    return i + 1


def _names(words: Sequence[Word], pairs: frozenset[tuple[str, str]]) -> list[tuple[int, int]]:
    """(start, end) of each name: an entity's words or a run of proper nouns, whole, with a
    number that follows it (« Copper Basin 300 »), without a leading article or title."""
    spans = []
    i = 0
    while i < len(words):
        if not _name_word(words[i]):
            i += 1
            continue
        end = i + 1
        while end < len(words):
            nxt = words[end]
            same_entity = nxt.entity and words[end - 1].entity and not nxt.entity_start
            joined = _name_word(nxt) or same_entity or nxt.text[:1].isdigit()
            if nxt.capital and nxt.text.lower() in NAME_PARTICLES and end + 1 < len(words):
                joined = words[end + 1].capital  # « Thomas De Gendt », « Bruno Le Maire »
            # « Dares et Pôle emploi », « la Britannique Jessica Learmonth »: two names
            after_place = (
                nxt.entity_start and words[end - 1].entity == "LOC" and nxt.entity == "PER"
            )
            if not joined or after_place or nxt.pos in {"CCONJ", "PUNCT"}:
                break
            end += 1
        if end == i + 1 and end < len(words) and _common(words[end]):
            # « Pôle emploi » (a name elsewhere in the text), « État islamique » (a common noun
            # made a name): the lowercase word that ends the name
            pair = (words[i].lemma, words[end].lemma) in pairs
            end += pair or (words[i].pos == "NOUN" and words[end].pos == "ADJ")
        start = i
        while start < end and (
            not words[start].capital
            or words[start].text.lower() in COURTESY_TITLES
            or (words[start].pos in {"DET", "ADP"} and not words[start].entity)
        ):  # « La Commission européenne », « le président Iván Duque »; « De Gendt » stays
            start += 1
        if start < end:
            spans.append((start, end))
        i = end
    return spans


def _name_word(word: Word) -> bool:
    if not word.capital or not any(ch.isalpha() for ch in word.text):
        return False
    if word.pos == "PROPN" or word.entity or (word.text.isupper() and len(word.text) > 1):
        return True
    return not word.first and word.pos not in FUNCTION_POS


def _label(words: Sequence[Word]) -> str:
    labels = Counter(w.entity for w in words if w.entity)
    return labels.most_common(1)[0][0] if labels else "MISC"


def _phrase(words: Sequence[Word], label: str) -> Phrase:
    text = _ELIDED.sub("", " ".join(w.text for w in words).replace("' ", "'"))
    key = tuple(_ELIDED.sub("", w.lemma) for w in words if w.content)
    return Phrase(text, key, label)


class Mentions:
    """Which paragraphs name which phrase: the whole phrase, or a name holding it (« Greg Van
    Avermaet » names « Van Avermaet »), or — a person — the surname alone (« Hamon »)."""

    def __init__(self, paragraphs: Sequence[tuple[list[Word], list[Phrase]]]) -> None:
        self.said = [
            {
                p.key[a:b]
                for p in found
                for a in range(len(p.key))
                for b in range(a + 1, len(p.key) + 1)
            }
            for _, found in paragraphs
        ]
        self.names = [{p.key for p in found if p.label} for _, found in paragraphs]

    def __call__(self, phrase: Phrase) -> int:
        surname = phrase.key[-1:] if phrase.label == "PER" else None
        return sum(
            phrase.key in said or surname in names
            for said, names in zip(self.said, self.names, strict=True)
        )


def _taken_up(phrase: Phrase, sentences: Sequence[tuple[list[Word], list[Phrase]]]) -> bool:
    """The text says at least half of the phrase's words in one sentence (« la coupe de la
    ligue » takes up « Coupe de la Ligue handball 2015-2016 », « coureurs du Tour » does not
    take up « Tour de France 2016 »)."""
    wanted = set(phrase.key)
    for words, _ in sentences:
        said: dict[int, set[str]] = {}
        for word in words:
            said.setdefault(word.sentence, set()).update(word.forms)
        if any(2 * len(wanted & forms) >= len(wanted) for forms in said.values()):
            return True
    return False


def _holds(long: tuple[str, ...], short: tuple[str, ...]) -> bool:
    return any(long[i : i + len(short)] == short for i in range(len(long) - len(short) + 1))


def keyphrase_candidates(title: Doc | None, paragraphs: Sequence[Doc], count: int = 5) -> list[str]:
    """The best keyphrase first, then up to `count - 1` other candidates (never empty)."""
    first_pass = [words_of(doc[:]) for doc in paragraphs]  # spaCy may end a sentence in a name
    proper = frozenset(fold(w.text) for ws in first_pass for w in ws if w.capital and not w.first)
    pairs = frozenset(
        p.key[:2] for ws in first_pass for _, _, p in phrases_of(ws) if p.label and len(p.key) > 1
    )
    body = [_paragraph(words, proper, pairs) for words in first_pass]
    mentions = Mentions(body)
    in_title = _title_phrases(title, proper, pairs) if title is not None else []
    # the title's phrases the text takes up first (a person named in full), then its others
    titled = sorted(in_title, key=lambda p: not _taken_up(p, body))
    titled = [_in_full(p, body) for p in titled]
    everywhere = sorted(
        _distinct(p for _, found in body for p in found if p.key),
        key=lambda p: (-mentions(p) * (1 + p.named), -len(p.key), p.text),
    )
    contrary = _contrary(title) if title is not None else frozenset()
    written = Counter((p.key, p.text) for _, found in body for p in found)
    chosen: list[Phrase] = []
    texts: list[str] = []
    for phrase in _distinct([*titled, *everywhere]):
        if contrary & set(phrase.key) or any(_holds(c.key, phrase.key) for c in chosen):
            continue  # « Hamon » once « Benoît Hamon » is proposed
        text = _as_written(phrase, written)
        if any(
            _holds(tuple(fold(t).lower().split()), tuple(fold(text).lower().split())) for t in texts
        ):
            continue  # the same words read two ways (« Lelandais » as a name and as a noun)
        chosen.append(phrase)
        texts.append(text)
        if len(chosen) == count:
            break
    return texts or [title.text.strip() if title is not None else ""]


def _as_written(phrase: Phrase, written: Counter[tuple[tuple[str, ...], str]]) -> str:
    """The phrase as the text writes it most (« Incendie » of the title: « incendie »)."""
    forms = [(n, text) for (key, text), n in written.items() if key == phrase.key]
    return max(forms)[1] if forms else phrase.text


def _paragraph(
    words: list[Word], proper: frozenset[str], pairs: frozenset[tuple[str, str]]
) -> tuple[list[Word], list[Phrase]]:
    """A paragraph's words (those `proper` opens taken as any other) and phrases."""
    words = [replace(w, first=False) if w.first and fold(w.text) in proper else w for w in words]
    return words, [p for _, _, p in phrases_of(words, pairs)]


def _in_full(phrase: Phrase, sentences: Sequence[tuple[list[Word], list[Phrase]]]) -> Phrase:
    """A person named in full as the text names them most (« Merkel » → « Angela Merkel »)."""
    if phrase.label != "PER":
        return phrase
    fuller = Counter(
        other
        for _, found in sentences
        for other in found
        if other.label == "PER"
        and len(other.key) > len(phrase.key)
        and _holds(other.key, phrase.key)
    )
    return fuller.most_common(1)[0][0] if fuller else phrase


def _title_phrases(
    title: Doc, proper: frozenset[str], pairs: frozenset[tuple[str, str]]
) -> list[Phrase]:
    """The title's phrases, the topic first (the kicker, noun phrases, names, lone nouns, the
    rubric: see the module's note), each as long as the title writes it."""
    words = words_of(title[:], proper)
    found = phrases_of(words, pairs)
    colon = next((i for i, w in enumerate(words) if w.text == ":"), len(words))

    def tier(item: tuple[int, int, Phrase]) -> tuple[int, int]:
        start, end, phrase = item
        if end <= colon < len(words):
            return (4 if colon == 1 else 0), start  # the rubric, or the kicker
        if len(phrase.key) > 1 and not phrase.label:
            return 1, start
        return (2 if phrase.label else 3), start

    longest: dict[int, tuple[int, int, Phrase]] = {}
    for item in found:  # a noun phrase as long as the title writes it: « procédure de sanctions »
        if item[0] not in longest or item[1] > longest[item[0]][1]:
            longest[item[0]] = item
    return [phrase for _, _, phrase in sorted(longest.values(), key=tier)]


def _distinct(phrases: Iterable[Phrase]) -> list[Phrase]:
    seen: dict[tuple[str, ...], Phrase] = {}
    for phrase in phrases:
        seen.setdefault(phrase.key, phrase)
    return list(seen.values())


def _contrary(title: Doc) -> frozenset[str]:
    """The direction words a keyphrase may not hold: the falling ones for a rising title."""
    lemmas = {token.lemma_.lower() for token in title}
    rising, falling = bool(lemmas & RISING), bool(lemmas & FALLING)
    if rising and not falling:
        return frozenset(fold(w) for w in FALLING)
    if falling and not rising:
        return frozenset(fold(w) for w in RISING)
    return frozenset()

"""What the claim checks ask of spaCy tokens and spans, in one place.

Pure functions over a parse the gate already has: the lemma a token is compared by, whether it
carries content, and whether an entity the NER found is a name at all.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from engine.text.lexicon import tagged, words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

CONTENT_POS = frozenset({"NOUN", "PROPN", "VERB", "ADJ", "NUM"})
_OPENERS = frozenset({"«", '"', "“", ":", "-", "–", "—", "(", "?", "!", "."})


def lemma_of(token: Token) -> str:
    """The lemma a token is compared by: a name as written, lowercase, straight apostrophes.
    Worked out once for every token of its doc (the checks ask for the same ones many times)."""
    lemmas = token.doc.user_data.get(_LEMMAS)
    if lemmas is None:
        lemmas = token.doc.user_data[_LEMMAS] = [_lemma(t) for t in token.doc]
    return lemmas[token.i]


def head_indices(doc: Doc) -> list[int]:
    """The index of each token's head, by the token's index, read once per doc (a climb up the
    heads through `Token.head` makes a token at each step)."""
    heads = doc.user_data.get(_HEADS)
    if heads is None:
        heads = doc.user_data[_HEADS] = [t.head.i for t in doc]
    return heads


def is_content(token: Token) -> bool:
    """A word that carries content: a noun, a name, a verb, an adjective or a number, no stop
    word, with a letter in it. Worked out once for every token of its doc, as `lemma_of`."""
    content = token.doc.user_data.get(_CONTENT)
    if content is None:
        content = token.doc.user_data[_CONTENT] = [_content(t) for t in token.doc]
    return content[token.i]


_LEMMAS = "plume.lemmas"
_HEADS = "plume.heads"
_CONTENT = "plume.content"


def _lemma(token: Token) -> str:
    return (token.text if token.pos_ == "PROPN" else token.lemma_).lower().replace("’", "'")


def _content(token: Token) -> bool:
    return token.pos_ in CONTENT_POS and not token.is_stop and any(c.isalpha() for c in token.text)


_CENTURY = re.compile(r"[IVXL]+(?:e|er|ème)\b(?:\s+(?:siècle|millénaire)s?)?$")
_OFFICES = frozenset({"garde", "ministère", "ministre", "secrétaire", "secrétariat"})


def _office(token: Token) -> bool:
    """A title or a ministry, whose domain follows it (« garde des Sceaux »)."""
    lemma = token.lemma_.lower()
    return lemma in _OFFICES or lemma in words("titles")


def demonym(word: str) -> bool:
    """ "Belge", "Belges", "Français": a word of nationality, not a name."""
    lowered = word.lower()
    nationalities = tagged("nationalities", "\t")
    return any(form in nationalities for form in (lowered, lowered.removesuffix("s")))


def is_name(ent: Span) -> bool:
    """Whether an entity the NER found names someone or something. Not a name: a capitalised
    common word opening a sentence or a heading ("Primaire socialiste : …", "Procédure de
    sanction : …", "Faudra-t-il …", no proper noun in it), nor a demonym ("le Belge"), nor an
    office the NER took for a person ("président de la République"), nor a person without a proper
    noun said with an article (« les deux Charentes »), nor a century (« XXe siècle »), nor what
    an office is in charge of (« garde des Sceaux »), nor a past participle opening a sentence
    with its agent (« Visé par ce tweet, il … »)."""
    names = ent.doc.user_data.setdefault(_NAMES, {})  # the checks ask of each entity often
    key = (ent.start, ent.end, ent.label)
    found = names.get(key)
    if found is None:
        found = names[key] = _is_name(ent)
    return found


_NAMES = "plume.names"


def _is_name(ent: Span) -> bool:
    if len(ent) == 1 and demonym(ent.text):
        return False
    if _CENTURY.match(ent.text):
        return False  # « XXe siècle », « XIXe »: a time, no name
    if ent.text.lower() in words("portfolios") and _office(ent.root.head):
        return False  # « garde des Sceaux », « ministre de l'Intérieur »: part of an office
    if ent.label_ == "PER" and ent[0].is_lower and ent[0].lemma_.lower() in words("titles"):
        return False  # « président de la République »: an office, no one's name
    after = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    if after is not None and after.pos_ == "PRON" and after.text.startswith("-"):
        return False  # "Faudra-t-il", "Doit-on": a verb and its inverted subject
    if _participle_opening(ent):
        return False  # « Visé par ce tweet, il … »: a past participle and its agent
    if any(t.pos_ == "PROPN" for t in ent):
        return True
    if ent.label_ == "PER" and any(c.dep_ == "det" for c in ent.root.children):
        return False  # « les deux Charentes »: a common noun with its article, no one's name
    return not _opens(ent[0])


def _opens(first: Token) -> bool:
    """`first` opens its sentence, or follows an opening mark (« « », « : », « ( »)."""
    return first.i == first.sent.start or first.doc[first.i - 1].text in _OPENERS


_PARTICIPLE = re.compile(r"\w+(?:é|i|u|i[st]|ert|[ea]int|ort)(?:e?s?)$")


def _participle_opening(ent: Span) -> bool:
    """A one-word entity opening its sentence, with a past participle's ending, right before
    « par » (« Visé par ce tweet, … », « Interrogée par la presse, … »): the participle and its
    agent, which the NER reads as a place or a person."""
    if len(ent) != 1 or ent.end >= len(ent.doc) or ent.doc[ent.end].lower_ != "par":
        return False
    return _opens(ent[0]) and _PARTICIPLE.match(ent[0].lower_) is not None

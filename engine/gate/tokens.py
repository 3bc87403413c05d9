"""What the claim checks ask of spaCy tokens and spans, in one place.

Pure functions over a parse the gate already has: the lemma a token is compared by, whether it
carries content, and whether an entity the NER found is a name at all.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from engine.text.lexicon import tagged, words

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

CONTENT_POS = frozenset({"NOUN", "PROPN", "VERB", "ADJ", "NUM"})
_OPENERS = frozenset({"«", '"', "“", ":", "-", "–", "—", "(", "?", "!", "."})


def lemma_of(token: Token) -> str:
    return (token.text if token.pos_ == "PROPN" else token.lemma_).lower().replace("’", "'")


def is_content(token: Token) -> bool:
    return token.pos_ in CONTENT_POS and not token.is_stop and any(c.isalpha() for c in token.text)


def demonym(word: str) -> bool:
    """ "Belge", "Belges", "Français": a word of nationality, not a name."""
    lowered = word.lower()
    nationalities = tagged("nationalities", "\t")
    return any(form in nationalities for form in (lowered, lowered.removesuffix("s")))


def is_name(ent: Span) -> bool:
    """Whether an entity the NER found names someone or something. Not a name: a capitalised
    common word opening a sentence or a heading ("Primaire socialiste : …", "Procédure de
    sanction : …", "Faudra-t-il …", no proper noun in it), nor a demonym ("le Belge"), nor an
    office the NER took for a person ("président de la République")."""
    if len(ent) == 1 and demonym(ent.text):
        return False
    if ent.label_ == "PER" and ent[0].is_lower and ent[0].lemma_.lower() in words("titles"):
        return False  # « président de la République »: an office, no one's name
    after = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    if after is not None and after.pos_ == "PRON" and after.text.startswith("-"):
        return False  # "Faudra-t-il", "Doit-on": a verb and its inverted subject
    if any(t.pos_ == "PROPN" for t in ent):
        return True
    first = ent[0]
    opens = first.i == first.sent.start or first.doc[first.i - 1].text in _OPENERS
    return not opens

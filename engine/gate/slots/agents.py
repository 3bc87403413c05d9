"""Who did what to whom: the agent and the patients of each verb.

Read per verb: its agent (the subject, or « par X » of a passive) and its patients (the object,
the subject of a passive, « contre X », « envers X », « à X »; not a place, « sur le pont »),
each as the name or noun that fills the place (a name with its other parts: « Benoît Hamon »
is also « Hamon »). An article sentence clashes with the source sentence it restates when it
turns them round: its agent is a patient there and its patient the agent there (« Valls a
battu Hamon » against « Hamon a battu Valls »; « le Portugal a ouvert une procédure contre la
Commission » against « la Commission a lancé une procédure envers le Portugal »). One side
alone (the article's agent a patient there, its patient not the agent) is no clash: in whole
honest articles it was mostly a noun read in another sense (« font l'objet de »).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from engine.gate.slots.base import Clash, lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

AGENT, PATIENT = "agent", "patient"
_AGENTS = frozenset({"nsubj", "obl:agent"})
_PATIENTS = frozenset({"obj", "nsubj:pass", "iobj"})
_OBLIQUES = frozenset({"obl:arg", "obl:mod", "obl"})
_AT = frozenset({"contre", "envers", "face", "à"})  # « s'en prendre à X », « contre X »
_NAME_PARTS = frozenset({"flat:name", "flat", "appos"})


@dataclass(frozen=True)
class Place:
    verb: int  # the verb's place in the sentence (agent and patient of one verb go together)
    role: str  # agent or patient
    words: frozenset[str]  # the name's parts or the noun's lemma
    shown: str


def read(tokens: Sequence[Token]) -> frozenset[Place]:
    inside = {t.i for t in tokens}
    out = set()
    for t in tokens:
        if t.pos_ not in ("NOUN", "PROPN") or t.head.i not in inside or t.head.i == t.i:
            continue
        verb = t.head
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        at = t.dep_ in _OBLIQUES and any(c.dep_ == "case" and c.lower_ in _AT for c in t.children)
        role = AGENT if t.dep_ in _AGENTS else PATIENT if t.dep_ in _PATIENTS or at else None
        if role is None:
            continue
        parts = [t, *(c for c in t.children if c.dep_ in _NAME_PARTS and c.pos_ == "PROPN")]
        words = frozenset(lemma(p) for p in parts)
        out.add(Place(verb.i - tokens[0].i, role, words, " ".join(p.text for p in parts)))
    return frozenset(out)


def compare(
    article: frozenset[Place], source: frozenset[Place], known: frozenset[Place]
) -> Iterator[Clash]:
    agents = [p for p in source if p.role == AGENT]
    patients = [p for p in source if p.role == PATIENT]
    for agent in (p for p in article if p.role == AGENT):
        if any(agent.words & a.words for a in agents):
            continue  # the source makes it an agent too
        for patient in (p for p in article if p.role == PATIENT and p.verb == agent.verb):
            if agent.words & patient.words or any(patient.words & p.words for p in patients):
                continue
            if any(agent.words & p.words for p in patients) and any(
                patient.words & a.words for a in agents
            ):
                yield Clash(
                    "hard",
                    f"makes {agent.shown} act on {patient.shown}: the source says the reverse",
                )

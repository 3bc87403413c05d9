"""How an article sentence is aligned with the source sentences it restates, and how sure that is.

Every threshold of the claim checks is named here. A sentence restates the source statement that
holds ALIGNED of its weight (rare lemmas weigh more, engine.gate.source_index); it surely does
with SURE of it and SHARED content words besides its figures, no other source statement within
MARGIN of it, in the body, and not as a question: only then is a slot that differs a certain
contradiction (`certainty` → hard), else a review. A relation read through the parse (who says,
who does, what causes, how sure) asks more: a near-minimal pair (`pair_certainty`, MINIMAL).
Each check yields `Problem`s: its rule, severity, what is wrong, the source sentence, the value.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from engine.gate.findings import Severity
from engine.gate.source_index import SourceIndex
from engine.gate.statements import Statement, person_after, read_doc
from engine.gate.target import DESCRIPTION, TITLE, Target, heading

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from engine.gate.parsed import ParsedArticle

ALIGNED = 0.35  # a source statement holding this share of a sentence's weight restates it
SURE = 0.45  # …and this share: aligned with high confidence, a slot that differs is certain
SHARED = 3  # content words a sentence must share with its source sentence to be certain
MINIMAL = 0.7  # a near-minimal pair: each sentence holds this share of the other's content words
LOOSE = 0.2  # a sentence this aligned, under ALIGNED, may still restate its top source statement:
# only where no other comes within MARGIN and SHARED words are shared (`loosely`)
MARGIN = 0.1  # a runner-up this close to the best source statement: which one is restated is unsure
CLOSE = 0.1  # source statements within this of the best one restate the sentence as well
NEAR = 0.15  # …within this, they may state the other side of a change (direction)
HOLDING = 0.2  # a statement holding the article's figure this close to the best: no swap
LINKED = 0.2  # a source statement this aligned may give the link of cause the article gives
ELSEWHERE = 0.2  # a sentence this aligned is about the source's facts: a negation it drops…
ABOUT = 1  # …of a predicate the source only denies, sharing this many words besides its verb
PRONOUN_REACH = 2  # source sentences back a pronoun's person may be named (« il » for « X »)
ACTED = 0.25  # a source statement this aligned whose « il » does what a named actor does: whom
MERGED_FLOOR, MERGED_SHARE = 0.3, 0.6  # a sentence merging two source ones names both's actors
MERGED_EACH = 0.2  # …each of the two it merges holds this share of it: it may sum their counts
FRAGMENT_WORDS = 8  # a source "sentence" this short is a scrap the splitter cut off
SHORT_QUOTE = 3  # words: a shorter quotation is a fragment, judged with its context
SMALL_COUNT = 10  # a number in words up to ten may be discourse ("deux questions se posent")
CONVERTED = 50  # a converted figure within 1/CONVERTED of the source's is the same
ENUMERATED = 40  # a count up to this many may count a list of names the text gives
ENUMERATED_WITH = 2  # …a source sentence's list, where it shares this many words with the sentence
ATTACHED = 2  # words a figure shares with another source figure's, beyond its own: swapped
NOUN_STEM = 6  # letters that name a word in its other forms (« blessés », « blessées »)
NEAR_MONTH = 30  # characters: a day number this near its month's name in the source text dates it
KEPT_AS_BOUND = 5  # points: « plus des trois quarts » keeps the source's « environ 77 % »
COUNTED_REACH = 5  # words before a source figure its noun's class may be said in (« tue … 90 »)

UNKNOWN = "unknown:"  # a problem worded as the fact inventory words it (then the sentence)


@dataclass(frozen=True)
class Sentence:
    statement: Statement
    target: Target | None
    aligned: tuple[tuple[float, int], ...]
    number: int  # its place in the article
    shared: int = 0  # content words (figures aside) it shares with its best source statement


def article_statements(parsed: ParsedArticle, index: SourceIndex) -> list[Sentence]:
    """Every sentence of the title, the description and the body, read and aligned."""
    docs: list[tuple[Target | None, Doc]] = [
        (TITLE, parsed.title),
        (DESCRIPTION, parsed.description),
    ]
    headings = 0
    for part in parsed.parts:
        if part.kind == "heading":  # a subheading claims too; its repair is its own
            docs.append((heading(headings), part.doc))
            headings += 1
        else:
            docs.append((part.target, part.doc))

    out, last_person = [], None
    for target, doc in docs:
        read = read_doc(doc, last_person, words=False)  # no article word's polarity is asked
        for statement in read:
            aligned = tuple(index.aligned(statement.lemmas))
            shared = 0
            if aligned:
                both = statement.lemmas & index.statements[aligned[0][1]].lemmas
                shared = sum(not lemma.startswith("#") for lemma in both)
            out.append(Sentence(statement, target, aligned, len(out), shared))
        last_person = person_after(read, last_person)
    return out


def restated(sentence: Sentence, floor: float = ALIGNED) -> int | None:
    if sentence.aligned and sentence.aligned[0][0] >= floor:
        return sentence.aligned[0][1]
    return None


def loosely(sentence: Sentence) -> int | None:
    """The source statement a sentence aligned under ALIGNED may restate all the same: the top
    one, holding LOOSE of its weight, SHARED content words, and no runner-up within MARGIN (a
    writer who rewords the whole sentence keeps few of its rare words: « ces milices … se sont
    sans doute montrées les plus efficaces » for « … sont certainement les plus efficaces »). A
    slot whose marks carry the word they are said of may compare with it, as a review."""
    if not sentence.aligned or not LOOSE <= sentence.aligned[0][0] < ALIGNED:
        return None
    if len(sentence.aligned) > 1 and sentence.aligned[1][0] > sentence.aligned[0][0] - MARGIN:
        return None
    return sentence.aligned[0][1] if sentence.shared >= SHARED else None


def question(sentence: Sentence) -> bool:
    """A question asserts nothing ("Faut-il lire dans ce « pour l'instant » … ?")."""
    return sentence.statement.text.rstrip(' »"”').endswith("?")


def certainty(sentence: Sentence) -> Severity:
    """Hard where the sentence restates its source sentence with high confidence (most of its
    weight, at least SHARED words besides its figures, and a margin of MARGIN over the next
    source statement: two that hold it alike leave unsure which one it restates), else review."""
    if not sentence.aligned or sentence.aligned[0][0] < SURE or question(sentence):
        return "review"
    if len(sentence.aligned) > 1 and sentence.aligned[1][0] > sentence.aligned[0][0] - MARGIN:
        return "review"
    return "hard" if sentence.shared >= SHARED else "review"


SUMMARIES = frozenset({"title", "description", "heading"})


def minimal(sentence: Sentence, index: SourceIndex, besides: frozenset[str] = frozenset()) -> bool:
    """Whether the sentence and the source statement it restates are a near-minimal pair: each
    holds MINIMAL of the other's content lemmas, names and figures, `besides` (the slot's own
    words: a cause the article adds, the quantifier it changes) left out of the article's."""
    at = restated(sentence)
    if at is None:
        return False
    mine = sentence.statement.lemmas - besides
    theirs = index.statements[at].lemmas
    both = len(mine & theirs)
    return bool(mine and theirs) and both >= MINIMAL * len(mine) and both >= MINIMAL * len(theirs)


def pair_certainty(
    sentence: Sentence, index: SourceIndex, besides: frozenset[str] = frozenset()
) -> Severity:
    """The certainty of a relation read through the parse (who says, who does, what causes, how
    sure, how many): hard only on a near-minimal pair (`minimal`) that `certainty` finds sure,
    in the body (a title, a description or a heading sums up), else review."""
    summary = sentence.target is not None and sentence.target.kind in SUMMARIES
    if summary or certainty(sentence) != "hard" or not minimal(sentence, index, besides):
        return "review"
    return "hard"


def fragments_beside(best: int, index: SourceIndex) -> list[int]:
    """The sentences either side of `best` that are scraps of it the splitter cut off."""
    return [
        i
        for i in (best - 1, best + 1)
        if 0 <= i < len(index.statements)
        and len(index.statements[i].text.split()) <= FRAGMENT_WORDS
    ]


@dataclass(frozen=True)
class Problem:
    """What one check found wrong with one sentence, before it becomes a Finding."""

    rule: str  # the check that found it: figures, polarity, quotations, a slot's name…
    severity: Severity  # hard where certain, review where likely
    problem: str  # what is wrong, said of the article sentence
    source: int | None  # the source statement it contradicts, if one
    value: str  # the word or figure at fault

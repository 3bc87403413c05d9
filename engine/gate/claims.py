"""Claims, not tokens: each article sentence compared with the source sentences it restates.

Every sentence of the article is read into a `Statement` (engine.gate.statements) and aligned
with the source statements that share most of its rare lemmas (engine.gate.source_index). Then:
- figures: a figure must be the source's, with its unit and what it counts; a year or a date is
  the one the aligned source sentence gives; "plus de" / "moins de" and the direction of a change
  as the source says; a rounded figure only with "près de", "environ"…; a weekday that fits its
  date; numbers in words read like digits (engine.brief.numbers_fr);
- polarity: a verb (or, under avoir/être/y avoir, a noun) negated on one side only;
- direction: hausse ↔ baisse and their kin (lexicon/direction.txt) on the same theme;
- quotations: verbatim (« […] » parts in order), given to their source speaker or to nobody; a
  fragment of one to three words only in a context that says what the source says;
- roles: a title, nationality or organisation attached to a source person must be the source's;
- actors: who does what — a new entity as the subject or the source ("selon X") of a claim, or
  another source entity in the place of the aligned sentence's actor;
- causes: a cause or consequence the source does not give (a warning, hard when the cause names
  something absent from the source).
Each finding names the article sentence, the source sentence it contradicts, and its repair
target (the part the sentence is in).
"""

from __future__ import annotations

import datetime
import math
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from engine.brief.quotes import quote_key
from engine.gate.findings import Finding, Severity
from engine.gate.slots import compare_slots
from engine.gate.source_index import STEM, SourceIndex, source_index
from engine.gate.statements import PERSON, Actor, FigureUse, Quote, Statement, read_doc
from engine.gate.statements import day_key as _day
from engine.gate.target import DESCRIPTION, TITLE, Target, heading
from engine.text import excerpt, fold, normalise, stands_in

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from engine.brief import Brief
    from engine.gate.parsed import ParsedArticle

ID = "fidelity"
ALIGNED = 0.35  # a source statement holding this share of a sentence's weight restates it
SURE = 0.5  # …and this share: aligned with high confidence, a slot that differs is certain
SHORT_QUOTE = 3  # words: a shorter quotation is a fragment, judged with its context
SHARED = 3  # content words a sentence must share with its source sentence to be certain
SMALL_COUNT = 10  # a number in words up to ten may be discourse ("deux questions se posent")
_WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
_UNKNOWN = "unknown:"


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
        read = read_doc(doc, last_person)
        for statement in read:
            aligned = tuple(index.aligned(statement.lemmas))
            shared = 0
            if aligned:
                both = statement.lemmas & index.statements[aligned[0][1]].lemmas
                shared = sum(not lemma.startswith("#") for lemma in both)
            out.append(Sentence(statement, target, aligned, len(out), shared))
        last_person = next(
            (s.subject or s.persons[-1] for s in reversed(read) if s.persons), last_person
        )
    return out


def check_claims(parsed: ParsedArticle, brief: Brief) -> list[Finding]:
    """The hard and warning findings of every claim check, once per sentence and problem."""
    index = source_index(brief)
    sentences = article_statements(parsed, index)
    findings: dict[str, Finding] = {}
    for n, sentence in enumerate(sentences):
        neighbours = [sentences[m] for m in (n - 1, n + 1) if 0 <= m < len(sentences)]
        for severity, problem, source, value in _problems(sentence, neighbours, index):
            where = sentence.target or "body"
            said = f"«{excerpt(sentence.statement.text, 160)}»"
            message = f"{where}: {said} {problem}"
            if problem.startswith(_UNKNOWN):  # the inventory's own wording, then the sentence
                message = f"{where}: {problem[len(_UNKNOWN) :]}, in {said}"
            if source is not None:
                message += f"; the source says: «{excerpt(index.statements[source].text, 200)}»"
            findings.setdefault(
                message,
                Finding(
                    ID, False, severity, value, "What the source says", message, sentence.target
                ),
            )
    return list(findings.values())


Problem = tuple[Severity, str, "int | None", str]


def _problems(
    sentence: Sentence, neighbours: list[Sentence], index: SourceIndex
) -> Iterator[Problem]:
    yield from _figure_problems(sentence, neighbours, index)
    yield from _weekday_said(sentence, index)
    yield from _polarity_problems(sentence, index)
    yield from _direction_problems(sentence, index)
    yield from _quote_problems(sentence, index)
    yield from _role_problems(sentence, index)
    yield from _actor_problems(sentence, index)
    yield from _cause_problems(sentence, neighbours, index)
    yield from _slot_problems(sentence, index)
    yield from _mention_swaps(sentence, index)


def _best(sentence: Sentence, floor: float = ALIGNED) -> int | None:
    if sentence.aligned and sentence.aligned[0][0] >= floor:
        return sentence.aligned[0][1]
    return None


def _question(sentence: Sentence) -> bool:
    """A question asserts nothing ("Faut-il lire dans ce « pour l'instant » … ?")."""
    return sentence.statement.text.rstrip(' »"”').endswith("?")


def _certainty(sentence: Sentence) -> Severity:
    """Hard where the sentence restates its source sentence with high confidence (most of its
    weight, and at least SHARED words besides its figures), else review."""
    if not sentence.aligned or sentence.aligned[0][0] < SURE or _question(sentence):
        return "review"
    return "hard" if sentence.shared >= SHARED else "review"


def _small(use: FigureUse) -> bool:
    """A small count in words ("deux finalistes"): the article's discourse as often as a fact."""
    return use.spelled and use.kin == "count" and use.value is not None and use.value <= SMALL_COUNT


def _grade(use: FigureUse, sentence: Sentence) -> Severity:
    """A figure the source gives elsewhere, in the place of the one the sentence restates: hard
    where the sentence surely restates that one, in the body (a title, a description or a
    heading merges several facts and aligns loosely)."""
    summary = sentence.target is not None and sentence.target.kind in _SUMMARIES
    return "review" if _small(use) or summary else _certainty(sentence)


_SUMMARIES = frozenset({"title", "description", "heading"})


def _slot_problems(sentence: Sentence, index: SourceIndex) -> Iterator[Problem]:
    """Time and certainty, scope, rank and degree (engine.gate.slots), against the source
    sentence the article sentence restates: hard where the slots clash for certain and the
    sentence surely restates that one (`_certainty`), else review."""
    at = _best(sentence)
    if at is None or not sentence.statement.slots:
        return
    aligned = _certainty(sentence)
    for found in compare_slots(sentence.statement.slots, index.statements[at].slots, index.slots):
        severity: Severity = "hard" if found.clash.certainty == aligned == "hard" else "review"
        yield severity, found.clash.problem, at, found.slot


# --- figures --------------------------------------------------------------------------------


def _figure_problems(
    sentence: Sentence, neighbours: list[Sentence], index: SourceIndex
) -> Iterator[Problem]:
    statement = sentence.statement
    for use in statement.figures:
        if use.anaphoric:
            continue  # "ces deux puissances" counts what the article said before
        uses = index.uses.get(use.key, ())
        if use.key not in index.figure_keys and not _dated(use, index) and not _as_time(use, index):
            if (
                _bounded(use, sentence, neighbours, index)
                or _rounded(use, index)
                or _converted(use, index)
                or not use.spelled
                and stands_in(use.text, index.text)
            ):
                continue
            problem = (
                f"{_UNKNOWN}{use.kind} not in the source «{use.text}», only the source's figures"
            )
            if not _small(use):
                if _computed(use, index):  # "douze points" between 54 % and 42 %: check it
                    computed = f"{problem} (the sum or difference of two of them?)"
                    yield "review", computed, None, use.text
                else:
                    yield "hard", problem, None, use.text  # a figure the source never gives
                continue
            # a small count in words: certain where the source counts the same thing otherwise
            rival = _swapped(use, sentence, index) or _recounted(use, index)
            if rival is not None:
                yield _certainty(sentence), problem, rival[0], use.text
            continue
        yield from _weekday_problem(use, statement, index)
        if not uses:
            swapped = _swapped(use, sentence, index)
            if swapped is not None:
                at, theirs = swapped
                problem = f"gives «{use.text}» where the source gives «{theirs}»"
                yield _grade(use, sentence), problem, at, use.text
            continue
        same = [u for u, _ in uses]
        if use.noun and not use.unit and same and all(u.unit for u in same):
            other, at = uses[0]
            yield (
                "review" if _small(use) else "hard",
                f"counts «{use.text} {use.noun}»: the source's {use.key} counts {other.unit}s",
                at,
                use.text,
            )
            continue
        if use.unit and use.unit not in {u.unit for u in same} and any(u.unit for u in same):
            other, at = next((u, i) for u, i in uses if u.unit)
            yield (
                "hard",
                f"gives «{use.text}» in {use.unit}s: the source's {use.key} counts {other.unit}s",
                at,
                use.text,
            )
            continue
        opposite = {"more": "less", "less": "more"}.get(use.comparator or "")
        comparators = {u.comparator for u in same}
        if opposite and opposite in comparators and use.comparator not in comparators:
            at = next(i for u, i in uses if u.comparator == opposite)
            word = "plus" if use.comparator == "more" else "moins"
            yield "hard", f"says «{word} de» {use.text}, the source the opposite", at, use.text
            continue
        directions = {u.direction for u in same}
        if use.direction and -use.direction in directions and use.direction not in directions:
            at = next(i for u, i in uses if u.direction == -use.direction)
            change = "a rise" if use.direction > 0 else "a fall"
            yield "hard", f"makes {use.text} {change}: the source says the opposite", at, use.text
            continue
        unheard = _unheard_noun(use, sentence, index)
        if unheard is not None and (not _small(use) or _certainty(sentence) == "hard"):
            at, theirs = unheard
            yield (  # a review: the noun may be the source's in other words (a synonym)
                "review",
                f"counts «{use.text} {use.noun}»: the source counts «{theirs}»",
                at,
                use.text,
            )
            continue
        swapped = _swapped(use, sentence, index)
        if swapped is not None:
            at, theirs = swapped
            problem = f"gives «{use.text}» where the source gives «{theirs}»"
            yield _grade(use, sentence), problem, at, use.text


def _dated(use: FigureUse, index: SourceIndex) -> bool:
    """ "17 juin 2018" for the source's "17 juin" of an article dated 2018: the year added;
    "août 2016" for the source's "mois d'août" of an article dated 2016 likewise."""
    if use.kind != "date" or ":" in use.key:
        return False
    parts = use.key.split("/")
    if all(len(p) == 7 and p[:4] in index.years for p in parts):  # a month and a year
        return all(_month_said(int(p[5:]), index) for p in parts)
    return all(
        len(p) == 10 and p[:4] in index.years and f"--{p[5:]}" in index.figure_keys for p in parts
    )


def _month_said(month: int, index: SourceIndex) -> bool:
    from engine.brief.figures import MONTHS

    names = [name for name, number in MONTHS.items() if number == month]
    return any(f"--{month:02d}-" in key for key in index.figure_keys) or any(
        stands_in(name, index.text) for name in names
    )


# Units said in one word: « moins de trente minutes » for the source's « moins d'une demi-heure ».
_UNIT_WORDS = {
    "minute": {30: "demi-heure", 15: "quart d'heure"},
    "an": {50: "demi-siècle", 100: "siècle", 10: "décennie"},
    "mois": {6: "semestre", 3: "trimestre"},
}


def _as_time(use: FigureUse, index: SourceIndex) -> bool:
    """ "dix-huit heures" of rest for the source's "18h": a duration written as a time; « trente
    minutes » for its « demi-heure »."""
    if use.value is None or not use.unit:
        return False
    if use.unit == "heure" and f"{int(use.value)}:00" in index.figure_keys:
        return True
    word = _UNIT_WORDS.get(use.unit, {}).get(int(use.value))
    return word is not None and stands_in(word, index.text)


def _computed(use: FigureUse, index: SourceIndex) -> bool:
    """The sum or the difference of two figures one source sentence gives together (numbers,
    percentages): « 945 parlementaires » for its 630 députés and 315 sénateurs, « douze points »
    between its 54 % and 42 %. Above ten only: small values match by chance."""
    if use.value is None or use.kind not in ("number", "percentage") or use.value <= SMALL_COUNT:
        return False
    for statement in index.statements:
        values = [f.value for f in statement.figures if f.value is not None and f.kin != "date"]
        for n, a in enumerate(values):
            for b in values[n + 1 :]:
                if use.value in (a + b, abs(a - b)):
                    return True
    return False


def _recounted(use: FigureUse, index: SourceIndex) -> tuple[int, str] | None:
    """ "trois fois" where the source counts "quatre fois": the same thing counted otherwise."""
    if not use.noun:
        return None
    for uses in index.uses.values():
        for theirs, at in uses:
            if theirs.noun == use.noun and theirs.key != use.key and theirs.kin == "count":
                return at, theirs.text
    return None


def _bounded(
    use: FigureUse, sentence: Sentence, neighbours: list[Sentence], index: SourceIndex
) -> bool:
    """ "plus de la moitié" beside the source's 53 %: a bound the article's own nearest
    percentage (same sentence, else the one before) keeps."""
    if use.kind != "percentage" or use.comparator not in ("more", "less") or use.value is None:
        return False
    previous = [n for n in neighbours if n.number < sentence.number]
    for statement in [sentence.statement] + [n.statement for n in previous]:
        values = [
            f.value
            for f in statement.figures
            if f.kind == "percentage"
            and f is not use
            and f.key in index.figure_keys
            and f.value is not None
        ]
        if values:
            if use.comparator == "more":
                return all(v > use.value for v in values)
            return all(v < use.value for v in values)
    return False


def _rounded(use: FigureUse, index: SourceIndex) -> bool:
    """ "près de 1,3 million" for 1 306 852, "plus de 1,3 million" too: a rounded figure said so."""
    if use.value is None or not use.comparator:
        return False
    for key, uses in index.uses.items():
        for theirs, _ in uses:
            if (
                theirs.kind != use.kind
                or theirs.value is None
                or theirs.kin != use.kin
                and use.kin != "count"
            ):
                continue
            if use.kind == "amount" and key.split(" ")[-1] != use.key.split(" ")[-1]:
                continue
            exact = theirs.value
            if not _rounds_to(exact, use.value):
                continue
            if use.comparator == "about" or (use.comparator == "more") == (exact > use.value):
                return True
    return False


def _converted(use: FigureUse, index: SourceIndex) -> bool:
    """« environ 480 kilomètres » for the source's 300 milles: a figure in another unit, equal
    to a source figure converted (lexicon/conversions.txt) as far as the article rounds it."""
    from engine.gate.lexicon import lines

    if use.value is None or not use.unit or use.value == 0:
        return False
    for line in lines("conversions"):
        source_unit, unit, factor = line.split()
        if unit != use.unit:
            continue
        for uses in index.uses.values():
            for theirs, _ in uses:
                if theirs.unit == source_unit and theirs.value is not None:
                    exact = theirs.value * Decimal(factor)
                    if _rounds_to(exact, use.value) or abs(exact - use.value) <= exact / 50:
                        return True
    return False


def _rounds_to(exact: Decimal, rounded: Decimal) -> bool:
    if rounded == 0 or exact == 0:
        return False
    digits = len(format(rounded.normalize(), "f").replace(".", "").strip("0")) or 1
    magnitude = exact.adjusted() - digits + 1
    quantum = Decimal(1).scaleb(magnitude)
    return abs(exact - rounded) <= quantum / 2 or exact.quantize(quantum) == rounded


def _swapped(use: FigureUse, sentence: Sentence, index: SourceIndex) -> tuple[int, str] | None:
    """The source sentence this one restates gives another figure of the same kin where this one
    stands, and no sentence holding this figure is as close (the figure itself left out of the
    comparison, or it would pull its own sentence closer)."""
    if use.kin == "year" and use.key == _source_year(index):
        return None  # the year of the source's dateline: the year of its events
    if len(use.key) == 7 and _dated(use, index):
        return None  # "août 2016": the source's month, in the dateline's year
    lemmas = sentence.statement.lemmas - {f"#{_day(use.key)}"}
    scores = [index.score(lemmas, i) for i in range(len(index.statements))]
    best = max(range(len(scores)), key=scores.__getitem__, default=None)
    if best is None or scores[best] < ALIGNED:
        return None
    top = scores[best]
    aligned = [i for i, score in enumerate(scores) if score >= top - 0.1]
    aligned += _fragments_beside(best, index)
    if any(_holds(index.statements[i], use) for i in aligned):
        if use.noun and use.kin == "count":
            return _counted_swap(use, aligned, index)
        return None
    holding = [i for i, s in enumerate(index.statements) if _holds(s, use)]
    if max((scores[i] for i in holding), default=0.0) >= top - 0.2:
        return None
    rivals = [
        other
        for other in index.statements[best].figures
        if other.kin == use.kin
        and other.key != use.key
        and (use.kin != "count" or other.noun == use.noun)
    ]
    if not rivals or any(_holds(sentence.statement, other) for other in rivals):
        return None  # the source's figure is there too: this one is another fact
    return best, min(rivals, key=lambda other: _distance(use, other)).text


def _distance(mine: FigureUse, other: FigureUse) -> float:
    """How far apart two figures are in size (the swapped one is likely the nearest)."""
    if mine.value and other.value and mine.value > 0 and other.value > 0:
        return abs(math.log(float(mine.value) / float(other.value)))
    return math.inf


def _unheard_noun(use: FigureUse, sentence: Sentence, index: SourceIndex) -> tuple[int, str] | None:
    """ "2 morts" where the aligned source sentence says "2 blessés" and "mort" is nowhere."""
    from engine.gate.lexicon import words

    if (
        use.kin != "count"
        or not use.noun
        or use.noun in index.lemmas
        or use.noun in words("generic")
    ):
        return None
    for _, i in sentence.aligned[:2]:
        mine = [f for f in index.statements[i].figures if f.key == use.key]
        if mine and all(f.noun for f in mine):
            return i, f"{mine[0].text} {mine[0].noun}"
    return None


def _fragments_beside(best: int, index: SourceIndex) -> list[int]:
    """The sentences either side of `best` that are scraps of it the splitter cut off."""
    return [
        i
        for i in (best - 1, best + 1)
        if 0 <= i < len(index.statements) and len(index.statements[i].text.split()) <= 8
    ]


def _holds(statement: Statement, use: FigureUse) -> bool:
    if use.kin == "year":
        return use.key in statement.years
    hours = f"{int(use.value)}:00" if use.unit == "heure" and use.value is not None else None
    if hours and any(f.key == hours for f in statement.figures):
        return True  # "dix-huit heures" of rest: "18h"
    if use.kind == "date":
        mine = {_day(k) for k in use.key.split("/")}
        return any(mine & {_day(k) for k in f.key.split("/")} for f in statement.figures)
    # "deux semaines" is not held by "2 blessés": a unit must be the same one
    return any(
        f.key == use.key and (f.kin == use.kin or not use.kin.startswith("unit:"))
        for f in statement.figures
    )


def _counted_swap(use: FigureUse, aligned: list[int], index: SourceIndex) -> tuple[int, str] | None:
    """ "216 coureurs" where the aligned sentence says "216 kilomètres" and "198 coureurs"."""
    for i in aligned:
        figures = index.statements[i].figures
        mine = [f for f in figures if f.key == use.key]
        if any(f.noun == use.noun or f.noun is None for f in mine):
            return None
        theirs = [f for f in figures if f.noun == use.noun and f.key != use.key]
        if mine and theirs:
            return i, f"{theirs[0].text} {use.noun}"
    return None


def _weekday_problem(use: FigureUse, statement: Statement, index: SourceIndex) -> Iterator[Problem]:
    if use.kind != "date" or not use.weekday:
        return
    parts = use.key.split("/")[0].split("-")
    year = parts[0] or _source_year(index)
    if not year or len(parts) < 3 or not parts[-1].isdigit():
        return
    try:
        day = datetime.date(int(year), int(parts[-2]), int(parts[-1]))
    except ValueError:
        return
    actual = _WEEKDAYS[day.weekday()]
    if actual != use.weekday and not any(
        f.weekday == use.weekday and f.key == use.key for f, _ in index.uses.get(use.key, ())
    ):
        yield "hard", f"calls {use.text} a {use.weekday}: it was a {actual}", None, use.weekday


def _source_year(index: SourceIndex) -> str | None:
    for statement in index.statements[:3]:
        for use in statement.figures:
            if use.kind == "date" and use.key[:4].isdigit():
                return use.key[:4]
    return None


# --- polarity and direction -----------------------------------------------------------------


def _weekday_said(sentence: Sentence, index: SourceIndex) -> Iterator[Problem]:
    """ "le mardi, à 19 h 30" where the sentence it restates says "lundi"."""
    best = _best(sentence)
    if best is None or not sentence.statement.weekdays:
        return
    theirs = index.statements[best].weekdays
    wrong = sentence.statement.weekdays - theirs
    if theirs and wrong and not sentence.statement.weekdays & theirs:
        said, source = sorted(wrong)[0], sorted(theirs)[0]
        yield _certainty(sentence), f"says «{said}» where the source says «{source}»", best, said


def _polarity_problems(sentence: Sentence, index: SourceIndex) -> Iterator[Problem]:
    """A predicate negated on one side only. Always a review: a negation is said in too many
    ways ("sans", "aucun", "n'a plus de", "excepté", an antonym) for a parse to be certain."""
    best = _best(sentence)
    if best is None or _question(sentence) or sentence.shared < SHARED:
        return
    mine, theirs = sentence.statement, index.statements[best]
    for table_mine, table_theirs in ((mine.verbs, theirs.verbs), (mine.nouns, theirs.nouns)):
        for lemma, polarity in table_mine.items():
            other = table_theirs.get(lemma)
            if other and len(polarity) == 1 and len(other) == 1 and polarity != other:
                said, source = ("denies", "affirms") if True in polarity else ("affirms", "denies")
                yield "review", f"{said} what the source {source} ({lemma})", best, lemma
                return


def _direction_problems(sentence: Sentence, index: SourceIndex) -> Iterator[Problem]:
    """A rise where the source sentence it restates says a fall on the same theme, and no other
    source sentence as close (nor one either side) says the rise."""
    best = _best(sentence)
    if best is None:
        return
    top = sentence.aligned[0][0]
    close = {i for score, i in sentence.aligned if score >= top - 0.15}
    close.update(_fragments_beside(best, index))
    theirs = index.statements[best].directions
    for sign, theme, word in sentence.statement.directions:
        related = [(s, w) for s, t, w in theirs if t & theme]
        if not related or not all(s == -sign for s, _ in related):
            continue
        if any(s == sign for i in close for s, _, _ in index.statements[i].directions):
            continue  # the source says both there: which applies is no parse's to say
        problem = f"says «{word}» where the source says «{related[0][1]}»"
        yield _certainty(sentence), problem, best, word
        return


# --- quotations -----------------------------------------------------------------------------


def verbatim_in(key: str, index: SourceIndex) -> bool:
    """A quotation (its quote key) is the source's words: « […] » parts each, in order."""
    return bool(_verbatim(key, index))


def _verbatim(key: str, index: SourceIndex) -> list[int]:
    """The source statements whose words hold the quotation (« […] » parts each, in order): a
    source quotation first, else the source's own words."""
    parts = [normalise(p).strip(" ,;:.") for p in key.split("…") if p.strip(" .,;:")]
    if not parts:
        return []
    found = [i for quote, i in index.quotes if _in_order(parts, normalise(quote.key))]
    if found:
        return found
    if not _in_order(parts, index.text):
        return []
    return [i for i, s in enumerate(index.statements) if parts[0] in normalise(s.text)] or [0]


def _in_order(parts: list[str], text: str) -> bool:
    position = 0
    for part in parts:
        position = text.find(part, position)
        if position < 0:
            return False
        position += len(part)
    return True


def _same_person(a: str, b: str) -> bool:
    mine, theirs = set(a.lower().split()), set(b.lower().split())
    return mine <= theirs or theirs <= mine


def _quote_problems(sentence: Sentence, index: SourceIndex) -> Iterator[Problem]:
    for quote in sentence.statement.quotes:
        holders = _verbatim(quote.key, index)
        if not holders:
            continue  # reported as "quotation not in the source" by the fact check
        theirs = [q for q, i in index.quotes if i in holders and q.speaker and _overlaps(q, quote)]
        speakers = {q.speaker for q in theirs}
        named = quote.speaker if quote.named else None  # a pronoun's guess accuses nobody
        if named and speakers and not any(_same_person(named, s) for s in speakers):
            sure = all(q.named for q in theirs)  # the source names its speaker there too
            yield (
                "hard" if sure else "review",
                f"gives «{excerpt(quote.key, 50)}» to {quote.speaker}: the source's speaker is "
                f"{sorted(speakers)[0]}",
                holders[0],
                quote.text,
            )
            continue
        words = len(quote.key.split())
        term = words == 1 and _best(sentence) is None
        if words <= SHORT_QUOTE and not term and not _question(sentence) and "?" not in quote.key:
            # one word in quotation marks is a term ("handlers") unless the sentence surely
            # restates its source sentence; a question asks, a quoted question is itself
            yield from _fragment_problem(sentence, quote, holders, index)


def _overlaps(source_quote: Quote, quote: Quote) -> bool:
    parts = [normalise(p).strip(" ,;:.") for p in quote.key.split("…") if p.strip(" .,;:")]
    text = normalise(source_quote.key)
    return all(part in text for part in parts)


def _fragment_problem(
    sentence: Sentence, quote: Quote, holders: list[int], index: SourceIndex
) -> Iterator[Problem]:
    """A one-to-three-word quotation stands only where the sentence around it says what the
    source says around it: the same polarity, and some of the same words (two sentences either
    side); a question ("Quelle défaite ?") vouches for nothing."""
    fragment = normalise(quote.key)
    inner = set(fragment.replace("'", " ").split())
    context = frozenset(lemma for lemma in sentence.statement.lemmas if lemma not in inner)
    found = []
    for i, theirs in enumerate(index.statements):
        if fragment not in normalise(quote_key(theirs.text)):
            continue
        found.append(i)
        if theirs.text.rstrip(' »"').endswith("?"):
            continue
        negated = any(True in theirs.polar.get(word, ()) for word in fragment.split())
        around = set().union(*(s.lemmas for s in index.statements[max(0, i - 2) : i + 3]))
        if negated == quote.negated and (not context or context & around):
            return
    at = found[-1] if found else holders[0]
    yield (
        "review",
        f"quotes «{quote.key}» out of its context: the source does not say that",
        at,
        quote.text,
    )


# --- roles, actors, causes ------------------------------------------------------------------


def _source_person(key: str, index: SourceIndex) -> str | None:
    return next((p for p in index.roles if _same_person(key, p)), None)


def _among(word: str, known: frozenset[str]) -> bool:
    """`word` is in `known`, or a source typo of it is ("préisdent" for "président")."""
    if word in known:
        return True
    return len(word) >= 6 and any(
        len(k) == len(word) and sorted(k) == sorted(word) and k[0] == word[0] for k in known
    )


def _role_problems(sentence: Sentence, index: SourceIndex) -> Iterator[Problem]:
    """A title must be in a source sentence naming the person; a nationality there or in the
    sentences around (as the adjective or its country). Certain (hard) where the source gives
    the person another one (« ministre » for its « président », « belge » for « français »); a
    role the source does not give in those words is a review (« vainqueur » of a race it won)."""
    from engine.gate.lexicon import tagged, words

    titles, countries = words("titles"), tagged("nationalities", "\t")
    for person, roles in sentence.statement.roles.items():
        known = _source_person(person, index)
        if known is None:
            continue
        naming = next((i for i, s in enumerate(index.statements) if known in s.persons), None)
        for role in sorted(roles):
            if role in titles and not _among(role, index.roles[known]):
                offices = titles - words("descriptive")
                given = sorted(r for r in index.roles[known] & offices if r not in roles)
                given = given if role in offices else []
                yield (
                    "hard" if given else "review",
                    f"calls {person} «{role}»: the source gives {known} no such role"
                    + (f" (it says «{given[0]}»)" if given else ""),
                    naming,
                    role,
                )
                break
            near = index.around[known]
            if role in countries and not (_among(role, near) or countries[role].lower() in near):
                said = {a for a, country in countries.items() if country.lower() in near}
                given = sorted(r for r in (near & set(countries)) | said if r != role)
                yield (
                    "hard" if given else "review",
                    f"calls {person} «{role}»: the source does not say {known} is"
                    + (f" (it says «{given[0]}»)" if given else ""),
                    naming,
                    role,
                )
                break


def _actor_problems(sentence: Sentence, index: SourceIndex) -> Iterator[Problem]:
    """A new entity as the actor or the source of a claim; another source entity in the place
    of the actor of the aligned sentence (the one doing what this one does there)."""
    statement = sentence.statement
    best = _best(sentence)
    for actor in statement.actors:
        if actor.kind == "INST":
            yield from _institution_swap(actor, sentence, index)
            continue
        words = {w for w in actor.key.lower().split() if len(w) > 2}
        known = actor.key.lower() in index.entities or bool(words & index.entities)
        if not known and actor.key.lower() not in index.text:
            if _derived(actor.key, index):
                continue
            if actor.how != "mention":
                what = "the source of the claim" if actor.how == "source" else "the actor"
                # a person the source never names is certain; a group or a place may be the
                # source's own by another name (« Bruxelles » for the Commission, an acronym)
                # of several words, a name is no metonymy: certain too
                several = len(actor.key.split()) > 1
                severity: Severity = "hard" if actor.kind == PERSON or several else "review"
                problem = f"makes {actor.key}, absent from the source, {what}"
                yield severity, problem, None, actor.key
            else:
                yield from _replaced_name(actor, sentence, index)
            continue
        if best is None or actor.how != "subject":
            continue
        near = [index.statements[i] for i in [best, *_fragments_beside(best, index)]]
        # a sentence that merges two source sentences names actors of both
        floor = max(0.3, 0.6 * sentence.aligned[0][0])
        near += [index.statements[i] for score, i in sentence.aligned if score >= floor]
        if any(
            actor.key.lower() in s.entities
            or words & s.entities
            or stands_in(actor.key, normalise(s.text))
            for s in near
        ):
            continue
        mine = statement.entities
        rivals = [
            a.key
            for a in index.statements[best].actors
            if a.kind == actor.kind
            and (a.predicates & actor.predicates or a.how != "mention")
            and not {w for w in a.key.lower().split() if len(w) > 2} & mine
        ]
        if rivals:
            certain = _certainty(sentence) == "hard"
            yield (
                "hard" if certain else "review",
                f"makes {actor.key} the actor where the source names {rivals[0]}",
                best,
                actor.key,
            )


def _institution_swap(actor: Actor, sentence: Sentence, index: SourceIndex) -> Iterator[Problem]:
    """ "La mairie a ouvert…" where the sentence it restates says "La préfecture a créé…"."""
    best = _best(sentence)
    if best is None or actor.key in index.folded[best]:
        return
    mine = {a.key for a in sentence.statement.actors if a.kind == "INST"}
    theirs = [
        a.key for a in index.statements[best].actors if a.kind == "INST" and a.key not in mine
    ]
    if theirs:
        yield (
            _certainty(sentence),
            f"makes the {actor.key} the actor where the source names the {theirs[0]}",
            best,
            actor.key,
        )


def _derived(key: str, index: SourceIndex) -> bool:
    """A name made from a source name: its people ("les Parisiens" of Paris, "les
    Montpelliérains" of Montpellier), a compound of two ("Racca-Mossoul"), or the initials of a
    source name ("AFP" of Agence France-Presse)."""
    folded = fold(key.lower())
    stems = {fold(w)[:5] for w in index.entities if len(w) >= 5}
    if len(folded) >= 5 and folded[:5] in stems:
        return True
    if "-" in key and all(fold(p.lower()) in index.folded_entities for p in key.split("-") if p):
        return True
    letters = [c for c in key if c.isalpha()]
    return key.isupper() and 2 <= len(letters) <= 6 and "".join(letters).lower() in index.initials


def _replaced_name(actor: Actor, sentence: Sentence, index: SourceIndex) -> Iterator[Problem]:
    """A name the source does not have, where the sentence it restates has another one of the
    same kind that the article left out ("une journaliste du Monde" for "de BuzzFeed")."""
    best = _best(sentence)
    if best is None:
        return
    mine = sentence.statement.entities
    for kind, key in index.statements[best].named:
        if (kind == actor.kind or "MISC" in (kind, actor.kind)) and not {
            w for w in key.lower().split() if len(w) > 2
        } & mine:
            certain = actor.kind == PERSON == kind and _certainty(sentence) == "hard"
            yield (
                "hard" if certain else "review",
                f"names {actor.key}, absent from the source, where it names {key}",
                best,
                actor.key,
            )
            return


def _stems_in(phrase: frozenset[str], index: SourceIndex) -> bool:
    """Whether the source uses some word of `phrase` (folded lemmas), by its stem: an adjective
    for a noun ("présidentiel" for "présidentielle"), a plural, a participle."""
    return any(lemma[:STEM] in index.stems for lemma in phrase if len(lemma) >= 3) or any(
        lemma in index.folded_lemmas for lemma in phrase
    )


def _cause_problems(
    sentence: Sentence, neighbours: list[Sentence], index: SourceIndex
) -> Iterator[Problem]:
    statement = sentence.statement
    if not statement.causes:
        return
    for marker, named, written in statement.causes:
        shown = " ".join(written[:8])
        absent = sorted(" ".join(sorted(p)) for p in named if not _stems_in(p, index))
        if absent:
            # a review: the source may state it in other words ("faute de froid" for its
            # "températures trop élevées")
            yield (
                "review",
                f"gives a cause the source does not («{marker} {shown}»: «{absent[0]}» is not in "
                "the source)",
                None,
                marker,
            )
            return
    near = {i for score, i in sentence.aligned if score > 0.2}
    if sentence.aligned:
        best = sentence.aligned[0][1]
        near.update(i for i in (best - 1, best + 1) if 0 <= i < len(index.statements))
    nearby = [index.statements[i] for i in near]
    if _certainty(sentence) == "hard" and not any(s.causes or s.links for s in nearby):
        marker = statement.causes[0][0]
        yield (
            "review",
            f"links facts with «{marker}» where the source gives no such link",
            None,
            marker,
        )


# --- names in the place of others ----------------------------------------------------------


def _mention_swaps(sentence: Sentence, index: SourceIndex) -> Iterator[Problem]:
    """A name of the source in the place of another: the sentence restated names Y where this
    one names X, and X is not in it (« à Montréal » → « en Mauricie », « contacté Otero » →
    « contacté Garcia »)."""
    best = _best(sentence)
    summary = sentence.target is not None and sentence.target.kind in _SUMMARIES
    if best is None or summary:
        return
    statement = sentence.statement
    source = index.statements[best]
    near = [source, *(index.statements[i] for i in _fragments_beside(best, index))]
    for actor in statement.actors:
        if actor.how != "mention" or actor.kind == "INST" or sum(map(str.isalpha, actor.key)) < 3:
            continue
        words = {w for w in actor.key.lower().split() if len(w) > 2}
        if any(stands_in(actor.key, normalise(s.text)) or words & s.entities for s in near):
            continue
        if not (actor.key.lower() in index.entities or words & index.entities):
            continue  # absent from the source: the fact check and _replaced_name say so
        rivals = [  # in the same place: what it is the object, the place, the agent of
            other.key
            for other in source.actors
            if other.kind == actor.kind
            and (other.predicates & actor.predicates or actor.case and other.case == actor.case)
            and not {w for w in other.key.lower().split() if len(w) > 2} & statement.entities
            and not stands_in(other.key, normalise(statement.text))
        ]
        if rivals:
            problem = f"names {actor.key} where the source names {rivals[0]}"
            # the story's setting (named in the source's title or lead) may be said anywhere
            setting = any(stands_in(actor.key, normalise(s.text)) for s in index.statements[:2])
            yield "review" if setting else _certainty(sentence), problem, best, actor.key
            return

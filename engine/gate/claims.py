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
from engine.gate.source_index import SourceIndex, source_index
from engine.gate.statements import Actor, FigureUse, Quote, Statement, read_doc
from engine.gate.statements import day_key as _day
from engine.gate.target import DESCRIPTION, TITLE, Target, heading
from engine.text import excerpt, normalise, stands_in

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from engine.brief import Brief
    from engine.gate.parsed import ParsedArticle

ID = "fidelity"
ALIGNED = 0.35  # a source statement holding this share of a sentence's weight restates it
SHORT_QUOTE = 3  # words: a shorter quotation is a fragment, judged with its context
_WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
_UNKNOWN = "unknown:"


@dataclass(frozen=True)
class Sentence:
    statement: Statement
    target: Target | None
    aligned: tuple[tuple[float, int], ...]
    number: int  # its place in the article


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
            out.append(Sentence(statement, target, aligned, len(out)))
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


def _best(sentence: Sentence, floor: float = ALIGNED) -> int | None:
    if sentence.aligned and sentence.aligned[0][0] >= floor:
        return sentence.aligned[0][1]
    return None


# --- figures --------------------------------------------------------------------------------


def _figure_problems(
    sentence: Sentence, neighbours: list[Sentence], index: SourceIndex
) -> Iterator[Problem]:
    statement = sentence.statement
    for use in statement.figures:
        if use.anaphoric:
            continue  # "ces deux puissances" counts what the article said before
        uses = index.uses.get(use.key, ())
        if use.key not in index.figure_keys and not _dated(use, index):
            if (
                _bounded(use, sentence, neighbours, index)
                or _rounded(use, index)
                or not use.spelled
                and stands_in(use.text, index.text)
            ):
                continue
            problem = (
                f"{_UNKNOWN}{use.kind} not in the source «{use.text}», only the source's figures"
            )
            yield "hard", problem, None, use.text
            continue
        yield from _weekday_problem(use, statement, index)
        if not uses:
            swapped = _swapped(use, sentence, index)
            if swapped is not None:
                at, theirs = swapped
                yield "hard", f"gives «{use.text}» where the source gives «{theirs}»", at, use.text
            continue
        same = [u for u, _ in uses]
        if use.noun and not use.unit and same and all(u.unit for u in same):
            other, at = uses[0]
            yield (
                "hard",
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
        if unheard is not None:
            at, theirs = unheard
            yield (
                "hard",
                f"counts «{use.text} {use.noun}»: the source counts «{theirs}»",
                at,
                use.text,
            )
            continue
        swapped = _swapped(use, sentence, index)
        if swapped is not None:
            at, theirs = swapped
            yield "hard", f"gives «{use.text}» where the source gives «{theirs}»", at, use.text


def _dated(use: FigureUse, index: SourceIndex) -> bool:
    """ "17 juin 2018" for the source's "17 juin" of an article dated 2018: the year added."""
    if use.kind != "date" or ":" in use.key:
        return False
    parts = use.key.split("/")
    return all(
        len(p) == 10 and p[:4] in index.years and f"--{p[5:]}" in index.figure_keys for p in parts
    )


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
        yield "hard", f"says «{said}» where the source says «{source}»", best, said


def _polarity_problems(sentence: Sentence, index: SourceIndex) -> Iterator[Problem]:
    best = _best(sentence)
    if best is None:
        return
    mine, theirs = sentence.statement, index.statements[best]
    for table_mine, table_theirs in ((mine.verbs, theirs.verbs), (mine.nouns, theirs.nouns)):
        for lemma, polarity in table_mine.items():
            other = table_theirs.get(lemma)
            if other and len(polarity) == 1 and len(other) == 1 and polarity != other:
                said, source = ("denies", "affirms") if True in polarity else ("affirms", "denies")
                yield "hard", f"{said} what the source {source} ({lemma})", best, lemma
                return


def _direction_problems(sentence: Sentence, index: SourceIndex) -> Iterator[Problem]:
    best = _best(sentence)
    if best is None:
        return
    theirs = index.statements[best].directions
    for sign, theme, word in sentence.statement.directions:
        related = [(s, w) for s, t, w in theirs if t & theme]
        if related and all(s == -sign for s, _ in related):
            yield "hard", f"says «{word}» where the source says «{related[0][1]}»", best, word
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
        speakers = {
            q.speaker for q, i in index.quotes if i in holders and q.speaker and _overlaps(q, quote)
        }
        named = quote.speaker if quote.named else None  # a pronoun's guess accuses nobody
        if named and speakers and not any(_same_person(named, s) for s in speakers):
            yield (
                "hard",
                f"gives «{excerpt(quote.key, 50)}» to {quote.speaker}: the source's speaker is "
                f"{sorted(speakers)[0]}",
                holders[0],
                quote.text,
            )
            continue
        if len(quote.key.split()) <= SHORT_QUOTE:
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
        "hard",
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
    sentences around (as the adjective or its country)."""
    from engine.gate.lexicon import tagged, words

    titles, countries = words("titles"), tagged("nationalities", "\t")
    for person, roles in sentence.statement.roles.items():
        known = _source_person(person, index)
        if known is None:
            continue
        for role in sorted(roles):
            if role in titles and not _among(role, index.roles[known]):
                yield (
                    "hard",
                    f"calls {person} «{role}»: the source gives {known} no such role",
                    None,
                    role,
                )
                break
            near = index.around[known]
            if role in countries and not (_among(role, near) or countries[role].lower() in near):
                yield (
                    "hard",
                    f"calls {person} «{role}»: the source does not say {known} is",
                    None,
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
            if actor.how != "mention":
                what = "the source of the claim" if actor.how == "source" else "the actor"
                yield "hard", f"makes {actor.key}, absent from the source, {what}", None, actor.key
            else:
                yield from _replaced_name(actor, sentence, index)
            continue
        if best is None or actor.how == "source":
            continue
        near = [index.statements[i] for i in [best, *_fragments_beside(best, index)]]
        # a sentence that merges two source sentences names actors of both
        floor = max(0.3, 0.6 * sentence.aligned[0][0])
        near += [index.statements[i] for score, i in sentence.aligned if score >= floor]
        if any(actor.key.lower() in s.entities or words & s.entities for s in near):
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
            yield (
                "hard",
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
            "hard",
            f"makes the {actor.key} the actor where the source names the {theirs[0]}",
            best,
            actor.key,
        )


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
            yield (
                "hard",
                f"names {actor.key}, absent from the source, where it names {key}",
                best,
                actor.key,
            )
            return


def _cause_problems(
    sentence: Sentence, neighbours: list[Sentence], index: SourceIndex
) -> Iterator[Problem]:
    statement = sentence.statement
    if not statement.causes:
        return
    folded = index.folded
    for marker, named, written in statement.causes:
        shown = " ".join(written[:8])
        absent = sorted(" ".join(sorted(p)) for p in named if not any(p <= f for f in folded))
        if absent:
            yield (
                "hard",
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
    if not any(s.causes or s.links for s in nearby):
        marker = statement.causes[0][0]
        yield (
            "warning",
            f"links facts with «{marker}» where the source gives no such link",
            None,
            marker,
        )

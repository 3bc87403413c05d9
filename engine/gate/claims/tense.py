"""Tense against the calendar: a future for what the source dates before its own date.

A news source opens with its date (its dateline, engine.brief.dateline). An article sentence
that surely restates a source sentence (`certainty`), puts its main clause in the future as a
plain statement (not hedged, announced nor reported: engine.gate.slots.modality) and dates it
with a date the source gives falling on or before the source's own date, says will happen
what had happened when the source was written (« Jason Stewart terminera le 12 janvier » for a
source of 13 January): hard. The source's own date opening a sentence (« (7 février 2016) … »)
is a dateline the writer kept, not the event's date. A date without its year takes the
dateline's; a month (« août 2016 ») or a span of days (« du 26 au 28 octobre ») is before the
dateline when its last day is.

With no date, a future for what the source sentence restated tells in a compound past, said with
another verb (« aura lieu samedi » for « s'est déroulée samedi »: `told_done_problems`), is a
review; the same verb is engine.gate.slots.modality's to judge.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator
from functools import cache, lru_cache

from engine.brief.dateline import dated
from engine.gate.claims.alignment import Problem, Sentence, certainty, question, restated
from engine.gate.slots.modality import FUTURE, FUTURE_ENDINGS, PAST, Clause, future_stem, narrating
from engine.gate.source_index import SourceIndex
from engine.gate.statements import Statement, day_key
from engine.text.lexicon import by_tag, words

RULE = "tense"
TOLD_SHARED = 1  # words a future clause shares with the past clause it tells again, verbs aside
# (two kept 3 of the 6 catches on the pooled one-edit sets; neither drew one on 966 controls)
_OPENING = 3  # the dateline is in one of the source's first statements (after its title)


def opening_day(index: SourceIndex) -> tuple[int, int, int] | None:
    """The source's dateline as (year, month, day), else None."""
    return _dateline(tuple(s.text for s in index.statements[:_OPENING]))


@lru_cache(maxsize=64)
def _dateline(openings: tuple[str, ...]) -> tuple[int, int, int] | None:
    # a statement and the next: the splitter may cut the dash off (« 28 octobre 2018 . », « – »)
    joined = tuple(f"{a} {b}" for a, b in zip(openings, openings[1:], strict=False))
    for text in openings + joined:
        found = dated(text)
        if found is not None and len(found.key) == 10 and found.key[4] == "-":
            year, month, day = found.key.split("-")
            return int(year), int(month), int(day)
    return None


def _last_day(key: str, year: int) -> tuple[int, int, int] | None:
    """The last day a date key may mean: « --06-11 » in `year`, « 2016-08 » its last day, a span
    of days (« du 26 au 28 octobre 2018 ») its last day."""
    if "/" in key:
        return _last_day(key.rsplit("/", 1)[1], year)
    parts = key.split("-")
    try:
        if key.startswith("--") and len(parts) == 4:
            return year, int(parts[2]), int(parts[3])
        if len(parts) == 3 and len(parts[0]) == 4:
            return int(parts[0]), int(parts[1]), int(parts[2])
        if len(parts) == 2 and len(parts[0]) == 4:
            y, m = int(parts[0]), int(parts[1])
            return y, m, calendar.monthrange(y, m)[1]
    except ValueError:
        return None
    return None


def _sourced(key: str, index: SourceIndex) -> bool:
    """Whether the source gives this date (with or without its year)."""
    return key in index.figure_keys or day_key(key) in {day_key(k) for k in index.uses}


def _opens(text: str, start: int) -> bool:
    """A date that opens its sentence, bare or in brackets, before any word: the article's
    dateline as the source writes its own, not when the sentence's event happens."""
    return text[:start].strip(" ([") == ""


def _clauses(sentence: Sentence) -> list[Clause]:
    return [c for c in sentence.statement.slots.get("modality", ()) if isinstance(c, Clause)]


def tense_problems(sentence: Sentence, index: SourceIndex) -> Iterator[Problem]:
    best = restated(sentence)
    if best is None or question(sentence) or certainty(sentence) != "hard":
        return
    said = next(
        (
            c
            for c in sorted(_clauses(sentence), key=lambda c: (c.verb, sorted(c.words)))
            if c.root
            and c.time == FUTURE
            and not (c.hedged or c.announced or c.reported or c.supposed)
        ),
        None,
    )
    if said is None or not _future_written(sentence, said):
        return  # « accueille », which the tagger may read as a future
    today = opening_day(index)
    if today is None:
        return
    for figure in sentence.statement.figures:
        if figure.kind != "date" or not _sourced(figure.key, index):
            continue
        day = _last_day(figure.key, today[0])
        if day == today and _opens(sentence.statement.text, figure.start):
            continue  # « (7 février 2016) L'édition aura lieu le 12 » : the dateline, repeated
        if day is not None and day <= today:
            problem = (
                f"puts in the future («{said.verb}») what the source dates before its own date "
                f"(«{figure.text}»)"
            )
            # a plain future dated in the past may be the future of narration (« Peeters
            # abandonnera le 18 juin », « il sera élu en 1995 »): certain only where a word
            # places it ahead (« le 12 janvier prochain »), against its own date
            sure = "review" if narrating(said) else "hard"
            yield Problem(RULE, sure, problem, best, said.verb)
            return


def told_done_problems(sentence: Sentence, index: SourceIndex) -> Iterator[Problem]:
    """A future for what the source tells as done, whatever verb each side says it with (« la
    deuxième étape aura lieu samedi » for « s'est déroulée samedi », « reprendront les 4 et 5
    mars » for « ont redémarré »): the article sentence surely restates its source sentence
    (`certainty`), puts a clause in the future (by its ending, or « aller » and an infinitive:
    « vont prolonger » for « a poursuivi »), plainly (not hedged,
    announced, reported, supposed, obliged, denied, quoted, nor in a sentence that tells an event
    after another: « sera ensuite évacuée » may tell a story that is over; « ne recevra donc
    pas le corps » says what will not follow), and the source sentence tells in a compound past
    a clause sharing TOLD_SHARED of its words, not by a verb of saying or announcing (« a
    annoncé la programmation »), and nothing in it to come, possible, planned, supposed, nor
    placed ahead (« juillet prochain »). The future must be written so (« se dispute » is read as
    one), and of an event: a state said to last (« restera celle de ») is no event to come. A
    review: two verbs, the parse of two clauses."""
    best = restated(sentence)
    if best is None or question(sentence) or certainty(sentence) != "hard":
        return
    said = next(
        (
            c
            for c in sorted(_clauses(sentence), key=lambda c: (c.verb, sorted(c.words)))
            if c.time == FUTURE
            and not (c.hedged or c.announced or c.reported or c.supposed or c.obliged or c.denied)
            and not (c.sequel or c.quoted or c.hypothetical or c.planned)
        ),
        None,
    )
    if said is None or said.verb in by_tag("aspect")["copula"]:
        return  # « restera celle d'un parcours modifié »: a state said to last, no event to come
    if not _future_written(sentence, said):
        return  # « se dispute », which the tagger may read as a future
    told = [c for c in index.statements[best].slots.get("modality", ()) if isinstance(c, Clause)]
    if any(
        c.time == FUTURE
        or c.hedged
        or c.announced
        or c.planned
        or c.prospective
        or c.can
        or c.hypothetical
        for c in told
    ):
        return  # the source tells something to come, or only possible
    done = next(
        (
            c
            for c in sorted(told, key=lambda c: (c.verb, sorted(c.words)))
            if c.time == PAST
            and c.composed
            and c.finite
            and len(c.words & said.words - {c.verb, said.verb}) >= TOLD_SHARED
        ),
        None,
    )
    if done is None or _ahead(index.statements[best]) or done.verb in _telling():
        return  # « a annoncé la programmation pour juillet prochain »: an event to come, told
    problem = f"puts in the future («{said.verb}») what the source tells as done («{done.verb}»)"
    yield Problem(RULE, "review", problem, best, said.verb)


def _ahead(statement: Statement) -> bool:
    """A sentence that places something ahead in time (lexicon/aspect.txt « ahead »: « juillet
    prochain », « bientôt », « demain »)."""
    written = {w.split("'")[-1] for w in re.findall(r"[\w'’-]+", statement.text.lower())}
    return bool(written & by_tag("aspect")["ahead"])


@cache
def _telling() -> frozenset[str]:
    """The verbs by which a past tells of a thing to come (lexicon saying, modality « announce »:
    « a annoncé la programmation », « a indiqué »)."""
    return words("saying") | by_tag("modality").get("announce", frozenset())


_GOING = frozenset({"vais", "vas", "va", "allons", "allez", "vont"})


def _future_written(sentence: Sentence, said: Clause) -> bool:
    """Whether the sentence writes the clause's verb, or its auxiliary, in the future (« seront
    éliminés », « permettront »), not only the tagger reading it so."""
    written = {said.verb, "être", "avoir", *said.words}
    return any(_written_future(sentence.statement.text, verb) for verb in sorted(written))


def _written_future(text: str, verb: str) -> bool:
    """Whether the sentence writes `verb` in the future: its future stem and an ending (« aura »,
    « reprendront », « se tiendra »), or « aller » and its infinitive (« vont prolonger »)."""
    stem = future_stem(verb)
    written = re.findall(r"[\w-]+", text.lower().replace("’", "'"))
    if any(w.startswith(stem) and w[len(stem) :] in FUTURE_ENDINGS for w in written):
        return True
    return any(w in _GOING and verb in written[n + 1 : n + 4] for n, w in enumerate(written))

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
"""

from __future__ import annotations

import calendar
from collections.abc import Iterator
from functools import cache

from engine.brief.dateline import dated
from engine.gate.claims.alignment import Problem, Sentence, certainty, question, restated
from engine.gate.slots.modality import FUTURE, Clause
from engine.gate.source_index import SourceIndex
from engine.gate.statements import day_key

RULE = "tense"
_OPENING = 3  # the dateline is in one of the source's first statements (after its title)


@cache
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
    if said is None:
        return
    today = _dateline(tuple(s.text for s in index.statements[:_OPENING]))
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
            yield Problem(RULE, "hard", problem, best, said.verb)
            return

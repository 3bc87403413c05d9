"""What the engine says, in the page's language: its English texts matched against the
catalogue of their templates (engine/serve/french.py) and said again in French.

The engine speaks English everywhere (the command line keeps its texts); `plume serve` says it
in French when the request asks for French. A template is the English text with named slots,
« body has {n} words, {n2} needed: add {n3} words », beside its French form. A slot takes any
text, except those the catalogue types by name (a number, a target, a fact kind…, see
`french.SLOTS`) and those that hold a whole message of a group (`french.GROUPS`: the problem a
claim check found, the finding a verdict line quotes…), matched in turn. Matching tries each
way of filling the slots, so a quoted sentence may hold the words that follow it. A text no
template matches is said as it is (tests/test_serve_french.py keeps that from happening to any
message the gate gives on the test data).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache

from engine.serve import french

SLOT = re.compile(r"\{([a-z_]+)(\d*)\}")


@dataclass(frozen=True)
class Template:
    english: str
    french: str
    parts: tuple[tuple[bool, str], ...]  # (is a slot, its name or the literal text)


def compile_template(english: str, said: str) -> Template:
    parts: list[tuple[bool, str]] = []
    at = 0
    for slot in SLOT.finditer(english):
        if slot.start() > at:
            parts.append((False, english[at : slot.start()]))
        elif parts and parts[-1][0]:
            raise ValueError(f"two slots in a row in {english!r}")
        parts.append((True, slot.group(1) + slot.group(2)))
        at = slot.end()
    if at < len(english):
        parts.append((False, english[at:]))
    names = {name for is_slot, name in parts if is_slot}
    used = {m.group(1) + m.group(2) for m in SLOT.finditer(said)}
    if used != names:  # the French says all the English does, and nothing else
        raise ValueError(f"{said!r} and {english!r} differ in their slots: {used ^ names}")
    return Template(english, french.typeset(said), tuple(parts))


@cache
def _groups() -> dict[str, tuple[Template, ...]]:
    return {
        group: tuple(compile_template(english, said) for english, said in table)
        for group, table in french.GROUPS.items()
    }


def to_french(text: str, group: str = "all") -> str | None:
    """`text` in French, or None when no template of `group` (or of any group) matches."""
    groups = _groups()
    names = tuple(groups) if group == "all" else (group,)
    for name in names:
        said = _said(text, name)
        if said is not None:
            return said
    return None


@lru_cache(maxsize=8192)
def _said(text: str, group: str) -> str | None:
    for template in _groups()[group]:
        slots = next(_bind(template.parts, text), None)
        if slots is not None:
            return _fill(template.french, slots)
    return None


def _fill(template: str, slots: dict[str, str]) -> str:
    return SLOT.sub(lambda m: slots[m.group(1) + m.group(2)], template)


def _bind(parts: tuple[tuple[bool, str], ...], text: str) -> Iterator[dict[str, str]]:
    """Every way the template `parts` covers all of `text`: its slots' French values."""
    if not parts:
        if not text:
            yield {}
        return
    (is_slot, name), rest = parts[0], parts[1:]
    if not is_slot:
        if text.startswith(name):
            yield from _bind(rest, text[len(name) :])
        return
    if rest:
        literal = rest[0][1]
        ends = [m.start() for m in re.finditer(f"(?={re.escape(literal)})", text)]
    else:
        ends = [len(text)]
    for end in ends:
        if end == 0:
            continue
        value = _slot(name, text[:end])
        if value is None:
            continue
        for slots in _bind(rest, text[end:]):
            yield {name: value, **slots}


def _slot(name: str, text: str) -> str | None:
    """The French of one slot's text, or None when the text cannot fill it."""
    kind = name.rstrip("0123456789")
    if kind in french.GROUPS:
        return _said(text, kind)
    typed = french.SLOTS.get(kind)
    if typed is None:
        return text  # free text: a quotation, a name, the article's own words
    return typed(text)


def say(text: str | None, lang: str) -> str | None:
    """`text` in `lang`: as it is in English; in French line by line, each line as the
    catalogue says it (a line it does not know stays as it is)."""
    if not text or lang != "fr":
        return text
    return "\n".join(to_french(line) or line for line in text.split("\n"))


def said(text: str | None, lang: str, group: str = "all") -> str | None:
    """One text in `lang`, as a text of `group` (any group where it is not one of them)."""
    if not text or lang != "fr":
        return text
    return to_french(text, group) or to_french(text) or text


def error_said(error: dict | None, lang: str) -> dict | None:
    """{"message", "hint", …} in `lang` (a message of several lines, line by line)."""
    if not error or lang != "fr":
        return error
    return {
        **error,
        "message": say(error.get("message"), lang),
        "hint": say(error.get("hint"), lang),
    }


def report_said(report: dict, lang: str) -> dict:
    """A report (`report_json`, `report_dict`) in `lang`: each finding's message and what it
    expects (and a language finding's value, a word), why the repairs stopped, the source's
    notes. Ids, targets, rules and figures stay as they are: they are the API's names."""
    if lang != "fr":
        return report
    checks = []
    for finding in report.get("checks", []):
        finding = {
            **finding,
            "message": said(finding.get("message"), lang, "findings"),
            "expected": said(finding.get("expected"), lang, "expected"),
        }
        if finding.get("id") == "language" and isinstance(finding.get("value"), str):
            finding["value"] = said(finding["value"], lang, "expected")
        checks.append(finding)
    out = {**report, "checks": checks}
    if isinstance(report.get("stopped"), str):
        out["stopped"] = said(report["stopped"], lang, "reasons")
    if "source_notes" in report:
        out["source_notes"] = [said(n, lang, "notes") for n in report["source_notes"]]
    return out


def job_said(job: dict, lang: str) -> dict:
    """A job's JSON (`/api/jobs/ID`) in `lang`: its progress lines, report, verdict, error."""
    if lang != "fr":
        return job
    out = {**job, "error": error_said(job.get("error"), lang)}
    if "progress" in job:
        out["progress"] = [said(line, lang, "progress") for line in job["progress"]]
    if "report" in job:
        out["report"] = report_said(job["report"], lang)
    if "why" in job:
        out["why"] = "\n".join(
            said(line, lang, "verdict") or line for line in job["why"].split("\n")
        )
    return out


def event_said(event: dict, lang: str) -> dict:
    """A server-sent event of a job in `lang`: a progress line, a status's error."""
    if lang != "fr":
        return event
    if event.get("type") == "progress":
        return {**event, "line": said(event.get("line"), lang, "progress")}
    if event.get("error"):
        return {**event, "error": error_said(event["error"], lang)}
    return event

"""Repair: what the gate's failed hard findings send back to the model, and the rewriting of it.

Each failed hard finding is repaired where its check's record says; a round regenerates each
failing part once (a section, the intro, the title and description together, the subheadings
together), with the gate's messages as feedback. A review finding never causes a repair: it is
mentioned, once in the whole run, to a part regenerated anyway.
"""

from __future__ import annotations

from dataclasses import replace

from engine.gate import BY_ID, Report, Target
from engine.gate.target import HEADINGS, META
from engine.llm.placement import FEEDBACK_MESSAGES, SECTION_WIDEN_MARGIN
from engine.text import count_words
from engine.write.draft import Draft, Writer
from engine.write.plan import INTRO_WORDS, make_slug
from engine.write.prompts import REVIEW_HINT


def repair(writer: Writer, draft: Draft, report: Report) -> list[str]:
    """Regenerate each failing part once, with the gate's messages as feedback; the parts
    really replaced (an unreadable meta or headings answer keeps the old ones)."""
    todo = repair_targets(report, draft)
    sections = [t.index for t in todo if t.kind == "section" and t.index is not None]
    if "length" in report.failed:
        widen_budgets(writer, draft, sections)
    done: list[str] = []
    for target, messages in todo.items():
        feedback = tuple(messages[:FEEDBACK_MESSAGES])  # bounded, like the context
        draft.reviewed.update(m for m in feedback if m.startswith(REVIEW_HINT))
        if target == META:
            if not writer.meta(draft, feedback):
                continue
        elif target == HEADINGS:
            if not writer.headings(draft, feedback):
                continue
        elif target.kind == "slug":
            plan = draft.plan
            slug = make_slug(writer.brief.keyphrase, plan.title, writer.settings)
            draft.plan = replace(plan, slug=slug)
        elif target.kind == "intro":
            draft.intro = writer.intro(draft, feedback)
        elif target.kind == "section" and target.index is not None:
            draft.bodies[target.index] = writer.section(draft, target.index, feedback)
        done.append(str(target))
    return done


def widen_budgets(writer: Writer, draft: Draft, indexes: list[int]) -> None:
    """Give the regenerated sections the words the article lacks, within section limits."""
    words = sum(count_words(p) for p in draft.intro)
    words += sum(count_words(p) for body in draft.bodies for p in body)
    missing = max(writer.brief.min_words - words, 0) + 40
    if not indexes:
        return
    ceiling = writer.settings.section_max_words - SECTION_WIDEN_MARGIN
    sections = list(draft.plan.sections)
    for i in indexes:
        current = sum(count_words(p) for p in draft.bodies[i])
        wanted = max(sections[i].words, current + missing // len(indexes))
        sections[i] = replace(sections[i], words=min(wanted, ceiling))
    draft.plan = replace(draft.plan, sections=tuple(sections))


def repair_budget(writer: Writer, draft: Draft, target: Target) -> int:
    """Tokens the repair call for `target` may take."""
    if target.kind == "section" and target.index is not None:
        return writer.tokens_for(draft.plan.sections[target.index].words)
    return writer.tokens_for(INTRO_WORDS) if target.kind == "intro" else 128


def repair_targets(report: Report, draft: Draft) -> dict[Target, list[str]]:
    """Which steps to run again, each with the messages of the findings against it.

    Each failed hard finding is repaired where its check's record says (`Check.repair_targets`);
    the title and the description are rewritten together (META), and so are the subheadings
    (HEADINGS), so they stay distinct and balanced."""
    todo: dict[Target, list[str]] = {}
    sizes = [sum(count_words(p) for p in body) for body in draft.bodies]
    for finding in report.findings:
        if not finding.failed_hard:
            continue
        for target in BY_ID[finding.id].repair_targets(finding, sizes):
            step = _STEPS.get(target.kind, target)
            if step.kind != "section" or (step.index is not None and step.index < len(sizes)):
                todo.setdefault(step, []).append(finding.message)
    # A review finding rides along, after the hard ones, with a part regenerated anyway, once.
    for finding in report.reviews:
        if finding.target is None or REVIEW_HINT + finding.message in draft.reviewed:
            continue
        step = _STEPS.get(finding.target.kind, finding.target)
        if step in todo:
            todo[step].append(REVIEW_HINT + finding.message)
    return todo


_STEPS = {"title": META, "description": META, "heading": HEADINGS}

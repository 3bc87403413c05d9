"""The rewrite pipeline end to end with the scripted generator: drafts that pass, and every
repair path of the loop (each fixed within two rounds), and a rejection when nothing helps."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from engine.brief import make_brief
from engine.brief.source import read_source
from engine.config import Settings
from engine.write.rewriter import Rewriter
from tests.conftest import CLIENT_SEEDS, DATA
from tests.scripted import DRAFTS, ScriptedGenerator

# case → (the draft the scripted model answers with, the source it rewrites)
SOURCES: dict[str, tuple[str, Path]] = {
    "wikinews-05": ("wikinews-05", DATA / "wikinews/05.txt"),
    "wikinews-12": ("wikinews-12", DATA / "wikinews/12.txt"),
    "wikinews-22": ("wikinews-22", DATA / "wikinews/22.txt"),
    "wikinews-05-seed": ("wikinews-05", DATA / "seeds/wikinews-05-seed.txt"),
    "wikinews-12-seed": ("wikinews-12", DATA / "seeds/wikinews-12-seed.txt"),
    # The client's prompts too, when the shared workspace is there (never required).
    **{f"client-{p.name[:3]}": (f"seed-{p.name[:3]}", p) for p in CLIENT_SEEDS},
}
# The repair paths, on a seed-style prompt (the failures are written for its draft).
REPAIR_CASES = ["wikinews-05-seed", *(["client-001"] if "client-001" in SOURCES else [])]
SETTINGS = Settings()


def rewrite(case: str, failures=None, settings: Settings = SETTINGS):
    draft, path = SOURCES[case]
    generator = ScriptedGenerator(draft, failures)
    brief = make_brief(read_source(path), settings, generator.article.keyphrase)
    return Rewriter(generator, settings).rewrite(brief), generator


@pytest.mark.parametrize("case", sorted(SOURCES))
def test_good_drafts_pass_at_the_first_gate(corpus_dir: Path, case: str) -> None:
    result, generator = rewrite(case)
    assert result.report.failed == ()
    assert result.passed
    assert [r.index for r in result.rounds] == [0]
    assert result.article.title == generator.article.title
    assert [s.heading for s in result.article.sections] == [
        s.heading for s in generator.article.sections
    ]
    steps = [step for step, _ in generator.requests]
    sections = len(generator.article.sections)
    assert steps == ["plan", "intro", *(f"section:{i}" for i in range(sections))]


@pytest.mark.parametrize("case", REPAIR_CASES)
def test_every_call_shares_the_system_prefix(corpus_dir: Path, case: str) -> None:
    result, generator = rewrite(case)
    systems = {messages[0]["content"] for _, messages in generator.requests}
    assert len(systems) == 1
    assert generator.article.keyphrase in systems.pop()
    # Each section call re-sends only its tail: far fewer words than the whole prompt.
    for call in result.calls[2:]:
        assert call.prompt_evaluated < call.prompt_tokens / 3


FAILURES = DRAFTS / "failures"


# Which step each failure of a draft answers (a too-short section must leave 700 words).
STEPS = {
    "wikinews-05": {"section-too-short": "section:4"},
    "seed-001": {"section-too-short": "section:1"},
}


def failure(case: str, name: str) -> str:
    """A realistic bad answer of a model, written for the draft of `case`."""
    return (FAILURES / SOURCES[case][0] / f"{name}.md").read_text(encoding="utf-8")


def step_of(case: str, name: str, default: str) -> str:
    return STEPS[SOURCES[case][0]].get(name, default)


@pytest.mark.parametrize("case", REPAIR_CASES)
@pytest.mark.parametrize(
    ("name", "step", "failed"),
    [
        ("section-too-short", "section:1", {"structure"}),  # see STEPS
        ("section-loop", "section:5", {"repetition"}),
        ("section-invented-number", "section:1", {"fidelity"}),
        ("section-invented-quote", "section:4", {"fidelity"}),
    ],
)
def test_repair_fixes_a_failed_section_alone(
    corpus_dir: Path, case: str, name: str, step: str, failed: set[str]
) -> None:
    step = step_of(case, name, step)
    result, generator = rewrite(case, {(step, 1): failure(case, name)})
    first = result.rounds[0]
    assert set(first.failed) == failed
    assert first.regenerated == (step,)  # only what failed is written again
    assert result.passed, result.report.failed
    assert len(result.rounds) == 2  # fixed by the first repair round
    assert generator.attempts[step] == 2
    assert generator.attempts["plan"] == generator.attempts["intro"] == 1


@pytest.mark.parametrize("case", REPAIR_CASES)
def test_chatter_is_stripped_without_a_new_generation(corpus_dir: Path, case: str) -> None:
    result, generator = rewrite(case, {("section:2", 1): failure(case, "section-chatter")})
    assert result.passed
    assert [r.index for r in result.rounds] == [0]
    assert generator.attempts["section:2"] == 1
    body = result.article.body_markdown()
    assert "Bien sûr" not in body and "N’hésitez" not in body and "N'hésitez" not in body


@pytest.mark.parametrize("case", REPAIR_CASES)
def test_plan_with_a_long_title_gets_new_meta(corpus_dir: Path, case: str) -> None:
    result, generator = rewrite(case, {("plan", 1): failure(case, "plan-long-title")})
    first = result.rounds[0]
    assert first.failed == ("metadata",)
    assert first.regenerated == ("meta",)
    assert result.passed
    assert result.article.title == generator.article.title
    assert len(result.rounds) == 2


@pytest.mark.parametrize("case", REPAIR_CASES)
def test_unreadable_plan_falls_back_to_a_neutral_outline(corpus_dir: Path, case: str) -> None:
    result, generator = rewrite(case, {("plan", 1): "Je ne peux pas répondre en JSON."})
    headings = [s.heading for s in result.article.sections]
    assert headings[-1] == "Ce qu'il faut retenir"
    assert len(headings) == 5


@pytest.mark.parametrize("case", REPAIR_CASES)
def test_repairs_stop_early_when_a_round_does_not_reduce_the_failures(
    corpus_dir: Path, case: str
) -> None:
    too_short = failure(case, "section-too-short")
    step = step_of(case, "section-too-short", "section:1")
    failures = {(step, attempt): too_short for attempt in range(1, 10)}
    lines: list[str] = []
    settings = Settings(max_rounds=3)
    generator = ScriptedGenerator(SOURCES[case][0], failures)
    brief = make_brief(read_source(SOURCES[case][1]), settings, generator.article.keyphrase)
    result = Rewriter(generator, settings, lines.append).rewrite(brief)
    assert not result.passed
    assert [r.index for r in result.rounds] == [0, 1]  # round 1 fixed nothing: no round 2
    assert result.report.failed == ("structure",)
    assert result.rounds[0].regenerated == (step,)
    assert result.rounds[-1].regenerated == ()
    assert generator.attempts[step] == 2
    assert result.stopped == (
        "no progress: repair round 1 left 1 failed hard finding(s), not fewer than the 1 before it"
    )
    assert lines[-1] == f"repairs stopped, {result.stopped}"


@pytest.mark.parametrize("case", REPAIR_CASES)
def test_repairs_go_on_while_each_round_reduces_the_failures(corpus_dir: Path, case: str) -> None:
    too_short = failure(case, "section-too-short")
    step = step_of(case, "section-too-short", "section:1")
    failures = {
        (step, 1): too_short,  # fixed by round 1
        ("section:5", 1): failure(case, "section-loop"),  # fixed by round 2 only
        ("section:5", 2): failure(case, "section-loop"),
    }
    result, generator = rewrite(case, failures, Settings(max_rounds=3))
    assert [r.failed for r in result.rounds] == [
        ("structure", "repetition"),
        ("repetition",),
        (),
    ]
    assert result.passed and result.stopped == "passed"


@pytest.mark.parametrize("case", REPAIR_CASES)
def test_rejected_after_max_rounds_says_so(corpus_dir: Path, case: str) -> None:
    failures = {("section:5", n): failure(case, "section-loop") for n in range(1, 9)}
    result, generator = rewrite(case, failures, Settings(max_rounds=0))
    assert not result.passed
    assert [r.index for r in result.rounds] == [0]
    assert result.stopped == "max_rounds: 0 repair round(s) done"


@pytest.mark.parametrize("case", REPAIR_CASES)
def test_unreadable_meta_keeps_the_title_says_so_and_is_not_recorded_as_regenerated(
    corpus_dir: Path, case: str
) -> None:
    failures = {("plan", 1): failure(case, "plan-long-title"), ("meta", 1): "pas de JSON"}
    lines: list[str] = []
    settings = Settings(max_rounds=1)
    generator = ScriptedGenerator(SOURCES[case][0], failures)
    brief = make_brief(read_source(SOURCES[case][1]), settings, generator.article.keyphrase)
    result = Rewriter(generator, settings, lines.append).rewrite(brief)
    assert result.rounds[0].failed == ("metadata",)
    assert result.rounds[0].regenerated == ()  # the meta call was made, nothing was replaced
    assert generator.attempts["meta"] == 1
    assert any(
        line.startswith("meta unreadable (") and line.endswith("): title and description kept")
        for line in lines
    ), lines
    assert not result.passed


@pytest.mark.parametrize("case", REPAIR_CASES)
def test_subheadings_without_the_keyphrase_are_rewritten_together(
    corpus_dir: Path, case: str
) -> None:
    draft = SOURCES[case][0]
    good = ScriptedGenerator(draft).article
    ordinals = ["Premier", "Deuxième", "Troisième", "Quatrième", "Cinquième", "Sixième"]
    bland = [f"{o} volet du dossier" for o in ordinals]  # no keyphrase in any of them
    plan = json.loads((DRAFTS / f"{draft}.plan.json").read_text(encoding="utf-8"))
    for section, heading in zip(plan["sections"], bland, strict=True):
        section["heading"] = heading
    result, generator = rewrite(case, {("plan", 1): json.dumps(plan)})
    first = result.rounds[0]
    assert first.failed == ("keyphrase",)
    assert first.regenerated == ("headings",)
    assert result.passed
    assert [s.heading for s in result.article.sections] == [s.heading for s in good.sections]
    assert generator.attempts["headings"] == 1

"""The rewrite pipeline end to end with the scripted generator: drafts that pass, and every
repair path of the loop (each fixed within two rounds), and a rejection when nothing helps."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from engine.brief import make_brief
from engine.config import Settings
from engine.pipeline import Rewriter
from engine.source import read_source
from tests.scripted import DRAFTS, ScriptedGenerator

SOURCES = {
    "seed-000": "seeds/000_c5d93ef54cb569d8.txt",
    "seed-001": "seeds/001_3f6a6f5f791940cc.txt",
    "wikinews-05": "wikinews/05.txt",
    "wikinews-12": "wikinews/12.txt",
    "wikinews-22": "wikinews/22.txt",
}
SETTINGS = Settings()


def rewrite(corpus_dir: Path, draft: str, failures=None, settings: Settings = SETTINGS):
    generator = ScriptedGenerator(draft, failures)
    source = read_source(corpus_dir / SOURCES[draft])
    brief = make_brief(source, settings, generator.article.keyphrase)
    return Rewriter(generator, settings).rewrite(brief), generator


@pytest.mark.parametrize("draft", sorted(SOURCES))
def test_good_drafts_pass_at_the_first_gate(corpus_dir: Path, draft: str) -> None:
    result, generator = rewrite(corpus_dir, draft)
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


def test_every_call_shares_the_system_prefix(corpus_dir: Path) -> None:
    result, generator = rewrite(corpus_dir, "seed-001")
    systems = {messages[0]["content"] for _, messages in generator.requests}
    assert len(systems) == 1
    assert "OTAN voisinage sud" in systems.pop()
    # Each section call re-sends only its tail: far fewer words than the whole prompt.
    for call in result.calls[2:]:
        assert call.prompt_evaluated < call.prompt_tokens / 3


FAILURES = Path(__file__).parent / "data" / "drafts" / "failures"


def failure(name: str) -> str:
    """A realistic bad answer of a model, written for seed-001."""
    return (FAILURES / f"{name}.md").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("name", "step", "failed"),
    [
        ("section-too-short", "section:1", {"structure"}),
        ("section-loop", "section:5", {"repetition"}),
        ("section-invented-number", "section:1", {"fidelity"}),
        ("section-invented-quote", "section:4", {"fidelity"}),
    ],
)
def test_repair_fixes_a_failed_section_alone(
    corpus_dir: Path, name: str, step: str, failed: set[str]
) -> None:
    result, generator = rewrite(corpus_dir, "seed-001", {(step, 1): failure(name)})
    first = result.rounds[0]
    assert set(first.failed) == failed
    assert first.regenerated == (step,)  # only what failed is written again
    assert result.passed, result.report.failed
    assert len(result.rounds) == 2  # fixed by the first repair round
    assert generator.attempts[step] == 2
    assert generator.attempts["plan"] == generator.attempts["intro"] == 1


def test_chatter_is_stripped_without_a_new_generation(corpus_dir: Path) -> None:
    result, generator = rewrite(
        corpus_dir, "seed-001", {("section:2", 1): failure("section-chatter")}
    )
    assert result.passed
    assert [r.index for r in result.rounds] == [0]
    assert generator.attempts["section:2"] == 1
    body = result.article.body_markdown()
    assert "Bien sûr" not in body and "N’hésitez" not in body and "N'hésitez" not in body


def test_plan_with_a_long_title_gets_new_meta(corpus_dir: Path) -> None:
    result, generator = rewrite(corpus_dir, "seed-001", {("plan", 1): failure("plan-long-title")})
    first = result.rounds[0]
    assert first.failed == ("metadata",)
    assert first.regenerated == ("meta",)
    assert result.passed
    assert result.article.title == generator.article.title
    assert len(result.rounds) == 2


def test_unreadable_plan_falls_back_to_a_neutral_outline(corpus_dir: Path) -> None:
    result, generator = rewrite(
        corpus_dir, "seed-001", {("plan", 1): "Je ne peux pas répondre en JSON."}
    )
    headings = [s.heading for s in result.article.sections]
    assert headings[-1] == "Ce qu'il faut retenir"
    assert len(headings) == 5


def test_rejected_when_repairs_never_succeed(corpus_dir: Path) -> None:
    failures = {("section:1", attempt): failure("section-too-short") for attempt in range(1, 10)}
    settings = Settings(max_rounds=2)
    result, generator = rewrite(corpus_dir, "seed-001", failures, settings)
    assert not result.passed
    assert [r.index for r in result.rounds] == [0, 1, 2]
    assert "structure" in result.report.failed
    assert result.rounds[0].regenerated == result.rounds[1].regenerated
    assert result.rounds[-1].regenerated == ()
    assert generator.attempts["section:1"] == 3


def test_subheadings_without_the_keyphrase_are_rewritten_together(corpus_dir: Path) -> None:
    good = ScriptedGenerator("seed-001").article
    ordinals = ["Premier", "Deuxième", "Troisième", "Quatrième", "Cinquième", "Sixième"]
    bland = [f"{o} volet du dossier" for o in ordinals]  # no keyphrase in any of them
    plan = json.loads((DRAFTS / "seed-001.plan.json").read_text(encoding="utf-8"))
    for section, heading in zip(plan["sections"], bland, strict=True):
        section["heading"] = heading
    result, generator = rewrite(corpus_dir, "seed-001", {("plan", 1): json.dumps(plan)})
    first = result.rounds[0]
    assert first.failed == ("keyphrase",)
    assert first.regenerated == ("headings",)
    assert result.passed
    assert [s.heading for s in result.article.sections] == [s.heading for s in good.sections]
    assert generator.attempts["headings"] == 1

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
from tests.scripted import ScriptedGenerator

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


def good_section(draft: str, index: int) -> str:
    return "\n\n".join(ScriptedGenerator(draft).article.sections[index].paragraphs)


SHORT = "L'alliance regarde vers le sud. Les diplomates en parlent beaucoup depuis des mois."
CHATTER = (
    "Bien sûr ! Voici la section demandée :\n\n{body}\n\n"
    "N'hésitez pas si vous souhaitez des modifications."
)
LOOP = (
    "{body}\n\nL'OTAN veut renforcer ses liens avec ses partenaires du sud. "
    "L'OTAN veut renforcer ses liens avec ses partenaires du sud. "
    "L'OTAN veut renforcer ses liens avec ses partenaires du sud."
)
INVENTED_NUMBER = "{body} Selon l'alliance, plus de 300 millions d'euros seraient nécessaires."
INVENTED_QUOTE = (
    "{body} « Nous ne laisserons pas le sud aux autres puissances », a lancé un diplomate."
)
LONG_TITLE = json.dumps(
    {
        "title": "OTAN voisinage sud : l'alliance atlantique veut s'implanter durablement",
        "description": "",
        "slug": "otan",
        "sections": [{"heading": f"Partie {i}", "words": 150} for i in range(5)],
    }
)


@pytest.mark.parametrize(
    ("name", "step", "bad", "failed", "regenerated"),
    [
        ("too short", "section:1", SHORT, {"structure"}, "section:1"),
        ("loop", "section:2", LOOP, {"repetition"}, "section:2"),
        ("invented number", "section:1", INVENTED_NUMBER, {"fidelity"}, "section:1"),
        ("invented quote", "section:3", INVENTED_QUOTE, {"fidelity"}, "section:3"),
    ],
)
def test_repair_fixes_a_failed_section_alone(
    corpus_dir: Path, name: str, step: str, bad: str, failed: set[str], regenerated: str
) -> None:
    index = int(step.split(":")[1])
    text = bad.format(body=good_section("seed-001", index))
    result, generator = rewrite(corpus_dir, "seed-001", {(step, 1): text})
    assert result.passed, result.report.failed
    first = result.rounds[0]
    assert set(first.failed) >= failed
    assert regenerated in first.regenerated
    assert len(result.rounds) <= 3  # fixed within two repair rounds
    # Only what failed was written again.
    repaired = [s for s, _ in generator.requests[len(generator.article.sections) + 2 :]]
    assert regenerated in repaired
    assert "plan" not in repaired and "intro" not in repaired


def test_chatter_is_stripped_without_a_new_generation(corpus_dir: Path) -> None:
    text = CHATTER.format(body=good_section("seed-001", 2))
    result, generator = rewrite(corpus_dir, "seed-001", {("section:2", 1): text})
    assert result.passed
    assert [r.index for r in result.rounds] == [0]
    body = result.article.body_markdown()
    assert "Bien sûr" not in body and "N'hésitez pas" not in body


def test_plan_with_a_long_title_gets_new_meta(corpus_dir: Path) -> None:
    plan = json.loads(LONG_TITLE)
    good = ScriptedGenerator("seed-001").article
    plan["sections"] = [{"heading": s.heading, "words": 150} for s in good.sections]
    result, generator = rewrite(corpus_dir, "seed-001", {("plan", 1): json.dumps(plan)})
    assert "metadata" in result.rounds[0].failed
    assert "meta" in result.rounds[0].regenerated
    assert result.passed
    assert result.article.title == good.title
    assert len(result.rounds) <= 3


def test_unreadable_plan_falls_back_to_a_neutral_outline(corpus_dir: Path) -> None:
    result, generator = rewrite(
        corpus_dir, "seed-001", {("plan", 1): "Je ne peux pas répondre en JSON."}
    )
    headings = [s.heading for s in result.article.sections]
    assert headings[-1] == "Ce qu'il faut retenir"
    assert len(headings) == 5


def test_rejected_when_repairs_never_succeed(corpus_dir: Path) -> None:
    failures = {("section:1", attempt): SHORT for attempt in range(1, 10)}
    settings = Settings(max_rounds=2)
    result, generator = rewrite(corpus_dir, "seed-001", failures, settings)
    assert not result.passed
    assert [r.index for r in result.rounds] == [0, 1, 2]
    assert "structure" in result.report.failed
    assert result.rounds[0].regenerated == result.rounds[1].regenerated
    assert result.rounds[-1].regenerated == ()
    assert generator.attempts["section:1"] == 3

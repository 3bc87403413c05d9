"""Reading the model's plan as small models really write it, and the neutral fallback."""

from __future__ import annotations

import json

import pytest

from engine.brief import Brief, Facts
from engine.brief.source import Source
from engine.config import Settings
from engine.write.plan import (
    PlanError,
    fallback_plan,
    make_slug,
    parse_headings,
    parse_meta,
    parse_plan,
)

BRIEF = Brief("OTAN voisinage sud", 700, "L’OTAN au sud", Facts(), Source("t", ("p",)))
SETTINGS = Settings()

GOOD = """Voici le plan :
```json
{"title": "OTAN voisinage sud : une stratégie", "description": "Une description.",
 "slug": "OTAN Voisinage Sud stratégie",
 "sections": [
   {"heading": "## OTAN voisinage sud, le constat", "words": "150", "facts": ["4 avril"]},
   {"heading": "Les enjeux", "words": 120},
   {"heading": "Les enjeux", "words": 120},
   {"heading": "Le dialogue", "words": 9000},
   {"heading": "Ce qu'il faut retenir", "words": 100}
 ]}
```"""


def test_plan_wrapped_in_prose_and_fence() -> None:
    plan = parse_plan(GOOD, BRIEF, SETTINGS)
    assert plan.title == "OTAN voisinage sud : une stratégie"
    assert plan.slug == "otan-voisinage-sud-strategie"
    assert [s.heading for s in plan.sections] == [
        "OTAN voisinage sud, le constat",
        "Les enjeux",
        "Le dialogue",
        "Ce qu'il faut retenir",
    ]
    assert plan.sections[0].facts == ("4 avril",)
    # Budgets are clamped to what a section may hold, then scaled to reach the target.
    assert all(80 <= s.words <= 250 for s in plan.sections)
    assert sum(s.words for s in plan.sections) >= 805 - 90 - 250  # near the target


def test_too_few_sections_is_an_error() -> None:
    text = '{"title": "t", "sections": [{"heading": "Un"}, {"heading": "Deux"}]}'
    with pytest.raises(PlanError, match="2 usable sections, 3 needed"):
        parse_plan(text, BRIEF, SETTINGS)


def test_no_json_is_an_error() -> None:
    with pytest.raises(PlanError, match="no JSON object"):
        parse_plan("Once upon a time { there was", BRIEF, SETTINGS)


def test_missing_title_falls_back_to_the_brief() -> None:
    text = '{"sections": [{"heading": "A"}, {"heading": "B"}, {"heading": "C"}]}'
    plan = parse_plan(text, BRIEF, SETTINGS)
    assert plan.title == "L’OTAN au sud"
    assert plan.slug == "otan-voisinage-sud"  # the title lacks the keyphrase: its words alone


def test_fallback_plan_invents_nothing_and_meets_structure() -> None:
    plan = fallback_plan(BRIEF, SETTINGS)
    assert plan.title == "L’OTAN au sud"
    assert plan.description == ""
    assert len(plan.sections) >= SETTINGS.min_h2
    assert plan.sections[-1].heading == "Ce qu'il faut retenir"
    assert sum(s.words for s in plan.sections) + 90 >= 700


def test_meta_answer() -> None:
    assert parse_meta('Bien sûr : {"title": " T ", "description": "D"}') == ("T", "D")
    assert parse_meta('{"title": ""}') == (None, None)


def test_headings_answer_replaces_every_heading() -> None:
    plan = fallback_plan(BRIEF, SETTINGS)
    names = [f"Titre {chr(65 + i)}" for i in range(len(plan.sections))]
    answer = 'Voici : {"headings": ' + str(names).replace("'", '"') + "}"
    renamed = parse_headings(answer, plan, SETTINGS)
    assert [s.heading for s in renamed.sections] == names
    assert [s.words for s in renamed.sections] == [s.words for s in plan.sections]


@pytest.mark.parametrize(
    "answer",
    ['{"headings": ["Un", "Deux"]}', '{"headings": ["A", "A", "B", "C", "D"]}', "non"],
)
def test_headings_answer_of_the_wrong_shape_is_refused(answer: str) -> None:
    with pytest.raises(PlanError):
        parse_headings(answer, fallback_plan(BRIEF, SETTINGS), SETTINGS)


# --- the slug (issue 20) ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("keyphrase", "title", "slug"),
    [
        # before: « zone-euro-billet-500-euros-fin-actee-la-de… », the keyphrase glued first
        (
            "zone euro",
            "Le billet de 500 euros : la fin actée dans la zone euro",
            "billet-500-euros-fin-actee-zone-euro",
        ),
        ("Benoît Hamon", "Benoît Hamon remporte la primaire", "benoit-hamon-remporte-primaire"),
        (
            "œuvres d'art",
            "Les œuvres d'art volées sont retrouvées",
            "oeuvres-art-volees-sont-retrouvees",
        ),
        ("Cæsar", "Le prix Cæsar ne sera pas remis", "prix-caesar-ne-sera-pas-remis"),
        # too long: the title's last words go first, never the keyphrase's
        (
            "pont Mathilde",
            "Incendie sur le pont Mathilde de Rouen : la circulation reste très perturbée "
            "pendant des semaines après le drame du pont Mathilde",
            "incendie-pont-mathilde-rouen-circulation-reste-tres-perturbee-pendant",
        ),
        (
            "drame",
            "Incendie sur le pont Mathilde de Rouen : la circulation reste très perturbée "
            "pendant des semaines après le drame",
            "incendie-pont-mathilde-rouen-circulation-reste-tres-perturbee-pendant-drame",
        ),
    ],
)
def test_the_slug_is_the_titles_words_in_order(keyphrase: str, title: str, slug: str) -> None:
    made = make_slug(keyphrase, title, SETTINGS)
    assert made == slug
    assert len(made) <= SETTINGS.slug_max_chars


def test_a_slug_with_a_ligature_holds_the_keyphrase() -> None:
    """« œuvres » is « oeuvres » in a slug, and the gate finds the keyphrase there (it read
    « uvres » before: « lacks uvre »)."""
    import dataclasses

    from engine.brief import Brief, Facts
    from engine.brief.source import Directives, Source
    from engine.gate import run_gate
    from engine.output.article import parse_markdown
    from tests.conftest import DATA

    article = parse_markdown((DATA / "rouen-good.md").read_text(encoding="utf-8"))
    article = dataclasses.replace(
        article, slug="oeuvres-art-pont-mathilde", keyphrase="œuvres d'art"
    )
    brief = Brief("œuvres d'art", 700, None, Facts(), Source(None, (), Directives(), name=""))
    found = run_gate(article, brief, SETTINGS).findings
    slug_findings = [f.message for f in found if str(f.target) == "slug" and not f.passed]
    assert slug_findings == []


LONG = "Le chômage des jeunes atteint son plus haut niveau en Bretagne depuis 2013 et 2014"


@pytest.mark.parametrize("limit", [60, 66, 72, 73, 80])  # each inside a word or a number
def test_a_long_heading_is_cut_between_words_never_inside_a_number(limit: int) -> None:
    """« … depuis 2013 » over the limit becomes « … depuis », never « … depuis 201 » (a
    number the source does not give, that fidelity then refuses)."""
    settings = Settings(heading_max_chars=limit)
    sections = [{"heading": LONG}, {"heading": "B"}, {"heading": "C"}]
    plan = parse_plan(json.dumps({"sections": sections}), BRIEF, settings)
    answer = json.dumps({"headings": [LONG, "B", "C"]})
    heading, renamed = plan.sections[0].heading, parse_headings(answer, plan, settings)
    renamed_heading = renamed.sections[0].heading
    for cut in (heading, renamed_heading):
        assert len(cut) <= limit
        assert LONG.startswith(cut)
        assert LONG[len(cut)] == " "  # the next character starts a new word

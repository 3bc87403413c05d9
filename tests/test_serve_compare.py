"""Source and article side by side: each source fact kept or missing, each article fact
known or new, at the right characters of the right paragraph."""

from __future__ import annotations

from engine.brief.source import parse_source
from engine.output.article import parse_markdown
from engine.serve.compare import compare
from tests.serving import DATA, ROUEN

SOURCE = parse_source(ROUEN)
GOOD = (DATA / "rouen-good.md").read_text(encoding="utf-8")


def facts(view: list[dict], ok: bool | None = None) -> list[tuple[str, str]]:
    return [
        (part["text"][span["start"] : span["end"]], span["kind"])
        for part in view
        for span in part["spans"]
        if ok is None or span["ok"] is ok
    ]


def test_a_faithful_rewrite_keeps_every_source_fact() -> None:
    view = compare(SOURCE, parse_markdown(GOOD))
    assert facts(view["source"])[:3] == [
        ("29 octobre 2012", "date"),
        ("10h45", "date"),
        ("pont Mathilde", "place"),
    ]
    assert ("80", "number") in facts(view["source"], ok=True)
    assert ("5 novembre 2012", "date") in facts(view["source"], ok=True)
    assert view["counts"] == {"kept": len(facts(view["source"])), "missing": 0}
    assert facts(view["article"], ok=False) == []
    assert [b["target"] for b in view["article"]][:3] == ["intro", "heading:0", "section:0"]


def test_a_dropped_figure_is_flagged_missing() -> None:
    article = parse_markdown(GOOD.replace("80 pompiers", "de nombreux pompiers"))
    view = compare(SOURCE, article)
    assert facts(view["source"], ok=False) == [("80", "number")]
    assert view["counts"]["missing"] == 1


def test_invented_figures_and_people_are_flagged_new_where_they_stand() -> None:
    number = compare(SOURCE, parse_markdown((DATA / "rouen-invented-number.md").read_text()))
    new = [
        (b["text"][s["start"] : s["end"]], s["kind"], b["target"])
        for b in number["article"]
        for s in b["spans"]
        if not s["ok"]
    ]
    assert new == [("14", "number", "section:0")]
    person = compare(SOURCE, parse_markdown((DATA / "rouen-invented-person.md").read_text()))
    assert facts(person["article"], ok=False) == [("Marc Lefèvre", "person")]

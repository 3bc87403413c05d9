"""Untrusted text — the source's and the model's — never becomes markup, a path outside the
output folder, or extra front matter."""

from __future__ import annotations

import html
import json
from html.parser import HTMLParser
from pathlib import Path

import pytest
import yaml

from engine.batch import Batch, plan_jobs
from engine.config import Settings
from engine.errors import InputError
from engine.output.article import Article, Block, parse_markdown, render_html, render_markdown
from engine.output.files import safe_output_path
from engine.usecase import Options
from tests.scripted import ScriptedBackend, ScriptedGenerator

HOSTILE = [
    "<script>alert(document.cookie)</script>",
    '"><img src=x onerror=alert(1)>',
    "</script><script>alert('json-ld')</script>",
    "</title></head><body onload=alert(1)>",
    "<!-- --><a href='javascript:alert(1)'>clic</a> & &amp; &#x3C;",
]
PAGE_TAGS = {"html", "head", "meta", "title", "script", "body", "article", "h1", "h2", "h3", "p"}
PAGE_TAGS |= {"br"}


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self._in_script = tag == "script"

    def handle_endtag(self, tag):
        self._in_script = False

    def handle_data(self, data):
        if self._in_script:
            self.scripts.append(data)


def assert_inert_page(page: str, headline: str, rejected: bool = False) -> None:
    """Only the page's own tags and attributes; one script, JSON-LD, that reads back intact
    (a rejected draft has none: only its banner's class and style)."""
    parser = _Tags()
    parser.feed(page)
    assert {tag for tag, _ in parser.tags} <= PAGE_TAGS
    attributes = {name for _, attrs in parser.tags for name in attrs}
    banner = {"class", "style"} if rejected else set()
    assert attributes <= {"lang", "charset", "name", "content", "type"} | banner
    scripts = [attrs for tag, attrs in parser.tags if tag == "script"]
    if rejected:
        assert scripts == [] and '<meta name="robots" content="noindex">' in page
        assert f"<title>{html.escape(headline)}</title>" in page
        return
    assert scripts == [{"type": "application/ld+json"}]
    assert json.loads("".join(parser.scripts))["headline"] == headline


def test_hostile_article_renders_as_inert_text() -> None:
    text = " ".join(HOSTILE)
    article = Article(
        title=HOSTILE[0],
        blocks=(Block("paragraph", text), Block("heading", HOSTILE[1], 2)),
        description=HOSTILE[2],
        keyphrase=HOSTILE[3],
    )
    page = render_html(article, {"generated": HOSTILE[4]})
    assert_inert_page(page, HOSTILE[0])
    assert "&lt;script&gt;alert(document.cookie)&lt;/script&gt;" in page


def test_script_in_source_and_draft_never_reaches_the_page(corpus_dir, tmp_path) -> None:
    """Through the batch: the model copies the source's <script> into its plan and a section;
    even the rejected draft kept for the editor is inert."""
    source = tmp_path / "rouen.txt"
    text = (corpus_dir / "wikinews/22.txt").read_text(encoding="utf-8")
    source.write_text(text + f"\n\n{HOSTILE[0]}\n", encoding="utf-8")
    good = ScriptedGenerator("wikinews-22")
    plan = json.loads(good.plan)
    plan["title"] = f"Pont Mathilde {HOSTILE[0]}"
    section = f"{HOSTILE[1]}\n\n{HOSTILE[2]}\n\n" + "\n\n".join(good.article.sections[0].paragraphs)
    failures = {("plan", 1): json.dumps(plan), ("section:0", 1): section}
    settings = Settings(max_rounds=0)
    batch = Batch(
        settings,
        ScriptedBackend(settings, lambda: ScriptedGenerator("wikinews-22", failures)),
        fmt="html",
        options=Options(keyphrase="pont Mathilde"),
        keep_rejected=True,
    )
    [outcome] = batch.run(plan_jobs([str(source)], f"{tmp_path / 'out'}/", "html"))
    assert outcome.status == "rejected"
    page = (tmp_path / "out" / "rouen.rejected.html").read_text(encoding="utf-8")
    assert_inert_page(page, plan["title"], rejected=True)
    assert f"<h1>Pont Mathilde {HOSTILE[0]}" not in page
    assert "&lt;script&gt;alert(document.cookie)&lt;/script&gt;" in page


@pytest.mark.parametrize(
    "name", ["../evil.md", "a/../../evil.md", "/etc/cron.d/evil.md", "a/../../../tmp/x.md"]
)
def test_output_names_cannot_escape_the_output_folder(tmp_path, name) -> None:
    with pytest.raises(InputError, match="would be written outside") as caught:
        safe_output_path(tmp_path / "out", Path(name))
    assert caught.value.hint == "Rename the input file."


def test_a_symlink_in_the_output_folder_cannot_lead_outside(tmp_path) -> None:
    inbox, out, elsewhere = tmp_path / "inbox", tmp_path / "out", tmp_path / "elsewhere"
    (inbox / "sport").mkdir(parents=True)
    (inbox / "sport" / "a.txt").write_text("Un texte.", encoding="utf-8")
    out.mkdir()
    elsewhere.mkdir()
    (out / "sport").symlink_to(elsewhere)
    with pytest.raises(InputError, match=r"Output name sport/a\.md would be written outside"):
        plan_jobs([str(inbox)], str(out), "md")


def test_inside_names_are_kept(tmp_path) -> None:
    assert safe_output_path(tmp_path, Path("sport/../a.md")) == (tmp_path / "a.md").resolve()


INJECTIONS = {
    "title": 'Titre"\nslug: pirate\nadmin: true\n---\n# Faux titre',
    "description": "a: b # pas un commentaire\n- liste\n? clé",
    "slug": "!!python/object/apply:os.system ['rm -rf /']",
    "keyphrase": "&ancre *ancre {flux: [x]} 'apostrophe' \\ barre",
    "line breaks": "NEL\x85LS\u2028PS\u2029DEL\x7fC1\x9bBOM\ufeff",
}


def test_front_matter_values_cannot_inject_yaml() -> None:
    article = Article(
        title=INJECTIONS["title"],
        blocks=(Block("paragraph", "Corps."),),
        description=INJECTIONS["description"],
        slug=INJECTIONS["slug"],
        keyphrase=INJECTIONS["keyphrase"],
        meta={"note": INJECTIONS["line breaks"], "evil key\n: x": "v"},
    )
    text = render_markdown(article, {"words": 1})
    front = text.split("---\n")[1]
    expected = {k: v for k, v in INJECTIONS.items() if k != "line breaks"}
    expected |= {"note": INJECTIONS["line breaks"], "evil_key___x": "v", "words": 1}
    assert yaml.safe_load(front) == expected
    assert text.count("\n---\n") == 1  # the front matter closes once, where Plume closed it
    back = parse_markdown(text)
    assert (back.title, back.description, back.slug, back.keyphrase) == (
        " ".join(INJECTIONS["title"].split()),
        INJECTIONS["description"],
        INJECTIONS["slug"],
        INJECTIONS["keyphrase"],
    )
    assert back.meta["note"] == INJECTIONS["line breaks"]

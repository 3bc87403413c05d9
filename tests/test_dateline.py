"""The source's dateline date is the article's date: read from the source, written in the
output's front matter (`date`) and JSON-LD (`datePublished`)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from engine.brief.dateline import dateline
from engine.brief.source import parse_source, read_source
from engine.output.article import Article, Block, render_html

WIKINEWS = Path(__file__).parent / "data" / "wikinews"
DATES = {
    "01": "2017-01-29", "05": "2018-06-23", "08": "2016-09-27", "11": "2016-07-09",
    "12": "2016-07-06", "14": "2016-01-11", "19": "2018-02-22", "22": "2012-10-29",
    "w1-a": "2016-03-08", "w1-b": "2016-03-12", "w1-c": "2016-03-01", "w2-a": "2016-03-08",
    "w2-b": "2016-02-21", "w2-c": "2016-04-07", "w3-a": "2017-09-26", "w3-b": "2017-10-09",
    "w3-c": "2017-06-12", "w4-a": "2018-03-08", "w4-b": "2018-04-02", "w4-c": "2018-03-05",
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(DATES))
def test_each_wikinews_dateline(name: str) -> None:
    found = dateline(read_source(WIKINEWS / f"{name}.txt"))
    assert found is not None and found.key == DATES[name]


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Titre\n\n12 mars 2016, Montpellier. – Le PSG a gagné.", "2016-03-12"),
        ("Titre\n\n1er mars 2016. – L'astromobile grimpe.", "2016-03-01"),
        ("Titre\n\n6 mai 2017 . –\nAlors que 130 municipalités sont touchées.", "2017-05-06"),
        ("Titre\n\n29 octobre 2012. - Vers 10h45, le pont brûle.", "2012-10-29"),
        ("Titre\n\nMars 2016. – Sans jour, pas de date.", None),
        ("Titre\n\n12 mars. – Sans année, pas de date.", None),
        ("Titre\n\nLe 12 mars 2016, le PSG a gagné. – Pas une ligne de date.", None),
        ("Titre\n\nLe PSG a gagné le 12 mars 2016.", None),
    ],
)
def test_a_dateline_is_a_full_date_before_the_first_dash(text: str, key: str | None) -> None:
    found = dateline(parse_source(text))
    assert (found.key if found else None) == key


def test_json_ld_gives_the_date_published() -> None:
    article = Article("Titre", (Block("paragraph", "Un paragraphe."),))
    page = render_html(article, {"date": "2016-09-27", "generated": "2026-12-04T21:00:00+00:00"})
    ld = json.loads(page.split('<script type="application/ld+json">')[1].split("</script>")[0])
    assert ld["datePublished"] == "2016-09-27"
    assert ld["dateCreated"] == "2026-12-04T21:00:00+00:00"
    assert "datePublished" not in render_html(article, {"generated": "2026-12-04"})

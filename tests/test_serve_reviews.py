"""`plume serve`'s page shows review findings (doubts the gate could not settle, never
blocking): a passed article says how many, marks each part concerned, and the report lists
them — in the real headless browser, against a real server with the scripted model."""

from __future__ import annotations

import pytest

from tests.scripted import ScriptedGenerator
from tests.serving import ROUEN, Server
from tests.test_serve_browser import (  # noqa: F401 - the browser's fixtures and helpers
    all_of,
    browser,
    by_id,
    open_tab,
    paste,
    settings,
    wait,
)

pytestmark = pytest.mark.loopback_only  # this machine's own servers, nothing else

# A place the source never names: a review finding, not a failure.
ELSEWHERE = "Des curieux venus du Havre ont suivi l'incendie depuis les quais."
ANCHOR = "Sa vitesse était cependant trop élevée."


def test_a_passed_article_with_a_review_finding_says_so_and_marks_it(browser, settings) -> None:  # noqa: F811
    section = "\n\n".join(ScriptedGenerator("wikinews-22").article.sections[0].paragraphs)
    doubtful = section.replace(ANCHOR, f"{ANCHOR} {ELSEWHERE}", 1)
    assert doubtful != section
    model = ScriptedGenerator("wikinews-22", {("section:0", 1): doubtful})
    server = Server(settings, lambda: model)
    try:
        browser.get(server.url + "/")
        paste(browser, ROUEN)
        by_id(browser, "rewrite").click()
        wait(browser, 60, lambda d: by_id(d, "result").is_displayed())
        assert by_id(browser, "job-status").text == "PASSED"
        verdict = by_id(browser, "verdict")
        assert verdict.get_attribute("class").split() == ["verdict", "passed", "reviewed"]
        marked = all_of(browser, "#article .review")  # the paragraphs of the parts concerned
        havre = [m for m in marked if m.get_attribute("data-target") == "section:0"]
        assert len(havre) == len(doubtful.split("\n\n"))  # every paragraph of section 1
        assert any(ELSEWHERE in m.text for m in havre)
        assert "To check: section:0: " in havre[0].get_attribute("title")
        assert "Havre" in havre[0].get_attribute("title")
        assert all_of(browser, "#downloads a")  # a passed article is offered, doubts and all
        open_tab(browser, "report")
        rows = all_of(browser, "#report tr")
        states = [r.find_element("css selector", ".state").text for r in rows]
        count = states.count("review")
        assert count >= 1 and "FAIL" not in states
        noun = f"{count} review finding{'s' if count > 1 else ''}"
        assert f"Passed every check of the gate, with {noun} " in verdict.text
    finally:
        server.stop()

"""`plume serve`'s page in a real headless browser: Debian's chromium and chromedriver through
selenium (nothing downloads a browser), against a real uvicorn server on 127.0.0.1 with the
scripted model. With PLUME_SCREENSHOTS=docs the screenshots of the README are written to docs/.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from engine.config import Settings
from tests.conftest import require
from tests.scripted import ScriptedByText
from tests.serving import ROUEN, ROUEN_DRAFT, Failing, Server, Slow

pytestmark = pytest.mark.loopback_only  # this machine's own servers, nothing else

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMEDRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--window-size=1280,860",
)
DOCS = Path(__file__).resolve().parent.parent / "docs"
HOSTILE = "<script>window.pwned = 1</script>"
HOSTILE_IMG = '<img src="x" onerror="window.pwned = 2">'


def chromium(tmp_path: Path, languages: str):  # noqa: ANN201
    """A headless chromium whose Accept-Language is `languages`."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    require(Path(CHROMIUM), "Debian's chromium (`make test` installs it)")
    require(Path(CHROMEDRIVER), "Debian's chromium-driver (`make test` installs it)")

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in (*FLAGS, f"--user-data-dir={tmp_path / 'chromium'}", f"--lang={languages}"):
        options.add_argument(flag)
    options.add_experimental_option("prefs", {"intl.accept_languages": languages})
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.implicitly_wait(0)
    return driver


@pytest.fixture
def browser(tmp_path: Path):
    """A browser that asks for English: the page answers in English (see the French tests)."""
    driver = chromium(tmp_path, "en-US,en")
    yield driver
    driver.quit()


@pytest.fixture
def browser_fr(tmp_path: Path):
    driver = chromium(tmp_path, "fr-FR,fr")
    yield driver
    driver.quit()


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(models_dir=tmp_path, data_dir=tmp_path / "data", threads=1, max_rounds=1)


def wait(driver, seconds: float, condition):  # noqa: ANN001, ANN201
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(driver, seconds, poll_frequency=0.05).until(condition)


def by_id(driver, element_id: str):  # noqa: ANN001, ANN201
    from selenium.webdriver.common.by import By

    return driver.find_element(By.ID, element_id)


def all_of(driver, selector: str) -> list:  # noqa: ANN001
    from selenium.webdriver.common.by import By

    return driver.find_elements(By.CSS_SELECTOR, selector)


def paste(driver, text: str) -> None:  # noqa: ANN001
    """Put `text` in the article box as a paste does (value, then an input event)."""
    driver.execute_script(
        "const box = document.getElementById('text'); box.value = arguments[0];"
        "box.dispatchEvent(new Event('input', {bubbles: true}));",
        text,
    )


def screenshot(driver, name: str, tmp_path: Path) -> Path:  # noqa: ANN001
    folder = DOCS if os.environ.get("PLUME_SCREENSHOTS") == "docs" else tmp_path
    folder.mkdir(exist_ok=True)
    path = folder / f"serve-{name}.png"
    assert driver.save_screenshot(str(path)), path
    return path


def texts(driver, selector: str) -> list[str] | None:  # noqa: ANN001
    """The texts of the elements `selector` finds; None when the page redrew one meanwhile (the
    queue is redrawn every 2 s), for `wait` to read them again."""
    from selenium.common.exceptions import StaleElementReferenceException

    try:
        return [element.text for element in all_of(driver, selector)]
    except StaleElementReferenceException:
        return None


def clicked(element) -> bool:  # noqa: ANN001
    """Click `element`; False when the page replaced it meanwhile (the queue is redrawn every
    2 s), for `wait` to find it again."""
    from selenium.common.exceptions import StaleElementReferenceException

    try:
        element.click()
    except StaleElementReferenceException:
        return False
    return True


def open_tab(driver, name: str) -> None:  # noqa: ANN001
    next(b for b in all_of(driver, ".tabs button") if b.get_attribute("data-tab") == name).click()


def test_paste_rewrite_progress_result_and_copy(browser, settings, tmp_path) -> None:
    model = Slow(pause=0.01)
    server = Server(settings, lambda: model)
    try:
        browser.get(server.url + "/")
        assert browser.title == "Plume"
        paste(browser, ROUEN)
        wait(browser, 30, lambda d: by_id(d, "keyphrase").get_attribute("value") == "pont Mathilde")
        assert by_id(browser, "min-words").get_attribute("value") == "700"
        assert "2 editor instruction(s) read" in by_id(browser, "brief-note").text

        by_id(browser, "rewrite").click()
        wait(browser, 30, lambda d: len(all_of(d, "#progress-lines li")) >= 2)
        first = [li.text for li in all_of(browser, "#progress-lines li")]
        assert first[0] == "brief: keyphrase « pont Mathilde », min words: 700 (the directive)"
        assert first[1].startswith("plan: ")
        assert not by_id(browser, "cancel").get_attribute("hidden")
        assert not by_id(browser, "result").is_displayed()  # progress comes before the result

        wait(browser, 60, lambda d: by_id(d, "result").is_displayed())
        lines = [li.get_attribute("textContent") for li in all_of(browser, "#progress-lines li")]
        assert lines[4].startswith("section 1/6 « Comment l'incendie du pont Mathilde")
        # brief, plan announced, plan, intro, six sections, the gate: folded once done
        assert len(lines) == 11
        assert by_id(browser, "progress-toggle").text == "▸ 11 progress lines"
        assert by_id(browser, "job-status").text == "PASSED"
        # ready to publish, or with the gate's doubts for the editor (tests/test_serve_reviews.py)
        assert by_id(browser, "verdict").text.startswith("Passed every check of the gate")
        values = [v.text for v in all_of(browser, "#meta .value")]
        assert values == [ROUEN_DRAFT.title, ROUEN_DRAFT.description, ROUEN_DRAFT.slug]
        counts = [c.text for c in all_of(browser, "#meta .count")]
        assert counts[0] == f"{len(ROUEN_DRAFT.title)} characters (≤ 60)"
        buttons = all_of(browser, "#meta button.copy")
        assert [b.text for b in buttons] == ["Copy", "Copy", "Copy"]
        browser.execute_cdp_cmd(
            "Browser.grantPermissions",
            {"origin": server.url, "permissions": ["clipboardReadWrite"]},
        )
        buttons[1].click()
        wait(browser, 5, lambda d: buttons[1].text == "Copied ✓")
        assert clipboard(browser) == ROUEN_DRAFT.description
        buttons[0].click()
        wait(browser, 5, lambda d: buttons[0].text == "Copied ✓")
        assert clipboard(browser) == ROUEN_DRAFT.title
        links = [a.get_attribute("href") for a in all_of(browser, "#downloads a")]
        assert [link.rsplit(".", 1)[1] for link in links] == ["md", "html", "json"]
        assert by_id(browser, "article").find_element("css selector", "h1").text == (
            ROUEN_DRAFT.title
        )
        headings = [h.text for h in all_of(browser, "#article h2")]
        assert headings == [s.heading for s in ROUEN_DRAFT.sections]
        browser.execute_script("window.scrollTo(0, 0)")
        screenshot(browser, "result", tmp_path)

        open_tab(browser, "compare")
        kept = all_of(browser, "#cmp-source mark.fact.ok")
        assert "29 octobre 2012" in [m.text for m in kept]
        assert "kept" in by_id(browser, "counts").text
        screenshot(browser, "compare", tmp_path)
        queue = wait(browser, 10, lambda d: texts(d, "#queue li"))
        assert queue == ["Incendie sur le pont Mathilde de Rouen\nPASSED"]
        assert _severe_console_errors(browser) == []
    finally:
        server.stop()


def test_a_rejected_article_shows_its_report(browser, settings, tmp_path) -> None:
    server = Server(settings, lambda: Failing("section:2", "Le pont Mathilde a brûlé."))
    try:
        browser.get(server.url + "/")
        paste(browser, ROUEN)
        by_id(browser, "rewrite").click()
        wait(browser, 60, lambda d: by_id(d, "result").is_displayed())
        assert by_id(browser, "job-status").text == "REJECTED"
        verdict = by_id(browser, "verdict").text
        assert verdict.startswith("REJECTED — not for publication. Gate not met after 1 repair")
        assert "structure [section:2]" in verdict
        assert all_of(browser, "#downloads a") == []  # a rejected draft is not offered

        open_tab(browser, "report")
        rows = all_of(browser, "#report tr")
        assert [r.find_element("css selector", ".state").text for r in rows[:2]] == [
            "FAIL",
            "FAIL",
        ]
        first_ids = {r.find_element("css selector", ".id").text for r in rows[:2]}
        assert first_ids == {"length", "structure"}
        goto = next(b for b in all_of(browser, "#report button.goto") if b.text == "→ section 3")
        screenshot(browser, "report", tmp_path)
        goto.click()
        assert by_id(browser, "tab-article").is_displayed()
        flashed = all_of(browser, "#article .flash")
        assert [f.text for f in flashed] == ["Le pont Mathilde a brûlé."]
    finally:
        server.stop()


def test_script_in_the_source_or_the_model_text_is_shown_and_never_runs(
    browser, settings, tmp_path
) -> None:
    source = ROUEN + f"\n\nUn lecteur écrit : {HOSTILE} et {HOSTILE_IMG}\n"
    model = Failing("intro", extra=f"\n\nLe modèle écrit {HOSTILE} puis {HOSTILE_IMG}")
    server = Server(settings, lambda: model)
    try:
        browser.get(server.url + "/")
        paste(browser, source)
        by_id(browser, "rewrite").click()
        wait(browser, 60, lambda d: by_id(d, "result").is_displayed())
        article = by_id(browser, "article").text
        assert HOSTILE in article and HOSTILE_IMG in article
        open_tab(browser, "compare")
        assert HOSTILE in by_id(browser, "cmp-source").text
        assert browser.execute_script("return window.pwned === undefined")
        assert browser.execute_script("return document.scripts.length") == 1
        assert all_of(browser, "#article img, #cmp-source img, #cmp-article img") == []
    finally:
        server.stop()


def test_a_queue_of_two_and_cancel(browser, settings, tmp_path) -> None:
    model = Slow(hold_step="section:0")
    server = Server(settings, lambda: model)
    try:
        browser.get(server.url + "/")
        paste(browser, ROUEN)
        by_id(browser, "rewrite").click()
        wait(browser, 30, lambda d: model.requests and model.requests[-1][0] == "section:0")
        by_id(browser, "rewrite").click()  # the same article again: it waits its turn
        wait(browser, 10, lambda d: len(all_of(d, "#queue li")) == 2)
        wait(browser, 10, lambda d: "QUEUED" in by_id(d, "queue").text)
        queue = wait(browser, 10, lambda d: texts(d, "#queue li"))
        assert queue[0].endswith("QUEUED\n#1 in line") and queue[1].endswith("RUNNING")
        wait(browser, 10, lambda d: clicked(all_of(d, "#queue li")[1]))  # the first, writing
        wait(browser, 10, lambda d: by_id(d, "cancel").is_displayed())
        wait(browser, 10, lambda d: d.find_element("id", "live").text.startswith("writing… "))
        by_id(browser, "cancel").click()
        wait(browser, 10, lambda d: by_id(d, "verdict").text == "Cancelled: nothing was written.")
        assert by_id(browser, "job-status").text == "CANCELLED"
        assert not by_id(browser, "cancel").is_displayed()
        model.release.set()
        wait(browser, 60, lambda d: "PASSED" in by_id(d, "queue").text)
        statuses = [
            text.split("\n")[1] for text in wait(browser, 10, lambda d: texts(d, "#queue li"))
        ]
        assert statuses == ["PASSED", "CANCELLED"]
        assert server.loads == 1
    finally:
        model.release.set()
        server.stop()


def test_the_login_form_when_a_token_is_set(browser, settings, tmp_path) -> None:
    server = Server(settings, ScriptedByText, token="a-long-random-secret-for-the-test")
    try:
        browser.get(server.url + "/")
        assert browser.current_url == server.url + "/login"
        by_id(browser, "token").send_keys("wrong")
        by_id(browser, "token").submit()
        wait(browser, 10, lambda d: all_of(d, ".error"))
        assert [e.text for e in all_of(browser, ".error")] == ["Wrong token."]
        by_id(browser, "token").send_keys("a-long-random-secret-for-the-test")
        by_id(browser, "token").submit()
        wait(browser, 10, lambda d: d.current_url == server.url + "/")
        paste(browser, ROUEN)  # the page's own requests carry the session cookie
        by_id(browser, "rewrite").click()
        wait(browser, 60, lambda d: by_id(d, "job-status").text == "PASSED")
    finally:
        server.stop()


def test_a_dropped_html_file_is_read_as_html(browser, settings, tmp_path) -> None:
    paragraphs = [p for p in ROUEN.split("\n\n") if p.strip()]
    page = "<!doctype html><html><head><title>Rouen</title></head><body>"
    page += "".join(f"<p>{p}</p>" for p in paragraphs) + "<script>window.pwned = 3</script>"
    path = tmp_path / "pont-mathilde.html"
    path.write_text(page + "</body></html>", encoding="utf-8")
    server = Server(settings, ScriptedByText)
    try:
        browser.get(server.url + "/")
        by_id(browser, "file").send_keys(str(path))
        wait(browser, 30, lambda d: by_id(d, "keyphrase").get_attribute("value") == "pont Mathilde")
        assert by_id(browser, "file-name").text == "File: pont-mathilde.html"
        assert by_id(browser, "text").get_attribute("value").startswith("<!doctype html>")
        by_id(browser, "rewrite").click()
        wait(browser, 60, lambda d: by_id(d, "result").is_displayed())
        assert by_id(browser, "job-name").text == "pont-mathilde.html"
        assert by_id(browser, "job-status").text == "PASSED"
        open_tab(browser, "compare")
        source = by_id(browser, "cmp-source").text
        assert "<p>" not in source and "window.pwned" not in source  # parsed as HTML
        assert browser.execute_script("return window.pwned === undefined")
    finally:
        server.stop()


def clipboard(driver) -> str:  # noqa: ANN001
    return driver.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "navigator.clipboard.readText().then(done, (e) => done('error: ' + e));"
    )


def _severe_console_errors(driver) -> list[str]:  # noqa: ANN001
    """Errors the page logged (a CSP violation would be one)."""
    return [e["message"] for e in driver.get_log("browser") if e["level"] == "SEVERE"]


# English words of the page that must not be left on the French one.
ENGLISH_WORDS = (
    "Rewrite",
    "Queue",
    "Nothing submitted",
    "Source article",
    "How it works",
    "Keyphrase",
    "Copy",
    "Download",
    "characters",
    "progress lines",
    "Gate report",
    "PASSED",
    "words (at least",
    "source facts kept",
)


def visible_text(driver) -> str:  # noqa: ANN001
    return driver.find_element("css selector", "body").get_attribute("innerText")


def test_the_page_speaks_french_by_default(browser_fr, settings, tmp_path) -> None:
    server = Server(settings, ScriptedByText)
    try:
        browser_fr.get(server.url + "/")
        assert browser_fr.find_element("css selector", "html").get_attribute("lang") == "fr"
        assert by_id(browser_fr, "rewrite").text == "Réécrire"
        assert by_id(browser_fr, "queue").text == "Rien d'envoyé pour l'instant."
        paste(browser_fr, ROUEN)
        wait(
            browser_fr,
            30,
            lambda d: by_id(d, "keyphrase").get_attribute("value") == "pont Mathilde",
        )
        assert "2 consigne(s) de la rédaction lue(s)" in by_id(browser_fr, "brief-note").text
        by_id(browser_fr, "rewrite").click()
        wait(browser_fr, 60, lambda d: by_id(d, "job-status").text == "ACCEPTÉ")
        # Passed, with or without review findings for the editor, said in French.
        assert by_id(browser_fr, "verdict").text.startswith("Toutes les vérifications sont passées")
        assert [b.text for b in all_of(browser_fr, "#meta .copy")] == ["Copier"] * 3
        assert by_id(browser_fr, "progress-toggle").text.endswith(" lignes de progression")
        assert [b.text for b in all_of(browser_fr, ".tabs button")] == [
            "Article",
            "Rapport de vérification",
            "Source et article",
        ]
        open_tab(browser_fr, "report")
        assert all_of(browser_fr, "#report .state")[-1].text == "ok"
        open_tab(browser_fr, "compare")
        assert "faits de la source conservés" in by_id(browser_fr, "counts").text
        text = visible_text(browser_fr)
        left = [word for word in ENGLISH_WORDS if word in text]
        assert left == [], left
        screenshot(browser_fr, "french", tmp_path)
    finally:
        server.stop()


def test_a_rejected_article_end_to_end_in_french(browser_fr, settings, tmp_path) -> None:
    """What the engine says reaches the French page in French: the progress lines, the
    report's findings, the verdict, an API error. (Selenium reads a no-break space as a
    space.)"""
    server = Server(settings, lambda: Failing("section:2", "Le pont Mathilde a brûlé."))
    try:
        browser_fr.get(server.url + "/")
        paste(browser_fr, "Make this article seo compatible, create at least 700 words")
        by_id(browser_fr, "rewrite").click()
        wait(browser_fr, 60, lambda d: by_id(d, "submit-error").is_displayed())
        assert by_id(browser_fr, "submit-error").text == (
            "L'article : aucun texte d'article trouvé (seulement des consignes de la "
            "rédaction et des restes). — Donnez un article en français : texte brut, "
            "Markdown ou HTML, les paragraphes séparés par des lignes vides."
        )
        paste(browser_fr, ROUEN)
        wait(  # the brief: the first one waits for spaCy (long on a loaded machine)
            browser_fr,
            120,
            lambda d: by_id(d, "keyphrase").get_attribute("value") == "pont Mathilde",
        )
        by_id(browser_fr, "rewrite").click()
        wait(browser_fr, 60, lambda d: by_id(d, "result").is_displayed())
        assert by_id(browser_fr, "job-status").text == "REFUSÉ"
        verdict = by_id(browser_fr, "verdict").text
        assert verdict.startswith(
            "REFUSÉ — à ne pas publier. Vérification non passée après 1 réparation(s) ; le "
            "dernier tour a échoué sur : "
        ), verdict
        assert "Brouillon gardé : " in verdict
        assert "structure [section 3] : section 3 «" in verdict
        lines = [
            li.get_attribute("textContent").replace("\u00a0", " ")
            for li in all_of(browser_fr, "#progress-lines li")
        ]
        assert lines[0].startswith("brief : expression clé « pont Mathilde », minimum : ")
        assert lines[1].startswith("plan : le modèle écrit le plan (appel 1")
        assert any(line.startswith("réparation 1/1 : ") for line in lines)
        assert any(" jetons lus sur " in line and "appel de réparation" in line for line in lines)
        open_tab(browser_fr, "report")
        rows = all_of(browser_fr, "#report tr")
        states = [r.find_element("css selector", ".state").text for r in rows[:2]]
        assert states == ["ÉCHEC", "ÉCHEC"]
        messages = [r.find_element("css selector", ".message").text for r in rows]
        assert any(m.startswith("le corps a ") and "demandés : ajoutez-en" in m for m in messages)
        assert any(m.startswith("section 3 «") and "écrivez-en" in m for m in messages)
        assert any(m.startswith("lisibilité Kandel–Moles ") for m in messages)
        text = visible_text(browser_fr) + "\n".join(lines)
        left = [
            w for w in (*ENGLISH_WORDS, "Gate not met", "words", "round", "the source") if w in text
        ]
        assert left == [], left
        screenshot(browser_fr, "french-rejected", tmp_path)
    finally:
        server.stop()


def test_english_with_lang_en_whatever_the_browser_asks(browser_fr, tmp_path) -> None:
    settings = Settings(models_dir=tmp_path, data_dir=tmp_path / "data", serve_lang="en")
    server = Server(settings, ScriptedByText)
    try:
        browser_fr.get(server.url + "/")
        assert browser_fr.find_element("css selector", "html").get_attribute("lang") == "en"
        assert by_id(browser_fr, "rewrite").text == "Rewrite"
        assert by_id(browser_fr, "queue").text == "Nothing submitted yet."
    finally:
        server.stop()

"""`plume serve` for a French newsroom (issue 20): the page in French unless asked otherwise,
and a server that starts without a model, where the gate and the brief work and a rewrite says
how to install one. Real servers on 127.0.0.1 (the browser test of the words is in
test_serve_browser)."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from engine.config import Settings
from engine.serve import backend_or_missing, missing_model
from engine.serve.i18n import PAGE, language
from tests.scripted import ScriptedByText
from tests.serving import DATA, ROUEN, Server, call

pytestmark = pytest.mark.loopback_only  # this machine's own servers, nothing else

REPO = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize(
    ("chosen", "header", "lang"),
    [
        ("", None, "fr"),
        ("", "de-DE,de;q=0.9", "fr"),
        ("", "en-US,en;q=0.9", "en"),
        ("", "en-GB;q=0.5,fr-CA;q=0.8", "fr"),
        ("", "fr;q=0, en", "en"),
        ("en", "fr-FR,fr", "en"),
        ("fr", "en-US", "fr"),
    ],
)
def test_the_language_of_the_page(chosen: str, header: str | None, lang: str) -> None:
    assert language(chosen, header) == lang


def test_both_languages_have_every_word_the_script_uses() -> None:
    assert PAGE["fr"].keys() == PAGE["en"].keys()
    script = (REPO / "engine" / "serve" / "static" / "plume.js").read_text(encoding="utf-8")
    used = set(re.findall(r"\bT\.(\w+)", script))
    assert used and used <= PAGE["fr"].keys(), used - PAGE["fr"].keys()


def test_the_page_is_french_unless_the_browser_asks_for_english(tmp_path: Path) -> None:
    server = Server(Settings(models_dir=tmp_path, data_dir=tmp_path / "data"), ScriptedByText)
    try:
        plain = call("GET", f"{server.url}/")
        assert plain.status == 200
        page = plain.body.decode()
        assert '<html lang="fr">' in page and ">Réécrire</button>" in page
        assert {k.lower(): v for k, v in plain.headers.items()}["vary"] == "Accept-Language"
        english = call("GET", f"{server.url}/", headers={"Accept-Language": "en-US,en;q=0.9"})
        assert (
            '<html lang="en">' in english.body.decode()
            and ">Rewrite</button>" in english.body.decode()
        )
    finally:
        server.stop()


def test_without_a_model_the_gate_and_the_brief_work_and_rewrite_says_how_to_install(
    tmp_path: Path,
) -> None:
    settings = Settings(models_dir=tmp_path, data_dir=tmp_path / "data")
    backend, missing = backend_or_missing(settings)
    assert backend is None and missing is not None
    server = Server(settings, missing_model(missing))
    try:
        brief = call("POST", f"{server.url}/api/brief", json_body={"text": ROUEN})
        assert brief.status == 200 and brief.json()["keyphrase"] == "pont Mathilde"
        good = (DATA / "rouen-good.md").read_text(encoding="utf-8")
        checked = call("POST", f"{server.url}/api/check", json_body={"article": good})
        assert checked.status == 200 and checked.json()["passed"] is True
        status = call("GET", f"{server.url}/api/status").json()
        assert status["model"]["state"] == "error"
        refused = call("POST", f"{server.url}/api/rewrite", json_body={"text": ROUEN})
        assert refused.status == 503
        message = refused.json()["message"]
        assert message.startswith("No model is installed, so Plume cannot write.")
        assert f"Put it in {tmp_path}/ (or import it with `plume models add FILE`)" in message
        assert call("GET", f"{server.url}/api/jobs").json() == []
    finally:
        server.stop()


def test_a_model_asked_for_and_missing_is_still_refused(tmp_path: Path) -> None:
    from engine.errors import ModelError

    settings = Settings(models_dir=tmp_path, data_dir=tmp_path / "data", model="nope.gguf")
    with pytest.raises(ModelError):
        backend_or_missing(settings)


def test_plume_serve_starts_without_a_model(tmp_path: Path) -> None:
    env = {
        **os.environ,
        "PLUME_MODELS_DIR": str(tmp_path),
        "PLUME_DATA_DIR": str(tmp_path / "data"),
        "PLUME_MODEL": "",
        "PLUME_SERVER": "",
    }
    process = subprocess.Popen(
        [sys.executable, "-m", "engine", "serve", "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=REPO,
        env=env,
    )
    try:
        ready = process.stdout.readline()  # type: ignore[union-attr]
        assert ready.startswith("Plume serves http://127.0.0.1:"), ready
        assert "(no model: the gate and the brief work, a rewrite says how to install one)" in ready
        url = ready.split()[2]
        page = call("GET", url)
        assert page.status == 200 and '<html lang="fr">' in page.body.decode()
    finally:
        process.send_signal(signal.SIGINT)
        _, err = process.communicate(timeout=30)
    assert err.startswith("Warning: No model is installed, so Plume cannot write."), err

"""What the engine says reaches the French page and the API in French (engine/serve/french.py,
the one catalogue; engine/serve/translate.py): the gate's findings on every article of the test
data, the progress lines, the verdict, the errors. English stays for `lang=en`, for a client
that asks for nothing, and for `--lang en`.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from engine.config import Settings
from engine.errors import ModelError
from engine.gate import Finding
from engine.serve import backend_or_missing, missing_model
from engine.serve.translate import compile_template, say, to_french
from engine.usecase import check_file
from scripts import fidelity_eval
from tests.scripted import ScriptedByText
from tests.serving import DATA, ROUEN, Failing, Server, call, events, wait_finished

pytestmark = pytest.mark.loopback_only  # this machine's own servers, nothing else

# English words that no French message may keep outside its quotations.
ENGLISH = re.compile(
    r"\b(the|of|where|says|gives|words|source's|in the|not|and|with|is|are|it|its|none|"
    r"round|failed|passed|call|elapsed|left|tokens|evaluated|draft|kept|repair|which)\b"
)


def unquoted(text: str) -> str:
    """`text` without what it quotes (« … », nested too): the message's own words."""
    out, depth = [], 0
    for ch in text:
        if ch == "«":
            depth += 1
        elif ch == "»":
            depth = max(depth - 1, 0)
        elif depth == 0:
            out.append(ch)
    return "".join(out)


def french_of(text: str, group: str = "all") -> str:
    said = to_french(text, group)
    assert said is not None, f"no French form for {text!r}: add its line to engine/serve/french.py"
    left = ENGLISH.findall(unquoted(said))
    assert not left, f"{text!r} → {said!r} keeps English words {left}"
    return said


# --- the catalogue over the gate's messages ---------------------------------------------------


def gate_findings() -> list[Finding]:
    """The findings of the gate on the test data: the honest whole rewrites (the gate as `plume
    check --source` runs it, and once without a source), the drafts of tests/data, and every
    one-edit set of tests/data (fidelity on each distortion and control)."""
    found: list[Finding] = []
    honest = [
        p
        for folder in fidelity_eval.HONEST
        for p in sorted(folder.glob("*.md"))
        if p.name.count(".") == 1 and p.stem != "README"
    ]
    for path in honest:
        found += check_file(path, fidelity_eval.SETTINGS, fidelity_eval.source_of(path)).findings
    found += check_file(honest[0], fidelity_eval.SETTINGS).findings
    for path in sorted(DATA.glob("rouen-*.md")):
        found += check_file(path, fidelity_eval.SETTINGS, DATA / "wikinews" / "22.txt").findings
    for path in sorted((DATA / "drafts").glob("*.md")):
        found += check_file(path, fidelity_eval.SETTINGS).findings
    for folder in (DATA / "blind" / "distortions", DATA / "claims"):
        for path in sorted(folder.glob("*.toml")):
            case = fidelity_eval.load(path)
            brief = fidelity_eval.brief_of(case)
            found += fidelity_eval.fidelity(case.honest, brief)
            for variant in case.variants:
                found += fidelity_eval.fidelity(fidelity_eval.edited(case, variant), brief)
    return found


def test_every_message_the_gate_gives_on_the_test_data_has_its_french_form() -> None:
    """A rule that starts to say something new without its French line fails here."""
    findings = gate_findings()
    messages = {f.message for f in findings}
    assert len(messages) > 300  # the data reaches every check and most claim rules
    rules = {f.rule for f in findings if not f.passed}
    assert {"figures", "polarity", "names", "verbatim", "missing"} <= rules
    for message in sorted(messages):
        french_of(message, "findings")
    for expected in sorted({f.expected for f in findings}):
        french_of(expected, "expected")


def test_a_message_with_no_french_line_is_found_and_shown_as_it_is() -> None:
    new = "section:2: «Le pont a brûlé.» invents a brand-new kind of problem"
    assert to_french(new) is None
    assert say(new, "fr") == new  # never lost: the English text, where no French one is known
    assert say("body has 12 words", "en") == "body has 12 words"


def test_the_typed_slots_know_every_word_the_engine_puts_in_them() -> None:
    """A new fact kind, target, scope word, job status or leak kind needs its French word."""
    from typing import get_args

    from engine.brief.facts import FactKind
    from engine.gate.slots.scope import SAID
    from engine.gate.target import TargetKind
    from engine.serve import french
    from engine.serve.jobs import FINISHED, QUEUED, RUNNING

    assert all(french.SLOTS["kind"](kind) for kind in get_args(FactKind))
    assert all(french.target(f"{kind}:0" if kind in ("section", "heading") else kind)
               for kind in get_args(TargetKind))  # fmt: skip
    assert french.target("section:2") == "section 3" and french.target("body") == "corps"
    assert all(french.SLOTS["bound"](word) for word in SAID.values())
    assert all(french.SLOTS["status"](status) for status in {QUEUED, RUNNING, *FINISHED})
    for leak in ("assistant chatter", "instruction", "chat template token"):
        assert french.SLOTS["leak"](leak)
    with pytest.raises(ValueError, match="differ in their slots"):
        compile_template("body has {n} words", "le corps a des mots")  # a figure lost


@pytest.mark.parametrize(
    ("english", "french"),
    [
        (
            "section:2: «Le pont « Mathilde » a brûlé.» names Rouen where the source names "
            "Sud; the source says: «Le pont brûle.»",
            "section 3\u00a0: «Le pont « Mathilde » a brûlé.» nomme Rouen là où la source nomme "
            "Sud\u00a0; la source dit\u00a0: «Le pont brûle.»",
        ),
        (
            "keyphrase «pont Mathilde» density 0.48 % (3 times): use it more often in the sections",
            "expression clé «pont Mathilde»\u00a0: densité de 0,48 % (3 fois)\u00a0: employez-la "
            "plus souvent dans les sections",
        ),
        (
            "keyphrase «pont» density 4.1 % (30 times): use it less, above all in section:0, "
            "intro, or use synonyms",
            "expression clé «pont»\u00a0: densité de 4,1 % (30 fois)\u00a0: employez-la moins, "
            "surtout dans section 1, chapeau, ou employez des synonymes",
        ),
        (
            "intro: 20 words copied from the source, rewrite «le pont Mathilde…»",
            "chapeau\u00a0: 20 mots copiés de la source, réécrivez «le pont Mathilde…»",
        ),
        # the scope, superlatives and qualifiers findings of issue 19's round 5
        (
            "intro: «Tout brûle.» says all («pont») where the source says only those «en bois»",
            "chapeau\u00a0: «Tout brûle.» dit «tout» («pont») là où la source dit seulement "
            "ceux-là\u00a0: «en bois»",
        ),
        (
            "intro: «Il brûle.» makes a superlative the source does not make («le plus long»)",
            "chapeau\u00a0: «Il brûle.» emploie un superlatif que la source n'emploie pas "
            "(«le plus long»)",
        ),
        (
            "intro: «Il brûle.» states as a fact what the source gives on someone's word "
            "(«estiment»)",
            "chapeau\u00a0: «Il brûle.» donne pour un fait ce que la source attribue à quelqu'un "
            "(«estiment»)",
        ),
        (
            "intro: number not in the source «12», only the source's figures, in «Il y a 12 "
            "blessés.»",
            "chapeau\u00a0: «12» (nombre) n'est pas dans la source (seuls ses chiffres sont "
            "admis), dans «Il y a 12 blessés.»",
        ),
        (
            "heading:1: keyphrase in 1 of 5 H2 (20%), put it in this subheading",
            "intertitre 2\u00a0: expression clé dans 1 H2 sur 5 (20 %), mettez-la dans cet "
            "intertitre",
        ),
    ],
)
def test_the_french_of_a_finding(english: str, french: str) -> None:
    assert french_of(english) == french


# --- through the server ---------------------------------------------------------------------


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(models_dir=tmp_path, data_dir=tmp_path / "data", threads=1, max_rounds=1)


def test_a_job_in_french_progress_report_and_events(settings: Settings) -> None:
    server = Server(settings, ScriptedByText)
    try:
        answer = call("POST", f"{server.url}/api/rewrite?lang=fr", json_body={"text": ROUEN})
        assert answer.status == 202
        url = f"{server.url}/api/jobs/{answer.json()['id']}"
        english = wait_finished(server, answer.json()["id"])
        assert english["status"] == "passed"
        french = call("GET", url + "?lang=fr").json()
        asked = call("GET", url, headers={"Accept-Language": "fr-FR,fr;q=0.9,en;q=0.5"}).json()
        assert asked == french  # the browser's language asks as `lang` does
        assert call("GET", url + "?lang=en").json() == english  # English, as it was
        assert french["progress"] == [french_of(p, "progress") for p in english["progress"]]
        assert french["progress"][0] == (
            "brief\u00a0: expression clé « pont Mathilde », minimum\u00a0: 700 mots (la consigne "
            "de la rédaction)"
        )
        assert french["progress"][1].startswith("plan\u00a0: le modèle écrit le plan (appel 1")
        calls = [p for p in french["progress"] if " jetons lus sur " in p]
        assert len(calls) >= 3 and all(" écoulées" in p for p in calls)
        assert any(p.startswith("vérification, tour 0\u00a0: ") for p in french["progress"])
        checks = zip(english["report"]["checks"], french["report"]["checks"], strict=True)
        for en, fr in checks:
            assert fr["message"] == french_of(en["message"], "findings")
            assert fr["expected"] == french_of(en["expected"], "expected")
            assert (fr["id"], fr["passed"], fr["target"]) == (en["id"], en["passed"], en["target"])
        streamed = events(url + "/events?lang=fr")
        lines = [data["line"] for kind, data in streamed if kind == "progress"]
        assert lines == french["progress"]
    finally:
        server.stop()


def test_a_rejected_job_says_why_in_french(settings: Settings) -> None:
    server = Server(settings, lambda: Failing("section:2", "Le pont Mathilde a brûlé."))
    try:
        answer = call("POST", f"{server.url}/api/rewrite", json_body={"text": ROUEN})
        job = wait_finished(server, answer.json()["id"])
        assert job["status"] == "rejected"
        url = f"{server.url}/api/jobs/{job['id']}"
        french = call("GET", url, headers={"Accept-Language": "fr"}).json()
        why = french["why"].split("\n")
        assert why[0].startswith("Vérification non passée après 1 réparation(s)\u00a0; le dernier")
        assert why[1].startswith("Brouillon gardé\u00a0: ")
        english = job["why"].split("\n")
        assert why == [french_of(line, "verdict") for line in english]
        assert any(line.startswith("  structure [section 3]\u00a0: ") for line in why)
        assert any(p.startswith("réparation 1/1\u00a0: ") for p in french["progress"])
        assert any("appel de réparation 1 sur " in p for p in french["progress"])
        assert french["report"]["stopped"] == french_of(job["report"]["stopped"], "reasons")
    finally:
        server.stop()


BAD_REQUESTS = [
    ({"text": ""}, 422, "L'article est vide.", "Donnez le texte d'un article en français."),
    ({"text": "abc\u0000\u0001def"}, 422, "L'article semble être un fichier binaire", None),
    (
        {"text": "Make this article seo compatible, create at least 700 words"},
        422,
        "L'article\u00a0: aucun texte d'article trouvé (seulement des consignes",
        None,
    ),
    ({"text": ROUEN, "min_words": 10}, 422, "Le réglage min_words=10 est hors limites.", None),
    ({"text": ROUEN, "min_words": "many"}, 422, "min_words='many' n'est pas un nombre", None),
    ({"text": ROUEN, "name": "a.pdf"}, 422, "a.pdf\u00a0: type de fichier non pris en", None),
    ({"text": 42}, 400, "'text' doit être du texte.", "Envoyez le texte lui-même."),
    ({"article": ROUEN}, 400, "Pas de champ 'text'.", None),
    (["not", "an", "object"], 400, "Le corps de la requête doit être un objet JSON.", None),
]


@pytest.mark.parametrize(("body", "status", "message", "hint"), BAD_REQUESTS)
def test_an_api_error_in_french(
    settings: Settings, body: object, status: int, message: str, hint: str | None
) -> None:
    server = Server(settings, ScriptedByText)
    try:
        url = f"{server.url}/api/rewrite"
        english = call("POST", url, json_body=body)
        french = call("POST", url + "?lang=fr", json_body=body)
        assert english.status == french.status == status
        error = french.json()
        assert error["message"].startswith(message), error
        assert error["hint"] == (hint or error["hint"]) and error["hint"] != english.json()["hint"]
        assert error["message"] == french_of(english.json()["message"], "errors")
    finally:
        server.stop()


def test_refusals_and_the_missing_model_in_french(tmp_path: Path) -> None:
    settings = Settings(models_dir=tmp_path, data_dir=tmp_path / "data")
    _, missing = backend_or_missing(settings)
    server = Server(settings, missing_model(missing))  # type: ignore[arg-type]
    fr = {"Accept-Language": "fr"}
    try:
        refused = call("POST", f"{server.url}/api/rewrite", json_body={"text": ROUEN}, headers=fr)
        assert refused.status == 503
        lines = refused.json()["message"].split("\n")
        assert lines[0] == "Aucun modèle n'est installé\u00a0: Plume ne peut pas écrire."
        put = f"Mettez-le dans {tmp_path}/ (ou importez-le avec `plume models add FICHIER`),"
        assert put in lines
        assert lines[-1].endswith("puis relancez le serveur.")
        status = call("GET", f"{server.url}/api/status?lang=fr").json()
        assert status["model"]["error"]["message"] == refused.json()["message"]
        nothing = call("GET", f"{server.url}/api/jobs/nope", headers=fr).json()
        assert nothing == {
            "message": "Pas de tâche de ce nom.",
            "hint": "La liste des tâches\u00a0: GET /api/jobs.",
        }
        cross = call(
            "POST",
            f"{server.url}/api/check?lang=fr",
            json_body={"article": "x"},
            headers={"Origin": "http://evil.example"},
        )
        assert cross.status == 403
        assert cross.json()["message"] == "Requête d'un autre site refusée."
        unknown = call("GET", f"{server.url}/api/nowhere?lang=fr")
        assert (unknown.status, unknown.json()["message"]) == (404, "Introuvable.")
        english = call("GET", f"{server.url}/api/jobs/nope").json()  # nothing asked: English
        assert english["message"] == "No such job."
    finally:
        server.stop()


def test_lang_en_keeps_the_api_in_english_whatever_the_browser_asks(tmp_path: Path) -> None:
    settings = Settings(models_dir=tmp_path, data_dir=tmp_path / "data", serve_lang="en")
    server = Server(settings, ScriptedByText)
    try:
        answer = call("GET", f"{server.url}/api/jobs/nope", headers={"Accept-Language": "fr"})
        assert answer.json()["message"] == "No such job."
        asked = call("GET", f"{server.url}/api/jobs/nope?lang=fr").json()
        assert asked["message"] == "Pas de tâche de ce nom."  # a request that asks, gets
    finally:
        server.stop()


def test_check_and_brief_in_french(settings: Settings) -> None:
    server = Server(settings, ScriptedByText)
    try:
        article = (DATA / "rouen-invented-number.md").read_text(encoding="utf-8")
        body = {"article": article, "source": ROUEN}
        english = call("POST", f"{server.url}/api/check", json_body=body).json()
        french = call("POST", f"{server.url}/api/check?lang=fr", json_body=body).json()
        assert "fidelity" in french["failed"] and french["failed"] == english["failed"]
        failed = [c["message"] for c in french["checks"] if c["passed"] is False]
        assert failed and all(m == french_of(m_en, "findings") for m, m_en in zip(
            failed, [c["message"] for c in english["checks"] if c["passed"] is False], strict=True
        ))  # fmt: skip
        brief = call("POST", f"{server.url}/api/brief?lang=fr", json_body={"text": ROUEN}).json()
        assert brief["min_words_said"] == "700 mots (la consigne de la rédaction)"
        assert brief["directives"] == 2
        assert all(n.startswith("consigne de la rédaction\u00a0: ") for n in brief["notes"])
    finally:
        server.stop()


class OutOfMemory(ScriptedByText):
    """The scripted model, failing as llama.cpp does when memory runs out mid-article."""

    def generate(self, messages, **kwargs):  # noqa: ANN001, ANN003, ANN201
        raise ModelError(
            "llama.cpp failed while generating: llama_decode returned 1.",
            "Memory may be short: try a smaller context (PLUME_N_CTX=4096) or fewer GPU layers "
            "(--gpu-layers 0).",
        )


def test_a_failed_job_says_why_in_french(settings: Settings) -> None:
    server = Server(settings, OutOfMemory)
    try:
        answer = call("POST", f"{server.url}/api/rewrite", json_body={"text": ROUEN})
        job = wait_finished(server, answer.json()["id"])
        assert job["status"] == "failed"
        url = f"{server.url}/api/jobs/{job['id']}"
        error = call("GET", url + "?lang=fr").json()["error"]
        assert error["message"] == "llama.cpp a échoué en écrivant\u00a0: llama_decode a renvoyé 1."
        assert error["hint"].startswith("La mémoire manque peut-être\u00a0: ")
        ended = [data for kind, data in events(url + "/events?lang=fr") if kind == "status"]
        assert ended[-1]["error"]["message"] == error["message"]
        listed = call("GET", f"{server.url}/api/jobs?lang=fr").json()
        assert listed[0]["error"]["message"] == error["message"]
    finally:
        server.stop()

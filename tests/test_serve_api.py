"""`plume serve`'s JSON API against a real uvicorn server on 127.0.0.1, scripted model:
submit, events, result, report, cancel, restart, bad input, tokens, CSRF, a burst of 20."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from click.testing import CliRunner

from engine.cli import cli
from engine.config import Settings
from engine.errors import ModelError
from engine.gate import HARD_CHECKS
from engine.output.article import parse_markdown
from engine.serve import open_sized_backend
from engine.serve.jobs import INTERRUPTED
from engine.serve.security import CSP
from scripts import llama_server
from tests.conftest import require
from tests.netguard import BOOT, GUARDED, MARK, REPO
from tests.scripted import ScriptedByText
from tests.serving import (
    DATA,
    ROUEN,
    ROUEN_DRAFT,
    Failing,
    Server,
    Slow,
    call,
    events,
    multipart,
    wait_finished,
    wait_for,
)

pytestmark = pytest.mark.loopback_only  # this machine's own servers, nothing else

SECTION_1 = "section 1/6 « Comment l'incendie du pont Mathilde s'est déclenché »"


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(models_dir=tmp_path, data_dir=tmp_path / "data", threads=1, max_rounds=1)


@pytest.fixture
def server(settings: Settings):
    running = Server(settings, ScriptedByText)
    yield running
    running.stop()


def submit(server: Server, text: str = ROUEN, **fields: object) -> dict:
    answer = call("POST", f"{server.url}/api/rewrite", json_body={"text": text, **fields})
    assert answer.status == 202, answer.body
    return answer.json()


def test_rewrite_end_to_end(server: Server) -> None:
    job = submit(server)
    assert job["status"] == "queued" and job["name"] == "Incendie sur le pont Mathilde de Rouen"
    stream = events(f"{server.url}/api/jobs/{job['id']}/events")

    statuses = [data["status"] for kind, data in stream if kind == "status"]
    assert statuses == ["queued", "running", "passed"]
    lines = [data["line"] for kind, data in stream if kind == "progress"]
    assert lines[0] == "brief: keyphrase « pont Mathilde », min words: 700 (the directive)"
    assert lines[1] == "plan: the model writes the outline (call 1; the first call is the slowest)"
    assert lines[2].startswith("plan: ") and lines[3].startswith("intro: ")
    assert lines[4].startswith(SECTION_1 + ": ")
    sections = [line.split(" «")[0] for line in lines[4:10]]
    assert sections == [f"section {i}/6" for i in range(1, 7)]
    assert all(" tok/s, prompt " in line for line in lines[2:10])
    assert lines[10].startswith("gate, round 0: passed (") and len(lines) == 11
    assert stream[-1] == ("end", {"status": "passed"})

    result = call("GET", f"{server.url}/api/jobs/{job['id']}").json()
    assert result["status"] == "passed" and result["error"] is None
    assert result["progress"] == lines
    article = result["article"]
    assert article["title"] == ROUEN_DRAFT.title
    assert article["description"] == ROUEN_DRAFT.description
    assert article["keyphrase"] == "pont Mathilde" and article["words"] >= 700
    assert result["report"]["passed"] is True
    assert {c["id"] for c in result["report"]["checks"]} >= set(HARD_CHECKS)
    assert result["report"]["rounds"][0]["failed"] == []
    assert result["compare"]["counts"]["kept"] > 0
    assert "rejected_draft" not in result

    downloads = result["links"]["downloads"]
    md = call("GET", server.url + downloads["md"])
    assert md.status == 200 and "attachment" in md.headers["content-disposition"]
    assert parse_markdown(md.body.decode()).title == ROUEN_DRAFT.title
    html = call("GET", server.url + downloads["html"]).body.decode()
    assert '"@type": "NewsArticle"' in html
    as_json = call("GET", server.url + downloads["json"]).json()
    assert as_json["report"]["passed"] is True and as_json["model"]["name"] == "scripted"
    assert server.loads == 1


def test_upload_a_file_whose_name_is_only_a_label(server: Server, settings: Settings) -> None:
    body, kind = multipart(
        {"keyphrase": "pont Mathilde", "min_words": "700"},
        {"file": ("../../etc/rouen-seed.txt", ROUEN.encode("cp1252", "replace"))},
    )
    answer = call("POST", f"{server.url}/api/rewrite", data=body, headers={"Content-Type": kind})
    assert answer.status == 202, answer.body
    job = answer.json()
    assert job["name"] == "rouen-seed.txt"  # a label: nothing is read or written there
    assert job["options"] == {"keyphrase": "pont Mathilde", "min_words": 700}
    assert wait_finished(server, job["id"])["status"] == "passed"
    assert sorted(p.name for p in settings.data_dir.iterdir())[0] == "jobs.sqlite3"


def test_brief_without_a_model(server: Server) -> None:
    answer = call("POST", f"{server.url}/api/brief", json_body={"text": ROUEN})
    assert answer.status == 200
    brief = answer.json()
    assert brief["keyphrase"] == "pont Mathilde"
    assert brief["min_words"] == 700
    assert brief["title"] == "Incendie sur le pont Mathilde de Rouen"
    assert any(note.startswith("directive:") for note in brief["notes"])


def test_check_answers_like_plume_check_json(server: Server, settings: Settings) -> None:
    article = (DATA / "rouen-invented-number.md").read_bytes()
    body, kind = multipart({}, {"article": ("a.md", article), "source": ("s.txt", ROUEN.encode())})
    answer = call("POST", f"{server.url}/api/check", data=body, headers={"Content-Type": kind})
    assert answer.status == 200, answer.body
    report = answer.json()
    source = DATA / "seeds" / "wikinews-22-seed.txt"
    article_path = str(DATA / "rouen-invented-number.md")
    cli_run = CliRunner().invoke(cli, ["check", article_path, "--source", str(source), "--json"])
    assert cli_run.exit_code == 1
    assert report == json.loads(cli_run.stdout)  # what `plume check --json` prints
    assert report["passed"] is False
    assert any(c["id"] == "fidelity" and not c["passed"] for c in report["checks"])

    good = (DATA / "rouen-good.md").read_text(encoding="utf-8")
    as_json = call("POST", f"{server.url}/api/check", json_body={"article": good, "source": ROUEN})
    assert as_json.status == 200 and as_json.json()["passed"] is True
    alone = call("POST", f"{server.url}/api/check", json_body={"article": good}).json()
    assert alone["skipped"] == ["fidelity", "originality"]  # no source: cannot be checked
    assert {c["id"]: c["passed"] for c in alone["checks"]}["fidelity"] == "skipped"


def test_cancel_stops_at_the_next_token(settings: Settings) -> None:
    model = Slow(hold_step="section:1")
    server = Server(settings, lambda: model)
    try:
        job = submit(server)
        wait_for(lambda: model.requests and model.requests[-1][0] == "section:1", 30, "section 2")
        wait_for(lambda: model.pieces[-1] > 3, 10, "tokens of section 2")
        # The model is busy in its thread; the server still answers the queue, progress, check.
        listed = call("GET", f"{server.url}/api/jobs", timeout=5).json()
        assert [(j["id"], j["status"]) for j in listed] == [(job["id"], "running")]
        running = wait_for(
            lambda: (
                call("GET", f"{server.url}/api/jobs/{job['id']}", timeout=5).json()["live"]
                and call("GET", f"{server.url}/api/jobs/{job['id']}", timeout=5).json()
            ),
            10,
            "the running call's live token count",
        )
        assert running["progress"][-1].startswith(SECTION_1)
        assert running["live"]["tokens"] > 3 and running["live"]["tps"] > 0
        good = (DATA / "rouen-good.md").read_text(encoding="utf-8")
        checked = call("POST", f"{server.url}/api/check", json_body={"article": good}, timeout=30)
        assert checked.status == 200 and checked.json()["passed"] is True
        answer = call("DELETE", f"{server.url}/api/jobs/{job['id']}")
        assert answer.status == 200
        stream = events(f"{server.url}/api/jobs/{job['id']}/events")
        assert stream[-1] == ("end", {"status": "cancelled"})
        calls = len(model.requests)
        assert [step for step, _ in model.requests] == ["plan", "intro", "section:0", "section:1"]
        again = call("DELETE", f"{server.url}/api/jobs/{job['id']}")
        assert again.status == 409 and "cancelled" in again.json()["message"]
        # The model is free again: the next article runs to the end.
        model.hold_step = None
        assert wait_finished(server, submit(server)["id"])["status"] == "passed"
        assert len(model.requests) > calls and server.loads == 1
    finally:
        model.release.set()
        server.stop()


def test_cancel_a_queued_job(settings: Settings) -> None:
    model = Slow(hold_step="plan")
    server = Server(settings, lambda: model)
    try:
        first, second = submit(server), submit(server)
        assert second["position"] == 1 or second["position"] == 2
        answer = call("DELETE", f"{server.url}/api/jobs/{second['id']}")
        assert answer.status == 200 and answer.json()["status"] == "cancelled"
        model.release.set()
        assert wait_finished(server, first["id"])["status"] == "passed"
        assert [s for s, _ in model.requests].count("plan") == 1  # the second never ran
    finally:
        model.release.set()
        server.stop()


def test_restart_keeps_results_fails_the_interrupted_and_resumes_the_queued(
    settings: Settings,
) -> None:
    model = Slow()
    first = Server(settings, lambda: model)
    done = submit(first)
    finished = wait_finished(first, done["id"])
    assert finished["status"] == "passed"
    model.hold_step = "section:2"
    interrupted = submit(first)
    wait_for(lambda: model.requests[-1][0] == "section:2", 30, "the second job to be writing")
    queued = submit(first)
    first.stop()  # mid-call: the worker stops at its next token

    second = Server(settings, ScriptedByText)
    try:
        kept = call("GET", f"{second.url}/api/jobs/{done['id']}").json()
        assert kept["status"] == "passed" and kept["article"] == finished["article"]
        assert kept["progress"] == finished["progress"]
        failed = call("GET", f"{second.url}/api/jobs/{interrupted['id']}").json()
        assert failed["status"] == "failed"
        assert failed["error"]["message"] == INTERRUPTED
        resumed = wait_finished(second, queued["id"])
        assert resumed["status"] == "passed"
        assert resumed["article"]["title"] == ROUEN_DRAFT.title
        listed = call("GET", f"{second.url}/api/jobs").json()
        assert [j["id"] for j in listed] == [queued["id"], interrupted["id"], done["id"]]
    finally:
        second.stop()


def test_a_rejected_draft_is_never_offered_as_the_article(settings: Settings) -> None:
    server = Server(settings, lambda: Failing("section:2", "Le pont Mathilde a brûlé."))
    try:
        job = wait_finished(server, submit(server)["id"])
        assert job["status"] == "rejected"
        assert "article" not in job and "downloads" not in job["links"]
        assert job["rejected_draft"]["title"] == ROUEN_DRAFT.title
        progress = job["progress"]
        repair = progress.index("repair 1/1: length, structure")
        assert progress[repair - 1].startswith("gate, round 0: failed length, structure (")
        assert progress[repair + 1].startswith("section 3/6 « Un bilan de 2 blessés légers »: ")
        why = job["why"].splitlines()
        assert why[0] == (
            "Gate not met after 1 repair round(s); the last round failed: length, structure."
        )
        assert why[1] == (
            "Kept draft: the first draft, which has the fewest failed hard findings (2; no later "
            "round had fewer); it failed: length, structure."
        )
        assert why[3].startswith(
            "  structure [section:2]: section:2 «Un bilan de 2 blessés légers»"
        )
        for advice in ("--keep-rejected", "-o FILE", "stdin", "--", "No article written"):
            assert advice not in job["why"]
        failed = [c for c in job["report"]["checks"] if not c["passed"] and c["severity"] == "hard"]
        assert {(c["id"], c["target"]) for c in failed} == {
            ("length", None),
            ("structure", "section:2"),
        }
        download = call("GET", f"{server.url}/api/jobs/{job['id']}/article.md")
        assert download.status == 409
        assert (
            download.json()["message"]
            == "The job is rejected: only a passed article is downloadable."
        )
    finally:
        server.stop()


@pytest.mark.parametrize(
    ("body", "status", "message"),
    [
        ({"text": ""}, 422, "the article is empty."),
        ({"text": " \u00a0\n\u2028 "}, 422, "the article is empty."),
        ({"text": "abc\u0000\u0001def"}, 422, "the article looks like a binary file"),
        ({"text": "Make this article seo compatible, create at least 700 words"}, 422,
         "the article: no article text found (only editor directives and debris)."),
        ({"text": ROUEN, "min_words": 10}, 422, "Setting min_words=10 is out of range."),
        ({"text": ROUEN, "min_words": "many"}, 422, "min_words='many' is not a whole number."),
        ({"text": ROUEN, "name": "article.pdf"}, 422, "article.pdf: unsupported file type '.pdf'."),
        ({"text": 42}, 400, "'text' must be a string."),
        ({"article": ROUEN}, 400, "No 'text' field."),
        (["not", "an", "object"], 400, "The body must be a JSON object."),
    ],
)  # fmt: skip
def test_bad_input_is_refused_with_a_message_and_a_hint(
    server: Server, body: object, status: int, message: str
) -> None:
    answer = call("POST", f"{server.url}/api/rewrite", json_body=body)
    assert answer.status == status
    error = answer.json()
    assert error["message"].startswith(message), error
    assert error["hint"]
    for advice in ("stdin", " - ", "--", "-o ", "PLUME_", "flag"):  # the command line's, not HTTP's
        assert advice not in error["hint"], error
    assert call("GET", f"{server.url}/api/jobs").json() == []


def test_malformed_and_oversized_requests(tmp_path: Path) -> None:
    settings = Settings(models_dir=tmp_path, data_dir=tmp_path / "data", serve_max_bytes=20_000)
    server = Server(settings, ScriptedByText)
    try:
        url = f"{server.url}/api/rewrite"
        big = call("POST", url, json_body={"text": "mot " * 10_000})
        assert big.status == 413 and big.json()["message"] == "Content Too Large"
        assert "PLUME_SERVE_MAX_BYTES" in big.json()["hint"]
        body = json.dumps({"text": "mot " * 10_000}).encode()
        chunked = iter([body[:15_000], body[15_000:]])  # no Content-Length: counted as it comes
        cut = call("POST", url, data=chunked, headers={"Content-Type": "application/json"})
        assert cut.status == 413 and cut.json()["message"] == "Content Too Large"
        binary, kind = multipart({}, {"file": ("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00")})
        answer = call("POST", url, data=binary, headers={"Content-Type": kind})
        assert answer.status == 422 and "binary" in answer.json()["message"]
        text = call("POST", url, data=b"{not json", headers={"Content-Type": "application/json"})
        assert (text.status, text.json()["message"]) == (400, "The body is not valid JSON.")
        plain = call("POST", url, data=b"hello", headers={"Content-Type": "text/plain"})
        assert plain.status == 400 and plain.json()["message"].startswith("Unsupported content")
        assert call("GET", f"{server.url}/api/jobs/nope").status == 404
        assert call("GET", f"{server.url}/api/jobs").json() == []
    finally:
        server.stop()


def test_twenty_concurrent_submissions_are_all_done_with_one_model(server: Server) -> None:
    barrier = threading.Barrier(20)

    def one(_: int) -> str:
        barrier.wait()
        return submit(server)["id"]

    with ThreadPoolExecutor(20) as pool:
        ids = list(pool.map(one, range(20)))
    assert len(set(ids)) == 20
    listed = call("GET", f"{server.url}/api/jobs").json()
    assert sorted(j["id"] for j in listed) == sorted(ids)
    for job_id in ids:
        assert wait_finished(server, job_id, 300)["status"] == "passed"
    assert server.loads == 1


def test_token_on_every_request(settings: Settings) -> None:
    token = "a-long-random-secret-for-the-test"
    server = Server(settings, ScriptedByText, token=token)
    try:
        url = server.url
        assert call("GET", f"{url}/api/jobs").status == 401
        wrong = call("GET", f"{url}/api/jobs", headers={"Authorization": "Bearer nope"})
        assert wrong.status == 401 and "token" in wrong.json()["message"]
        bearer = {"Authorization": f"Bearer {token}"}
        assert call("GET", f"{url}/api/jobs", headers=bearer).status == 200
        posted = call("POST", f"{url}/api/rewrite", json_body={"text": ROUEN}, headers=bearer)
        assert posted.status == 202
        assert call("POST", f"{url}/api/rewrite", json_body={"text": ROUEN}).status == 401

        page = call("GET", f"{url}/", follow=False)
        assert page.status == 303 and page.headers["location"] == "/login"
        login = call("GET", f"{url}/login")
        csrf = login.headers["set-cookie"].split("plume_csrf=")[1].split(";")[0]
        form = f"token=nope&csrf={csrf}".encode()
        headers = {
            "Content-Type": "application/x-www-form-urlencoded",
            "Cookie": f"plume_csrf={csrf}",
            "Origin": url,
        }
        assert call("POST", f"{url}/login", data=form, headers=headers).status == 401
        form = f"token={token}&csrf={csrf}".encode()
        ok = call("POST", f"{url}/login", data=form, headers=headers, follow=False)
        assert ok.status == 303
        session = ok.headers["set-cookie"].split(";")[0]
        assert token not in session
        assert call("GET", f"{url}/", headers={"Cookie": session}).status == 200
    finally:
        server.stop()


def test_csrf_host_and_headers(server: Server) -> None:
    url = server.url
    page = call("GET", f"{url}/")
    assert page.headers["content-security-policy"] == CSP
    assert "script-src 'self'" in CSP and "unsafe-inline" not in CSP
    csrf = page.headers["set-cookie"].split("plume_csrf=")[1].split(";")[0]
    body = {"text": ROUEN}
    for refused in ({"Origin": "http://evil.test"}, {"Sec-Fetch-Site": "cross-site"}):
        evil = call("POST", f"{url}/api/rewrite", json_body=body, headers=refused)
        assert evil.status == 403 and evil.json()["message"] == "Cross-site request refused."
    browser = {"Cookie": f"plume_csrf={csrf}", "Origin": url}
    missing = call("POST", f"{url}/api/rewrite", json_body=body, headers=browser)
    assert missing.status == 403 and missing.json()["message"].startswith("CSRF token")
    browser["X-CSRF-Token"] = csrf
    good = call("POST", f"{url}/api/rewrite", json_body=body, headers=browser)
    assert good.status == 202
    # A form the page posts may say Origin "null"; the browser's Sec-Fetch-Site vouches for it.
    browser.update({"Origin": "null", "Sec-Fetch-Site": "same-origin"})
    good = call("POST", f"{url}/api/rewrite", json_body=body, headers=browser)
    assert good.status == 202
    rebound = call("GET", f"{url}/api/jobs", headers={"Host": "evil.test"})
    assert rebound.status == 400
    assert (
        call("GET", f"{url}/static/plume.js").headers["content-type"].startswith("text/javascript")
    )
    assert call("GET", f"{url}/static/..%2f..%2fpyproject.toml").status == 404
    assert call("GET", f"{url}/static/jobs.sqlite3").status == 404
    schema = call("GET", f"{url}/api/openapi.json").json()
    assert schema["openapi"] == "3.1.0"
    assert {"/api/rewrite", "/api/jobs/{id}", "/api/jobs/{id}/events", "/api/check"} <= set(
        schema["paths"]
    )


def test_a_model_that_cannot_load_answers_503(settings: Settings) -> None:
    def broken():  # noqa: ANN202
        raise ModelError("Model file broken.gguf is truncated.", "Copy it again.")

    server = Server(settings, broken)
    try:
        wait_for(
            lambda: call("GET", f"{server.url}/api/status").json()["model"]["state"] == "error",
            20,
            "the model to fail",
        )
        answer = call("POST", f"{server.url}/api/rewrite", json_body={"text": ROUEN})
        assert answer.status == 503
        assert answer.json() == {
            "message": "Model file broken.gguf is truncated.",
            "hint": "Copy it again.",
        }
    finally:
        server.stop()


def test_cli_refuses_a_network_host_without_a_token(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        cli,
        ["serve", "--host", "0.0.0.0"],
        env={"PLUME_TOKEN": "", "PLUME_DATA_DIR": str(tmp_path)},
    )
    assert result.exit_code == 2
    assert "--host 0.0.0.0 would open Plume to the network without a token." in result.output


def test_plume_serve_with_the_real_llama_cpp_path(tiny_chat_model: Path, tmp_path: Path) -> None:
    """`plume serve` as a user starts it (a process, the network guard on, the tiny GGUF through
    the llama.cpp adapter): the job runs to the gate, which the tiny model cannot pass, a second
    job is cancelled inside a model call, and Ctrl-C stops the server cleanly."""
    env = {
        **os.environ,
        "PLUME_DATA_DIR": str(tmp_path / "data"),
        "PLUME_MAX_ROUNDS": "0",
        "PLUME_TOKEN": "",
        "PLUME_N_CTX": "",  # sized by plume serve: the model's own 8192 here
    }
    boot = BOOT.format(tests=str(REPO / "tests"))
    command = [sys.executable, "-c", boot, "serve", "--port", "0", "--threads", "1"]
    command += ["--model", str(tiny_chat_model)]
    process = subprocess.Popen(
        command, cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        ready = process.stdout.readline()  # type: ignore[union-attr]
        assert ready.startswith("Plume serves http://127.0.0.1:"), ready
        url = ready.split()[2].rstrip("/")
        job = call("POST", f"{url}/api/rewrite", json_body={"text": ROUEN}).json()
        stream = events(f"{url}/api/jobs/{job['id']}/events", timeout=300)
        assert stream[-1] == ("end", {"status": "rejected"})
        lines = [data["line"] for kind, data in stream if kind == "progress"]
        assert lines[2].startswith("plan: ") and "tok/s" in lines[2]
        done = call("GET", f"{url}/api/jobs/{job['id']}").json()
        assert done["why"].startswith("Gate not met after 0 repair round(s)")
        assert done["report"]["calls"][0]["step"] == "plan"

        second = call("POST", f"{url}/api/rewrite", json_body={"text": ROUEN}).json()
        wait_for(
            lambda: call("GET", f"{url}/api/jobs/{second['id']}").json()["status"] == "running",
            60,
            "the second job to start",
        )
        assert call("DELETE", f"{url}/api/jobs/{second['id']}").status == 200
        stream = events(f"{url}/api/jobs/{second['id']}/events", timeout=120)
        assert stream[-1] == ("end", {"status": "cancelled"})
    finally:
        process.send_signal(signal.SIGINT)
        _, stderr = process.communicate(timeout=60)
    assert process.returncode == 0, stderr
    assert stderr.endswith("Plume stopped; queued articles are done at the next start.\n")
    assert MARK not in stderr


def test_one_context_for_every_job(tiny_chat_model: Path, settings: Settings) -> None:
    """Sized for the longest source the server takes, the model's own context at most."""

    def context(settings: Settings) -> int | None:
        backend = open_sized_backend(settings.replace(model=str(tiny_chat_model)))
        return backend.info().context_length

    assert context(settings) == 8192  # 24,000 chars need more
    # 3,000 chars: every part of the largest prompt at its bound (placement.rewrite_context)
    assert context(settings.replace(serve_source_chars=3000)) == 5888
    assert context(settings.replace(n_ctx=2048)) == 2048


def test_cli_says_when_the_port_is_taken_or_the_data_folder_unusable(
    tiny_chat_model: Path, tmp_path: Path
) -> None:
    env = {"PLUME_TOKEN": "", "PLUME_MODEL": str(tiny_chat_model), "PLUME_N_CTX": "512"}
    not_a_folder = tmp_path / "file"
    not_a_folder.write_text("")
    result = CliRunner().invoke(cli, ["serve"], env={**env, "PLUME_DATA_DIR": str(not_a_folder)})
    assert result.exit_code == 3
    assert f"Error: Cannot open the job store in {not_a_folder}" in result.output
    assert "Set PLUME_DATA_DIR to a folder you can write to." in result.output

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        env["PLUME_DATA_DIR"] = str(tmp_path / "data")
        result = CliRunner().invoke(cli, ["serve", "--port", str(port)], env=env)
    assert result.exit_code == 3
    assert f"Error: Cannot listen on 127.0.0.1:{port}: Address already in use." in result.output
    assert "Choose another port with --port" in result.output


def test_plume_serve_through_an_openai_compatible_server(
    tiny_chat_model: Path, tmp_path: Path
) -> None:
    """`plume serve --server URL`: the same jobs, written by llama.cpp's llama-server (started
    here on 127.0.0.1, the only address the guard lets the server process reach)."""
    if not llama_server.binary().is_file():
        require(llama_server.binary(), "llama-server (`make llama-server` builds it)")
    inference = llama_server.start(tiny_chat_model, tmp_path / "llama-server.log", alias="tiny")
    env = {
        **os.environ,
        "PLUME_DATA_DIR": str(tmp_path / "data"),
        "PLUME_TOKEN": "",
        "PLUME_TEMPERATURE": "0",
        "PLUME_MAX_ROUNDS": "0",
        "PLUME_PLAN_MAX_TOKENS": "64",
    }
    boot = GUARDED.format(tests=str(REPO / "tests"), allow=[("127.0.0.1", inference.port)])
    command = [sys.executable, "-c", boot, "serve", "--port", "0", "--server", inference.url]
    process = subprocess.Popen(
        command, cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        ready = process.stdout.readline()  # type: ignore[union-attr]
        assert ready.endswith(f"(server: {inference.url}); Ctrl-C stops.\n"), ready
        url = ready.split()[2].rstrip("/")
        job = call("POST", f"{url}/api/rewrite", json_body={"text": ROUEN}).json()
        stream = events(f"{url}/api/jobs/{job['id']}/events", timeout=300)
        done = call("GET", f"{url}/api/jobs/{job['id']}").json()
        assert stream[-1] == ("end", {"status": "rejected"}), done["error"]  # tiny: never passes
        done = call("GET", f"{url}/api/jobs/{job['id']}").json()
        steps = [c["step"] for c in done["report"]["calls"]]
        assert steps == ["plan", "intro", *(f"section:{i}" for i in range(len(steps) - 2))]
        assert done["progress"][1].startswith("plan: ")

        second = call("POST", f"{url}/api/rewrite", json_body={"text": ROUEN}).json()
        wait_for(
            lambda: call("GET", f"{url}/api/jobs/{second['id']}").json()["status"] == "running",
            60,
            "the second job to start",
        )
        assert call("DELETE", f"{url}/api/jobs/{second['id']}").status == 200
        stream = events(f"{url}/api/jobs/{second['id']}/events", timeout=120)
        assert stream[-1] == ("end", {"status": "cancelled"})  # the stream is dropped
    finally:
        process.send_signal(signal.SIGINT)
        _, stderr = process.communicate(timeout=60)
        inference.stop()
    assert process.returncode == 0, stderr
    assert MARK not in stderr

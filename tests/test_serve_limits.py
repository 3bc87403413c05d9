"""`plume serve` against what a tester threw at it (issue 21), on a real uvicorn server on
127.0.0.1 with the scripted model: one text limit for every endpoint that parses text, checked
before any parsing; malformed requests answered with the documented JSON error and never an
exception's text; TCP_NODELAY on every connection; a token of real strength, wrong tokens
throttled per address, a login that expires and a logout; the job store for this user only."""

from __future__ import annotations

import http.client
import json
import os
import socket
import stat
import tempfile
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

import engine.brief.source
import engine.serve.app
from engine.cli import cli
from engine.config import Settings
from engine.errors import InputError
from engine.serve import bind, check_bind, security
from engine.serve.jobs import JobStore
from engine.text import nlp
from tests.scripted import ScriptedByText
from tests.serving import ROUEN, ROUEN_DRAFT, Server, call, multipart, wait_finished

pytestmark = pytest.mark.loopback_only  # this machine's own servers, nothing else

LIMIT = 2_000
TOKEN = "c0ffee-7e57-70ken-for-the-tests"
TOO_LONG_HINT = "Shorten it, or restart the server with a larger PLUME_SERVE_SOURCE_CHARS."
EXCEPTION_WORDS = ("Error", "Traceback", "exception", "Overflow", "Recursion", "line ")


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(
        models_dir=tmp_path,
        data_dir=tmp_path / "data",
        threads=1,
        max_rounds=1,
        serve_source_chars=LIMIT,
    )


@pytest.fixture
def server(settings: Settings):
    running = Server(settings, ScriptedByText)
    yield running
    running.stop()


def text_of(chars: int) -> str:
    """`chars` characters of the Rouen seed's paragraphs, each made unique by a number."""
    paragraphs = [p for p in ROUEN.split("\n\n") if p.strip()]
    parts: list[str] = []
    while sum(len(p) + 2 for p in parts) < chars:
        parts.append(f"{paragraphs[len(parts) % len(paragraphs)]} ({len(parts)})")
    return "\n\n".join(parts)[:chars]


@pytest.fixture
def parsed(monkeypatch) -> list[str]:
    """Every text the source parser or spaCy is given."""
    seen: list[str] = []
    real_source, real_nlp = engine.brief.source.parse_source, nlp.parse

    def source(text, **kwargs):  # noqa: ANN001, ANN003, ANN202
        seen.append(text)
        return real_source(text, **kwargs)

    def spacy(texts):  # noqa: ANN001, ANN202
        seen.extend(texts)
        return real_nlp(texts)

    monkeypatch.setattr(engine.brief.source, "parse_source", source)
    monkeypatch.setattr(nlp, "parse", spacy)
    return seen


# --- 1. one text limit, checked before parsing ------------------------------------------


@pytest.mark.parametrize(
    ("path", "field", "extra"),
    [
        ("/api/brief", "text", {}),
        ("/api/rewrite", "text", {}),
        ("/api/check", "article", {}),
        ("/api/check", "source", {"article": ROUEN_DRAFT.body_markdown()[:LIMIT]}),
    ],
)
def test_every_endpoint_that_parses_text_shares_one_limit_checked_before_parsing(
    server: Server, parsed: list[str], path: str, field: str, extra: dict
) -> None:
    over = text_of(LIMIT + 1)
    assert len(over) == LIMIT + 1
    answer = call("POST", server.url + path, json_body={**extra, field: over})
    label = "The source" if field == "source" else "The article"
    assert answer.status == 422, answer.body
    assert answer.json() == {
        "message": f"{label} has 2,001 characters; this server takes 2,000 at most.",
        "hint": TOO_LONG_HINT,
    }
    assert over not in parsed  # refused before the parser or spaCy read a line of it
    assert all(len(text) <= LIMIT for text in parsed)
    at_limit = call("POST", server.url + path, json_body={**extra, field: text_of(LIMIT)})
    assert at_limit.status in (200, 202), at_limit.body
    jobs = call("GET", f"{server.url}/api/jobs").json()
    assert len(jobs) == (1 if path == "/api/rewrite" else 0)  # the one at the limit


def test_an_upload_and_an_html_page_are_measured_by_their_text(server: Server) -> None:
    body, kind = multipart({}, {"file": ("long.txt", text_of(LIMIT + 500).encode())})
    upload = call("POST", f"{server.url}/api/brief", data=body, headers={"Content-Type": kind})
    assert upload.status == 422
    assert upload.json()["message"] == (
        "The article long.txt has 2,500 characters; this server takes 2,000 at most."
    )
    # A page whose markup is far over the limit and whose text is under it is read.
    script = "<script>" + "var x = 1;" * 1_000 + "</script>"
    paragraphs = "".join(f"<p>{p}</p>" for p in ROUEN.split("\n\n")[1:3])
    page = f"<html><head>{script}</head><body><h1>Pont Mathilde</h1>{paragraphs}</body></html>"
    assert len(page) > 5 * LIMIT
    answer = call("POST", f"{server.url}/api/brief", json_body={"text": page, "name": "a.html"})
    assert answer.status == 200, answer.body
    assert answer.json()["title"] == "Pont Mathilde"


def test_a_loop_of_requests_over_the_limit_leaves_the_server_serving(server: Server) -> None:
    """The probe's case, bounded: 30 requests over the limit on the parsing endpoints, then
    the server still answers a normal one."""
    over = text_of(LIMIT * 20)
    for n in range(30):
        path, field = [("/api/brief", "text"), ("/api/check", "article")][n % 2]
        answer = call("POST", server.url + path, json_body={field: over})
        assert answer.status == 422
    assert call("POST", f"{server.url}/api/brief", json_body={"text": ROUEN}).status == 200


# --- 5. malformed requests -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "status", "message"),
    [
        ('{"text": ' + "[" * 1_000 + "]" * 1_000 + "}", 400, None),
        ("[" * 100_000 + "]" * 100_000, 400, "The body's JSON is nested too deeply."),
        ('{"text": "x", "min_words": ' + "7" * 5_000 + "}", 400,
         "The body holds a number too long to read."),
        ('{"min_words": 1e400, "text": "x"}', 422, "min_words=inf is not a whole number."),
        ('{"min_words": 700.9, "text": "x"}', 422, "min_words=700.9 is not a whole number."),
        ('{"min_words": 700.0, "text": "x"}', 422, "min_words=700.0 is not a whole number."),
        ('{"min_words": true, "text": "x"}', 422, "min_words=True is not a whole number."),
        ('{"min_words": NaN, "text": "x"}', 422, "min_words=nan is not a whole number."),
        ('{"min_words": "\\u0667\\u0660\\u0660", "text": "x"}', 422,
         "min_words='٧٠٠' is not a whole number."),
        ('{"min_words": "\\uff17\\uff10\\uff10", "text": "x"}', 422,
         "min_words='７００' is not a whole number."),
        ('{"min_words": [700], "text": "x"}', 422, "min_words=[700] is not a whole number."),
        ('{"min_words": ' + "9" * 4_000 + ', "text": "x"}', 422,
         "Setting min_words=" + "9" * 20 + "… (4000 digits) is out of range."),
    ],
)  # fmt: skip
@pytest.mark.parametrize("path", ["/api/rewrite", "/api/check", "/api/brief"])
def test_malformed_requests_get_the_documented_error_and_never_an_exceptions_text(
    server: Server, raw: str, status: int, message: str | None, path: str
) -> None:
    if path == "/api/check":
        raw = raw.replace('"text"', '"article"')
    answer = call(
        "POST", server.url + path, data=raw.encode(), headers={"Content-Type": "application/json"}
    )
    assert answer.status == status, answer.body
    if status == 200:
        return
    error = answer.json()
    assert set(error) == {"message", "hint"} and error["hint"]
    if message is not None:
        assert error["message"] == message
    assert not any(word in error["message"] for word in EXCEPTION_WORDS), error
    assert call("GET", f"{server.url}/api/jobs").json() == []


def test_a_whole_number_is_taken_from_json_or_a_form(server: Server) -> None:
    job = call("POST", f"{server.url}/api/rewrite", json_body={"text": ROUEN, "min_words": 750})
    assert job.status == 202 and job.json()["options"]["min_words"] == 750
    body, kind = multipart({"min_words": " 800 ", "text": ROUEN}, {})
    form = call("POST", f"{server.url}/api/rewrite", data=body, headers={"Content-Type": kind})
    assert form.status == 202 and form.json()["options"]["min_words"] == 800
    body, kind = multipart({"min_words": "٧٠٠", "text": ROUEN}, {})
    arabic = call("POST", f"{server.url}/api/rewrite", data=body, headers={"Content-Type": kind})
    assert arabic.status == 422
    assert arabic.json()["message"] == "min_words='٧٠٠' is not a whole number."


def test_a_bug_answers_500_with_a_reference_never_the_exceptions_text(
    server: Server, monkeypatch, tmp_path: Path
) -> None:
    def broken(*args: object) -> dict:
        raise ValueError("secret detail of the bug")

    monkeypatch.setattr(engine.serve.app, "_brief", broken)
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    answer = call("POST", f"{server.url}/api/brief", json_body={"text": ROUEN})
    assert answer.status == 500
    error = answer.json()
    assert error["message"].startswith("Internal error (reference ")
    assert error["message"].endswith("): a bug in Plume, not in your request.")
    assert "secret" not in answer.body.decode() and "ValueError" not in answer.body.decode()
    [trace] = tmp_path.glob("plume-crash-*.txt")  # the details go to the server's side only
    assert "ValueError: secret detail of the bug" in trace.read_text(encoding="utf-8")


def test_a_bug_in_a_job_fails_it_without_the_exceptions_text(settings: Settings) -> None:
    class Buggy(ScriptedByText):
        def generate(self, messages, **kwargs):  # noqa: ANN001, ANN003, ANN201
            raise ValueError("secret detail of the bug")

    server = Server(settings, Buggy)
    try:
        job = call("POST", f"{server.url}/api/rewrite", json_body={"text": ROUEN}).json()
        done = wait_finished(server, job["id"])
        assert done["status"] == "failed"
        assert done["error"]["message"] == (
            f"Internal error in job {job['id']}: a bug in Plume, not in the article."
        )
        assert "secret" not in json.dumps(done)
        assert call("GET", f"{server.url}/api/status").status == 200  # the worker lives on
    finally:
        server.stop()


@pytest.mark.parametrize("value", ["nan", "NaN", "inf", "-inf"])
def test_a_float_setting_that_is_not_a_number_is_refused(value: str, tmp_path: Path) -> None:
    with pytest.raises(InputError) as refused:
        Settings.from_env({"PLUME_TEMPERATURE": value})
    assert refused.value.message == (
        f"Setting temperature={float(value)} is not a number Plume can use."
    )
    assert refused.value.hint == "Use a value between 0.0 and 2.0."  # an API answer's too
    assert refused.value.cli == "(Its flag, or the environment variable PLUME_TEMPERATURE.)"
    result = CliRunner().invoke(
        cli, ["rewrite", str(tmp_path / "none.txt")], env={"PLUME_TEMPERATURE": value}
    )
    assert result.exit_code == 2
    assert "Setting temperature=" in result.output and "Traceback" not in result.output
    assert "PLUME_TEMPERATURE" in result.output


# --- 3. TCP_NODELAY ------------------------------------------------------------------------


def test_every_connection_is_tcp_nodelay(server: Server) -> None:
    """Without it, a kept-alive connection waits about 40 ms per answer (Nagle's algorithm
    against delayed ACKs); asyncio sets it only on sockets created as TCP by name."""
    conn = http.client.HTTPConnection(server.url.removeprefix("http://"), timeout=10)
    try:
        for _ in range(3):  # back to back on one kept-alive connection
            conn.request("GET", "/api/status")
            answer = conn.getresponse()
            assert answer.status == 200 and answer.getheader("connection") != "close"
            answer.read()
        connections = server.server.server_state.connections
        assert len(connections) == 1
        transport = next(iter(connections)).transport
        sock = transport.get_extra_info("socket")
        assert sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY) != 0
    finally:
        conn.close()
    listening = bind("127.0.0.1", 0)
    try:
        assert listening.proto == socket.IPPROTO_TCP
        assert listening.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY) != 0
    finally:
        listening.close()


# --- 4. tokens: strength, throttling, login expiry, logout ---------------------------------


@pytest.mark.parametrize(
    ("token", "why"),
    [
        (" ", "it has 1 characters; 16 at least are needed"),
        ("short-secret", "it has 12 characters; 16 at least are needed"),
        ("correct horse battery staple", "it holds spaces or control characters"),
        ("a" * 40, "it uses 1 different characters; 8 at least"),
        ("abababababababab", "it uses 2 different characters; 8 at least"),
    ],
)
def test_a_weak_token_is_refused(token: str, why: str, tmp_path: Path) -> None:
    for host in ("0.0.0.0", "127.0.0.1"):
        with pytest.raises(InputError) as refused:
            check_bind(host, token)
        assert refused.value.message == f"PLUME_TOKEN is too weak to guard the server: {why}."
        assert "16 characters or more" in (refused.value.hint or "")
    result = CliRunner().invoke(
        cli,
        ["serve", "--host", "0.0.0.0"],
        env={"PLUME_TOKEN": token, "PLUME_DATA_DIR": str(tmp_path)},
    )
    assert result.exit_code == 2
    assert f"Error: PLUME_TOKEN is too weak to guard the server: {why}." in result.output
    check_bind("0.0.0.0", TOKEN)  # a real one passes


def get(url: str, path: str, source: str = "127.0.0.1", **headers: str) -> http.client.HTTPResponse:
    """One request from the local address `source` (127.0.0.0/8: other clients)."""
    host, port = url.removeprefix("http://").split(":")
    conn = http.client.HTTPConnection(host, int(port), timeout=10, source_address=(source, 0))
    conn.request("GET", path, headers=headers)
    answer = conn.getresponse()
    answer.read()
    conn.close()
    return answer


def test_wrong_tokens_are_throttled_per_address(settings: Settings) -> None:
    server = Server(settings, ScriptedByText, token=TOKEN)
    try:
        wrong = {"Authorization": "Bearer not-the-token-at-all"}
        right = {"Authorization": f"Bearer {TOKEN}"}
        for _ in range(5):
            assert get(server.url, "/api/jobs", **wrong).status == 401
        throttled = get(server.url, "/api/jobs", **wrong)
        assert throttled.status == 429 and throttled.getheader("retry-after") == "1"
        body = json.loads(call("GET", f"{server.url}/api/jobs", headers=wrong).body)
        assert body["message"].startswith("Too many wrong tokens from this address: try again")
        # While it waits, even the right token is not compared (guessing gains nothing)...
        assert get(server.url, "/api/jobs", **right).status == 429
        # ...and another address is not held up.
        assert get(server.url, "/api/jobs", source="127.0.0.2", **right).status == 200
        time.sleep(1.1)
        assert get(server.url, "/api/jobs", **wrong).status == 401  # the 6th: now waits 2 s
        late = get(server.url, "/api/jobs", **right)
        assert late.status == 429 and late.getheader("retry-after") == "2"
        time.sleep(2.1)
        assert get(server.url, "/api/jobs", **right).status == 200  # a success clears it
        for _ in range(5):
            assert get(server.url, "/api/jobs", **wrong).status == 401
    finally:
        server.stop()


def test_throttle_doubles_the_wait_up_to_five_minutes() -> None:
    now = [1000.0]
    throttle = security.Throttle(clock=lambda: now[0])
    waits = []
    for _ in range(20):
        throttle.failed("10.0.0.1")
        waits.append(throttle.wait_s("10.0.0.1"))
    assert waits[:4] == [0.0] * 4
    assert waits[4:11] == [1.0, 2.0, 4.0, 8.0, 16.0, 32.0, 64.0]
    assert waits[-1] == 300.0
    assert throttle.wait_s("10.0.0.2") == 0.0
    now[0] += 300
    assert throttle.wait_s("10.0.0.1") == 0.0
    throttle.succeeded("10.0.0.1")
    throttle.failed("10.0.0.1")
    assert throttle.wait_s("10.0.0.1") == 0.0


def login_form(url: str, token: str, source: str = "127.0.0.1") -> http.client.HTTPResponse:
    host, port = url.removeprefix("http://").split(":")
    csrf = "a-csrf-token-of-the-browser-0123"
    conn = http.client.HTTPConnection(host, int(port), timeout=10, source_address=(source, 0))
    conn.request(
        "POST",
        "/login",
        body=f"token={token}&csrf={csrf}",
        headers={
            "Content-Type": "application/x-www-form-urlencoded",
            "Cookie": f"plume_csrf={csrf}",
            "Origin": url,
        },
    )
    answer = conn.getresponse()
    answer.read()
    conn.close()
    return answer


def test_login_is_throttled_expires_and_logs_out(settings: Settings) -> None:
    server = Server(settings, ScriptedByText, token=TOKEN)
    try:
        for _ in range(5):
            assert login_form(server.url, "wrong-token-guess").status == 401
        assert login_form(server.url, TOKEN).status == 429
        ok = login_form(server.url, TOKEN, source="127.0.0.3")
        assert ok.status == 303
        cookie = ok.getheader("set-cookie")
        assert "Max-Age=43200" in cookie and "HttpOnly" in cookie and TOKEN not in cookie
        session = cookie.split(";")[0]
        csrf = "a-csrf-token-of-the-browser-0123"
        browser = {"Cookie": f"{session}; plume_csrf={csrf}"}
        page = call("GET", f"{server.url}/", headers=browser)
        assert page.status == 200 and b'action="/logout"' in page.body
        out = call(
            "POST",
            f"{server.url}/logout",
            data=f"csrf={csrf}".encode(),
            headers={**browser, "Content-Type": "application/x-www-form-urlencoded",
                     "Origin": server.url},
            follow=False,
        )  # fmt: skip
        assert out.status == 303 and out.headers["location"] == "/login"
        assert 'plume_session=""' in out.headers["set-cookie"]
        # The cookie is dead on the server too, not only deleted by the browser.
        again = call("GET", f"{server.url}/api/jobs", headers=browser)
        assert again.status == 401
    finally:
        server.stop()


def test_a_login_cookie_expires_and_cannot_be_forged() -> None:
    now = [1_000_000.0]
    sessions = security.Sessions(TOKEN, 3600, clock=lambda: now[0])
    cookie = sessions.new()
    assert sessions.valid(cookie)
    expiry, nonce, signature = cookie.split(".")
    assert not sessions.valid(f"{int(expiry) + 10_000}.{nonce}.{signature}")  # a longer life
    assert not sessions.valid(f"{expiry}.{nonce}.{'0' * 64}")
    assert not security.Sessions("another-token-of-16-chars", 3600).valid(cookie)
    assert not sessions.valid("") and not sessions.valid(None) and not sessions.valid("a.b.c")
    now[0] += 3599
    assert sessions.valid(cookie)
    now[0] += 2
    assert not sessions.valid(cookie)
    other = sessions.new()
    sessions.revoke(other)
    assert not sessions.valid(other)


# --- 9. the job store is this user's only ---------------------------------------------------


def test_the_job_store_is_private(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        folder = tmp_path / "data"
        store = JobStore(folder / "jobs.sqlite3")
        store.add("a", "txt", "an unpublished article", {})
        files = sorted(p.name for p in folder.iterdir())
        assert files == ["jobs.sqlite3", "jobs.sqlite3-shm", "jobs.sqlite3-wal"]
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700
        for name in files:
            assert stat.S_IMODE((folder / name).stat().st_mode) == 0o600, name
        store.close()

        # A store made before (0755, 0644) is closed to others when the server opens it.
        folder.chmod(0o755)
        (folder / "jobs.sqlite3").chmod(0o644)
        JobStore(folder / "jobs.sqlite3").close()
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700
        assert stat.S_IMODE((folder / "jobs.sqlite3").stat().st_mode) == 0o600

        # A shared folder (sticky, like /tmp) is left as it is; the database is still 0600.
        shared = tmp_path / "shared"
        shared.mkdir()
        shared.chmod(0o1777)
        JobStore(shared / "jobs.sqlite3").close()
        assert stat.S_IMODE(shared.stat().st_mode) == 0o1777
        assert stat.S_IMODE((shared / "jobs.sqlite3").stat().st_mode) == 0o600
    finally:
        os.umask(old)

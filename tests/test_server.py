"""Plume on a real inference server: llama.cpp's `llama-server` started here on 127.0.0.1 with
the tiny chat model, reached through HTTP (never a mock). At temperature 0 the rewrite is exact
(a golden file); the server's prefix cache shows in the report; `--parallel 3` writes the same
files as one at a time; faults (unreachable, 5xx, timeouts, dropped streams, 4xx, answers that
are not JSON, the server killed mid-batch) end as the design says. The tiny model cannot pass
the gate, so articles end rejected and `--keep-rejected` writes their drafts: the files compared.
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from engine.config import Settings
from engine.llm import open_backend
from engine.llm.local import load_generator
from scripts import llama_server
from tests.netguard import GUARDED, MARK, run_guarded

REPO = Path(__file__).resolve().parent.parent
GOLDEN = REPO / "tests" / "data" / "server"

ARTICLES = {
    "pont.txt": """Rouen : le pont Mathilde rouvre à la circulation

Le pont Mathilde de Rouen a rouvert lundi 5 novembre après deux ans de travaux, a annoncé la
préfecture. « Le chantier est terminé », a déclaré le préfet devant la presse.

Près de 80 000 véhicules empruntaient chaque jour cet ouvrage avant l'incendie de 2012.
""",
    "otan.txt": """L'OTAN veut renforcer la sécurité de son voisinage sud

Les ministres de l'OTAN réunis à Bruxelles ont adopté mardi un rapport sur le voisinage sud de
l'alliance, de l'Afrique au Moyen-Orient, a indiqué Jens Stoltenberg.

Le rapport propose un dialogue plus étroit avec les pays partenaires avant le sommet de juillet.
""",
    "emploi.txt": """Le chômage recule en France au deuxième trimestre

Le nombre de demandeurs d'emploi a baissé de 1,2 % au deuxième trimestre, selon les chiffres
publiés jeudi par le ministère du Travail.

Les jeunes de moins de 25 ans profitent le plus de cette baisse, note le rapport.
""",
}
# Every call at temperature 0, a short article, no repair round: exact and quick.
ENV = {
    "PLUME_TEMPERATURE": "0",
    "PLUME_MAX_ROUNDS": "0",
    "PLUME_MIN_WORDS": "100",
    "PLUME_PLAN_MAX_TOKENS": "64",
    "PLUME_SERVER_RETRIES": "2",
    "PLUME_SERVER_BACKOFF": "0.05",
    "PLUME_THREADS": "1",
}


def require_binary() -> None:
    path = llama_server.binary()
    if not path.is_file():
        message = f"llama-server not built at {path}: run `make llama-server`"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)


@pytest.fixture(scope="module")
def server(tiny_chat_model: Path, tmp_path_factory: pytest.TempPathFactory):
    """One llama-server with three slots for the module (each test's prompts differ)."""
    require_binary()
    log = tmp_path_factory.mktemp("llama-server") / "server.log"
    running = llama_server.start(tiny_chat_model, log, slots=3, alias="tiny-chat")
    yield running
    running.stop()


def inbox(folder: Path, names: tuple[str, ...] = tuple(ARTICLES)) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name in names:
        (folder / name).write_text(ARTICLES[name], encoding="utf-8")
    return folder


def plume(*args: str, url: str, port: int | None = None, extra_env: dict | None = None):
    """`plume ARGS` in a subprocess under the network guard, which lets only `port` through."""
    env = {**os.environ, **ENV, **(extra_env or {})}
    allow = [("127.0.0.1", port)] if port else []
    return run_guarded([*args, "--server", url], env=env, allow=allow, timeout=600)


def without_date(text: str) -> str:
    return re.sub(r"(?m)^generated: .*\n", "", text)


def files(folder: Path) -> dict[str, str]:
    """Every file of `folder` (none may be a temp file), the date line dropped."""
    found = {}
    for path in sorted(folder.iterdir()):
        assert not path.name.startswith("."), path.name
        found[path.name] = without_date(path.read_text(encoding="utf-8"))
    return found


def test_one_rewrite_through_http_is_exact_and_reuses_the_servers_cache(
    server: llama_server.Server, tmp_path: Path
) -> None:
    source = inbox(tmp_path / "in", ("pont.txt",)) / "pont.txt"
    out = tmp_path / "out"
    done = plume(
        "rewrite", str(source), "-o", f"{out}/", "--keep-rejected",
        url=server.url, port=server.port,
    )  # fmt: skip
    assert MARK not in done.stderr and "Traceback" not in done.stderr, done.stderr
    assert done.returncode == 1, done.stderr  # the tiny model's text cannot pass the gate
    assert f"server: {server.url}\n" in done.stderr
    draft = without_date((out / "pont.rejected.md").read_text(encoding="utf-8"))
    golden = GOLDEN / "pont.rejected.md"
    if os.environ.get("PLUME_UPDATE_GOLDEN"):
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(draft, encoding="utf-8")
    assert draft == golden.read_text(encoding="utf-8")
    assert '\nmodel: "tiny-chat"\n' in draft  # the server's model id
    report = json.loads((out / "pont.report.json").read_text(encoding="utf-8"))
    calls = report["calls"]
    assert [c["step"] for c in calls[:2]] == ["plan", "intro"]
    assert all(c["prompt_tokens"] > 0 and c["generated_tokens"] > 0 for c in calls)
    # Every call shares the system message: the server evaluates only each prompt's tail.
    assert all(c["cached_tokens"] > 0 for c in calls[1:]), calls
    for call in calls:
        assert call["prompt_evaluated"] == call["prompt_tokens"] - call["cached_tokens"]


def test_the_server_samples_as_the_in_process_model_does(
    server: llama_server.Server, tiny_chat_model: Path
) -> None:
    """Same model, same messages, temperature 0: llama-server writes what llama.cpp in-process
    writes — Plume passes its sampling (top-k first, then the repeat penalty, no min-p) and
    its stop strings through. (A whole rewrite may still part ways: each side evaluates the
    cached prompts' tails in its own batches, and the tiny model's logits nearly tie.)"""
    messages = [
        {"role": "system", "content": "Réécris l'article sur l'OTAN et la sécurité du sud."},
        {"role": "user", "content": "TÂCHE : le chapeau. Rédige-le."},
    ]
    for penalty, stop in ((1.1, ()), (1.0, ()), (1.1, (" voisin",))):
        settings = Settings(
            server=server.url, temperature=0.0, repeat_penalty=penalty, n_ctx=1024, threads=1
        )
        backend = open_backend(settings)
        remote = backend.load().generate(messages, max_tokens=48, stop=stop)
        local = load_generator(tiny_chat_model, settings).generate(
            messages, max_tokens=48, stop=stop
        )
        assert remote.text == local.text, (penalty, stop)
        assert remote.timings.prompt_tokens == local.timings.prompt_tokens  # one template
        backend.close()
    assert remote.stop_reason == "stop" and remote.text.endswith("avrilb")


def test_parallel_three_writes_the_same_files_as_one_at_a_time(
    server: llama_server.Server, tmp_path: Path
) -> None:
    folder = inbox(tmp_path / "in")
    runs = {}
    for n in ("1", "3"):
        out = tmp_path / f"out-{n}"
        done = plume(
            "rewrite", str(folder), "-o", str(out), "--keep-rejected", "--parallel", n,
            url=server.url, port=server.port,
        )  # fmt: skip
        assert done.returncode == 1 and "Traceback" not in done.stderr, done.stderr
        assert "0 passed, 3 rejected, 0 errors, 0 skipped" in done.stderr
        runs[n] = done.stderr
        drafts = {k: v for k, v in files(out).items() if k.endswith(".md")}
        assert sorted(drafts) == ["emploi.rejected.md", "otan.rejected.md", "pont.rejected.md"]
        runs[n] = drafts
    assert runs["3"] == runs["1"]


def test_an_unreachable_server_is_exit_3_naming_the_url(tmp_path: Path) -> None:
    port = llama_server.free_port()  # nothing listens there
    url = f"http://127.0.0.1:{port}"
    source = inbox(tmp_path / "in", ("pont.txt",)) / "pont.txt"
    done = plume("rewrite", str(source), "-o", f"{tmp_path}/out/", url=url, port=port)
    assert done.returncode == 3, done.stderr
    assert f"Error: Cannot reach the server at {url}: connection failed" in done.stderr
    assert "Check that the server is running and listening there" in done.stderr
    assert "Traceback" not in done.stderr and MARK not in done.stderr
    assert not (tmp_path / "out").exists()


def test_a_url_that_is_not_http_is_exit_2(tmp_path: Path) -> None:
    source = inbox(tmp_path / "in", ("pont.txt",)) / "pont.txt"
    done = plume("rewrite", str(source), url="127.0.0.1:8080")
    assert done.returncode == 2, done.stderr
    assert "--server '127.0.0.1:8080' is not an http(s) URL." in done.stderr


@pytest.fixture
def proxy(server: llama_server.Server, request: pytest.FixtureRequest):
    """tests/fault_proxy.py in front of the server, with the test's fault rules."""
    port = llama_server.free_port()
    rules = json.dumps(request.param)
    command = [sys.executable, "-m", "tests.fault_proxy", str(port), server.url, rules]
    process = subprocess.Popen(command, cwd=REPO, stdout=subprocess.PIPE, text=True)
    assert process.stdout.readline().strip() == "ready"
    yield port
    process.kill()
    process.wait(timeout=30)
    process.stdout.close()


FAULTS = [
    {"match": "Stoltenberg", "fault": "503", "times": -1},  # always busy: fails after retries
    {"match": "Mathilde", "fault": "503", "times": 1},  # busy once: a retry succeeds
    {"match": "demandeurs", "fault": "html", "times": -1},  # a gateway's page, not the API
]


@pytest.mark.parametrize("proxy", [FAULTS], indirect=True)
def test_faults_fail_their_article_and_the_others_go_on(
    server: llama_server.Server, proxy: int, tmp_path: Path
) -> None:
    folder = inbox(tmp_path / "in")
    out = tmp_path / "out"
    url = f"http://127.0.0.1:{proxy}"
    args = ("rewrite", str(folder), "-o", str(out), "--keep-rejected", "--parallel", "3")
    done = plume(*args, url=url, port=proxy)
    assert done.returncode == 3, done.stderr
    assert "Traceback" not in done.stderr and MARK not in done.stderr
    assert "0 passed, 1 rejected, 2 errors, 0 skipped" in done.stderr
    errors = done.stderr.split(" skipped\n", 1)[1]
    assert (
        f"  {folder / 'emploi.txt'}: The server at {url} answered something that is not the "
        "API's JSON (not an event stream: '<html><body>Gateway says hello</body></html>')."
    ) in errors
    assert (
        f"  {folder / 'otan.txt'}: The server at {url} failed 3 time(s) on this article: "
        "HTTP 503: Loading model."
    ) in errors
    assert "server: HTTP 503: Loading model; trying again in 0.05 s." in done.stderr
    assert sorted(files(out)) == ["pont.rejected.md", "pont.report.json"]  # retried, finished


@pytest.mark.parametrize(
    "proxy",
    [[{"match": "Mathilde", "fault": "hang", "times": -1},
      {"match": "Stoltenberg", "fault": "drop", "times": -1}]],
    indirect=True,
)  # fmt: skip
def test_timeouts_and_dropped_streams_are_retried_then_fail_the_article(
    server: llama_server.Server, proxy: int, tmp_path: Path
) -> None:
    folder = inbox(tmp_path / "in")
    out = tmp_path / "out"
    url = f"http://127.0.0.1:{proxy}"
    args = ("rewrite", str(folder), "-o", str(out), "--keep-rejected", "--parallel", "2")
    done = plume(*args, url=url, port=proxy, extra_env={"PLUME_SERVER_TIMEOUT": "1"})
    assert done.returncode == 3, done.stderr
    assert "0 passed, 1 rejected, 2 errors, 0 skipped" in done.stderr
    errors = done.stderr.split(" skipped\n", 1)[1]
    assert (
        f"  {folder / 'pont.txt'}: The server at {url} failed 3 time(s) on this article: "
        "no answer within 1 s."
    ) in errors
    assert (
        f"  {folder / 'otan.txt'}: The server at {url} failed 3 time(s) on this article: "
        "the answer stopped before its end."
    ) in errors
    assert sorted(files(out)) == ["emploi.rejected.md", "emploi.report.json"]


@pytest.mark.parametrize(
    "proxy", [[{"match": "Mathilde", "fault": "404", "times": -1}]], indirect=True
)
def test_an_unknown_model_fails_the_article_at_once_with_the_servers_message(
    server: llama_server.Server, proxy: int, tmp_path: Path
) -> None:
    source = inbox(tmp_path / "in", ("pont.txt",)) / "pont.txt"
    url = f"http://127.0.0.1:{proxy}"
    args = ("rewrite", str(source), "-o", f"{tmp_path}/out/", "--server-model", "qwen-7b")
    done = plume(*args, url=url, port=proxy)
    assert done.returncode == 3, done.stderr
    assert "Traceback" not in done.stderr and MARK not in done.stderr
    assert f"The server at {url} does not list qwen-7b (it lists: tiny-chat)." in done.stderr
    assert (
        f"{source}: The server at {url} refused a request of this article "
        "(HTTP 404: The model `qwen-7b` does not exist.)."
    ) in done.stderr
    assert "trying again" not in done.stderr  # a 4xx is not retried
    assert not (tmp_path / "out").exists()


def test_a_prompt_too_long_for_the_server_fails_that_article_with_its_message(
    server: llama_server.Server, tmp_path: Path
) -> None:
    folder = inbox(tmp_path / "in", ("pont.txt",))
    paragraph = ARTICLES["otan.txt"].split("\n\n", 1)[1]
    (folder / "long.txt").write_text("Un long article\n\n" + paragraph * 60, encoding="utf-8")
    out = tmp_path / "out"
    done = plume("rewrite", str(folder), "-o", str(out), url=server.url, port=server.port)
    assert done.returncode == 3, done.stderr
    assert "0 passed, 1 rejected, 1 errors, 0 skipped" in done.stderr
    assert (
        f"  {folder / 'long.txt'}: The server at {server.url} refused a request of this "
        "article (HTTP 400: request (" in done.stderr
    )
    assert "exceeds the available context size" in done.stderr
    assert "→ A prompt too long for the server's context needs a larger context" in done.stderr


def test_server_killed_mid_batch_fails_the_rest_and_leaves_nothing_half_written(
    tiny_chat_model: Path, tmp_path: Path
) -> None:
    require_binary()
    killed = llama_server.start(tiny_chat_model, tmp_path / "server.log", slots=1)
    folder = inbox(tmp_path / "in")
    out = tmp_path / "out"
    boot = GUARDED.format(tests=str(REPO / "tests"), allow=[("127.0.0.1", killed.port)])
    command = [sys.executable, "-c", boot, "rewrite", str(folder), "-o", str(out)]
    command += ["--keep-rejected", "--server", killed.url, "-q"]
    process = subprocess.Popen(
        command, cwd=REPO, env={**os.environ, **ENV}, stderr=subprocess.PIPE, text=True
    )
    try:
        deadline = time.monotonic() + 300
        while not (out.is_dir() and any(p.suffix == ".json" for p in out.iterdir())):
            assert process.poll() is None, process.stderr.read()
            assert time.monotonic() < deadline, "no article finished in 300 s"
            time.sleep(0.05)
        killed.process.send_signal(signal.SIGKILL)
        _, stderr = process.communicate(timeout=300)
    finally:
        killed.stop()
        if process.poll() is None:
            process.kill()
    assert process.returncode == 3, stderr
    assert "Traceback" not in stderr and MARK not in stderr
    assert "1 rejected, 2 errors, 0 skipped" in stderr
    assert stderr.count(f"The server at {killed.url} failed 3 time(s) on this article") == 2
    written = files(out)  # whole files only: no temp file, every report is complete JSON
    assert sorted(written) == ["emploi.rejected.md", "emploi.report.json"]
    assert json.loads(written["emploi.report.json"])["passed"] is False

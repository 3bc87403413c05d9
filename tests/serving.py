"""A real `plume serve` for tests: uvicorn on 127.0.0.1 (a free port) in a thread, with a
scripted generator, and a small HTTP client (urllib) that reads JSON and server-sent events.
"""

from __future__ import annotations

import json
import threading
import time
import urllib.error
import urllib.request
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import uvicorn

from engine.config import Settings
from engine.serve import bind
from engine.serve.app import create_app
from tests.scripted import ScriptedByText, ScriptedGenerator

DATA = Path(__file__).parent / "data"
ROUEN = (DATA / "seeds" / "wikinews-22-seed.txt").read_text(encoding="utf-8")
ROUEN_DRAFT = ScriptedGenerator("wikinews-22").article
NO_PROXY = urllib.request.ProxyHandler({})  # a proxy from the environment must not be asked


class Server:
    """`plume serve`'s app on a real socket; `stop()` is a server shutdown (the worker stops
    at its next model call or token; a running job stays running until the next start)."""

    def __init__(
        self, settings: Settings, load: Callable, token: str | None = None, loopback: bool = True
    ) -> None:
        self.loads = 0

        def counted():  # noqa: ANN202
            self.loads += 1
            return load()

        sock = bind("127.0.0.1", 0)
        self.url = f"http://127.0.0.1:{sock.getsockname()[1]}"
        self.app = create_app(settings, counted, token=token, loopback=loopback)
        config = uvicorn.Config(self.app, log_level="warning", timeout_graceful_shutdown=1)
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(
            target=self.server.run, kwargs={"sockets": [sock]}, daemon=True
        )
        self.thread.start()
        wait_for(lambda: self.server.started, 20, "the server to start")

    @property
    def worker(self):  # noqa: ANN201
        return self.app.app.state.worker

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(20)
        assert not self.thread.is_alive(), "the server did not stop"


@dataclass
class Answer:
    status: int
    headers: dict[str, str]
    body: bytes

    def json(self):  # noqa: ANN201
        return json.loads(self.body)


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):  # noqa: ANN002, ANN003, ANN201
        return None


def call(
    method: str,
    url: str,
    *,
    json_body: object = None,
    data: object = None,
    headers: dict[str, str] | None = None,
    timeout: float = 30,
    follow: bool = True,
) -> Answer:
    """One request; any status comes back as an Answer (redirects followed unless not)."""
    headers = dict(headers or {})
    if json_body is not None:
        data = json.dumps(json_body).encode()
        headers.setdefault("Content-Type", "application/json")
    request = urllib.request.Request(url, data=data, method=method, headers=headers)
    handlers = [NO_PROXY] + ([] if follow else [_NoRedirect()])
    opener = urllib.request.build_opener(*handlers)
    try:
        with opener.open(request, timeout=timeout) as response:
            return Answer(response.status, dict(response.headers), response.read())
    except urllib.error.HTTPError as error:
        return Answer(error.code, dict(error.headers), error.read())


def multipart(fields: dict[str, str], files: dict[str, tuple[str, bytes]]) -> tuple[bytes, str]:
    """A multipart/form-data body and its content type."""
    boundary = uuid.uuid4().hex
    parts = []
    for name, value in fields.items():
        parts.append(
            f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'
            .encode()
        )  # fmt: skip
    for name, (filename, content) in files.items():
        head = (
            f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"; '
            f'filename="{filename}"\r\nContent-Type: application/octet-stream\r\n\r\n'
        )
        parts.append(head.encode() + content + b"\r\n")
    parts.append(f"--{boundary}--\r\n".encode())
    return b"".join(parts), f"multipart/form-data; boundary={boundary}"


def events(url: str, timeout: float = 60) -> list[tuple[str, dict]]:
    """Read a job's server-sent events until `end`: [(event, data)…]."""
    found: list[tuple[str, dict]] = []
    with urllib.request.build_opener(NO_PROXY).open(url, timeout=timeout) as response:
        assert response.headers["Content-Type"].startswith("text/event-stream")
        kind = None
        for raw in response:
            line = raw.decode().rstrip("\n")
            if line.startswith("event: "):
                kind = line[7:]
            elif line.startswith("data: "):
                found.append((kind or "message", json.loads(line[6:])))
                if kind == "end":
                    return found
    return found


def wait_for(condition: Callable[[], object], seconds: float, what: str) -> object:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.05)
    raise AssertionError(f"timed out after {seconds}s waiting for {what}")


def wait_finished(server: Server, job_id: str, seconds: float = 60) -> dict:
    def finished() -> dict | None:
        job = call("GET", f"{server.url}/api/jobs/{job_id}").json()
        return job if job["status"] not in ("queued", "running") else None

    return wait_for(finished, seconds, f"job {job_id} to finish")  # type: ignore[return-value]


@dataclass
class Slow(ScriptedByText):
    """The scripted model, streaming word by word with a pause, so progress and cancelling
    can be watched; `hold` (when set) keeps a call of `hold_step` going until released."""

    pause: float = 0.002
    hold_step: str | None = None
    release: threading.Event = field(default_factory=threading.Event)
    pieces: list[int] = field(default_factory=list)  # pieces streamed, per call

    def __post_init__(self) -> None:
        ScriptedByText.__init__(self)

    def generate(self, messages, **kwargs):  # noqa: ANN001, ANN003, ANN201
        on_text = kwargs.pop("on_text", None)
        result = ScriptedByText.generate(self, messages, **kwargs)
        step = self.requests[-1][0]
        self.pieces.append(0)
        if step == self.hold_step:
            while not self.release.wait(0.02):
                self._emit(on_text, " ")
        for word in result.text.split(" "):
            self._emit(on_text, word + " ")
            time.sleep(self.pause)
        return result

    def _emit(self, on_text, text: str) -> None:  # noqa: ANN001
        self.pieces[-1] += 1
        if on_text is not None:
            on_text(text)


class Failing(ScriptedByText):
    """The scripted model with a fixed answer for one step, at every attempt (or `extra`
    appended to it), so the gate rejects or the page has to show hostile text."""

    def __init__(self, step: str, text: str | None = None, extra: str = "") -> None:
        super().__init__()
        self.step, self.text, self.extra = step, text, extra

    def generate(self, messages, **kwargs):  # noqa: ANN001, ANN003, ANN201
        result = super().generate(messages, **kwargs)
        if self.requests[-1][0] != self.step:
            return result
        text = self.text if self.text is not None else result.text + self.extra
        return type(result)(text, result.stop_reason, result.timings)

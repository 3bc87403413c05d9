"""The `openai` backend: any OpenAI-compatible inference server (llama-server, vLLM, Ollama…).

Plume sends streamed chat completions (`POST /v1/chat/completions`) through httpx; the brief,
the gate and the repair loop stay where Plume runs. Every call of an article starts with the
same system message, so the server's prefix cache (llama-server's `cache_prompt`, vLLM's prefix
caching) evaluates only the new tail; the usage it reports (prompt, completion and cached
tokens, llama-server's `timings`) goes into the report's calls.

Options (from `Settings`): `server` (base URL, with or without `/v1`), `server_model` (else the
server's first model), `server_timeout` (seconds without a byte from the server),
`server_retries` and `server_backoff`; the API key, if the server wants one, comes from the
environment variable PLUME_API_KEY and never enters the settings or the outputs. Requests in
flight: as many connections as articles in flight (`--parallel`).

Faults: a server that cannot be reached when Plume starts is ModelError (exit 3) naming the
URL. During an article, a timeout, a dropped connection or a 5xx is retried with backoff, then
fails that article (ServerError: listed, the others go on); a 4xx fails it at once with the
server's message; a body that is not the API's JSON fails it too.
"""

from __future__ import annotations

import json
import logging
import os
import time
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from engine.config import Settings
from engine.errors import InputError, ModelError, ServerError
from engine.llm import Generation, Message, ModelInfo, OnText, StopReason, Timings, Work

if TYPE_CHECKING:
    import httpx

log = logging.getLogger("plume")

API_KEY_ENV = "PLUME_API_KEY"
PENALTY_LAST_N = 64  # as the in-process sampler (engine.llm.llama.PENALTY_LAST_N)
CONNECT_TIMEOUT = 10.0  # seconds, at most: a server on the network answers a connect at once
START_HINT = (
    "Check that the server is running and listening there (for example: llama-server -m "
    "MODEL.gguf --host 0.0.0.0 --port 8080 -np 4), or fix --server / PLUME_SERVER."
)
RERUN_HINT = (
    "Check the server (its log, its load); run the same command again to do the articles "
    "that failed (the finished ones are skipped)."
)


def base_url(given: str) -> str:
    """`http://host:8080/v1/` → `http://host:8080`; refuses what is not an http(s) URL."""
    url = given.strip().rstrip("/")
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise InputError(
            f"--server {given!r} is not an http(s) URL.",
            "Give the server's base URL, for example --server http://127.0.0.1:8080.",
        )
    return url[: -len("/v1")] if url.endswith("/v1") else url


class OpenAIBackend:
    name = "openai"

    def __init__(self, settings: Settings) -> None:
        if not settings.server:
            raise InputError(
                "The openai backend needs a server.",
                "Pass --server URL (or set PLUME_SERVER), e.g. --server http://127.0.0.1:8080.",
            )
        self.settings = settings
        self.url = base_url(settings.server)
        self.in_flight = 1
        self._generator: ServerGenerator | None = None
        self._info: ModelInfo | None = None

    def where(self) -> str:
        model = f" (model {self.settings.server_model})" if self.settings.server_model else ""
        return f"server: {self.url}{model}"

    def prepare(self, work: Work) -> None:
        self.in_flight = max(self.in_flight, work.parallel)

    def load(self) -> ServerGenerator:
        if self._generator is None:
            import httpx

            settings = self.settings
            key = os.environ.get(API_KEY_ENV)
            client = httpx.Client(
                base_url=self.url,
                headers={"Authorization": f"Bearer {key}"} if key else None,
                timeout=httpx.Timeout(
                    settings.server_timeout,
                    connect=min(CONNECT_TIMEOUT, settings.server_timeout),
                    pool=None,
                ),
                limits=httpx.Limits(
                    max_connections=self.in_flight, max_keepalive_connections=self.in_flight
                ),
                trust_env=False,  # no proxy from the environment: the server is the only peer
            )
            try:
                self._info = self._describe(client)
            except BaseException:
                client.close()
                raise
            self._generator = ServerGenerator(client, self._info.name, self.url, settings)
        return self._generator

    def info(self) -> ModelInfo:
        self.load()
        assert self._info is not None
        return self._info

    def close(self) -> None:
        if self._generator is not None:
            self._generator.client.close()
            self._generator = None

    # --- what the server serves ----------------------------------------------------------

    def _describe(self, client: httpx.Client) -> ModelInfo:
        """The served model (asked for, or the server's first), its context and the build."""
        models = self._get(client, "/v1/models", required=True)
        listed = [m for m in models.get("data", []) if isinstance(m, dict) and "id" in m]
        wanted = self.settings.server_model
        if wanted is None and not listed:
            raise ModelError(
                f"The server at {self.url} lists no model (GET /v1/models).",
                "Start it with a model, or name one with --server-model.",
            )
        name = wanted or str(listed[0]["id"])
        entry = next((m for m in listed if m["id"] == name), {})
        if wanted and listed and not entry:
            ids = ", ".join(str(m["id"]) for m in listed)
            log.warning("The server at %s does not list %s (it lists: %s).", self.url, name, ids)
        props = self._get(client, "/props")  # llama-server
        settings = props.get("default_generation_settings", {})
        context = (
            settings.get("n_ctx")
            or entry.get("max_model_len")  # vLLM
            or entry.get("meta", {}).get("n_ctx_train")  # llama-server: the trained context
        )
        build = props.get("build_info") or self._get(client, "/version").get("version")
        return ModelInfo(
            name,
            backend=self.name,
            context_length=context if isinstance(context, int) else None,
            server=self.url,
            build=str(build) if build else None,
        )

    def _get(self, client: httpx.Client, path: str, required: bool = False) -> dict:
        """GET a JSON object; for an optional endpoint, {} on any failure."""
        import httpx

        try:
            response = client.get(path)
        except httpx.TransportError as exc:
            if not required:
                return {}
            raise ModelError(
                f"Cannot reach the server at {self.url}: {_reason(exc)}.", START_HINT
            ) from None
        if response.status_code in (401, 403) and required:
            raise ModelError(
                f"The server at {self.url} refused Plume (HTTP {response.status_code}): "
                f"{_error_message(response.text)}",
                f"Set {API_KEY_ENV} to the server's API key.",
            )
        if response.status_code != 200:
            if not required:
                return {}
            raise ModelError(
                f"The server at {self.url} answered HTTP {response.status_code} to GET {path}: "
                f"{_error_message(response.text)}",
                "Is it an OpenAI-compatible server? Give its base URL (without /v1).",
            )
        try:
            data = response.json()
        except ValueError:
            data = None
        if not isinstance(data, dict):
            if not required:
                return {}
            raise ModelError(
                f"The server at {self.url} is not an OpenAI-compatible server: GET {path} "
                "did not answer the API's JSON.",
                "Give the base URL of llama-server, vLLM, Ollama or another OpenAI-compatible "
                "server.",
            )
        return data


class Retryable(Exception):
    """A failure worth another try: a timeout, a dropped connection, a 5xx."""


class ServerGenerator:
    """Streamed chat completions. Safe to call from several threads (one request per call)."""

    def __init__(self, client: httpx.Client, model: str, url: str, settings: Settings) -> None:
        self.client = client
        self.name = model
        self.url = url
        self.settings = settings

    def generate(
        self,
        messages: Sequence[Message],
        *,
        max_tokens: int,
        stop: Sequence[str] = (),
        on_text: OnText | None = None,
    ) -> Generation:
        settings = self.settings
        body: dict[str, object] = {
            "model": self.name,
            "messages": [dict(m) for m in messages],
            "max_tokens": max_tokens,
            "stream": True,
            "stream_options": {"include_usage": True},
            "temperature": settings.temperature,
            "top_p": settings.top_p,
            "seed": settings.seed,
            # Beyond OpenAI's API (servers ignore what they don't know): vLLM reads top_k,
            # min_p and repetition_penalty; llama-server those and the rest, and samples in
            # Plume's own order (top-k first, then the repeat penalty over the last 64 tokens),
            # so that at temperature 0 it writes what the in-process model writes.
            "top_k": settings.top_k,
            "min_p": 0.0,
            "repetition_penalty": settings.repeat_penalty,
            "repeat_penalty": settings.repeat_penalty,
            "repeat_last_n": PENALTY_LAST_N,
            "samplers": ["top_k", "penalties", "top_p", "temperature"],
            "cache_prompt": True,
        }
        if stop:
            body["stop"] = list(stop)
        attempts = settings.server_retries + 1
        for attempt in range(attempts):
            try:
                return self._stream(body, on_text)
            except Retryable as exc:
                if attempt + 1 == attempts:
                    raise ServerError(
                        f"The server at {self.url} failed {attempts} time(s) on this article: "
                        f"{exc}.",
                        RERUN_HINT,
                    ) from None
                delay = settings.server_backoff * 2**attempt
                log.warning("server: %s; trying again in %g s.", exc, delay)
                time.sleep(delay)
        raise AssertionError("unreachable")

    def _stream(self, body: dict[str, object], on_text: OnText | None = None) -> Generation:
        import httpx

        started = time.perf_counter()
        first = 0.0
        pieces: list[str] = []
        finish: str | None = None
        usage: dict = {}
        timings: dict = {}
        chunks = 0
        try:
            with self.client.stream("POST", "/v1/chat/completions", json=body) as response:
                if response.status_code != 200:
                    self._refuse(response.status_code, response.read().decode("utf-8", "replace"))
                for chunk in _events(response.iter_lines()):
                    chunks += 1
                    if chunk is DONE:
                        finish = finish or "stop"
                        break
                    if "error" in chunk:
                        error = chunk["error"]
                        code = error.get("code") if isinstance(error, dict) else None
                        self._refuse(code if isinstance(code, int) else 500, json.dumps(chunk))
                    usage = chunk.get("usage") or usage
                    timings = chunk.get("timings") or timings
                    for choice in chunk.get("choices") or ():
                        text = (choice.get("delta") or {}).get("content")
                        if text:
                            first = first or time.perf_counter()
                            pieces.append(text)
                            if on_text is not None:
                                on_text(text)
                        finish = choice.get("finish_reason") or finish
            if not chunks:
                raise ValueError("an empty answer")
            if finish is None:  # neither a finish reason nor [DONE]: the stream was cut
                raise Retryable("the answer stopped before its end")
        except httpx.TimeoutException:
            raise Retryable(f"no answer within {self.settings.server_timeout:g} s") from None
        except httpx.TransportError as exc:
            raise Retryable(_reason(exc)) from None
        except (ValueError, AttributeError, TypeError) as exc:
            raise ServerError(
                f"The server at {self.url} answered something that is not the API's JSON ({exc}).",
                "Check that --server points at an OpenAI-compatible server, not a proxy's page.",
            ) from None
        finished = time.perf_counter()
        text = "".join(pieces)
        prompt = _int(usage.get("prompt_tokens"), timings.get("prompt_n"))
        details = usage.get("prompt_tokens_details") or {}
        cached = _int(details.get("cached_tokens"), timings.get("cache_n"))
        generated = _int(usage.get("completion_tokens"), timings.get("predicted_n"), len(pieces))
        reason: StopReason = "length" if finish == "length" else "stop"
        return Generation(
            text,
            reason,
            Timings(
                prompt_tokens=prompt,
                prompt_evaluated=max(prompt - cached, 0),
                prompt_ms=float(timings.get("prompt_ms") or 0.0),
                generated_tokens=generated,
                eval_tokens=_int(timings.get("predicted_n")),
                eval_ms=float(timings.get("predicted_ms") or 0.0),
                first_token_ms=1000.0 * ((first or finished) - started),
                wall_ms=1000.0 * (finished - started),
            ),
        )

    def _refuse(self, status: int, text: str) -> None:
        message = f"HTTP {status}: {_error_message(text)}"
        if status >= 500 or status == 429:
            raise Retryable(message)
        raise ServerError(
            f"The server at {self.url} refused a request of this article ({message}).",
            "A prompt too long for the server's context needs a larger context (llama-server "
            "-c, vLLM --max-model-len) or a shorter article; an unknown model, --server-model "
            "set to one that `GET /v1/models` lists.",
        )


DONE: dict = {}  # `data: [DONE]`, the stream's end


def _events(lines: Iterator[str]) -> Iterator[dict]:
    """The JSON objects of a server-sent event stream, then DONE if it says `[DONE]`."""
    seen = False
    for line in lines:
        if not line or line.startswith(":"):
            continue
        if not line.startswith("data:"):
            if seen and not line.startswith(("event:", "id:", "retry:")):
                raise ValueError(f"not an event line: {line[:80]!r}")
            if not seen:
                raise ValueError(f"not an event stream: {line[:80]!r}")
            continue
        seen = True
        data = line[5:].strip()
        if data == "[DONE]":
            yield DONE
            return
        chunk = json.loads(data)
        if not isinstance(chunk, dict):
            raise ValueError(f"an event that is not an object: {data[:80]!r}")
        yield chunk


def _error_message(text: str) -> str:
    """The message of an OpenAI-style error body, else the body's start."""
    try:
        data = json.loads(text)
    except ValueError:
        return text.strip()[:200] or "(empty answer)"
    error = data.get("error") if isinstance(data, dict) else None
    if isinstance(error, dict) and error.get("message"):
        return str(error["message"])
    if isinstance(error, str):
        return error
    return text.strip()[:200]


def _reason(exc: Exception) -> str:
    import httpx

    if isinstance(exc, httpx.ConnectError):
        return f"connection failed ({exc})"
    if isinstance(exc, httpx.RemoteProtocolError):
        return f"the connection was dropped ({exc})"
    return f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__


def _int(*values: object) -> int:
    """The first value that is an int (the server's usage, then its timings, then a count)."""
    return next((v for v in values if isinstance(v, int) and not isinstance(v, bool)), 0)

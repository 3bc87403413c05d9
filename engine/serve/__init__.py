"""`plume serve`: a page for editors and a JSON API, on this machine, over the same library
path as `plume rewrite` (source → brief → pipeline → gate → output).

`app.create_app` builds the ASGI app (the page, the API); `inputs` reads requests; `security`
guards them (host, token, CSRF, size, CSP); `openapi` describes the API; `jobs` keeps the queue in
SQLite under the data folder; `worker` runs the model in one thread; `compare` lays source
and article side by side. The web stack is imported here only when a server starts.
"""

from __future__ import annotations

import contextlib
import socket
from collections.abc import Callable
from typing import TYPE_CHECKING

from engine.errors import InputError, ModelError, ResourceError

if TYPE_CHECKING:
    from engine.config import Settings
    from engine.llm import Backend, Generator
    from engine.output.files import ModelInfo


TOKEN_HINT = "e.g. `export PLUME_TOKEN=$(openssl rand -hex 24)`"


def check_bind(host: str, token: str | None) -> None:
    """Off loopback, a token is required: the page would otherwise be open to the network.
    A token, wherever given, must be of real strength (see `security.token_weakness`)."""
    from engine.serve.security import TOKEN_MIN_CHARS, is_loopback, token_weakness

    if not is_loopback(host) and not token:
        raise InputError(
            f"--host {host} would open Plume to the network without a token.",
            f"Set PLUME_TOKEN to a long random secret ({TOKEN_HINT}), or keep the default "
            "--host 127.0.0.1.",
        )
    weakness = token_weakness(token) if token is not None else None
    if weakness is not None:
        raise InputError(
            f"PLUME_TOKEN is too weak to guard the server: {weakness}.",
            f"Use a random secret of {TOKEN_MIN_CHARS} characters or more, without spaces "
            f"({TOKEN_HINT}), or unset PLUME_TOKEN on 127.0.0.1.",
        )


def open_sized_backend(settings: Settings) -> Backend:
    """The backend `settings` ask for, sized once for every job: for the longest source the
    server takes (`serve_source_chars`), the model's own context at most (many articles pass
    through a server, so one too long for the model fails alone); PLUME_N_CTX overrides."""
    from engine.llm import Work, open_backend

    backend = open_backend(settings)
    backend.prepare(Work(settings.serve_source_chars, articles=2))
    return backend


def backend_or_missing(settings: Settings) -> tuple[Backend | None, ModelError | None]:
    """The sized backend; or, when no model was asked for (no --model, PLUME_MODEL nor server)
    and none is installed, None and why: the server starts anyway, the gate and the brief
    work, and a rewrite is answered with how to install a model."""
    try:
        return open_sized_backend(settings), None
    except ModelError as exc:
        if settings.model or settings.server:
            raise
        return None, exc


def missing_model(error: ModelError) -> Callable[[], Generator]:
    """A `load` that says why there is no model (the worker records it; /api/rewrite answers
    it with a 503)."""

    def load() -> Generator:
        raise error

    return load


def serve(
    settings: Settings,
    load: Callable[[], Generator],
    model_info: Callable[[Generator], ModelInfo] | None = None,
    token: str | None = None,
    on_ready: Callable[[str], None] | None = None,
) -> None:
    """Run the server until Ctrl-C (the model loads in its worker thread meanwhile). A job
    still running then is marked interrupted at the next start; queued jobs wait for it."""
    import uvicorn

    from engine.serve.app import create_app
    from engine.serve.security import is_loopback

    host, port = settings.serve_host, settings.serve_port
    check_bind(host, token)
    app = create_app(settings, load, model_info, token=token, loopback=is_loopback(host))
    sock = bind(host, port)
    config = uvicorn.Config(
        app,
        log_level="warning",
        access_log=False,
        server_header=False,
        proxy_headers=False,
        timeout_graceful_shutdown=3,
    )
    if on_ready is not None:
        shown = f"[{host}]" if ":" in host else host
        on_ready(f"http://{shown}:{sock.getsockname()[1]}/")
    with contextlib.suppress(KeyboardInterrupt):  # Ctrl-C is how a server is stopped
        uvicorn.Server(config).run(sockets=[sock])


def bind(host: str, port: int) -> socket.socket:
    """The listening socket, bound here so that a busy port is a clear error (exit 3).

    Created as a TCP socket by name (protocol IPPROTO_TCP, not 0): asyncio sets TCP_NODELAY
    only on connections whose socket says TCP, and without it Nagle's algorithm and delayed
    ACKs hold each answer on a kept-alive connection for about 40 ms."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    try:
        sock.bind((host, port))
    except OSError as exc:
        sock.close()
        raise ResourceError(
            f"Cannot listen on {host}:{port}: {exc.strerror or exc}.",
            "Choose another port with --port, or stop what is using this one.",
        ) from None
    sock.listen(128)
    sock.set_inheritable(True)
    return sock

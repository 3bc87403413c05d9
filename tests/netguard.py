"""A network guard for tests: any attempt to resolve a name or open an internet socket fails,
except to the addresses it is told to allow (the inference server a test started on 127.0.0.1).

In-process: `with no_network() as attempts:` (or the `no_network` fixture of conftest) patches
socket so that getaddrinfo, create_connection and connect to an AF_INET/AF_INET6 address raise
`NetworkBlocked`, and records every attempt, even one the code under test catches.
With `loopback=True`, 127.0.0.1, ::1 and localhost stay reachable (a test's own server); with
`allow=[(host, port)]`, only those addresses do (the inference server Plume is pointed at).
For a subprocess: `run_guarded([...plume args...])` runs `python -m engine` with the guard
installed first; each attempt is also written to stderr as a `NETGUARD:` line.
Local sockets (AF_UNIX) stay allowed.
"""

from __future__ import annotations

import contextlib
import socket
import subprocess
import sys
from collections.abc import Collection, Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
MARK = "NETGUARD: blocked"


class NetworkBlocked(RuntimeError):
    """Raised instead of touching the network (not an OSError, so nobody swallows it)."""


LOOPBACK = frozenset({"127.0.0.1", "::1", "localhost"})


def _loopback(address: object) -> bool:
    host = address[0] if isinstance(address, tuple) and address else address
    return isinstance(host, str) and host in LOOPBACK


@contextlib.contextmanager
def no_network(
    report: bool = False, loopback: bool = False, allow: Collection[tuple[str, int]] = ()
) -> Iterator[list[str]]:
    """With `loopback`, this machine's own servers (127.0.0.1, ::1, localhost) stay reachable:
    a test's server and browser; `allow`: the (host, port) pairs that stay reachable. Every
    other address is still blocked."""
    attempts: list[str] = []
    pairs = {(host, int(port)) for host, port in allow}
    saved = (
        socket.getaddrinfo,
        socket.create_connection,
        socket.socket.connect,
        socket.socket.connect_ex,
    )

    def block(what: str) -> None:
        attempts.append(what)
        if report:
            print(f"{MARK} {what}", file=sys.stderr, flush=True)
        raise NetworkBlocked(f"network access attempted: {what}")

    def allowed(address: object) -> bool:
        pair = tuple(address[:2]) if isinstance(address, tuple) else None
        return (loopback and _loopback(address)) or pair in pairs

    def connect(sock: socket.socket, address: object) -> None:
        if sock.family in (socket.AF_INET, socket.AF_INET6) and not allowed(address):
            block(f"connect {address!r}")
        return saved[2](sock, address)

    def connect_ex(sock: socket.socket, address: object) -> int:
        if sock.family in (socket.AF_INET, socket.AF_INET6) and not allowed(address):
            block(f"connect_ex {address!r}")
        return saved[3](sock, address)

    def getaddrinfo(host: object, port: object = None, *a: object, **k: object) -> object:
        if not allowed((host, port)):
            block(f"getaddrinfo {host!r}")
        return saved[0](host, port, *a, **k)

    def create_connection(address: object, *a: object, **k: object) -> object:
        if not allowed(address):
            block(f"create_connection {address!r}")
        return saved[1](address, *a, **k)

    socket.getaddrinfo = getaddrinfo
    socket.create_connection = create_connection
    socket.socket.connect = connect
    socket.socket.connect_ex = connect_ex
    try:
        yield attempts
    finally:
        (
            socket.getaddrinfo,
            socket.create_connection,
            socket.socket.connect,
            socket.socket.connect_ex,
        ) = saved


# `python -c GUARDED.format(tests=…, allow=[(host, port)…])` runs plume under the guard.
GUARDED = (
    "import sys, runpy; sys.path.insert(0, {tests!r}); import netguard; "
    "netguard.no_network(report=True, allow={allow!r}).__enter__(); sys.argv[0] = 'plume'; "
    "runpy.run_module('engine', run_name='__main__')"
)
BOOT = GUARDED.replace("{allow!r}", "()")  # nothing allowed: format(tests=…) only


def run_guarded(
    args: list[str],
    env: dict[str, str] | None = None,
    allow: Collection[tuple[str, int]] = (),
    **kw: object,
):
    """Run `plume ARGS` in a subprocess with the guard on (`allow`: reachable (host, port)
    pairs); returns the CompletedProcess."""
    boot = GUARDED.format(tests=str(Path(__file__).parent), allow=[tuple(a) for a in allow])
    return subprocess.run(
        [sys.executable, "-c", boot, *args],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        **kw,
    )

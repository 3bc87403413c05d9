"""A network guard for tests: any attempt to resolve a name or open an internet socket fails,
except to the addresses it is told to allow (the inference server a test started on 127.0.0.1).

In-process: `with no_network() as attempts:` (or the `no_network` fixture of conftest) patches
socket so that getaddrinfo, create_connection and connect to an AF_INET/AF_INET6 address raise
`NetworkBlocked`, and records every attempt, even one the code under test catches.
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


@contextlib.contextmanager
def no_network(
    report: bool = False, allow: Collection[tuple[str, int]] = ()
) -> Iterator[list[str]]:
    """Block the network; `allow`: (host, port) pairs that stay reachable."""
    attempts: list[str] = []
    allowed = {(host, int(port)) for host, port in allow}
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

    def internet(sock: socket.socket, address: object) -> bool:
        if sock.family not in (socket.AF_INET, socket.AF_INET6):
            return False
        return not (isinstance(address, tuple) and tuple(address[:2]) in allowed)

    def connect(sock: socket.socket, address: object) -> None:
        if internet(sock, address):
            block(f"connect {address!r}")
        return saved[2](sock, address)

    def connect_ex(sock: socket.socket, address: object) -> int:
        if internet(sock, address):
            block(f"connect_ex {address!r}")
        return saved[3](sock, address)

    def getaddrinfo(host: object, port: object, *a: object, **k: object) -> object:
        if (host, port) not in allowed:
            block(f"getaddrinfo {host!r}")
        return saved_getaddrinfo(host, port, *a, **k)

    def create_connection(address: tuple, *a: object, **k: object) -> socket.socket:
        if tuple(address[:2]) not in allowed:
            block(f"create_connection {address!r}")
        return saved[1](address, *a, **k)

    saved_getaddrinfo = saved[0]
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


BOOT = (
    "import sys, runpy; sys.path.insert(0, {tests!r}); import netguard; "
    "netguard.no_network(report=True, allow={allow!r}).__enter__(); sys.argv[0] = 'plume'; "
    "runpy.run_module('engine', run_name='__main__')"
)


def run_guarded(
    args: list[str],
    env: dict[str, str] | None = None,
    allow: Collection[tuple[str, int]] = (),
    **kw: object,
):
    """Run `plume ARGS` in a subprocess with the guard on (`allow`: reachable (host, port)
    pairs); returns the CompletedProcess."""
    boot = BOOT.format(tests=str(Path(__file__).parent), allow=[tuple(a) for a in allow])
    return subprocess.run(
        [sys.executable, "-c", boot, *args],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        **kw,
    )

"""A real llama.cpp `llama-server` process on 127.0.0.1, for the server tests and benchmark.

The binary is built once by `make llama-server` (scripts/build_llama_tool.sh llama-server) into
~/.cache/plume/llama.cpp-VERSION/bin/ (PLUME_CACHE moves it; PLUME_LLAMA_SERVER names another
binary).
"""

from __future__ import annotations

import http.client
import json
import os
import socket
import subprocess
import time
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from engine.llm.llama.binding import EXTRA_BUFFERS


def binary() -> Path:
    given = os.environ.get("PLUME_LLAMA_SERVER")
    if given:
        return Path(given)
    cache = Path(os.environ.get("PLUME_CACHE") or Path.home() / ".cache" / "plume")
    version = metadata.version("llama-cpp-python")
    return cache / f"llama.cpp-{version}" / "bin" / "llama-server"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Server:
    process: subprocess.Popen
    port: int
    log: Path

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def get(self, path: str) -> dict:
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=10)
        try:
            connection.request("GET", path)
            return json.loads(connection.getresponse().read())
        finally:
            connection.close()

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait(timeout=30)


def start(
    model: Path,
    log: Path,
    *,
    slots: int = 1,
    context: int = 4096,
    threads: int = 1,
    alias: str = "",
    extra: tuple[str, ...] = (),
) -> Server:
    """llama-server on a free port with `slots` slots of `context` tokens each; returns once it
    is healthy. Tests use one thread: llama.cpp's threads busy-wait and the machine is shared."""
    port = free_port()
    command = [str(binary()), "-m", str(model), "--host", "127.0.0.1", "--port", str(port)]
    command += ["-np", str(slots), "-c", str(context * slots), "--no-webui"]
    command += ["-t", str(threads), "-tb", str(threads)]
    if not EXTRA_BUFFERS:  # the same build as Plume's, with the same AMX fault (binding.py)
        command += ["--no-repack"]
    if alias:
        command += ["--alias", alias]
    command += extra
    with log.open("wb") as sink:
        process = subprocess.Popen(command, stdout=sink, stderr=subprocess.STDOUT)
    server = Server(process, port, log)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"llama-server exited: {log.read_text(errors='replace')[-2000:]}")
        try:
            if server.get("/health").get("status") == "ok":
                return server
        except (OSError, ValueError, http.client.HTTPException):
            pass
        time.sleep(0.1)
    server.stop()
    raise RuntimeError("llama-server did not become healthy in 120 s")

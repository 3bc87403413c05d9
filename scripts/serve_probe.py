"""Figures for `plume serve`'s hardening (issue 21), from a real `plume serve` process on
127.0.0.1 with the self-built tiny model:

- keep-alive latency: `GET /api/status` back to back on one connection, against a new
  connection per request, in alternating blocks of 50 (median and 90th percentile, ms);
- peak memory of the server (VmHWM, reset before each request through /proc/PID/clear_refs,
  which needs to own the process) for `POST /api/brief` at the text limit, one character over
  it, and at the body limit.

    python -m scripts.serve_probe [--requests 200] [--json]
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO / "tests" / "data" / "wikinews"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start(folder: Path) -> tuple[subprocess.Popen, int]:
    from scripts.tiny_models import write_tiny_chat_model

    model = write_tiny_chat_model(folder / "tiny-chat.gguf")
    port = free_port()
    env = {
        **os.environ,
        "PLUME_MODEL": str(model),
        "PLUME_DATA_DIR": str(folder / "data"),
        "PLUME_N_CTX": "512",
        "PLUME_TOKEN": "",
    }
    command = [sys.executable, "-m", "engine", "serve", "--port", str(port)]
    proc = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            status = request("GET", port, "/api/status")[1]
            if json.loads(status)["model"]["state"] != "loading":
                return proc, port
        except OSError:
            pass
        if proc.poll() is not None:
            raise SystemExit(f"plume serve exited: {proc.stdout.read().decode()}")  # type: ignore[union-attr]
        time.sleep(0.2)
    proc.kill()
    raise SystemExit("plume serve did not start in 120 s")


def request(method: str, port: int, path: str, body: bytes | None = None) -> tuple[int, bytes]:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=600)
    try:
        headers = {"Content-Type": "application/json"} if body is not None else {}
        conn.request(method, path, body=body, headers=headers)
        answer = conn.getresponse()
        return answer.status, answer.read()
    finally:
        conn.close()


def latencies(port: int, n: int, keep_alive: bool) -> list[float]:
    times = []
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    for _ in range(n):
        if not keep_alive:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        started = time.perf_counter()
        conn.request("GET", "/api/status")
        answer = conn.getresponse()
        answer.read()
        times.append((time.perf_counter() - started) * 1000)
        assert answer.status == 200, answer.status
        if not keep_alive:
            conn.close()
    conn.close()
    return times


def summary(times: list[float]) -> dict[str, float]:
    ordered = sorted(times)
    return {
        "median_ms": round(statistics.median(ordered), 2),
        "p90_ms": round(ordered[int(len(ordered) * 0.9) - 1], 2),
    }


def memory(pid: int) -> dict[str, int]:
    fields = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        key, _, value = line.partition(":")
        if key in ("VmRSS", "VmHWM"):
            fields[key] = int(value.split()[0]) // 1024  # MiB
    return fields


def text_of(chars: int, tag: str = "") -> str:
    """`chars` characters of French news: the corpus's paragraphs, each made unique by a
    number at its end (spaCy's parses are cached by text, so a repeat would cost nothing)."""
    paragraphs = [
        p.strip()
        for file in sorted(CORPUS.glob("*.txt"))
        for p in file.read_text(encoding="utf-8").split("\n\n")
        if p.strip()
    ]
    parts, size, n = [], 0, 0
    while size < chars:
        part = f"{paragraphs[n % len(paragraphs)]} ({tag}{n})"
        parts.append(part)
        size += len(part) + 2
        n += 1
    return "\n\n".join(parts)[:chars]


def peak_for(pid: int, port: int, chars: int) -> dict[str, object]:
    Path(f"/proc/{pid}/clear_refs").write_text("5")  # VmHWM := VmRSS
    before = memory(pid)["VmRSS"]
    body = json.dumps({"text": text_of(chars, f"{chars}-")}).encode()
    started = time.perf_counter()
    status, answer = request("POST", port, "/api/brief", body)
    seconds = time.perf_counter() - started
    after = memory(pid)
    message = json.loads(answer).get("message") if status != 200 else None
    return {
        "chars": chars,
        "body_bytes": len(body),
        "status": status,
        "message": message,
        "seconds": round(seconds, 2),
        "rss_before_mib": before,
        "peak_mib": after["VmHWM"],
        "rss_after_mib": after["VmRSS"],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--sizes", default="24000,24001,200000")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        proc, port = start(Path(folder))
        try:
            latencies(port, 20, keep_alive=True)  # warm-up
            kept, new = [], []
            for _ in range(max(1, args.requests // 50)):  # interleaved: the same conditions
                kept += latencies(port, 50, keep_alive=True)
                new += latencies(port, 50, keep_alive=False)
            figures: dict[str, object] = {
                "load": os.getloadavg(),
                "keep_alive": summary(kept),
                "new_connection": summary(new),
                "memory": [],
            }
            request("POST", port, "/api/brief", json.dumps({"text": text_of(2000)}).encode())
            for chars in (int(c) for c in args.sizes.split(",")):
                figures["memory"].append(peak_for(proc.pid, port, chars))  # type: ignore[union-attr]
        finally:
            proc.terminate()
            proc.wait(30)
    if args.json:
        print(json.dumps(figures, indent=2, ensure_ascii=False))
        return
    print(f"load average: {figures['load']}")
    print(f"GET /api/status, one kept-alive connection: {figures['keep_alive']}")
    print(f"GET /api/status, a new connection each:     {figures['new_connection']}")
    for row in figures["memory"]:  # type: ignore[union-attr]
        print(f"POST /api/brief {row}")


if __name__ == "__main__":
    main()

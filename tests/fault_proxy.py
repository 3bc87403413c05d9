"""A fault-injecting HTTP proxy in front of a real llama-server, run as its own process:

    python -m tests.fault_proxy PORT UPSTREAM_URL RULES_JSON

It forwards every request to UPSTREAM_URL and streams the answer back, except chat completions
whose system message (the source of the article) contains a rule's `match`: for its first
`times` such requests (-1: all) it answers with the rule's `fault` instead — "503" (a JSON
error, as a busy server sends), "404" (vLLM's answer for a model it does not serve), "html" (a
200 that is not the API's JSON), "hang" (no answer at all, so the client times out) or "drop"
(the connection closed mid-stream, after the first event). It prints "ready" once listening.
"""

from __future__ import annotations

import http.client
import json
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit


class Proxy(BaseHTTPRequestHandler):
    upstream: tuple[str, int]
    rules: list[dict]
    lock = threading.Lock()

    def log_message(self, *args: object) -> None:  # quiet
        pass

    def do_GET(self) -> None:
        self._forward(None)

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        fault = self._fault(body) if self.path.endswith("/chat/completions") else None
        if fault == "503":
            self._answer(503, b'{"error": {"code": 503, "message": "Loading model"}}')
        elif fault == "404":
            model = json.loads(body)["model"]
            message = f"The model `{model}` does not exist."
            self._answer(404, json.dumps({"error": {"code": 404, "message": message}}).encode())
        elif fault == "html":
            self._answer(200, b"<html><body>Gateway says hello</body></html>", "text/html")
        elif fault == "hang":
            time.sleep(3600)
        else:
            self._forward(body, drop=fault == "drop")

    def _fault(self, body: bytes) -> str | None:
        text = json.loads(body)["messages"][0]["content"]
        with self.lock:
            for rule in self.rules:
                if rule["match"] in text and rule["times"] != 0:
                    rule["times"] -= 1
                    return rule["fault"]
        return None

    def _answer(self, status: int, body: bytes, kind: str = "application/json") -> None:
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _forward(self, body: bytes | None, drop: bool = False) -> None:
        upstream = http.client.HTTPConnection(*self.upstream, timeout=600)
        headers = {"Content-Type": "application/json"} if body is not None else {}
        upstream.request(self.command, self.path, body=body, headers=headers)
        response = upstream.getresponse()
        self.send_response(response.status)
        self.send_header("Content-Type", response.getheader("Content-Type", "application/json"))
        self.send_header("Connection", "close")
        self.end_headers()
        while chunk := response.read1(65536):
            self.wfile.write(chunk)
            self.wfile.flush()
            if drop:  # the first bytes, then the connection is gone
                break
        upstream.close()
        self.close_connection = True


def main(port: str, upstream: str, rules: str) -> None:
    parts = urlsplit(upstream)
    Proxy.upstream = (parts.hostname or "127.0.0.1", parts.port or 80)
    Proxy.rules = json.loads(rules)
    server = ThreadingHTTPServer(("127.0.0.1", int(port)), Proxy)
    server.daemon_threads = True
    print("ready", flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main(*sys.argv[1:])

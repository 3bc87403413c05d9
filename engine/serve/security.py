"""What guards every request of `plume serve`, in one ASGI middleware.

- Host: on loopback, only this machine's names are served (a DNS-rebinding page cannot
  reach the API through its own name).
- Token: when PLUME_TOKEN is set (required off loopback; 16 characters at least), every
  request carries it as `Authorization: Bearer …`, or the session cookie the login form sets
  (signed, it expires after `serve_login_hours`; `POST /logout` ends it).
- Throttle: after 5 wrong tokens in a row from one address (Bearer or the login form), each
  further try from it waits 1 s, then 2, 4… up to 5 minutes, answered 429 with Retry-After.
- CSRF: a request from a browser (it sends Origin, Sec-Fetch-Site or cookies) that changes
  something must come from this origin and carry the CSRF token of its cookie in the
  X-CSRF-Token header (the login form carries it as a field). Clients such as curl or a CMS
  send none of these and use the token.
- Headers: a Content-Security-Policy that allows scripts from this server's files only (no
  inline script, so text from a source or a model can never run), no framing, no sniffing.
"""

from __future__ import annotations

import hashlib
import hmac
import ipaddress
import json
import secrets
import threading
import time
from collections.abc import Callable
from urllib.parse import urlsplit

from starlette.datastructures import MutableHeaders
from starlette.requests import Request
from starlette.responses import JSONResponse, RedirectResponse, Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

CSRF = "plume_csrf"
SESSION = "plume_session"
CSRF_HEADER = "x-csrf-token"
UNSAFE = frozenset({"POST", "PUT", "PATCH", "DELETE"})
OPEN_PATHS = frozenset(
    {"/login", "/static/plume.css", "/static/plume.svg", "/favicon.ico"}
)  # reachable before logging in
FORM_PATHS = frozenset({"/login", "/logout"})  # forms: their CSRF token comes as a field
LOOPBACK_NAMES = frozenset({"localhost", "127.0.0.1", "::1"})
TOKEN_MIN_CHARS = 16
TOKEN_MIN_DISTINCT = 8
FREE_FAILURES = 5  # wrong tokens from one address before it has to wait
MAX_WAIT_S = 300
MAX_CLIENTS = 4096  # addresses remembered by the throttle
TOO_LARGE_HINT = "Send a smaller article (PLUME_SERVE_MAX_BYTES sets the limit)."
CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)
HEADERS = {
    "content-security-policy": CSP,
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
    "referrer-policy": "same-origin",
    "cross-origin-opener-policy": "same-origin",
    "cross-origin-resource-policy": "same-origin",
}


def is_loopback(host: str) -> bool:
    """127.0.0.0/8, ::1 and localhost; anything else reaches the network."""
    host = host.strip("[]")
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def same(given: str | None, expected: str | None) -> bool:
    """Constant-time comparison; None or empty never matches."""
    if not given or not expected:
        return False
    return hmac.compare_digest(given.encode(), expected.encode())


def token_weakness(token: str) -> str | None:
    """Why `token` is too weak to guard a server, or None."""
    if len(token) < TOKEN_MIN_CHARS:
        return f"it has {len(token)} characters; {TOKEN_MIN_CHARS} at least are needed"
    if any(ch.isspace() or not ch.isprintable() for ch in token):
        return "it holds spaces or control characters"
    if len(set(token)) < TOKEN_MIN_DISTINCT:
        return f"it uses {len(set(token))} different characters; {TOKEN_MIN_DISTINCT} at least"
    return None


class Sessions:
    """Login cookies: `expiry.nonce.signature`, signed with a key derived from the token (the
    token itself is never stored), valid until the expiry; a logout revokes its nonce."""

    def __init__(self, token: str, lifetime_s: float, clock: Callable[[], float] = time.time):
        self.key = hmac.new(token.encode(), b"plume-session", hashlib.sha256).digest()
        self.lifetime_s = lifetime_s
        self.clock = clock
        self.revoked: dict[str, float] = {}  # nonce → its expiry (forgotten after it)

    def _sign(self, body: str) -> str:
        return hmac.new(self.key, body.encode(), hashlib.sha256).hexdigest()

    def new(self) -> str:
        body = f"{int(self.clock() + self.lifetime_s)}.{secrets.token_hex(16)}"
        return f"{body}.{self._sign(body)}"

    def valid(self, value: str | None) -> bool:
        expiry, nonce = _parts(value)
        if nonce is None or not same(value, f"{expiry}.{nonce}.{self._sign(f'{expiry}.{nonce}')}"):
            return False
        return int(expiry) > self.clock() and nonce not in self.revoked

    def revoke(self, value: str | None) -> None:
        if self.valid(value):
            expiry, nonce = _parts(value)
            now = self.clock()
            self.revoked = {n: e for n, e in self.revoked.items() if e > now}
            self.revoked[nonce] = float(expiry)  # type: ignore[index]


def _parts(value: str | None) -> tuple[str, str | None]:
    expiry, _, rest = (value or "").partition(".")
    nonce, _, _signature = rest.partition(".")
    if not expiry.isdigit() or len(expiry) > 12 or len(nonce) != 32:
        return "", None
    return expiry, nonce


class Throttle:
    """Wrong tokens per client address: after FREE_FAILURES in a row, the address waits 1 s,
    then twice as long after each further failure (MAX_WAIT_S at most); a success clears it."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self.clock = clock
        self._lock = threading.Lock()
        self._clients: dict[str, tuple[int, float]] = {}  # address → (failures, wait until)

    def wait_s(self, client: str) -> float:
        """Seconds `client` must still wait before its token is even compared."""
        with self._lock:
            _, until = self._clients.get(client, (0, 0.0))
        return max(0.0, until - self.clock())

    def failed(self, client: str) -> None:
        with self._lock:
            failures = self._clients.pop(client, (0, 0.0))[0] + 1
            wait = 0.0
            if failures >= FREE_FAILURES:
                wait = min(2.0 ** (failures - FREE_FAILURES), MAX_WAIT_S)
            self._clients[client] = (failures, self.clock() + wait)
            while len(self._clients) > MAX_CLIENTS:  # the oldest failure is forgotten first
                del self._clients[next(iter(self._clients))]

    def succeeded(self, client: str) -> None:
        with self._lock:
            self._clients.pop(client, None)


def client_of(request: Request) -> str:
    return request.client.host if request.client else "?"


def throttled_message(wait_s: float) -> str:
    return f"Too many wrong tokens from this address: try again in {whole_seconds(wait_s)} s."


def throttled(wait_s: float) -> JSONResponse:
    """The 429 a throttled address gets, with Retry-After."""
    return JSONResponse(
        {
            "message": throttled_message(wait_s),
            "hint": "Check the token (PLUME_TOKEN); each further wrong one doubles the wait.",
        },
        status_code=429,
        headers={"Retry-After": str(whole_seconds(wait_s))},
    )


def whole_seconds(seconds: float) -> int:
    return max(1, int(seconds + 0.999))


def csrf_cookie(request: Request) -> str:
    """The browser's CSRF token: its cookie's, else a new one."""
    current = request.cookies.get(CSRF, "")
    return current if 20 <= len(current) <= 64 and current.isascii() else secrets.token_urlsafe(24)


def set_csrf_cookie(response: Response, value: str) -> None:
    response.set_cookie(CSRF, value, httponly=True, samesite="strict", path="/")


def set_session_cookie(response: Response, sessions: Sessions) -> None:
    response.set_cookie(
        SESSION,
        sessions.new(),
        max_age=int(sessions.lifetime_s),
        httponly=True,
        samesite="strict",
        path="/",
    )


def clear_session_cookie(response: Response) -> None:
    response.delete_cookie(SESSION, httponly=True, samesite="strict", path="/")


def _host_name(host_header: str) -> str:
    return urlsplit(f"//{host_header}").hostname or ""


class Guard:
    """Host, token and CSRF checks before the app; security headers on every answer."""

    def __init__(
        self,
        app: ASGIApp,
        token: str | None,
        loopback: bool,
        max_bytes: int,
        sessions: Sessions | None = None,
        throttle: Throttle | None = None,
        lang_of: Callable[[Request], str] | None = None,
    ) -> None:
        self.app = app
        self.lang_of = lang_of or (lambda _request: "en")  # the language of a refusal
        self.token = token
        self.loopback = loopback
        self.max_bytes = max_bytes  # a body without Content-Length is cut by the app itself
        self.sessions = sessions
        self.throttle = throttle or Throttle()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for key, value in HEADERS.items():
                    headers.setdefault(key, value)
                headers.setdefault("cache-control", "no-store")
            await send(message)

        request = Request(scope)
        refusal = self.refusal(request)
        if isinstance(refusal, JSONResponse):
            refusal = _said(refusal, self.lang_of(request))
        if refusal is not None:
            await refusal(scope, receive, with_headers)
            return
        await self.app(scope, receive, with_headers)

    def refusal(self, request: Request) -> Response | None:
        """The answer that refuses the request, or None to let it through."""
        host = request.headers.get("host", "")
        if self.loopback and _host_name(host) not in LOOPBACK_NAMES:
            return _error(400, f"Unknown host {host!r}.", "Open the page at http://127.0.0.1.")
        if self.token is not None and _has_bearer(request):
            wait = self.throttle.wait_s(client_of(request))
            if wait > 0:
                return throttled(wait)
        bearer = self._bearer(request)
        if self.token is not None and request.url.path not in OPEN_PATHS:
            cookie = self.sessions is not None and self.sessions.valid(request.cookies.get(SESSION))
            if not (bearer or cookie):
                if request.method == "GET" and request.url.path == "/":
                    return RedirectResponse("/login", status_code=303)
                return _error(
                    401,
                    "Missing or wrong token.",
                    "Send Authorization: Bearer $PLUME_TOKEN, or log in on the page.",
                )
        if request.method in UNSAFE and not bearer:
            refused = self._csrf_refusal(request, host)
            if refused is not None:
                return refused
        length = request.headers.get("content-length", "")
        if length.isdigit() and int(length) > self.max_bytes:
            return _error(413, "Content Too Large", TOO_LARGE_HINT)
        return None

    def _bearer(self, request: Request) -> bool:
        """Whether the request carries the right token; a wrong one counts against its
        address."""
        if self.token is None or not _has_bearer(request):
            return False
        value = request.headers.get("authorization", "").partition(" ")[2]
        if same(value, self.token):
            self.throttle.succeeded(client_of(request))
            return True
        self.throttle.failed(client_of(request))
        return False

    def _csrf_refusal(self, request: Request, host: str) -> Response | None:
        origin = request.headers.get("origin")
        fetch_site = request.headers.get("sec-fetch-site")
        if fetch_site is not None:  # the browser says where the request comes from
            cross = fetch_site not in ("same-origin", "none")
        else:  # an older browser: its Origin must be this server
            cross = origin is not None and (origin == "null" or urlsplit(origin).netloc != host)
        if cross:
            return _error(403, "Cross-site request refused.", "Use the page this server serves.")
        from_browser = origin is not None or fetch_site is not None or "cookie" in request.headers
        if not from_browser or request.url.path in FORM_PATHS:  # these forms check their field
            return None
        if not same(request.headers.get(CSRF_HEADER), request.cookies.get(CSRF)):
            return _error(403, "CSRF token missing or wrong.", "Reload the page and try again.")
        return None


def _has_bearer(request: Request) -> bool:
    return request.headers.get("authorization", "").partition(" ")[0].lower() == "bearer"


def _error(status: int, message: str, hint: str) -> Response:
    return JSONResponse({"message": message, "hint": hint}, status_code=status)


def _said(refusal: JSONResponse, lang: str) -> JSONResponse:
    """A refusal's {"message", "hint"} in `lang` (its status and headers kept)."""
    from engine.serve.translate import error_said

    if lang == "en":
        return refusal
    body = error_said(json.loads(refusal.body), lang)
    said = JSONResponse(body, status_code=refusal.status_code)
    for key, value in refusal.headers.items():
        if key.lower() not in ("content-length", "content-type"):
            said.headers[key] = value
    return said

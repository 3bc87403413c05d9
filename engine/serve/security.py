"""What guards every request of `plume serve`, in one ASGI middleware.

- Host: on loopback, only this machine's names are served (a DNS-rebinding page cannot
  reach the API through its own name).
- Token: when PLUME_TOKEN is set (required off loopback), every request carries it as
  `Authorization: Bearer …`, or the session cookie the login form sets.
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
import secrets
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
LOOPBACK_NAMES = frozenset({"localhost", "127.0.0.1", "::1"})
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


def session_value(token: str) -> str:
    """The session cookie: derived from the token, so the token itself is never stored."""
    return hmac.new(token.encode(), b"plume-session", hashlib.sha256).hexdigest()


def csrf_cookie(request: Request) -> str:
    """The browser's CSRF token: its cookie's, else a new one."""
    current = request.cookies.get(CSRF, "")
    return current if 20 <= len(current) <= 64 and current.isascii() else secrets.token_urlsafe(24)


def set_csrf_cookie(response: Response, value: str) -> None:
    response.set_cookie(CSRF, value, httponly=True, samesite="strict", path="/")


def set_session_cookie(response: Response, token: str) -> None:
    response.set_cookie(SESSION, session_value(token), httponly=True, samesite="strict", path="/")


def _host_name(host_header: str) -> str:
    return urlsplit(f"//{host_header}").hostname or ""


class Guard:
    """Host, token and CSRF checks before the app; security headers on every answer."""

    def __init__(self, app: ASGIApp, token: str | None, loopback: bool, max_bytes: int) -> None:
        self.app = app
        self.token = token
        self.loopback = loopback
        self.max_bytes = max_bytes  # a body without Content-Length is cut by the app itself

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

        refusal = self.refusal(Request(scope))
        if refusal is not None:
            await refusal(scope, receive, with_headers)
            return
        await self.app(scope, receive, with_headers)

    def refusal(self, request: Request) -> Response | None:
        """The answer that refuses the request, or None to let it through."""
        host = request.headers.get("host", "")
        if self.loopback and _host_name(host) not in LOOPBACK_NAMES:
            return _error(400, f"Unknown host {host!r}.", "Open the page at http://127.0.0.1.")
        bearer = self._bearer(request)
        if self.token is not None and request.url.path not in OPEN_PATHS:
            cookie = same(request.cookies.get(SESSION), session_value(self.token))
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
        scheme, _, value = request.headers.get("authorization", "").partition(" ")
        return self.token is not None and scheme.lower() == "bearer" and same(value, self.token)

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
        if not from_browser or request.url.path == "/login":  # the login form checks its field
            return None
        if not same(request.headers.get(CSRF_HEADER), request.cookies.get(CSRF)):
            return _error(403, "CSRF token missing or wrong.", "Reload the page and try again.")
        return None


def _error(status: int, message: str, hint: str) -> Response:
    return JSONResponse({"message": message, "hint": hint}, status_code=status)

"""`wb review`: the review page as a small local web app (localhost only, no CDN).

Every request passes one gate (:meth:`ReviewHandler.parse_request`): the Host must be this
server on 127.0.0.1, localhost or [::1] (no DNS rebinding), and a write must come from the page
itself: the session token in ``X-WB-Token``, ``application/json``, and an ``Origin`` and
``Sec-Fetch-Site`` (when the browser sends them) of this server; a cross-site read of the data
is refused too. Every response, the built-in error pages too, passes
:meth:`ReviewHandler.end_headers`, which adds the security headers. Data is read under the
project lock and sent after it is released, so a slow reader blocks no one; connections time
out. Request bodies are bounded in size and JSON nesting before they are parsed.
"""

from __future__ import annotations

import hmac
import json
import secrets
import sys
import threading
from dataclasses import dataclass, field
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlparse

from wb.dossiers.review import ReviewSession
from wb.errors import WbError

STATIC = Path(__file__).resolve().parent / "static"
FILES = {
    "/": ("review.html", "text/html; charset=utf-8"),
    "/review.js": ("review.js", "text/javascript; charset=utf-8"),
    "/review.css": ("review.css", "text/css; charset=utf-8"),
    "/favicon.svg": ("favicon.svg", "image/svg+xml"),
    "/favicon.ico": ("favicon.svg", "image/svg+xml"),
}
TOKEN_PLACEHOLDER = "__WB_TOKEN__"
TOKEN_HEADER = "X-WB-Token"
SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; style-src 'self'; script-src 'self'; img-src 'self'; "
        "frame-ancestors 'none'; form-action 'none'; base-uri 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Cross-Origin-Resource-Policy": "same-origin",
    "Cache-Control": "no-store",
}
LOCAL_HOSTS = ("127.0.0.1", "localhost", "[::1]")
MAX_BODY = 64 * 1024  # a decision is a few hundred bytes
DRAIN_LIMIT = 8 * 1024 * 1024  # read (and drop) at most this much of a refused body
MAX_DEPTH = 8  # a decision is one flat object
TIMEOUT = 20.0  # seconds a connection may stall


@dataclass
class Reply:
    """A response built under the lock and sent after it is released."""

    status: int
    body: bytes
    content_type: str
    headers: dict[str, str] = field(default_factory=dict)


class Refused(Exception):
    """A request that is answered with an error status and a Dutch message."""

    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status
        self.message = message


def json_reply(data: Any, status: int = 200) -> Reply:
    """A JSON response."""
    body = json.dumps(data, ensure_ascii=False).encode("utf-8")
    return Reply(status, body, "application/json; charset=utf-8")


def json_depth(raw: bytes, limit: int) -> int:
    """Nesting depth of a JSON text (strings skipped), counted up to just past `limit`."""
    depth = deepest = 0
    in_string = escaped = False
    for byte in raw:
        if in_string:
            if escaped:
                escaped = False
            elif byte == 0x5C:  # backslash
                escaped = True
            elif byte == 0x22:  # quote
                in_string = False
        elif byte == 0x22:
            in_string = True
        elif byte in (0x5B, 0x7B):  # [ {
            depth += 1
            if depth > deepest:
                deepest = depth
                if deepest > limit:
                    return deepest
        elif byte in (0x5D, 0x7D):  # ] }
            depth -= 1
    return deepest


class ReviewServer(ThreadingHTTPServer):
    """The review server: one session, one lock (the project is SQLite), one token."""

    daemon_threads = True

    def __init__(self, address: tuple[str, int], session: ReviewSession | None = None):
        self.session = session  # None only between `open_port` and serving
        self.lock = threading.Lock()
        self.token = secrets.token_urlsafe(32)
        super().__init__(address, ReviewHandler)

    def handle_error(self, request: Any, client_address: tuple[str, int]) -> None:
        """A browser that left mid-answer (tab closed, page reloaded) is no error worth a
        traceback in the terminal of the person running `wb review`; anything else is."""
        if isinstance(sys.exc_info()[1], ConnectionError):
            return
        super().handle_error(request, client_address)

    def allowed_hosts(self) -> set[str]:
        """Host header values that name this server."""
        port = self.server_address[1]
        hosts = {f"{h}:{port}" for h in LOCAL_HOSTS}
        if port == 80:
            hosts |= set(LOCAL_HOSTS)
        return hosts


class ReviewHandler(BaseHTTPRequestHandler):
    """Requests of the review page; every one is checked in `parse_request`."""

    server: ReviewServer
    server_version = "wb-review"
    timeout = TIMEOUT  # socket timeout of every connection (StreamRequestHandler.setup)

    def log_message(self, format: str, *args: Any) -> None:
        """Keep the terminal quiet."""

    def end_headers(self) -> None:
        """Every response, error pages included, carries the security headers."""
        for key, value in SECURITY_HEADERS.items():
            self.send_header(key, value)
        super().end_headers()

    def parse_request(self) -> bool:
        """Parse the request line and headers, then refuse what this server must not answer."""
        if not super().parse_request():
            return False
        try:
            self._check_request()
        except Refused as refused:
            self.close_connection = True
            self._send(json_reply({"error": refused.message}, refused.status))
            return False
        return True

    def _check_request(self) -> None:
        """The one gate: the right host for everything, the page's own token for writes."""
        host = (self.headers.get("Host") or "").strip().lower()
        if host not in self.server.allowed_hosts():
            raise Refused(HTTPStatus.MISDIRECTED_REQUEST, "onbekende host; open 127.0.0.1.")
        fetch_site = self.headers.get("Sec-Fetch-Site")
        if self.command != "POST":
            # Reads of data only from the page itself (or typed in); other methods get 501.
            api = urlparse(self.path).path.startswith("/api/")
            if api and fetch_site in ("cross-site", "same-site"):
                raise Refused(HTTPStatus.FORBIDDEN, "alleen de beoordelingspagina zelf mag lezen.")
            return
        if fetch_site is not None and fetch_site != "same-origin":
            raise Refused(HTTPStatus.FORBIDDEN, "alleen de beoordelingspagina zelf mag opslaan.")
        origin = self.headers.get("Origin")
        if origin is not None and origin.lower() != f"http://{host}":
            raise Refused(HTTPStatus.FORBIDDEN, "alleen de beoordelingspagina zelf mag opslaan.")
        media = (self.headers.get("Content-Type") or "").split(";", 1)[0].strip().lower()
        if media != "application/json":
            raise Refused(HTTPStatus.UNSUPPORTED_MEDIA_TYPE, "stuur het oordeel als JSON.")
        token = self.headers.get(TOKEN_HEADER) or ""
        if not hmac.compare_digest(token.encode("utf-8"), self.server.token.encode("utf-8")):
            raise Refused(
                HTTPStatus.FORBIDDEN, "de pagina is verlopen; laad de beoordelingspagina opnieuw."
            )

    def _send(self, reply: Reply) -> None:
        self.send_response(reply.status)
        self.send_header("Content-Type", reply.content_type)
        self.send_header("Content-Length", str(len(reply.body)))
        for key, value in reply.headers.items():
            self.send_header(key, value)
        if self.close_connection:
            self.send_header("Connection", "close")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(reply.body)

    def _read_json(self) -> dict[str, Any]:
        """The request body as a JSON object: bounded in size and depth before parsing."""
        try:
            length = int(self.headers.get("Content-Length", ""))
        except ValueError:
            raise Refused(HTTPStatus.BAD_REQUEST, "onvolledig verzoek (geen lengte).") from None
        if length < 0:
            raise Refused(HTTPStatus.BAD_REQUEST, "onvolledig verzoek.")
        if length > MAX_BODY:
            self.close_connection = True
            if length <= DRAIN_LIMIT:  # read it, so the client sees the answer, not a reset
                while length > 0:
                    chunk = self.rfile.read(min(length, 65536))
                    if not chunk:
                        break
                    length -= len(chunk)
            raise Refused(HTTPStatus.BAD_REQUEST, "verzoek te groot.")
        raw = self.rfile.read(length)
        if json_depth(raw, MAX_DEPTH) > MAX_DEPTH:
            raise Refused(HTTPStatus.BAD_REQUEST, "verzoek te diep genest.")
        try:
            data = json.loads(raw or b"{}")
        except (ValueError, RecursionError):
            raise Refused(HTTPStatus.BAD_REQUEST, "verzoek is geen geldige JSON.") from None
        if not isinstance(data, dict):
            raise Refused(HTTPStatus.BAD_REQUEST, "verzoek moet een JSON-object zijn.")
        return data

    def _answer(self, build: Any) -> None:
        """Build the reply (data under the lock) and send it after the lock is released."""
        try:
            reply = build()
        except Refused as refused:
            reply = json_reply({"error": refused.message}, refused.status)
        except WbError as exc:
            reply = json_reply({"error": str(exc)}, HTTPStatus.BAD_REQUEST)
        except (KeyError, ValueError, TypeError):
            reply = json_reply({"error": "onvolledig verzoek."}, HTTPStatus.BAD_REQUEST)
        self._send(reply)

    def do_GET(self) -> None:
        """Static files, dossiers with progress, a dossier's passages, the exports."""
        self._answer(self._get)

    def do_HEAD(self) -> None:
        """As GET, without the body."""
        self._answer(self._get)

    def do_POST(self) -> None:
        """Store or undo a decision."""
        self._answer(self._post)

    def _get(self) -> Reply:
        url = urlparse(self.path)
        query = parse_qs(url.query)
        reviewer = query.get("reviewer", [""])[0].strip() or None
        session = self.server.session
        if url.path in FILES:
            name, kind = FILES[url.path]
            body = (STATIC / name).read_bytes()
            if name == "review.html":
                body = body.replace(TOKEN_PLACEHOLDER.encode(), self.server.token.encode())
            return Reply(200, body, kind)
        if url.path == "/api/dossiers":
            with self.server.lock:
                return json_reply({"dossiers": session.progress(reviewer)})
        if url.path == "/api/items":
            dossier = query.get("dossier", [""])[0]
            with self.server.lock:
                data = {
                    "dossier": dossier,
                    "reviewer": reviewer or "",
                    "items": session.page_items(dossier, reviewer),
                }
            return json_reply(data)
        if url.path in ("/api/export.csv", "/api/export.xlsx"):
            from wb.exports.readable import decisions_table
            from wb.exports.tables import decisions_bytes

            fmt = url.path.rsplit(".", 1)[1]
            with self.server.lock:
                table = session.page_decisions(decisions_table(session.project))
            body, kind = decisions_bytes(table, fmt)
            disposition = f'attachment; filename="beoordelingen.{fmt}"'
            return Reply(200, body, kind, {"Content-Disposition": disposition})
        raise Refused(HTTPStatus.NOT_FOUND, "niet gevonden.")

    def _post(self) -> Reply:
        url = urlparse(self.path)
        if url.path not in ("/api/decision", "/api/undo"):
            raise Refused(HTTPStatus.NOT_FOUND, "niet gevonden.")
        data = self._read_json()
        session = self.server.session
        reviewer = str(data.get("reviewer", ""))
        with self.server.lock:
            if url.path == "/api/decision":
                decision_id = session.decide(
                    int(data["finding"]),
                    reviewer,
                    str(data.get("decision", "")),
                    str(data.get("comment", "")),
                    str(data.get("alternative", "")),
                    voice=str(data.get("voice", "")),
                )
                return json_reply({"ok": True, "decision": decision_id})
            finding = session.undo(reviewer)
            return json_reply({"ok": finding is not None, "finding": finding})


def open_port(port: int = 8765) -> ReviewServer:
    """A review server bound to 127.0.0.1 before its session exists (OSError if the port is taken);
    set `session` before calling serve_forever."""
    return ReviewServer(("127.0.0.1", port))


def serve(session: ReviewSession, port: int = 8765) -> ReviewServer:
    """A review server on 127.0.0.1 (not started; call serve_forever or use a thread)."""
    server = open_port(port)
    server.session = session
    return server

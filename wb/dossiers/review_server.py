"""`wb review`: the review page as a small local web app (localhost only, no CDN)."""

from __future__ import annotations

import json
import threading
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlparse

from wb.dossiers.review import ReviewSession
from wb.errors import WbError
from wb.store.findings import decisions_table

STATIC = Path(__file__).resolve().parent / "static"
FILES = {
    "/": ("review.html", "text/html; charset=utf-8"),
    "/review.js": ("review.js", "text/javascript; charset=utf-8"),
    "/review.css": ("review.css", "text/css; charset=utf-8"),
}
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; style-src 'self'; script-src 'self'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
}


def make_handler(session: ReviewSession) -> type[BaseHTTPRequestHandler]:
    """A request handler class bound to one review session (one lock: the project is SQLite)."""
    lock = threading.Lock()

    class Handler(BaseHTTPRequestHandler):
        server_version = "wb-review"

        def log_message(self, format: str, *args: Any) -> None:
            """Keep the terminal quiet."""

        def _send(self, status: int, body: bytes, content_type: str, extra: dict | None = None):
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            for key, value in {**SECURITY_HEADERS, **(extra or {})}.items():
                self.send_header(key, value)
            self.end_headers()
            self.wfile.write(body)

        def _json(self, data: Any, status: int = 200) -> None:
            body = json.dumps(data, ensure_ascii=False).encode("utf-8")
            self._send(status, body, "application/json; charset=utf-8")

        def do_GET(self) -> None:
            """Static files, the state of a dossier, and the CSV export."""
            url = urlparse(self.path)
            if url.path in FILES:
                name, kind = FILES[url.path]
                self._send(200, (STATIC / name).read_bytes(), kind)
            elif url.path == "/api/dossiers":
                with lock:
                    self._json({"dossiers": session.dossiers()})
            elif url.path == "/api/items":
                dossier = parse_qs(url.query).get("dossier", [""])[0]
                with lock:
                    self._json({"dossier": dossier, "items": session.items(dossier)})
            elif url.path == "/api/export.csv":
                with lock:
                    table = decisions_table(session.project)
                body = table.to_csv(index=False).encode("utf-8-sig")
                self._send(
                    200,
                    body,
                    "text/csv; charset=utf-8",
                    {"Content-Disposition": 'attachment; filename="beoordelingen.csv"'},
                )
            elif url.path == "/api/export.xlsx":
                import tempfile

                from wb.exports.tables import export_decisions

                with tempfile.TemporaryDirectory() as tmp, lock:
                    body = export_decisions(session.project, Path(tmp) / "b.xlsx").read_bytes()
                kind = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                self._send(
                    200,
                    body,
                    kind,
                    {"Content-Disposition": 'attachment; filename="beoordelingen.xlsx"'},
                )
            else:
                self._json({"error": "niet gevonden"}, HTTPStatus.NOT_FOUND)

        def do_POST(self) -> None:
            """Store or undo a decision."""
            url = urlparse(self.path)
            try:
                length = min(int(self.headers.get("Content-Length", "0")), 1_000_000)
                data = json.loads(self.rfile.read(length) or b"{}")
                with lock:
                    if url.path == "/api/decision":
                        decision_id = session.decide(
                            int(data["finding"]),
                            str(data.get("reviewer", "")),
                            str(data.get("decision", "")),
                            str(data.get("comment", "")),
                            str(data.get("alternative", "")),
                        )
                        self._json({"ok": True, "decision": decision_id})
                    elif url.path == "/api/undo":
                        self._json({"ok": session.undo()})
                    else:
                        self._json({"error": "niet gevonden"}, HTTPStatus.NOT_FOUND)
            except WbError as exc:
                self._json({"error": str(exc)}, HTTPStatus.BAD_REQUEST)
            except (KeyError, ValueError, TypeError):
                self._json({"error": "onvolledig verzoek"}, HTTPStatus.BAD_REQUEST)

    return Handler


def serve(session: ReviewSession, port: int = 8765) -> ThreadingHTTPServer:
    """A review server on 127.0.0.1 (not started; call serve_forever or use a thread)."""
    return ThreadingHTTPServer(("127.0.0.1", port), make_handler(session))

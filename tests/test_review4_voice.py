"""review4: wb's own voice is no correction of the voice. Choosing it stores no correction (the
stored row's voice is empty), an old row that holds it reads as none (page, CSV, report), and
undo brings back the decision before, as it was stored."""

from __future__ import annotations

import csv
import http.client
import io
import json
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from wb.corpus.importer import import_folder
from wb.dossiers.analyse import analyse_dossiers
from wb.dossiers.report import dossier_report_html
from wb.dossiers.review import ReviewSession
from wb.dossiers.review_server import ReviewServer, serve
from wb.store import open_project
from wb.store.findings import current_decisions, decisions_table
from wb.store.project import Project

REPO = Path(__file__).resolve().parent.parent
TEXT = "Moeder is niet-meewerkend.\n\nVolgens vader is moeder overbezorgd.\n"


def stored(project: Project) -> list[tuple]:
    """The decision rows as stored: finding, reviewer, decision, voice."""
    return project.conn.execute(
        "SELECT finding_id, reviewer, decision, voice FROM review_decisions ORDER BY id"
    ).fetchall()


@pytest.fixture
def project(tmp_path: Path) -> Iterator[Project]:
    folder = tmp_path / "d"
    folder.mkdir()
    (folder / "a.txt").write_text(TEXT, encoding="utf-8")
    (folder / "metadata.csv").write_text("file,dossier,date\na.txt,V,2024-03-01\n")
    with open_project(tmp_path / "p.wbproj") as project:
        import_folder(project, folder)
        analyse_dossiers(project, REPO / "codebooks" / "labels.yaml")
        yield project


def test_the_two_labels_and_their_voices(project: Project) -> None:
    items = ReviewSession(project).items("V")
    assert [(i["id"], i["label"], i["voice"]) for i in items] == [
        (1, "niet-meewerkend", "asserted"),
        (2, "overbezorgd", "attributed"),
    ]


def test_wbs_own_voice_stores_no_correction_another_does(project: Project) -> None:
    session = ReviewSession(project)
    session.decide(1, "Anna", "terecht", voice="asserted")  # wb's own voice
    session.decide(2, "Anna", "niet terecht", voice="asserted")  # a real correction
    session.decide(2, "Bram", "terecht", voice="attributed")  # wb's own voice
    assert stored(project) == [
        (1, "Anna", "terecht", ""),
        (2, "Anna", "niet terecht", "asserted"),
        (2, "Bram", "terecht", ""),
    ]
    table = decisions_table(project)
    assert table[["label", "beoordelaar", "stem", "stem_volgens_beoordelaar"]].values.tolist() == [
        ["niet-meewerkend", "Anna", "asserted", ""],
        ["overbezorgd", "Anna", "attributed", "asserted"],
        ["overbezorgd", "Bram", "attributed", ""],
    ]
    # Anna changes her mind on 2: wb was right after all; undo brings her correction back.
    session.decide(2, "Anna", "niet terecht", voice="attributed")
    assert stored(project)[-1] == (2, "Anna", "niet terecht", "")
    assert current_decisions(project, "Anna")[2]["voice"] == ""
    assert session.undo("Anna") == 2
    assert current_decisions(project, "Anna")[2]["voice"] == "asserted"
    assert session.undo("Anna") == 2
    assert session.undo("Anna") == 1
    assert session.undo("Anna") is None
    assert stored(project) == [(2, "Bram", "terecht", "")]


def test_an_old_row_with_wbs_own_voice_reads_as_no_correction(project: Project) -> None:
    # Stored before this rule (wb < review4): the row keeps what it holds, it reads as none.
    with project.transaction() as conn:
        conn.execute(
            "INSERT INTO review_decisions (finding_id, reviewer, decision, comment, alternative, "
            "voice, created_at) VALUES (2, 'Oud', 'terecht', '', '', 'attributed', "
            "'2026-12-01T10:00:00+00:00')"
        )
    assert stored(project) == [(2, "Oud", "terecht", "attributed")]
    session = ReviewSession(project)
    assert session.items("V", "Oud")[1]["decision"]["voice"] == ""
    assert decisions_table(project)["stem_volgens_beoordelaar"].tolist() == [""]
    html = dossier_report_html(project, "V", session)
    assert "Wie zegt het, volgens de beoordelaar" not in html


@pytest.fixture
def server(project: Project) -> Iterator[ReviewServer]:
    server = serve(ReviewSession(project), 0)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()


def call(server: ReviewServer, method: str, path: str, data: object = None) -> tuple[int, bytes]:
    conn = http.client.HTTPConnection("127.0.0.1", server.server_port, timeout=10)
    headers = {"Content-Type": "application/json", "X-WB-Token": server.token}
    body = json.dumps(data).encode() if data is not None else None
    try:
        conn.request(method, path, body=body, headers=headers if body else {})
        resp = conn.getresponse()
        return resp.status, resp.read()
    finally:
        conn.close()


def test_the_page_api_and_its_csv(project: Project, server: ReviewServer) -> None:
    for finding, voice in ((1, "asserted"), (2, "negated")):
        status, _ = call(
            server,
            "POST",
            "/api/decision",
            {"finding": finding, "reviewer": "Mirjam", "decision": "terecht", "voice": voice},
        )
        assert status == 200
    assert stored(project) == [(1, "Mirjam", "terecht", ""), (2, "Mirjam", "terecht", "negated")]
    status, raw = call(server, "GET", "/api/export.csv")
    assert status == 200
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert [(r["label"], r["stem"], r["stem_volgens_beoordelaar"]) for r in rows] == [
        ("niet-meewerkend", "door het rapport zelf gesteld", ""),
        ("overbezorgd", "toegeschreven", "ontkend"),
    ]
    assert call(server, "POST", "/api/undo", {"reviewer": "Mirjam"})[0] == 200
    assert stored(project) == [(1, "Mirjam", "terecht", "")]

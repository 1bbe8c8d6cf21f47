"""Review of flagged passages: session, local web app over HTTP, and the dossier report."""

from __future__ import annotations

import json
import threading
import urllib.request
from pathlib import Path

import pytest
from click.testing import CliRunner

from wb.cli import cli
from wb.corpus.importer import import_folder
from wb.dossiers.analyse import analyse_dossiers
from wb.dossiers.report import dossier_report_html
from wb.dossiers.review import ReviewSession, copied_words
from wb.dossiers.review_server import serve
from wb.errors import InputError
from wb.store import open_project

REPO = Path(__file__).resolve().parent.parent
LEXICON = REPO / "codebooks" / "labels.yaml"


@pytest.fixture(scope="module")
def analysed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("review") / "dossiers.wbproj"
    with open_project(path) as project:
        import_folder(project, REPO / "corpora" / "dossiers")
        counts = analyse_dossiers(project, LEXICON)
    assert counts == {"labels": 83, "passages": 28, "boilerplate": 32}
    return path


def test_items_are_pseudonymised_and_in_report_order(analysed: Path) -> None:
    with open_project(analysed) as project:
        session = ReviewSession(project)
        assert session.dossiers() == ["D1", "D2", "D3"]
        items = session.items("D3")
        docs = [i["doc"] for i in items]
        assert docs[0] == "dossiers/D3_verslag-wijkteam.txt"  # earliest by date, not by name
        assert [i["order"] for i in items] == sorted(i["order"] for i in items)
        shown = " ".join(i["before"] + i["text"] + i["after"] for i in items)
        assert "[PERSOON-" in shown
        from wb.store.documents import iter_documents

        raw = " ".join(d.text for d in iter_documents(project))
        assert "BSN" in raw
        for ident in ("@", "06-"):
            assert ident not in shown
        reuse = next(i for i in items if i["kind"] == "reuse")
        assert reuse["source"]["doc"] != reuse["doc"] and reuse["copied"]


def test_decide_change_and_undo(analysed: Path) -> None:
    with open_project(analysed) as project:
        session = ReviewSession(project)
        first = session.items("D1")[0]
        session.decide(first["id"], "Mirjam", "terecht")
        session.decide(first["id"], "Mirjam", "niet terecht", "Dit zei vader.", "Vader zegt ...")
        now = ReviewSession(project).items("D1")[0]["decision"]
        assert (now["decision"], now["comment"], now["alternative"]) == (
            "niet terecht",
            "Dit zei vader.",
            "Vader zegt ...",
        )
        assert session.undo() and session.undo()
        assert ReviewSession(project).items("D1")[0]["decision"] is None
        assert session.undo() is False


def test_copied_words_marks_shared_runs() -> None:
    left, right = copied_words("Moeder is erg overbezorgd.", "Moeder is overbezorgd.")
    assert left == [(0, 9), (14, 25)] and right == [(0, 9), (10, 21)]


def test_http_api_and_csv_export(analysed: Path) -> None:
    with open_project(analysed) as project:
        server = serve(ReviewSession(project), 0)
        thread = threading.Thread(target=server.serve_forever, daemon=True)
        thread.start()
        base = f"http://127.0.0.1:{server.server_port}"
        try:
            page = urllib.request.urlopen(base + "/").read().decode("utf-8")
            assert "Beoordelen van signaleringen" in page and "http" not in page.split("<body>")[0]
            with urllib.request.urlopen(base + "/review.js") as resp:
                assert resp.headers["Content-Security-Policy"].startswith("default-src 'self'")
            dossiers = json.load(urllib.request.urlopen(base + "/api/dossiers"))
            assert dossiers == {"dossiers": ["D1", "D2", "D3"]}
            items = json.load(urllib.request.urlopen(base + "/api/items?dossier=D2"))["items"]
            body = json.dumps(
                {"finding": items[0]["id"], "reviewer": "Mirjam", "decision": "terecht"}
            ).encode()
            req = urllib.request.Request(base + "/api/decision", body, method="POST")
            assert json.load(urllib.request.urlopen(req))["ok"] is True
            bad = urllib.request.Request(
                base + "/api/decision",
                json.dumps({"finding": items[0]["id"], "reviewer": "", "decision": "x"}).encode(),
                method="POST",
            )
            with pytest.raises(urllib.error.HTTPError) as err:
                urllib.request.urlopen(bad)
            assert err.value.code == 400
            csv = urllib.request.urlopen(base + "/api/export.csv").read().decode("utf-8-sig")
            assert csv.splitlines()[0].startswith("corpus,document,soort,begin,eind,label")
            assert "Mirjam,terecht" in csv
            xlsx = urllib.request.urlopen(base + "/api/export.xlsx").read()
            assert xlsx[:2] == b"PK"
        finally:
            server.shutdown()
            server.server_close()


def test_report_is_self_contained_and_escaped(analysed: Path, tmp_path: Path) -> None:
    with open_project(analysed) as project:
        with project.transaction() as conn:
            conn.execute(
                "UPDATE documents SET text = replace(text, 'overbezorgd', "
                "'overbezorgd <script>alert(1)</script>') WHERE path LIKE 'D2-01%'"
            )
        html = dossier_report_html(project, "D2")
        assert "<script>" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
        assert "http://" not in html and "https://" not in html
        assert "Tijdlijn van de rapporten" in html and "Overgenomen passages" in html
        assert html.index("D2-01_melding") < html.index("D2-05_evaluatie")
        with pytest.raises(InputError, match="D9"):
            dossier_report_html(project, "D9")


def test_report_command_runs_analysis_first(tmp_path: Path) -> None:
    p = tmp_path / "p.wbproj"
    runner = CliRunner()
    runner.invoke(cli, ["import", str(REPO / "corpora" / "dossiers"), "--project", str(p)])
    out = tmp_path / "D1.html"
    result = runner.invoke(cli, ["report", str(p), "--dossier", "D1", "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "Labels en overgenomen passages gezocht" in result.output
    assert "Dossier D1" in out.read_text(encoding="utf-8")


def test_decisions_export_xlsx_and_csv(analysed: Path, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    with open_project(analysed) as project:
        session = ReviewSession(project)
        item = session.items("D2")[0]
        session.decide(item["id"], "Kees", "niet terecht", "Moeder zei dit niet.")
    runner = CliRunner()
    for suffix in ("xlsx", "csv"):
        out = tmp_path / f"oordelen.{suffix}"
        args = ["export", str(analysed), "--format", suffix, "--out", str(out), "--decisions"]
        result = runner.invoke(cli, args)
        assert result.exit_code == 0, result.output
    sheet = load_workbook(tmp_path / "oordelen.xlsx")["Beoordelingen"]
    header = [c.value for c in sheet[1]]
    assert header[:6] == ["corpus", "document", "soort", "begin", "eind", "label"]
    rows = [
        dict(zip(header, (c.value for c in r), strict=True)) for r in sheet.iter_rows(min_row=2)
    ]
    assert any(
        r["beoordelaar"] == "Kees" and r["toelichting"] == "Moeder zei dit niet." for r in rows
    )
    assert "Kees,niet terecht" in (tmp_path / "oordelen.csv").read_text(encoding="utf-8-sig")


def test_report_shows_titles_and_dutch_dates_and_breaks_no_words(analysed: Path) -> None:
    with open_project(analysed) as project:
        html = dossier_report_html(project, "D1")
    assert "<strong class='nowrap'>28 juni 2022</strong> — Raadsrapport" in html
    assert "Raadsrapport, 28 juni 2022" in html  # a title, not a file name, in the tables
    assert "<td class='doc' data-head='Rapport'>dossiers/D1" not in html
    assert "2022-06-28" not in html
    assert "overflow-wrap:anywhere" not in html and "overflow-wrap:break-word" in html

"""Review of flagged passages: session, local web app over HTTP, and the dossier report."""

from __future__ import annotations

import json
import re
import threading
import urllib.request
from html import unescape
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
    assert counts == {"labels": 87, "passages": 28, "boilerplate": 32}  # labels41: D1-02
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
        second = session.items("D1")[1]
        session.decide(second["id"], "Bram", "terecht")
        assert session.undo("Mirjam") == first["id"] and session.undo("Mirjam") == first["id"]
        assert ReviewSession(project).items("D1")[0]["decision"] is None
        assert session.undo("Mirjam") is None
        assert ReviewSession(project).items("D1")[1]["decision"]["reviewer"] == "Bram"
        assert session.undo("Bram") == second["id"]


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
            dossiers = json.load(urllib.request.urlopen(base + "/api/dossiers"))["dossiers"]
            assert [d["dossier"] for d in dossiers] == ["D1", "D2", "D3"]
            items = json.load(urllib.request.urlopen(base + "/api/items?dossier=D2"))["items"]
            body = json.dumps(
                {"finding": items[0]["id"], "reviewer": "Mirjam", "decision": "terecht"}
            ).encode()
            headers = {"Content-Type": "application/json", "X-WB-Token": server.token}
            req = urllib.request.Request(base + "/api/decision", body, headers, method="POST")
            assert json.load(urllib.request.urlopen(req))["ok"] is True
            bad = urllib.request.Request(
                base + "/api/decision",
                json.dumps({"finding": items[0]["id"], "reviewer": "", "decision": "x"}).encode(),
                headers,
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
        words = set(" ".join(m.text for m in masked_dossier(project, "D2").values()).split())
        text = unescape(html)
        firsts = [b.split()[0] for b in re.findall(r'"ctx">…(.*?)</span>', text, re.S) if b.strip()]
        lasts = [a.split()[-1] for a in re.findall(r'"ctx">([^<]*?)…</span>', text) if a.strip()]
        assert len(firsts) > 10 and len(lasts) > 10
        assert [w for w in firsts + lasts if w not in words] == []  # no word cut in two
        with pytest.raises(InputError, match="D9"):
            dossier_report_html(project, "D9")


def masked_dossier(project, dossier: str) -> dict:
    from wb.dossiers.analyse import dossier_documents
    from wb.dossiers.pseudonymise import pseudonymise_for_project

    docs = dossier_documents(project, dossier)
    return dict(pseudonymise_for_project(project).texts({str(d.id): d.text for d in docs}))


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


def test_excerpts_titles_dates_and_progress_read_well(analysed: Path) -> None:

    with open_project(analysed) as project:
        session = ReviewSession(project)
        items = session.items("D1")
        masked = masked_dossier(project, "D1")
        for item in items:
            words = set(masked[str(item["doc_id"])].text.split())
            if item["cut_before"]:
                assert item["before"].split()[0] in words, item["before"][:30]
            if item["cut_after"]:
                assert item["after"].split()[-1] in words, item["after"][-30:]
        assert sum(i["cut_before"] for i in items) > 10
        assert (items[0]["title"], items[0]["date"]) == (
            "Verzoek tot onderzoek",
            "15 februari 2022",
        )
        assert {i["group"] for i in items} <= {"label", "term", "reuse"}
        session.decide(items[0]["id"], "Joke", "terecht")
        when = session.items("D1", "Joke")[0]["decision"]["when"]
        assert re.fullmatch(r"\d{1,2} [a-z]+ 20\d\d, \d\d:\d\d", when), when
        progress = {p["dossier"]: p for p in session.progress("Joke")}
        assert progress["D1"] == {"dossier": "D1", "done": 1, "total": len(items)}
        assert progress["D2"]["done"] == 0
        assert session.progress("Niemand")[0]["done"] == 0
        assert session.items("D1", "Niemand")[0]["decision"] is None
        assert session.undo("Joke") == items[0]["id"]


def test_discussed_terms_form_their_own_group_and_voice_is_corrected(tmp_path: Path) -> None:
    from wb.store.findings import decisions_table, store_findings

    folder = tmp_path / "d"
    folder.mkdir()
    text = "Er is geen sprake van ouderverstoting. Moeder is overbezorgd.\n"
    (folder / "r.txt").write_text(text, encoding="utf-8")
    (folder / "metadata.csv").write_text(
        "file,dossier,date,titel\nr.txt,D7,2023-01-05,Brief aan de rechtbank\n", encoding="utf-8"
    )
    with open_project(tmp_path / "p.wbproj") as project:
        import_folder(project, folder)
        spans = [("ouderverstoting", "negated"), ("overbezorgd", "asserted")]
        store_findings(
            project,
            "label",
            [
                {
                    "doc_id": 1,
                    "start": text.index(w),
                    "end": text.index(w) + len(w),
                    "key": w,
                    "payload": {"label": w, "voice": v},
                }
                for w, v in spans
            ],
        )
        session = ReviewSession(project)
        items = session.items("D7")
        assert [(i["label"], i["group"]) for i in items] == [
            ("ouderverstoting", "term"),
            ("overbezorgd", "label"),
        ]
        assert (
            items[0]["title"] == "Brief aan de rechtbank" and items[0]["date"] == "5 januari 2023"
        )
        session.decide(items[1]["id"], "Anna", "terecht", voice="attributed")
        with pytest.raises(InputError, match="stem"):
            session.decide(items[1]["id"], "Anna", "terecht", voice="misschien")
        assert session.items("D7", "Anna")[1]["decision"]["voice"] == "attributed"
        row = decisions_table(project).iloc[0]
        assert (row["stem"], row["stem_volgens_beoordelaar"]) == ("asserted", "attributed")
        html = dossier_report_html(project, "D7")
        assert (
            "labelende taal (Anna)<br><em>Wie zegt het, volgens de beoordelaar:</em> toegeschreven"
            in html
        )


def test_report_shows_titles_and_dutch_dates_and_breaks_no_words(analysed: Path) -> None:
    with open_project(analysed) as project:
        html = dossier_report_html(project, "D1")
    assert "<strong class='nowrap'>28 juni 2022</strong> — Raadsrapport" in html
    assert "Raadsrapport, 28 juni 2022" in html  # a title, not a file name, in the tables
    assert "<td class='doc' data-head='Rapport'>dossiers/D1" not in html
    assert "2022-06-28" not in html
    assert "overflow-wrap:anywhere" not in html and "overflow-wrap:break-word" in html

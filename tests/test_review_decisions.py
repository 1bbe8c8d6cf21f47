"""A reviewer corrects the voice of a label on the review page's session: the correction is a
decision like any other (stored, shown in the report, undone), and the download a reviewer
reads (CSV/XLSX) says kind and voices in Dutch words."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from wb import VOICES, decisions_table
from wb.corpus.importer import import_folder
from wb.dossiers.analyse import analyse_dossiers
from wb.dossiers.report import dossier_report_html
from wb.dossiers.review import ReviewSession
from wb.exports.tables import export_decisions
from wb.store import open_project
from wb.store.findings import decisions_table as stored_decisions
from wb.store.project import Project

REPO = Path(__file__).resolve().parent.parent
TEXT = (
    "Moeder is niet-meewerkend.\n\n"
    "Het begrip vechtscheiding wordt in de literatuur vaak gebruikt.\n\n"
    "In het gesprek bleek dat er geen sprake is van ouderverstoting.\n"
)


@pytest.fixture
def project(tmp_path: Path) -> Project:
    folder = tmp_path / "d"
    folder.mkdir()
    (folder / "a.txt").write_text(TEXT, encoding="utf-8")
    (folder / "metadata.csv").write_text(
        "file,dossier,date\na.txt,V,2024-03-01\n", encoding="utf-8"
    )
    with open_project(tmp_path / "p.wbproj") as project:
        import_folder(project, folder)
        analyse_dossiers(project, REPO / "codebooks" / "labels.yaml")
        yield project


def test_voice_correction_is_stored_reported_exported_in_dutch_and_undone(
    project, tmp_path: Path
) -> None:
    session = ReviewSession(project)
    label = next(i for i in session.items("V") if i["group"] == "label")
    term = next(i for i in session.items("V") if i["group"] == "term")
    assert label["voice"] in ("asserted", "attributed")  # who says it is the voice rules' job
    assert term["voice"] in ("discussed", "negated")
    session.decide(label["id"], "Mirjam", "niet terecht", "Het is een citaat.", voice="discussed")
    session.decide(term["id"], "Mirjam", "terecht")
    html = dossier_report_html(project, "V", session)
    assert "hier geen label (Mirjam)<br><em>Wie zegt het, volgens de beoordelaar:</em>" in html
    assert "<td class='verdict' data-head='Oordeel'>geen label op het gezin (Mirjam)</td>" in html
    # "…" only where the report leaves text out: not before the first word, not after the last
    assert '<span class="ctx">Moeder is </span><span class="hit">niet-meewerkend</span>' in html
    assert '<span class="hit">ouderverstoting</span><span class="ctx">.</span>' in html
    assert '<span class="ctx">…wordt in de literatuur vaak gebruikt.\n\nIn het gesprek' in html
    shown = decisions_table(project).set_index("label")
    columns = ["soort", "stem", "oordeel", "stem_volgens_beoordelaar"]
    assert shown.loc[label["label"], columns].tolist() == [
        "label",
        VOICES[label["voice"]],
        "niet terecht",
        "besproken",
    ]
    assert shown.loc[term["label"], columns].tolist() == [
        "besproken term",
        VOICES[term["voice"]],
        "terecht",
        "",
    ]
    csv = pd.read_csv(export_decisions(project, tmp_path / "o.csv"), encoding="utf-8-sig")
    xlsx = pd.read_excel(export_decisions(project, tmp_path / "o.xlsx"))
    for table in (csv, xlsx):
        assert sorted(table["soort"]) == ["besproken term", "label"]
        assert set(table["stem_volgens_beoordelaar"].dropna()) == {"besproken"}
    raw = stored_decisions(project)["stem"].tolist()  # the stored data keeps its codes
    assert sorted(raw) == sorted([label["voice"], term["voice"]])
    assert session.undo("Mirjam") == term["id"]
    assert session.undo("Mirjam") == label["id"]
    assert session.items("V", "Mirjam")[0]["decision"] is None
    assert decisions_table(project).empty


def test_download_names_a_negated_term_and_the_time_in_dutch(project, monkeypatch) -> None:
    import time

    import wb.store.project

    monkeypatch.setattr(wb.store.project, "now", lambda: "2026-12-04T21:14:05+00:00")
    session = ReviewSession(project)
    for item in session.items("V"):
        if item["group"] == "term":
            session.decide(item["id"], "Mirjam", "terecht")
    monkeypatch.setenv("TZ", "Europe/Amsterdam")
    time.tzset()
    try:
        shown = decisions_table(project).set_index("label")
    finally:
        monkeypatch.undo()
        time.tzset()
    assert shown[["soort", "stem", "tijdstip"]].to_dict("index") == {
        "vechtscheiding": {
            "soort": "besproken term",
            "stem": "besproken",
            "tijdstip": "4 december 2026, 22:14",
        },
        "ouderverstoting": {
            "soort": "ontkende term",
            "stem": "ontkend",
            "tijdstip": "4 december 2026, 22:14",
        },
    }
    stored = stored_decisions(project)  # the machine columns keep their codes and ISO times
    assert sorted(zip(stored["soort"], stored["stem"], stored["tijdstip"], strict=True)) == [
        ("label", "discussed", "2026-12-04T21:14:05+00:00"),
        ("label", "negated", "2026-12-04T21:14:05+00:00"),
    ]
